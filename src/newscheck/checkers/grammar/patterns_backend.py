"""newscheck's own offline patterns, for slips Harper misses: doubled words, agreement in
reported speech. They run whenever Harper does and need no model or data."""

from __future__ import annotations

from collections.abc import Collection

from newscheck.analysis import FieldAnalysis
from newscheck.checkers.grammar.doubled_words import find_doubled
from newscheck.checkers.grammar.issue import Issue
from newscheck.checkers.grammar.pronoun_agreement import find_agreement


class PatternBackend:
    name = "newscheck"

    def check(self, field: FieldAnalysis, selected: Collection[str]) -> list[Issue]:
        issues: list[Issue] = []
        if "GR001" in selected:
            issues.extend(find_doubled(field.text))
        if "GR003" in selected:
            issues.extend(find_agreement(field.text))
        return issues
