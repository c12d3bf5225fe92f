"""The statistical model of English in context: a trigram model shipped inside a PyPI package.

The model is the BSD-licensed US English trigram model that the ``pocketsphinx`` wheel ships
(``en-us.lm.bin``, 27 MB, memory-mapped, loads in ~30 ms). Nothing is downloaded: when the
package is missing the checker is skipped, never broken. Its vocabulary is lowercase and
dated, so an unknown word is treated as "no evidence", never as an error.
"""

from __future__ import annotations

import importlib
import math
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

_ZERO = -536870912  # pocketsphinx's log-zero: the word is not in the vocabulary
_TO_LOG10 = math.log10(1.0001)  # pocketsphinx scores are logs to base 1.0001

SENTENCE_START = "<s>"
SENTENCE_END = "</s>"


class ModelUnavailableError(RuntimeError):
    """The language model's package is not installed."""


class TrigramModel:
    """Log10 probabilities of a word after up to two words of history."""

    order = 3

    def __init__(self, path: Path) -> None:
        pocketsphinx = importlib.import_module("pocketsphinx")
        pocketsphinx.set_loglevel("FATAL")
        self._model = pocketsphinx.NGramModel.readfile(str(path))
        self._prob = self._model.prob
        self._unigrams: dict[str, float | None] = {}
        self.path = path

    def logprob(self, word: str, history: Sequence[str] = ()) -> float | None:
        """log10 P(word | history), or None when the word is outside the vocabulary."""
        # pocketsphinx wants the word first, then its history from nearest to farthest.
        score: int = self._prob([word, *reversed(history[-2:])])
        if score <= _ZERO:
            return None
        return score * _TO_LOG10

    def unigram(self, word: str) -> float | None:
        """log10 P(word), cached: asked for again and again."""
        try:
            return self._unigrams[word]
        except KeyError:
            score = self._unigrams[word] = self.logprob(word)
            return score

    def known(self, word: str) -> bool:
        return self.unigram(word) is not None

    def window_score(self, words: Sequence[str], i: int, word: str) -> float:
        """log10 probability of the n-grams that ``word`` at position ``i`` takes part in.

        ``words`` is one sentence wrapped in <s> ... </s>; n-grams whose predicted word is
        unknown contribute nothing, so an unknown neighbour never sways a decision.
        """
        prob = self._prob
        n = len(words)
        before = words[i - 1] if i >= 1 else None
        queries = [[word] if before is None else
                   [word, before] if i < 2 else [word, before, words[i - 2]]]
        if i + 1 < n:
            queries.append([words[i + 1], word] if before is None else [words[i + 1], word, before])
            if i + 2 < n:
                queries.append([words[i + 2], words[i + 1], word])
        total = 0
        for query in queries:
            score: int = prob(query)
            if score > _ZERO:
                total += score
        return total * _TO_LOG10


    def span_score(self, before: Sequence[str], span: Sequence[str], after: Sequence[str]) -> float:
        """log10 probability of the n-grams that ``span``, standing between ``before`` and
        ``after``, takes part in: ``window_score`` for a span of any length. Two spans in the
        same place compare by these sums even when their lengths differ ("every day" against
        "everyday"), since every other n-gram of the clause is the same.
        """
        seq = [*before[-2:], *span, *after[:2]]
        total = 0.0
        for j in range(min(2, len(before)), len(seq)):
            score = self.logprob(seq[j], seq[max(0, j - 2) : j])
            if score is not None:
                total += score
        return total


def model_path() -> Path:
    """Where the shipped model lives; NEWSCHECK_LM overrides it (a model of the same format)."""
    override = os.environ.get("NEWSCHECK_LM")
    if override:
        return Path(override)
    try:
        pocketsphinx = importlib.import_module("pocketsphinx")
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ModelUnavailableError("the pocketsphinx package is not installed") from exc
    return Path(pocketsphinx.get_model_path()) / "en-us" / "en-us.lm.bin"


def dictionary_path() -> Path:
    """The CMU pronouncing dictionary shipped beside the model (BSD): sound-alike evidence."""
    return model_path().parent / "cmudict-en-us.dict"


@lru_cache(maxsize=1)
def load_model() -> TrigramModel:
    """The model, loaded once per process and shared by every checker instance."""
    path = model_path()
    if not path.is_file():
        raise ModelUnavailableError(f"language model not found at {path}")
    return TrigramModel(path)
