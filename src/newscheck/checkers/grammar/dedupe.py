"""Remove duplicates between backends: when two flag the same words, keep the more specific.

The engine merges findings of different checkers; two backends inside this checker would
otherwise both be reported. "More specific" is the rule order below (a doubled word says
more than "grammar error"), then the narrower span, then the higher confidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from newscheck.checkers.grammar.issue import Issue

PHRASE_CHARS = 30
"""A span this short that contains another finding's words is about the same problem."""

SPECIFICITY = (
    "GR001",
    "GR002",
    "GR003",
    "GR004",
    "GR011",
    "GR009",
    "GR010",
    "GR006",
    "GR005",
    "GR007",
    "GR008",
)


def _rank(issue: Issue) -> tuple[int, int, float]:
    order = SPECIFICITY.index(issue.code) if issue.code in SPECIFICITY else len(SPECIFICITY)
    return order, issue.end - issue.start, -issue.confidence


def same_words(a: Issue, b: Issue) -> bool:
    """Overlap covering half of each span, or a phrase containing the other's words
    ('a independent' and 'a'); a clause-long match does not swallow a word's."""
    overlap = min(a.end, b.end) - max(a.start, b.start)
    if overlap <= 0:
        return a.start == a.end == b.start == b.end
    short, long = sorted((a.end - a.start, b.end - b.start))
    if overlap == short and long <= PHRASE_CHARS:
        return True
    return overlap * 2 >= short and overlap * 2 >= long


def remove_duplicates(issues: Sequence[Issue]) -> tuple[list[Issue], int]:
    """Issues with cross-backend duplicates removed, and how many were removed."""
    kept: list[Issue] = []
    for issue in sorted(issues, key=_rank):
        if not any(k.backend != issue.backend and same_words(k, issue) for k in kept):
            kept.append(issue)
    kept.sort(key=lambda i: (i.start, i.end, i.code))
    return kept, len(issues) - len(kept)
