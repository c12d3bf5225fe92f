"""Plain text for reviewers in a terminal: findings in article order, then the scores."""

from __future__ import annotations

from collections.abc import Sequence

from newscheck.formats.excerpt import excerpt
from newscheck.models import Report, Status


def render_text(reports: Sequence[Report]) -> str:
    return "\n".join(_one(r) for r in reports)


def _one(report: Report) -> str:
    name = report.article.path or report.article.id or "<text>"
    lines = [f"== {name}" + (f": {report.article.title}" if report.article.title else "")]
    if report.error:
        lines.append(f"   error: {report.error}")
        lines.append(f"   verdict: {report.verdict.value.upper()} (not checked)")
        return "\n".join(lines) + "\n"
    for f in report.findings:
        where = f"{f.field}:{f.line}:{f.column}"
        lines.append(f"{where} {f.rule} {f.severity.value} ({f.confidence:.2f}) {f.name}")
        lines.append(f"    {excerpt(f)}")
        lines.append(f"    {f.message}")
        if f.suggestions:
            lines.append(f"    suggestion: {' / '.join(f.suggestions)}")
    if not report.findings:
        lines.append("no findings")
    lines.append("")
    for c in report.checkers:
        if c.status is Status.OK:
            lines.append(f"  {c.name:<17} {c.score:5.1f}  {c.findings} finding(s)")
        else:
            lines.append(f"  {c.name:<17} {c.status.value.upper():>5}  {c.error}")
    state = "" if report.complete else "  INCOMPLETE: a checker failed"
    lines.append(
        f"score {report.score:.1f}  verdict {report.verdict.value.upper()}  "
        f"({report.article.words} words){state}"
    )
    return "\n".join(lines) + "\n"
