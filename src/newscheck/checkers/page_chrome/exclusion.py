"""The chrome of a document, for every checker that must not read it.

Once ``Document`` exposes ``body.chrome`` (the blocks `detect_chrome` found when the article was
analysed), this returns those; until then it runs `detect_chrome` itself, cached by text so the
four news-desk checkers pay for it once per article.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from newscheck.analysis import Document
from newscheck.checkers.page_chrome.detect import ChromeBlock, detect_chrome
from newscheck.segment import split_paragraphs
from newscheck.spans import Span


def chrome_of(doc: Document) -> tuple[ChromeBlock, ...]:
    """The body's chrome blocks (the title is never chrome)."""
    shared = getattr(doc.body, "chrome", None)
    if shared is not None:
        return tuple(shared)
    return _detect(doc.body.text, doc.title.text)


@lru_cache(maxsize=8)
def _detect(text: str, title: str) -> tuple[ChromeBlock, ...]:
    return tuple(detect_chrome(text, split_paragraphs(text), title))


class Excluded:
    """Sorted, disjoint spans with a fast "is this offset inside one?" test."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in self.spans]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def covers(self, start: int, end: int | None = None) -> bool:
        """True when ``[start, end)`` overlaps an excluded span."""
        end = start + 1 if end is None else end
        i = bisect_right(self._starts, start) - 1
        if i >= 0 and self.spans[i].end > start:
            return True
        return i + 1 < len(self.spans) and self.spans[i + 1].start < end


def excluded_body(doc: Document) -> Excluded:
    return Excluded([block.span for block in chrome_of(doc)])
