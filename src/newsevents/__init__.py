"""newsevents: news reports about political violence into a source-linked event database."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["extract", "extract_stream", "ingest", "open", "Database", "RecordList", "Summary", "__version__"]

_API = {"extract", "extract_stream", "ingest", "Database", "RecordList", "Summary"}


def __getattr__(name: str) -> Any:
    """The Python API, imported on first use so that `import newsevents.<stage>` stays light."""
    if name in _API or name == "open":
        from newsevents import library

        return library.open_db if name == "open" else getattr(library, name)
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
