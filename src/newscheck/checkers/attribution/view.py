"""One field seen token by token: which sentence, paragraph and quotation each token is in.

Attribution is a walk over neighbouring tokens ("…," he said), so every lookup here is an index
into the field's shared tokens; quotations are the shared finder's.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from newscheck.analysis import FieldAnalysis
from newscheck.quotes import Quote
from newscheck.segment import Token
from newscheck.spans import Span


@dataclass
class FieldView:
    """Token-level indexes over one analysed field; built once per field per article."""

    analysis: FieldAnalysis
    tokens: list[Token] = field(init=False)
    starts: list[int] = field(init=False)
    sentence_of: list[int] = field(init=False)
    paragraph_of: list[int] = field(init=False)
    quote_of: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = self.analysis.tokens
        self.starts = [t.start for t in self.tokens]
        self.sentence_of = self._locate(self.analysis.sentences)
        self.paragraph_of = self._locate(self.analysis.paragraphs)
        self.quote_of = self._locate([q.span for q in self.quotes])

    def _locate(self, spans: list[Span]) -> list[int]:
        out = [-1] * len(self.tokens)
        for index, span in enumerate(spans):
            for i in range(bisect_left(self.starts, span.start), len(self.tokens)):
                if self.starts[i] >= span.end:
                    break
                out[i] = index
        return out

    @property
    def text(self) -> str:
        return self.analysis.text

    @property
    def quotes(self) -> list[Quote]:
        return self.analysis.quotes

    @property
    def name(self) -> str:
        return self.analysis.name

    def first_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def last_before(self, offset: int) -> int:
        """Index of the last token starting before ``offset`` (-1 when none)."""
        return bisect_right(self.starts, offset - 1) - 1

    @cached_property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        """Token index range ``[first, last)`` of every sentence."""
        bounds = []
        for span in self.analysis.sentences:
            bounds.append((self.first_at(span.start), self.first_at(span.end)))
        return bounds

    @cached_property
    def paragraph_bounds(self) -> list[tuple[int, int]]:
        return [(self.first_at(p.start), self.first_at(p.end)) for p in self.analysis.paragraphs]

    def sentence_range(self, i: int) -> tuple[int, int]:
        """Token range of the sentence holding token ``i`` (its paragraph when unsplit)."""
        s = self.sentence_of[i]
        if s >= 0:
            return self.sentence_bounds[s]
        p = self.paragraph_of[i]
        if p >= 0:
            return self.paragraph_bounds[p]
        return (i, i + 1)

    def in_quote(self, i: int) -> bool:
        return self.quote_of[i] >= 0

    def is_sentence_start(self, i: int) -> bool:
        """True for the first word of a sentence or of a quotation (capitals mean nothing)."""
        first, _ = self.sentence_range(i)
        j = i - 1
        while j >= first and not self.tokens[j].is_word:
            if self.tokens[j].text in ",;":
                return False
            j -= 1
        return j < first
