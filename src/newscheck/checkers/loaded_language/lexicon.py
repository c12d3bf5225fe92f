"""The loaded-word list (data/loaded_words.tsv), read once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class LoadedWord:
    word: str
    rule: str
    plainer: str | None


@cache
def loaded_words() -> dict[str, LoadedWord]:
    """Lower-case word form to its entry."""
    raw = files("newscheck.checkers.loaded_language").joinpath("data/loaded_words.tsv")
    table: dict[str, LoadedWord] = {}
    for line in raw.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, rule, plainer = line.split("\t")
        table[word] = LoadedWord(word, rule, None if plainer == "-" else plainer)
    return table
