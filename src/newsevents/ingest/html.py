"""HTML pages through trafilatura: main text plus title, date, author, site name and URL."""

from __future__ import annotations

import logging

import trafilatura

from newsevents.errors import DocumentError, Errors
from newsevents.ingest.readers import RawDocument

log = logging.getLogger(__name__)


def read_html(html: str, source: str, *, min_chars: int = 40) -> RawDocument:
    """Extract the article from an HTML page; a page without one (or with a scrap of text) raises E006."""
    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        )
    except (ValueError, TypeError, AttributeError) as exc:  # lxml/trafilatura on hostile markup
        raise DocumentError(Errors.E006) from exc
    if result is None:
        raise DocumentError(Errors.E006)
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if len(text) < min_chars:
        raise DocumentError(Errors.E006)
    title = (data.get("title") or "").strip() or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    author = data.get("author")
    authors = tuple(a.strip() for a in author.split(";") if a.strip()) if author else ()
    return RawDocument(
        source=source, text=text, format="html", title=title, url=data.get("url") or None,
        outlet=data.get("sitename") or data.get("hostname") or None, published=data.get("date") or None,
        authors=authors,
    )
