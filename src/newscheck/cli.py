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
from newscheck.config import ConfigError, Settings, resolve_settings
from newscheck.engine import Engine, error_report
from newscheck.formats.json_format import report_json
from newscheck.formats.markdown import render_markdown
from newscheck.formats.text import render_text
from newscheck.loaders import LoadError, iter_articles
from newscheck.models import Report, Verdict
from newscheck.schema import report_schema

EXIT_OK, EXIT_GATE, EXIT_USAGE, EXIT_INCOMPLETE = 0, 1, 2, 3
FORMATS = ("text", "json", "jsonl", "markdown")


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
def check(
    paths: tuple[str, ...],
    fmt: str,
    select: str | None,
    ignore: str | None,
    fail_under: float | None,
    config_path: Path | None,
    jobs: int,
) -> None:
    """Check articles: .txt, .md, .html, .json, a .jsonl corpus, or - for stdin."""
    try:
        near = Path(paths[0]) if paths[0] != "-" else None
        settings = resolve_settings(config_path, near).with_overrides(
            select=_codes(select), ignore=_codes(ignore), fail_under=fail_under
        )
        engine = Engine(settings)
    except ConfigError as exc:
        click.echo(f"newscheck: configuration error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    outcome = _Outcome(settings)
    out = sys.stdout
    reports = _check_all(paths, engine, jobs, settings)
    _write(reports, fmt, out, outcome, several=len(paths) > 1 or _is_corpus(paths[0]))
    sys.exit(outcome.exit_code())


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
    return path.endswith((".jsonl", ".jsonl.gz"))


def _inputs(paths: tuple[str, ...], max_chars: int) -> Iterator[Article | LoadError]:
    for path in paths:
        yield from iter_articles(path, max_chars=max_chars)


def _check_all(
    paths: tuple[str, ...], engine: Engine, jobs: int, settings: Settings
) -> Iterator[Report]:
    items = _inputs(paths, settings.max_article_chars)
    progress = sys.stderr.isatty() and any(_is_corpus(p) for p in paths)
    reports = _reports(items, engine, jobs, settings)
    if not progress:
        yield from reports
        return
    with click.progressbar(reports, label="checking", file=sys.stderr) as bar:
        yield from bar


def _reports(
    items: Iterator[Article | LoadError], engine: Engine, jobs: int, settings: Settings
) -> Iterator[Report]:
    if jobs == 1:
        for item in items:
            yield _one(engine, item)
        return
    from newscheck.api import check_many  # noqa: PLC0415 (process pools only when asked)

    pending: list[LoadError | None] = []
    articles: list[Article] = []
    for item in items:
        if isinstance(item, LoadError):
            pending.append(item)
        else:
            pending.append(None)
            articles.append(item)
    checked = check_many(articles, config=settings, jobs=jobs)
    for error in pending:
        yield error_report(None, str(error)) if error is not None else next(checked)


def _one(engine: Engine, item: Article | LoadError) -> Report:
    if isinstance(item, LoadError):
        return error_report(None, str(item), path=getattr(item, "path", None))
    try:
        return engine.check(item)
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


def _engine_or_exit(settings: Settings) -> Engine:
    try:
        return Engine(settings)
    except ConfigError as exc:
        click.echo(f"newscheck: configuration error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


__all__ = ["main"]
