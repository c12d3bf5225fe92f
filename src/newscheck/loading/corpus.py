"""JSON Lines corpora: one article per line, each line loaded on its own.

Lines are read one at a time with a bounded ``readline``, so a corpus of any size streams
and one bad (or endless) line costs only that line.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import zlib
from collections.abc import Iterator
from typing import BinaryIO, TypeAlias

from newscheck.article import Article
from newscheck.loading.errors import STDIN, LoadError, display_name
from newscheck.loading.fields import finish
from newscheck.loading.records import article_from_record, parse_json
from newscheck.loading.source import (
    binary,
    decode,
    looks_binary,
    open_binary,
    source_limit,
    too_large,
)

_CHUNK = 1 << 20

Stream: TypeAlias = io.BufferedIOBase | BinaryIO


def iter_jsonl(path: str, *, max_chars: int) -> Iterator[Article | LoadError]:
    """One item per non-blank line, in order; never raises for bad input."""
    name = display_name(path)
    try:
        stream = _open(path)
    except LoadError as exc:
        yield exc
        return
    with stream as handle:
        yield from _items(handle, path, name, max_chars)


def _open(path: str) -> contextlib.AbstractContextManager[Stream]:
    if path != STDIN:
        return open_binary(path)
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        raise LoadError("<stdin> is not available for binary reading", path=path)
    return contextlib.nullcontext(buffer)  # the caller owns stdin: do not close it


def _items(handle: Stream, path: str, name: str, max_chars: int) -> Iterator[Article | LoadError]:
    limit = source_limit(max_chars)
    prefix = "<stdin>" if path == STDIN else os.path.basename(path)
    number = offset = 0
    seen = False
    while True:
        try:
            raw = handle.readline(limit + 1)
            overlong = len(raw) > limit and not raw.endswith(b"\n")
            skipped = _skip_line(handle) if overlong else 0
        except (OSError, EOFError, zlib.error) as exc:
            yield LoadError(f"{name} cannot be read after line {number}: {exc}", path=path)
            return
        if not raw:
            break
        number += 1
        start, offset = offset, offset + len(raw) + skipped
        line_name = f"{name} line {number}"
        if overlong:
            yield too_large(line_name, path, max_chars, line=number)
            continue
        if not raw.strip():
            continue
        if not seen and looks_binary(raw):
            yield binary(name, raw, path=path, line=None)
            return
        seen = True
        yield _item(raw, line_name, path, number, start, f"{prefix}:{number}", max_chars)
    if not seen:
        yield LoadError(f"{name} is empty", path=path)


def _skip_line(handle: Stream) -> int:
    """Read past the rest of an overlong line; the number of bytes skipped."""
    skipped = 0
    while True:
        chunk = handle.readline(_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _item(
    raw: bytes, name: str, path: str, line: int, offset: int, default_id: str, max_chars: int
) -> Article | LoadError:
    try:
        text = decode(raw.removesuffix(b"\n"), name, path=path, line=line, offset=offset)
        record = parse_json(text, name, path=path, line=line)
        article = article_from_record(record, name, path=path, line=line, default_id=default_id)
        return finish(article, name, max_chars, line=line)
    except LoadError as exc:
        return exc
