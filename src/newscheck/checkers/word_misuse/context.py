"""One sentence as the language model sees it: lowercase words between <s> and </s>.

Punctuation is dropped (the model was trained on speech transcripts, which have none), a
number is read as a spoken number word ("in 2005" as "in ten": what matters to the model is
that a number stands there), a hyphenated compound as its parts, and a word the model does
not know stays in place, so it still separates its neighbours.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from newscheck.analysis import FieldAnalysis
from newscheck.checkers.word_misuse.language_model import SENTENCE_END, SENTENCE_START
from newscheck.segment import Token
from newscheck.spans import Span

# Marks that break the flow of a sentence: the model should not read across them. Quotation
# marks do not: "pioneers" were ... reads on as one sentence.
_BREAKS = frozenset("()[]{}\u2014\u2013:;|/")
_SPOKEN = {"%": "percent", "&": "and"}
NUMBER_WORD = "ten"


@dataclass(frozen=True)
class Slot:
    """A word token and its position in the model's word sequence."""

    token: Token
    index: int
    sentence_initial: bool


@dataclass(frozen=True)
class Clause:
    words: list[str]  # <s> w1 ... wn </s>
    slots: list[Slot]


def clauses(field: FieldAnalysis, sentence: Span) -> list[Clause]:
    """The sentence's words, split where strong punctuation interrupts it."""
    found: list[Clause] = []
    words = [SENTENCE_START]
    slots: list[Slot] = []
    first = True
    for token in _tokens_in(field, sentence):
        if not token.is_word:
            if token.text in _SPOKEN:
                words.append(_SPOKEN[token.text])
            elif token.text in _BREAKS and len(words) > 1:
                words.append(SENTENCE_END)
                found.append(Clause(words, slots))
                words, slots = [SENTENCE_START], []
            continue
        slots.append(Slot(token, len(words), first))
        words.extend(_as_spoken(token.lower))
        first = False
    if len(words) > 1:
        words.append(SENTENCE_END)
        found.append(Clause(words, slots))
    return found


def _as_spoken(word: str) -> list[str]:
    if word[:1].isdigit():
        return [NUMBER_WORD]
    if "-" in word:
        return [part for part in word.split("-") if part]
    return [word]


def _tokens_in(field: FieldAnalysis, sentence: Span) -> list[Token]:
    tokens = field.tokens
    i = bisect_left(tokens, sentence.start, key=lambda t: t.start)
    found = []
    while i < len(tokens) and tokens[i].end <= sentence.end:
        found.append(tokens[i])
        i += 1
    return found
