"""The publication gate for CMS scripts: one yes/no with the reasons, same rules as the CLI.

It fails closed: an article that could not be loaded, or whose report is incomplete because
a checker failed, does not pass unless ``allow_incomplete=True``, so a broken model file
never waves copy through unchecked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newscheck.models import Report, Verdict

EXIT_OK, EXIT_GATE, EXIT_USAGE, EXIT_INCOMPLETE = 0, 1, 2, 3


@dataclass(frozen=True)
class GateResult:
    """Whether every report passed; ``reasons`` has one line per failure, naming the article."""

    passed: bool
    reasons: tuple[str, ...]
    failed: tuple[Report, ...]
    exit_code: int
    """The CLI's exit code for the same reports: 0 pass, 1 gate, 2 not loaded, 3 incomplete."""

    def __bool__(self) -> bool:
        return self.passed


def gate(
    report_or_reports: Report | Iterable[Report],
    *,
    fail_under: float | None = None,
    allow_incomplete: bool = False,
) -> GateResult:
    """Pass only when every report's verdict is not ``fail``, its score is at least
    ``fail_under`` (when given) and it is complete (unless ``allow_incomplete``)."""
    if fail_under is not None and not 0 <= fail_under <= 100:
        raise ValueError(f"fail_under must be between 0 and 100, not {fail_under}")
    reports = (
        [report_or_reports] if isinstance(report_or_reports, Report) else list(report_or_reports)
    )
    reasons: list[str] = []
    failed: list[Report] = []
    codes: set[int] = set()
    for report in reports:
        problems = _problems(report, fail_under, allow_incomplete)
        if problems:
            failed.append(report)
            name = _name(report)
            reasons.extend(f"{name}: {p}" for p, _ in problems)
            codes.update(code for _, code in problems)
    exit_code = max(codes, key=_PRECEDENCE.index) if codes else EXIT_OK
    return GateResult(not failed, tuple(reasons), tuple(failed), exit_code)


# Worst last: a pipeline error outranks an incomplete check, which outranks bad copy.
_PRECEDENCE = (EXIT_OK, EXIT_GATE, EXIT_INCOMPLETE, EXIT_USAGE)


def _problems(
    report: Report, fail_under: float | None, allow_incomplete: bool
) -> list[tuple[str, int]]:
    if report.error is not None:
        return [(f"not checked: {report.error}", EXIT_USAGE)]
    problems: list[tuple[str, int]] = []
    if not report.complete and not allow_incomplete:
        failing = ", ".join(c.name for c in report.checkers if c.status.value == "error")
        problems.append((f"incomplete: checker failed ({failing})", EXIT_INCOMPLETE))
    if report.verdict is Verdict.FAIL:
        problems.append((f"verdict fail (score {report.score:.1f})", EXIT_GATE))
    if fail_under is not None and report.score < fail_under:
        problems.append((f"score {report.score:.1f} is under {fail_under:g}", EXIT_GATE))
    return problems


def _name(report: Report) -> str:
    return report.article.path or report.article.id or report.article.title or "<article>"


__all__ = ["GateResult", "gate"]
