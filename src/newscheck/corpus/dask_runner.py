"""Corpus runs on a Dask cluster (``dask.distributed``): the same ordered, bounded map as
the local pool, with Dask's scheduler placing the work.

The client reads the corpus and ships batches of articles; each worker process builds its
engine once (`newscheck.corpus.work`) and keeps it for every later batch. Dask retries a
batch whose worker died on another worker; a batch that keeps killing workers ends in
``KilledWorker``, and its articles are then retried one by one, so only the article at
fault becomes an error report. Any other failure (the scheduler gone, say) stops the run:
reports already written stay, and ``--resume`` carries on.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from newscheck._version import __version__
from newscheck.corpus.optional import needs_extra
from newscheck.corpus.runner import batched
from newscheck.corpus.work import Item

if TYPE_CHECKING:
    from distributed import Client, Future

R = TypeVar("R")
_log = logging.getLogger(__name__)

DEFAULT_BATCH = 8
"""Articles per Dask task: a task of a few hundred milliseconds keeps the scheduler's
per-task cost (about a millisecond) out of the throughput."""


class SchedulerError(RuntimeError):
    """The Dask scheduler cannot be reached, or its workers cannot run newscheck."""


def connect(address: str, *, timeout: float = 30.0) -> Client:
    """A client of the scheduler at ``address`` (``tcp://host:port``), checked to have
    workers that run this version of newscheck."""
    with needs_extra("--scheduler (Dask)"):
        from distributed import Client  # noqa: PLC0415 (optional dependency)
    try:
        client = Client(address, timeout=timeout, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        check_workers(client)
    except BaseException:
        client.close()  # type: ignore[no-untyped-call]
        raise
    return client


def _worker_version() -> str:
    return __version__


def check_workers(client: Client) -> None:
    """Refuse workers without newscheck or with another version: their reports would
    differ from what this version writes, silently."""
    try:
        versions: dict[str, str] = client.run(_worker_version)
    except Exception as exc:
        raise SchedulerError(
            f"the Dask workers cannot run newscheck (install newscheck {__version__} on "
            f"every worker): {type(exc).__name__}: {exc}"
        ) from None
    wrong = sorted(f"{worker} has {v}" for worker, v in versions.items() if v != __version__)
    if wrong:
        raise SchedulerError(
            f"the Dask workers run another newscheck version than this {__version__}: "
            + ", ".join(wrong)
        )


def dask_map(
    task: Callable[[list[Item], str], list[R]],
    items: Iterable[Item],
    *,
    client: Client,
    settings_json: str,
    crashed: Callable[[Item, str], R],
    batch: int = DEFAULT_BATCH,
    window: int | None = None,
) -> Iterator[R]:
    """``task(batch, settings_json)`` on the cluster for each batch; results in input order.

    At most ``window`` batches are in flight (default three per worker thread).
    """
    with needs_extra("--scheduler (Dask)"):
        from distributed import KilledWorker  # noqa: PLC0415 (optional dependency)
    threads = sum(client.nthreads().values())  # type: ignore[no-untyped-call]
    limit = window or max(2, 3 * threads)
    batches = batched(items, batch)
    pending: deque[tuple[list[Item], Future[Any]]] = deque()

    def submit(articles: list[Item]) -> Future[Any]:
        return client.submit(task, articles, settings_json, pure=False)

    try:
        while True:
            while len(pending) < limit and (next_batch := next(batches, None)) is not None:
                pending.append((next_batch, submit(next_batch)))
            if not pending:
                return
            current, future = pending.popleft()
            try:
                results: list[R] = future.result()
            except KilledWorker as exc:
                _log.warning(
                    "newscheck: a batch of %d articles kept killing Dask workers (%s); "
                    "retrying them one by one",
                    len(current),
                    exc,
                )
                yield from _one_by_one(current, submit, crashed, KilledWorker)
                continue
            yield from results
    finally:
        for _, future in pending:
            future.cancel()  # type: ignore[no-untyped-call]


def _one_by_one(
    articles: list[Item],
    submit: Callable[[list[Item]], Future[Any]],
    crashed: Callable[[Item, str], R],
    killed: type[Exception],
) -> Iterator[R]:
    for article in articles:
        try:
            (result,) = submit([article]).result()
        except killed as exc:
            yield crashed(article, f"Dask KilledWorker: {exc}")
            continue
        yield result
