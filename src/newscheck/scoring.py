"""Scores: per checker from its findings, overall from the checkers, verdict from thresholds.

Documented with worked examples in docs/scoring.md. The key property is density: penalties
are summed per 1,000 words, so an article pasted twice scores as itself, and a short article
is measured against at least ``MIN_WORDS`` so one bad sentence still counts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from newscheck.models import CheckerResult, Finding, Severity, Status, Verdict

SEVERITY_WEIGHT = {Severity.INFO: 1.0, Severity.WARNING: 4.0, Severity.ERROR: 10.0}
MIN_WORDS = 150
"""Short pieces are scored as if this long: a 30-word brief with one error is not a zero."""
DECAY = 50.0
"""Penalty per 1,000 words at which a checker scores 100/e (about 37)."""


def penalty(findings: Iterable[Finding]) -> float:
    return sum(SEVERITY_WEIGHT[f.severity] * f.confidence for f in findings)


def checker_score(findings: Iterable[Finding], words: int) -> float:
    """100 for no findings, falling exponentially with severity-weighted density."""
    density = penalty(findings) * 1000.0 / max(words, MIN_WORDS)
    return round(100.0 * math.exp(-density / DECAY), 1)


def overall_score(results: Iterable[CheckerResult], weights: dict[str, float]) -> float:
    """Weighted mean of the checkers that ran; errored and skipped ones are not counted."""
    total = 0.0
    weight_sum = 0.0
    for result in results:
        if result.status is not Status.OK or result.score is None:
            continue
        weight = weights.get(result.name, 1.0)
        total += weight * result.score
        weight_sum += weight
    if weight_sum == 0:
        return 100.0
    return round(total / weight_sum, 1)


def verdict(
    score: float,
    *,
    pass_at: float,
    warn_at: float,
    complete: bool,
    has_error_finding: bool,
    error_findings_verdict: Verdict,
) -> Verdict:
    """The worst of: the threshold verdict; ``warn`` when incomplete (the gate fails closed
    separately, by exit code); ``error_findings_verdict`` when an error finding exists."""
    if score >= pass_at:
        result = Verdict.PASS
    elif score >= warn_at:
        result = Verdict.WARN
    else:
        result = Verdict.FAIL
    if not complete:
        result = _worst(result, Verdict.WARN)
    if has_error_finding:
        result = _worst(result, error_findings_verdict)
    return result


_ORDER = {Verdict.PASS: 0, Verdict.WARN: 1, Verdict.FAIL: 2}


def _worst(a: Verdict, b: Verdict) -> Verdict:
    return a if _ORDER[a] >= _ORDER[b] else b
