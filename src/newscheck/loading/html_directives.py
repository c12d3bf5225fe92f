"""Suppression directives in HTML, read from the raw page because extraction drops comments.

Each ``<!-- newscheck: ignore CODES -->`` is tied to the paragraph of the extracted body whose
opening words match the text that follows the comment in the markup. Limits: a directive
whose paragraph was not extracted (navigation, a caption) or whose text is changed by
extraction is dropped; directives are matched in page order, each to a later paragraph.
"""

from __future__ import annotations

import html
import re

from newscheck.directives import Suppression, parse_codes
from newscheck.segment import split_paragraphs

_COMMENT = re.compile(r"<!--[ \t]*newscheck:[ \t]*ignore\b(?P<codes>[^>]*?)[ \t]*-->", re.I)
_ANY_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\w+")
_OPENING_WORDS = 8
_LOOKAHEAD = 4000


def html_suppressions(markup: str, body: str) -> tuple[Suppression, ...]:
    """Directives of ``markup`` mapped to paragraphs of the extracted ``body``."""
    if "newscheck" not in markup:
        return ()
    paragraphs = [(p, _words(body[p.start : p.end])) for p in split_paragraphs(body)]
    found = []
    next_paragraph = 0
    for match in _COMMENT.finditer(markup):
        opening = _words(_text_after(markup, match.end()))
        for index in range(next_paragraph, len(paragraphs)):
            span, words = paragraphs[index]
            size = min(_OPENING_WORDS, len(words))
            if size and opening[:size] == words[:size]:
                first = _WORD.search(body, span.start, span.end)
                found.append(
                    Suppression(
                        codes=parse_codes(match.group("codes")),
                        field="body",
                        start=span.start,
                        end=span.end,
                        anchor_start=first.start() if first else span.start,
                        anchor_end=first.end() if first else span.end,
                    )
                )
                next_paragraph = index + 1
                break
    return tuple(found)


def _text_after(markup: str, offset: int) -> str:
    chunk = _ANY_COMMENT.sub(" ", markup[offset : offset + _LOOKAHEAD])
    return html.unescape(_TAG.sub(" ", chunk))


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]
