"""Turn the attribution structure into what a standards editor would query (SA001-SA006).

Severity follows how much the copy leans on the weak attribution: a vague group that is the
support for a claim in an article with hardly any named source is a warning; the same words
in a well-sourced article are info. Each finding says what to ask for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newscheck.analysis import FieldAnalysis
from newscheck.checker import CheckContext
from newscheck.checkers.attribution.relations import Attribution, Extraction
from newscheck.checkers.attribution.sources import SourceList, queried_anonymous
from newscheck.checkers.attribution.speakers import NameIndex, Speaker, has_incompatible_person
from newscheck.checkers.attribution.weasel import (
    ALLEGATION,
    HIDDEN_SOURCE,
    OWNERS,
    masked,
    weasels,
)
from newscheck.models import Severity
from newscheck.spans import Span

_ACCUSED_BY = re.compile(
    r"\w+ (?:\w+ )?(?:accused|suspected) of\b[^.;]*?\bby (?:the |a |an )?[A-Z]"
)
"""'was accused of X by Y': the accuser comes after the charge."""
_FEW_NAMED = 1
"""An article naming at most this many sources of its own leans on what it does not name."""
_CLAIM_WORDS = 4
_MIN_WORDS_SA005 = 40


@dataclass
class FieldResult:
    analysis: FieldAnalysis
    extraction: Extraction
    masked: str


@dataclass
class Finder:
    """Reports findings for one article through ``ctx``."""

    ctx: CheckContext
    fields: list[FieldResult]
    sources: SourceList
    weasel_level: int
    reported: list[tuple[str, Span]]
    places: frozenset[str] = frozenset()

    @property
    def few_named(self) -> bool:
        return len(self.sources.named) <= _FEW_NAMED

    def attributions(self) -> Iterator[tuple[FieldResult, Attribution]]:
        for result in self.fields:
            for attr in result.extraction.attributions:
                yield result, attr

    def report(
        self,
        code: str,
        result: FieldResult,
        span: Span,
        message: str,
        *,
        suggestions: tuple[str, ...] = (),
        severity: Severity | None = None,
        confidence: float = 0.8,
    ) -> None:
        where = result.analysis
        key = f"{code}:{where.name}"
        for other, s in self.reported:
            same_field = other.endswith(f":{where.name}")
            if same_field and s.overlaps(span.start, span.end) and (
                other == key or code == "SA006"
            ):
                return  # one finding per wording; SA006 yields to a sharper rule
        self.reported.append((key, span))
        self.ctx.report(
            code, where, span.start, span.end, message, suggestions=suggestions,
            severity=severity, confidence=confidence,
        )

    def run(self) -> None:
        self.allegations()
        self.unattributed_quotes()
        self.vague_sources()
        self.outlet_sourcing()
        self.no_named_source()
        self.weasel_wording()

    # -- SA001 --------------------------------------------------------------------------

    def unattributed_quotes(self) -> None:
        for result, attr in self.attributions():
            if result.analysis.name == "title" or attr.kind != "direct":
                continue
            if (
                attr.speaker is None
                and attr.quote is not None
                and _stands_alone(result.analysis, attr.quote.span)
                and not self.named_nearby(result, attr.quote.span)
            ):
                self.report(
                    "SA001", result, attr.content,
                    "This quotation has no speaker anywhere near it: say who said it.",
                    suggestions=('add the speaker: "…," said <name>.',),
                    confidence=0.75,
                )
        for result, attr, speaker in self.untraceable():
            if attr.kind == "direct" or self.carries_quote(result, attr):
                self.report(
                    "SA001", result, speaker.span,
                    f"The speaker '{speaker.text}' matches nobody named before: say who is "
                    "quoted here.",
                    confidence=0.7,
                )

    def named_nearby(self, result: FieldResult, quote: Span) -> bool:
        """Someone named in the quote's paragraph, the one before, or the next sentence."""
        field = result.analysis
        index = next(
            (i for i, p in enumerate(field.paragraphs) if p.start <= quote.start < p.end), 0
        )
        start = field.paragraphs[max(0, index - 1)].start
        end = quote.end
        after = next((s for s in field.sentences if s.end > quote.end), None)
        if after is not None:
            end = after.end
        for mention in result.extraction.names.mentions:
            if start <= mention.start < end:
                return True
        return any(
            a.speaker is not None and start <= a.speaker.span.start < end
            for a in result.extraction.attributions
        )

    def nested(self, result: FieldResult, attr: Attribution) -> bool:
        """Inside what a named source says: "She said that if she won, people would say …"."""
        if attr.cue is None:
            return False
        return any(
            other is not attr
            and other.speaker is not None
            and other.speaker.resolved.named
            and other.content.contains(attr.cue.start, attr.cue.end)
            for other in result.extraction.attributions
        )

    def carries_quote(self, result: FieldResult, attr: Attribution) -> bool:
        return any(
            attr.content.contains(q.span.start, q.span.end)
            for q in result.extraction.speech_quotes + [
                a.quote for a in result.extraction.attributions if a.quote is not None
            ]
        )

    def untraceable(self) -> Iterator[tuple[FieldResult, Attribution, Speaker]]:
        """He/she speakers left unresolved where the copy names no one they could be."""
        for result in self.fields:
            names: NameIndex = result.extraction.names
            earlier: list[Speaker] = []
            seen: set[int] = set()
            for attr in result.extraction.attributions:
                sp = attr.speaker
                if sp is None or attr.inherited:
                    continue
                if sp.pronoun in {"he", "she"} and sp.antecedent is None:
                    if (
                        sp.span.start not in seen
                        and has_incompatible_person(sp, earlier, names)
                        and not self.unknown_name_near(result, sp.span.start)
                    ):
                        seen.add(sp.span.start)
                        yield result, attr, sp
                elif sp.resolved.naming is not None:
                    earlier.append(sp)

    def unknown_name_near(self, result: FieldResult, offset: int) -> bool:
        """A capitalised word we could not place in the pronoun's sentence or the one before:
        maybe the person it stands for, so the pronoun is not flagged."""
        field = result.analysis
        sentence = field.sentence_at(offset)
        if sentence is None:
            return True
        index = field.sentences.index(sentence)
        start = field.sentences[index - 1].start if index > 0 else sentence.start
        known = [(m.start, m.end) for m in result.extraction.names.mentions] + [
            (a.speaker.span.start, a.speaker.span.end)
            for a in result.extraction.attributions
            if a.speaker is not None and a.speaker.resolved.person
        ]
        for token in field.words:
            if token.start < start or token.start >= sentence.end or token.start >= offset:
                continue
            if not token.text[:1].isupper() or field.in_quote(token.start, token.end):
                continue
            if field.sentence_at(token.start) is not None and any(
                s.start == token.start for s in field.sentences
            ):
                continue
            if any(a <= token.start < b for a, b in known):
                continue
            if token.text in self.places:
                continue
            return True
        return False

    # -- SA002 --------------------------------------------------------------------------

    def vague_sources(self) -> None:
        asked: set[str] = set()
        for result, attr in self.attributions():
            sp = attr.speaker
            if sp is None or attr.inherited or attr.credit or sp.pronoun:
                continue
            resolved = sp.resolved
            if resolved.key in asked or self.nested(result, attr):
                continue  # "which analysts?" is asked once per article
            span = _around(sp.span, attr.cue)
            if resolved.vague or queried_anonymous(sp):
                asked.add(resolved.key)
            if resolved.vague:
                claim = len(result.analysis.text[attr.content.start : attr.content.end].split())
                severity = (
                    Severity.WARNING
                    if claim >= _CLAIM_WORDS and self.few_named and not resolved.outlet
                    else Severity.INFO
                )
                self.report(
                    "SA002", result, span,
                    f"'{sp.text}' names nobody: say which {resolved.text.lower()} and why "
                    "they are not named, or cite a named source.",
                    severity=severity,
                    confidence=0.8,
                )
            elif queried_anonymous(sp):
                self.report(
                    "SA002", result, span,
                    f"'{sp.text}' is an unnamed source: name them, or say why they cannot "
                    "be named and how they know.",
                    confidence=0.7,
                )
        for result, attr, speaker in self.untraceable():
            if attr.kind == "indirect" and not self.carries_quote(result, attr):
                self.report(
                    "SA002", result, speaker.span,
                    f"The speaker '{speaker.text}' matches nobody named before: say who.",
                    confidence=0.6,
                )
        for result in self.fields:
            for match in HIDDEN_SOURCE.finditer(result.masked):
                self.report(
                    "SA002", result, Span(match.start(), match.end()),
                    f"'{match.group()}' hides the source: say who reported it.",
                    confidence=0.7,
                )

    # -- SA003 --------------------------------------------------------------------------

    def allegations(self) -> None:
        for result in self.fields:
            field = result.analysis
            for match in ALLEGATION.finditer(result.masked):
                if self.owned(result, match.start()):
                    continue
                self.report(
                    "SA003", result, Span(match.start(), match.end()),
                    f"'{match.group()}': who makes this accusation? Name the accuser (police, "
                    "prosecutors, a court filing, a named person) or leave the claim out.",
                    confidence=0.75,
                )
            del field

    def owned(self, result: FieldResult, offset: int) -> bool:
        field = result.analysis
        sentence = field.sentence_at(offset)
        if sentence is None:
            return False
        index = field.sentences.index(sentence)
        window = [sentence]
        if index > 0 and _same_paragraph(field, field.sentences[index - 1], sentence):
            window.append(field.sentences[index - 1])
        if index + 1 < len(field.sentences) and _same_paragraph(
            field, sentence, field.sentences[index + 1]
        ):
            window.append(field.sentences[index + 1])  # "He denies it." / "…, police said."
        text = field.text
        if any(OWNERS.search(text, s.start, s.end) for s in window):
            return True
        if _ACCUSED_BY.match(text, offset, sentence.end):
            return True
        for attr in result.extraction.attributions:
            sp = attr.speaker
            if sp is None or attr.credit or sp.resolved.vague:
                continue  # a pronoun owns it too: "they claimed he allegedly …"
            if attr.content.start <= offset < attr.content.end:
                return True
            if attr.cue is not None and sentence.start <= attr.cue.start < sentence.end:
                return True
        return False

    # -- SA004 --------------------------------------------------------------------------

    def outlet_sourcing(self) -> None:
        severity = Severity.WARNING if self.few_named else Severity.INFO
        lede = _lede(self.fields)
        reported = False
        for result, attr in self.attributions():
            sp = attr.speaker
            if sp is None or not sp.resolved.outlet or attr.inherited:
                continue
            if attr.credit:
                self.report(
                    "SA004", result, sp.span,
                    f"The copy is credited to '{sp.text}': confirm its claims independently, "
                    "attribute them to it in the text, and add sources of your own.",
                    severity=severity,
                )
                reported = True
            elif _in_lede(result, attr, lede):
                self.report(
                    "SA004", result, sp.span,
                    f"The lede rests on '{sp.text}': confirm the claim with a primary source, "
                    "or credit and link the original report.",
                    severity=severity,
                )
                reported = True
        if reported or self.sources.named or not self.sources.outlets:
            return
        first = self.first_outlet()
        if first is not None:
            result, sp = first
            self.report(
                "SA004", result, sp.span,
                "Every named source in this article is another news outlet: confirm the claims "
                "with primary sources.",
                severity=Severity.WARNING,
            )

    def first_outlet(self) -> tuple[FieldResult, Speaker] | None:
        for result, attr in self.attributions():
            if attr.speaker is not None and attr.speaker.resolved.outlet:
                return result, attr.speaker
        return None

    # -- SA005 --------------------------------------------------------------------------

    def no_named_source(self) -> None:
        body = next((r for r in self.fields if r.analysis.name == "body"), None)
        if body is None or len(body.analysis.words) < _MIN_WORDS_SA005:
            return
        sources = list(self.sources)
        if not sources or any(s.speaker.naming != "anonymous" for s in sources):
            return
        para = body.analysis.paragraphs[0]
        self.report(
            "SA005", body, Span(para.start, para.end),
            "No source in this article is named: every claim rests on anonymous or vague "
            "sources. Add at least one on-the-record source.",
            confidence=0.8,
        )

    # -- SA006 --------------------------------------------------------------------------

    def weasel_wording(self) -> None:
        if self.weasel_level <= 0:
            return
        for result in self.fields:
            attributed = [
                a.content for a in result.extraction.attributions
                if a.speaker is not None and not a.credit and a.kind == "indirect"
            ] + [
                result.analysis.sentence_at(a.cue.start) or a.cue
                for a in result.extraction.attributions
                if a.speaker is not None and not a.credit and a.cue is not None
                and not a.speaker.resolved.vague and a.speaker.resolved.naming is not None
            ]
            for sentence in result.analysis.sentences:
                hit = weasels(result.masked, sentence, self.weasel_level)
                if hit is None:
                    continue
                if any(c.contains(hit[0].start, hit[0].end) for c in attributed):
                    continue  # the source's claim, attributed: like a quotation
                span, ask = hit
                words = result.analysis.text[span.start : span.end]
                self.report(
                    "SA006", result, span,
                    f"'{words}' makes the claim sound sourced or general: {ask}.",
                    confidence=0.6,
                )


