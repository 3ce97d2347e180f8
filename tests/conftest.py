"""Shared fixtures: paths to ../shared data (required in CI), a fixture KB, the loaded pipeline."""

from __future__ import annotations

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
