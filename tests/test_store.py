"""Storage: migrations, one transaction per batch, idempotent re-runs, and crash safety."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsevents.models import ActorRef, Document, Event, Extraction, TextSpan
from newsevents.store import schema
from newsevents.store.database import EventFilter, Store

from conftest import kill_rerun_compare


def _extraction(n: int) -> Extraction:
    doc = Document(id=f"doc_{n}", source=f"s{n}.txt", text=f"Militants attacked police in town {n}.")
    ev = Event(id=f"ev_{n}", doc_id=doc.id, event_type="ASSAULT", trigger=TextSpan("attacked", (10, 18)),
               sentence=TextSpan(doc.text, (0, len(doc.text))),
               actors=[ActorRef("Militants", (0, 9), "AGENT_MILITANTS", "militants", sector="REB")],
               recipients=[ActorRef("police", (19, 25), "AGENT_POLICE", "police", sector="COP")])
    return Extraction(document=doc, events=[ev])


def test_schema_is_versioned_and_migrations_run_once(tmp_db: str) -> None:
    Store(tmp_db)
    store = Store(tmp_db)  # opening again applies nothing twice
    assert store.version == schema.LATEST
    with sqlite3.connect(tmp_db) as conn:
        rows = conn.execute("select version from schema_version").fetchall()
    assert rows == [(schema.LATEST,)]


def test_writing_the_same_documents_twice_changes_nothing(tmp_db: str) -> None:
    store = Store(tmp_db)
    first = store.write_batch([_extraction(1), _extraction(2)])
    again = store.write_batch([_extraction(1), _extraction(2), _extraction(3)])
    assert first.written == ["doc_1", "doc_2"] and again.written == ["doc_3"]
    assert again.duplicates == ["doc_1", "doc_2"]
    assert store.stats()["events"] == 3 and store.stats()["documents"] == 3


def test_a_failing_batch_leaves_nothing_half_written(tmp_db: str) -> None:
    store = Store(tmp_db)
    good = _extraction(1)
    broken = _extraction(2)
    broken = Extraction(document=broken.document, events=[broken.events[0], broken.events[0]])  # duplicate key
    with pytest.raises(Exception):
        store.write_batch([good, broken])
    assert store.stats()["documents"] == 0 and store.stats()["events"] == 0


def test_event_filters_and_keyset_pages(tmp_db: str) -> None:
    store = Store(tmp_db)
    store.write_batch([_extraction(i) for i in range(5)])
    assert store.count_events(EventFilter(event_type="assault")) == 5
    assert store.count_events(EventFilter(actor="AGENT_POLICE")) == 5
    assert store.count_events(EventFilter(actor="milit")) == 5
    assert store.count_events(EventFilter(text="town 3")) == 1
    page1 = store.events(limit=2)
    page2 = store.events(limit=2, after=("", page1[-1].id))
    assert [e.id for e in page1] == ["ev_0", "ev_1"] and [e.id for e in page2] == ["ev_2", "ev_3"]


@pytest.mark.model
def test_killed_run_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    kill_rerun_compare(tmp_path, str(tmp_path / "killed.db"))
