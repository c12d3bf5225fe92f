"""NM001: one name spelled two ways, by near spelling or by spacing, hyphens and case.

Two name words one or two edits apart are one name misspelt only when something ties them to
one entity: they share a neighbour ("Adrienne Watson", "Adrienne Watsen"), or one is a
single stray against a repeated form. Pairs that are ordinarily different are left alone:
two well-known names ("Germany", "German"; "Boston", "Bolton"), forms that differ in their
first letter (typists rarely miss it: "Hutton", "Sutton"), ordinary English words ("Games",
"Gates"), plurals ("the Baftas"), two given names, or full names with different given names
(family members and namesakes: "Venus Williams", "Serena Williams"; "David Walliams",
"Robbie Williams"), and a given name against a surname ("Gerard Houllier", "Steven Gerrard").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz.distance import OSA

from newscheck import first_names
from newscheck.checkers.name_consistency.lexicon import common_words, proper_nouns
from newscheck.checkers.name_consistency.mentions import Mention
from newscheck.segment import Token

MIN_LENGTH = 5
"""The longer spelling must be this long (the shorter one letter less): shorter names
("Hong", "Hang") are too often different names."""
LONG = 8
"""From this length two edits may still be one name; below it only one."""
PAIR_LENGTH = 6
"""Two single mentions one edit apart are one name only when both are this long."""
_CONTRACTION = re.compile(r"['\u2019][a-z]")
"""A capitalised contraction ("They're") is not a name."""
_SEPARATORS = re.compile(r"[\s\-\u2010\u2011]")


@dataclass
class _Word:
    text: str
    tokens: list[Token] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    neighbours: set[str] = field(default_factory=set)
    given: set[str] = field(default_factory=set)  # initials of the given names before it
    family: set[str] = field(default_factory=set)  # surnames after it, when it is a given name


@dataclass(frozen=True)
class Variant:
    """``token`` spells a name as ``written``; the article's usual form is ``usual``."""

    token_start: int
    token_end: int
    written: str
    usual: str
    count: int
    how: str  # "near", "spacing" or "case"


def near_spellings(mentions: list[Mention], lower_words: frozenset[str]) -> list[Variant]:
    words = _collect(mentions, lower_words)
    given = first_names.lowercase()
    found: list[Variant] = []
    flagged: set[str] = set()
    for a, b in combinations(sorted(words.values(), key=lambda w: w.tokens[0].start), 2):
        if a.text in flagged or b.text in flagged or not _near(a.text, b.text):
            continue
        if a.text.lower() in given and b.text.lower() in given:
            continue
        if _roles_differ(a, b) or _namesakes(a, b) or not _tied(a, b):
            continue
        rare, usual = (b, a) if len(b.tokens) <= len(a.tokens) else (a, b)
        flagged.add(rare.text)
        token = rare.tokens[0]
        found.append(
            Variant(token.start, token.end, rare.text, usual.text, len(usual.tokens), "near")
        )
    return found


def spacing_variants(mentions: list[Mention]) -> list[Variant]:
    """ "TimeWarner" and "Time Warner", "Jong-un" and "Jong Un", "MacDonald" and "Macdonald"."""
    groups: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for mention in mentions:
        surface = mention.surface
        if mention.sentence_initial:
            surface = surface[0].upper() + surface[1:]
        key = _SEPARATORS.sub("", surface).lower()
        if len(key) >= MIN_LENGTH:
            groups[key][surface].append(mention)
    found: list[Variant] = []
    for forms in groups.values():
        if len(forms) < 2:
            continue
        ranked = sorted(forms.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start))
        usual, usual_mentions = ranked[0]
        for surface, stray in ranked[1:]:
            same_letters = _SEPARATORS.sub("", surface) == _SEPARATORS.sub("", usual)
            how = "case" if same_letters or surface.lower() == usual.lower() else "spacing"
            found.append(
                Variant(stray[0].start, stray[0].end, surface, usual, len(usual_mentions), how)
            )
    return found


def _collect(mentions: list[Mention], lower_words: frozenset[str]) -> dict[str, _Word]:
    words: dict[str, _Word] = {}
    common = common_words()
    # An ordinary word is a name here only as a person's surname ("Lindsay Davenport").
    surnames = {m.names[-1].lower() for m in mentions if len(m.name) >= 2 and m.is_person}
    common = common - surnames
    for mention in mentions:
        names = mention.names
        for i, (token, text) in enumerate(zip(mention.name, names, strict=True)):
            lower = text.lower()
            if len(text) < MIN_LENGTH - 1 or text.isupper() or lower in lower_words:
                continue
            if _CONTRACTION.search(text):
                continue
            if lower in common or "-" in text:
                continue
            word = words.setdefault(text, _Word(text))
            word.tokens.append(token)
            word.roles.add(_role(i, len(names)))
            word.neighbours.update(n for j, n in enumerate(names) if j != i)
            if i == 0 and len(names) > 1:
                word.family.add(names[-1])
            if i > 0:
                word.given.add(names[0][0])
            elif mention.initial:
                word.given.add(mention.initial)
    return words


def _role(i: int, n: int) -> str:
    if n == 1:
        return "single"
    return "first" if i == 0 else "last" if i == n - 1 else "middle"


def _near(a: str, b: str) -> bool:
    left, right = a.lower(), b.lower()
    if left == right or left[0] != right[0]:
        return False
    short, long_ = sorted((left, right), key=len)
    if len(short) < MIN_LENGTH - 1 or len(long_) < MIN_LENGTH:
        return False
    if long_ in (short + "s", short + "es"):
        return False  # a plural or a possessive: "the Baftas", "the Osbournes"
    known = proper_nouns()
    if left in known and right in known:
        return False  # two real names: "Boston", "Bolton"; "Germany", "German"
    limit = 2 if len(short) >= LONG else 1
    return OSA.distance(left, right, score_cutoff=limit) <= limit


def _roles_differ(a: _Word, b: _Word) -> bool:
    """A given name against a surname is two people, not one name spelled two ways."""
    if "single" in a.roles or "single" in b.roles:
        return False
    return not a.roles & b.roles


def _namesakes(a: _Word, b: _Word) -> bool:
    """Two people: both spellings carry given names and they differ ("David Walliams",
    "Robbie Williams"), or both are given names of different surnames ("Arjen Robben",
    "Arjan de Zeeuw")."""
    if a.given and b.given and not a.given & b.given:
        return True
    return bool(a.family and b.family and not a.family & b.family)


def _tied(a: _Word, b: _Word) -> bool:
    """Evidence that the two spellings are one entity: a shared neighbour, or (one edit
    apart, a transposition counting as one) a single stray against a repeated form."""
    if a.neighbours & b.neighbours:
        return True
    counts = sorted((len(a.tokens), len(b.tokens)))
    if OSA.distance(a.text.lower(), b.text.lower(), score_cutoff=1) > 1:
        return False
    if counts[0] == 1 and counts[1] >= 2:
        return True
    return counts == [1, 1] and min(len(a.text), len(b.text)) >= PAIR_LENGTH
