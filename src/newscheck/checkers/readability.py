"""Readability (RD): overlong sentences and paragraphs, and an article grade outside the band.

The formulas (readability_metrics) run on the body as the shared analysis splits it, so a
sentence RD001 flags is exactly a sentence the other checkers see. Defaults are set against
clean BBC copy (docs/benchmarks-readability.md): they flag what a subeditor would cut, not
the ordinary long sentence of professional news.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Annotated, ClassVar

from pydantic import Field, model_validator

from newscheck.analysis import Document, FieldAnalysis
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup, CheckerSkipped
from newscheck.checkers import readability_metrics as rm
from newscheck.models import Severity
from newscheck.rules import Rule
from newscheck.segment import Token
from newscheck.spans import Span

Grade = Annotated[float, Field(ge=0.0, le=30.0)]

_LIST_CAPITALS = 0.75
"""A "sentence" whose words are this capitalised is a line-up or list, not prose (RD001)."""
_QUOTED_SHARE = 0.5
"""More of a long sentence than this inside quotation marks: the source's words (RD001 info)."""


class ReadabilityOptions(CheckerOptions):
    """Thresholds; the defaults and their false-alarm rates are in docs/readability.md."""

    max_sentence_words: int = Field(
        default=40, ge=10, le=200, description="RD001 fires above this many words."
    )
    max_paragraph_words: int = Field(
        default=200, ge=20, le=1000, description="RD003 fires above this many words."
    )
    grade_band: tuple[Grade, Grade] = Field(
        default=(6.0, 14.0),
        description="RD002 fires when the Flesch-Kincaid grade is outside [low, high].",
    )
    grade_min_words: int = Field(
        default=100, ge=30, description="RD002 needs this many body words to mean anything."
    )

    @model_validator(mode="after")
    def _band_is_ordered(self) -> ReadabilityOptions:
        low, high = self.grade_band
        if low >= high:
            raise ValueError(f"grade_band low ({low}) must be below high ({high})")
        return self


