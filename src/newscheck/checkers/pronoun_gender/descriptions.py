"""What the copy says a person is: role nouns next to a name, people described by a noun.

A gendered role noun before a name ("spokeswoman Adrienne Watson", "his wife, Jane"), in
apposition ("Watson, a spokeswoman for ...") or after a copula ("Watson is a mother of two")
is evidence about that person. A person noun standing alone ("the woman", "the nurse") is a
referent of its own, which keeps a pronoun from being pinned on a named person it does not
fit; a definite one opening a sentence ("The actor ...") names the last sentence's subject.
A sentence that calls someone non-binary or gives they/them pronouns marks every person in it.
"""

from __future__ import annotations

from newscheck.checkers.pronoun_gender.cast import CastBuilder, Entity, EntityKind
from newscheck.checkers.pronoun_gender.evidence import Evidence, gender_of
from newscheck.checkers.pronoun_gender.lexicon import Marker
from newscheck.checkers.pronoun_gender.words import (
    COPULAS,
    DETERMINERS,
    PREPOSITIONS,
    VERB_CUES,
)

_NONBINARY = frozenset(
    "non-binary nonbinary genderqueer genderfluid gender-fluid agender enby".split()
)
_SHIP_NOUNS = frozenset(
    "ship vessel boat yacht liner carrier frigate destroyer submarine tanker ferry cruiser "
    "battleship schooner warship".split()
)
_COUNTRY_NOUNS = frozenset({"country", "nation"})
_POSSESSIVE_PRONOUNS = frozenset("his her their its our my your".split())
KIN_MODIFIERS = 3  # words between a possessor and its noun: "Penn's late first wife"


