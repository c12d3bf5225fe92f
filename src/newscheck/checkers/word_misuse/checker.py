"""WordMisuseChecker: real words used wrongly, which spell checkers cannot see.

Three channels share one pass over each sentence: curated confusion sets (WM001), near
neighbours of any word the model finds improbable in its context (WM002), and a table of
referring expressions for places (WM003). The model, the neighbour table and the data files
load once per process; a checker instance only holds references to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from pydantic import Field

from newscheck.analysis import Document, FieldAnalysis
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup, CheckerSkipped
from newscheck.checkers.word_misuse import calibration, messages
from newscheck.checkers.word_misuse.candidates import NeighbourTable, load_neighbours
from newscheck.checkers.word_misuse.context import Clause, Slot, clauses
from newscheck.checkers.word_misuse.evidence import Choice, Judge, Suspect, Tuning
from newscheck.checkers.word_misuse.guards import is_name_like, overlaps, plain_word, quiet_spans
from newscheck.checkers.word_misuse.language_model import (
    ModelUnavailableError,
    TrigramModel,
    load_model,
)
from newscheck.checkers.word_misuse.lexicon import Lexicon
from newscheck.checkers.word_misuse.prior import written_log10
from newscheck.checkers.word_misuse.referents import Referents
from newscheck.checkers.word_misuse.rules import RULES
from newscheck.checkers.word_misuse.semantics import WordVectors, load_vectors
from newscheck.rules import Rule

MAX_SUGGESTIONS = 3
REFERENT_CONFIDENCE = 0.9  # a listed wrong form, with the place named elsewhere
REFERENT_UNNAMED = 0.6  # the place it stands for is not named in the article
ARTICLE_CONFIDENCE = 0.85
COLLOCATION = 1.0  # log10 lift of a bigram over its second word alone
CONTENT_WORD = -2.7  # words commoner than this (log10 P) say nothing about the subject
REPEAT_BONUS = 1.5  # log10: the article already has this slip, judged clearly, elsewhere
REPEAT_FROM = 0.5  # only a finding at least this confident vouches for the word's repeats


class WordMisuseOptions(CheckerOptions):
    """Options for word_misuse; every list is data, so a newsroom extends it without code."""

    check_quotes: bool = Field(
        default=False, description="Also check inside direct quotations (a source's words)."
    )
    min_confidence: float = Field(
        default=0.35, ge=0.0, le=1.0, description="Findings below this confidence are dropped."
    )
    extra_sets: list[str] = Field(
        default_factory=list,
        description="More confusion sets: TOML files, or plain .txt lists (a set a line).",
    )
    default_sets: bool = Field(
        default=True,
        description="Use the shipped confusion sets; false keeps only those in extra_sets.",
    )
    disable_sets: list[str] = Field(
        default_factory=list, description="Words whose confusion sets are switched off."
    )
    referents_file: str | None = Field(
        default=None, description="A referents TOML file to use instead of the shipped one."
    )
    open_vocabulary: bool = Field(
        default=True, description="Flag improbable words that are not in any confusion set."
    )


class WordMisuseChecker:
    name: ClassVar[str] = "word_misuse"
    rules: ClassVar[tuple[Rule, ...]] = RULES
    weight: ClassVar[float] = 1.0
    english_only: ClassVar[bool] = True
    options_model: ClassVar[type[CheckerOptions]] = WordMisuseOptions

    def __init__(self, setup: CheckerSetup, tuning: Tuning | None = None) -> None:
        self.options = WordMisuseOptions.model_validate(dict(setup.options))
        self.tuning = tuning or Tuning()
        self.lexicon = Lexicon.load(
            self.options.extra_sets, defaults=self.options.default_sets
        ).without(self.options.disable_sets)
        path = self.options.referents_file
        self.referents = Referents.load(Path(path) if path else None)
        self._model: TrigramModel | None = None
        self._judge_: Judge | None = None
        self._neighbours: NeighbourTable | None = None
        self._vectors: WordVectors | None = None
        self._unavailable: str | None = None
        try:
            self._model = load_model()
            self._judge_ = Judge(self._model, self.tuning)
            written_log10("the")  # load the written-English prior now, not on the first article
            if self.options.open_vocabulary:
                self._neighbours = load_neighbours()
                self._vectors = load_vectors()
        except (ModelUnavailableError, OSError, ImportError) as exc:
            self._model = None
            self._unavailable = str(exc)

    def check(self, doc: Document, ctx: CheckContext) -> None:
        checked = 0
        in_article = {t.lower for f in doc.fields for t in f.words}
        slips: dict[str, str] = {}
        for field in doc.fields:
            if not field.text:
                continue
            self._check_referents(field, ctx)
            if self._judge_ is not None:
                checked += self._check_words(field, ctx, self._judge_, in_article, slips)
        if slips and self._judge_ is not None:
            self._check_repeats(doc, ctx, slips, in_article)
        ctx.metrics["words_checked"] = float(checked)
        if self._model is None:
            ctx.data["skipped_channels"] = ["WM001", "WM002"]
            if not self.referents.places:
                raise CheckerSkipped(f"no language model: {self._unavailable}")

    # -- WM001 and WM002 -------------------------------------------------------------------

    def _check_words(
        self,
        field: FieldAnalysis,
        ctx: CheckContext,
        judge: Judge,
        in_article: set[str],
        slips: dict[str, str],
    ) -> int:
        """Judge every plain word; record confident WM002 slips in ``slips`` (word ->
        the suggestion) so their repeats can be judged with that evidence."""
        checked = 0
        for clause, slot in self._slots(field):
            checked += 1
            suspect = self._judge(judge, clause, slot, in_article)
            if suspect is None:
                continue
            conf = self._report(field, ctx, suspect)
            if suspect.code == "WM002" and conf >= REPEAT_FROM:
                slips.setdefault(suspect.written, suspect.choices[0].word)
        return checked

    def _slots(self, field: FieldAnalysis) -> Iterator[tuple[Clause, Slot]]:
        quiet = quiet_spans(field, self.options.check_quotes)
        for sentence in field.sentences:
            for clause in clauses(field, sentence):
                for slot in clause.slots:
                    token = slot.token
                    if plain_word(token) and not overlaps(quiet, token.start, token.end):
                        yield clause, slot

    def _check_repeats(
        self, doc: Document, ctx: CheckContext, slips: dict[str, str], in_article: set[str]
    ) -> None:
        """Machine-translated copy repeats its slips ("inversion" six times). Once one use
        is judged a clear slip for a word, its other uses need less evidence for that same
        word: the threshold drops by REPEAT_BONUS for that candidate only."""
        assert self._judge_ is not None and self._neighbours is not None
        flagged = {(f.field.name, f.start) for f in ctx.findings}
        eased = Judge(
            self._judge_.model,
            replace(self.tuning, open_threshold=self.tuning.open_threshold - REPEAT_BONUS),
        )
        for field in doc.fields:
            for clause, slot in self._slots(field):
                written = clause.words[slot.index]
                meant = slips.get(written)
                if meant is None or (field.name, slot.token.start) in flagged:
                    continue
                if slot.sentence_initial or is_name_like(slot.token, slot.sentence_initial):
                    continue
                only = tuple(n for n in self._neighbours.neighbours(written) if n.word == meant)
                if not only:
                    continue
                fit = self._topic_fit(eased.model, clause, slot.index, [written, meant])
                choices = eased.neighbours(clause.words, slot.index, only, fit, in_article)
                if choices:
                    self._report(field, ctx, Suspect("WM002", slot.token, written, tuple(choices)))

    def _judge(
        self, judge: Judge, clause: Clause, slot: Slot, in_article: set[str]
    ) -> Suspect | None:
        model = judge.model
        written = clause.words[slot.index]
        if not model.known(written):
            return None  # an unknown word is never an error: the model is lowercase and dated
        name_like = is_name_like(slot.token, slot.sentence_initial)
        if not name_like:
            phrase = self._judge_phrase(judge, clause, slot)
            if phrase is not None:
                return phrase
        alternatives = self.lexicon.alternatives(slot.token.text, names_only=name_like)
        if alternatives:
            ranked = judge.confusables(clause.words, slot.index, alternatives)
            if ranked:
                return Suspect(
                    "WM001", slot.token, written, tuple(c for c, _ in ranked), ranked[0][1]
                )
            return None  # a curated word is judged against its set only
        if self._neighbours is None or slot.sentence_initial or name_like:
            return None
        neighbours = self._neighbours.neighbours(written)
        if not neighbours:
            return None
        fit = self._topic_fit(model, clause, slot.index, [written, *(n.word for n in neighbours)])
        choices = judge.neighbours(clause.words, slot.index, neighbours, fit, in_article)
        if choices:
            return Suspect("WM002", slot.token, written, tuple(choices))
        return None

    def _judge_phrase(self, judge: Judge, clause: Clause, slot: Slot) -> Suspect | None:
        """A confusion-set member of two or more words written from this slot ("every day"
        where "everyday" was meant), judged against its set like a single word."""
        for length, member, cset in self.lexicon.phrases_at(clause.words, slot.index):
            last = next((s for s in clause.slots if s.index == slot.index + length - 1), None)
            if last is None or any(
                is_name_like(s.token, False)
                for s in clause.slots
                if slot.index < s.index < slot.index + length
            ):
                continue  # a hyphenated part or a capitalised name inside: not the phrase
            others = {w: cset for w in cset.others(member)}
            ranked = judge.confusables(clause.words, slot.index, others, length)
            if ranked:
                choices = tuple(c for c, _ in ranked)
                return Suspect("WM001", slot.token, member, choices, cset, end=last.token.end)
        return None

    def _report(self, field: FieldAnalysis, ctx: CheckContext, suspect: Suspect) -> float:
        """Report ``suspect`` unless it is below ``min_confidence``; return its confidence."""
        conf = calibration.confidence(suspect.code, suspect.margin)
        if conf < self.options.min_confidence:
            return conf
        token = suspect.token
        end = suspect.end if suspect.end is not None else token.end
        written = field.text[token.start : end]
        best: Choice = suspect.choices[0]
        suggestions = [_match_case(c.word, token.text) for c in suspect.choices[:MAX_SUGGESTIONS]]
        if suspect.confusion_set is not None:
            message = messages.confusable(written, best.word, suspect.confusion_set)
        else:
            message = messages.improbable(written, suggestions)
        ctx.report(
            suspect.code, field, token.start, end, message,
            suggestions=suggestions, confidence=conf, severity=calibration.severity(conf),
        )
        return conf

    # -- WM003 -------------------------------------------------------------------------------

    def _check_referents(self, field: FieldAnalysis, ctx: CheckContext) -> None:
        if not self.referents.places:
            return
        quiet = quiet_spans(field, self.options.check_quotes)
        seen: set[tuple[int, int]] = set()
        hits = self.referents.find(field.text, self._collocation)
        for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
            if overlaps(quiet, hit.start, hit.end) or any(
                s < hit.end and hit.start < e for s, e in seen
            ):
                continue
            seen.add((hit.start, hit.end))
            if hit.kind == "article":
                conf = ARTICLE_CONFIDENCE
            else:
                conf = REFERENT_CONFIDENCE if hit.named_elsewhere else REFERENT_UNNAMED
            if conf < self.options.min_confidence:
                continue
            ctx.report(
                "WM003", field, hit.start, hit.end,
                messages.wrong_referent(hit.written, hit.use, hit.place.name, hit.kind, hit.note),
                suggestions=[hit.use], confidence=conf, severity=calibration.severity(conf),
            )


    def _topic_fit(
        self, model: TrigramModel, clause: Clause, index: int, words: list[str]
    ) -> dict[str, float]:
        """Each word's fit (cosine) with the subject of the clause's other content words."""
        if self._vectors is None:
            return {}
        content = [
            w if (lp := model.unigram(w)) is not None and lp < CONTENT_WORD else ""
            for w in clause.words
        ]
        centre = self._vectors.centroid(content, index)
        return {w: self._vectors.fit(w, centre) for w in words}

    def _collocation(self, first: str, second: str) -> bool:
        """Does the model see ``first second`` as a set phrase (10x likelier than chance)?"""
        if self._model is None:
            return False
        joint, alone = self._model.logprob(second, [first]), self._model.logprob(second)
        return joint is not None and alone is not None and joint - alone > COLLOCATION


def _match_case(word: str, like: str) -> str:
    """Give the suggestion the written word's capitalisation and apostrophe."""
    if like[:1].isupper():
        word = word[:1].upper() + word[1:]
    if "\u2019" in like:
        word = word.replace("'", "\u2019")
    return word
