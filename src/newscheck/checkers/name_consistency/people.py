"""NM002 and NM003: how a person is introduced and titled through a story.

A person is a mention with a given name first ("Adrienne Watson") or a personal title. Both
rules stand down for a surname that several people in the story share ("Venus Williams",
"Serena Williams"; "Mr and Mrs Smith"), because a change there may be a change of person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from newscheck.checkers.name_consistency.mentions import Mention

SPEECH = frozenset(
    "said says told tells added adds admitted argued insisted explained warned wrote "
    "writes claimed claims replied asked announced".split()
)
_FULL_FORMS = {
    "Gen": "General",
    "Col": "Colonel",
    "Maj": "Major",
    "Capt": "Captain",
    "Adm": "Admiral",
    "Lt": "Lieutenant",
    "Sgt": "Sergeant",
    "Cmdr": "Commander",
    "Cpl": "Corporal",
    "Pte": "Private",
    "Gov": "Governor",
    "Sen": "Senator",
    "Rep": "Representative",
    "PM": "Minister",
    "Premier": "Minister",
}
_FAMILY = re.compile(
    r"\b(?:wife|husband|widow|widower|mother|father|son|daughter|brother|sister|couple|"
    r"family|families|parents|children|twins?|cousin|uncle|aunt|grandmother|grandfather|"
    r"Mr and Mrs|Mr and Ms)\b"
)
_CAREER = re.compile(
    r"\b(?:became|becomes|become|becoming|elected|promoted|appointed|sworn|succeeded|"
    r"succeeds|inaugurated|crowned|demoted|retired|retires|resigned)\b"
)
_PEERAGE = frozenset({"Lord", "Lady", "Baron", "Baroness"})
_RANKS = frozenset({"office", "military"})
_HONORIFICS = frozenset({"male", "female"})


@dataclass(frozen=True)
class Issue:
    """A finding on ``mention``; ``other`` is the mention it conflicts with."""

    mention: Mention
    other: Mention
    detail: str


def _surnames(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """Full-name person mentions by surname."""
    people: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if len(mention.name) >= 2 and mention.is_person:
            people[mention.names[-1]].append(mention)
    return people


def _shared(full: list[Mention]) -> bool:
    """Several people with this surname (differing given names)."""
    return len({m.names[0].lower() for m in full}) > 1


def surname_first(mentions: list[Mention], text: str) -> list[Issue]:
    """A person called by surname alone before the story gives the full name (NM002)."""
    issues = []
    for surname, full in _surnames(mentions).items():
        if _shared(full):
            continue
        first = min(full, key=lambda m: m.start)
        for mention in mentions:
            if mention.start >= first.start:
                break
            if mention.names != (surname,) or not _person_like(mention, text):
                continue
            issues.append(Issue(mention, first, first.surface))
            break
    return issues


def _person_like(mention: Mention, text: str) -> bool:
    if mention.title and mention.title[-1].text in _PEERAGE:
        return False  # "Lord Goldsmith" is how a peer is named, not a bare surname
    if mention.title_class is not None and mention.title_class != "modifier":
        return True
    after = text[mention.end : mention.end + 20].split()
    return bool(after) and after[0].strip(",.") in SPEECH


def changed_titles(mentions: list[Mention], text: str) -> list[Issue]:
    """A person's title changes within one class: rank to rank, or Mr to Mrs (NM003)."""
    family = bool(_FAMILY.search(text))
    career = bool(_CAREER.search(text))
    issues = []
    for surname, full in _surnames(mentions).items():
        if _shared(full):
            continue
        titled = [
            m
            for m in mentions
            if m.names[-1:] == (surname,) and m.title_class is not None and not m.qualified
        ]
        first_of: dict[str, tuple[str, Mention]] = {}
        for mention in sorted(titled, key=lambda m: m.start):
            group, head = _group(mention)
            if group is None or (group in _RANKS and career) or (group == "honorific" and family):
                continue
            if group not in first_of:
                first_of[group] = (head, mention)
                continue
            first_head, first_mention = first_of[group]
            if head != first_head:
                issues.append(Issue(mention, first_mention, f"{first_head} -> {head}"))
                break
    return issues


def _group(mention: Mention) -> tuple[str | None, str]:
    """The class a title is compared within, and its head word in full."""
    kind = mention.title_class
    head = _FULL_FORMS.get(mention.title[-1].text, mention.title[-1].text)
    if kind in _RANKS:
        return kind, head
    if kind in _HONORIFICS:
        return "honorific", kind or ""
    return None, head
