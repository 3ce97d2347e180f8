"""The store on SQLite and on a real PostgreSQL server: the same behaviour, safe under concurrent writers.

The server is started here (initdb + pg_ctl over a temporary directory). Without those programs a
developer's run skips the PostgreSQL cases; CI sets NEWSEVENTS_REQUIRE_POSTGRES=1 and they fail instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from newsevents.models import ActorRef, Document, Event, Extraction, TextSpan
from newsevents.store import schema
from newsevents.store.database import EventFilter, Store, database_url

from conftest import count_rows, kill_rerun_compare

ROOT = Path(__file__).resolve().parent.parent


def _program(name: str) -> str | None:
    found = shutil.which(name) or sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found if isinstance(found, str) else (found[-1] if found else None)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throwaway PostgreSQL server on localhost; yields its base URL (add a database name)."""
    initdb, pg_ctl = _program("initdb"), _program("pg_ctl")
    if not (initdb and pg_ctl):
        message = "initdb/pg_ctl not found: install PostgreSQL (apt-get install postgresql)"
        if os.environ.get("NEWSEVENTS_REQUIRE_POSTGRES"):
            pytest.fail(message)
        pytest.skip(message + " (CI sets NEWSEVENTS_REQUIRE_POSTGRES=1 and fails instead)")
    home = Path(tempfile.mkdtemp(prefix="newsevents-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        shutil.chown(home, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = home / "data", _free_port()
    subprocess.run([*as_user, initdb, "-D", str(data), "-U", "newsevents", "--auth=trust", "--encoding=UTF8",
                    "--locale=C.UTF-8"], check=True, capture_output=True)
    options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    subprocess.run([*as_user, pg_ctl, "-D", str(data), "-o", options, "-l", str(home / "log"), "-w", "start"],
                   check=True, capture_output=True)
    try:
        yield f"postgresql://newsevents@127.0.0.1:{port}"
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


def new_postgres_database(server: str) -> str:
    """A fresh, empty database on the server; returns its URL."""
    name = "t_" + uuid.uuid4().hex[:12]
    engine = create_engine(database_url(f"{server}/postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return f"{server}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same tests over a SQLite file and a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return new_postgres_database(request.getfixturevalue("postgres_server"))


@pytest.fixture()
def pg_db(postgres_server: str) -> str:
    return new_postgres_database(postgres_server)


def _extraction(n: int, actor: str = "AGENT_MILITANTS") -> Extraction:
    doc = Document(id=f"doc_{n}", source=f"s{n}.txt", text=f"Militants attacked police in town {n}.")
    ev = Event(id=f"ev_{n}", doc_id=doc.id, event_type="ASSAULT", trigger=TextSpan("attacked", (10, 18)),
               sentence=TextSpan(doc.text, (0, len(doc.text))),
               actors=[ActorRef("Militants", (0, 9), actor, "militants", sector="REB", provisional=True)],
               recipients=[ActorRef("police", (19, 25), "AGENT_POLICE", "police", sector="COP")])
    return Extraction(document=doc, events=[ev])


def test_schema_is_versioned_and_migrations_run_once(db: str) -> None:
    Store(db)
    store = Store(db)
    assert store.version == schema.LATEST
    with store.engine.connect() as conn:
        assert [tuple(r) for r in conn.execute(select(schema.schema_version.c.version))] == [(schema.LATEST,)]


def test_writing_the_same_documents_twice_changes_nothing(db: str) -> None:
    store = Store(db)
    first = store.write_batch([_extraction(2), _extraction(1)])
    again = store.write_batch([_extraction(1), _extraction(2), _extraction(3), _extraction(3)])
    assert first.written == ["doc_2", "doc_1"] and again.written == ["doc_3"]
    assert again.duplicates == ["doc_1", "doc_2", "doc_3"]
    assert store.stats()["events"] == 3 and store.stats()["documents"] == 3
    assert [a["id"] for a in store.provisional_actors()] == ["AGENT_MILITANTS"]


def test_a_failing_batch_leaves_nothing_half_written(db: str) -> None:
    store = Store(db)
    broken = _extraction(2)
    broken = Extraction(document=broken.document, events=[broken.events[0], broken.events[0]])  # duplicate key
    with pytest.raises(Exception):
        store.write_batch([_extraction(1), broken])
    assert store.stats()["documents"] == 0 and store.stats()["events"] == 0 and not store.provisional_actors()


def test_event_filters_and_keyset_pages(db: str) -> None:
    store = Store(db)
    store.write_batch([_extraction(i) for i in (3, 0, 4, 1, 2)] + [_extraction(10), _extraction(9)])
    assert store.count_events(EventFilter(event_type="assault")) == 7
    assert store.count_events(EventFilter(actor="AGENT_POLICE")) == 7
    assert store.count_events(EventFilter(actor="milit")) == 7
    assert store.count_events(EventFilter(text="town 3")) == 1
    page1 = store.events(limit=3)
    page2 = store.events(limit=3, after=("", page1[-1].id))
    assert [e.id for e in page1] == ["ev_0", "ev_1", "ev_10"] and [e.id for e in page2] == ["ev_2", "ev_3", "ev_4"]


def test_concurrent_writers_store_each_document_and_actor_once(db: str) -> None:
    Store(db)
    batches = [[_extraction(i, actor=f"AGENT_NEW_{i % 3}") for i in range(k, k + 12)] for k in (0, 4, 8, 0, 6, 2)]
    barrier = threading.Barrier(len(batches))
    failures: list[BaseException] = []
    written: list[str] = []

    def write(batch: list[Extraction]) -> None:
        store = Store(db)
        barrier.wait()
        try:
            written.extend(store.write_batch(batch).written)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            failures.append(exc)
        store.engine.dispose()

    threads = [threading.Thread(target=write, args=(b,)) for b in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert sorted(written) == sorted(f"doc_{i}" for i in range(20))
    assert (count_rows(db, "documents"), count_rows(db, "events"), count_rows(db, "event_actors"), count_rows(db, "actors")) \
        == (20, 20, 40, 3)


def test_writers_opening_a_fresh_database_together_migrate_it_once(pg_db: str) -> None:
    barrier = threading.Barrier(4)
    versions: list[int] = []

    def open_store() -> None:
        barrier.wait()
        store = Store(pg_db)
        versions.append(store.version)
        store.engine.dispose()

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert versions == [schema.LATEST] * 4 and count_rows(pg_db, "schema_version") == 1


def test_ids_and_dates_sort_bytewise_on_postgresql(pg_db: str) -> None:
    store = Store(pg_db)
    with store.engine.connect() as conn:
        rows = conn.execute(text("select table_name, column_name, collation_name from information_schema.columns "
                                 "where column_name in ('id', 'date', 'doc_id') and table_schema = 'public'"))
        collations = {(r[0], r[1]): r[2] for r in rows}
    assert collations[("documents", "id")] == "C" and collations[("events", "date")] == "C"
    assert set(collations.values()) == {"C"}


@pytest.mark.model
def test_killed_run_on_postgresql_then_rerun_equals_a_clean_sqlite_run(pg_db: str, tmp_path: Path) -> None:
    kill_rerun_compare(tmp_path, pg_db)
