"""Readers: turn paths (files, folders, stdin) into raw documents or error records, lazily."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.config import Settings
from newsevents.errors import DocumentError, Errors
from newsevents.ingest.decode import decode_bytes
from newsevents.models import ErrorRecord

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
STREAM_SUFFIXES = (".jsonl.gz", ".ndjson.gz", ".parquet", ".warc", ".warc.gz")  # ingest/shards.py, warc.py
META_FIELDS = ("id", "title", "url", "outlet", "published", "language", "authors")


@dataclass(frozen=True)
class RawDocument:
    """An article as read: decoded text plus whatever metadata the container gave."""

    source: str
    text: str
    format: str  # text | html | record
    external_id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def _error(source: str, exc: DocumentError) -> ErrorRecord:
    return ErrorRecord(source=source, error=exc.message, code=exc.code.name, reason=exc.reason)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    """Expand folders recursively (sorted, hidden files skipped); keep '-' and files as given."""
    for p in paths:
        if str(p) == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root) / name
                    if not name.startswith(".") and (child.suffix.lower() in KNOWN_SUFFIXES
                                                     or name.lower().endswith(STREAM_SUFFIXES)):
                        yield child
        else:
            yield path


def read(paths: Iterable[str | Path], *, settings: Settings) -> Iterator[RawDocument | ErrorRecord]:
    """Every document in the given paths, or an error record for each one that cannot be read."""
    for path in iter_paths(paths):
        source = str(path)
        try:
            if path == "-":
                data = sys.stdin.buffer.read(settings.max_bytes + 1)
                yield from _read_bytes(data, "<stdin>", None, settings)
                continue
            assert isinstance(path, Path)
            if not path.exists():
                raise DocumentError(Errors.E001, path=source)
            if path.name.lower().endswith(STREAM_SUFFIXES):
                yield from _read_stream(path, settings)
                continue
            size = path.stat().st_size
            if size > settings.max_bytes and path.suffix.lower() not in TABLE_SUFFIXES:
                raise DocumentError(Errors.E005, size=size, limit=settings.max_bytes)
            if path.suffix.lower() in TABLE_SUFFIXES:
                yield from _read_table(path, settings)
            else:
                yield from _read_bytes(path.read_bytes(), source, path.suffix.lower(), settings)
        except DocumentError as exc:
            yield _error(source, exc)
        except OSError as exc:
            yield ErrorRecord(source=source, error=f"The file could not be opened: {exc.strerror or exc}.",
                              code="E001", reason="unreadable")


def _read_stream(path: Path, settings: Settings) -> Iterator[RawDocument | ErrorRecord]:
    if path.name.lower().endswith((".warc", ".warc.gz")):
        from newsevents.ingest.warc import read_warc

        return read_warc(path, settings)
    from newsevents.ingest.shards import read_shard

    return read_shard(path, settings)


def _sniff_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<article" in head


def _read_bytes(data: bytes, source: str, suffix: str | None, settings: Settings) -> Iterator[RawDocument]:
    if len(data) > settings.max_bytes:
        raise DocumentError(Errors.E005, size=len(data), limit=settings.max_bytes)
    if not data.strip():
        raise DocumentError(Errors.E004)
    text = decode_bytes(data)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _sniff_html(text)):
        from newsevents.ingest.html import read_html

        yield read_html(text, source, min_chars=settings.min_chars)
    elif suffix in TEXT_SUFFIXES or suffix is None or suffix == "":
        yield RawDocument(source=source, text=text, format="text")
    else:
        raise DocumentError(Errors.E013, suffix=suffix)


def _record(row: dict[str, Any], source: str, line: int, min_chars: int) -> RawDocument:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DocumentError(Errors.E012, line=line)
    meta = {k: v for k, v in row.items() if k not in META_FIELDS and k != "text"}
    authors = row.get("authors")
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.replace(";", ",").split(",") if a.strip()]

    def opt(key: str) -> str | None:
        value = row.get(key)
        return str(value).strip() or None if value not in (None, "") else None

    if len(text.encode("utf-8", "replace")) > 0 and _sniff_html(text):
        from newsevents.ingest.html import read_html

        raw = read_html(text, source, min_chars=min_chars)
        return RawDocument(**{**raw.__dict__, "external_id": opt("id"), "title": opt("title") or raw.title,
                              "url": opt("url") or raw.url, "outlet": opt("outlet") or raw.outlet,
                              "published": opt("published") or raw.published, "language": opt("language"),
                              "metadata": {**raw.metadata, **meta, "line": line}})
    return RawDocument(source=source, text=text, format="record", external_id=opt("id"), title=opt("title"),
                       url=opt("url"), outlet=opt("outlet"), published=opt("published"),
                       authors=tuple(authors or ()), language=opt("language"), metadata={**meta, "line": line})


def _read_table(path: Path, settings: Settings) -> Iterator[RawDocument | ErrorRecord]:
    """JSONL or CSV rows, streamed; each bad row is one error record and the file goes on."""
    source = str(path)
    with path.open("rb") as fh:
        if path.suffix.lower() == ".csv":
            raw = fh.read(settings.max_bytes * 50 + 1)
            stream = io.StringIO(decode_bytes(raw), newline="")
            csv.field_size_limit(settings.max_bytes)
            reader = csv.DictReader(stream)
            columns = reader.fieldnames or []
            if "text" not in [c.strip().lower() for c in columns]:
                raise DocumentError(Errors.E009, columns=", ".join(columns) or "none")
            for line, row in enumerate(reader, start=2):
                row = {(k or "").strip().lower(): v for k, v in row.items()}
                yield from _row(row, source, line, settings)
            return
        yield from jsonl_rows(enumerate(fh, start=1), source, settings)


def jsonl_rows(lines: Iterable[tuple[int, bytes]], source: str,
               settings: Settings) -> Iterator[RawDocument | ErrorRecord]:
    """Numbered JSON lines to documents; a line that is not a JSON object is one error record."""
    for line, raw_line in lines:
        if not raw_line.strip():
            continue
        try:
            row = json.loads(decode_bytes(raw_line))
        except (json.JSONDecodeError, DocumentError) as exc:
            detail = exc.msg if isinstance(exc, json.JSONDecodeError) else exc.message
            yield _error(f"{source}:{line}", DocumentError(Errors.E008, line=line, detail=detail))
            continue
        if not isinstance(row, dict):
            yield _error(f"{source}:{line}", DocumentError(Errors.E008, line=line, detail="not an object"))
            continue
        yield from _row(row, source, line, settings)


def _row(row: dict[str, Any], source: str, line: int, settings: Settings) -> Iterator[RawDocument | ErrorRecord]:
    try:
        text = row.get("text")
        if isinstance(text, str) and len(text.encode("utf-8", "replace")) > settings.max_bytes:
            raise DocumentError(Errors.E005, size=len(text.encode("utf-8", "replace")), limit=settings.max_bytes)
        yield _record(row, source, line, settings.min_chars)
    except DocumentError as exc:
        yield _error(f"{source}:{line}", exc)
