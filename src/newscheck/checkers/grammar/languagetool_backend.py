"""The LanguageTool backend: a newsroom's own LanguageTool server through language-tool-python.

Nothing is sent anywhere unless a server is configured; the public API at languagetool.org
needs an explicit opt-in (options.py). The client is built on the first check, never
starts or downloads a local LanguageTool (it is always given ``remote_server``), and keeps
state on classes (the matched text and its emoji positions live on ``Match``), so every call
into it holds one process-wide lock. A server that cannot be reached or answers with an
error raises: the engine then marks the checker "error", never "no findings".
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from typing import Any

from newscheck.analysis import FieldAnalysis
from newscheck.checkers.grammar.dictionary import NewsDictionary
from newscheck.checkers.grammar.issue import Issue
from newscheck.checkers.grammar.mapping import (
    LT_CONFIDENCE,
    LT_DROPPED_CATEGORIES,
    LT_OTHER_CONFIDENCE,
    languagetool_code,
)
from newscheck.checkers.grammar.spelling import spelling_code
from newscheck.checkers.grammar.utf16 import end_after, slice_units

INSTALL_HINT = "pip install 'newscheck[languagetool]'"
_CLIENT_LOCK = threading.Lock()
_SPELLING_CATEGORY = "TYPOS"


class LanguageToolError(RuntimeError):
    """The configured server could not be used; the message names it and the cause."""


class LanguageToolBackend:
    """Checks a field on the configured server and files each match under a GR code."""

    name = "languagetool"

    def __init__(
        self, url: str, variety: str, timeout_s: float, dictionary: NewsDictionary
    ) -> None:
        self.url = url
        self.variety = variety
        self.timeout_s = timeout_s
        self.dictionary = dictionary
        self._client: Any = None
        self.offset_mismatches = 0

    def check(self, field: FieldAnalysis, selected: Collection[str]) -> list[Issue]:
        text = field.text
        with _CLIENT_LOCK:
            client = self._connect()
            try:
                matches = client.check(text)
                raw = [_Raw(m) for m in matches]
            except Exception as exc:  # the client raises LanguageToolError, KeyError, ...
                raise LanguageToolError(f"LanguageTool at {self.url} failed: {exc}") from exc
        issues = []
        mismatched = 0
        for match in raw:
            span = _span(text, match)
            if span is None:
                mismatched += 1
                continue
            issue = self._issue(text, span, match)
            if issue is not None and issue.code in selected:
                issues.append(issue)
        self.offset_mismatches += mismatched
        if raw and mismatched == len(raw):
            raise LanguageToolError(
                f"LanguageTool at {self.url}: no match lines up with the text (UTF-16 offsets?)"
            )
        return issues

    def _issue(self, text: str, span: tuple[int, int], match: _Raw) -> Issue | None:
        if match.code is None:
            return None  # a category newscheck leaves to another checker
        start, end = span
        code = match.code
        if match.category == _SPELLING_CATEGORY or code == "GR009":
            spelled = spelling_code(text, start, end, match.replacements, self.dictionary)
            if spelled is None:
                return None
            code = spelled
        return Issue(
            code=code,
            start=start,
            end=end,
            message=match.message,
            suggestions=match.replacements[:5],
            confidence=LT_CONFIDENCE.get(code, LT_OTHER_CONFIDENCE),
            backend=self.name,
            source_rule=match.rule_id,
        )

    def _connect(self) -> Any:
        if self._client is None:
            try:
                import language_tool_python  # noqa: PLC0415 (an optional extra)
            except ImportError as exc:
                raise LanguageToolError(
                    f"languagetool_url is set but language-tool-python is not installed: "
                    f"{INSTALL_HINT}"
                ) from exc
            client = language_tool_python.LanguageTool.__new__(language_tool_python.LanguageTool)
            # An instance attribute: the library's class-wide 300 s stays as it is for others.
            vars(client)["_TIMEOUT"] = self.timeout_s
            try:
                language_tool_python.LanguageTool.__init__(
                    client, language=self.variety, remote_server=self.url
                )
            except Exception as exc:
                raise LanguageToolError(
                    f"LanguageTool at {self.url} could not be reached: {exc}"
                ) from exc
            client.disabled_categories = set(LT_DROPPED_CATEGORIES)
            self._client = client
        return self._client


class _Raw:
    """The parts of a client ``Match`` newscheck uses, read while the lock is held."""

    __slots__ = (
        "category",
        "code",
        "context",
        "context_offset",
        "length",
        "message",
        "offset",
        "replacements",
        "rule_id",
    )

    def __init__(self, match: Any) -> None:
        self.offset: int = int(match.offset)  # code points: the client converted it
        self.length: int = int(match.error_length)  # still UTF-16 units
        self.rule_id: str = str(match.rule_id)
        self.category: str = str(match.category)
        self.message: str = str(match.message)
        self.replacements: tuple[str, ...] = tuple(str(r) for r in match.replacements)
        self.context: str = str(match.context)
        self.context_offset: int = int(match.offset_in_context)
        issue_type = str(getattr(match, "rule_issue_type", ""))
        self.code = languagetool_code(self.rule_id, self.category, issue_type)


def _span(text: str, match: _Raw) -> tuple[int, int] | None:
    """The match's code-point span, checked against LanguageTool's own context."""
    start = match.offset
    if not 0 <= start <= len(text):
        return None
    end = end_after(text, start, match.length)
    if end is None or not _context_agrees(text, start, end, match):
        return None
    return start, end


def _context_agrees(text: str, start: int, end: int, match: _Raw) -> bool:
    """Does LanguageTool's own context show the same words at the converted span?"""
    shown = slice_units(match.context, match.context_offset, match.length)
    if shown is None:
        return False
    return _spaces(shown) == _spaces(text[start:end])


def _spaces(text: str) -> str:
    return "".join(" " if c.isspace() else c for c in text)
