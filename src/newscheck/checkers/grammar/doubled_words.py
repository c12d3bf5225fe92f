"""Doubled words ('the the', 'criminal criminal'), found by newscheck itself.

Harper's repetition rules cover only some words ('the the', 'to to', 'might might') and
miss most doubles an edit leaves behind; a repeat of the same word across a space is a
pattern that needs no model. The guards then spare what English allows ('had had') and
doubled names ('Duran Duran').
"""

from __future__ import annotations

import re

from newscheck.checkers.grammar.issue import Issue

CODE = "GR001"
CONFIDENCE = 0.95
_DOUBLE = re.compile(r"(?<![\w'\u2019-])([A-Za-z]+)[ \t\u00a0]+(\1)(?![\w'\u2019])", re.IGNORECASE)
# Reduplications that are words in their own right or deliberate emphasis.
_ALLOWED = frozenset(
    (
        "bye blah boo bang cha chop ha hip hush knock mahi no pom really so tom tut very yada yes"
    ).split()
)


def find_doubled(text: str) -> list[Issue]:
    issues = []
    for match in _DOUBLE.finditer(text):
        word = match.group(1)
        if word.lower() in _ALLOWED:
            continue
        issues.append(
            Issue(
                code=CODE,
                start=match.start(),
                end=match.end(),
                message=f"'{word}' is doubled.",
                suggestions=(word,),
                confidence=CONFIDENCE,
                backend="newscheck",
                source_rule="doubled-word",
            )
        )
    return issues
