"""Common English first names, one copy for every checker that needs them.

A known first name is what tells a person ("Adrienne Watson") from an organisation in copy
without a parser, and a name found in one gender's list only is evidence of that gender
for pronoun resolution. The lists are Moby Word II's (Grady Ward, public domain; provenance
in data/first_names/LICENSE-moby-PDDL-CC0.txt). The pronoun-gender checker keeps its own,
probability-weighted table (pronoun_gender/data), which answers a different question.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DIR = Path(__file__).resolve().parent / "data" / "first_names"


def _read(name: str) -> frozenset[str]:
    text = (_DIR / name).read_text(encoding="utf-8")
    return frozenset(s for line in text.splitlines() if (s := line.strip()))


@cache
def female() -> frozenset[str]:
    """Women's first names as written ("Adrienne")."""
    return _read("female.txt")


@cache
def male() -> frozenset[str]:
    """Men's first names as written ("Aaron")."""
    return _read("male.txt")


@cache
def lowercase() -> frozenset[str]:
    """Every first name in either list, lower case, for case-blind membership tests."""
    return frozenset(name.lower() for name in female() | male())
