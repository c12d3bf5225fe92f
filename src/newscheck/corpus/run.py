"""A corpus run: inputs in, reports streamed to an output file, a summary at the end.

Memory stays flat in the corpus size: inputs stream, a bounded number of articles is in
flight, reports are appended as they come back in input order, and the summary keeps
counts. Only ``--resume`` keeps something per article: the keys already reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newscheck.config import Settings
from newscheck.corpus.inputs import count_inputs, iter_inputs
from newscheck.corpus.outputs import DEFAULT_PART_ROWS, is_empty, open_output, output_kind
from newscheck.corpus.progress import track
from newscheck.corpus.resume import Done
from newscheck.corpus.streams import line_stream
from newscheck.corpus.summary import Summary
from newscheck.corpus.work import Checked
from newscheck.engine import Engine

if TYPE_CHECKING:
    from distributed import Client


class UsageError(ValueError):
    """A corpus run asked for something it cannot do (the CLI's exit code 2)."""


@dataclass(frozen=True)
class CorpusRun:
    """What to check, where to write, and where the work runs."""

    paths: tuple[str, ...]
    output: Path
    settings: Settings = field(default_factory=Settings)
    resume: bool = False
    jobs: int = 1
    """Local worker processes (0: every core); ignored when a Dask scheduler is given."""
    scheduler: str | None = None
    """A Dask scheduler address, ``tcp://host:port``."""
    fsync_interval: float = 1.0
    parquet_part_rows: int = DEFAULT_PART_ROWS
    """Articles per Parquet part file (a Parquet output only)."""
    progress: TextIO | None = None
    """Where to draw a progress line (a terminal), or None."""


def run_corpus(
    run: CorpusRun, *, engine: Engine | None = None, client: Client | None = None
) -> Summary:
    """Check every article of ``run.paths`` into ``run.output``; the summary of the output.

    ``engine`` saves building one when the caller has it; ``client`` runs the work on an
    existing Dask client (left open) instead of ``run.scheduler``.
    """
    _validate(run)
    engine = engine or Engine(run.settings)
    summary = Summary(fail_under=run.settings.fail_under)
    output = open_output(
        run.output,
        checker_names=engine.checker_names,
        fsync_interval=run.fsync_interval,
        part_rows=run.parquet_part_rows,
    )
    try:
        done = Done()
        digests, rule_counts = output.prior()
        for digest in digests:
            done.add(digest.key)
            summary.add(digest, resumed=True)
        summary.rules.update(rule_counts)
        items = done.skip(iter_inputs(run.paths, max_chars=run.settings.max_article_chars))
        own_client = None
        if client is None and run.scheduler:
            from newscheck.corpus.dask_runner import connect  # noqa: PLC0415 (optional Dask)

            client = own_client = connect(run.scheduler)
        try:
            results = line_stream(items, config=engine, jobs=run.jobs, client=client)
            for checked in _shown(results, run, summary.resumed):
                output.write(checked)
                summary.add(checked.digest)
        finally:
            if own_client is not None:
                own_client.close()  # type: ignore[no-untyped-call]
    finally:
        output.close()
    return summary


def _validate(run: CorpusRun) -> None:
    kind = output_kind(run.output)
    if kind is None:
        raise UsageError(
            f"--output {run.output}: name a .jsonl (or .ndjson) file or a .parquet folder"
        )
    if kind == "jsonl" and run.output.is_dir():
        raise UsageError(f"--output {run.output} is a folder; a JSONL output is a file")
    if kind == "parquet" and run.output.exists() and not run.output.is_dir():
        raise UsageError(f"--output {run.output} is a file; a Parquet output is a folder")
    if not run.resume and not is_empty(run.output):
        raise UsageError(
            f"{run.output} already holds reports: add --resume to carry on from them, "
            "or remove it to start again"
        )


def _shown(results: Iterator[Checked], run: CorpusRun, resumed: int) -> Iterator[Checked]:
    if run.progress is None:
        return results
    total = count_inputs(run.paths)
    left = None if total is None else max(0, total - resumed)
    return track(results, run.progress, total=left, label="checking")
