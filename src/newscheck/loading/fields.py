"""Rules every loader applies to the title and body it produces.

Offsets in findings index into ``title`` and ``body``, so a field is always an exact slice
of its source: cut at the edges only (leading blank lines, trailing white space), never
changed inside. Line breaks are kept as they are, ``\\r\\n`` included.
"""

from __future__ import annotations

import re

from newscheck.article import Article
from newscheck.loading.errors import LoadError

_BLANK_LINES = re.compile(r"(?:[ \t\f\v\r]*\n)*")
_SURROGATE = re.compile("[\ud800-\udfff]")


def trim_body(text: str, start: int = 0) -> str:
    """``text[start:]`` from its first non-blank line, without trailing white space."""
    blank = _BLANK_LINES.match(text, start)
    begin = blank.end() if blank else start
    return text[begin:].rstrip()


def is_blank_line(line: str) -> bool:
    """True for a line of white space only (a ``\\r`` left by CRLF included)."""
    return not line.strip()


def finish(article: Article, name: str, max_chars: int, *, line: int | None = None) -> Article:
    """``article`` if it has body text within ``max_chars``; otherwise the `LoadError`."""
    path = article.path
    if not article.body.strip():
        detail = ": it has a title but no body text" if article.title.strip() else ""
        raise LoadError(f"{name} is empty{detail}", path=path, line=line)
    size = len(article.title) + len(article.body)
    if size > max_chars:
        raise LoadError(
            f"{name} is too long: {size:,} characters, over the limit of {max_chars:,} "
            "(setting max_article_chars)",
            path=path,
            line=line,
        )
    for field in ("title", "body"):
        match = _SURROGATE.search(article.field_text(field))
        if match:
            raise LoadError(
                f"{name}: the {field} has an unpaired surrogate "
                f"(\\u{ord(match.group()):04x} at character {match.start()})",
                path=path,
                line=line,
            )
    return article
