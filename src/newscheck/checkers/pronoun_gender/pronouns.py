"""Third-person gendered pronouns: where they are, what case they are in, their counterpart.

The case decides the suggestion ("him" -> "her", "his book" -> "her book", "the book is his"
-> "hers") and how the pronoun may bind: a plain object pronoun cannot refer to the subject of
its own clause, a reflexive must. "her" is possessive or object by what follows it; so is
"his" possessive determiner or pronoun. The same rule builds the benchmark's flipped copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from newscheck.analysis import FieldAnalysis
from newscheck.segment import Token

Gender = Literal["female", "male"]
Case = Literal["subject", "object", "determiner", "possessive", "reflexive"]

_FIXED: dict[str, tuple[Gender, Case]] = {
    "he": ("male", "subject"),
    "him": ("male", "object"),
    "himself": ("male", "reflexive"),
    "she": ("female", "subject"),
    "hers": ("female", "possessive"),
    "herself": ("female", "reflexive"),
}

_COUNTERPART: dict[tuple[Gender, Case], str] = {
    ("male", "subject"): "she",
    ("male", "object"): "her",
    ("male", "determiner"): "her",
    ("male", "possessive"): "hers",
    ("male", "reflexive"): "herself",
    ("female", "subject"): "he",
    ("female", "object"): "him",
    ("female", "determiner"): "his",
    ("female", "possessive"): "his",
    ("female", "reflexive"): "himself",
}

_NEUTRAL: dict[Case, str] = {
    "subject": "it",
    "object": "it",
    "determiner": "its",
    "possessive": "its",
    "reflexive": "itself",
}

# Words that cannot be the noun or adjective after a possessive "her"/"his": after one of
# these, "her" is an object ("told her that") and "his" stands alone ("it was his to lose").
_NOT_NOMINAL = frozenset(
    """
    a an the this that these those some any no every each all both either neither
    and or but nor so yet for because if when while as since until unless though although
    whether than then after before once where why how what who whom whose which
    to of in on at by with from into onto over under about above below against among
    between through during without within across along around behind beyond near off out
    up down away back up again also too very just now here there still even only not never
    is was are were be been being am has have had having do does did will would shall should
    can could may might must i me my you your he him his she her hers it its we us our they
    them their himself herself itself themselves one ones alone
    """.split()
)


_OPENING_QUOTES = "\"'\u2018\u201c"  # "her 'friends'" is still possessive


@dataclass(frozen=True, slots=True)
class Pronoun:
    """One gendered pronoun in a field, with its case and the sentence it sits in."""

    start: int
    end: int
    text: str
    gender: Gender
    case: Case
    index: int  # position in the field's word list

    @property
    def other_gender(self) -> Gender:
        return "male" if self.gender == "female" else "female"


def match_case(template: str, word: str) -> str:
    """``word`` written the way ``template`` is: "He" -> "She", "HE" -> "SHE"."""
    if len(template) > 1 and template.isupper():
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def counterpart(pronoun: Pronoun) -> str:
    """The same pronoun in the other gender, case-matched: the suggestion for PG001."""
    return match_case(pronoun.text, _COUNTERPART[(pronoun.gender, pronoun.case)])


def neutral(pronoun: Pronoun) -> str:
    """The "it" form of the pronoun, case-matched: the suggestion for PG002."""
    return match_case(pronoun.text, _NEUTRAL[pronoun.case])


def _nominal_follows(words: list[Token], i: int, text: str) -> bool:
    """True when the word after ``words[i]`` starts a noun phrase it can determine."""
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    between = text[words[i].end : nxt.start].strip()
    if between.strip(_OPENING_QUOTES):  # punctuation in between: "her," "his."
        return False
    return nxt.lower not in _NOT_NOMINAL


def classify(lower: str, words: list[Token], i: int, text: str) -> tuple[Gender, Case] | None:
    """Gender and case of ``words[i]`` if it is a gendered pronoun, else None."""
    fixed = _FIXED.get(lower)
    if fixed is not None:
        return fixed
    if lower == "her":
        return ("female", "determiner" if _nominal_follows(words, i, text) else "object")
    if lower == "his":
        return ("male", "determiner" if _nominal_follows(words, i, text) else "possessive")
    return None


def find_pronouns(field: FieldAnalysis) -> list[Pronoun]:
    """The gendered pronouns of a field, leaving out generic pairs ("he or she", "his/her")."""
    words = field.words
    found = []
    for i, token in enumerate(words):
        lower = token.lower
        if lower not in _FORMS:
            continue
        kind = classify(lower, words, i, field.text)
        if kind is not None:
            found.append(Pronoun(token.start, token.end, token.text, kind[0], kind[1], i))
    generic: set[int] = set()
    for first, second in pairwise(found):
        between = field.text[first.end : second.start].strip().lower()
        if first.gender != second.gender and between in ("or", "/"):
            generic.update((first.start, second.start))
    return [p for p in found if p.start not in generic]


_FORMS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
