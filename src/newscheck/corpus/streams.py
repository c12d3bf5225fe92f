"""Reports for a stream of inputs, in input order, from wherever the work runs: this
process, a pool of local worker processes, or a Dask cluster.

`report_stream` gives `Report` objects (the API's ``check_many``, the CLI's printed
formats); `line_stream` gives reports already serialised by the workers, for writing an
output file without decoding and re-encoding each report in the writing process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from newscheck.config import Settings
from newscheck.corpus import work
from newscheck.corpus.runner import default_jobs, ordered_map
from newscheck.corpus.work import Checked, Item
from newscheck.engine import Engine
from newscheck.models import Report

if TYPE_CHECKING:
    from distributed import Client

R = TypeVar("R")

LOCAL_BATCH = 2
"""Articles per task in a local pool: enough to halve the per-task cost of short
articles, few enough that one slow article holds up little behind it."""


@dataclass(frozen=True)
class _WithSettings(Generic[R]):
    """A batch task with its settings bound: picklable, unlike a lambda."""

    task: Callable[[list[Item], str], list[R]]
    settings_json: str

    def __call__(self, batch: list[Item]) -> list[R]:
        return self.task(batch, self.settings_json)


def report_stream(
    items: Iterable[Item],
    *,
    config: Engine | Settings,
    jobs: int = 1,
    client: Client | None = None,
) -> Iterator[Report]:
    """Reports for ``items``; ``config`` is only built into an engine here when the work
    runs in this process (workers build their own from its settings)."""
    return _stream(
        items,
        config=config,
        jobs=jobs,
        client=client,
        task=work.check_reports,
        here=work.check_item,
        crashed=work.crashed_report,
    )


def line_stream(
    items: Iterable[Item],
    *,
    config: Engine | Settings,
    jobs: int = 1,
    client: Client | None = None,
) -> Iterator[Checked]:
    return _stream(
        items,
        config=config,
        jobs=jobs,
        client=client,
        task=work.check_lines,
        here=lambda engine, item: work.checked(work.check_item(engine, item)),
        crashed=work.crashed_line,
    )


def _stream(
    items: Iterable[Item],
    *,
    config: Engine | Settings,
    jobs: int,
    client: Client | None,
    task: Callable[[list[Item], str], list[R]],
    here: Callable[[Engine, Item], R],
    crashed: Callable[[Item, str], R],
) -> Iterator[R]:
    settings = config.settings if isinstance(config, Engine) else config
    settings_json = settings.model_dump_json(by_alias=True)
    if client is not None:
        from newscheck.corpus.dask_runner import dask_map  # noqa: PLC0415 (optional Dask)

        yield from dask_map(
            task, items, client=client, settings_json=settings_json, crashed=crashed
        )
        return
    jobs = default_jobs(jobs)
    if jobs == 1:
        engine = config if isinstance(config, Engine) else Engine(config)
        for item in items:
            yield here(engine, item)
        return
    yield from ordered_map(
        _WithSettings(task, settings_json),
        items,
        jobs=jobs,
        initializer=work.start,
        initargs=(settings_json,),
        crashed=crashed,
        batch=LOCAL_BATCH,
    )
