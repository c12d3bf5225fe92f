"""The offline backend: Harper's Rust engine through harper-py, configured for news copy.

harper-py is an alpha binding kept by one person, so everything Harper-specific lives in
this module (docs/grammar.md records the decision): swapping it for another binding or
engine touches nothing else. Building a linter loads Harper's dictionary (about a second
for the first one in a process, a few ms after), and a linter must not be used by two
threads at once, so each thread gets its own, built on its first check.
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newscheck.analysis import FieldAnalysis
from newscheck.checkers.grammar.dictionary import NewsDictionary
from newscheck.checkers.grammar.issue import Issue
from newscheck.checkers.grammar.mapping import HARPER_SPELLCHECK, harper_config, harper_rule_code
from newscheck.checkers.grammar.spelling import spelling_code

if TYPE_CHECKING:
    import harper

_DIALECTS = {"en-GB": "BRITISH", "en-US": "AMERICAN", "en-AU": "AUSTRALIAN", "en-CA": "CANADIAN"}


class HarperError(RuntimeError):
    """harper-py is missing or broken; the grammar checker reports an error, not silence."""


@dataclass
class _ThreadLinter:
    linter: harper.Linter
    selected: frozenset[str] | None = None


class HarperBackend:
    """Harper with newscheck's rule selection, news dictionary and configured variety."""

    name = "harper"

    def __init__(
        self, variety: str, dictionary: NewsDictionary, overrides: dict[str, bool] | None = None
    ) -> None:
        self.variety = variety
        self.dictionary = dictionary
        self.overrides = dict(overrides or {})
        self._local = threading.local()

    def check(self, field: FieldAnalysis, selected: Collection[str]) -> list[Issue]:
        codes = frozenset(selected)
        linter = self._linter(codes)
        text = field.text
        issues = []
        for rule, lints in linter.organized_lints(text, language="plaintext").items():
            for lint in lints:
                issue = self._issue(text, rule, lint)
                if issue is not None and issue.code in codes:
                    issues.append(issue)
        return issues

    def _issue(self, text: str, rule: str, lint: harper.Lint) -> Issue | None:
        start, end = lint.span.start, lint.span.end
        written = text[start:end]
        suggestions = tuple(_suggestion(written, s) for s in lint.suggestions)
        code, confidence = harper_rule_code(rule, lint.lint_kind)
        if rule == HARPER_SPELLCHECK:
            spelled = spelling_code(text, start, end, suggestions, self.dictionary)
            if spelled is None:
                return None
            code = spelled
        return Issue(
            code=code,
            start=start,
            end=end,
            message=lint.message,
            suggestions=suggestions,
            confidence=confidence,
            backend=self.name,
            source_rule=rule,
        )

    def _linter(self, selected: frozenset[str]) -> harper.Linter:
        state: _ThreadLinter | None = getattr(self._local, "state", None)
        if state is None:
            state = _ThreadLinter(self._build())
            self._local.state = state
        if state.selected != selected:
            rules = list(state.linter.get_default_lint_config())
            state.linter.set_lint_config(harper_config(rules, selected, self.overrides))
            state.selected = selected
        return state.linter

    def _build(self) -> harper.Linter:
        try:
            import harper  # noqa: PLC0415 (a 1 s dictionary load, only on the first check)
        except ImportError as exc:  # a broken wheel: say so rather than report a clean article
            raise HarperError(f"harper-py could not be imported: {exc}") from exc
        dialect = harper.Dialect[_DIALECTS.get(self.variety, "AMERICAN")]
        linter = harper.Linter(dialect)
        linter.import_words(list(self.dictionary.entries))
        return linter


def _suggestion(written: str, suggestion: harper.Suggestion) -> str:
    """A Harper suggestion as the text that replaces the flagged words."""
    replacement = suggestion.replacement_text
    kind = int(suggestion.kind)
    if kind == 2:  # SuggestionKind.INSERT_AFTER
        return written + replacement
    if kind == 1:  # SuggestionKind.REMOVE
        return ""
    shouting = len(written) > 1 and written.isupper()
    if replacement.isupper() and len(replacement) > 1 and not shouting:
        return replacement[0] + replacement[1:].lower()  # Harper's 'AN' for 'A'
    return replacement
