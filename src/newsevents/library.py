"""The Python API: extract from text or paths, ingest into a database, open a database and query it."""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.config import Settings, load_settings
from newsevents.ingest.readers import RawDocument, read
from newsevents.models import Document, ErrorRecord, Event, Extraction, Incident, Record, Relation
from newsevents.pipeline import get_pipeline
from newsevents.store.database import EventFilter, Store

log = logging.getLogger(__name__)


class RecordList(list):
    """A list of typed records that can become a pandas DataFrame."""

    def to_dicts(self) -> list[dict[str, Any]]:
        return [r.to_dict() for r in self]

    def to_pandas(self):  # type: ignore[no-untyped-def]
        try:
            import pandas as pd
        except ImportError as exc:
            raise ImportError("to_pandas() needs pandas: pip install 'newsevents[pandas]'") from exc
        from newsevents.export import flat_row

        return pd.DataFrame([flat_row(r) for r in self])


@dataclass
class Summary:
    """What a run did: counts for the end-of-run summary and the exit status."""

    documents: int = 0
    events: int = 0
    relations: int = 0
    duplicates: int = 0
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def failed(self) -> int:
        return sum(n for reason, n in self.errors.items() if reason != "duplicate")

    def add(self, item: Extraction | ErrorRecord) -> None:
        if isinstance(item, ErrorRecord):
            self.errors[item.reason] += 1
            if item.reason == "duplicate":
                self.duplicates += 1
        else:
            self.documents += 1
            self.events += len(item.events)
            self.relations += len(item.relations)


def _settings(settings: Settings | None, overrides: dict[str, Any]) -> Settings:
    return settings if settings is not None else load_settings(**overrides)


def _is_file(text: str) -> bool:
    """Whether a one-line string names an existing file (a paragraph longer than a file name may be is text: the
    operating system refuses to look it up)."""
    try:
        return Path(text).is_file()
    except OSError:
        return False


def extract(text_or_path: str | Path, published: str | None = None, *, title: str | None = None,
            settings: Settings | None = None, **overrides: Any) -> Extraction:
    """Code one article given as text, or one file given as a path. Raises DocumentError if it can't be read."""
    from newsevents.errors import DocumentError

    s = _settings(settings, overrides)
    if isinstance(text_or_path, Path) or (isinstance(text_or_path, str) and "\n" not in text_or_path
                                          and len(text_or_path) < 4096 and _is_file(text_or_path)):
        items = list(read([text_or_path], settings=s))
        raws = [i.__class__(**{**i.__dict__, "published": published or i.published}) if isinstance(i, RawDocument)
                else i for i in items]
    else:
        raws = [RawDocument(source="<text>", text=str(text_or_path), format="text", published=published,
                            title=title)]
    for item in get_pipeline(s).run(raws):
        if isinstance(item, Extraction):
            return item
        raise DocumentError.from_record(item)
    raise ValueError("no document")


def extract_stream(paths: Iterable[str | Path], *, settings: Settings | None = None,
                   **overrides: Any) -> Iterator[Extraction | ErrorRecord]:
    """Code every document under the paths, lazily; bad documents come out as error records."""
    s = _settings(settings, overrides)
    return get_pipeline(s).run(read(paths, settings=s))


