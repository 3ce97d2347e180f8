"""Shared fixtures: paths to ../shared data (required in CI), a fixture KB, the loaded pipeline."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
SEEDS = SHARED / "corpus" / "seeds"
SAMPLES = ROOT / "samples" / "corpus"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; a test that needs it fails (never skips) when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"{path} is missing: tests marked 'shared' need the ../shared data checkout")
    return path


def load_script(relative: str):  # type: ignore[no-untyped-def]
    """Import a project script that is not a package module (eval/*.py, benchmarks/*.py), once."""
    import importlib.util
    import sys

    name = "script_" + relative.replace("/", "_").removesuffix(".py")
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses in a script look their module up
    spec.loader.exec_module(module)
    return module


def jsonl_rows(path: Path) -> list[tuple[int, dict]]:
    """The (line number, row) pairs of a hand-written JSON-lines eval file: no blank line, one object per line."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name} line {n}: blank line"
        row = json.loads(line)  # raises on a line that does not parse
        assert isinstance(row, dict), f"{path.name} line {n}: not a JSON object"
        rows.append((n, row))
    return rows


def crash_article(i: int) -> str:
    """Short distinct articles for the kill-and-rerun tests."""
    return (f"Gunmen attacked a police checkpoint in Grozny on Monday, killing {i + 2} officers, officials said. "
            f"The assault on checkpoint number {i} lasted two hours before troops arrived.\n")


def ingest_cmd(folder: Path, db: str, *extra: str) -> list[str]:
    import sys

    return [sys.executable, "-m", "newsevents.cli", "ingest", str(folder), "--db", db, "--batch-size", "1", "-q",
            *extra]


def count_rows(db: str, table: str) -> int:
    from sqlalchemy import text

    from newsevents.store.database import engine_for

    engine = engine_for(db)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(f"select count(*) from {table}")).scalar_one())
    finally:
        engine.dispose()


def dump_tables(db: str) -> dict[str, list[tuple[object, ...]]]:
    """Every stored row of every table but the schema version, without the columns that hold wall-clock times."""
    from sqlalchemy import select

    from newsevents.store import schema
    from newsevents.store.database import engine_for

    volatile = {"documents": "ingested_at", "errors": "at"}
    engine = engine_for(db)
    try:
        with engine.connect() as conn:
            return {name: sorted(tuple(r) for r in conn.execute(select(*[
                c for c in schema.metadata.tables[name].c if c.name != volatile.get(name)])))
                for name in ("documents", "events", "event_actors", "relations", "places", "times", "incidents",
                             "actors", "errors")}
    finally:
        engine.dispose()


def kill_rerun_compare(tmp_path: Path, db: str) -> None:
    """Ingest 8 articles into db, kill the run part-way, run it twice more; db must equal a clean SQLite run."""
    import signal
    import subprocess
    import time

    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(8):
        (folder / f"{i:02d}.txt").write_text(crash_article(i), encoding="utf-8")
    env = {**os.environ, "NEWSEVENTS_INCIDENTS": "true"}
    clean_db = str(tmp_path / "clean.db")
    subprocess.run(ingest_cmd(folder, clean_db), check=True, env=env, timeout=600)

    proc = subprocess.Popen(ingest_cmd(folder, db), env=env)
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None:
        try:
            if count_rows(db, "documents") >= 2:
                break
        except Exception:  # noqa: BLE001 - the run has not created the database or its tables yet
            pass
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < count_rows(db, "documents") < 8, "the run should have been killed part-way"
    subprocess.run(ingest_cmd(folder, db), check=True, env=env, timeout=600)
    subprocess.run(ingest_cmd(folder, db), check=True, env=env, timeout=600)  # a third run adds nothing
    assert dump_tables(db) == dump_tables(clean_db)


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    folder = shared_path("corpus", "seeds")
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


@pytest.fixture(scope="session")
def pipeline():
    from newsevents.config import Settings
    from newsevents.pipeline import get_pipeline

    return get_pipeline(Settings())


@pytest.fixture(scope="session")
def nlp():
    from newsevents.nlp import load

    return load()


@pytest.fixture()
def tmp_db(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


def pytest_collection_modifyitems(config, items):  # type: ignore[no-untyped-def]
    """On a developer's machine without ../shared or Chromium, those tests are skipped with a reason;
    CI sets NEWSEVENTS_REQUIRE_SHARED=1 and NEWSEVENTS_REQUIRE_BROWSER=1, and there they fail instead."""
    missing = []
    if not SHARED.exists() and not os.environ.get("NEWSEVENTS_REQUIRE_SHARED"):
        missing.append(("shared", f"{SHARED} missing (CI requires it)"))
    if not Path("/usr/bin/chromium").exists() and not os.environ.get("NEWSEVENTS_REQUIRE_BROWSER"):
        missing.append(("browser", "/usr/bin/chromium missing: apt-get install chromium (CI requires it)"))
    for keyword, reason in missing:
        for item in items:
            if keyword in item.keywords:
                item.add_marker(pytest.mark.skip(reason=reason))
