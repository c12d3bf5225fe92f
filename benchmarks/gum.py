"""Read the GUM Wikinews documents (``../shared/data/gum_wikinews/xml``) as running text.

GUM's vertical XML has one token per line and no spacing information, so the text is rebuilt
with simple detokenization rules: no space before closing punctuation, clitics ("'s", "n't")
and closing quotes; none after opening brackets and opening quotes (the PTB tags `` and ''
tell an opening straight quote from a closing one); none inside ``<w>`` (hyphenated words).
Every gold unit is recorded as a character span into that rebuilt text:

* paragraphs: ``<head>``, ``<p>``, ``<caption>``, ``<item>``, a speaker turn ``<sp>`` without
  ``<p>``, and runs of sentences outside any of these. A block tag inside a sentence (poem
  lines) does not break the paragraph. Paragraphs are separated by a blank line in ``text``.
* sentences: ``<s>``. GUM also ends a sentence at some ";", ":" and "--", and at the end of
  titles, datelines and captions that have no final punctuation.
* quotations: ``<quote>`` (quoted speech or writing) and ``<q>`` (scare quotes, mentions).
* speaker turns: ``<sp who=...>`` in the interviews.
* errors of the original text: ``<sic ana="correction">`` (e.g. "Untied Nations"), so that a
  "clean" benchmark can leave them out or expect them to be flagged.

Texts are CC BY 2.5 (Wikinews), annotations CC BY 4.0 (Zeldes 2017, GUM). When the data folder
is absent, :func:`load_documents` returns an empty list and ``python benchmarks/gum.py`` prints
a skip message. Run ``python benchmarks/gum.py`` for corpus figures, or
``python benchmarks/gum.py --write-fixtures DIR korea asylum`` to write news copies.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from _data import DATA, DATA_ENV  # benchmarks/ is on sys.path when run as a script
from newscheck.spans import Span

# Tags that open or close a paragraph (outside a sentence).
_BLOCKS = frozenset({"text", "head", "p", "figure", "caption", "list", "item", "sp", "lg", "l"})
_QUOTES = frozenset({"q", "quote"})
_TAG = re.compile(r"<(/?)([A-Za-z]+)\b([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:][\w:.-]*)="([^"]*)"')

# Spacing rules for tokens (form, PTB tag).
_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "..", "…", "….", "/"},
)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "US$", "#", "/", "\u201c", "\u2018"})
_NEGATION = frozenset({"n't", "n\u2019t", "n`t"})
_CLITIC = re.compile(r"['\u2019][a-z]{1,2}")


def gum_dir() -> Path:
    return DATA / "gum_wikinews" / "xml"


@dataclass(frozen=True, slots=True)
class Quotation:
    """A ``<quote>`` or ``<q>`` element; the span includes its quotation marks."""

    span: Span
    kind: str


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker turn ``<sp who="#Name">`` in an interview."""

    span: Span
    speaker: str


@dataclass(frozen=True, slots=True)
class Sic:
    """An error in the original text marked ``<sic ana="correction">``; ``""`` means delete."""

    span: Span
    correction: str


@dataclass(frozen=True, slots=True)
class GumDocument:
    doc_id: str
    genre: str
    title: str
    short_title: str
    source_url: str
    date_created: str
    text: str
    paragraphs: tuple[Span, ...]
    paragraph_kinds: tuple[str, ...]
    sentences: tuple[Span, ...]
    quotations: tuple[Quotation, ...]
    turns: tuple[Turn, ...]
    sics: tuple[Sic, ...]
    tokens: int

    @property
    def words(self) -> int:
        return len(self.text.split())

    def news_copy(self, *, captions: bool = False) -> str:
        """Title, blank line, then the paragraphs separated by blank lines.

        Image captions are left out unless asked for: they are not part of the copy.
        """
        parts = [
            self.text[para.start : para.end]
            for para, kind in zip(self.paragraphs, self.paragraph_kinds, strict=True)
            if captions or kind != "caption"
        ]
        return "\n\n".join(parts) + "\n"


