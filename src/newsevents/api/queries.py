"""Read-only queries the API needs beyond `Store`: sorted keyset pages, timeline, map clusters, facets."""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Integer, and_, cast, exists, func, literal, or_, select, true, tuple_
from sqlalchemy.sql.elements import ColumnElement

from newsevents.api.errors import ApiError
from newsevents.kb import get_kb
from newsevents.models import Event, Incident
from newsevents.store import schema as s
from newsevents.store.database import EventFilter, Store

log = logging.getLogger(__name__)

FREQUENT_ACTOR = 2000  # events: above this, filter along the date index instead of looking ids up
SORTS = {"date": s.events.c.date, "fatalities": s.events.c.fatalities, "confidence": s.events.c.confidence}


@dataclass(frozen=True)
class Page:
    """One page of events (contract dicts, as stored) and the cursor to the next (None on the last)."""

    items: list[dict[str, Any]]
    next: str | None


def encode_cursor(value: Any, event_id: str) -> str:
    raw = json.dumps([value, event_id], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[Any, str]:
    """The (sort value, event id) a cursor stands for; a malformed cursor is a 422."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value, event_id = json.loads(raw.decode("utf-8"))
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise ApiError(422, "cursor: not a cursor this API returned", "invalid") from exc
    if not isinstance(event_id, str) or not (value is None or isinstance(value, (str, int, float))):
        raise ApiError(422, "cursor: not a cursor this API returned", "invalid")
    return value, event_id


class Queries:
    """Queries over one store; every method only reads."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _actor_condition(self, actor: str) -> ColumnElement[bool]:
        """Events naming the actor: by KB id or alias when it resolves (indexed), else by name substring.

        A frequent actor is tested row by row along the date index (EXISTS), a rare one is looked up
        first (IN): each plan is fast where the other one scans.
        """
        ea, e = s.event_actors, s.events
        kb_actor = get_kb().get(actor.upper()) or get_kb().get(actor) or get_kb().lookup(actor)
        if kb_actor is None:
            return e.c.id.in_(
                select(ea.c.event_id).where(or_(ea.c.actor_id == actor, ea.c.name.ilike(f"%{actor}%")))
            )
        with self.store.engine.connect() as conn:
            frequent = (
                conn.execute(
                    select(func.count()).select_from(
                        select(ea.c.event_id)
                        .where(ea.c.actor_id == kb_actor.id)
                        .limit(FREQUENT_ACTOR)
                        .subquery()
                    )
                ).scalar_one()
                >= FREQUENT_ACTOR
            )
        if frequent:
            return exists().where(and_(ea.c.event_id == e.c.id, ea.c.actor_id == kb_actor.id))
        return e.c.id.in_(select(ea.c.event_id).where(ea.c.actor_id == kb_actor.id))

    def conditions(self, f: EventFilter) -> list[ColumnElement[bool]]:
        conds = list(self.store._event_query(replace(f, actor=None)))
        if f.actor:
            conds.append(self._actor_condition(f.actor))
        return conds

    def where(self, f: EventFilter) -> ColumnElement[bool]:
        return and_(true(), *self.conditions(f))

    def page(
        self, f: EventFilter, *, limit: int, sort: str = "date", cursor: str | None = None, offset: int = 0
    ) -> Page:
        """Events in sort order (`-field` for descending, ties broken by id) from a keyset cursor."""
        desc = sort.startswith("-")
        col = SORTS[sort.lstrip("-")]
        e = s.events
        conds = self.conditions(f)
        if cursor:
            value, eid = decode_cursor(cursor)
            if desc:  # NULLs come last when descending
                conds.append(
                    and_(col.is_(None), e.c.id < eid)
                    if value is None
                    else or_(tuple_(col, e.c.id) < tuple_(literal(value), literal(eid)), col.is_(None))
                )
            else:  # NULLs come first when ascending
                conds.append(
                    or_(and_(col.is_(None), e.c.id > eid), col.is_not(None))
                    if value is None
                    else tuple_(col, e.c.id) > tuple_(literal(value), literal(eid))
                )
        order = (col.desc(), e.c.id.desc()) if desc else (col.asc(), e.c.id.asc())
        q = select(e.c.record, e.c.incident_id, col).where(and_(true(), *conds)).order_by(*order)
        q = q.limit(limit + 1).offset(offset)
        with self.store.engine.connect() as conn:
            rows = list(conn.execute(q))
        items = [{**json.loads(r[0]), "incident_id": r[1]} for r in rows[:limit]]
        nxt = encode_cursor(rows[limit - 1][2], items[-1]["id"]) if len(rows) > limit else None
        return Page(items, nxt)

    def iter_events(
        self, f: EventFilter, *, limit: int | None = None, batch: int = 1000
    ) -> Iterator[dict[str, Any]]:
        """Every matching event (contract dict) in date order, read in keyset batches (for exports)."""
        cursor: str | None = None
        left = limit
        while left is None or left > 0:
            size = batch if left is None else min(batch, left)
            page = self.page(f, limit=size, cursor=cursor)
            yield from page.items
            if left is not None:
                left -= len(page.items)
            if page.next is None:
                return
            cursor = page.next

    def event(self, event_id: str) -> Event | None:
        e = s.events
        with self.store.engine.connect() as conn:
            row = conn.execute(select(e.c.record, e.c.incident_id).where(e.c.id == event_id)).first()
        return Event.from_dict({**json.loads(row[0]), "incident_id": row[1]}) if row else None

    def count(self, f: EventFilter) -> int:
        with self.store.engine.connect() as conn:
            return int(
                conn.execute(select(func.count()).select_from(s.events).where(self.where(f))).scalar_one()
            )

    def timeline(self, f: EventFilter, unit: str) -> dict[str, Any]:
        """Event counts per day, month or year; undated events counted apart."""
        width = {"day": 10, "month": 7, "year": 4}[unit]
        e = s.events
        key = func.substr(e.c.date, 1, width)
        q = select(key, func.count()).where(self.where(f), e.c.date.is_not(None)).group_by(key)
        with self.store.engine.connect() as conn:
            bins = [
                {"date": k, "count": int(n)}
                for k, n in conn.execute(q.order_by(key))
                if k and len(k) == width
            ]
            undated = int(
                conn.execute(
                    select(func.count()).select_from(e).where(self.where(f), e.c.date.is_(None))
                ).scalar_one()
            )
        return {"unit": unit, "bins": bins, "undated": undated}

    def clusters(self, f: EventFilter, cell: float) -> dict[str, Any]:
        """Located events grouped into grid cells of `cell` degrees: count, centre of mass and extent."""
        e = s.events
        gx = cast((e.c.lon + 180.0) / cell, Integer)
        gy = cast((e.c.lat + 90.0) / cell, Integer)
        located = and_(e.c.lat.is_not(None), e.c.lon.is_not(None))
        q = (
            select(gx, gy, func.count(), func.avg(e.c.lat), func.avg(e.c.lon), func.min(e.c.id))
            .where(self.where(f), located)
            .group_by(gx, gy)
        )
        with self.store.engine.connect() as conn:
            rows = list(conn.execute(q))
            unlocated = int(
                conn.execute(select(func.count()).select_from(e).where(self.where(f), ~located)).scalar_one()
            )
        clusters = [
            {
                "lat": round(float(lat), 5),
                "lon": round(float(lon), 5),
                "count": int(n),
                "event_id": first if n == 1 else None,
            }
            for _x, _y, n, lat, lon, first in rows
        ]
        return {"cell": cell, "clusters": clusters, "unlocated": unlocated}

    def facets(self, f: EventFilter) -> dict[str, list[dict[str, Any]]]:
        """Counts by event type, ACLED type, country and certainty (for the filter menus)."""
        e = s.events
        out: dict[str, list[dict[str, Any]]] = {}
        with self.store.engine.connect() as conn:
            for name, col in (
                ("event_type", e.c.event_type),
                ("acled_type", e.c.acled_event_type),
                ("country", e.c.country),
                ("certainty", e.c.certainty),
            ):
                q = select(col, func.count()).where(self.where(f), col.is_not(None)).group_by(col)
                out[name] = [
                    {"value": v, "count": int(n)}
                    for v, n in sorted(conn.execute(q), key=lambda r: (-r[1], r[0]))
                ]
        return out

    def actor_counts(self, q: str | None, limit: int) -> list[dict[str, Any]]:
        """Actors named in stored events with how many events name them, most frequent first."""
        ea = s.event_actors
        stmt = select(ea.c.actor_id, func.max(ea.c.name), func.count(func.distinct(ea.c.event_id))).group_by(
            ea.c.actor_id
        )
        if q:
            stmt = stmt.where(or_(ea.c.actor_id.ilike(f"%{q}%"), ea.c.name.ilike(f"%{q}%")))
        stmt = stmt.order_by(func.count(func.distinct(ea.c.event_id)).desc(), ea.c.actor_id).limit(limit)
        with self.store.engine.connect() as conn:
            return [{"actor_id": a, "name": n, "events": int(c)} for a, n, c in conn.execute(stmt)]

    def actor_event_count(self, actor_id: str) -> int:
        ea = s.event_actors
        with self.store.engine.connect() as conn:
            return int(
                conn.execute(
                    select(func.count(func.distinct(ea.c.event_id))).where(ea.c.actor_id == actor_id)
                ).scalar_one()
            )

    def actor_ids_in_store(self) -> set[str]:
        """Every actor id named by a stored event or relation."""
        with self.store.engine.connect() as conn:
            ids = {r[0] for r in conn.execute(select(s.event_actors.c.actor_id).distinct())}
            for col in (s.relations.c.source_id, s.relations.c.target_id):
                ids |= {r[0] for r in conn.execute(select(col).distinct()) if r[0]}
        return ids

    def incident(self, incident_id: str) -> Incident | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(select(s.incidents.c.record).where(s.incidents.c.id == incident_id)).first()
        return Incident.from_dict(json.loads(row[0])) if row else None

    def relation_count(self) -> int:
        with self.store.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(s.relations)).scalar_one())
