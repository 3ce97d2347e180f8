"""Storage: write extractions in per-batch transactions and query them back as typed records."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, and_, bindparam, create_engine, delete, event, func, insert, or_, select, true, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from newsevents.models import (
    ActorRef, Document, ErrorRecord, Event, Extraction, Incident, Place, Relation, TimeExpr, record_from_dict,
)
from newsevents.store import schema as s

log = logging.getLogger(__name__)
MAX_PAGE = 1000


def _json(record: Any) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def database_url(db: str) -> str:
    """The SQLAlchemy URL for a file path or a URL; plain postgresql:// URLs use the psycopg 3 driver."""
    if "://" not in db:
        return f"sqlite:///{db}"
    scheme, rest = db.split("://", 1)
    return f"postgresql+psycopg://{rest}" if scheme in ("postgresql", "postgres") else db


def engine_for(db: str) -> Engine:
    """An engine for a file path (SQLite) or a SQLAlchemy URL (postgresql://...)."""
    url = database_url(db)
    engine = create_engine(url, future=True, pool_pre_ping=url.startswith("postgresql"))
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
    return engine


@dataclass(frozen=True)
class EventFilter:
    """Filters shared by the CLI, the Python API and the HTTP API."""

    event_type: str | None = None
    acled_type: str | None = None
    actor: str | None = None
    country: str | None = None
    admin1: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None
    certainty: str | None = None
    doc_id: str | None = None
    incident_id: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north


@dataclass(frozen=True)
class WriteResult:
    written: list[str]
    duplicates: list[str]


