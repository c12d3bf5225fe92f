"""Sort a spell checker's unknown words into typos (GR009), names (GR010) and the other
variety's spellings (GR011), and drop what is not a spelling problem in news copy.

On clean BBC copy nine in ten unknown words are names, and most of the rest are fragments
(the 'bn' of '£1.2bn', the 'fi' of 'wi-fi') or newsroom words. A typo is a lower-case word
close to a known one; everything capitalised is a name, which only GR010 reports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from newscheck.checkers.grammar.dictionary import NewsDictionary
from newscheck.checkers.grammar.variety import is_variety_respelling

MAX_TYPO_DISTANCE = 1
"""A typo is one edit (a transposition counts one) from its best suggestion: most typos are."""
MIN_WORD = 3
_JOINERS = set("-/._@#&+\u2010\u2011\u2013")
_NAME_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]")
_SENTENCE_END = set('.!?\n"\u201c\u2018')


def spelling_code(
    text: str, start: int, end: int, suggestions: Sequence[str], dictionary: NewsDictionary
) -> str | None:
    """The GR code for an unknown word at ``text[start:end]``, or None to drop it."""
    word = text[start:end]
    if len(word) < MIN_WORD or word in dictionary or not word.replace("'", "").isalpha():
        return None
    if word.endswith(("'s", "\u2019s")) or _inflects(word, suggestions):
        return None  # a possessive or plural of a known word (another's, capitalisations)
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isdigit() or before in _JOINERS or after in _JOINERS or after.isdigit():
        return None  # £1.2bn, wi-fi, co-ordinator, bbc.co.uk, @handle
    if word.isupper():
        return None  # an abbreviation, not a word
    initial = _sentence_start(text, start)
    plain = word.islower() or (initial and word[1:].islower())
    if word.islower() and any(is_variety_respelling(word, s) for s in suggestions[:3]):
        return "GR011"  # not for names: World Trade Center, the Labour party, Gray
    if word.islower() and _NAME_AFTER.match(text, end):
        return None  # a particle of a name: van der Veer, Parc des Sports, del Neri
    if not word.islower():
        if plain and _typo(word[0].lower() + word[1:], suggestions):
            return "GR009"  # a typo that happens to open a sentence
        return "GR010"
    return "GR009" if _typo(word, suggestions) else None


def _inflects(word: str, suggestions: Sequence[str]) -> bool:
    bare = word.lower().replace("'", "").replace("\u2019", "")
    return any(s.lower().replace("'", "").replace("\u2019", "") == bare for s in suggestions[:3])


def _typo(word: str, suggestions: Sequence[str]) -> bool:
    best = next((s for s in suggestions if s[:1].islower()), None)
    return best is not None and OSA.distance(word, best) <= MAX_TYPO_DISTANCE


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_END
