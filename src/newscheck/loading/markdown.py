"""Markdown: optional ``---`` front matter, then a ``# Heading`` title, then the body as is.

Front matter is read as flat ``key: value`` lines rather than full YAML: the keys newscheck
uses are plain strings, and a YAML parser would be a dependency for nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newscheck.article import Article
from newscheck.loading.fields import is_blank_line, trim_body

_FENCE = "---"
_CLOSERS = frozenset({"---", "..."})
_KEY_VALUE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)")
_ATX_H1 = re.compile(r" {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_SETEXT_H1 = re.compile(r" {0,3}=+[ \t]*")
_NULLS = frozenset({"", "~", "null"})
# Article field -> front matter keys, first present wins.
_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "id": ("id",),
    "byline": ("byline", "author"),
    "url": ("url",),
    "published": ("published", "date"),
    "language": ("language", "lang"),
}


def parse_markdown(text: str, *, path: str | None) -> Article:
    """Front matter sets metadata; a leading H1 is the title unless front matter has one."""
    meta, start = _front_matter(text)
    title = meta.pop("title", None)
    if not title:
        heading = _heading(text, start)
        if heading is not None:
            title, start = heading
    fields = {"title": title or "", "body": trim_body(text, start), "path": path}
    return Article.model_validate({**fields, **meta})


def _lines(text: str, start: int) -> Iterator[tuple[str, int]]:
    """Each line from ``start`` (without its ``\\n``) and the offset just after it."""
    while start < len(text):
        end = text.find("\n", start)
        stop = len(text) if end < 0 else end
        yield text[start:stop].rstrip("\r"), (len(text) if end < 0 else end + 1)
        start = stop + 1


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """The recognised front matter keys and where the text after it starts; an unclosed
    ``---`` is a thematic break, not front matter."""
    lines = _lines(text, 0)
    first = next(lines, None)
    if first is None or first[0].rstrip() != _FENCE:
        return {}, 0
    raw: dict[str, str] = {}
    for line, after in lines:
        if line.strip() in _CLOSERS:
            return _pick(raw), after
        match = _KEY_VALUE.fullmatch(line)
        if match:
            raw.setdefault(match.group(1).lower(), _unquote(match.group(2).strip()))
    return {}, 0


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _pick(raw: dict[str, str]) -> dict[str, str]:
    meta: dict[str, str] = {}
    for field, keys in _KEYS.items():
        value = next((raw[key] for key in keys if key in raw), None)
        if value is not None and value not in _NULLS:
            meta[field] = value
    return meta


def _heading(text: str, start: int) -> tuple[str, int] | None:
    """The first non-blank line as an H1 (ATX or setext) and the offset after it."""
    lines = _lines(text, start)
    for line, after in lines:
        if is_blank_line(line):
            continue
        atx = _ATX_H1.fullmatch(line)
        if atx and atx.group(1).strip():
            return atx.group(1).strip(), after
        underline = next(lines, None)
        if underline and _SETEXT_H1.fullmatch(underline[0]) and not line.startswith("    "):
            return line.strip(), underline[1]
        return None
    return None
