"""The ``newscheck`` command line, for reviewers and pre-publish hooks.

Exit codes: 0 passed, 1 the gate failed (verdict fail or score under --fail-under),
2 usage or input error, 3 a report is incomplete (a checker failed). When several apply,
2 wins over 3 and 3 over 1, so a broken pipeline is never mistaken for bad copy.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import click

from newscheck._version import __version__
from newscheck.article import Article
from newscheck.baseline import BaselineError, BaselineRun
from newscheck.config import ConfigError, Settings, resolve_settings
from newscheck.corpus.inputs import count_inputs, is_corpus, iter_inputs
from newscheck.corpus.progress import track
from newscheck.engine import Engine, error_report
from newscheck.formats.documents import DOCUMENT_FORMATS, render_document
from newscheck.formats.json_format import report_json
from newscheck.formats.markdown import render_markdown
from newscheck.formats.text import render_text
from newscheck.loaders import LoadError
from newscheck.models import Report, Verdict
from newscheck.schema import report_schema
from newscheck.serve.command import serve

EXIT_OK, EXIT_GATE, EXIT_USAGE, EXIT_INCOMPLETE = 0, 1, 2, 3
FORMATS = ("text", "json", "jsonl", "markdown", *DOCUMENT_FORMATS)


def _codes(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [c.strip().upper() for c in value.split(",") if c.strip()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newscheck")
def main() -> None:
    """Check news articles before publication and print a scored report."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--select", help="Rule codes or prefixes to run, comma-separated (e.g. WM,RD001).")
