"""Find direct quotations: straight and curly, double and single, doubled apostrophes
(''like this''), across paragraphs.

News convention: a quotation that runs over several paragraphs opens each paragraph with a
quotation mark and closes only in its last one. Checkers use these spans to leave a source's own
words alone, so a missed closing mark must never swallow the rest of the article: an unclosed
quote ends at its paragraph's end unless the next paragraph reopens it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscheck.spans import Span


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: ``span`` includes the marks, ``inner`` is the quoted words alone."""

    span: Span
    inner: Span
    closed: bool


_DOUBLE_OPEN = "\u201c\u201e\u00ab"  # “ „ «
_DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
_SINGLE_OPEN = "\u2018"  # ‘
_SINGLE_CLOSE = "\u2019"  # ’ (also the apostrophe)
_DOUBLED = re.compile(r"''(?=\S)([^\n]*?\S)''")  # ''like this'', in some archives' copy


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str, paragraphs: list[Span]) -> list[Quote]:
    """Return the quotations in ``text`` in order; ``paragraphs`` must cover the text."""
    quotes: list[Quote] = []
    for kind in ("double", "single"):
        quotes.extend(_scan(text, paragraphs, kind))
    quotes.sort(key=lambda q: q.span.start)
    return _with_doubled(text, _drop_nested(quotes))


def _with_doubled(text: str, quotes: list[Quote]) -> list[Quote]:
    """Add quotations marked with doubled apostrophes (''like this''), which some archives
    (the NYT's among them) use for double quotes; what the single-quote scan made of their
    marks inside is replaced, and one that would cut across another quotation is left out."""
    if "''" not in text:
        return quotes
    for match in _DOUBLED.finditer(text):
        start, end = match.start(), match.end()
        outer = Span(start, end)
        inside = [q for q in quotes if outer.contains(q.span.start, q.span.end)]
        if any(q.span.overlaps(start, end) and q not in inside for q in quotes):
            continue
        quotes = [q for q in quotes if q not in inside]
        quotes.append(Quote(Span(start, end), Span(start + 2, end - 2), True))
    quotes.sort(key=lambda q: q.span.start)
    return quotes


def _drop_nested(quotes: list[Quote]) -> list[Quote]:
    """A single-quoted phrase inside a double quotation is part of it, not a quote of its own."""
    kept: list[Quote] = []
    for quote in quotes:
        if kept and kept[-1].span.end >= quote.span.end:
            continue
        if kept and quote.span.start < kept[-1].span.end:
            continue
        kept.append(quote)
    return kept


def _opening(text: str, i: int, kind: str) -> bool:
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if not nxt or nxt.isspace():
        return False
    prev = text[i - 1] if i > 0 else " "
    if kind == "double":
        if ch in _DOUBLE_OPEN:
            return True
        return ch == '"' and not _is_word_char(prev) and prev not in ".,!?;:"
    if ch == _SINGLE_OPEN:
        return True
    # A straight single quote opens only at a word start: not "don't", not "players' union".
    return ch == "'" and (prev.isspace() or prev in "([{\u2014\u2013-:") and _is_word_char(nxt)


def _closing(text: str, i: int, kind: str) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace():
        # A straight double mark with space on both sides cannot open (nothing follows it),
        # so it closes: 'nine years... " Hailey later recalled'.
        return kind == "double" and ch == '"' and (nxt.isspace() or nxt in ",.;:")
    if kind == "double":
        return ch in _DOUBLE_CLOSE or ch == '"'
    if ch not in (_SINGLE_CLOSE, "'"):
        return False
    # An apostrophe inside a word ("it's", "don’t") never closes a quotation.
    return not _is_word_char(nxt)


def _scan(text: str, paragraphs: list[Span], kind: str) -> list[Quote]:
    marks = '"\u201c\u201d\u201e\u00ab\u00bb' if kind == "double" else "'\u2018\u2019"
    found: list[Quote] = []
    open_at: int | None = None
    for p_index, para in enumerate(paragraphs):
        if open_at is not None:
            # A quotation left open by the previous paragraph continues only if this one
            # reopens it; otherwise it ended with that paragraph.
            starts_with_mark = para.end > para.start and text[para.start] in marks
            if not starts_with_mark:
                _close_unclosed(found, open_at, paragraphs[p_index - 1].end, kind)
                open_at = None
            else:
                # Skip the reopening mark itself.
                i_start = para.start + 1
                open_at = _scan_para(text, i_start, para.end, kind, marks, open_at, found)
                continue
        open_at = _scan_para(text, para.start, para.end, kind, marks, open_at, found)
    if open_at is not None and paragraphs:
        _close_unclosed(found, open_at, paragraphs[-1].end, kind)
    return found


def _close_unclosed(found: list[Quote], open_at: int, end: int, kind: str) -> None:
    """An unclosed double quote runs to its paragraph's end; an unclosed single one is
    more likely an apostrophe ("'90s", "'em") than a quotation, so it is dropped."""
    if kind == "double":
        found.append(Quote(Span(open_at, end), Span(open_at + 1, end), False))


def _scan_para(
    text: str,
    start: int,
    end: int,
    kind: str,
    marks: str,
    open_at: int | None,
    found: list[Quote],
) -> int | None:
    i = start
    while i < end:
        ch = text[i]
        if ch in marks:
            if open_at is None:
                if _opening(text, i, kind):
                    open_at = i
            elif _closing(text, i, kind) and i > open_at + 1:
                found.append(Quote(Span(open_at, i + 1), Span(open_at + 1, i), True))
                open_at = None
            elif kind == "double" and _opening(text, i, kind) and ch in _DOUBLE_OPEN:
                # Two opening marks in a row in one paragraph: the first was never closed.
                found.append(Quote(Span(open_at, i), Span(open_at + 1, i), False))
                open_at = i
        i += 1
    return open_at
