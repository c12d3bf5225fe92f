"""The corpus side of ``newscheck check``: ``--output``, ``--resume`` and ``--scheduler``.

Kept out of ``cli.py`` so the command line only routes to it. Problems with the run itself
(an output that would be overwritten, an unreachable scheduler, a missing extra) print one
line and exit 2, like any other usage error.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import click

from newscheck.config import Settings
from newscheck.corpus.dask_runner import SchedulerError, connect
from newscheck.corpus.optional import MissingExtraError
from newscheck.corpus.resume import ResumeError
from newscheck.corpus.run import CorpusRun, UsageError, run_corpus
from newscheck.corpus.runner import WorkersDiedError
from newscheck.corpus.streams import report_stream
from newscheck.corpus.work import Item
from newscheck.engine import Engine
from newscheck.models import Report

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
_RUN_ERRORS = (UsageError, SchedulerError, MissingExtraError, ResumeError, WorkersDiedError)


def run_to_output(
    paths: tuple[str, ...],
    *,
    settings: Settings,
    engine: Engine,
    output: Path | None,
    resume: bool,
    jobs: int,
    scheduler: str | None,
) -> int:
    """Check ``paths`` into ``output``, print the summary on stderr; the exit code."""
    if output is None:
        _fail("--resume needs --output FILE: the reports to resume from")
    run = CorpusRun(
        paths=paths,
        output=output,
        settings=settings,
        resume=resume,
        jobs=jobs,
        scheduler=scheduler,
        progress=sys.stderr if sys.stderr.isatty() else None,
    )
    try:
        summary = run_corpus(run, engine=engine)
    except _RUN_ERRORS as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        click.echo(
            f"\nnewscheck: interrupted; the reports written are kept in {output}: "
            "run the same command with --resume to carry on",
            err=True,
        )
        return EXIT_INTERRUPTED
    click.echo(f"newscheck: {output}: " + summary.render(), err=True)
    return summary.exit_code()


def parallel_reports(
    items: Iterator[Item], *, engine: Engine, jobs: int, scheduler: str | None
) -> Iterator[Report]:
    """Reports in input order from local workers or, given a scheduler, from Dask."""
    client = None
    try:
        if scheduler:
            client = connect(scheduler)
        yield from report_stream(items, config=engine, jobs=jobs, client=client)
    except _RUN_ERRORS as exc:
        _fail(str(exc))
    finally:
        if client is not None:
            client.close()  # type: ignore[no-untyped-call]


def _fail(message: str) -> NoReturn:
    click.echo(f"newscheck: {message}", err=True)
    sys.exit(EXIT_USAGE)