@click.option("--ignore", help="Rule codes or prefixes to leave out, comma-separated.")
@click.option("--fail-under", type=click.FloatRange(0, 100), help="Fail when a score is below N.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--jobs",
    type=click.IntRange(0),
    default=1,
    show_default=True,
    help="Worker processes for corpora; 0 uses every core.",
)
@click.option(
    "--output",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Write reports to FILE (.jsonl, or a .parquet folder) and print a summary.",
)
@click.option("--resume", is_flag=True, help="Skip articles already reported in --output.")
@click.option(
    "--scheduler", metavar="ADDR", help="Run on the Dask scheduler at ADDR (tcp://host:port)."
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Report only findings not in FILE; a missing FILE is written from this run.",
)
@click.option("--update-baseline", is_flag=True, help="Rewrite the --baseline FILE from this run.")
def check(
    paths: tuple[str, ...],
    fmt: str,
    select: str | None,
    ignore: str | None,
    fail_under: float | None,
    config_path: Path | None,
    jobs: int,
    output: Path | None,
    resume: bool,
    scheduler: str | None,
    baseline: Path | None,
    update_baseline: bool,
) -> None:
    """Check articles: .txt, .md, .html, .json; .jsonl(.gz) or .parquet corpora; folders,
    globs; or - for stdin."""
    try:
        near = Path(paths[0]) if paths[0] != "-" else None
        settings = resolve_settings(config_path, near).with_overrides(
            select=_codes(select), ignore=_codes(ignore), fail_under=fail_under
        )
        engine = Engine(settings)
    except ConfigError as exc:
        click.echo(f"newscheck: configuration error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    run = _baseline_run(baseline, update_baseline, output is not None or resume)
    if output is not None or resume:
        from newscheck.corpus.command import run_to_output  # noqa: PLC0415 (corpus runs only)

        scheduler = scheduler or settings.scheduler
        code = run_to_output(
            paths,
            settings=settings,
            engine=engine,
            output=output,
            resume=resume,
            jobs=jobs,
            scheduler=scheduler,
        )
        sys.exit(code)
    outcome = _Outcome(settings)
    out = sys.stdout
    articles: list[Article | None] = []  # in report order, for formats that show the text
    reports = _check_all(
        paths, engine, jobs, settings, keep=articles, scheduler=scheduler, baseline=run
    )
    if fmt in DOCUMENT_FORMATS:
        _write_document(reports, articles, fmt, engine, out, outcome)
    else:
        _write(reports, fmt, out, outcome, several=len(paths) > 1 or _is_corpus(paths[0]))
    note = run.finish() if run is not None else None
    if note:
        click.echo(note, err=True)
    sys.exit(outcome.exit_code())


def _baseline_run(path: Path | None, update: bool, to_output: bool) -> BaselineRun | None:
    """The --baseline run, checked in this process (workers would not share the file)."""
    if path is None:
        if update:
            click.echo("newscheck: --update-baseline needs --baseline FILE", err=True)
            sys.exit(EXIT_USAGE)
        return None
    if to_output:
        click.echo("newscheck: --baseline does not combine with --output/--resume", err=True)
        sys.exit(EXIT_USAGE)
    try:
        return BaselineRun(path, update=update)
    except BaselineError as exc:
        click.echo(f"newscheck: {exc}", err=True)
        sys.exit(EXIT_USAGE)


class _Outcome:
    """Folds each report into the exit code as reports stream out."""

    def __init__(self, settings: Settings) -> None:
        self.fail_under = settings.fail_under
        self.input_error = self.incomplete = self.gate_failed = False

    def add(self, report: Report) -> None:
        if report.error is not None:
            self.input_error = True
            return
        if not report.complete:
            self.incomplete = True
        if report.verdict is Verdict.FAIL or (
            self.fail_under is not None and report.score < self.fail_under
        ):
            self.gate_failed = True

    def exit_code(self) -> int:
        if self.input_error:
            return EXIT_USAGE
        if self.incomplete:
            return EXIT_INCOMPLETE
        return EXIT_GATE if self.gate_failed else EXIT_OK


def _is_corpus(path: str) -> bool:
    return is_corpus(path)  # a corpus file, a folder or a glob


def _inputs(
    paths: tuple[str, ...], max_chars: int, keep: list[Article | None] | None = None
) -> Iterator[Article | LoadError]:
    for path in paths:
        for item in iter_inputs((path,), max_chars=max_chars):
            if keep is not None:
                keep.append(item if isinstance(item, Article) else None)
            yield item


def _check_all(
    paths: tuple[str, ...],
    engine: Engine,
    jobs: int,
    settings: Settings,
    keep: list[Article | None] | None = None,
    scheduler: str | None = None,
    baseline: BaselineRun | None = None,
) -> Iterator[Report]:
    items = _inputs(paths, settings.max_article_chars, keep)
    progress = sys.stderr.isatty() and any(_is_corpus(p) for p in paths)
    reports = _reports(items, engine, jobs, settings, scheduler, baseline)
    if not progress:
        yield from reports
        return
    yield from track(reports, sys.stderr, total=count_inputs(paths), label="checking")


def _reports(
    items: Iterator[Article | LoadError],
    engine: Engine,
    jobs: int,
    settings: Settings,
    scheduler: str | None = None,
    baseline: BaselineRun | None = None,
) -> Iterator[Report]:
    if (jobs == 1 and not scheduler) or baseline is not None:
        for item in items:
            yield _one(engine, item, baseline)
        return
    # Local workers or Dask: in input order, a bounded number of articles in flight.
    from newscheck.corpus.command import parallel_reports  # noqa: PLC0415 (only when asked)

    yield from parallel_reports(items, engine=engine, jobs=jobs, scheduler=scheduler)


def _one(engine: Engine, item: Article | LoadError, baseline: BaselineRun | None = None) -> Report:
    if isinstance(item, LoadError):
        return error_report(None, str(item), path=getattr(item, "path", None))
    try:
        return baseline.check(engine, item) if baseline else engine.check(item)
    except Exception as exc:
        return error_report(item, f"internal error: {type(exc).__name__}: {exc}")


def _write(
    reports: Iterator[Report], fmt: str, out: TextIO, outcome: _Outcome, *, several: bool
) -> None:
    first = True
    if fmt == "json" and several:
        out.write("[\n")
    for report in reports:
        outcome.add(report)
        if fmt == "jsonl":
            out.write(report_json(report) + "\n")
        elif fmt == "json":
            out.write(("" if first else ",\n") + report_json(report, indent=2))
            if not several:
                out.write("\n")
        elif fmt == "markdown":
            out.write(render_markdown([report]) + "\n")
        else:
            out.write(render_text([report]) + "\n")
        out.flush()
        first = False
    if fmt == "json" and several:
        out.write("\n]\n")


def _write_document(
    reports: Iterator[Report],
    articles: list[Article | None],
    fmt: str,
    engine: Engine,
    out: TextIO,
    outcome: _Outcome,
) -> None:
    """HTML, SARIF and GitHub annotations: written once every article is checked."""
    done = list(reports)
    for report in done:
        outcome.add(report)
    out.write(render_document(fmt, list(zip(articles, done, strict=True)), engine.rules))
    out.flush()


@main.command()
def rules() -> None:
    """List every rule: code, name, default severity and summary."""
    engine = _engine_or_exit(Settings())
    for rule in engine.rules:
        state = "" if rule.default_enabled else " (off by default)"
        click.echo(f"{rule.code}  {rule.name:<28} {rule.severity.value:<8} {rule.summary}{state}")


@main.command()
@click.argument("code")
def rule(code: str) -> None:
    """Print one rule's documentation."""
    engine = _engine_or_exit(Settings())
    for candidate in engine.rules:
        if candidate.code == code.upper() or candidate.name == code.lower():
            click.echo(candidate.doc())
            return
    known = ", ".join(r.code for r in engine.rules)
    click.echo(f"newscheck: no rule {code!r}; known rules: {known}", err=True)
    sys.exit(EXIT_USAGE)


@main.command()
def schema() -> None:
    """Print the report's JSON Schema (schema version 1)."""
    click.echo(json.dumps(report_schema(), indent=2))


main.add_command(serve)


def _engine_or_exit(settings: Settings) -> Engine:
    try:
        return Engine(settings)
    except ConfigError as exc:
        click.echo(f"newscheck: configuration error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


__all__ = ["main"]
