"""WARC files (news crawls), streamed record by record: each HTML response goes through the HTML reader."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsevents.config import Settings
from newsevents.errors import DocumentError, Errors
from newsevents.ingest.decode import decode_bytes
from newsevents.ingest.readers import RawDocument, _error
from newsevents.models import ErrorRecord

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, settings: Settings) -> Iterator[RawDocument | ErrorRecord]:
    """Every successful HTML response in a WARC file; the source of each is its URL.

    Requests, metadata, redirects and non-HTML responses (images, scripts, robots.txt) are not articles
    and are passed over (counted in the log); a page with no article text is an error record.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as exc:
        raise ImportError("reading WARC files needs warcio: pip install 'newsevents[scale]'") from exc
    from newsevents.ingest.html import read_html

    passed: Counter[str] = Counter()
    url = str(path)
    with path.open("rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                url = record.rec_headers.get_header("WARC-Target-URI") or str(path)
                reason = _not_an_article(record)
                if reason:
                    passed[reason] += 1
                    continue
                data = record.content_stream().read(settings.max_bytes + 1)
                try:
                    if len(data) > settings.max_bytes:
                        raise DocumentError(Errors.E005, size=len(data), limit=settings.max_bytes)
                    raw = read_html(decode_bytes(data), url, min_chars=settings.min_chars)
                except DocumentError as exc:
                    yield _error(url, exc)
                    continue
                crawled = record.rec_headers.get_header("WARC-Date")
                yield RawDocument(**{**raw.__dict__, "url": raw.url or url,
                                     "metadata": {**raw.metadata, "warc": str(path), "crawled": crawled}})
        except ArchiveLoadFailed as exc:  # a broken record ends the file; what came before is kept
            yield _error(str(path), DocumentError(Errors.E014, detail=f"the WARC file is damaged after {url} ({exc})"))
    log.info("%s: records passed over: %s", path, dict(passed) or "none")


def _not_an_article(record) -> str | None:  # type: ignore[no-untyped-def]
    """Why a WARC record is not an article page, or None when it is one."""
    if record.rec_type != "response":
        return record.rec_type
    if record.http_headers is None:
        return "no HTTP headers"
    status = record.http_headers.get_statuscode()
    if status != "200":
        return f"HTTP {status}"
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return None if content_type in HTML_TYPES else f"type {content_type or 'unknown'}"
