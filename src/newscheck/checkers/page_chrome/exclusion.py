"""The chrome of a document, for every checker that must not read it.

``Document`` finds the body's chrome once, while it analyses the article (`detect_chrome`), so
the four news-desk checkers share that result instead of detecting it again.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from newscheck.analysis import Document
from newscheck.checkers.page_chrome.detect import ChromeBlock
from newscheck.spans import Span


def chrome_of(doc: Document) -> tuple[ChromeBlock, ...]:
    """The body's chrome blocks (the title is never chrome)."""
    return tuple(doc.body.chrome)


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
