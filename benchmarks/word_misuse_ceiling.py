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


class Probe:
    """Scores words with the checker's own evidence, before any threshold."""

    def __init__(self) -> None:
        from newscheck.checker import CheckerSetup
        from newscheck.checkers.word_misuse import WordMisuseChecker
        from newscheck.checkers.word_misuse.evidence import Judge

        self.checker = WordMisuseChecker(CheckerSetup(options={}))
        model = self.checker._model
        if model is None or self.checker._neighbours is None:
            raise SystemExit("the word-misuse model is not installed")
        self.model = model
        self.neighbours = self.checker._neighbours
        tuning = self.checker.tuning
        # Thresholds at zero: a score is the evidence itself, comparable across words.
        self.judge = Judge(model, replace(tuning, set_threshold=0.0, open_threshold=0.0))

    def scores(self, text: str, at: int | None = None, meant: str | None = None) -> Iterator[
        tuple[str, float]
    ]:
        """(channel, score) for each judged word, or only the word at offset ``at``; with
        ``meant``, that word is the only alternative offered to the open channel."""
        from newscheck.analysis import Document
        from newscheck.article import Article
        from newscheck.checkers.word_misuse.candidates import Neighbour, edit_cost
        from newscheck.checkers.word_misuse.guards import is_name_like

        field = next(f for f in Document(Article(title="", body=text)).fields if f.name == "body")
        in_article = {t.lower for t in field.words}
        lexicon = self.checker.lexicon
        for clause, slot in self.checker._slots(field):
            if at is not None and not slot.token.start <= at < slot.token.end:
                continue
            written = clause.words[slot.index]
            if not self.model.known(written):
                continue
            name_like = is_name_like(slot.token, slot.sentence_initial)
            phrases = [] if name_like else lexicon.phrases_at(clause.words, slot.index)
            if phrases:
                yield "A", max(
                    (c.margin for length, member, cset in phrases
                     for c, _ in self.judge.confusables(
                         clause.words, slot.index, dict.fromkeys(cset.others(member), cset),
                         length)),
                    default=NONE,
                )
                continue
            alternatives = lexicon.alternatives(slot.token.text, names_only=name_like)
            if alternatives:
                ranked = self.judge.confusables(clause.words, slot.index, alternatives)
                yield "A", max((c.margin for c, _ in ranked), default=NONE)
                continue
            if slot.sentence_initial or name_like:
                continue
            if meant is not None:
                options: tuple[Neighbour, ...] = (
                    Neighbour(meant, edit_cost(written, meant), 9),
                )
                seen = in_article - {written}
            else:
                options = self.neighbours.neighbours(written)
                seen = in_article
            if not options:
                yield "B", NONE
                continue
            fit = self.checker._topic_fit(
                self.model, clause, slot.index, [written, *(n.word for n in options)]
            )
            found = self.judge.neighbours(clause.words, slot.index, options, fit, seen)
            yield "B", max((c.margin for c in found), default=NONE)


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

    print(f"{len(articles)} articles, {words} words; judged words in clean copy: "
          f"{len(clean['A'])} in confusion sets, {len(clean['B'])} open")
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
