"""The FastAPI application: JSON API under /api, the web app at /, OpenAPI at /openapi.json and /docs."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from newsevents import __version__
from newsevents.api import errors
from newsevents.api.ingest import router as ingest_router
from newsevents.api.queries import Queries
from newsevents.api.routes_events import router as events_router
from newsevents.api.routes_records import router as records_router
from newsevents.api.security import Guard
from newsevents.store.database import Store
from newsevents.web import mount as mount_web

log = logging.getLogger(__name__)
MAX_BODY = 10_000_000  # bytes: the largest request (an upload) accepted


def create_app(
    db: str, *, token: str | None = None, max_body: int = MAX_BODY, cors_origins: Sequence[str] = ()
) -> FastAPI:
    """An app over the database; uploads only with a token; CORS closed unless asked."""
    app = FastAPI(
        title="newsevents",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        description="Source-linked events about political violence: documents, events, incidents, "
        "relations and actors, with filters and exports. Errors always have the shape "
        '`{"error": {"status", "code", "message"}}`.',
    )
    app.state.db = db
    app.state.token = token or None
    app.state.queries = Queries(Store(db))
    errors.install(app)
    app.include_router(events_router)
    app.include_router(records_router)
    app.include_router(ingest_router)
    mount_web(app)
    if cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(Guard, max_body=max_body)
    log.info("serving %s (%s)", db, "uploads enabled" if token else "read-only")
    return app
