"""Curated confusion sets, loaded from TOML so a newsroom adds sets by editing data.

A file holds a ``[source]`` table and ``[[sets]]``, each with ``words = [...]``, a gloss per
word (``gloss.flout = "to disregard a rule"``) and optional ``pos``, ``note``, ``news`` and
``holdout``. Words are compared lowercase with curly apostrophes (U+2019) made straight,
because a reader sees one word whichever apostrophe the keyboard produced.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA_DIR = Path(__file__).resolve().parent / "data"
CONFUSABLES_DIR = DATA_DIR / "confusables"


def normalise(word: str) -> str:
    """The lookup key: lowercase, straight apostrophes."""
    return straight(word).lower()


def straight(word: str) -> str:
    return word.strip().replace("\u2019", "'").replace("\u2018", "'")


@dataclass(frozen=True)
class ConfusionSet:
    """Words that writers mix up, with what each one means.

    Words keep their case: a capitalised member (Austria, Provence) is a name and matches only
    a capitalised word in the text; a lowercase member matches in any case.
    """

    words: tuple[str, ...]
    gloss: Mapping[str, str] = field(default_factory=dict)
    note: str = ""
    pos: str = ""
    holdout: bool = False
    source: str = ""

    def others(self, word: str) -> tuple[str, ...]:
        key = normalise(word)
        return tuple(w for w in self.words if normalise(w) != key)

    def member(self, written: str) -> str | None:
        """The member the written word is, respecting the case of names."""
        key = normalise(written)
        for w in self.words:
            if normalise(w) == key:
                if w[:1].isupper() and not written[:1].isupper():
                    return None  # "turkey" the bird is not "Turkey" the country
                return w
        return None

    def explain(self, word: str) -> str:
        return self.gloss.get(word) or self.gloss.get(normalise(word), "")


class LexiconError(ValueError):
    """A confusion-set file that cannot be read; the message names the file and the set."""


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _parse_set(raw: Mapping[str, Any], where: str) -> ConfusionSet | None:
    words = raw.get("words")
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise LexiconError(f"{where}: 'words' must be a list of strings")
    members = tuple(dict.fromkeys(straight(w) for w in words if w.strip()))
    if len({normalise(w) for w in members}) < 2:
        return None
    gloss_raw = raw.get("gloss", {})
    gloss = (
        {straight(k): str(v) for k, v in gloss_raw.items()} if isinstance(gloss_raw, dict) else {}
    )
    return ConfusionSet(
        words=members,
        gloss=gloss,
        note=_as_text(raw.get("note")),
        pos=_as_text(raw.get("pos")),
        holdout=bool(raw.get("holdout", False)),
        source=where,
    )


def read_sets(path: Path) -> list[ConfusionSet]:
    """The confusion sets in one file: TOML as documented, or a plain list (``.txt``, one
    set a line, members separated by commas, as published confusion-set lists are)."""
    if path.suffix.lower() in {".txt", ".csv"}:
        return _read_plain_sets(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: {exc}") from exc
    found = []
    for n, raw in enumerate(data.get("sets", []), start=1):
        if not isinstance(raw, dict):
            raise LexiconError(f"{path}: set {n} is not a table")
        parsed = _parse_set(raw, f"{path.name}#{n}")
        if parsed is not None:
            found.append(parsed)
    return found


def _read_plain_sets(path: Path) -> list[ConfusionSet]:
    """'affect,effect' per line; '#' starts a comment. No glosses, so the message says only
    which word was probably meant."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: {exc}") from exc
    found = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if line:
            words = [w for w in line.split(",") if w.strip()]
            parsed = _parse_set({"words": words}, f"{path.name}:{n}")
            if parsed is not None:
                found.append(parsed)
    return found


def default_files() -> list[Path]:
    """The shipped confusion-set files; none yet is not an error."""
    return sorted(CONFUSABLES_DIR.glob("*.toml")) if CONFUSABLES_DIR.is_dir() else []


class Lexicon:
    """Every confusion set, indexed by member word."""

    def __init__(self, sets: Iterable[ConfusionSet]) -> None:
        self.sets: list[ConfusionSet] = list(sets)
        self._by_word: dict[str, list[ConfusionSet]] = {}
        # Members of two or more words ("every day"), by their first word.
        self._phrases: dict[str, list[tuple[tuple[str, ...], str, ConfusionSet]]] = {}
        for cset in self.sets:
            for word in cset.words:
                key = normalise(word)
                self._by_word.setdefault(key, []).append(cset)
                if " " in key:
                    parts = tuple(key.split())
                    self._phrases.setdefault(parts[0], []).append((parts, word, cset))

    @classmethod
    def load(cls, extra: Iterable[Path | str] = (), *, defaults: bool = True) -> Lexicon:
        files = (default_files() if defaults else []) + [Path(p) for p in extra]
        return cls(s for path in files for s in read_sets(path))

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and normalise(word) in self._by_word

    def __len__(self) -> int:
        return len(self.sets)

    def sets_for(self, word: str) -> list[ConfusionSet]:
        return self._by_word.get(normalise(word), [])

    def alternatives(self, written: str, names_only: bool = False) -> dict[str, ConfusionSet]:
        """Each other member of any set the written word belongs to, with that set.

        ``names_only`` keeps sets where the written word is a capitalised member (a name):
        a capitalised word mid-sentence is checked against names only.
        """
        found: dict[str, ConfusionSet] = {}
        for cset in self._by_word.get(normalise(written), []):
            member = cset.member(written)
            if member is None or (names_only and not member[:1].isupper()):
                continue
            for other in cset.others(written):
                found.setdefault(other, cset)
        return found

    def phrases_at(self, words: Sequence[str], i: int) -> list[tuple[int, str, ConfusionSet]]:
        """Members of two or more words that ``words`` (lower case) spell from ``i`` on, as
        (number of words, member, set), longest first."""
        found = [
            (len(parts), member, cset)
            for parts, member, cset in self._phrases.get(words[i], ())
            if tuple(words[i : i + len(parts)]) == parts
        ]
        found.sort(key=lambda item: -item[0])
        return found

    def without(self, words: Iterable[str]) -> Lexicon:
        """A copy lacking every set that holds any of ``words``."""
        drop = {normalise(w) for w in words}
        return Lexicon(s for s in self.sets if drop.isdisjoint(normalise(w) for w in s.words))
