"""Coding on several processes stores exactly what one process stores, even when a worker dies."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from newsevents.config import Settings
from newsevents.library import ingest
from newsevents.models import Document, ErrorRecord, Extraction
from newsevents.parallel.ordered import settle_duplicates
from newsevents.parallel.work import chunks, lost
from newsevents.ingest.readers import RawDocument
from newsevents.store import schema
from newsevents.store.database import engine_for

ROOT = Path(__file__).resolve().parent.parent
VOLATILE = {"documents": "ingested_at", "errors": "at"}  # timestamps differ between runs by design
TABLES = ("documents", "events", "event_actors", "relations", "places", "times", "incidents", "actors", "errors")


def database_rows(db: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (timestamps left out), sorted, for comparing two databases."""
    engine = engine_for(db)
    out = {}
    with engine.connect() as conn:
        for name in TABLES:
            table = schema.metadata.tables[name]
            cols = [c for c in table.c if c.name != VOLATILE.get(name)]
            out[name] = sorted(tuple(r) for r in conn.execute(select(*cols)))
    engine.dispose()
    return out


def corpus(folder: Path) -> Path:
    """The bundled samples, one article copied again (a duplicate across chunks) and one empty file."""
    folder.mkdir()
    for path in sorted((ROOT / "samples" / "corpus").iterdir()):
        if path.suffix in {".txt", ".html"}:
            shutil.copy(path, folder / path.name)
    first = sorted(folder.glob("*.txt"))[0]
    shutil.copy(first, folder / "zz_copy_of_first.txt")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    return folder


SETTINGS = Settings(batch_size=3)  # small batches: many chunks, several in flight


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus(tmp_path_factory.mktemp("parallel") / "articles")


@pytest.fixture(scope="module")
def reference(articles: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Any]:
    db = str(tmp_path_factory.mktemp("reference") / "one.db")
    return db, ingest([articles], db, settings=SETTINGS)


def _doc(doc_id: str, source: str) -> Extraction:
    return Extraction(document=Document(id=doc_id, source=source, text="Militants attacked a checkpoint."))


def test_documents_repeated_across_chunks_become_duplicate_records() -> None:
    stream = [_doc("doc_a", "a.txt"), _doc("doc_b", "b.txt"), _doc("doc_a", "c.txt"), _doc("doc_s", "s.txt")]
    out = list(settle_duplicates(stream, skip={"doc_s"}))
    assert [type(x).__name__ for x in out] == ["Extraction", "Extraction", "ErrorRecord", "ErrorRecord"]
    assert isinstance(out[2], ErrorRecord) and out[2].source == "c.txt" and out[2].reason == "duplicate"
    assert "doc_a" in out[2].error and "doc_s" in out[3].error


def test_chunks_are_consecutive_and_a_lost_chunk_becomes_error_records() -> None:
    items = [RawDocument(source=f"{i}.txt", text="x", format="text") for i in range(7)]
    parts = list(chunks(iter(items), 3))
    assert [len(p) for p in parts] == [3, 3, 1] and [x for p in parts for x in p] == items
    errors = lost(parts[0], 4)
    assert [e.source for e in errors] == ["0.txt", "1.txt", "2.txt"] and all(e.reason == "failed" for e in errors)


@pytest.mark.model
def test_two_workers_store_the_same_records_as_one(articles: Path, reference: tuple[str, Any],
                                                   tmp_path: Path) -> None:
    one_db, one = reference
    two_db = str(tmp_path / "two.db")
    two = ingest([articles], two_db, settings=SETTINGS, workers=2)
    assert (two.documents, two.events, two.relations, two.errors) == (one.documents, one.events, one.relations,
                                                                      one.errors)
    assert one.duplicates == 1 and one.events > 0
    assert database_rows(two_db) == database_rows(one_db)


@pytest.mark.model
def test_a_worker_killed_mid_run_loses_nothing(articles: Path, reference: tuple[str, Any], tmp_path: Path) -> None:
    db = str(tmp_path / "killed.db")
    killed: list[int] = []

    def kill_one_worker(item: Extraction | ErrorRecord) -> None:
        children = [p for p in multiprocessing.active_children() if p.pid]
        if not killed and children:
            killed.append(children[0].pid)  # type: ignore[arg-type]
            os.kill(children[0].pid, signal.SIGKILL)  # type: ignore[arg-type]

    ingest([articles], db, settings=SETTINGS, workers=2, on_item=kill_one_worker)
    assert killed, "a worker process should have been killed during the run"
    assert database_rows(db) == database_rows(reference[0])


@pytest.mark.model
def test_a_parallel_rerun_adds_nothing(articles: Path, reference: tuple[str, Any], tmp_path: Path) -> None:
    db = str(tmp_path / "rerun.db")
    with sqlite3.connect(reference[0]) as src, sqlite3.connect(db) as dst:
        src.backup(dst)  # a consistent copy, WAL included
    before = database_rows(db)
    again = ingest([articles], db, settings=SETTINGS, workers=2)
    assert again.documents == 0 and again.duplicates == reference[1].documents + 1
    assert database_rows(db) == before
