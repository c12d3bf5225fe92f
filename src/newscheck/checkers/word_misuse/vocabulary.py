"""The words the open-vocabulary channel knows: the model's vocabulary and pronunciations.

Both come from files the ``pocketsphinx`` wheel ships (BSD): the trigram model says which
words exist and how common they are; the CMU pronouncing dictionary says how they sound.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from newscheck.checkers.word_misuse.language_model import TrigramModel

# Plain lowercase words, with at most one inner apostrophe ("it's", "korea's").
PLAIN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_VARIANT = re.compile(r"\(\d+\)$")


def read_pronunciations(path: Path) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(word, phonemes without stress marks) for every plain word in a CMU-format dictionary."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, _, pron = line.strip().partition(" ")
            word = _VARIANT.sub("", word)
            if PLAIN_WORD.fullmatch(word):
                yield word, tuple(p.rstrip("012") for p in pron.split())


def known_words(model: TrigramModel, dictionary: Path) -> dict[str, float]:
    """Plain words that both the dictionary and the model know, with log10 unigram P."""
    words: dict[str, float] = {}
    for word, _ in read_pronunciations(dictionary):
        if word not in words:
            score = model.logprob(word)
            if score is not None:
                words[word] = score
    return words
