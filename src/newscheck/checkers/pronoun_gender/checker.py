"""PronounGenderChecker: a he/she that contradicts what the article says about the person.

Per field: find who is mentioned and the evidence about each (people.py), resolve every
gendered pronoun outside quotations to its most likely referent without looking at its
gender (resolve.py), and keep as suspects the pronouns whose referent's evidence says the
other gender. Each suspect's confidence comes from calibration.py; those above the threshold
are reported. The people found and their evidence go into the checker's data for reviewers
and later checkers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from pydantic import Field

from newscheck.analysis import Document, FieldAnalysis
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup
from newscheck.checkers.pronoun_gender.calibration import Signals, confidence
from newscheck.checkers.pronoun_gender.cast import Cast, Entity
from newscheck.checkers.pronoun_gender.evidence import Evidence, balance, gender_of, strongest
from newscheck.checkers.pronoun_gender.lexicon import Lexicon, lexicon
from newscheck.checkers.pronoun_gender.names import table
from newscheck.checkers.pronoun_gender.people import find_cast
from newscheck.checkers.pronoun_gender.pronouns import (
    Gender,
    Pronoun,
    counterpart,
    find_pronouns,
    neutral,
)
from newscheck.checkers.pronoun_gender.resolve import Resolution, resolve_all
from newscheck.checkers.pronoun_gender.rules import RULES
from newscheck.models import Severity
from newscheck.rules import Rule

MIN_CONTRADICTION = 0.5  # net evidence weight against the pronoun before it is a suspect
# ... and without the person's own pronouns: a "spokesman" (0.75) alone never flags "she",
# but "Penn ... He served ... Penn was elected ... She was reelected" is worth a confidence.
MIN_WITHOUT_PRONOUNS = 1.0
SAME_SLIP = 0.7  # another pronoun of the same gender pinned on the same person counts for it
STRONG = 3.0  # the weight of an honorific or a gendered role noun


class PronounGenderOptions(CheckerOptions):
    min_confidence: float = Field(
        default=0.9,
        ge=0.0,
        le=1.0,
        description="PG001 findings below this confidence are dropped (GAP: 0.7% false flags).",
    )
    error_confidence: float = Field(
        default=0.93, ge=0.0, le=1.0, description="PG001 findings at or above this are errors."
    )
    country_min_confidence: float = Field(
        default=0.6,
        ge=0.0,
        le=1.0,
        description="PG002: the least share of the pronoun's referents that are countries.",
    )


@dataclass(frozen=True)
class Suspect:
    """A pronoun pinned on a named person whose evidence says the other gender."""

    field: FieldAnalysis
    resolution: Resolution
    person: Entity
    signals: Signals

    @property
    def pronoun(self) -> Pronoun:
        return self.resolution.pronoun


@dataclass
class _Field:
    """One field's analysis: the pieces both reporting and the data payload need."""

    field: FieldAnalysis
    cast: Cast
    pronouns: list[Pronoun]
    resolutions: list[Resolution]


class PronounGenderChecker:
    name: ClassVar[str] = "pronoun_gender"
    rules: ClassVar[tuple[Rule, ...]] = RULES
    weight: ClassVar[float] = 1.0
    english_only: ClassVar[bool] = True
    options_model: ClassVar[type[CheckerOptions]] = PronounGenderOptions

    def __init__(self, setup: CheckerSetup) -> None:
        self.options = PronounGenderOptions.model_validate(dict(setup.options))
        self.lexicon: Lexicon = lexicon()
        table()  # load the name table with the engine, not on the first article

    def analyse(self, field: FieldAnalysis) -> _Field:
        pronouns = find_pronouns(field)
        subjects = [p.start for p in pronouns if p.case == "subject"]
        cast = find_cast(field, self.lexicon, subjects)
        return _Field(field, cast, pronouns, resolve_all(field, cast, pronouns, self.lexicon))

    def suspects(self, doc: Document) -> list[Suspect]:
        """Every contradiction worth a confidence, reported or not (for benchmarks too)."""
        return [s for f in doc.fields for s in _suspects(self.analyse(f))]

    def check(self, doc: Document, ctx: CheckContext) -> None:
        people: list[dict[str, Any]] = []
        pronouns = resolved = 0
        for field in doc.fields:
            analysed = self.analyse(field)
            pronouns += len(analysed.pronouns)
            resolved += sum(1 for r in analysed.resolutions if r.entity is not None)
            for suspect in _suspects(analysed):
                self.report_contradiction(suspect, ctx)
            self.report_countries(analysed, ctx)
            people.extend(_describe(field, analysed.cast))
        ctx.data["people"] = people
        ctx.metrics["people"] = float(len(people))
        ctx.metrics["gendered_pronouns"] = float(pronouns)
        ctx.metrics["resolved_pronouns"] = float(resolved)

    def report_contradiction(self, suspect: Suspect, ctx: CheckContext) -> None:
        sure = confidence(suspect.signals)
        if sure < self.options.min_confidence:
            return
        pronoun = suspect.pronoun
        ctx.report(
            "PG001",
            suspect.field,
            pronoun.start,
            pronoun.end,
            _message(suspect.person, pronoun),
            suggestions=[counterpart(pronoun)],
            confidence=sure,
            severity=Severity.ERROR if sure >= self.options.error_confidence else None,
        )

    def report_countries(self, analysed: _Field, ctx: CheckContext) -> None:
        for resolution in analysed.resolutions:
            entity, pronoun = resolution.entity, resolution.pronoun
            if entity is None or resolution.contradicts or pronoun.gender != "female":
                continue
            if entity.kind not in ("country", "ship"):
                continue
            if resolution.kind_share < self.options.country_min_confidence:
                continue
            if self.person_between(analysed.field, entity, pronoun):
                continue  # "US blogger fired by her airline": the blogger's airline
            ctx.report(
                "PG002",
                analysed.field,
                pronoun.start,
                pronoun.end,
                f'"{pronoun.text}" refers to {entity.name}; news style calls a {entity.kind} "it".',
                suggestions=[neutral(pronoun)],
                confidence=resolution.kind_share,
            )

    def person_between(self, field: FieldAnalysis, entity: Entity, pronoun: Pronoun) -> bool:
        """A person noun between the country's last mention and the pronoun: headlines and
        captions drop the article that would have made it a referent of its own."""
        before = [m.end for m in entity.mentions if m.end <= pronoun.start]
        start = max(before, default=pronoun.start)
        return any(
            w.lower in self.lexicon.person_nouns or w.lower in self.lexicon.roles
            for w in field.words
            if start <= w.start < pronoun.start
        )


