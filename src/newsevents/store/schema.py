"""The database schema (SQLAlchemy Core) and its numbered migrations."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sqlalchemy import (
    Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text, UniqueConstraint, insert, select,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.types import TypeEngine

log = logging.getLogger(__name__)
metadata = MetaData()
MIGRATION_LOCK = 73_201_508  # PostgreSQL advisory lock key: one process migrates at a time


def sortable(length: int) -> TypeEngine[str]:
    """A string that sorts bytewise on every backend (ids and ISO dates page and compare the same way)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(32), nullable=False),
    Column("description", Text),
)

documents = Table(
    "documents", metadata,
    Column("id", sortable(40), primary_key=True),
    Column("source", Text, nullable=False),
    Column("external_id", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", sortable(32)),
    Column("published_precision", String(8)),
    Column("language", String(16)),
    Column("ingested_at", String(32), nullable=False),
    Column("record", Text, nullable=False),  # the document record as JSON (contract form)
)

events = Table(
    "events", metadata,
    Column("id", sortable(40), primary_key=True),
    Column("doc_id", sortable(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("event_type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("acled_event_type", String(64)),
    Column("acled_sub_event_type", String(64)),
    Column("cameo_root", String(4)),
    Column("date", sortable(32)),
    Column("date_precision", String(8)),
    Column("country", String(4)),
    Column("admin1", Text),
    Column("location", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("fatalities", Integer),
    Column("injured", Integer),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("certainty", String(16)),
    Column("confidence", Float),
    Column("sentence", Text),
    Column("incident_id", sortable(40)),
    Column("record", Text, nullable=False),
)
Index("ix_events_doc", events.c.doc_id)
Index("ix_events_type_date", events.c.event_type, events.c.date)
Index("ix_events_date", events.c.date, events.c.id)
Index("ix_events_country", events.c.country, events.c.date)
Index("ix_events_incident", events.c.incident_id)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", sortable(40), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", sortable(80), nullable=False),
    Column("role", String(12), nullable=False),  # actor | recipient
    Column("name", Text),
    UniqueConstraint("event_id", "actor_id", "role"),
)
Index("ix_event_actors_actor", event_actors.c.actor_id)

relations = Table(
    "relations", metadata,
    Column("id", sortable(40), primary_key=True),
    Column("doc_id", sortable(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("source_id", sortable(80)),
    Column("target_id", sortable(80)),
    Column("date", sortable(32)),
    Column("certainty", String(16)),
    Column("confidence", Float),
    Column("record", Text, nullable=False),
)
Index("ix_relations_source", relations.c.source_id)
Index("ix_relations_target", relations.c.target_id)

places = Table(
    "places", metadata,
    Column("doc_id", sortable(40), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, primary_key=True),
    Column("name", Text),
    Column("geonameid", Integer),
    Column("country", String(4)),
    Column("record", Text, nullable=False),
)

times = Table(
    "times", metadata,
    Column("doc_id", sortable(40), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, primary_key=True),
    Column("value", String(32)),
    Column("record", Text, nullable=False),
)

errors = Table(
    "errors", metadata,
    Column("source", Text, primary_key=True),
    Column("code", String(8), primary_key=True),
    Column("reason", String(32), nullable=False),
    Column("error", Text, nullable=False),
    Column("at", String(32), nullable=False),
)

incidents = Table(
    "incidents", metadata,
    Column("id", sortable(40), primary_key=True),
    Column("event_type", String(16)),
    Column("date", sortable(32)),
    Column("country", String(4)),
    Column("sources", Integer),
    Column("first_reported", String(32)),
    Column("last_reported", String(32)),
    Column("record", Text, nullable=False),
)
Index("ix_incidents_date", incidents.c.date)

actors = Table(
    "actors", metadata,
    Column("id", sortable(80), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16)),
    Column("provisional", Integer, nullable=False, default=1),
    Column("aliases", Text),  # JSON list of spellings seen
    Column("first_seen_doc", String(40)),
)


def _v1(conn: Connection) -> None:
    metadata.create_all(conn)


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "documents, events, relations, places, times, errors, incidents, actors", _v1),
]
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    schema_version.create(conn, checkfirst=True)
    row = conn.execute(select(schema_version.c.version).order_by(schema_version.c.version.desc())).first()
    return int(row[0]) if row else 0


def migrate(conn: Connection) -> int:
    """Apply every migration newer than the database's version, in order; returns the new version."""
    if conn.dialect.name == "postgresql":  # writers starting together on a fresh database migrate one at a time
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    version = current_version(conn)
    for number, description, apply in MIGRATIONS:
        if number > version:
            log.info("migrating database to schema version %d: %s", number, description)
            apply(conn)
            conn.execute(insert(schema_version).values(
                version=number, applied_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                description=description))
            version = number
    return version
