"""Where the checker must stay quiet: quotations, names, addresses, code and numbers.

A source's own words are reported, not corrected; a capitalised word mid-sentence is a name
or a title, whose spelling is the owner's; URLs, e-mail addresses and code are not prose.
"""

from __future__ import annotations

import re

from newscheck.analysis import FieldAnalysis
from newscheck.segment import Token

_NOT_PROSE = re.compile(
    r"`[^`\n]+`"  # inline code
    r"|\b(?:https?://|www\.)\S+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|[@#]\w+"  # handles and hashtags
    r"|\b[\w-]+(?:\.[a-z]{2,})+/\S*",  # bare domains with a path: bbc.co.uk/news
    re.IGNORECASE,
)


def not_prose(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses, handles and inline code."""
    return [(m.start(), m.end()) for m in _NOT_PROSE.finditer(text)]


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def is_name_like(token: Token, sentence_initial: bool) -> bool:
    """A capitalised word that does not open its sentence, or any word in capitals."""
    text = token.text
    if len(text) > 1 and text.isupper():
        return True
    return text[:1].isupper() and not sentence_initial


def plain_word(token: Token) -> bool:
    """Letters with at most one inner apostrophe: no digits, hyphens or initialisms."""
    text = token.lower
    core = text.replace("'", "", 1)
    return core.isalpha() and core.isascii() and "'" not in text[:1] + text[-1:]


def quiet_spans(field: FieldAnalysis, check_quotes: bool) -> list[tuple[int, int]]:
    """Everything in ``field`` the checker must leave alone."""
    spans = not_prose(field.text)
    if not check_quotes:
        spans.extend((q.span.start, q.span.end) for q in field.quotes)
    return spans
