"""The word lists behind mention detection and evidence, read once from data/.

They are plain text so a newsroom can review or extend them without touching code; the
comment at the top of each file says what belongs in it and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from newscheck.checkers.pronoun_gender.pronouns import Gender

_GENDERS: dict[str, Gender | None] = {"f": "female", "m": "male", "n": None, "x": None}


@dataclass(frozen=True)
class Marker:
    """A title or role word and what it says about the person it names."""

    word: str
    gender: Gender | None
    weight: float
    nonbinary: bool = False


@dataclass(frozen=True)
class Lexicon:
    honorifics: dict[str, Marker]
    roles: dict[str, Marker]
    person_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    countries: frozenset[str]  # lower case, multiword names joined by one space
    not_names: frozenset[str]
    places: frozenset[str]
    institutions: frozenset[str]
    country_heads: frozenset[str]  # first words of the country names ("united", "north")


def _lines(name: str) -> list[str]:
    text = (files("newscheck.checkers.pronoun_gender") / "data" / name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def _markers(name: str) -> dict[str, Marker]:
    markers = {}
    for line in _lines(name):
        word, gender, weight = line.split("\t")
        markers[word] = Marker(word, _GENDERS[gender], float(weight), nonbinary=gender == "x")
    return markers


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    countries = frozenset(c.lower() for c in _lines("countries.txt"))
    return Lexicon(
        honorifics=_markers("honorifics.tsv"),
        roles=_markers("roles.tsv"),
        person_nouns=frozenset(_lines("person_nouns.txt")),
        speech_verbs=frozenset(_lines("speech_verbs.txt")),
        countries=countries,
        not_names=frozenset(_lines("not_names.txt")),
        places=frozenset(_lines("places.txt")),
        institutions=frozenset(_lines("institutions.txt")),
        country_heads=frozenset(c.split()[0] for c in countries),
    )
