"""Word-level facts about one field that finding people needs: gaps, capitals, verbs.

Without a tagger, a few dependable cues stand in for syntax: the punctuation between two
words, a capital letter that does not open a sentence, a reporting verb right after a name
("Watson said") or before it ('"...," said Watson'), a lower-case word after a name that can
only be its verb ("Margie burst"), and the determiner that opens a noun phrase.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from newscheck.analysis import FieldAnalysis
from newscheck.checkers.pronoun_gender.lexicon import Lexicon
from newscheck.checkers.pronoun_gender.names import GivenName, lookup
from newscheck.segment import Token

MODIFIER_WORDS = 8  # how far back a determiner may open a noun phrase
TITLE_WORDS = 5  # lower-case title words between "said" and a name
APPOSITION_WORDS = 20  # how far a speech verb may follow a name past its apposition

# Capitalised words that open a run without being part of a name: "The", "After", "He".
LEADING = frozenset(
    """
    the a an this that these those and or but so yet if when while as since until though
    although because after before during despite under over in on at by for from into with
    without about against among between through of to according meanwhile however
    moreover also then now today yesterday tomorrow last next former late new old young
    it its he she him her his hers they them their we our you your i my me there here
    what who why how where which whose whom some many most more all every each
    both no not only even just one two three four five several other another such
    first second third fourth fifth last final somebody someone anybody anyone everybody
    everyone nobody none nothing something everything
    dear hello hi yes yeah oh well please thanks thank
    """.split()
)
PREPOSITIONS = frozenset(
    """
    of to in on at by for from with without about against among between through into onto
    over under behind beside besides near toward towards upon via like unlike than alongside
    """.split()
)
DETERMINERS = frozenset(
    "the a an this that his her their its our my your another one every each any".split()
)
VERB_CUES = frozenset(
    """
    is was are were has had have will would could can should may might must did does do
    also then later became becomes remains remained joined won lost died married met
    """.split()
)
COPULAS = frozenset("is was became becomes remains remained".split())
# Lower-case words that follow a name without being its verb: "Watson and", "Biden
# administration", "Smith family".
NOT_VERBS = (
    LEADING
    | PREPOSITIONS
    | frozenset(
        """
        and or nor who whom whose which where administration campaign government family
        team family's era years day days group foundation estate era trial case report
        """.split()
    )
)


class Words:
    """A field's words with the sentence each belongs to."""

    def __init__(self, field: FieldAnalysis, lexicon: Lexicon) -> None:
        self.field = field
        self.text = field.text
        self.words: list[Token] = field.words
        self.lex = lexicon
        starts = [s.start for s in field.sentences]
        self.sentence_of = [max(0, bisect_right(starts, w.start) - 1) for w in self.words]
        self.starts = [w.start for w in self.words]

    def gap(self, i: int) -> str:
        """The characters between word ``i`` and word ``i + 1``."""
        return self.text[self.words[i].end : self.words[i + 1].start]

    def capital(self, i: int) -> bool:
        return self.words[i].text[:1].isupper()

    def lower(self, i: int) -> str:
        return self.words[i].lower

    def same_sentence(self, i: int, j: int) -> bool:
        return self.sentence_of[i] == self.sentence_of[j]

    def sentence_start(self, i: int) -> bool:
        return i == 0 or not self.same_sentence(i - 1, i)

    def possessive(self, i: int) -> bool:
        if self.lower(i).endswith("'s"):
            return True
        after = self.text[self.words[i].end : self.words[i].end + 1]
        return after in ("'", "\u2019") and self.lower(i).endswith("s")

    def speaks(self, first: int, last: int) -> bool:
        """'Watson said', 'said Watson', 'according to Watson'."""
        n = len(self.words)
        if last + 1 < n and self.same_sentence(last, last + 1) and not self.gap(last).strip():
            nxt = self.lower(last + 1)
            if nxt in self.lex.speech_verbs:
                return True
            if (
                nxt in ("also", "later", "then", "further")
                and last + 2 < n
                and self.lower(last + 2) in self.lex.speech_verbs
            ):
                return True
        if self.gap(last).strip() == "," if last + 1 < n else False:
            # "Shelley Taylor, analyst and author of a report, said ..."
            for i in range(last + 1, min(n - 1, last + APPOSITION_WORDS)):
                if not self.same_sentence(last, i + 1):
                    break
                if self.gap(i).strip() == ",":
                    return self.lower(i + 1) in self.lex.speech_verbs
        # "said Watson", "said chief executive officer John Woodward", "according to Watson"
        for i in range(first - 1, max(-1, first - 1 - TITLE_WORDS), -1):
            if not self.same_sentence(i, first) or self.gap(i).strip():
                return False
            before = self.lower(i)
            if before in self.lex.speech_verbs:
                # Inverted attribution follows a quotation or a comma ('"...," said Watson');
                # in "a spokeswoman said Lord Woolf agreed" Woolf is not the speaker.
                return (
                    i == 0
                    or not self.same_sentence(i - 1, i)
                    or bool(set(self.gap(i - 1)) & set(",\"\u201d\u2019'"))
                )
            if before == "to" and i > 0 and self.lower(i - 1) == "according":
                return True
            if self.capital(i) or before in NOT_VERBS:
                return False
        return False

    def verb_follows(self, last: int) -> bool:
        """A lower-case word that can only be a verb here follows the name ("Margie burst",
        "Barresi handles"), possibly after a parenthesis ("Gleitman (1990) counters")."""
        n = len(self.words)
        i = last + 1
        if i >= n or not self.same_sentence(last, i):
            return False
        gap = self.gap(last).strip()
        if gap == "," and self.lower(i) == "who" and i + 1 < n:
            i += 1  # "Sergei Diaghilev, who wanted ...": the subject of a relative clause
            gap = ""
        if gap == "(":
            while i < n and self.same_sentence(last, i) and ")" not in self.gap(i - 1):
                i += 1
            if i >= n or not self.same_sentence(last, i) or self.gap(i - 1).strip() != ")":
                return False
        elif gap:
            return False
        return self.verb_like(i)

    def verb_like(self, i: int) -> bool:
        """Word ``i`` can only be a verb after a name: "burst", "handles", "said"."""
        word = self.words[i].text
        lower = word.lower()
        if lower in VERB_CUES or lower in self.lex.speech_verbs:
            return True
        return (
            word.isalpha()
            and word.islower()
            and not lower.endswith("ing")  # "London banking firm"
            and lower not in NOT_VERBS
            and lower not in self.lex.person_nouns
            and lower not in self.lex.roles
        )

    def determiner_before(self, i: int) -> str | None:
        """The determiner opening the noun phrase whose head is word ``i``: within 3 words,
        or before a capitalised modifier ("A Department for Constitutional Affairs
        spokeswoman")."""
        j = i - 1
        plain = 0
        while j >= 0 and self.same_sentence(j, i) and self.gap(j).strip() in ("", "-"):
            word = self.lower(j)
            if word in DETERMINERS or self.possessive(j):
                return word if word in DETERMINERS else "the"
            inside_name = self.capital(j + 1) and j > 0 and self.capital(j - 1)
            if self.capital(j) or (word in ("for", "of", "and") and inside_name):
                pass  # part of a name used as a modifier: "Department for Constitutional Affairs"
            elif word in LEADING or word in PREPOSITIONS or word in VERB_CUES:
                return None
            else:
                plain += 1
                if plain >= 3:
                    return None
            if i - j > MODIFIER_WORDS:
                return None
            j -= 1
        return None

    def lookup_name(self, i: int) -> GivenName | None:
        return lookup(self.words[i].text)

    def after_preposition(self, i: int) -> bool:
        """Word ``i`` follows a preposition, perhaps through a determiner ("in the UK")."""
        before = i - 1
        if before >= 0 and self.same_sentence(before, i) and self.lower(before) in DETERMINERS:
            before -= 1
        return before >= 0 and self.same_sentence(before, i) and self.lower(before) in PREPOSITIONS

    def verb_between(self, start: int, end: int) -> bool:
        """A verb-like word among the words starting in ``[start, end)``."""
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)
        return any(
            w.lower in VERB_CUES or w.lower in self.lex.speech_verbs for w in self.words[first:last]
        )
