"""The chrome phrase table (data/chrome_phrases.toml), normalised once per process.

Labels are data, not code, so a newsroom that meets a new site template adds a line instead of
a pattern; every entry goes through the same `normalise` as the copy it is compared with.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KINDS = ("navigation", "related", "prompt", "byline", "caption")

_BULLETS = re.compile(
    r"^[\s\u2022\u00b7\u25aa\u25b6\u25ba\u25a0\u25cf\u2013\u2014*|>\u00bb\u203a-]+"
)
_TRAILING = re.compile(r"[\s:*|>\u00bb\u203a\u2026.]+$")
_SPACES = re.compile(r"\s+")


def straighten(text: str) -> str:
    """Curly apostrophes and quotes as straight ones, so data entries match either style."""
    return (
        text.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )


def normalise(line: str) -> str:
    """A label line as compared with the table: lower case, no bullets, no trailing colon."""
    text = _SPACES.sub(" ", straighten(line).lower())
    text = _BULLETS.sub("", text)
    return _TRAILING.sub("", text)


@dataclass(frozen=True)
class PhraseTable:
    """Whole-line labels, label prefixes and contained form sentences, by kind."""

    lines: dict[str, str]
    prefixes: dict[str, re.Pattern[str]]
    contains: tuple[str, ...]

    def line_kind(self, line: str) -> str | None:
        return self.lines.get(normalise(line))

    def prefix_kind(self, line: str) -> tuple[str, str] | None:
        """``(kind, rest)`` when the line opens with a listed label and a colon or bar."""
        text = straighten(line).lower().lstrip()
        for kind, pattern in self.prefixes.items():
            match = pattern.match(text)
            if match:
                return kind, line[len(line) - len(text) + match.end() :].strip()
        return None

    def contains_prompt(self, line: str) -> bool:
        text = straighten(line).lower()
        return any(phrase in text for phrase in self.contains)


@cache
def phrase_table() -> PhraseTable:
    raw = files("newscheck.checkers.page_chrome").joinpath("data/chrome_phrases.toml")
    data = tomllib.loads(raw.read_text(encoding="utf-8"))
    lines: dict[str, str] = {}
    prefixes: dict[str, re.Pattern[str]] = {}
    for kind in KINDS:
        section = data.get(kind, {})
        for entry in section.get("lines", []):
            lines.setdefault(normalise(entry), kind)
        labels = sorted((straighten(p).lower() for p in section.get("prefixes", [])), key=len)
        if labels:
            # One-word labels need a colon or a bar ("Source: Reuters"); longer ones may
            # take a comma, as screen-reader text does ("Image caption, ...").
            alternation = "|".join(
                rf"{re.escape(p)}\s*{'[:|,]' if ' ' in p else '[:|]'}" for p in reversed(labels)
            )
            prefixes[kind] = re.compile(rf"(?:{alternation})\s*")
    contains = tuple(straighten(p).lower() for p in data["prompt"].get("contains", []))
    return PhraseTable(lines=lines, prefixes=prefixes, contains=contains)
