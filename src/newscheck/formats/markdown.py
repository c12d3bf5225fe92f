"""Markdown for pasting into a ticket, a pull request or a CMS note."""

from __future__ import annotations

from collections.abc import Sequence

from newscheck.formats.excerpt import excerpt
from newscheck.models import Report, Status


def render_markdown(reports: Sequence[Report]) -> str:
    return "\n".join(_one(r) for r in reports)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _one(report: Report) -> str:
    title = report.article.title or report.article.path or report.article.id or "Article"
    out = [f"## {_cell(title)}", ""]
    if report.error:
        out += [f"**Not checked:** {_cell(report.error)}", ""]
        return "\n".join(out)
    state = "" if report.complete else " — **incomplete: a checker failed**"
    out += [
        f"**Verdict: {report.verdict.value.upper()}**, score {report.score:.1f}/100, "
        f"{report.article.words} words{state}",
        "",
    ]
    if report.findings:
        out += [
            "| Where | Rule | Severity | Excerpt | Message | Suggestion |",
            "|---|---|---|---|---|---|",
        ]
        for f in report.findings:
            out.append(
                f"| {f.field} {f.line}:{f.column} | {f.rule} {f.name} | {f.severity.value} | "
                f"{_cell(excerpt(f, mark='**'))} | {_cell(f.message)} | "
                f"{_cell(' / '.join(f.suggestions))} |"
            )
        out.append("")
    else:
        out += ["No findings.", ""]
    out += ["| Checker | Status | Score | Findings |", "|---|---|---|---|"]
    for c in report.checkers:
        score = f"{c.score:.1f}" if c.status is Status.OK and c.score is not None else "—"
        note = (
            c.status.value if c.status is Status.OK else f"{c.status.value}: {_cell(c.error or '')}"
        )
        out.append(f"| {c.name} | {note} | {score} | {c.findings} |")
    out.append("")
    return "\n".join(out)
