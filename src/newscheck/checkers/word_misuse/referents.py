"""Referring expressions for countries and institutions, and the wrong ones writers use.

``data/referents.toml`` holds ``[[places]]`` with ``name``, ``aliases``, ``adjective``,
``person``, ``people``, ``the`` (the name takes an article) and ``wrong = [{text, use, note}]``.
Two things are checked: a listed wrong form ("the Northerner" for North Korea), and a name that
takes no article written with one ("the North Korea's"), which machine translation produces
often and a spell checker never flags. A wrong form counts for more when the article also
names the place it stands for.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscheck.checkers.word_misuse.lexicon import DATA_DIR, LexiconError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REFERENTS_FILE = DATA_DIR / "referents.toml"
_APOSTROPHE = "['\u2019]"
# What may follow a name that "the" has wrongly been put before: a possessive, or the end of
# a clause. "the North Korea talks" (the name used as a modifier) is left alone.
_CLAUSE_END = r"(?=\s*(?:[.;:!?)]|$|\s(?:has|have|had|is|was|were|will|would|said|says)\b))"
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")

# Is ``first second`` a collocation (the first word modifying the second)? Supplied by the
# checker from its language model; "the Northern border" is fine, "the Northern fired" is not.
Collocation = Callable[[str, str], bool]


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str) and v.strip())
    return ()


@dataclass(frozen=True)
class WrongForm:
    text: str
    use: str
    note: str = ""


@dataclass(frozen=True)
class Place:
    name: str
    aliases: tuple[str, ...] = ()
    adjective: tuple[str, ...] = ()
    person: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    wrong: tuple[WrongForm, ...] = ()
    takes_article: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def bare_names(self) -> tuple[str, ...]:
        """Capitalised names that never take "the": Britain, North Korea (not the UK)."""
        with_article = {a.lower() for a in self.names if a.lower().startswith("the ")}
        return tuple(
            n for n in self.names
            if n[:1].isupper() and f"the {n.lower()}" not in with_article
            and not (n == self.name and self.takes_article)
        )

    @property
    def right_forms(self) -> tuple[str, ...]:
        return (*self.names, *self.adjective, *self.person, *self.people)


@dataclass(frozen=True)
class ReferentHit:
    start: int
    end: int
    written: str
    use: str
    place: Place
    kind: str  # "wrong-form" or "article"
    named_elsewhere: bool
    note: str = ""


def _phrase(text: str) -> str:
    """A pattern for a phrase: any run of spaces between words, either apostrophe; the first
    letter may be either case (sentence starts), the rest must match as written."""
    words = [re.escape(w).replace("'", _APOSTROPHE) for w in text.split()]
    first = words[0]
    if first[:1].isalpha():
        first = f"[{first[0].upper()}{first[0].lower()}]{first[1:]}"
    return r"\s+".join([first, *words[1:]])


def read_places(path: Path) -> list[Place]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: {exc}") from exc
    places = []
    for raw in data.get("places", []):
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            continue
        wrong = tuple(
            WrongForm(w["text"], w["use"], str(w.get("note", "")))
            for w in raw.get("wrong", [])
            if isinstance(w, dict) and isinstance(w.get("text"), str)
            and isinstance(w.get("use"), str)
        )
        places.append(
            Place(
                name=raw["name"],
                aliases=_names(raw.get("aliases")),
                adjective=_names(raw.get("adjective")),
                person=_names(raw.get("person")),
                people=_names(raw.get("people")),
                wrong=wrong,
                takes_article=bool(raw.get("the", False)),
            )
        )
    return places


def _key(text: str) -> str:
    """Matched text to table key: first letter lowered, one space, straight apostrophes."""
    text = " ".join(text.replace("\u2019", "'").split())
    return text[:1].lower() + text[1:]


class Referents:
    """Every place's wrong forms and article-less names, compiled into two patterns."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.places = list(places)
        self._forms: dict[str, tuple[WrongForm, Place]] = {}
        self._bare: dict[str, Place] = {}
        self._mentions: dict[str, re.Pattern[str]] = {}
        right = {n for p in self.places for n in p.right_forms}
        for place in self.places:
            for form in place.wrong:
                if form.text not in right:  # a form right for some place is never wrong
                    self._forms.setdefault(_key(form.text), (form, place))
            for name in place.bare_names:
                self._bare.setdefault(name, place)
        self._wrong = _alternation(
            rf"(?<![\w'\u2019-])(?P<form>{{}})(?P<pos>{_APOSTROPHE}s)?(?![\w-])",
            [form.text for form, _ in self._forms.values()],
        )
        self._article = _alternation(
            rf"\b[Tt]he\s+(?P<name>{{}})(?:{_APOSTROPHE}s\b|{_CLAUSE_END})",
            list(self._bare), exact=True,
        )

    @classmethod
    def load(cls, path: Path | None = None) -> Referents:
        path = REFERENTS_FILE if path is None else path
        return cls(read_places(path) if path.is_file() else [])

    def __len__(self) -> int:
        return len(self.places)

    def _named(self, text: str, place: Place, start: int, end: int) -> bool:
        pattern = self._mentions.get(place.name)
        if pattern is None:
            forms = sorted(place.right_forms, key=len, reverse=True)
            pattern = re.compile("|".join(rf"\b{_phrase(n)}\b" for n in forms))
            self._mentions[place.name] = pattern
        return any(m.end() <= start or m.start() >= end for m in pattern.finditer(text))

    def find(self, text: str, collocation: Collocation | None = None) -> Iterator[ReferentHit]:
        """Wrong referring expressions in ``text``, in no particular order."""
        if self._wrong is not None:
            for m in self._wrong.finditer(text):
                found = self._forms.get(_key(m.group("form")))
                if found is None:
                    continue
                form, place = found
                possessive = m.group("pos")
                after = None if possessive else _NEXT_WORD.match(text, m.end())
                if after and after.group(1)[:1].isupper():
                    continue  # "the Northern Alliance": part of a longer name
                last = form.text.split()[-1].lower()
                if after and collocation and collocation(last, after.group(1).lower()):
                    continue  # "the Northern border": a modifier, not a name
                yield ReferentHit(
                    m.start(), m.end(), m.group(), form.use + (possessive or ""), place,
                    "wrong-form", self._named(text, place, m.start(), m.end()), form.note,
                )
        if self._article is not None:
            for m in self._article.finditer(text):
                place = self._bare[m.group("name")]
                end = m.end("name")
                yield ReferentHit(
                    m.start(), end, text[m.start() : end], m.group("name"), place, "article", True
                )


def _alternation(template: str, phrases: list[str], exact: bool = False) -> re.Pattern[str] | None:
    """One pattern for many phrases, longest first so "North Korea" beats "Korea"."""
    if not phrases:
        return None
    ordered = sorted(set(phrases), key=len, reverse=True)
    parts = [re.escape(p).replace(r"\ ", r"\s+") if exact else _phrase(p) for p in ordered]
    return re.compile(template.format("|".join(parts)))
