"""Titles and word lists (data/), read once per process; first names are shared
(`newscheck.first_names`)."""

from __future__ import annotations

import gzip
from functools import cache
from importlib.resources import files


def _lines(name: str) -> list[str]:
    raw = files("newscheck.checkers.name_consistency").joinpath(f"data/{name}")
    text = raw.read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def titles() -> dict[str, str]:
    """Title word (as written, no full stop) to its class; "modifier" qualifies a title."""
    table: dict[str, str] = {}
    for line in _lines("titles.tsv"):
        word, kind = line.split("\t")
        table[word] = kind
    return table


@cache
def common_words() -> frozenset[str]:
    """Ordinary English words of four letters or more (SCOWL 50): "Games" next to "Gates" or
    "Life" next to "Liffe" are two words, not one name spelled two ways."""
    raw = files("newscheck.checkers.name_consistency").joinpath("data/common_words.txt.gz")
    return frozenset(gzip.decompress(raw.read_bytes()).decode("utf-8").split())


@cache
def proper_nouns() -> frozenset[str]:
    """Well-known names (SCOWL 50, lower-cased): two of them a letter apart ("Boston",
    "Bolton"; "Germany", "German") are two names, not one misspelt."""
    raw = files("newscheck.checkers.name_consistency").joinpath("data/proper_nouns.txt.gz")
    return frozenset(gzip.decompress(raw.read_bytes()).decode("utf-8").lower().split())
