"""newsevents: news reports about political violence into a source-linked event database."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["extract", "extract_stream", "ingest", "open", "Database", "RecordList", "Summary", "__version__"]

_API = {"extract_stream", "Database", "RecordList", "Summary"}
_CALLABLE_PACKAGES = {"extract", "ingest"}  # stage packages whose call is the API function of that name


def __getattr__(name: str) -> Any:
    """The Python API, imported on first use so that `import newsevents.<stage>` stays light."""
    if name in _CALLABLE_PACKAGES:  # newsevents.extract(text) and newsevents.ingest(paths, db)
        import importlib

        return importlib.import_module(f"newsevents.{name}")
    if name in _API or name == "open":
        from newsevents import library

        return library.open_db if name == "open" else getattr(library, name)
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
