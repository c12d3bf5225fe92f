"""Who is mentioned: named people, people described by a noun, countries and ships.

Named people are found without a tagger, from capitalised word runs: a run is a person when it
opens with a known first name ("Adrienne Watson"), follows a title ("Mr Watson", "President
Biden") or repeats part of a person already found ("Watson" after "Adrienne Watson"); a run
that looks like a name and is followed by a verb ("Xi Jinping said") is a person of whom
nothing is known. People described by a noun ("the woman", "his wife", "the nurse") are
referents too: they keep a pronoun from being pinned on a named person it does not fit.

Each mention records what resolution needs: its sentence, whether it is a subject or a
speaker, a possessive, after a preposition, or inside a quotation. Evidence that sits next to
a name (titles, role nouns before it, in apposition, or after "is a") is collected here too,
because it is found by the same walk over the words.
"""

from __future__ import annotations

from newscheck.analysis import FieldAnalysis
from newscheck.checkers.pronoun_gender.cast import Cast, Entity, Mention
from newscheck.checkers.pronoun_gender.descriptions import Descriptions, already
from newscheck.checkers.pronoun_gender.evidence import Evidence, gender_of
from newscheck.checkers.pronoun_gender.lexicon import Lexicon, Marker
from newscheck.checkers.pronoun_gender.names import GivenName
from newscheck.checkers.pronoun_gender.pronouns import Gender
from newscheck.checkers.pronoun_gender.words import LEADING

FULL_NAME_WEIGHT = 1.0  # multiplier on first-name evidence when the name has a surname
LONE_NAME_WEIGHT = 0.75  # a lone first name ("Maggie") may be a surname or a nickname
LONE_NAME_MIN_OBSERVATIONS = 20_000  # rarer "first names" are often surnames ("Watson")
STRONG_NAME = 2.0
NAME = 1.5

_CONNECTORS = frozenset(
    "de van von der den bin ibn al el da di du del della dos das la le ter ten".split()
)
_ABBREVIATED = frozenset(
    "mr mrs ms dr st jr sr gen sen rep gov lt col capt maj sgt cpl pvt adm cmdr det insp "
    "supt rev prof fr mme mlle hon amb".split()
)
_FRONTED = frozenset(
    "after before when while although though since as if because once despite upon".split()
)
# Titles that are only ever followed by a surname, even one that is also a title ("Ms King").
_PERSONAL_TITLES = frozenset("mr mrs ms miss mx dr sir dame lord lady prof".split())
_CALENDAR = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
_SHIP_PREFIXES = frozenset("hms uss rms hmas hmcs hmnzs mv ss ins".split())