def load_documents(
    directory: Path | None = None,
    *,
    genres: Iterable[str] = ("news", "interview"),
) -> list[GumDocument]:
    """Every GUM document of the given genres, sorted by id; empty when the data is absent."""
    folder = directory if directory is not None else gum_dir()
    if not folder.is_dir():
        return []
    wanted = set(genres)
    docs = [parse_file(path) for path in sorted(folder.glob("GUM_*.xml"))]
    return [doc for doc in docs if doc.genre in wanted]


def parse_file(path: Path) -> GumDocument:
    return parse(path.read_text(encoding="utf-8"))


class _Builder:
    """Rebuilds running text token by token and keeps the offsets of the gold units."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.glue_next = False  # no space before the next token
        self.w_depth = 0
        self.w_started = False
        self.break_pending = True
        self.para_start = -1
        self.para_kind = ""
        self.last_end = 0
        self.tokens = 0
        self.paragraphs: list[Span] = []
        self.kinds: list[str] = []

    def add(self, form: str, tag: str, block: str) -> int:
        """Append a token; returns its start offset."""
        if self.break_pending:
            self.close_paragraph()
            sep = "\n\n" if self.length else ""
            self.para_start = self.length + len(sep)
            self.para_kind = block
            self.break_pending = False
        elif (self.w_depth and self.w_started) or self.glue_next or _glues_left(form, tag):
            sep = ""
        else:
            sep = " "
        if self.w_depth:
            self.w_started = True
        self.parts.append(sep)
        self.parts.append(form)
        start = self.length + len(sep)
        self.length = start + len(form)
        self.last_end = self.length
        self.glue_next = _glues_right(form, tag)
        self.tokens += 1
        return start

    def close_paragraph(self) -> None:
        if self.para_start >= 0 and self.last_end > self.para_start:
            self.paragraphs.append(Span(self.para_start, self.last_end))
            self.kinds.append(self.para_kind)
        self.para_start = -1

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _glues_left(form: str, tag: str) -> bool:
    if form in _NO_SPACE_BEFORE or tag in {"''", "POS", "HYPH"}:
        return True
    lower = form.lower()
    return lower in _NEGATION or (tag != "``" and _CLITIC.fullmatch(lower) is not None)


def _glues_right(form: str, tag: str) -> bool:
    return form in _NO_SPACE_AFTER or tag in {"``", "HYPH"}


def parse(source: str) -> GumDocument:
    """Parse one GUM vertical-XML document."""
    parser = _Parser()
    for raw in source.splitlines():
        line = raw.strip()
        if not line:
            continue
        if "\t" not in line and (match := _TAG.fullmatch(line)):
            closing, name, attrs, empty = match.groups()
            if empty:
                continue
            if closing:
                parser.close(name)
            else:
                values = {key: html.unescape(value) for key, value in _ATTR.findall(attrs)}
                parser.open(name, values)
        else:
            fields = line.split("\t")
            parser.token(html.unescape(fields[0]), fields[1] if len(fields) > 1 else "")
    return parser.document()


class _Parser:
    """Walks the tags and tokens of one document and collects the gold spans."""

    def __init__(self) -> None:
        self.out = _Builder()
        self.meta: dict[str, str] = {}
        self.stack: list[str] = []
        self.s_depth = 0
        self.sentence_start = -1
        self.sentences: list[Span] = []
        self.open_quotes: list[tuple[str, int]] = []
        self.quotes: list[Quotation] = []
        self.open_turn: tuple[str, int] | None = None
        self.turns: list[Turn] = []
        self.open_sics: list[tuple[str, int]] = []
        self.sics: list[Sic] = []

    def open(self, name: str, attrs: dict[str, str]) -> None:
        self.stack.append(name)
        if name == "text":
            self.meta = attrs
        elif name == "s":
            self.s_depth += 1
        elif name in _QUOTES:
            self.open_quotes.append((name, -1))
        elif name == "sp":
            self.open_turn = (attrs.get("who", "").lstrip("#"), -1)
        elif name == "sic":
            self.open_sics.append((attrs.get("ana", ""), -1))
        elif name == "w":
            self.out.w_depth += 1
            self.out.w_started = False
        self._block(name)

    def close(self, name: str) -> None:
        if self.stack and self.stack[-1] == name:
            self.stack.pop()
        end = self.out.last_end
        if name == "s":
            self.s_depth -= 1
            if self.s_depth == 0 and 0 <= self.sentence_start < end:
                self.sentences.append(Span(self.sentence_start, end))
            self.sentence_start = -1
        elif name in _QUOTES and self.open_quotes:
            kind, start = self.open_quotes.pop()
            if 0 <= start < end:
                self.quotes.append(Quotation(Span(start, end), kind))
        elif name == "sp" and self.open_turn is not None:
            who, start = self.open_turn
            if 0 <= start < end:
                self.turns.append(Turn(Span(start, end), who))
            self.open_turn = None
        elif name == "sic" and self.open_sics:
            correction, start = self.open_sics.pop()
            if 0 <= start < end:
                self.sics.append(Sic(Span(start, end), correction))
        elif name == "w":
            self.out.w_depth -= 1
        self._block(name)

    def _block(self, name: str) -> None:
        if name in _BLOCKS and self.s_depth == 0:
            self.out.break_pending = True

    def token(self, form: str, tag: str) -> None:
        block = next((t for t in reversed(self.stack) if t in _BLOCKS), "text")
        start = self.out.add(form, tag, block)
        if self.s_depth and self.sentence_start < 0:
            self.sentence_start = start
        self.open_quotes = [(kind, start if at < 0 else at) for kind, at in self.open_quotes]
        self.open_sics = [(fix, start if at < 0 else at) for fix, at in self.open_sics]
        if self.open_turn is not None and self.open_turn[1] < 0:
            self.open_turn = (self.open_turn[0], start)

    def document(self) -> GumDocument:
        self.out.close_paragraph()
        meta = self.meta
        return GumDocument(
            doc_id=meta.get("id", ""),
            genre=meta.get("type", ""),
            title=meta.get("title", ""),
            short_title=meta.get("shortTitle", ""),
            source_url=meta.get("sourceURL", ""),
            date_created=meta.get("dateCreated", ""),
            text=self.out.text,
            paragraphs=tuple(self.out.paragraphs),
            paragraph_kinds=tuple(self.out.kinds),
            sentences=tuple(self.sentences),
            quotations=tuple(sorted(self.quotes, key=lambda q: (q.span.start, -q.span.end))),
            turns=tuple(self.turns),
            sics=tuple(sorted(self.sics, key=lambda sic: sic.span.start)),
            tokens=self.out.tokens,
        )


def _summary(docs: list[GumDocument]) -> None:
    print("| genre | documents | paragraphs | sentences | quotations | sic errors | words |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for genre in sorted({doc.genre for doc in docs}):
        group = [doc for doc in docs if doc.genre == genre]
        print(
            f"| {genre} | {len(group)} | {sum(len(d.paragraphs) for d in group)} "
            f"| {sum(len(d.sentences) for d in group)} "
            f"| {sum(len(d.quotations) for d in group)} | {sum(len(d.sics) for d in group)} "
            f"| {sum(d.words for d in group):,} |",
        )


def _write_fixtures(docs: list[GumDocument], folder: Path, names: list[str]) -> None:
    by_name = {doc.short_title: doc for doc in docs}
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        doc = by_name[name]
        path = folder / f"gum_{name}.txt"
        path.write_text(doc.news_copy(), encoding="utf-8")
        print(f"{path}: {doc.title} <{doc.source_url}>")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--write-fixtures", type=Path, metavar="DIR")
    parser.add_argument("names", nargs="*", help="short titles, e.g. korea asylum")
    args = parser.parse_args(argv)
    docs = load_documents()
    if not docs:
        print(f"skipped: no GUM data under {gum_dir()} (set {DATA_ENV} to the data folder)")
        return 0
    if args.write_fixtures is not None:
        _write_fixtures(docs, args.write_fixtures, list(args.names))
    else:
        _summary(docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
