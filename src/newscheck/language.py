"""A cheap guess whether copy is English, so English-only checkers can skip other languages.

Function words make up roughly 40-50% of running English text and almost none of French,
German or Spanish text, so their share separates the languages without a model.
"""

from __future__ import annotations

from collections.abc import Sequence

_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "it's",
        "may",
        "more",
        "most",
        "must",
        "my",
        "no",
        "not",
        "of",
        "on",
        "one",
        "or",
        "our",
        "out",
        "over",
        "said",
        "she",
        "should",
        "so",
        "some",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "under",
        "up",
        "was",
        "we",
        "were",
        "what",
        "when",
        "which",
        "while",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)

_MIN_WORDS = 20
_MIN_SHARE = 0.15


def looks_english(words: Sequence[str]) -> bool:
    """Guess from lower-cased word tokens; too little text is given the benefit of the doubt."""
    if len(words) < _MIN_WORDS:
        return True
    hits = sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS)
    return hits / len(words) >= _MIN_SHARE
