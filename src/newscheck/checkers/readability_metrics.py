"""Readability formulas as textstat 0.7.8 publishes them, fed with newscheck's own counts.

textstat re-splits the text with its own regular expressions and counts syllables with the
CMU dictionary; here the counts come from the shared analysis (syntok sentences, newscheck
word tokens) and newscheck.syllables, so the figures agree with what the other checkers see.
The constants below are textstat's (and the formulas' authors'); docs/readability.md cites them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newscheck.syllables import count_syllables

EASY_WORDS_PATH = (
    Path(__file__).resolve().parents[1] / "data" / "readability" / "dale_chall_easy_words.txt"
)
POLYSYLLABLE = 3
"""Syllables from which a word is "polysyllabic" (SMOG) or "complex" (Gunning fog)."""
_DALE_CHALL_HARD_SHARE = 5.0
"""Percent of unfamiliar words above which Dale-Chall adds its 3.6365 adjustment."""


@dataclass(frozen=True)
class Counts:
    """What every formula needs, counted once per text."""

    words: int
    sentences: int
    syllables: int
    polysyllables: int
    complex_words: int
    unfamiliar_words: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0


def count_words(words: Iterable[str], sentences: int) -> Counts:
    """Count syllables and word classes over ``words`` (token texts) in ``sentences``."""
    total = syllables = poly = complex_words = unfamiliar = 0
    for word in words:
        n = count_syllables(word)
        easy = is_easy_word(word)
        total += 1
        syllables += n
        if n >= POLYSYLLABLE:
            poly += 1
            complex_words += not easy
        unfamiliar += not easy
    return Counts(total, sentences, syllables, poly, complex_words, unfamiliar)


def flesch_reading_ease(c: Counts) -> float:
    """Flesch (1948): 206.835 - 1.015 x words/sentence - 84.6 x syllables/word."""
    if not c.words or not c.sentences:
        return 0.0
    return 206.835 - 1.015 * c.words_per_sentence - 84.6 * c.syllables_per_word


def flesch_kincaid_grade(c: Counts) -> float:
    """Kincaid et al. (1975): 0.39 x words/sentence + 11.8 x syllables/word - 15.59."""
    if not c.words or not c.sentences:
        return 0.0
    return 0.39 * c.words_per_sentence + 11.8 * c.syllables_per_word - 15.59


def gunning_fog(c: Counts) -> float:
    """0.4 x (words/sentence + 100 x complex/words); complex = 3+ syllables and not on the
    Dale-Chall list, as textstat counts it (Gunning's own rules exclude names and suffixes)."""
    if not c.words or not c.sentences:
        return 0.0
    return 0.4 * (c.words_per_sentence + 100.0 * c.complex_words / c.words)


def smog_index(c: Counts) -> float:
    """McLaughlin (1969): 1.043 x sqrt(30 x polysyllables/sentences) + 3.1291."""
    if not c.sentences:
        return 0.0
    return 1.043 * math.sqrt(30.0 * c.polysyllables / c.sentences) + 3.1291


def dale_chall(c: Counts) -> float:
    """Dale-Chall (1948) as textstat computes it: 0.1579 x %unfamiliar + 0.0496 x
    words/sentence, plus 3.6365 when over 5% of the words are unfamiliar."""
    if not c.words or not c.sentences:
        return 0.0
    share = 100.0 * c.unfamiliar_words / c.words
    score = 0.1579 * share + 0.0496 * c.words_per_sentence
    return score + 3.6365 if share > _DALE_CHALL_HARD_SHARE else score


def is_easy_word(word: str) -> bool:
    """On the Dale-Chall list of familiar words, as a news reader would take it.

    Three departures from textstat, each so that a plain word is not called hard: figures
    ("2004") are familiar, a possessive is looked up by its base ("today's"), and a hyphenated
    word is familiar when each part is ("well-known"). Like textstat, regular inflections
    ("walked") and names count as unfamiliar.
    """
    if word[:1].isdigit():
        return True
    lower = word.lower().replace("\u2019", "'")
    easy = easy_words()
    if lower in easy:
        return True
    if lower.endswith("'s") and lower[:-2] in easy:
        return True
    if "-" in lower:
        return all(part in easy for part in lower.split("-") if part)
    return False


_easy: frozenset[str] | None = None


def easy_words() -> frozenset[str]:
    """The 2,940 Dale-Chall words shipped with textstat (MIT), read once on first use."""
    global _easy  # noqa: PLW0603 (a process-wide cache, loaded lazily on purpose)
    if _easy is None:
        text = EASY_WORDS_PATH.read_text(encoding="utf-8")
        _easy = frozenset(line.strip() for line in text.splitlines() if line.strip())
    return _easy
