"""A dask.distributed cluster stores exactly what one process stores, even when a worker is killed mid-run."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import dask
import distributed
import pytest

from newsevents.config import Settings
from newsevents.library import ingest
from newsevents.models import ErrorRecord, Extraction
from newsevents.parallel.cluster import local_cluster
from newsevents.pipeline import _pipelines
from test_parallel import SETTINGS, corpus, database_rows

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus(tmp_path_factory.mktemp("dask") / "articles")


@pytest.fixture(scope="module")
def reference(articles: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("dask-reference") / "one.db")
    ingest([articles], db, settings=SETTINGS)
    return db


def _has_pipeline(settings: Settings) -> bool:
    return settings in _pipelines


def test_a_worker_killed_mid_run_loses_nothing(articles: Path, reference: str, tmp_path: Path) -> None:
    db = str(tmp_path / "cluster.db")
    with local_cluster(2) as cluster, distributed.Client(cluster) as client:
        # the stack-sampling profiler and trimming the heap at every 64 KB cost a coding worker 10% and 20% of
        # its CPU: the cluster's workers run without them (and keep the BLAS thread limits)
        assert set(client.run(dask.config.get, "distributed.worker.profile.enabled").values()) == {False}
        environ = client.run(lambda: dict(os.environ))
        assert all("MALLOC_TRIM_THRESHOLD_" not in env and env.get("OMP_NUM_THREADS") == "1" for env in environ.values())
        pids: dict[str, int] = client.run(os.getpid)
        assert len(pids) == 2
        victim = sorted(pids.values())[0]
        killed: list[int] = []

        def kill_a_worker(item: Extraction | ErrorRecord) -> None:
            if not killed:  # the first result is back: both workers hold chunks in flight
                killed.append(victim)
                os.kill(victim, signal.SIGKILL)

        summary = ingest([articles], db, settings=SETTINGS, dask=cluster.scheduler_address, on_item=kill_a_worker)
        assert killed and victim not in client.run(os.getpid).values()
        assert summary.documents > 0
        deadline = time.time() + 120  # the nanny's replacement worker loads the pipeline through the plugin
        loaded: dict[str, Any] = {}
        while time.time() < deadline:
            loaded = client.run(_has_pipeline, SETTINGS)
            if len(loaded) == 2 and all(loaded.values()):
                break
            time.sleep(1)
        assert len(loaded) == 2 and all(loaded.values())
    assert database_rows(db) == database_rows(reference)


def test_a_local_cluster_stores_the_same_records_as_one_process(articles: Path, reference: str,
                                                                tmp_path: Path) -> None:
    db = str(tmp_path / "local.db")
    ingest([articles], db, settings=SETTINGS, dask="local", workers=2)
    assert database_rows(db) == database_rows(reference)


def test_the_worker_config_in_the_scaling_guide_is_the_one_local_clusters_use() -> None:
    """docs/SCALING.md gives hand-started workers a dask config file: it must set what `worker_config` sets."""
    import re

    import yaml

    from newsevents.parallel.cluster import worker_config

    guide = (Path(__file__).resolve().parents[1] / "docs" / "SCALING.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(.*?)```", guide, re.S)
    assert block, "no yaml block in docs/SCALING.md"

    def flat(tree: dict[str, Any], prefix: str = "") -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in tree.items():
            if isinstance(value, dict):
                out |= flat(value, f"{prefix}{key}.")
            else:
                out[f"{prefix}{key}"] = value
        return out

    assert flat(yaml.safe_load(block.group(1))) == worker_config()
