"""The news dictionary: words of news English that the backends' dictionaries lack.

Names, organisations, units and newsroom vocabulary ('backbencher', '£1.2bn') are most of
a spell checker's false alarms on news. The shipped list (data/news_words.txt, provenance in
its header) is extended per newsroom by the `words` and `words_file` options. Harper gets
the words imported; LanguageTool's spelling matches are filtered against them afterwards,
since its client can only add words to a local LanguageTool's files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

_DATA = "news_words.txt"
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def _entries(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        word = line.split("#", 1)[0].strip()
        if word:
            yield word


@dataclass(frozen=True)
class NewsDictionary:
    """Words as written (for a backend to import) and their lower-case forms (to look up)."""

    entries: tuple[str, ...]
    _lower: frozenset[str]

    @classmethod
    def load(cls, extra: Iterable[str] = (), extra_file: str | None = None) -> NewsDictionary:
        shipped = resources.files("newscheck.checkers.grammar").joinpath("data", _DATA)
        text = shipped.read_text(encoding="utf-8")
        words = list(_entries(text.splitlines()))
        words.extend(_entries(extra))
        if extra_file:
            words.extend(_entries(Path(extra_file).read_text(encoding="utf-8").splitlines()))
        unique = tuple(dict.fromkeys(words))
        return cls(unique, frozenset(w.lower() for w in unique))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        lower = word.lower()
        if lower in self._lower:
            return True
        for ending in _POSSESSIVE:
            if lower.endswith(ending) and lower[: -len(ending)] in self._lower:
                return True
        return False

    def __len__(self) -> int:
        return len(self.entries)
