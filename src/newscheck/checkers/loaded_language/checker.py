"""LoadedLanguageChecker: judgement words and loaded verbs of saying, outside quotes.

Precision first: the list is short and measured on clean news (data/loaded_words.tsv), a
judgement in a quotation or an attributed sentence is the source's, and literal uses of the
loaded verbs ("slammed the door", "blasted the ball") are told apart by what follows them.
"""

from __future__ import annotations

from typing import ClassVar

from newscheck.analysis import Document, FieldAnalysis
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup
from newscheck.checkers.loaded_language.lexicon import LoadedWord, loaded_words
from newscheck.checkers.loaded_language.rules import RULES
from newscheck.checkers.loaded_language.voice import is_attributed
from newscheck.checkers.page_chrome.exclusion import Excluded, excluded_body
from newscheck.rules import Rule
from newscheck.segment import Token

_LITERAL_NEXT = frozenset(
    "into in on onto against through past home shut down up out wide across off open "
    "over back forward away".split()
)
"""A loaded verb followed by one of these is physical: "slammed into a wall"."""
_LITERAL_OBJECTS = frozenset(
    "ball shot door doors brakes header penalty free-kick volley effort drive goal net post "
    "bar crossbar car vehicle wall gate lid phone window fist hand hands foot table rock rocks "
    "bomb bombs hole holes music".split()
)
_CRITICISM_MARKERS = frozenset("for as over saying calling after".split())
_NEEDS_MARKER = frozenset({"blasted", "savaged", "skewered", "eviscerated"})
"""Verbs that are more often literal: they count as criticism only with what it was for."""


class LoadedLanguageChecker:
    """Judgements and loaded verbs of saying in the reporter's voice (LL)."""

    name: ClassVar[str] = "loaded_language"
    rules: ClassVar[tuple[Rule, ...]] = RULES
    weight: ClassVar[float] = 0.75
    english_only: ClassVar[bool] = True
    options_model: ClassVar[type[CheckerOptions]] = CheckerOptions

    def __init__(self, setup: CheckerSetup) -> None:
        self.words = loaded_words()
        self.american = setup.variety == "en-US"

    def check(self, doc: Document, ctx: CheckContext) -> None:
        chrome = excluded_body(doc)
        hits = 0
        for field in doc.fields:
            skip = chrome if field is doc.body else Excluded([])
            words = field.words
            for i, token in enumerate(words):
                entry = self.words.get(token.lower)
                if entry is None or skip.covers(token.start, token.end):
                    continue
                if field.in_quote(token.start, token.end) or not _lower_case_use(field, token):
                    continue
                if entry.rule == "LL001":
                    hits += self._judgement(field, token, ctx)
                else:
                    hits += self._verb(field, words, i, entry, ctx)
        ctx.metrics["loaded_words"] = float(hits)

    def _judgement(self, field: FieldAnalysis, token: Token, ctx: CheckContext) -> bool:
        sentence = field.sentence_at(token.start)
        if sentence is not None:
            inside = (t.text for t in field.words if sentence.start <= t.start < sentence.end)
            if is_attributed(inside):
                return False
        ctx.report(
            "LL001",
            field,
            token.start,
            token.end,
            f"'{token.text}' passes judgement in the reporter's own voice: describe what "
            "happened, or attribute the word to a named source.",
            confidence=0.8,
        )
        return True

    def _verb(
        self,
        field: FieldAnalysis,
        words: list[Token],
        i: int,
        entry: LoadedWord,
        ctx: CheckContext,
    ) -> bool:
        after = [t.lower for t in words[i + 1 : i + 9]]
        if not after or after[0] in _LITERAL_NEXT or set(after[:4]) & _LITERAL_OBJECTS:
            return False
        if i > 0 and words[i - 1].lower == "grand":  # "Grand Slams"
            return False
        if entry.word in _NEEDS_MARKER and not set(after) & _CRITICISM_MARKERS:
            return False
        plainer = entry.plainer or ""
        if self.american:
            plainer = plainer.replace("criticis", "criticiz")
        ctx.report(
            "LL002",
            field,
            words[i].start,
            words[i].end,
            f"'{words[i].text}' dramatises criticism; '{plainer}' says the same without "
            "taking sides.",
            suggestions=[plainer] if plainer else [],
            confidence=0.75,
        )
        return True


def _lower_case_use(field: FieldAnalysis, token: Token) -> bool:
    """Skip names and titles ("Cruel Sports", "Resident Evil"): lower case, or capitalised
    only because it opens a sentence or stands in the title."""
    text = token.text
    if text.islower():
        return True
    if field.name == "title":
        return not text.isupper() or len(text) <= 1
    sentence = field.sentence_at(token.start)
    return sentence is not None and sentence.start == token.start and text[1:].islower()
