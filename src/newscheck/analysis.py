"""Shared document analysis: what every checker needs, computed once per article."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from newscheck.article import Article
from newscheck.checkers.page_chrome.detect import ChromeBlock, detect_chrome
from newscheck.directives import carve, directive_spans
from newscheck.language import looks_english
from newscheck.models import FieldName
from newscheck.quotes import Quote, find_quotes
from newscheck.segment import Token, split_paragraphs, split_sentences, tokenize
from newscheck.spans import LineIndex, Span


@dataclass
class FieldAnalysis:
    """One text field (title or body) split into paragraphs, sentences, tokens and quotes."""

    name: FieldName
    text: str
    paragraphs: list[Span]
    sentences: list[Span]
    tokens: list[Token]
    quotes: list[Quote]
    lines: LineIndex = field(repr=False)
    chrome: list[ChromeBlock] = field(default_factory=list)
    """Page furniture found in the field (body only), reported by the page-chrome checker."""
    excluded: list[Span] = field(default_factory=list)
    """Spans no other checker reads: the chrome blocks, except a repeated headline, which
    readers still see and whose errors still matter."""
    _quote_starts: list[int] = field(repr=False, default_factory=list)
    _sentence_starts: list[int] = field(repr=False, default_factory=list)

    @classmethod
    def build(
        cls, name: FieldName, text: str, *, title: str | None = None, exclude_chrome: bool = True
    ) -> FieldAnalysis:
        """Analyse ``text``; with ``title`` given, page chrome is found, and unless
        ``exclude_chrome`` is off it is left out of the paragraphs, sentences, tokens and
        quotes every other checker reads."""
        paragraphs = split_paragraphs(text)
        chrome = detect_chrome(text, paragraphs, title) if title is not None else []
        hidden = chrome if exclude_chrome else []
        excluded = [b.span for b in hidden if b.kind != "headline"]
        directives = directive_spans(text)
        if directives:  # suppression directives are instructions to newscheck, not copy
            paragraphs = carve(text, paragraphs, directives)
            excluded = [*excluded, *directives]
        tokens = tokenize(text)
        if excluded:
            paragraphs = [p for p in paragraphs if not _inside_any(p, excluded)]
            tokens = [t for t in tokens if not _inside_any(Span(t.start, t.end), excluded)]
        quotes = find_quotes(text, paragraphs)
        sentences = split_sentences(text, paragraphs)
        return cls(
            name=name,
            text=text,
            paragraphs=paragraphs,
            sentences=sentences,
            tokens=tokens,
            quotes=quotes,
            lines=LineIndex(text),
            chrome=chrome,
            excluded=excluded,
            _quote_starts=[q.span.start for q in quotes],
            _sentence_starts=[s.start for s in sentences],
        )

    def is_excluded(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps page chrome that checkers must not read."""
        return any(span.overlaps(start, end) for span in self.excluded)

    @cached_property
    def words(self) -> list[Token]:
        return [t for t in self.tokens if t.is_word]

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """True when ``[start, end)`` lies inside a direct quotation's marks."""
        end = start + 1 if end is None else end
        i = bisect_right(self._quote_starts, start) - 1
        return i >= 0 and self.quotes[i].span.contains(start, end)

    def sentence_at(self, offset: int) -> Span | None:
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def line_column(self, offset: int) -> tuple[int, int]:
        return self.lines.line_column(offset)


def _inside_any(span: Span, excluded: list[Span]) -> bool:
    return any(e.overlaps(span.start, span.end) for e in excluded)


class Document:
    """An article with its fields analysed. Checkers read it and never mutate it."""

    def __init__(self, article: Article, *, exclude_chrome: bool = True) -> None:
        self.article = article
        self.title = FieldAnalysis.build("title", article.title)
        self.body = FieldAnalysis.build(
            "body", article.body, title=article.title, exclude_chrome=exclude_chrome
        )

    @property
    def fields(self) -> tuple[FieldAnalysis, FieldAnalysis]:
        return (self.title, self.body)

    def field(self, name: str) -> FieldAnalysis:
        if name == "title":
            return self.title
        if name == "body":
            return self.body
        raise ValueError(f"unknown field {name!r}")

    @cached_property
    def word_count(self) -> int:
        """Words in title and body: the denominator of every per-1,000-words rate."""
        return len(self.title.words) + len(self.body.words)

    @cached_property
    def is_english(self) -> bool:
        if self.article.language is not None:
            return self.article.language.lower().startswith("en")
        return looks_english(
            [t.lower for t in self.body.words] or [t.lower for t in self.title.words]
        )
