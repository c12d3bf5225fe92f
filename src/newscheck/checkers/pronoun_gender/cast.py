"""The cast of a field: who and what it mentions, and where.

An `Entity` is someone (or a country, a ship, a person described only by a noun) mentioned
one or more times; each `Mention` records what resolution needs: its sentence, whether it is
a subject or a speaker, a possessive, after a preposition, or inside a quotation. The builder
here is the base of the walk in people.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from newscheck.analysis import FieldAnalysis
from newscheck.checkers.pronoun_gender.evidence import Evidence
from newscheck.checkers.pronoun_gender.lexicon import Lexicon
from newscheck.checkers.pronoun_gender.pronouns import Gender
from newscheck.checkers.pronoun_gender.words import Words

EntityKind = Literal["person", "nominal", "country", "ship", "anonymous"]


@dataclass(eq=False)
class Entity:
    """Someone (or a country or ship) mentioned one or more times."""

    id: int
    kind: EntityKind
    name: str
    gender: Gender | None = None  # a noun's own gender ("the woman"); people use evidence
    evidence: list[Evidence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    first: str | None = None  # first name the table knows, lower case
    forename: str | None = None  # first word of the person's full name, known or not
    last: str | None = None  # surname (or lone name), lower case
    roles: set[str] = field(default_factory=set)
    unsure: bool = False  # a name-like run we could not confirm as a person
    shared: bool = False  # a surname alone that two people in the field bear: never checked

    @property
    def named(self) -> bool:
        return self.kind == "person" and not self.unsure


@dataclass(eq=False)
class Mention:
    start: int
    end: int
    text: str
    entity: Entity
    word: int  # index of the mention's head word in the field's word list
    sentence: int
    subject: bool = False
    speaker: bool = False
    possessive: bool = False
    after_preposition: bool = False
    quoted: bool = False
    pronoun: bool = False
    main: bool = False  # the subject of its sentence's main clause, as far as we can tell


@dataclass
class Cast:
    """Everything one field mentions, in text order."""

    entities: list[Entity]
    mentions: list[Mention]
    sentence_of: list[int]  # word index -> sentence index

    def people(self) -> list[Entity]:
        return [e for e in self.entities if e.named]


class CastBuilder(Words):
    """Adds entities and mentions as the walk finds them."""

    def __init__(self, field: FieldAnalysis, lexicon: Lexicon) -> None:
        super().__init__(field, lexicon)
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self.consumed: set[int] = set()  # nouns used as evidence, not referents of their own

    def new_entity(self, kind: EntityKind, name: str, **extra: object) -> Entity:
        entity = Entity(len(self.entities), kind, name, **extra)  # type: ignore[arg-type]
        self.entities.append(entity)
        return entity

    def add_mention(
        self, entity: Entity, first: int, last: int, opens: int | None = None
    ) -> Mention:
        """Record a mention of words ``first..last``; ``opens`` is where its phrase starts
        (before any title), which decides whether a preposition governs it."""
        opens = first if opens is None else opens
        start, end = self.words[first].start, self.words[last].end
        text = self.text[start:end]
        if self.possessive(last) and text.lower().replace("\u2019", "'").endswith("'s"):
            end -= 2
            text = text[:-2]
        mention = Mention(
            start=start,
            end=end,
            text=text,
            entity=entity,
            word=last,
            sentence=self.sentence_of[last],
            possessive=self.possessive(last),
            after_preposition=self.after_preposition(opens),
            quoted=self.field.in_quote(start, end),
        )
        mention.speaker = self.speaks(opens, last)
        mention.subject = mention.speaker or self.verb_follows(last)
        entity.mentions.append(mention)
        self.mentions.append(mention)
        return mention

    def display(self, idx: list[int]) -> str:
        """The words of a name as written, without a possessive 's."""
        shown = " ".join(self.words[i].text for i in idx)
        return shown[:-2] if shown.endswith(("'s", "\u2019s")) else shown
