"""Drop the findings editors marked as intended, before merging and scoring.

Two sources: inline directives (`newscheck.directives`) and per-rule exceptions in the
configuration (``[tool.newscheck.exceptions] WM001 = ["affect"]``). What is dropped is
counted per rule in the report, so a suppression is visible, never silent. A directive that
dropped nothing is reported as NC002 (``checkers/suppression.py`` raises the candidates; this
module keeps only those that are truly unused).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from newscheck.directives import Suppression
from newscheck.models import Finding

UNUSED_CODE = "NC002"


def normalise(phrase: str) -> str:
    """Case-folded, white space collapsed: how exceptions are compared with flagged text."""
    return re.sub(r"\s+", " ", phrase).strip().casefold()


@dataclass
class Sieved:
    kept: list[Finding]
    suppressed: Counter[str] = field(default_factory=Counter)
    used: set[int] = field(default_factory=set)
    """Indexes of the directives that suppressed at least one finding."""


def sieve(
    findings: Iterable[Finding],
    suppressions: Sequence[Suppression],
    exceptions: Mapping[str, Collection[str]],
) -> Sieved:
    """Split findings into those kept and those suppressed (counted by rule)."""
    wanted = {code: {normalise(p) for p in phrases} for code, phrases in exceptions.items()}
    result = Sieved(kept=[])
    for finding in findings:
        if finding.rule == UNUSED_CODE:
            result.kept.append(finding)
            continue
        hits = [
            i
            for i, s in enumerate(suppressions)
            if s.covers(finding.rule) and s.governs(finding.field, finding.start)
        ]
        excepted = any(
            finding.rule.startswith(code) and normalise(finding.text) in phrases
            for code, phrases in wanted.items()
        )
        if hits or excepted:
            result.suppressed[finding.rule] += 1
            result.used.update(hits)
        else:
            result.kept.append(finding)
    return result


def drop_used(
    findings: Iterable[Finding],
    suppressions: Sequence[Suppression],
    used: Collection[int],
    *,
    known: Collection[str],
    checked: Collection[str],
    all_ran: bool,
) -> list[Finding]:
    """The findings without NC002 reports on directives that did suppress something, or
    whose rules did not run this time (deselected, skipped or failed), so there is no telling
    whether they would have: "unused" must mean unused, not "not looked at"."""
    unused = {
        (s.field, s.anchor_start, s.anchor_end)
        for i, s in enumerate(suppressions)
        if i not in used and _judged(s, known, checked, all_ran=all_ran)
    }
    return [f for f in findings if f.rule != UNUSED_CODE or (f.field, f.start, f.end) in unused]


def _judged(
    s: Suppression, known: Collection[str], checked: Collection[str], *, all_ran: bool
) -> bool:
    if not s.codes:
        return all_ran
    for code in s.codes:
        is_known = any(rule.startswith(code) for rule in known)
        if is_known and not any(rule.startswith(code) for rule in checked):
            return False
    return True
