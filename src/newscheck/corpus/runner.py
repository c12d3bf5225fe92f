"""An ordered, bounded parallel map over worker processes that survives a dying worker.

``Executor.map`` submits the whole input at once, so a corpus of a million articles sits in
memory before the first report comes back. Here at most ``window`` batches are in flight;
results come back in input order.

When a worker dies (killed, out of memory, a crash in native code) the pool breaks and every
batch in flight fails with it. Those articles are not lost: the pool is rebuilt and each is
retried on its own, so only an article that kills its worker again is given up, as an error
report. If workers keep dying whatever they check, the run stops with `WorkersDiedError`.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

_MAX_CONSECUTIVE_CRASHES = 3
_log = logging.getLogger(__name__)


class WorkersDiedError(RuntimeError):
    """Worker processes die whatever they check: something is wrong outside the articles."""


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def default_jobs(jobs: int) -> int:
    """``0`` means every core."""
    return jobs or os.cpu_count() or 1


class _Pool:
    """A process pool that can be rebuilt after it breaks."""

    def __init__(
        self, jobs: int, initializer: Callable[..., object], initargs: tuple[object, ...]
    ) -> None:
        self._args = (jobs, initializer, initargs)
        self._pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        jobs, initializer, initargs = self._args
        # spawn: a clean interpreter per worker on every platform, so memory per worker is
        # the worker's own and no lock held by another thread is inherited mid-operation.
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(
            jobs, mp_context=context, initializer=initializer, initargs=initargs
        )

    def submit(self, fn: Callable[[list[T]], list[R]], batch: list[T]) -> Future[list[R]]:
        try:
            return self._pool.submit(fn, batch)
        except BrokenProcessPool as exc:
            failed: Future[list[R]] = Future()
            failed.set_exception(exc)
            return failed

    def rebuild(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._new()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def ordered_map(
    task: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    jobs: int,
    initializer: Callable[..., object],
    initargs: tuple[object, ...],
    crashed: Callable[[T, str], R],
    batch: int = 1,
    window: int | None = None,
) -> Iterator[R]:
    """``task`` over batches of ``items`` in ``jobs`` processes; results in input order.

    ``crashed(item, detail)`` stands in for the result of an item whose worker died twice.
    At most ``window`` batches (default four per worker) are submitted and not yet yielded.
    """
    limit = window or 4 * jobs
    batches = batched(items, batch)
    pool = _Pool(jobs, initializer, initargs)
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    try:
        while True:
            while len(pending) < limit and (next_batch := next(batches, None)) is not None:
                pending.append((next_batch, pool.submit(task, next_batch)))
            if not pending:
                return
            current, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool as exc:
                suspects = [item for b in (current, *(b for b, _ in pending)) for item in b]
                pending.clear()
                _log.warning(
                    "newscheck: a worker process died (%s); retrying the %d articles "
                    "in flight one by one",
                    exc,
                    len(suspects),
                )
                pool.rebuild()
                yield from _one_by_one(pool, task, suspects, crashed)
                continue
            except Exception:  # e.g. a result that cannot be pickled: find the article
                yield from _one_by_one(pool, task, current, crashed)
                continue
            yield from results
    finally:
        pool.close()


def _one_by_one(
    pool: _Pool,
    task: Callable[[list[T]], list[R]],
    items: list[T],
    crashed: Callable[[T, str], R],
) -> Iterator[R]:
    """Retry the articles that were in flight when a worker died, each alone.

    Articles whose worker died are held back until one succeeds: if workers die on every
    article, the run stops without blaming the articles for it.
    """
    given_up: list[R] = []
    for item in items:
        try:
            (result,) = pool.submit(task, [item]).result()
        except BrokenProcessPool as exc:
            given_up.append(crashed(item, str(exc) or "process pool broken"))
            if len(given_up) >= _MAX_CONSECUTIVE_CRASHES:
                raise WorkersDiedError(
                    f"worker processes died on {len(given_up)} articles in a row ({exc}); "
                    "reports written so far are kept: fix the cause and --resume"
                ) from exc
            pool.rebuild()
            continue
        except Exception as exc:
            result = crashed(item, f"{type(exc).__name__}: {exc}")
        yield from given_up
        given_up.clear()
        yield result
    yield from given_up
