"""The shipped first-name table: which given names are strong evidence of a gender.

Built offline by scripts/build_first_names.py from nomquamgender (MIT; data/README.md). Only
names at least 95% one way across many sources are gendered; frequent names below that bar
are kept as known names without a gender, so "Jean" or "Kim" marks a person but never decides
a pronoun. Loaded once per process, lazily, in a few milliseconds.
"""

from __future__ import annotations

import gzip
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from newscheck.checkers.pronoun_gender.pronouns import Gender

TABLE = "first_names.tsv.gz"
STRONG = 0.99  # p(female) at or above (or male at or below 1 - STRONG): the strongest evidence
_LABELS: dict[str, Gender | None] = {"f": "female", "m": "male", "u": None}


@dataclass(frozen=True, slots=True)
class GivenName:
    """A first name as the table knows it."""

    gender: Gender | None
    p_female: float
    observations: int

    @property
    def strong(self) -> bool:
        return self.p_female >= STRONG or self.p_female <= 1 - STRONG


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Folded name -> its raw row; rows are parsed only when a name is looked up."""
    raw = (files("newscheck.checkers.pronoun_gender") / "data" / TABLE).read_bytes()
    rows = gzip.decompress(raw).decode("utf-8").split("\n")
    return dict(row.split("\t", 1) for row in rows if row and row[0] != "#")


def fold(word: str) -> str:
    """Lower case without diacritics or a possessive 's, as the table spells names."""
    word = word.replace("\u2019", "'")
    if word.endswith(("'s", "'S")):
        word = word[:-2]
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)
def lookup(word: str) -> GivenName | None:
    row = table().get(fold(word))
    if row is None:
        return None
    label, p_female, observations = row.split("\t")
    return GivenName(_LABELS[label], float(p_female), int(observations))