class Store:
    """A database of documents and what was extracted from them."""

    def __init__(self, db: str) -> None:
        self.url = db
        self.engine = engine_for(db)
        with self.engine.begin() as conn:
            self.version = s.migrate(conn)

    # -- writing -------------------------------------------------------------------------------

    def existing_ids(self, doc_ids: Iterable[str]) -> set[str]:
        ids = list(doc_ids)
        if not ids:
            return set()
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.documents.c.id).where(s.documents.c.id.in_(ids)))
            return {r[0] for r in rows}

    def write_batch(self, extractions: Sequence[Extraction], errors: Sequence[ErrorRecord] = ()) -> WriteResult:
        """Write a batch in one transaction: all of it or nothing. Documents already stored are skipped.

        Safe with concurrent writers: a document row is claimed with insert-or-ignore, and only the
        transaction that claimed it writes the document's events, places, times and relations.
        """
        claimed: set[str] = set()
        actors: dict[str, tuple[ActorRef, str]] = {}
        now = _now()
        with self.engine.begin() as conn:  # rows are locked in key order, so concurrent batches cannot deadlock
            first = {x.document.id: x for x in reversed(extractions)}  # the first of repeated ids wins
            for x in sorted(first.values(), key=lambda x: x.document.id):
                if self._claim(conn, x.document, now):
                    self._insert(conn, x, x.document.id)
                    claimed.add(x.document.id)
            for x in extractions:
                if x.document.id in claimed and first[x.document.id] is x:
                    for actor_id, ref in _provisional(x).items():
                        actors.setdefault(actor_id, (ref, x.document.id))
            for actor_id, (ref, doc_id) in sorted(actors.items()):  # shared by documents: the first names it
                conn.execute(_insert_or_ignore(conn, s.actors).values(
                    id=actor_id, name=ref.name or ref.text, kind=ref.kind, provisional=1,
                    aliases=json.dumps([ref.text]), first_seen_doc=doc_id))
            for err in sorted(errors, key=lambda e: (e.source, e.code)):
                if err.reason == "duplicate":
                    continue  # a document already stored is not a failure: re-runs change nothing
                row = {"source": err.source, "code": err.code, "reason": err.reason, "error": err.error, "at": now}
                conn.execute(_upsert(conn, s.errors, ["source", "code"], ["reason", "error", "at"]).values(**row))
        written: list[str] = []
        duplicates: list[str] = []
        for x in extractions:
            fresh = x.document.id in claimed and x.document.id not in written
            (written if fresh else duplicates).append(x.document.id)
        return WriteResult(written, duplicates)

    def _claim(self, conn: Connection, doc: Document, now: str) -> bool:
        """Insert the document row unless it is stored already (by anyone); True when this call inserted it."""
        result = conn.execute(_insert_or_ignore(conn, s.documents).values(
            id=doc.id, source=doc.source, external_id=doc.external_id, title=doc.title, outlet=doc.outlet,
            url=doc.url, published=doc.published.value if doc.published else None,
            published_precision=doc.published.precision if doc.published else None, language=doc.language,
            ingested_at=now, record=_json(doc)).returning(s.documents.c.id))
        return result.first() is not None

    def _insert(self, conn: Connection, x: Extraction, doc_id: str) -> None:
        """The rows that belong to one claimed document (plain inserts: a clash here is a broken extraction)."""
        if x.events:
            conn.execute(insert(s.events), [_event_row(e) for e in x.events])
            rows = {(e.id, a.actor_id, role): a.name for e in x.events
                    for role, refs in (("actor", e.actors), ("recipient", e.recipients)) for a in refs if a.actor_id}
            if rows:
                conn.execute(insert(s.event_actors), [
                    {"event_id": k[0], "actor_id": k[1], "role": k[2], "name": v} for k, v in rows.items()])
        if x.relations:
            conn.execute(insert(s.relations), [{
                "id": r.id, "doc_id": r.doc_id, "type": r.type, "source_id": r.source.actor_id,
                "target_id": r.target.actor_id, "date": r.date.value if r.date else None,
                "certainty": r.certainty, "confidence": r.confidence, "record": _json(r)} for r in x.relations])
        if x.places:
            rows_p = {(p.span[0], p.span[1]): p for p in x.places}
            conn.execute(insert(s.places), [{
                "doc_id": doc_id, "start": k[0], "end": k[1], "name": p.name, "geonameid": p.geonameid,
                "country": p.country, "record": _json(p)} for k, p in rows_p.items()])
        if x.times:
            rows_t = {(t.span[0], t.span[1]): t for t in x.times}
            conn.execute(insert(s.times), [{
                "doc_id": doc_id, "start": k[0], "end": k[1], "value": t.value, "record": _json(t)}
                for k, t in rows_t.items()])

    def write_incidents(self, incidents: Sequence[Incident], assignments: dict[str, str],
                        gone: Iterable[str] = ()) -> None:
        """Replace the incidents that changed, remove those that no longer exist and point events at their
        incidents, in one transaction."""
        with self.engine.begin() as conn:
            ids = [i.id for i in incidents] + list(gone)
            if ids:
                conn.execute(delete(s.incidents).where(s.incidents.c.id.in_(ids)))
            if incidents:
                conn.execute(insert(s.incidents), [{
                    "id": i.id, "event_type": i.event_type, "date": i.date.value if i.date else None,
                    "country": i.location.country if i.location else None, "sources": i.sources,
                    "first_reported": i.first_reported, "last_reported": i.last_reported, "record": _json(i)}
                    for i in incidents])
            if assignments:
                conn.execute(
                    update(s.events).where(s.events.c.id == bindparam("event_id")).values(incident_id=bindparam("incident_id")),
                    [{"event_id": e, "incident_id": i} for e, i in assignments.items()],
                )

    # -- reading -------------------------------------------------------------------------------

    def _event_query(self, f: EventFilter):  # type: ignore[no-untyped-def]
        e = s.events
        conds = []
        if f.event_type:
            conds.append(e.c.event_type == f.event_type.upper())
        if f.acled_type:
            conds.append(or_(e.c.acled_event_type == f.acled_type, e.c.acled_sub_event_type == f.acled_type))
        if f.country:
            conds.append(e.c.country == f.country.upper())
        if f.admin1:
            conds.append(func.lower(e.c.admin1) == f.admin1.lower())
        if f.date_from:
            conds.append(e.c.date >= f.date_from)
        if f.date_to:
            conds.append(e.c.date <= f.date_to + "\uffff")
        if f.certainty:
            conds.append(e.c.certainty == f.certainty)
        if f.doc_id:
            conds.append(e.c.doc_id == f.doc_id)
        if f.incident_id:
            conds.append(e.c.incident_id == f.incident_id)
        if f.text:
            conds.append(e.c.sentence.ilike(f"%{f.text}%"))
        if f.bbox:
            west, south, east, north = f.bbox
            conds.append(and_(e.c.lon >= west, e.c.lon <= east, e.c.lat >= south, e.c.lat <= north))
        if f.actor:
            ea = s.event_actors
            like = f"%{f.actor}%"
            conds.append(e.c.id.in_(select(ea.c.event_id).where(or_(
                ea.c.actor_id == f.actor.upper(), ea.c.name.ilike(like)))))
        return conds

    def events(self, f: EventFilter = EventFilter(), *, limit: int = 100, after: tuple[str, str] | None = None,
               offset: int = 0) -> list[Event]:
        """Events matching the filter, ordered by (date, id); `after` is a keyset cursor (date, id)."""
        e = s.events
        conds = self._event_query(f)
        if after is not None:
            date, eid = after
            conds.append(or_(func.coalesce(e.c.date, "") > date,
                             and_(func.coalesce(e.c.date, "") == date, e.c.id > eid)))
        q = select(e.c.record, e.c.incident_id).where(and_(true(), *conds))
        q = q.order_by(func.coalesce(e.c.date, ""), e.c.id)
        q = q.limit(max(1, limit)).offset(offset)
        with self.engine.connect() as conn:
            return [Event.from_dict({**json.loads(r[0]), "incident_id": r[1]}) for r in conn.execute(q)]

    def count_events(self, f: EventFilter = EventFilter()) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(s.events).where(
                and_(true(), *self._event_query(f)))).scalar_one())

    def documents(self, *, limit: int = 100, offset: int = 0, text: str | None = None) -> list[Document]:
        d = s.documents
        q = select(d.c.record).order_by(d.c.published, d.c.id).limit(limit).offset(offset)
        if text:
            q = q.where(or_(d.c.title.ilike(f"%{text}%"), d.c.record.ilike(f"%{text}%")))
        with self.engine.connect() as conn:
            return [Document.from_dict(json.loads(r[0])) for r in conn.execute(q)]

    def document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.documents.c.record).where(or_(
                s.documents.c.id == doc_id, s.documents.c.id.like(f"{doc_id}%")))).first()
        return Document.from_dict(json.loads(row[0])) if row else None

    def extraction(self, doc_id: str) -> Extraction | None:
        """A stored document with everything extracted from it."""
        doc = self.document(doc_id)
        if doc is None:
            return None

        def load(table, cls):  # type: ignore[no-untyped-def]
            with self.engine.connect() as conn:
                return [cls.from_dict(json.loads(r[0]))
                        for r in conn.execute(select(table.c.record).where(table.c.doc_id == doc.id))]

        return Extraction(document=doc, events=self.events(EventFilter(doc_id=doc.id), limit=10**6),
                          relations=load(s.relations, Relation),
                          places=load(s.places, Place), times=load(s.times, TimeExpr))

    def relations(self, *, actor: str | None = None, type: str | None = None, limit: int = 10000) -> list[Relation]:
        r = s.relations
        q = select(r.c.record).order_by(r.c.date, r.c.id).limit(limit)
        if actor:
            q = q.where(or_(r.c.source_id == actor, r.c.target_id == actor))
        if type:
            q = q.where(r.c.type == type)
        with self.engine.connect() as conn:
            return [Relation.from_dict(json.loads(row[0])) for row in conn.execute(q)]

    def incidents(self, *, event_type: str | None = None, country: str | None = None,
                  date_from: str | None = None, date_to: str | None = None, limit: int = 100,
                  offset: int = 0) -> list[Incident]:
        i = s.incidents
        conds = []
        if event_type:
            conds.append(i.c.event_type == event_type.upper())
        if country:
            conds.append(i.c.country == country.upper())
        if date_from:
            conds.append(i.c.date >= date_from)
        if date_to:
            conds.append(i.c.date <= date_to + "\uffff")
        q = select(i.c.record).where(and_(true(), *conds)).order_by(i.c.date, i.c.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [Incident.from_dict(json.loads(r[0])) for r in conn.execute(q)]

    def errors(self) -> list[ErrorRecord]:
        with self.engine.connect() as conn:
            return [ErrorRecord(source=r.source, error=r.error, code=r.code, reason=r.reason)
                    for r in conn.execute(select(s.errors).order_by(s.errors.c.at))]

    def provisional_actors(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(s.actors))]

    def all_records(self, *, batch: int = 500) -> Iterable[Any]:
        """Every stored record of every kind (for export), streamed document by document."""
        with self.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(select(s.documents.c.id).order_by(s.documents.c.id))]
        for doc_id in ids:
            x = self.extraction(doc_id)
            if x is not None:
                yield from x.records()
        for inc in self.incidents(limit=10**9):
            yield inc

    def stats(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                    for t in (s.documents, s.events, s.relations, s.places, s.times, s.incidents, s.errors)}


