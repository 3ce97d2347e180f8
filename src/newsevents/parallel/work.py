"""The unit of parallel work: code one chunk of raw documents with the process's one pipeline."""

from __future__ import annotations

import logging
from collections.abc import Container, Iterable, Iterator
from itertools import islice

from newsevents.config import Settings
from newsevents.errors import DocumentError, Errors
from newsevents.ingest.readers import RawDocument
from newsevents.models import ErrorRecord, Extraction
from newsevents.pipeline import get_pipeline
from newsevents.store.database import Store

log = logging.getLogger(__name__)

Item = RawDocument | ErrorRecord
Result = Extraction | ErrorRecord
_stores: dict[str, Store] = {}


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive chunks of at most `size` items, read lazily."""
    it = iter(items)
    while chunk := list(islice(it, max(1, size))):
        yield chunk


class StoredIds:
    """Membership test against a database (opened once per process), so stored documents skip the NLP."""

    def __init__(self, db: str) -> None:
        if db not in _stores:
            _stores[db] = Store(db)
        self.store = _stores[db]

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and bool(self.store.existing_ids([doc_id]))


def load_pipeline(settings: Settings) -> None:
    """Load the pipeline into this process (once); workers call it when they start."""
    get_pipeline(settings)
    log.info("pipeline loaded in worker process")


def code_chunk(chunk: list[Item], settings: Settings, skip_db: str | None = None) -> list[Result]:
    """Code one chunk with this process's pipeline; documents already in `skip_db` come back as duplicates."""
    skip: Container[str] = StoredIds(skip_db) if skip_db else frozenset()
    return list(get_pipeline(settings).run(chunk, skip=skip, batch_size=min(16, settings.batch_size)))


def duplicate(source: str, doc_id: str) -> ErrorRecord:
    """The error record one process gives for a document read twice (or stored already)."""
    exc = DocumentError(Errors.E010, doc_id=doc_id)
    return ErrorRecord(source=source, error=exc.message, code=exc.code.name, reason=exc.reason)


def lost(chunk: list[Item], attempts: int) -> list[Result]:
    """Error records for a chunk whose workers kept dying, so the run can go on without it."""
    exc = DocumentError(Errors.E014, detail=f"the worker coding it died {attempts} times")
    return [item if isinstance(item, ErrorRecord) else
            ErrorRecord(source=item.source, error=exc.message, code=exc.code.name, reason=exc.reason)
            for item in chunk]
