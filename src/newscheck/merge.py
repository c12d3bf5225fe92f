"""Merge findings that different checkers raise on the same words.

When two findings cover mostly the same characters (the same misused word flagged by word
misuse and by grammar), one stays: the rule that comes first in the configured priority of
code prefixes (more specific checkers first), then the higher confidence. The others are
recorded on it, so no evidence is lost. A sentence-wide finding does not swallow a word
finding inside it: they merge only when the overlap covers half of each span.
"""

from __future__ import annotations

from collections.abc import Sequence

from newscheck.models import Finding, MergedFinding


def _rank(rule: str, priority: Sequence[str]) -> int:
    best = len(priority)
    best_len = -1
    for i, prefix in enumerate(priority):
        if rule.startswith(prefix) and len(prefix) > best_len:
            best, best_len = i, len(prefix)
    return best


def _same_words(a: Finding, b: Finding) -> bool:
    if a.field != b.field:
        return False
    overlap = min(a.end, b.end) - max(a.start, b.start)
    if overlap <= 0:
        return a.start == a.end == b.start == b.end
    return overlap * 2 >= (a.end - a.start) and overlap * 2 >= (b.end - b.start)


def merge_findings(findings: Sequence[Finding], priority: Sequence[str]) -> list[Finding]:
    """Return findings with cross-checker duplicates folded into the preferred one."""
    ordered = sorted(
        findings, key=lambda f: (_rank(f.rule, priority), -f.confidence, f.start, f.rule)
    )
    kept: list[Finding] = []
    absorbed: dict[int, list[MergedFinding]] = {}
    for finding in ordered:
        for index, winner in enumerate(kept):
            if winner.checker != finding.checker and _same_words(winner, finding):
                absorbed.setdefault(index, []).append(_summary(finding))
                break
        else:
            kept.append(finding)
    merged = [
        k.model_copy(update={"merged": [*k.merged, *absorbed[i]]}) if i in absorbed else k
        for i, k in enumerate(kept)
    ]
    return sorted(merged, key=lambda f: (f.field != "title", f.start, f.end, f.rule))


def _summary(finding: Finding) -> MergedFinding:
    return MergedFinding(
        rule=finding.rule,
        checker=finding.checker,
        start=finding.start,
        end=finding.end,
        message=finding.message,
        confidence=finding.confidence,
    )
