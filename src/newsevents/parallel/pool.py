"""Processes on one machine: each worker loads the pipeline once; a dead worker's chunks are coded again."""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from newsevents.config import Settings
from newsevents.parallel.work import Item, Result, chunks, code_chunk, load_pipeline, lost

log = logging.getLogger(__name__)


def run_pool(raws: Iterable[Item], *, settings: Settings, workers: int, skip_db: str | None = None,
             chunk_size: int = 32, retries: int = 3, ahead: int = 2) -> Iterator[Result]:
    """Code chunks on `workers` processes, at most `ahead` chunks per worker in flight; results in input order."""
    context = multiprocessing.get_context("spawn")  # no inherited threads or open database handles

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=load_pipeline,
                                   initargs=(settings,))

    pool = new_pool()

    def submit(chunk: list[Item]) -> Future[list[Result]]:
        try:
            return pool.submit(code_chunk, chunk, settings, skip_db)
        except BrokenProcessPool as exc:  # broke since the last result: settled when this chunk comes up
            failed: Future[list[Result]] = Future()
            failed.set_exception(exc)
            return failed

    pending: deque[tuple[list[Item], Future[list[Result]], int]] = deque()
    source = chunks(raws, chunk_size)
    try:
        while True:
            while len(pending) < workers * ahead and (chunk := next(source, None)) is not None:
                pending.append((chunk, submit(chunk), 0))
            if not pending:
                return
            chunk, future, failures = pending[0]
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                pending.popleft()
                failures += 1
                log.warning("a worker process died (chunk failure %d); restarting the pool, coding %d chunks again",
                            failures, len(pending) + 1)
                again = [] if failures > retries else [(chunk, failures)]
                pending = deque((c, submit(c), f) for c, f in [*again, *((c, f) for c, _, f in pending)])
                if not again:
                    yield from lost(chunk, failures)
                continue
            pending.popleft()
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)

