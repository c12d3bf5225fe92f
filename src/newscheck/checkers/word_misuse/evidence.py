"""The evidence for one word against its alternatives, and what counts as enough.

For a written word w and an alternative c, the core evidence is how much more probable the
sentence becomes with c in w's place, counting only the n-grams the swap touches (log10),
with the model's spoken-English word prior replaced by a written one (`prior`). A curated set
needs less evidence than an arbitrary near neighbour: the set itself says the two are often
confused, while a random real word is rarely a slip, so a neighbour must also be an easy slip
(cheap edit, or a sound-alike), must fit the sentence's subject (`semantics`) and must win by
far more. A neighbour the article itself uses elsewhere is likelier to be the word meant.
"""

from __future__ import annotations

from dataclasses import dataclass

from newscheck.checkers.word_misuse.candidates import Neighbour
from newscheck.checkers.word_misuse.language_model import TrigramModel
from newscheck.checkers.word_misuse.lexicon import ConfusionSet
from newscheck.checkers.word_misuse.prior import written_log10
from newscheck.segment import Token


@dataclass(frozen=True)
class Tuning:
    """Weights and thresholds in log10 units, tuned on injected errors and clean BBC copy
    (docs/benchmarks-word-misuse.md); held-out confusion sets were never used to tune."""

    set_threshold: float = 2.25  # WM001: the alternative must be ~180x likelier in context
    open_threshold: float = 4.0  # WM002: on top of everything below
    cost_weight: float = 1.0  # per unit of weighted edit cost
    sound_bonus: float = 0.5  # a sound-alike slip is commoner than a typing slip
    prior_weight: float = 1.0  # a commoner neighbour wins by frequency alone; discount that
    topic_weight: float = 3.0  # per unit of cosine gained in fit with the sentence's subject
    cache_bonus: float = 1.5  # the neighbour appears elsewhere in the article


@dataclass(frozen=True)
class Choice:
    word: str
    margin: float  # evidence beyond the threshold; > 0 means the alternative wins
    gain: float


@dataclass(frozen=True)
class Suspect:
    """A written word the model finds clearly less likely than an alternative here."""

    code: str
    token: Token
    written: str
    choices: tuple[Choice, ...]  # best first, every margin > 0
    confusion_set: ConfusionSet | None = None
    end: int | None = None  # where the written words end, when they are more than one token

    @property
    def margin(self) -> float:
        return self.choices[0].margin


class Judge:
    """Weighs alternatives for one written word with the model, the prior and the topic."""

    def __init__(self, model: TrigramModel, tuning: Tuning) -> None:
        self.model = model
        self.tuning = tuning

    def gain(self, words: list[str], i: int, base: float, candidate: str) -> float:
        """Context gain with the written prior in place of the model's spoken one."""
        written = words[i]
        g = self.model.window_score(words, i, candidate) - base
        model_w, model_c = self.model.unigram(written), self.model.unigram(candidate)
        if model_w is not None and model_c is not None:
            g += (written_log10(candidate) - written_log10(written)) - (model_c - model_w)
        return g

    def span_gain(self, words: list[str], i: int, length: int, replacement: list[str]) -> float:
        """How much more probable the clause is with ``words[i:i+length]`` replaced (log10),
        for spans of different lengths ("everyday" for "every day"). The written-prior
        correction of `gain` is for single words only."""
        before, after = words[:i], words[i + length :]
        return self.model.span_score(before, replacement, after) - self.model.span_score(
            before, words[i : i + length], after
        )

    def confusables(
        self, words: list[str], i: int, alternatives: dict[str, ConfusionSet], length: int = 1
    ) -> list[tuple[Choice, ConfusionSet]]:
        """Members of a curated set that beat the written word (or, with ``length`` > 1,
        the written words from ``i``) clearly enough."""
        base = self.model.window_score(words, i, words[i]) if length == 1 else 0.0
        found = []
        for other, cset in alternatives.items():
            key = other.lower()
            parts = key.split()
            if not all(self.model.known(part) for part in parts):
                continue
            if length == 1 and len(parts) == 1:
                g = self.gain(words, i, base, key)
            else:
                g = self.span_gain(words, i, length, parts)
            margin = g - self.tuning.set_threshold
            if margin > 0:
                found.append((Choice(other, margin, g), cset))
        found.sort(key=lambda pair: -pair[0].margin)
        return found

    def neighbours(
        self,
        words: list[str],
        i: int,
        neighbours: tuple[Neighbour, ...],
        topic_fit: dict[str, float],
        in_article: set[str],
    ) -> list[Choice]:
        """Near neighbours that fit far better than the written word, all costs paid.

        ``topic_fit`` maps a word to its fit with the sentence's subject (cosine).
        """
        t = self.tuning
        written = words[i]
        base = self.model.window_score(words, i, written)
        fit_written = topic_fit.get(written, 0.0)
        found = []
        for n in neighbours:
            g = self.gain(words, i, base, n.word)
            commoner = max(0.0, written_log10(n.word) - written_log10(written))
            margin = (
                g
                + t.topic_weight * (topic_fit.get(n.word, 0.0) - fit_written)
                + (t.cache_bonus if n.word in in_article else 0.0)
                + (t.sound_bonus if n.sound_alike else 0.0)
                - t.prior_weight * commoner
                - t.cost_weight * n.cost
                - t.open_threshold
            )
            if margin > 0:
                found.append(Choice(n.word, margin, g))
        found.sort(key=lambda c: -c.margin)
        return found
