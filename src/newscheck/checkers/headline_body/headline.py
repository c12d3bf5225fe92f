"""Which text is the headline, and which is the body it is checked against.

The title when the article has one. Otherwise a plain-text body often opens with its
headline: the line the page-chrome detector found repeated, or a first paragraph that reads
as a headline (one short line with no full stop, with copy after it).
"""

from __future__ import annotations

from dataclasses import dataclass

from newscheck.analysis import Document, FieldAnalysis
from newscheck.checkers.page_chrome.detect import ChromeBlock
from newscheck.spans import Span

MAX_HEADLINE_WORDS = 25
MIN_BODY_WORDS = 40
"""Below this the body is a stub or a brief: it need not repeat the headline's facts."""


@dataclass(frozen=True)
class Headline:
    field: FieldAnalysis
    span: Span

    @property
    def text(self) -> str:
        return self.field.text[self.span.start : self.span.end]


def find_headline(doc: Document, chrome: tuple[ChromeBlock, ...]) -> Headline | None:
    title = doc.title
    if title.text.strip():
        stripped = title.text.strip()
        start = title.text.index(stripped)
        return Headline(title, Span(start, start + len(stripped)))
    body = doc.body
    for block in chrome:
        if block.kind == "headline":
            return Headline(body, block.span)
    excluded = [b.span for b in chrome]
    copy = [p for p in body.paragraphs if not any(e.overlaps(p.start, p.end) for e in excluded)]
    if len(copy) < 2:
        return None
    first = copy[0]
    text = body.text[first.start : first.end]
    words = text.split()
    if "\n" in text or not 2 <= len(words) <= MAX_HEADLINE_WORDS:
        return None
    if text.rstrip()[-1] in ".:;,\"'\u201d\u2019" or text[0] in "\"'\u201c\u2018":
        return None
    return Headline(body, first)


def body_spans(doc: Document, headline: Headline, chrome: tuple[ChromeBlock, ...]) -> list[Span]:
    """The body paragraphs to look in: not chrome, not the headline line itself."""
    body = doc.body
    skip = [b.span for b in chrome]
    if headline.field is body:
        skip.append(headline.span)
    return [p for p in body.paragraphs if not any(s.overlaps(p.start, p.end) for s in skip)]
