"""Event endpoints: filtered keyset pages, timeline, map clusters, facets, and CSV/JSONL/GeoJSON export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse

from newsevents.api.errors import ApiError
from newsevents.api.params import Limit, Offset, event_filter
from newsevents.api.queries import Queries
from newsevents.export import ACLED_COLUMNS, acled_row, csv_text
from newsevents.models import Event
from newsevents.store.database import EventFilter

router = APIRouter(prefix="/api/events", tags=["events"])
Sort = Literal["date", "-date", "fatalities", "-fatalities", "confidence", "-confidence"]


def queries(request: Request) -> Queries:
    return request.app.state.queries


@router.get("", summary="Events matching the filters, one keyset page at a time")
def list_events(
    f: Annotated[EventFilter, Depends(event_filter)],
    q: Annotated[Queries, Depends(queries)],
    limit: Limit = 100,
    sort: Annotated[Sort, Query(description="Sort field; '-' for descending; ties broken by id.")] = "date",
    cursor: Annotated[str | None, Query(max_length=400, description="`next` of the previous page.")] = None,
    offset: Offset = 0,
    total: Annotated[bool, Query(description="Also count every matching event.")] = False,
) -> dict[str, Any]:
    page = q.page(f, limit=limit, sort=sort, cursor=cursor, offset=offset)
    return {
        "items": page.items,
        "next": page.next,
        "limit": limit,
        "sort": sort,
        "total": q.count(f) if total else None,
    }


@router.get("/timeline", summary="Event counts per day, month or year")
def timeline(
    f: Annotated[EventFilter, Depends(event_filter)],
    q: Annotated[Queries, Depends(queries)],
    unit: Literal["day", "month", "year"] = "month",
) -> dict[str, Any]:
    return q.timeline(f, unit)


@router.get("/clusters", summary="Located events grouped into grid cells (for the map)")
def clusters(
    f: Annotated[EventFilter, Depends(event_filter)],
    q: Annotated[Queries, Depends(queries)],
    cell: Annotated[float, Query(ge=0.01, le=90, description="Cell size in degrees.")] = 5.0,
) -> dict[str, Any]:
    return q.clusters(f, cell)


@router.get("/facets", summary="Counts by event type, ACLED type, country and certainty")
def facets(
    f: Annotated[EventFilter, Depends(event_filter)], q: Annotated[Queries, Depends(queries)]
) -> dict[str, Any]:
    return q.facets(f)


def _typed(items: Iterator[dict[str, Any]]) -> Iterator[Event]:
    return (Event.from_dict(item) for item in items)


def _geojson(events: Iterator[Event]) -> Iterator[str]:
    yield '{"type":"FeatureCollection","features":['
    first = True
    for e in events:
        loc = e.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        feature = {
            "type": "Feature",
            "id": e.id,
            "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
            "properties": acled_row(e),
        }
        yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "]}\n"


@router.get(
    "/export",
    summary="Every matching event as CSV (ACLED columns), JSON lines or GeoJSON",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}, "application/geo+json": {}}}},
)
def export(
    f: Annotated[EventFilter, Depends(event_filter)],
    q: Annotated[Queries, Depends(queries)],
    format: Annotated[Literal["csv", "jsonl", "geojson"], Query(description="csv, jsonl or geojson")] = "csv",
    limit: Annotated[int | None, Query(ge=1, le=10_000_000, description="At most this many events.")] = None,
) -> StreamingResponse:
    items = q.iter_events(f, limit=limit)
    if format == "csv":
        body: Iterator[str] = csv_text((acled_row(e) for e in _typed(items)), ACLED_COLUMNS)
        media, ext = "text/csv; charset=utf-8", "csv"
    elif format == "jsonl":
        body = (json.dumps(item, ensure_ascii=False) + "\n" for item in items)
        media, ext = "application/x-ndjson", "jsonl"
    else:
        body = _geojson(_typed(items))
        media, ext = "application/geo+json", "geojson"
    return StreamingResponse(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="events.{ext}"'}
    )


@router.get("/{event_id}", summary="One event")
def get_event(
    event_id: Annotated[str, Path(max_length=64)], q: Annotated[Queries, Depends(queries)]
) -> dict[str, Any]:
    event = q.event(event_id)
    if event is None:
        raise ApiError(404, f"No event with id {event_id!r}.")
    return event.to_dict()
