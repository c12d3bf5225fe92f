"""How common a word is in written English, to correct the trigram model's spoken-English taste.

The trigram model was trained on speech transcripts, where "it's" is ten times commoner than
"its"; in news copy the two are about as common. Every comparison of two words therefore
swaps the model's own unigram prior for wordfreq's written-English one (Apache-2.0 code,
CC BY-SA 4.0 data, read from the installed ``wordfreq`` package, never copied).
"""

from __future__ import annotations

import importlib
import math
from functools import lru_cache

# The "small" list (29k words, 0.1 s, 20 MB) holds every word at least one in a million; a
# word it lacks is rarer than that, and is given this log10 frequency.
UNLISTED = -6.3


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    wordfreq = importlib.import_module("wordfreq")
    table = wordfreq.get_frequency_dict("en", "small")
    return {str(w): math.log10(f) for w, f in table.items()}


def written_log10(word: str) -> float:
    """log10 of the word's frequency in written English."""
    return _frequencies().get(word, UNLISTED)


def available() -> bool:
    try:
        _frequencies()
    except ImportError:
        return False
    return True
