"""The web app: bundled static assets (HTML, CSS, JS modules, basemap) served by the API's process."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles


def static_dir() -> Path:
    """Where the bundled assets live inside the installed package."""
    return Path(str(resources.files("newsevents.web") / "static"))


def mount(app: FastAPI) -> None:
    """Serve the page at /, the API reference at /docs and every asset under /static."""
    root = static_dir()

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(root / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(root / "docs.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=root), name="static")
