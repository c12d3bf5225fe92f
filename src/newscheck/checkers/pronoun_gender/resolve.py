"""Which referent each he/she/his/her most likely points at, judged without its gender.

Salience decides, as in classic rule-based resolvers (Lappin & Leass 1994): referents in the
same or the last three sentences (quotations standing alone do not count), weighted by
recency, subjecthood, closeness within the sentence, and for a pronoun that reports speech
("He also said") by being the last speaker or sentence subject; discounted when possessive,
after a preposition, inside a quotation, or the subject of the clause whose object the
pronoun is ("Smith praised him" is never Smith). The pronoun's own gender is set aside,
since it is the thing in question; but a referent it fits keeps it quiet. It is pinned on
someone it contradicts only when that person is more salient than every referent it fits.

Two passes: the first builds chains (each pronoun resolved to someone it fits becomes a
mention of them and, when clearly resolved, evidence); the second decides every pronoun
again with all the evidence, later pronouns included, leaving its own out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscheck.analysis import FieldAnalysis
from newscheck.checkers.pronoun_gender.cast import Cast, Entity, Mention
from newscheck.checkers.pronoun_gender.evidence import Evidence, gender_of
from newscheck.checkers.pronoun_gender.lexicon import Lexicon
from newscheck.checkers.pronoun_gender.pronouns import Gender, Pronoun
from newscheck.spans import Span

RECENCY = (1.0, 0.7, 0.45, 0.25)  # by sentences back; farther referents are not candidates
MAIN_SUBJECT = 2.0  # the first subject of a sentence: its main clause's, most likely
SUBJECT = 1.4  # a subject of some clause ("the relative with whom Giuseppe planned to stay")
SPEAKER = 3.0  # the last speaker, for a pronoun that opens a report ("He also said")
POSSESSIVE = 0.7
AFTER_PREPOSITION = 0.6
QUOTED = 0.3
UNSURE = 0.5
BOUND_OBJECT = 0.1  # "Smith praised him": him is not Smith
REFLEXIVE_NEAR = 3.0
REFLEXIVE_FAR = 0.3
CATAPHORA = 0.6  # "When she arrived, Watson said ..."
COUNTRY = 0.5  # "she" for a country is rare in modern copy
LOOK_AHEAD = 2  # sentences in which an opening "He ..." may find its name ("... Smith said")
LOOK_AHEAD_SHARE = 0.75
REPEATED = 0.15  # per earlier mention of the same referent, up to four
NEAREST = 1.3  # the closest referent before the pronoun in its own sentence
NEAREST_OBJECT = 1.6  # ... for an object pronoun, which prefers the closest free referent
NEAREST_SUBJECT = 1.5  # the closest subject before it: "..., and Zoe takes her first ..."
PRONOUN_EVIDENCE_SHARE = 0.5  # resolve this clearly before a pronoun counts as evidence
PRONOUN_EVIDENCE = 1.0  # per resolved pronoun, times its share: never more than a name

_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2014\u2013]|\b(?:that|because|but|who|whom|which|when|after|before|while|if"
    r"|since|although|though|until|so|to|where|whether|said|says)\b",
    re.IGNORECASE,
)
_REPORT_ADVERBS = frozenset({"also", "later", "then", "further", "again", "previously"})


@dataclass
class Resolution:
    pronoun: Pronoun
    entity: Entity | None
    share: float  # the referent's share of the salience of it and of the referents that fit
    contradicts: bool  # the referent is a person whose evidence says the other gender
    rivals: int  # referents in range that the pronoun fits
    kind_share: float = 0.0  # share of the salience held by referents of the same kind
    rival: float = 0.0  # salience of the best referent the pronoun fits (for contradictions)
    rival_known: float = 0.0  # ... of the best one known to be of the pronoun's gender
    salience: float = 0.0  # salience of the chosen referent


def _fits(entity: Entity, gender: Gender, skip: int) -> bool | None:
    """True if the pronoun's gender fits the referent, False if it contradicts, None if the
    referent cannot be meant at all ("he" for a country)."""
    if entity.kind in ("country", "ship"):
        return True if gender == "female" else None
    if entity.kind == "person":
        known = gender_of(entity.evidence, skip)
        return known is None or known == gender
    return entity.gender is None or entity.gender == gender


def _known(entity: Entity, skip: int) -> Gender | None:
    """The referent's gender if known: from its evidence, or from its noun ("the woman")."""
    if entity.kind == "person":
        return gender_of(entity.evidence, skip)
    if entity.kind in ("nominal", "anonymous"):
        return entity.gender
    return None


def _quoted_sentence(field: FieldAnalysis, span: Span) -> bool:
    """A sentence made of a quotation and nothing else but punctuation."""
    text = field.text[span.start : span.end]
    inner = text.strip(" .,;:!?\u2026")
    start = span.start + text.index(inner[:1]) if inner else span.start
    return bool(inner) and field.in_quote(start, start + len(inner))


