"""Capitalised runs in the copy, split into the title before a name and the name itself.

"Prime Minister Fumio Kishida" is one mention: title "Prime Minister" (class office), name
tokens "Fumio Kishida". A capital that only opens a sentence is not a name unless the word
never appears in lower case in the article ("Police said" vs "Kishida said").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from newscheck import first_names
from newscheck.analysis import FieldAnalysis
from newscheck.checkers.name_consistency.lexicon import titles
from newscheck.checkers.page_chrome.exclusion import Excluded
from newscheck.segment import Token

_CONNECTORS = frozenset({"de", "van", "von", "bin", "al", "da", "del", "der", "di", "la", "le"})
_QUALIFIERS = frozenset(
    {
        "former",
        "ex",
        "then",
        "late",
        "future",
        "outgoing",
        "incoming",
        "acting",
        "deputy",
        "vice",
        "interim",
        "new",
    }
)
"""A title after one of these is not the person's current title ("former President Bush")."""
_INITIAL = re.compile(r"(?:^|[\s(,;])([A-Z])\.?\s$")
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


@dataclass(frozen=True)
class Mention:
    """One capitalised run: its title (may be empty) and its name tokens."""

    title: tuple[Token, ...]
    name: tuple[Token, ...]
    title_class: str | None
    qualified: bool
    sentence_initial: bool
    initial: str | None = None  # "M" in "M Horan": a given name reduced to its initial

    @property
    def start(self) -> int:
        return self.name[0].start

    @property
    def end(self) -> int:
        return self.name[-1].end

    @property
    def names(self) -> tuple[str, ...]:
        """The name's words without a possessive ending."""
        return tuple(bare(t.text) for t in self.name)

    @property
    def surface(self) -> str:
        return " ".join(self.names)

    @property
    def is_person(self) -> bool:
        """A given name first, or a personal title before it."""
        if len(self.name) >= 2 and self.names[0].lower() in first_names.lowercase():
            return True
        return self.title_class is not None and self.title_class != "modifier"


def bare(word: str) -> str:
    """The word without a possessive ending ("Watson's" -> "Watson")."""
    for ending in _POSSESSIVE:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


def is_capitalised(text: str) -> bool:
    """A name-like word: a capital first and some lower case ("Kim", "McDonald", "Jong-un")."""
    return text[0].isupper() and any(ch.islower() for ch in text)


def find_mentions(
    field: FieldAnalysis, excluded: Excluded, lower_words: frozenset[str]
) -> list[Mention]:
    """Every capitalised run outside excluded spans; ``lower_words`` are the article's
    lower-case words, which show that a sentence-initial capital is an ordinary word."""
    starts = _first_words(field)
    runs: list[list[Token]] = []
    run: list[Token] = []
    words = field.words
    for i, token in enumerate(words):
        if excluded.covers(token.start, token.end) or not _joinable(token, run, field.text):
            if run:
                runs.append(run)
            run = []
        if is_capitalised(token.text) and not excluded.covers(token.start, token.end):
            run.append(token)
        elif run and token.text in _CONNECTORS and i + 1 < len(words):
            nxt = words[i + 1]
            if is_capitalised(nxt.text) and _gap(field.text, token, nxt) == " ":
                run.append(token)
            else:
                runs.append(run)
                run = []
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    mentions = []
    for tokens in runs:
        mention = _split(tokens, field, starts, lower_words)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _first_words(field: FieldAnalysis) -> set[int]:
    """Start offsets of each sentence's first word (after any opening quotation mark)."""
    words = field.words
    word_starts = [t.start for t in words]
    firsts = set()
    for sentence in field.sentences:
        i = bisect_left(word_starts, sentence.start)
        if i < len(words) and words[i].start < sentence.end:
            firsts.add(words[i].start)
    return firsts


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _joinable(token: Token, run: list[Token], text: str) -> bool:
    """Whether ``token`` may continue ``run``: one space apart, or after "Gen." and the like."""
    if not run:
        return True
    gap = _gap(text, run[-1], token)
    if gap == " ":
        return True
    return gap == ". " and run[-1].text in titles()


def _split(
    tokens: list[Token], field: FieldAnalysis, starts: set[int], lower_words: frozenset[str]
) -> Mention | None:
    table = titles()
    initial = tokens[0].start in starts
    while tokens and tokens[0].text.lower() in lower_words and tokens[0].text not in table:
        tokens = tokens[1:]  # "Police", "The": an ordinary word, capitalised to open a sentence
        initial = False
    while tokens and tokens[-1].text in _CONNECTORS:
        tokens = tokens[:-1]
    if not tokens:
        return None
    k = 0
    head: str | None = None
    for j, token in enumerate(tokens[:-1]):
        kind = table.get(token.text)
        if kind is None:
            break
        if kind != "modifier":
            head, k = kind, j + 1
    title, name = tuple(tokens[:k]), tuple(tokens[k:])
    qualified = False
    if title:
        before = field.text[max(0, title[0].start - 12) : title[0].start].lower().split()
        qualified = bool(before) and before[-1].strip("-") in _QUALIFIERS
    lead = field.text[max(0, name[0].start - 4) : name[0].start]
    match = _INITIAL.search(lead) if not title else None
    return Mention(
        title, name, head, qualified, initial and not title, match.group(1) if match else None
    )