def _suspects(analysed: _Field) -> list[Suspect]:
    found = []
    for resolution in analysed.resolutions:
        person = resolution.entity
        if not resolution.contradicts or person is None or not person.named or person.shared:
            continue  # a surname two people bear ("Penn" after John and Mary Penn) is either
        signals = _signals(analysed, resolution, person)
        called = any(
            e.kind == "pronoun" and e.gender == resolution.pronoun.other_gender
            for e in person.evidence
        )
        least = MIN_CONTRADICTION if called else MIN_WITHOUT_PRONOUNS
        if signals.contradiction >= least:
            found.append(Suspect(analysed.field, resolution, person, signals))
    return found


def _signals(analysed: _Field, resolution: Resolution, person: Entity) -> Signals:
    pronoun = resolution.pronoun
    toward_female = balance(person.evidence, pronoun.start)
    against = toward_female if pronoun.gender == "male" else -toward_female
    against -= sum(
        SAME_SLIP * other.share
        for other in analysed.resolutions
        if other is not resolution
        and other.contradicts
        and other.entity is person
        and other.pronoun.gender == pronoun.gender
    )
    other = pronoun.other_gender
    strong = any(
        e.gender == other and e.kind in ("honorific", "role") and e.weight >= STRONG
        for e in person.evidence
    )
    return Signals(
        share=resolution.share,
        contradiction=against,
        strong=strong,
        same_gender_pronouns=sum(
            1 for p in analysed.pronouns if p.gender == pronoun.gender and p is not pronoun
        ),
        support=_support(analysed.cast, person, pronoun.gender),
        object_case=pronoun.case == "object",
        rival_ratio=resolution.rival / resolution.salience if resolution.salience else 0.0,
        independent=_against(pronoun.gender, [e for e in person.evidence if e.kind != "pronoun"]),
    )


def _against(gender: Gender, items: list[Evidence]) -> float:
    """Net weight of ``items`` against ``gender``: names, titles and roles say more about a
    person than pronouns the resolver pinned on them."""
    toward_female = balance(items)
    return toward_female if gender == "male" else -toward_female


def _support(cast: Cast, person: Entity, gender: Gender) -> int:
    """Other referents known, from something other than pronouns, to be of ``gender``."""
    count = 0
    for entity in cast.entities:
        if entity is person:
            continue
        if entity.kind == "nominal" and entity.gender == gender:
            count += 1
        elif entity.kind == "person":
            independent = [e for e in entity.evidence if e.kind != "pronoun"]
            count += gender_of(independent) == gender
    return count


def _message(person: Entity, pronoun: Pronoun) -> str:
    """'Adrienne Watson is called a spokeswoman; "He" probably refers to her.'"""
    gender = pronoun.other_gender
    because = " and ".join(item.phrase() for item in strongest(person.evidence, gender))
    target = "her" if gender == "female" else "him"
    return f'{person.name} {because}; "{pronoun.text}" probably refers to {target}.'


def _describe(field: FieldAnalysis, cast: Cast) -> list[dict[str, Any]]:
    return [
        {
            "name": person.name,
            "field": field.name,
            "spans": [[m.start, m.end] for m in person.mentions],
            "gender": gender_of(person.evidence),
            "evidence": [e.as_data() for e in person.evidence],
        }
        for person in cast.people()
    ]
