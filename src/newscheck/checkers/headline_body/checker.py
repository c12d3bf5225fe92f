"""HeadlineBodyChecker: the headline's figures and names must be in the story under it."""

from __future__ import annotations

from typing import ClassVar

from newscheck.analysis import Document
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup
from newscheck.checkers.headline_body.headline import (
    MIN_BODY_WORDS,
    Headline,
    body_spans,
    find_headline,
)
from newscheck.checkers.headline_body.names import headline_names, missing, run_initials
from newscheck.checkers.headline_body.numbers import VAGUE, Number, numbers, same_figure
from newscheck.checkers.headline_body.rules import RULES
from newscheck.checkers.page_chrome.exclusion import chrome_of
from newscheck.checkers.page_chrome.phrases import straighten
from newscheck.rules import Rule
from newscheck.segment import Token
from newscheck.spans import Span


class HeadlineBodyChecker:
    """Figures and names in the headline that the body never gives (HB)."""

    name: ClassVar[str] = "headline_body"
    rules: ClassVar[tuple[Rule, ...]] = RULES
    weight: ClassVar[float] = 1.0
    english_only: ClassVar[bool] = True
    options_model: ClassVar[type[CheckerOptions]] = CheckerOptions

    def __init__(self, setup: CheckerSetup) -> None:
        self.setup = setup

    def check(self, doc: Document, ctx: CheckContext) -> None:
        chrome = chrome_of(doc)
        headline = find_headline(doc, chrome)
        if headline is None:
            ctx.data["headline"] = None
            return
        spans = body_spans(doc, headline, chrome)
        body = doc.body
        tokens = [t for t in body.words if any(s.start <= t.start < s.end for s in spans)]
        if len(tokens) < MIN_BODY_WORDS:
            ctx.data["headline"] = None
            return
        ctx.data["headline"] = headline.text
        self._figures(headline, body.text, spans, ctx)
        self._names(headline, doc, spans, tokens, ctx)

    def _figures(self, headline: Headline, text: str, spans: list[Span], ctx: CheckContext) -> None:
        found = [n for s in spans for n in numbers(text, s.start, s.end)]
        field = headline.field
        for figure in numbers(field.text, headline.span.start, headline.span.end):
            written = field.text[figure.start : figure.end].strip()
            if (figure.value == 1 and not figure.text) or written.lower() in VAGUE:
                continue  # "one" is more often a pronoun than a count
            if any(same_figure(figure, other) for other in found):
                continue
            ctx.report(
                "HB001",
                headline.field,
                figure.start,
                figure.end,
                f"The headline says '{written}' but the body never gives that figure"
                f"{_closest(figure, found, text)}.",
                confidence=0.8,
            )

    def _names(
        self,
        headline: Headline,
        doc: Document,
        spans: list[Span],
        tokens: list[Token],
        ctx: CheckContext,
    ) -> None:
        field = headline.field
        body_lower = straighten("\n".join(doc.body.text[s.start : s.end] for s in spans)).lower()
        lower_words = frozenset(t.text for t in tokens if t.text.islower())
        initials = run_initials(tokens)
        words = [t for t in field.words if headline.span.start <= t.start < headline.span.end]
        for run in headline_names(words, lower_words):
            if field.in_quote(run[0].start, run[-1].end):
                continue
            absent = missing([straighten(t.text) for t in run], body_lower, initials, lower_words)
            if not absent:
                continue
            ctx.report(
                "HB002",
                field,
                run[0].start,
                run[-1].end,
                f"The headline names '{' '.join(absent)}' but the body never mentions it; "
                "check the headline belongs to this story.",
                confidence=0.75,
            )


def _closest(figure: Number, found: list[Number], text: str) -> str:
    """ "; the body gives 200" when a figure of the same order of size is there."""
    if not figure.value:
        return ""
    near = [
        n
        for n in found
        if n.value and 0.1 <= n.value / figure.value <= 10 and n.value != figure.value
    ]
    if not near:
        return ""
    best = min(near, key=lambda n: abs(n.value - figure.value))
    return f"; the body gives '{text[best.start : best.end].strip()}'"