def ingest(paths: Iterable[str | Path], db: str = "newsevents.db", *, settings: Settings | None = None,
           on_item: Callable[[Extraction | ErrorRecord], None] | None = None, workers: int = 1,
           dask: str | None = None, **overrides: Any) -> Summary:
    """Read, code and store documents; one transaction per batch; re-running it adds nothing twice.

    `workers` > 1 codes on that many processes; `dask` ("tcp://host:port" or "local") codes on a dask
    cluster. Either way this process writes, so the database ends up the same as with one process.
    """
    s = _settings(settings, overrides)
    store = Store(db)
    summary = Summary()
    incidents = None
    if s.incidents:
        from newsevents.store.incidents import IncidentUpdater

        incidents = IncidentUpdater(store)
    pending: list[Extraction] = []
    pending_errors: list[ErrorRecord] = []

    def flush() -> None:
        if not pending and not pending_errors:
            return
        result = store.write_batch(pending, pending_errors)
        if incidents is not None:
            written = set(result.written)
            incidents.add([x for x in pending if x.document.id in written])
        pending.clear()
        pending_errors.clear()

    if workers > 1 or dask:
        from newsevents.parallel import coded_stream

        items = coded_stream(read(paths, settings=s), settings=s, db=db, skip=_StoredIds(store), workers=workers,
                             dask=dask)
    else:
        items = get_pipeline(s).run(read(paths, settings=s), skip=_StoredIds(store), batch_size=min(16, s.batch_size))
    for item in items:
        summary.add(item)
        if on_item is not None:
            on_item(item)
        if isinstance(item, ErrorRecord):
            pending_errors.append(item)
        else:
            pending.append(item)
        if len(pending) >= s.batch_size:
            flush()
    flush()
    return summary


class _StoredIds:
    """Membership test against the database, so stored documents are skipped before any NLP."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and bool(self.store.existing_ids([doc_id]))


class Database:
    """An opened newsevents database: typed queries for notebooks and the CLI."""

    def __init__(self, db: str = "newsevents.db") -> None:
        self.store = Store(db)

    def events(self, event_type: str | None = None, *, actor: str | None = None, country: str | None = None,
               date_from: str | None = None, date_to: str | None = None, text: str | None = None,
               acled_type: str | None = None, certainty: str | None = None, doc_id: str | None = None,
               limit: int = 1000, offset: int = 0) -> RecordList:
        f = EventFilter(event_type=event_type, actor=actor, country=country, date_from=date_from,
                        date_to=date_to, text=text, acled_type=acled_type, certainty=certainty, doc_id=doc_id)
        return RecordList(self.store.events(f, limit=limit, offset=offset))

    def documents(self, *, text: str | None = None, limit: int = 1000, offset: int = 0) -> RecordList:
        return RecordList(self.store.documents(text=text, limit=limit, offset=offset))

    def document(self, doc_id: str) -> Document | None:
        return self.store.document(doc_id)

    def extraction(self, doc_id: str) -> Extraction | None:
        return self.store.extraction(doc_id)

    def relations(self, *, actor: str | None = None, type: str | None = None) -> RecordList:
        return RecordList(self.store.relations(actor=actor, type=type))

    def incidents(self, **filters: Any) -> RecordList:
        return RecordList(self.store.incidents(**filters))

    def records(self) -> Iterator[Record]:
        return iter(self.store.all_records())

    def stats(self) -> dict[str, int]:
        return self.store.stats()


def actor_report(name: str, at: str | None = None, db: str | None = None):  # type: ignore[no-untyped-def]
    """What is known of an actor on a date: KB relations plus stored ones, and its stored events."""
    from newsevents.graph import TemporalGraph, show_actor
    from newsevents.kb import get_kb

    kb = get_kb()
    store = Store(db) if db else None
    relations = store.relations() if store else []
    events = store.events(EventFilter(actor=name), limit=10**6) if store else None
    graph = TemporalGraph.from_relations(relations, kb)
    try:
        report = show_actor(name, at, graph=graph, kb=kb, events=events)
    except KeyError:
        return None
    if store is not None:
        report = dataclasses.replace(report, events=store.count_events(EventFilter(actor=report.actor_id)))
    return report


def relation_graph(at: str | None = None, fmt: str = "json", db: str | None = None) -> str:
    """The relationship graph (knowledge base plus stored relations) valid on a date, as graphml/gexf/json."""
    from newsevents.graph import export_graph
    from newsevents.kb import get_kb

    relations = Store(db).relations() if db else []
    return export_graph(relations, get_kb(), at, fmt)


def open_db(db: str = "newsevents.db") -> Database:
    """Open (and create or migrate) a database."""
    return Database(db)


__all__ = ["extract", "extract_stream", "ingest", "open_db", "Database", "RecordList", "Summary", "Event",
           "Relation", "Incident"]