class _Walker(Descriptions):
    """One pass over a field's words that builds the `Cast`."""

    def __init__(self, field: FieldAnalysis, lexicon: Lexicon, subject_pronouns: list[int]) -> None:
        super().__init__(field, lexicon)
        self.subject_pronouns = subject_pronouns  # start offsets of he/she

    def runs(self) -> list[tuple[int, int]]:
        found = []
        n = len(self.words)
        i = 0
        while i < n:
            if not self.capital(i):
                i += 1
                continue
            j = i
            while j + 1 < n and self.same_sentence(j, j + 1) and self._joins(j):
                j += 1
            while j > i and not self.capital(j):  # a connector cannot end a run
                j -= 1
            found.append((i, j))
            i = j + 1
        return found

    def _joins(self, j: int) -> bool:
        if self.possessive(j):
            return False
        gap = self.gap(j)
        k = j + 1
        word = self.words[j].text
        if gap.strip() == "." and gap.endswith(" "):
            initial = len(word) == 1 and word.isupper()
            return (initial or word.lower() in _ABBREVIATED) and self.capital(k)
        if gap not in (" ", "\u00a0"):
            return False
        if self.capital(k):
            return self.lower(k) not in LEADING
        return (
            self.lower(k) in _CONNECTORS
            and k + 1 < len(self.words)
            and self.gap(k) == " "
            and self.capital(k + 1)
        )

    def walk(self) -> Cast:
        for first, last in self.runs():
            self.run(first, last)
        self.nominals()
        self.nonbinary_markers()
        self.mentions.sort(key=lambda m: m.start)
        self.first_in_sentence_is_subject()
        self.definite_subjects()
        return Cast(self.entities, self.mentions, self.sentence_of)

    def first_in_sentence_is_subject(self) -> None:
        """Without a parser, the first referent of a sentence stands in for its subject,
        unless a he/she comes first. After a fronted clause ("When Fontayne explained ...,
        Margie burst into tears") the subject is the first referent after its comma."""
        by_sentence: dict[int, list[Mention]] = {}
        for mention in self.mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        spans = self.field.sentences
        for index, mentions in by_sentence.items():
            span = spans[index]
            words = self.text[span.start : span.end].split(None, 1)
            fronted = bool(words) and words[0].lower().strip(",") in _FRONTED
            comma = self.text.find(",", span.start, span.end) if fronted else -1
            after = mentions
            if comma >= 0:
                for mention in mentions:
                    if mention.start < comma and not mention.speaker:
                        mention.subject = False
                after = [m for m in mentions if m.start > comma]
            if not after:
                continue
            first = after[0]
            opens = comma if comma >= 0 else span.start
            if any(opens <= p < first.start for p in self.subject_pronouns):
                continue
            if self.verb_between(opens, first.start):
                continue  # "Debate ... has intensified in the UK": the subject had no capital
            if not first.after_preposition and not first.quoted:
                first.subject = True
                first.main = True

    def run(self, first: int, last: int) -> None:
        idx = list(range(first, last + 1))
        while idx and (self.lower(idx[0]) in LEADING):
            idx.pop(0)
        if not idx:
            return
        lowers = [self.lower(i).removesuffix("'s") for i in idx]
        if any(w in self.lex.institutions for w in lowers[1:]):
            return
        if self.country_run(idx, lowers):
            return
        if lowers[0] in _SHIP_PREFIXES and len(idx) > 1:
            ship = self.new_entity("ship", self.display(idx))
            self.add_mention(ship, idx[0], idx[-1])
            return
        # A leading role noun is evidence, not part of the name: "Actress Jane Doe".
        roles: list[tuple[Marker, int]] = []
        while len(idx) > 1 and lowers[0] not in self.lex.honorifics:
            head = lowers[0]
            if head not in self.lex.roles and head not in self.lex.person_nouns:
                break
            if head in self.lex.roles:
                roles.append((self.lex.roles[head], idx[0]))
            idx.pop(0)
            lowers.pop(0)
        title_at = self.title_end(idx, lowers)
        titles = idx[: title_at + 1]
        names = idx[title_at + 1 :]
        if not names:
            return
        personal = any(self.lower(i) in _PERSONAL_TITLES for i in titles)
        if not personal and all(self.lower(i) in self.lex.honorifics for i in names):
            return  # "Lord Lieutenant", "General Secretary": titles, nobody named
        if titles and first > 0 and self.lower(first - 1) == "the":
            return  # "the Princess Victoria", "the Queen Mary": a pub or a ship, not a person
        self.person(names, titles, roles, first)

    def country_run(self, idx: list[int], lowers: list[str]) -> bool:
        name = " ".join(lowers)
        if name not in self.lex.countries:
            return False
        country = next(
            (e for e in self.entities if e.kind == "country" and e.name.lower() == name), None
        )
        if country is None:
            country = self.new_entity("country", self.display(idx))
        self.add_mention(country, idx[0], idx[-1])
        return True

    def title_end(self, idx: list[int], lowers: list[str]) -> int:
        """Index in ``idx`` of the last title before the name ("Prime Minister Fumio
        Kishida", "Defense Secretary Lloyd Austin"); -1 when there is none. Words before a
        title may be modifiers ("Prime", "Defense") but never a first name."""
        end = -1
        for k, word in enumerate(lowers[:-1]):
            if word in self.lex.honorifics:
                end = k
            elif word in self.lex.country_heads or word in self.lex.countries:
                continue  # "US President Biden", "Georgia Governor Brian Kemp"
            elif self.lookup_name(idx[k]) is not None:
                break
        return end

    def person(
        self, names: list[int], titles: list[int], roles: list[tuple[Marker, int]], first: int
    ) -> None:
        tokens = [self.lower(i).removesuffix("'s") for i in names]
        given = self.lookup_name(names[0])
        place = tokens[0] in self.lex.places or tokens[0] in self.lex.countries
        possessor = self.kin_possessor(first)
        entity = self.link(tokens, self.display(names), self.title_gender(titles), possessor)
        if entity is None:
            entity = self.new_person(names, tokens, given, place, bool(titles), first)
            if entity is None:
                return
        elif len(names) >= 2:
            entity.forename = entity.forename or tokens[0]
            if entity.first is None and given is not None:
                entity.first = tokens[0]
        mention = self.add_mention(entity, names[0], names[-1], opens=first)
        if possessor is not None:
            self.appositive(mention)
        self.title_evidence(entity, titles, mention)
        for marker, at in roles:
            self.role(entity, marker, at)
        self.role_before(entity, first)
        self.role_after(entity, names[-1])

    def new_person(
        self,
        names: list[int],
        tokens: list[str],
        given: GivenName | None,
        place: bool,
        titled: bool,
        first: int,
    ) -> Entity | None:
        """A person for a name not seen before, with first-name evidence; None if the run
        is not a person's name."""
        display = self.display(names)
        surname = tokens[-1]
        lone = len(names) == 1
        opening = self.sentence_start(names[0])
        if tokens[0] in _CALENDAR and (lone or self.lower(names[1]).isdigit()):
            return None
        forename = None if lone else tokens[0]
        if not lone and given is not None and not place:
            entity = self.new_entity(
                "person", display, first=tokens[0], forename=tokens[0], last=surname
            )
        elif titled:
            return self.new_entity("person", display, last=surname, forename=forename)
        elif (
            lone
            and given is not None
            and not place
            and given.observations >= LONE_NAME_MIN_OBSERVATIONS
            and not (
                opening and tokens[0] in self.lex.not_names and not self.verb_follows(names[0])
            )
        ):
            entity = self.new_entity("person", display, first=tokens[0], last=surname)
        elif self.described_as_person(first):
            return self.new_entity("person", display, last=surname, forename=forename)
        elif self.looks_like_person(names, first):
            return self.new_entity("person", display, last=surname, forename=forename, unsure=True)
        else:
            return None
        if given is not None and given.gender is not None:
            weight = (STRONG_NAME if given.strong else NAME) * (
                LONE_NAME_WEIGHT if lone else FULL_NAME_WEIGHT
            )
            word = self.words[names[0]]
            entity.evidence.append(
                Evidence(
                    "first_name",
                    given.gender,
                    weight,
                    self.display(names[:1]),
                    word.start,
                    word.end,
                )
            )
        return entity

    def link(
        self, tokens: list[str], display: str, titled: Gender | None, possessor: int | None
    ) -> Entity | None:
        """The person already found that this name repeats, most recent first. A full name
        never repeats someone known by another first name ("Mary Penn" after "John Penn"),
        and a name after "Penn's wife," or "his wife," is never the possessor, nor anyone
        known by a surname alone: relatives share surnames."""
        owner = self.possessed_by(possessor)
        people = [e for e in self.entities if e.kind == "person" and e is not owner]
        if len(tokens) == 1:
            return self.link_lone(tokens[0], display, titled, people)
        for entity in reversed(people):
            if entity.shared or tokens[-1] != entity.last:
                continue
            known = {entity.first, entity.forename} - {None}
            if tokens[0] in known or (not known and possessor is None):
                return entity
        return None

    def link_lone(
        self, token: str, display: str, titled: Gender | None, people: list[Entity]
    ) -> Entity | None:
        """A surname alone is the person who bears it. When two people do ("John Penn ...
        Penn's wife, Mary Penn ... Penn said"), it is the one a gendered title fits ("Mrs
        Penn"), else the one already called by the surname alone, else either when they
        share a gender; otherwise neither, but a person of its own who is never checked:
        better than lending one the other's evidence."""
        bearers = [e for e in people if not e.shared and e.last == token]
        if len(bearers) < 2:
            return next((e for e in reversed(people) if token in (e.last, e.first)), None)
        for chosen in (
            [e for e in bearers if titled is not None and gender_of(e.evidence) == titled],
            [e for e in bearers if any(m.text.lower() == token for m in e.mentions)],
        ):
            if len(chosen) == 1:
                return chosen[0]
        if len({gender_of(e.evidence) for e in bearers} - {None}) == 1 and all(
            gender_of(e.evidence) for e in bearers
        ):
            return bearers[-1]
        shared = next((e for e in people if e.shared and e.last == token), None)
        return shared or self.new_entity("person", display, last=token, shared=True)

    def possessed_by(self, possessor: int | None) -> Entity | None:
        """The person named by the possessive word at ``possessor`` ("Penn's"), if any."""
        return next((m.entity for m in self.mentions if m.word == possessor), None)

    def title_gender(self, titles: list[int]) -> Gender | None:
        """The gender a title before the name gives ("Mrs Penn"), if any."""
        for i in titles:
            marker = self.lex.honorifics.get(self.lower(i))
            if marker is not None and marker.gender is not None:
                return marker.gender
        return None

    def appositive(self, mention: Mention) -> None:
        """'Penn's daughter, Anna, said ...', 'Penn's wife, Mary Penn, 52, runs ...': the
        name is the subject of the verb after the apposition, and speaks when that verb is
        a speech verb. The possessor stays the sentence's first subject: it is its topic."""
        i = mention.word + 1
        n = len(self.words)
        if i + 1 < n and self.gap(mention.word).strip() == "," and self.lower(i).isdigit():
            if self.gap(i).strip() != ",":
                return
            i += 1  # an age: "Mary Penn, 52, runs"
        if i >= n or not self.same_sentence(mention.word, i) or self.gap(i - 1).strip() != ",":
            return
        if self.verb_like(i):
            mention.subject = True
            mention.speaker = self.lower(i) in self.lex.speech_verbs

    def described_as_person(self, first: int) -> bool:
        """'lawyer Grigoris Ioanidis', 'spokeswoman Adrienne Watson': a person for sure."""
        if first == 0 or not self.same_sentence(first - 1, first) or self.gap(first - 1).strip():
            return False
        before = self.lower(first - 1)
        return before in self.lex.person_nouns or before in self.lex.roles

    def looks_like_person(self, names: list[int], first: int) -> bool:
        """A name we cannot confirm, followed by a verb or preceded by a person noun; never
        after a preposition, where a lone capitalised word is mostly a place ("of York")."""
        if self.after_preposition(first):
            return False
        if self.speaks(first, names[-1]) or self.verb_follows(names[-1]):
            return not (len(names) == 1 and self.lower(names[0]) in self.lex.not_names)
        if first == 0 or not self.same_sentence(first - 1, first):
            return False
        # Mid-sentence, a capitalised word that is no place, title or organisation may well
        # be a surname ("Simonetta", "Foulois"): someone a pronoun could mean.
        return not any(self.lower(i) in self.lex.country_heads for i in names)

    def title_evidence(self, entity: Entity, titles: list[int], mention: Mention) -> None:
        for i in titles:
            marker = self.lex.honorifics.get(self.lower(i))
            if marker is None:
                continue
            if marker.nonbinary:
                entity.evidence.append(
                    Evidence("nonbinary", None, 0.0, self.words[i].text, mention.start, mention.end)
                )
            elif marker.gender is not None:
                start = self.words[i].start
                if already(entity, "honorific", self.text[start : mention.end]):
                    continue
                entity.evidence.append(
                    Evidence(
                        "honorific",
                        marker.gender,
                        marker.weight,
                        self.text[start : mention.end],
                        start,
                        mention.end,
                    )
                )


def find_cast(field: FieldAnalysis, lexicon: Lexicon, subject_pronouns: list[int]) -> Cast:
    """The cast of ``field``; ``subject_pronouns`` are the offsets of its he/she, which
    decide whether the first name in a sentence is its subject."""
    return _Walker(field, lexicon, subject_pronouns).walk()
