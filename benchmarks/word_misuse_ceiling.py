"""How far the word-misuse model's evidence can reach at a false-alarm budget.

    python benchmarks/word_misuse_ceiling.py            # all BBC articles (~1 minute)
    python benchmarks/word_misuse_ceiling.py --limit 300

The main benchmark (word_misuse.py) measures the checker as shipped. This one asks what any
threshold on the same evidence could achieve: it scores every word the checker judges in the
clean BBC copy, sets the threshold where clean copy would raise exactly the budgeted number of
findings, and counts the injected errors scoring above it. For near misses (B) it is also
generous about candidates: the word that was replaced is offered as the only alternative at
the injected spot, whether or not the shipped neighbour table holds it, while the clean words
face their real neighbours. So the figures are an upper bound for this model: a threshold,
weight or neighbour table tuned on this evidence cannot beat them.

Reads the evaluation-only BBC copy from ../shared/data (or $NEWSCHECK_DATA); skips cleanly
when it is absent. Uses the same injections and seed as word_misuse.py.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from _data import DATA, read_jsonl  # benchmarks/ is on sys.path when run as a script
from word_misuse import SEED, inject_confusables, inject_near_misses, word_count

BUDGETS = (0.1, 0.3, 1.0, 3.0)  # false alarms per 1,000 words; the target is 0.1
NONE = float("-inf")


CHANNEL = {"WM001": "A", "WM002": "B"}


class _Only:
    """A neighbour table offering one word for every written word: ideal candidates."""

    def __init__(self, meant: str) -> None:
        self.meant = meant

    def neighbours(self, word: str) -> tuple[Any, ...]:
        from newscheck.checkers.word_misuse.candidates import Neighbour, edit_cost

        return (Neighbour(self.meant, edit_cost(word, self.meant), 9),)


class Probe:
    """Scores words with the checker's own decision path, its thresholds set to zero."""

    def __init__(self) -> None:
        from newscheck.checker import CheckerSetup
        from newscheck.checkers.word_misuse import WordMisuseChecker
        from newscheck.checkers.word_misuse.evidence import Judge

        self.checker = WordMisuseChecker(CheckerSetup(options={}))
        model = self.checker._model
        if model is None or self.checker._neighbours is None:
            raise SystemExit("the word-misuse model is not installed")
        self.table = self.checker._neighbours
        tuning = self.checker.tuning
        # Thresholds at zero: a score is the evidence itself, comparable across words.
        self.judge = Judge(model, replace(tuning, set_threshold=0.0, open_threshold=0.0))

    def scores(self, text: str, at: int | None = None, meant: str | None = None) -> Iterator[
        tuple[str, float]
    ]:
        """(channel, score) for each word with evidence for an alternative, or only for the
        word at offset ``at``; with ``meant``, the open channel is offered that word alone."""
        from newscheck.analysis import Document
        from newscheck.article import Article

        field = next(f for f in Document(Article(title="", body=text)).fields if f.name == "body")
        in_article = {t.lower for t in field.words}
        self.checker._neighbours = _Only(meant) if meant else self.table  # type: ignore[assignment]
        try:
            for clause, slot in self.checker._slots(field):
                if at is not None and not slot.token.start <= at < slot.token.end:
                    continue
                suspect = self.checker._judge(self.judge, clause, slot, in_article)
                if suspect is not None:
                    yield CHANNEL[suspect.code], suspect.margin
        finally:
            self.checker._neighbours = self.table


def threshold(clean: list[float], words: int, budget: float) -> float:
    """The score that clean copy exceeds exactly ``budget`` times per 1,000 words."""
    allowed = int(budget * words / 1000)
    ranked = sorted(clean, reverse=True)
    return ranked[allowed] if allowed < len(ranked) else NONE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles to use (default all)")
    args = parser.parse_args(argv)
    bbc = DATA / "bbc_dev.jsonl"
    if not bbc.is_file():
        print(f"skipped: {bbc} is absent (set NEWSCHECK_DATA to the shared data folder)")
        return 0
    from newscheck.checkers.word_misuse.lexicon import Lexicon

    articles: list[dict[str, Any]] = list(read_jsonl(bbc, args.limit))
    words = sum(word_count(a["text"]) for a in articles)
    probe = Probe()
    clean: dict[str, list[float]] = {"A": [], "B": []}
    for a in articles:
        for channel, score in probe.scores(a["text"]):
            clean[channel].append(score)

    lexicon = Lexicon.load()
    rng = random.Random(SEED)
    injected: dict[str, list[float]] = {}
    for kind, cases in (
        ("A-tuning", inject_confusables(articles, lexicon.sets, rng, holdout=False)),
        ("A-holdout", inject_confusables(articles, lexicon.sets, rng, holdout=True)),
        ("B", inject_near_misses(articles, lexicon, rng)),
    ):
        meant = kind == "B"
        injected[kind] = [
            max((s for _, s in probe.scores(c.body, c.start, c.intended if meant else None)),
                default=NONE)
            for c in cases
        ]

    print(f"{len(articles)} articles, {words} words; words in clean copy with evidence for an "
          f"alternative: {len(clean['A'])} in confusion sets, {len(clean['B'])} open")
    print("| false alarms per 1,000 words (whole budget to one channel) | A-tuning | A-holdout "
          "| B, ideal candidates |")
    print("|---|---|---|---|")
    for budget in BUDGETS:
        cells = []
        for kind in ("A-tuning", "A-holdout", "B"):
            cut = threshold(clean[kind[0]], words, budget)
            scores = injected[kind]
            cells.append(f"{sum(s > cut for s in scores) / len(scores):.3f}")
        print(f"| {budget:g} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
