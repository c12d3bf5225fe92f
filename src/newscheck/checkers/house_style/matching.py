"""Whole-word phrase matching for style rules, in the flagged word's own capitalisation."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newscheck.analysis import FieldAnalysis


def compile_phrases(phrases: Sequence[str], *, case_sensitive: bool) -> re.Pattern[str]:
    """One pattern for all ``phrases``: whole words, any white space between words, longest
    first so 'per cent' wins over a shorter overlapping phrase."""
    parts = [
        r"\s+".join(re.escape(word) for word in phrase.split())
        for phrase in sorted(set(phrases), key=len, reverse=True)
    ]
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", flags)


def matches(
    pattern: re.Pattern[str], field: FieldAnalysis, *, in_quotes: bool
) -> Iterator[re.Match[str]]:
    """Matches in the field, skipping direct quotations unless ``in_quotes``: a quote is
    what someone said, and house style does not rewrite it."""
    for match in pattern.finditer(field.text):
        if in_quotes or not field.in_quote(match.start(), match.end()):
            yield match


def in_case_of(found: str, replacement: str) -> str:
    """``replacement`` capitalised like ``found`` ('Towards' -> 'Toward'), unless the
    replacement has its own capitals ('okay' -> 'OK')."""
    if replacement != replacement.lower():
        return replacement
    if found.isupper() and len(found) > 1:
        return replacement.upper()
    if found[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