def _stands_alone(field: FieldAnalysis, quote: Span) -> bool:
    """The quotation opens its sentence or paragraph: it is not worked into the reporter's
    own sentence ("described it as "a disaster"")."""
    text = field.text
    i = quote.start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    return text[i] in ".!?:\u201d\"'\u2019-\u2014\u2013"


def _around(speaker: Span, cue: Span | None) -> Span:
    if cue is None or (abs(cue.start - speaker.end) > 40 and abs(speaker.start - cue.end) > 40):
        return speaker
    return Span(min(speaker.start, cue.start), max(speaker.end, cue.end))


def _same_paragraph(field: FieldAnalysis, a: Span, b: Span) -> bool:
    return any(p.start <= a.start and b.end <= p.end for p in field.paragraphs)


def _lede(fields: list[FieldResult]) -> Span | None:
    body = next((r for r in fields if r.analysis.name == "body"), None)
    if body is None or not body.analysis.paragraphs:
        return None
    return body.analysis.paragraphs[0]


def _in_lede(result: FieldResult, attr: Attribution, lede: Span | None) -> bool:
    if result.analysis.name == "title":
        return True
    if lede is None or attr.cue is None:
        return False
    return lede.start <= attr.cue.start < lede.end


def mask_quotes(extraction: Extraction, field: FieldAnalysis) -> str:
    """The field's text with every quotation blanked, for patterns on the reporter's words."""
    spans = [q.span for q in field.quotes]
    spans += [a.quote.span for a in extraction.attributions if a.quote is not None]
    return masked(field.text, spans)
