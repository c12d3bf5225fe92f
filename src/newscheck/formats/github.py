"""GitHub Actions workflow commands: one ``::warning file=…,line=…::`` line per finding,
so findings show as annotations on the pull request's files without uploading SARIF.

Lines follow `formats.locate`: file lines for ``.txt`` and ``.md`` articles.
"""

from __future__ import annotations

from collections.abc import Sequence

from newscheck.article import Article
from newscheck.formats.locate import FileLocator, artifact_uri
from newscheck.models import Report, Severity

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_github(
    pairs: Sequence[tuple[Article | None, Report]], locator: FileLocator | None = None
) -> str:
    locator = locator or FileLocator()
    lines: list[str] = []
    for article, report in pairs:
        uri = artifact_uri(report.article.path)
        if report.error is not None or not report.complete:
            problem = report.error or "incomplete report: a checker failed: " + ", ".join(
                f"{c.name} ({c.error})" for c in report.checkers if c.status.value == "error"
            )
            where = f" file={_property(uri)}" if uri else ""
            lines.append(f"::error{where}::{_data('newscheck: ' + problem)}")
        for f in report.findings:
            at = locator.locate(report, f, article)
            props = [f"line={at.line}", f"col={at.column}"]
            if at.end_line == at.line:
                props.append(f"endColumn={at.end_column}")
            if uri is not None:
                props.insert(0, f"file={_property(uri)}")
            props.append(f"title={_property(f'{f.rule} {f.name}')}")
            message = f.message
            if f.suggestions:
                message += " Suggestion: " + " / ".join(f.suggestions) + "."
            if not at.exact:
                message += f" (line {f.line} of the {f.field})"
            lines.append(f"::{_COMMANDS[f.severity]} {','.join(props)}::{_data(message)}")
    return "".join(line + "\n" for line in lines)


def _data(text: str) -> str:
    """Escape a command's message: a newline in it must not start a new command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
