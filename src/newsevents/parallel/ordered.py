"""Fan chunks out to a backend, take results back in input order, and settle duplicates as one process would."""

from __future__ import annotations

import logging
from collections.abc import Container, Iterable, Iterator

from newsevents.config import Settings
from newsevents.ingest.readers import RawDocument
from newsevents.models import ErrorRecord, Extraction
from newsevents.parallel.work import Result, duplicate

log = logging.getLogger(__name__)


def coded_stream(raws: Iterable[RawDocument | ErrorRecord], *, settings: Settings, db: str | None,
                 skip: Container[str] = frozenset(), workers: int = 2, dask: str | None = None,
                 chunk_size: int | None = None, retries: int = 3) -> Iterator[Result]:
    """Code a stream of raw documents on `workers` processes or a dask cluster; results in input order.

    Workers skip documents already stored in `db` where they can reach it; the stream then turns any
    document seen earlier in the stream or stored in `skip` into the same duplicate record one process gives.
    """
    size = chunk_size or settings.batch_size
    if dask:
        from newsevents.parallel.cluster import run_dask

        skip_db = db if db and ("://" in db or dask == "local") else None
        results = run_dask(raws, settings=settings, address=dask, workers=workers, skip_db=skip_db,
                           chunk_size=size, retries=retries)
    else:
        from newsevents.parallel.pool import run_pool

        results = run_pool(raws, settings=settings, workers=workers, skip_db=db, chunk_size=size, retries=retries)
    return settle_duplicates(results, skip)


def settle_duplicates(results: Iterable[Result], skip: Container[str]) -> Iterator[Result]:
    """Chunks are coded apart, so a document repeated across chunks is caught here, in stream order."""
    seen: set[str] = set()
    for item in results:
        if isinstance(item, Extraction):
            doc = item.document
            if doc.id in seen or doc.id in skip:
                yield duplicate(doc.source, doc.id)
                continue
            seen.add(doc.id)
        yield item