_RULES = (
    Rule(
        code="RD001",
        name="overlong-sentence",
        severity=Severity.WARNING,
        summary="A sentence is longer than readers can follow in one pass.",
        what=(
            "A sentence of more than `max_sentence_words` words (default 40), counted with "
            "newscheck's own sentence split and word tokens. When most of the sentence is a "
            "direct quotation the finding is only info: the words are the source's, so the "
            "fix is to split the quote or paraphrase part of it, not to rewrite it. Line-ups "
            "and lists (most words capitalised) are not flagged."
        ),
        why=(
            "Comprehension falls steeply with sentence length; news readers skim, often on a "
            "phone, and a 50-word sentence makes them hold too many facts at once. Clean BBC "
            "copy averages about 20 words a sentence and only 1.4% of its sentences exceed 40."
        ),
        example=(
            "The council said on Tuesday that the new bus lanes, which were approved last "
            "year after a long public consultation that drew more than 4,000 responses from "
            "residents and businesses across the city, would open in March once the final "
            "safety checks on the junctions had been completed by its contractors."
        ),
        better=(
            "The council said on Tuesday that the new bus lanes would open in March. They "
            "were approved last year after a public consultation that drew more than 4,000 "
            "responses. Contractors are finishing the last safety checks on the junctions."
        ),
    ),
    Rule(
        code="RD002",
        name="grade-outside-band",
        severity=Severity.INFO,
        summary="The article's reading grade is outside the band for general news.",
        what=(
            "The Flesch-Kincaid grade of the whole body falls outside `grade_band` (default "
            "6-14), for bodies of at least `grade_min_words` words (default 100). The finding "
            "sits on the first sentence, the lede, because the problem belongs to the whole "
            "article; the message says whether long sentences or long words drive the grade."
        ),
        why=(
            "Above the band, general readers give up; below it, copy reads as a string of "
            "choppy fragments. The band is wide on purpose: 97% of clean BBC articles fall "
            "inside it, so a finding means the article is unusual, not merely technical."
        ),
        example=(
            "Notwithstanding considerable institutional opposition, the municipal "
            "administration's comprehensive infrastructure modernisation programme, "
            "encompassing transportation, telecommunications and environmental remediation "
            "initiatives, will necessitate substantial additional expenditure.\n\n"
            "Representatives of the opposition characterised the authority's financial "
            "projections as fundamentally unrealistic, emphasising that preliminary "
            "feasibility assessments had systematically underestimated construction "
            "complications, inflationary pressures and unanticipated regulatory obligations.\n\n"
            "Municipal administrators nevertheless maintained that the programme's "
            "long-term economic justification remained compelling, identifying productivity "
            "improvements, environmental sustainability and international competitiveness as "
            "principal considerations underpinning the investment.\n\n"
            "Independent economists, commissioned by the regional development authority, "
            "subsequently concluded that comparable metropolitan modernisation programmes "
            "had experienced considerable implementation difficulties, predominantly "
            "attributable to inadequate contingency provisioning and organisational "
            "fragmentation."
        ),
        better=(
            "The city's plan to modernise its roads, phone lines and polluted land will cost "
            "far more than expected, despite strong opposition.\n\n"
            "Opposition councillors said the council's sums did not add up. They said early "
            "studies had played down building problems, rising prices and new rules that "
            "nobody saw coming.\n\n"
            "The council said the plan was still worth it. It said the work would help firms "
            "get more done, keep the city clean and help it compete with rivals abroad. "
            "Officials said they would publish new figures before the next budget, and "
            "that residents would be asked for their views at meetings in every ward."
        ),
    ),
    Rule(
        code="RD003",
        name="overlong-paragraph",
        severity=Severity.INFO,
        summary="A paragraph is longer than a news paragraph should be.",
        what=(
            "A paragraph of more than `max_paragraph_words` words (default 200), with "
            "paragraphs split as the shared analysis splits them (blank lines, or one "
            "paragraph a line)."
        ),
        why=(
            "News paragraphs carry one point in one to three sentences; on a phone a "
            "200-word paragraph fills two screens and hides the next fact. Long paragraphs are "
            "also where a second story gets buried."
        ),
        example=(
            "Flooding closed the main road into the village on Sunday. Residents said the "
            "water rose within an hour of the river bursting its banks. Firefighters rescued "
            "two people from a car that had stalled near the bridge. The Environment Agency "
            "issued three flood warnings for the area and said more rain was expected "
            "overnight. Volunteers filled sandbags at the village hall until late in the "
            "evening. The local school will stay closed on Monday while engineers check the "
            "building. A council spokeswoman said emergency accommodation had been offered to "
            "twelve families. Insurers said they had sent assessors to the area and urged "
            "householders to photograph any damage before they began to clear up. The "
            "railway line through the valley was also closed after a landslip near the "
            "tunnel, and the operator said buses would replace trains until at least "
            "Wednesday. Farmers on the flood plain said they had moved livestock to higher "
            "ground on Saturday night after the first warnings. The parish council said it "
            "would ask the county for money to raise the river wall, which was last repaired "
            "in 2009. Forecasters said the rain should ease by Tuesday afternoon, although "
            "river levels could stay high for several days as water drained from the hills "
            "above the village."
        ),
        better=(
            "Flooding closed the main road into the village on Sunday. Residents said the "
            "water rose within an hour of the river bursting its banks.\n\n"
            "Firefighters rescued two people from a car that had stalled near the bridge. The "
            "Environment Agency issued three flood warnings for the area and said more rain "
            "was expected overnight.\n\n"
            "Volunteers filled sandbags at the village hall until late in the evening. The "
            "local school will stay closed on Monday while engineers check the building. A "
            "council spokeswoman said emergency accommodation had been offered to twelve "
            "families.\n\n"
            "Insurers said they had sent assessors to the area and urged householders to "
            "photograph any damage before they began to clear up.\n\n"
            "The railway line through the valley was also closed after a landslip near the "
            "tunnel, and the operator said buses would replace trains until at least "
            "Wednesday. Farmers on the flood plain said they had moved livestock to higher "
            "ground on Saturday night after the first warnings.\n\n"
            "The parish council said it would ask the county for money to raise the river "
            "wall, which was last repaired in 2009. Forecasters said the rain should ease by "
            "Tuesday afternoon, although river levels could stay high for several days as "
            "water drained from the hills above the village."
        ),
    ),
)