class _Resolver:
    def __init__(self, field: FieldAnalysis, cast: Cast, lexicon: Lexicon) -> None:
        self.field = field
        self.text = field.text
        self.cast = cast
        self.lex = lexicon
        self.mentions: list[Mention] = list(cast.mentions)
        self.settled = False  # second pass: evidence and mentions no longer change
        self.last_speaker: Mention | None = None  # of the pronoun being resolved
        # Sentences that are wholly a quotation do not push referents further back: in
        # '"...," Watson said. "..." He also said' Watson is one sentence back, not two.
        self.rank: list[int] = []
        count = 0
        for span in field.sentences:
            if not field.in_quote(span.start, span.end) and not _quoted_sentence(field, span):
                count += 1
            self.rank.append(count)

    def reports(self, pronoun: Pronoun) -> bool:
        """'He said', 'she also told', 'he added'."""
        words = self.field.words
        i = pronoun.index + 1
        if i < len(words) and words[i].lower in _REPORT_ADVERBS:
            i += 1
        return i < len(words) and words[i].lower in self.lex.speech_verbs

    def before_first_comma(self, pronoun: Pronoun, sentence: int) -> int:
        """The offset of the comma after the pronoun when the pronoun sits before its
        sentence's first comma ("In addition to hits on his own, Gabriel ..."), else -1."""
        span = self.field.sentences[sentence]
        if "," in self.text[span.start : pronoun.start]:
            return -1
        return self.text.find(",", pronoun.end, span.end)

    def bound(self, mention: Mention, pronoun: Pronoun) -> bool:
        """No clause boundary between a subject and a later pronoun in its sentence."""
        return not _CLAUSE_BREAK.search(self.text, mention.end, pronoun.start)

    def back(self, sentence: int, mention: Mention) -> int:
        """Sentences between the mention and the pronoun, not counting pure quotations."""
        if mention.sentence >= sentence:
            return sentence - mention.sentence
        return max(1, self.rank[sentence] - self.rank[mention.sentence])

    def salience(self, mention: Mention, pronoun: Pronoun, sentence: int, speech: bool) -> float:
        back = self.back(sentence, mention)
        score = CATAPHORA if mention.start >= pronoun.start else RECENCY[back]
        if mention.main:
            score *= MAIN_SUBJECT
        elif mention.subject:
            score *= SUBJECT
        if mention is self.last_speaker and speech:
            score *= SPEAKER
        if mention.possessive:
            score *= POSSESSIVE
        if mention.after_preposition:
            score *= AFTER_PREPOSITION
        if mention.quoted:
            score *= QUOTED
        if mention.entity.unsure:
            score *= UNSURE
        if mention.entity.kind in ("country", "ship"):
            score *= COUNTRY
        if pronoun.case == "reflexive":
            score *= REFLEXIVE_NEAR if back == 0 else REFLEXIVE_FAR
        return score

    def candidates(self, pronoun: Pronoun, sentence: int) -> dict[int, tuple[Entity, float]]:
        speech = pronoun.case == "subject" and self.reports(pronoun)
        # "He also said": the speaker is whoever last spoke or was last a sentence's subject,
        # since a newcomer introduced after the last speaker ("Cory Doctorow ... expressed
        # doubts") is the one a following quotation belongs to.
        self.last_speaker = max(
            (
                m
                for m in self.mentions
                if (m.speaker or m.main)
                and not m.quoted
                and m.entity.kind in ("person", "nominal")
                and m.start < pronoun.start
                and 0 <= self.back(sentence, m) < len(RECENCY)
            ),
            key=lambda m: m.start,
            default=None,
        )
        comma = self.before_first_comma(pronoun, sentence)
        best: dict[int, tuple[Entity, float]] = {}
        earlier: dict[int, int] = {}
        nearest: Mention | None = None
        nearest_subject: Mention | None = None
        bound: set[int] = set()
        for mention in self.mentions:
            back = self.back(sentence, mention)
            if mention.start >= pronoun.start:
                # Cataphora: a subject after the comma that closes the pronoun's clause.
                if not (back == 0 and mention.subject and 0 <= comma < mention.start):
                    continue
            elif not 0 <= back < len(RECENCY):
                continue
            elif mention.sentence == sentence and not self.binds(mention, pronoun, back):
                if nearest is None or mention.start > nearest.start:
                    nearest = mention
                if mention.subject and (
                    nearest_subject is None or mention.start > nearest_subject.start
                ):
                    nearest_subject = mention
            entity = mention.entity
            score = self.salience(mention, pronoun, sentence, speech)
            if self.binds(mention, pronoun, back):
                bound.add(entity.id)
            earlier[entity.id] = earlier.get(entity.id, 0) + 1
            if entity.id not in best or score > best[entity.id][1]:
                best[entity.id] = (entity, score)
        near_boost = NEAREST_OBJECT if pronoun.case == "object" else NEAREST
        for close, boost in ((nearest, near_boost), (nearest_subject, NEAREST_SUBJECT)):
            if close is not None and close.entity.id in best:
                entity, score = best[close.entity.id]
                near = self.salience(close, pronoun, sentence, speech) * boost
                best[entity.id] = (entity, max(score, near))
        return {
            key: (
                entity,
                score
                * (1 + REPEATED * min(4, earlier[key] - 1))
                * (BOUND_OBJECT if key in bound else 1.0),
            )
            for key, (entity, score) in best.items()
        }

    def binds(self, mention: Mention, pronoun: Pronoun, back: int) -> bool:
        """The mention is the subject of the clause whose object is the pronoun: "Whistler
        had used her" can never mean Whistler, whatever else says Whistler is salient."""
        return (
            pronoun.case == "object"
            and back == 0
            and mention.subject
            and mention.start < pronoun.start
            and self.bound(mention, pronoun)
        )

    def resolve(self, pronoun: Pronoun) -> Resolution:
        sentence = self.cast.sentence_of[pronoun.index]
        fitting: list[tuple[Entity, float]] = []
        against: list[tuple[Entity, float]] = []
        for entity, score in self.candidates(pronoun, sentence).values():
            fits = _fits(entity, pronoun.gender, pronoun.start)
            if fits is True:
                fitting.append((entity, score))
            elif fits is False:
                against.append((entity, score))
        fit_total = sum(score for _, score in fitting)
        top_fit = max(fitting, key=lambda pair: pair[1], default=None)
        top_against = max(against, key=lambda pair: pair[1], default=None)
        if top_against is not None and (top_fit is None or top_against[1] > top_fit[1]):
            entity, score = top_against
            share = score / (score + fit_total)
            rival = top_fit[1] if top_fit is not None else 0.0
            known = max(
                (s for e, s in fitting if _known(e, pronoun.start) == pronoun.gender), default=0.0
            )
            resolution = Resolution(
                pronoun, entity, share, True, len(fitting), 0.0, rival, known, score
            )
        elif top_fit is not None:
            # Its gender fits, so referents it contradicts are not in the running.
            entity, score = top_fit
            kind = sum(s for other, s in fitting if other.kind == entity.kind)
            resolution = Resolution(
                pronoun, entity, score / fit_total, False, len(fitting) - 1, kind / fit_total
            )
        else:
            resolution = self.look_ahead(pronoun, sentence)
        if not self.settled:
            self.remember(resolution, sentence)
        return resolution

    def look_ahead(self, pronoun: Pronoun, sentence: int) -> Resolution:
        """A pronoun with nobody before it: copy that opens on "He grew up in ..." names its
        subject soon after ("MacKenzie studied ..."). The first subject in the next sentences
        that the pronoun fits is taken; otherwise the pronoun starts a referent of its own."""
        for mention in self.cast.mentions:
            if mention.sentence <= sentence or mention.start < pronoun.end:
                continue
            if mention.sentence > sentence + LOOK_AHEAD:
                break
            entity = mention.entity
            if (
                mention.subject
                and entity.kind == "person"
                and _fits(entity, pronoun.gender, pronoun.start) is True
            ):
                return Resolution(pronoun, entity, LOOK_AHEAD_SHARE, False, 0)
        anonymous = Entity(-1 - pronoun.start, "anonymous", pronoun.text, pronoun.gender)
        return Resolution(pronoun, anonymous, 1.0, False, 0)

    def remember(self, resolution: Resolution, sentence: int) -> None:
        """The pronoun becomes a mention of its referent, and evidence if clearly resolved."""
        entity, pronoun = resolution.entity, resolution.pronoun
        if entity is None:
            return
        mention = Mention(
            start=pronoun.start,
            end=pronoun.end,
            text=pronoun.text,
            entity=entity,
            word=pronoun.index,
            sentence=sentence,
            subject=pronoun.case == "subject",
            main=pronoun.case == "subject",
            speaker=pronoun.case == "subject" and self.reports(pronoun),
            quoted=self.field.in_quote(pronoun.start, pronoun.end),
            pronoun=True,
        )
        self.mentions.append(mention)
        if (
            entity.kind == "person"
            and not resolution.contradicts
            and resolution.share >= PRONOUN_EVIDENCE_SHARE
        ):
            entity.evidence.append(
                Evidence(
                    "pronoun",
                    pronoun.gender,
                    PRONOUN_EVIDENCE * resolution.share,
                    pronoun.text.lower(),
                    pronoun.start,
                    pronoun.end,
                )
            )
            entity.unsure = False  # referred to as he or she: a person after all


def resolve_all(
    field: FieldAnalysis, cast: Cast, pronouns: list[Pronoun], lexicon: Lexicon
) -> list[Resolution]:
    """Resolve the pronouns outside quotations, in text order, twice: the first pass builds
    the chains and the pronoun evidence; the second decides each pronoun again with all the
    evidence, including what later pronouns say (leaving its own out)."""
    resolver = _Resolver(field, cast, lexicon)
    outside = [p for p in pronouns if not field.in_quote(p.start, p.end)]
    for pronoun in outside:
        resolver.resolve(pronoun)
    resolver.settled = True
    return [resolver.resolve(pronoun) for pronoun in outside]
