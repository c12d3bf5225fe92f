"""Load articles from files, stdin or strings; bad input becomes a one-line `LoadError`.

Formats by extension: ``.txt`` (and unknown extensions), ``.md``/``.markdown``,
``.html``/``.htm``, ``.json``, and ``.jsonl``/``.ndjson`` corpora (optionally ``.gz``) for
`iter_articles`. Stdin (``-``) is sniffed unless ``format`` is given.

Fields keep their exact characters (findings index into them): a body cut from a file
starts at its first non-blank line and loses trailing white space, nothing else; CRLF line
breaks stay CRLF. Fields given explicitly (JSON values, `load_text`) are kept exactly.

``max_chars`` (setting ``max_article_chars``) caps title plus body. Raw input is capped at
10 times that in bytes before it is decoded, leaving room for markup and JSON escapes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Literal, get_args

from newscheck.article import Article
from newscheck.loading.corpus import iter_jsonl
from newscheck.loading.errors import DEFAULT_MAX_CHARS, STDIN, LoadError, display_name
from newscheck.loading.fields import finish
from newscheck.loading.markdown import parse_markdown
from newscheck.loading.records import article_from_record, parse_json
from newscheck.loading.source import decode, read_source
from newscheck.loading.text import parse_text
from newscheck.loading.webpage import parse_html

__all__ = [
    "FORMATS",
    "Format",
    "LoadError",
    "detect_format",
    "iter_articles",
    "load_article",
    "load_text",
]

Format = Literal["txt", "md", "html", "json", "jsonl"]
FORMATS: tuple[Format, ...] = get_args(Format)

_SUFFIXES: dict[str, Format] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_HTML_STARTS = ("<!doctype html", "<html", "<?xml", "<head", "<body")


def detect_format(path: str | os.PathLike[str]) -> Format | None:
    """The format a file name implies (unknown extensions are text); None for stdin."""
    source = os.fspath(path)
    if source == STDIN:
        return None
    lower = source.lower()
    if lower.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    return _SUFFIXES.get(os.path.splitext(lower)[1], "txt")


def load_article(
    path: str | os.PathLike[str],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    format: Format | None = None,
) -> Article:
    """One article from a file, or from stdin for ``-``; `LoadError` for any bad input.

    ``format`` overrides the extension (and stdin sniffing). A JSONL corpus is refused:
    it holds many articles, which `iter_articles` yields one by one.
    """
    source = os.fspath(path)
    kind = _checked(format, max_chars) or detect_format(source)
    name = display_name(source)
    if kind == "jsonl":
        raise LoadError(
            f"{name} is a JSON Lines corpus (one article per line); load it with iter_articles()",
            path=source,
        )
    text = decode(read_source(source, max_chars), name, path=source, html=kind == "html")
    if not text.strip():
        raise LoadError(f"{name} is empty", path=source)
    return finish(_parse(kind or _sniff(text), text, name, source), name, max_chars)


def iter_articles(
    path: str | os.PathLike[str],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    format: Format | None = None,
) -> Iterator[Article | LoadError]:
    """Each article of a JSONL corpus in order, a `LoadError` in place of each bad line;
    for any other file, exactly one item. Never raises for bad input, so one broken
    article cannot lose the others. JSONL on stdin needs ``format="jsonl"``.
    """
    source = os.fspath(path)
    kind = _checked(format, max_chars) or detect_format(source)
    if kind == "jsonl":
        return iter_jsonl(source, max_chars=max_chars)
    return _single(source, max_chars, kind)


def load_text(
    text: str,
    *,
    title: str = "",
    id: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """An article from strings, kept exactly as given; `LoadError` if blank or too long."""
    return finish(Article(id=id, title=title, body=text), "text", max_chars)


def _checked(format: str | None, max_chars: int) -> Format | None:
    """Validate arguments eagerly: these are programming errors, not bad input."""
    if max_chars <= 0:
        raise ValueError(f"max_chars must be positive, not {max_chars}")
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}: expected one of {', '.join(FORMATS)}")
    return format


def _single(source: str, max_chars: int, kind: Format | None) -> Iterator[Article | LoadError]:
    try:
        yield load_article(source, max_chars=max_chars, format=kind)
    except LoadError as exc:
        yield exc


def _sniff(text: str) -> Format:
    """The format of stdin text, from how it starts."""
    head = text[:1024].lstrip().lower()
    if head.startswith("{"):
        return "json"
    if head.startswith(_HTML_STARTS):
        return "html"
    if text.startswith("---") or head.startswith("# "):
        return "md"
    return "txt"


def _parse(kind: Format, text: str, name: str, source: str) -> Article:
    if kind == "md":
        return parse_markdown(text, path=source)
    if kind == "html":
        return parse_html(text, name=name, path=source)
    if kind == "json":
        return article_from_record(parse_json(text, name, path=source), name, path=source)
    return parse_text(text, path=source)
