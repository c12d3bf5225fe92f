"""Names in a headline, and whether the body mentions them in any of their usual forms.

A headline word is a name when it is capitalised and is not an ordinary English word
(so title-case headlines work as well as sentence case), or when it is an acronym. The body
mentions it when it contains the word (inside compounds too: "Warner" in "TimeWarner"), a
form sharing its stem ("Japan", "Japanese"), a listed alias ("UK", "Britain"), or, for an
acronym, a capitalised run with those initials ("UN", "United Nations").
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from newscheck.checkers.name_consistency.lexicon import common_words
from newscheck.segment import Token

MIN_NAME = 4
"""Shorter capitalised words ("Ad", "Kim") are too often ordinary or ambiguous."""
_MINOR = frozenset({"of", "the", "and", "for", "de", "la", "du", "von", "van", "&"})
_ROMAN = re.compile(r"^[IVXLC]+$")
_ACRONYM = re.compile(r"^[A-Z]{2,}s?$")
"""Acronyms and their plurals ("PM", "OAPs") are spelt out, or not, in too many ways."""


@cache
def aliases() -> dict[str, tuple[str, ...]]:
    raw = files("newscheck.checkers.headline_body").joinpath("data/aliases.tsv")
    table: dict[str, tuple[str, ...]] = {}
    for line in raw.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, *others = line.split("\t")
            table[name.lower()] = tuple(o.lower() for o in others)
    return table


def headline_names(tokens: list[Token], lower_words: frozenset[str]) -> list[list[Token]]:
    """Runs of adjacent capitalised headline words, keeping runs with at least one name
    word: capitalised, not an acronym, not an ordinary English word."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for token in [*tokens, Token(0, 0, "")]:
        text = _bare(token.text)
        adjacent = not run or token.start - run[-1].end <= 1
        if text[:1].isupper() and adjacent:
            run.append(token)
            continue
        if any(is_name_word(t.text, lower_words) for t in run):
            runs.append(run)
        run = [token] if text[:1].isupper() else []
    return runs


def is_name_word(word: str, lower_words: frozenset[str]) -> bool:
    """A word that names someone or somewhere, as opposed to a capitalised ordinary word.
    Acronyms are not checked: "PM", "TV", "MS" are spelt out, or not, in many ways."""
    text = _bare(word)
    if not text[:1].isupper() or _ACRONYM.match(text) or _ROMAN.match(text):
        return False
    if any(ch.isdigit() for ch in text):
        return False
    common = common_words()
    parts = [p for p in text.split("-") if p[:1].isupper()]
    return any(
        len(p) >= MIN_NAME and p.lower() not in common and p.lower() not in lower_words
        for p in parts
    )


def missing(
    run: list[str], body_lower: str, initials: frozenset[str], lower_words: frozenset[str]
) -> list[str]:
    """The name words of a headline run that the body (lower-cased copy) never mentions in
    any form. A run the body gives as a compound ("Time Warner", "TimeWarner") is there."""
    if _contains(body_lower, "".join(_bare(w) for w in run).lower()):
        return []
    absent = []
    for name in run:
        if not is_name_word(name, lower_words):
            continue
        parts = [p for p in _bare(name).split("-") if p]
        if not any(_mentions_word(p, body_lower, initials) for p in parts):
            absent.append(name)
    return absent


def _mentions_word(word: str, body_lower: str, initials: frozenset[str]) -> bool:
    lower = word.lower()
    if len(lower) < 2 or _contains(body_lower, lower):
        return True
    if len(lower) >= 8 and lower in body_lower.replace(" ", ""):
        return True  # "TimeWarner" in the headline, "Time Warner" in the body
    if word.isupper() and word in initials:
        return True
    stem = lower[: max(4, len(lower) - 3)]
    if len(lower) >= 5 and re.search(rf"(?<![a-z]){re.escape(stem)}", body_lower):
        return True  # "Japan" and "Japanese", "Korean" and "Korea", "Oscars" and "Oscar"
    return any(_contains(body_lower, alias) for alias in aliases().get(lower, ()))


def run_initials(tokens: list[Token]) -> frozenset[str]:
    """Initials of the body's capitalised runs ("United Nations" -> "UN")."""
    found: set[str] = set()
    run: list[str] = []
    for token in [*tokens, Token(0, 0, ".")]:
        text = token.text
        if text[:1].isupper() and text.isalpha():
            run.append(text[0])
        elif run and text in _MINOR:
            continue
        else:
            if len(run) >= 2:
                found.add("".join(run))
            run = []
    return frozenset(found)


def _contains(haystack: str, needle: str) -> bool:
    if len(needle) >= 5:
        return needle in haystack
    return re.search(rf"(?<![a-z]){re.escape(needle)}(?![a-z])", haystack) is not None


def _bare(word: str) -> str:
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word