def _provisional(x: Extraction) -> dict[str, ActorRef]:
    """Actors not in the knowledge base, by id in order of first mention (the last mention names them)."""
    refs = [a for e in x.events for a in (*e.actors, *e.recipients)]
    refs += [a for r in x.relations for a in (r.source, r.target)]
    return {a.actor_id: a for a in refs if a.provisional and a.actor_id}


def _dialect_insert(conn: Connection, table: Table):  # type: ignore[no-untyped-def]
    name = conn.dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise ValueError(f"unsupported database backend {name!r}: use SQLite or PostgreSQL")


def _insert_or_ignore(conn: Connection, table: Table):  # type: ignore[no-untyped-def]
    """INSERT ... ON CONFLICT DO NOTHING for the connection's backend."""
    return _dialect_insert(conn, table).on_conflict_do_nothing()


def _upsert(conn: Connection, table: Table, keys: list[str], columns: list[str]):  # type: ignore[no-untyped-def]
    """INSERT ... ON CONFLICT (keys) DO UPDATE SET columns = the new values."""
    stmt = _dialect_insert(conn, table)
    return stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in columns})


def _event_row(e: Event) -> dict[str, Any]:
    loc = e.location
    return {
        "id": e.id, "doc_id": e.doc_id, "event_type": e.event_type, "mode": e.mode,
        "acled_event_type": e.acled.event_type if e.acled else None,
        "acled_sub_event_type": e.acled.sub_event_type if e.acled else None, "cameo_root": e.cameo_root,
        "date": e.date.value if e.date else None, "date_precision": e.date.precision if e.date else None,
        "country": loc.country if loc else None, "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None, "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "fatalities": e.fatalities.best if e.fatalities else None, "injured": e.injured.best if e.injured else None,
        "actor1": "; ".join(a.name or a.text for a in e.actors) or None,
        "actor2": "; ".join(a.name or a.text for a in e.recipients) or None,
        "certainty": e.certainty, "confidence": e.confidence, "sentence": e.sentence.text,
        "incident_id": e.incident_id, "record": _json(e),
    }


__all__ = ["Store", "EventFilter", "WriteResult", "database_url", "engine_for", "record_from_dict"]
