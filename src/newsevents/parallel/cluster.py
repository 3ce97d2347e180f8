"""dask.distributed: a worker plugin loads the pipeline once per worker; chunks come back in input order.

Workers code, the client writes: results return to the process that called `ingest`, which writes them
in per-batch transactions and keeps incidents in step, exactly as one process does. A worker that dies
takes nothing with it: the scheduler codes its chunks again elsewhere, and nothing was written by it.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from uuid import uuid4

import dask
from distributed import Client, Future, LocalCluster
from distributed.client import FutureCancelledError
from distributed.diagnostics.plugin import WorkerPlugin
from distributed.scheduler import KilledWorker

from newsevents.config import Settings
from newsevents.parallel.work import Item, Result, chunks, code_chunk, load_pipeline, lost

log = logging.getLogger(__name__)
PLUGIN_NAME = "newsevents-pipeline"


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline when a worker starts (and when a dead worker is replaced), not per task."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def, override]
        load_pipeline(self.settings)


def worker_config() -> dict[str, object]:
    """The dask settings coding workers run with (measured on 1,500 synthetic articles, 2 workers, 2 cores).

    - dask samples each worker thread's stack every 10 ms for its dashboard profiler; on spaCy's deep call
      stacks that cost 10-12% of a worker's CPU;
    - a nanny starts its worker with MALLOC_TRIM_THRESHOLD_=65536, so glibc hands freed memory back to the
      kernel at every 64 KB and faults it in again for the next document: 7 CPU-s of 37 per worker went to
      the kernel (4.7M page faults; 0.19M without it) and the cluster coded 36.3 docs/s instead of 46.1.
      Workers run with glibc's default, as local worker processes do;
    - the scheduler, nannies and workers wake every 20 ms to check their event loop, every 0.5 s to sample
      system metrics for the dashboard and every 0.1 s to check memory: at 1 s / 5 s / 1 s the client process
      (which hosts a LocalCluster's scheduler and nannies) used 7% less CPU and the cluster coded 1.5% more
      documents per second (3,000 articles, two runs each way).

    A cluster started by hand takes the same through its dask config file (docs/SCALING.md).
    """
    return {"distributed.worker.profile.enabled": False,
            "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,  # None: the nanny leaves it unset
            "distributed.admin.tick.interval": "1s", "distributed.admin.system-monitor.interval": "5s",
            "distributed.worker.memory.monitor-interval": "1s"}


def local_cluster(workers: int) -> LocalCluster:
    """A LocalCluster of `workers` one-thread worker processes (else one per core) set up for coding."""
    with dask.config.set(worker_config()):  # nannies hand the config current at their creation to their workers
        return LocalCluster(n_workers=workers if workers > 1 else os.cpu_count() or 1, threads_per_worker=1,
                            processes=True, dashboard_address=None)


@contextmanager
def connect(address: str, *, workers: int = 2) -> Iterator[Client]:
    """A client for `tcp://host:port`, or for a LocalCluster of `workers` (else one per core) processes."""
    if address == "local":
        with local_cluster(workers) as cluster, Client(cluster) as client:
            yield client
    else:
        with Client(address) as client:
            yield client


def run_dask(raws: Iterable[Item], *, settings: Settings, address: str, workers: int = 2,
             skip_db: str | None = None, chunk_size: int = 32, retries: int = 3,
             ahead: int = 2) -> Iterator[Result]:
    """Code chunks on the cluster at `address`, at most `ahead` per worker thread in flight; input order out."""
    with connect(address, workers=workers) as client:
        client.register_plugin(PipelinePlugin(settings), name=PLUGIN_NAME)
        yield from _ordered(client, raws, settings, skip_db, chunk_size, retries, ahead)


def _ordered(client: Client, raws: Iterable[Item], settings: Settings, skip_db: str | None, chunk_size: int,
             retries: int, ahead: int) -> Iterator[Result]:
    run = uuid4().hex[:8]
    pending: deque[tuple[int, list[Item], Future, int]] = deque()
    source = enumerate(chunks(raws, chunk_size))

    def submit(number: int, chunk: list[Item], attempt: int) -> Future:
        return client.submit(code_chunk, chunk, settings, skip_db, key=f"newsevents-{run}-{number}-{attempt}",
                             retries=retries, pure=False)

    while True:
        slots = max(1, sum(client.nthreads().values())) * ahead
        while len(pending) < slots and (nxt := next(source, None)) is not None:
            number, chunk = nxt
            pending.append((number, chunk, submit(number, chunk, 0), 0))
        if not pending:
            return
        number, chunk, future, failures = pending.popleft()
        try:
            results = future.result()
        except (KilledWorker, FutureCancelledError) as exc:  # the chunk took down workers `allowed-failures` times
            failures += 1
            log.warning("chunk %d lost its worker (%s, failure %d)", number, type(exc).__name__, failures)
            if failures > retries:
                yield from lost(chunk, failures)
            else:
                pending.appendleft((number, chunk, submit(number, chunk, failures), failures))
            continue
        finally:
            future.release()
        yield from results
