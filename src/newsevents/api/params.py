"""Query parameters shared by the endpoints: event filters, paging limits, dates."""

from __future__ import annotations

import math
from typing import Annotated, Literal

from fastapi import Query

from newsevents.api.errors import ApiError
from newsevents.models import CERTAINTIES, EVENT_TYPES
from newsevents.store.database import EventFilter

MAX_PAGE = 500
DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Certainty = Literal[CERTAINTIES]  # type: ignore[valid-type]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip (prefer the cursor for events).")]


def parse_bbox(bbox: str | None) -> tuple[float, float, float, float] | None:
    """'west,south,east,north' in degrees, or a 422."""
    if bbox is None:
        return None
    parts = bbox.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError as exc:
        raise ApiError(422, "bbox: give four numbers 'west,south,east,north'", "invalid") from exc
    if not all(math.isfinite(v) for v in (west, south, east, north)) or not (
        -180 <= west <= east <= 180 and -90 <= south <= north <= 90
    ):
        raise ApiError(
            422, "bbox: need -180 <= west <= east <= 180 and -90 <= south <= north <= 90", "invalid"
        )
    return west, south, east, north


def event_filter(
    event_type: Annotated[EventType | None, Query(description="PLOVER event type, e.g. ASSAULT.")] = None,
    acled_type: Annotated[
        str | None, Query(max_length=64, description="ACLED event or sub-event type.")
    ] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Actor id, name or alias.")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO-2 country code.")] = None,
    admin1: Annotated[str | None, Query(max_length=200, description="First-level region name.")] = None,
    date_from: Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    date_to: Annotated[
        str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive).")
    ] = None,
    text: Annotated[str | None, Query(max_length=200, description="Words in the event's sentence.")] = None,
    certainty: Annotated[Certainty | None, Query(description="asserted, claimed, alleged, ...")] = None,
    doc_id: Annotated[str | None, Query(max_length=64)] = None,
    incident_id: Annotated[str | None, Query(max_length=64)] = None,
    bbox: Annotated[
        str | None, Query(max_length=100, description="west,south,east,north in degrees.")
    ] = None,
) -> EventFilter:
    """The EventFilter the query parameters describe."""
    return EventFilter(
        event_type=event_type,
        acled_type=acled_type or None,
        actor=actor or None,
        country=country,
        admin1=admin1 or None,
        date_from=date_from,
        date_to=date_to,
        text=text or None,
        certainty=certainty,
        doc_id=doc_id or None,
        incident_id=incident_id or None,
        bbox=parse_bbox(bbox),
    )
