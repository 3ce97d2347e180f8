"""Shards of a large corpus, streamed: gzip-compressed JSON lines and Parquet files, a batch of rows at a time."""

from __future__ import annotations

import gzip
import logging
from collections.abc import Iterator
from pathlib import Path

from newsevents.config import Settings
from newsevents.errors import DocumentError, Errors
from newsevents.ingest.readers import RawDocument, _error, _row, jsonl_rows
from newsevents.models import ErrorRecord

log = logging.getLogger(__name__)

PARQUET_BATCH = 256  # rows decoded at a time: a shard is never held in memory whole


def read_shard(path: Path, settings: Settings) -> Iterator[RawDocument | ErrorRecord]:
    """Every row of one shard as a raw document (fields as in a .jsonl line) or an error record."""
    if path.name.lower().endswith(".parquet"):
        yield from _read_parquet(path, settings)
    else:
        yield from _read_jsonl_gz(path, settings)


def _read_jsonl_gz(path: Path, settings: Settings) -> Iterator[RawDocument | ErrorRecord]:
    source = str(path)
    line = 0

    def numbered(fh):  # type: ignore[no-untyped-def]
        nonlocal line
        for line, raw_line in enumerate(fh, start=1):  # noqa: B007 (line is read after a broken stream)
            yield line, raw_line

    try:
        with gzip.open(path, "rb") as fh:
            yield from jsonl_rows(numbered(fh), source, settings)
    except (OSError, EOFError) as exc:  # a truncated or corrupt gzip stream: keep what was read
        detail = f"the compressed stream broke off ({exc})"
        yield _error(f"{source}:{line + 1}", DocumentError(Errors.E008, line=line + 1, detail=detail))


def _read_parquet(path: Path, settings: Settings) -> Iterator[RawDocument | ErrorRecord]:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ImportError("reading .parquet shards needs pyarrow: pip install 'newsevents[scale]'") from exc
    source = str(path)
    shard = pq.ParquetFile(path)
    columns = shard.schema_arrow.names
    if "text" not in [c.strip().lower() for c in columns]:
        raise DocumentError(Errors.E009, columns=", ".join(columns) or "none")
    line = 0
    for batch in shard.iter_batches(batch_size=PARQUET_BATCH):
        for row in batch.to_pylist():
            line += 1
            yield from _row({k.strip().lower(): v for k, v in row.items()}, source, line, settings)
