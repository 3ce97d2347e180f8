"""The upload endpoint: articles sent as multipart files or JSON text are coded and stored (needs a token)."""

from __future__ import annotations

import json
import logging
import re
import tempfile
import threading
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from newsevents.api.errors import ApiError
from newsevents.api.security import check_token
from newsevents.library import ingest as ingest_paths
from newsevents.models import ErrorRecord, Extraction

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["ingest"])
MAX_FILES = 100
_lock = threading.Lock()  # one ingest at a time: the pipeline and the SQLite writer are shared


class UploadDocument(BaseModel):
    """One article given as text, with the optional input fields of the output contract."""

    text: str = Field(min_length=1)
    id: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    outlet: str | None = Field(default=None, max_length=400)
    published: str | None = Field(default=None, max_length=40)
    language: str | None = Field(default=None, max_length=16)


class UploadBody(BaseModel):
    """The JSON form of an upload."""

    documents: list[UploadDocument] = Field(min_length=1, max_length=MAX_FILES)


def _safe_name(name: str | None, index: int) -> str:
    """A file name without directories or odd characters, keeping a known extension."""
    base = Path(name or "").name
    stem, dot, ext = base.rpartition(".")
    if not dot or ext.lower() not in {"txt", "html", "htm", "json", "jsonl", "csv"}:
        stem, ext = base, "txt"
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem)[:60] or "upload"
    return f"{index:03d}_{stem}.{ext.lower()}"


async def _write_upload(request: Request, folder: Path) -> int:
    """Write the request's articles into the folder; returns how many were written."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "multipart/form-data":
        form = await request.form(max_files=MAX_FILES)
        files = [v for v in form.getlist("files") if isinstance(v, UploadFile)]
        if not files:
            raise ApiError(422, "files: send one or more articles in the multipart field 'files'", "invalid")
        for i, upload in enumerate(files):
            (folder / _safe_name(upload.filename, i)).write_bytes(await upload.read())
        return len(files)
    if ctype == "application/json":
        try:
            body = UploadBody.model_validate_json(await request.body())
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ())) or "body"
            raise ApiError(422, f"{where}: {first.get('msg', 'invalid')}", "invalid") from exc
        lines = [json.dumps(d.model_dump(exclude_none=True), ensure_ascii=False) for d in body.documents]
        (folder / "upload.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return len(lines)
    raise ApiError(
        415, "Send multipart/form-data (field 'files') or application/json ({'documents': [...]})."
    )


_BODY_DOC = {
    "required": True,
    "content": {
        "application/json": {
            "schema": UploadBody.model_json_schema(ref_template="#/components/schemas/{model}")
        },
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}},
                "required": ["files"],
            }
        },
    },
}


@router.post(
    "/ingest",
    summary="Code and store uploaded articles (needs the server's bearer token)",
    openapi_extra={"requestBody": _BODY_DOC},
    responses={401: {}, 403: {}, 413: {}, 415: {}},
)
async def upload(request: Request) -> dict[str, Any]:
    check_token(request, request.app.state.token)
    db: str = request.app.state.db
    with tempfile.TemporaryDirectory(prefix="newsevents-upload-") as tmp:
        count = await _write_upload(request, Path(tmp))
        items: list[Extraction | ErrorRecord] = []

        def run() -> None:
            with _lock:
                ingest_paths([tmp], db, on_item=items.append)

        await run_in_threadpool(run)
    log.info("ingest: %d uploaded, %d coded", count, len(items))
    docs = [x for x in items if isinstance(x, Extraction)]
    errors = [x for x in items if isinstance(x, ErrorRecord)]
    return {
        "received": count,
        "documents": [
            {
                "document": x.document.to_dict(),
                "events": [e.to_dict() for e in x.events],
                "relations": [r.to_dict() for r in x.relations],
            }
            for x in docs
        ],
        "errors": [e.to_dict() for e in errors],
    }