class ReadabilityChecker:
    """Readability metrics of the body, and findings where a reader will struggle."""

    name: ClassVar[str] = "readability"
    rules: ClassVar[tuple[Rule, ...]] = _RULES
    weight: ClassVar[float] = 0.5
    english_only: ClassVar[bool] = True
    options_model: ClassVar[type[CheckerOptions]] = ReadabilityOptions

    def __init__(self, setup: CheckerSetup) -> None:
        self.options = ReadabilityOptions.model_validate(dict(setup.options))

    def check(self, doc: Document, ctx: CheckContext) -> None:
        body = doc.body
        if not body.words:
            raise CheckerSkipped("the body has no words to measure")
        by_sentence = _group(body.words, body.sentences)
        by_paragraph = _group(body.words, body.paragraphs)
        counted = [words for words in by_sentence if words]
        counts = rm.count_words((t.text for t in body.words), len(counted))
        limit = self.options.max_sentence_words
        grade = rm.flesch_kincaid_grade(counts)
        ctx.metrics.update(
            {
                "flesch_reading_ease": round(rm.flesch_reading_ease(counts), 2),
                "flesch_kincaid_grade": round(grade, 2),
                "gunning_fog": round(rm.gunning_fog(counts), 2),
                "smog_index": round(rm.smog_index(counts), 2),
                "dale_chall": round(rm.dale_chall(counts), 2),
                "words": float(counts.words),
                "sentences": float(counts.sentences),
                "avg_sentence_words": round(counts.words_per_sentence, 2),
                "avg_syllables_per_word": round(counts.syllables_per_word, 3),
                "long_sentences": float(sum(1 for words in counted if len(words) > limit)),
                "paragraphs": float(sum(1 for words in by_paragraph if words)),
            }
        )
        for span, words in zip(body.sentences, by_sentence, strict=True):
            if len(words) > limit:
                self._long_sentence(body, span, words, ctx)
        self._grade(body, counts, grade, ctx)
        for span, words in zip(body.paragraphs, by_paragraph, strict=True):
            if len(words) > self.options.max_paragraph_words:
                ctx.report(
                    "RD003",
                    body,
                    span.start,
                    span.end,
                    f"This paragraph runs to {len(words)} words; news paragraphs over "
                    f"{self.options.max_paragraph_words} bury their point. Break it up, "
                    "one point to a paragraph.",
                    confidence=0.8,
                )

    def _long_sentence(
        self, body: FieldAnalysis, span: Span, words: Sequence[Token], ctx: CheckContext
    ) -> None:
        alphabetic = [t for t in words if t.text[0].isalpha()]
        capitals = sum(1 for t in alphabetic if t.text[0].isupper())
        if alphabetic and capitals >= _LIST_CAPITALS * len(alphabetic):
            return
        n, limit = len(words), self.options.max_sentence_words
        quoted = sum(1 for t in words if body.in_quote(t.start, t.end))
        if quoted > _QUOTED_SHARE * n:
            ctx.report(
                "RD001",
                body,
                span.start,
                span.end,
                f"This sentence runs to {n} words, most of them a quotation; sentences over "
                f"{limit} are hard to follow. Split the quote or paraphrase part of it.",
                severity=Severity.INFO,
                confidence=0.6,
            )
            return
        text = body.text[span.start : span.end]
        hint = ", perhaps at the semicolon" if ";" in text else ""
        ctx.report(
            "RD001",
            body,
            span.start,
            span.end,
            f"This sentence runs to {n} words; news sentences over {limit} are hard to "
            f"follow. Split it{hint}.",
            confidence=0.9,
        )

    def _grade(
        self, body: FieldAnalysis, counts: rm.Counts, grade: float, ctx: CheckContext
    ) -> None:
        low, high = self.options.grade_band
        if counts.words < self.options.grade_min_words or low <= grade <= high:
            return
        lede = body.sentences[0] if body.sentences else body.paragraphs[0]
        asl, spw = counts.words_per_sentence, counts.syllables_per_word
        if grade > high:
            # Which term of the formula lifts the grade more above plain news (20 words a
            # sentence, 1.5 syllables a word)?
            long_sentences = 0.39 * (asl - 20.0) >= 11.8 * (spw - 1.5)
            advice = "shorter sentences" if long_sentences else "plainer, shorter words"
            verdict = f"harder than general news ({low:g}-{high:g}); {advice} would help most"
        else:
            verdict = (
                f"below the {low:g}-{high:g} band for general news: it may read as choppy; "
                "join closely related short sentences"
            )
        ctx.report(
            "RD002",
            body,
            lede.start,
            lede.end,
            f"The article reads at US school grade {grade:.1f} (Flesch-Kincaid; sentences "
            f"average {asl:.0f} words, words {spw:.2f} syllables), {verdict}.",
            confidence=min(0.9, 0.5 + 0.1 * max(grade - high, low - grade)),
        )


def _group(words: Sequence[Token], spans: Sequence[Span]) -> list[list[Token]]:
    """The word tokens inside each span (spans sorted and disjoint, as the analysis gives)."""
    starts = [s.start for s in spans]
    groups: list[list[Token]] = [[] for _ in spans]
    for token in words:
        i = bisect_right(starts, token.start) - 1
        if i >= 0 and token.start < spans[i].end:
            groups[i].append(token)
    return groups