class Descriptions(CastBuilder):
    """Role evidence next to names, and referents described by a noun."""

    def role(self, entity: Entity, marker: Marker, at: int) -> None:
        self.consumed.add(at)
        entity.roles.add(marker.word)
        if marker.gender is not None:
            entity.unsure = False  # "Ure was the daughter of ...": a person after all
        if marker.gender is not None and not already(entity, "role", self.words[at].lower):
            word = self.words[at]
            entity.evidence.append(
                Evidence("role", marker.gender, marker.weight, word.lower, word.start, word.end)
            )

    def kin_possessor(self, first: int) -> int | None:
        """The possessor in "Penn's wife, Mary Penn" or "his late wife, Mary" (the word
        index of "Penn's" or "his") when the name at ``first`` is in apposition to a person
        noun that someone possesses; the noun describes the name, never the possessor."""
        noun = first - 1
        if noun < 1 or not self.same_sentence(noun, first) or self.gap(noun).strip() != ",":
            return None
        if self.lower(noun) not in self.lex.roles and self.lower(noun) not in self.lex.person_nouns:
            return None
        for i in range(noun - 1, max(-1, noun - 1 - KIN_MODIFIERS), -1):
            if not self.same_sentence(i, noun) or self.gap(i).strip():
                return None
            if self.possessive(i) or self.lower(i) in _POSSESSIVE_PRONOUNS:
                return i
            if self.capital(i):
                return None
        return None

    def role_before(self, entity: Entity, first: int) -> None:
        """'spokeswoman Adrienne Watson', 'his wife, Jane'."""
        i = first - 1
        if i < 0 or not self.same_sentence(i, first):
            return
        gap = self.gap(i).strip()
        if gap not in ("", ","):
            return
        word = self.lower(i)
        marker = self.lex.roles.get(word)
        if marker is not None:
            self.role(entity, marker, i)
        elif word in self.lex.person_nouns:
            self.consumed.add(i)

    def role_after(self, entity: Entity, last: int) -> None:
        """'Watson, a spokeswoman for ...', 'Watson, 45, is a mother of two'."""
        n = len(self.words)
        i = last + 1
        if i >= n or not self.same_sentence(last, i):
            return
        if self.possessive(last):
            return  # "Smith's wife" is someone else
        gap = self.gap(last).strip()
        if gap == ",":
            if self.lower(i).isdigit() and i + 1 < n and self.gap(i).strip() == ",":
                i += 1  # an age: "Watson, 45, a mother of two"
            if self.lower(i) == "who" and i + 1 < n and self.lower(i + 1) in COPULAS:
                i += 1
        elif gap or self.lower(i) not in COPULAS:
            return
        if i < n and self.lower(i) in COPULAS:
            i += 1
        self.noun_phrase_role(entity, i, limit=6)

    def noun_phrase_role(self, entity: Entity, i: int, limit: int) -> None:
        """A role noun heading the phrase at ``i`` ("a White House spokeswoman")."""
        n = len(self.words)
        start = i
        if i >= n:
            return
        opener = self.lower(i)
        if not (
            opener in DETERMINERS
            or self.possessive(i)
            or opener in self.lex.roles
            or opener in self.lex.person_nouns
        ):
            return  # "Pauline was dressed as a boy" says nothing about Pauline's gender
        while i < n and i - start < limit and self.same_sentence(start, i):
            word = self.lower(i)
            if i > start and (self.gap(i - 1).strip() or word in PREPOSITIONS):
                return  # the phrase ended before a head noun was found
            if word in self.lex.roles:
                following = self.lower(i + 1) if i + 1 < n else ""
                if following in self.lex.roles or following in self.lex.person_nouns:
                    i += 1  # "woman driver": the head is the later noun
                    continue
                self.role(entity, self.lex.roles[word], i)
                return
            if word in self.lex.person_nouns:
                self.consumed.add(i)
                entity.roles.add(word)
                return
            if i > start and self.capital(i) and self.lookup_name(i) is not None:
                return  # another person's name: the noun will describe them
            if word in VERB_CUES or word in self.lex.speech_verbs:
                return
            i += 1

    def nominals(self) -> None:
        n = len(self.words)
        for i in range(n):
            word = self.lower(i)
            if i in self.consumed:
                continue
            is_role = word in self.lex.roles
            is_person = word in self.lex.person_nouns
            is_country = word in _COUNTRY_NOUNS
            is_ship = word in _SHIP_NOUNS
            if not (is_role or is_person or is_country or is_ship):
                continue
            if i + 1 < n and not self.gap(i).strip():
                nxt = self.lower(i + 1)
                if nxt in self.lex.roles or nxt in self.lex.person_nouns:
                    continue  # a modifier: "woman driver", "police officer"
                if self.capital(i + 1) and not self.sentence_start(i + 1):
                    continue  # a title before a name the run walker handled
            det = self.determiner_before(i)
            if det is None:
                continue
            if is_country or is_ship:
                if det == "the":
                    kind: EntityKind = "country" if is_country else "ship"
                    self.add_mention(self.new_entity(kind, f"the {word}"), i, i)
                continue
            entity = self.same_role(word) if det in ("the", "this", "that") else None
            if entity is None:
                marker = self.lex.roles.get(word)
                entity = self.new_entity(
                    "nominal", f"{det} {word}", gender=marker.gender if marker else None
                )
            self.add_mention(entity, i, i)

    def same_role(self, word: str) -> Entity | None:
        """'the spokeswoman' after 'spokeswoman Adrienne Watson' is Watson again."""
        holders = [e for e in self.entities if e.kind == "person" and word in e.roles]
        return holders[-1] if len(holders) == 1 else None

    def definite_subjects(self) -> None:
        """A definite noun that opens a sentence names the previous sentence's subject, when
        that is a person the noun fits ("Carrey entertained crowds ... The actor grabbed
        co-star Meryl Streep") and the noun is not used again for someone else."""
        main = {m.sentence: m for m in self.mentions if m.main}
        for mention in self.mentions:
            noun = mention.entity
            if not mention.main or noun.kind != "nominal" or len(noun.mentions) != 1:
                continue
            if not noun.name.startswith("the "):
                continue
            before = main.get(mention.sentence - 1)
            if before is None or not before.entity.named or before.quoted:
                continue
            person = before.entity
            if noun.gender is not None and gender_of(person.evidence) not in (None, noun.gender):
                continue
            mention.entity = person
            person.mentions.append(mention)
            self.entities.remove(noun)
            marker = self.lex.roles.get(noun.name[4:])
            if marker is not None:
                self.role(person, marker, mention.word)

    def nonbinary_markers(self) -> None:
        """A sentence that calls someone non-binary or gives they/them pronouns marks every
        person it mentions: better to leave one pronoun unchecked than misgender someone."""
        marked: set[int] = set()
        for i, token in enumerate(self.words):
            word = token.lower
            if word in _NONBINARY or (
                word == "they" and self.text[token.end : token.end + 1] == "/"
            ):
                marked.add(self.sentence_of[i])
        for mention in self.mentions:
            entity = mention.entity
            if mention.sentence in marked and entity.kind == "person":
                entity.evidence.append(
                    Evidence("nonbinary", None, 0.0, mention.text, mention.start, mention.end)
                )


def already(entity: Entity, kind: str, text: str) -> bool:
    """Saying "Mr Watson" five times is one piece of evidence, not five."""
    return any(e.kind == kind and e.text.lower() == text.lower() for e in entity.evidence)
