"""Corpus inputs: files, globs of files and folders of articles, in a stable order.

Each argument is expanded to files: a folder to every article file under it (hidden ones
left out), a glob (``**`` included) to its matches, both sorted so that a resumed run sees
the same articles in the same order. JSONL corpora (gzip too) stream line by line and
Parquet corpora batch by batch, so input of any size costs bounded memory.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from newscheck.article import Article
from newscheck.corpus.parquet_input import iter_parquet
from newscheck.loaders import LoadError, iter_articles
from newscheck.loading.errors import DEFAULT_MAX_CHARS, STDIN, display_name

ARTICLE_SUFFIXES = (
    ".txt",
    ".text",
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".xhtml",
    ".json",
    ".jsonl",
    ".ndjson",
    ".jsonl.gz",
    ".ndjson.gz",
    ".parquet",
)
"""The files a folder contributes; anything else in it (images, notes) is not an article."""

CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".parquet")
_GLOB_CHARS = frozenset("*?[")


def is_corpus(path: str) -> bool:
    """Whether ``path`` may hold many articles (a corpus file, a folder or a glob)."""
    if path == STDIN:
        return False
    return path.lower().endswith(CORPUS_SUFFIXES) or is_glob(path) or os.path.isdir(path)


def is_glob(path: str) -> bool:
    return not os.path.exists(path) and any(ch in _GLOB_CHARS for ch in path)


def expand(paths: Iterable[str]) -> Iterator[str | LoadError]:
    """Each file the arguments name, in order; a `LoadError` for a glob or folder that
    names none (a missing plain file is left for its loader to report)."""
    for path in paths:
        if is_glob(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield LoadError(f"no files match {display_name(path)}", path=path)
            for match in matches:
                yield from _folder(match) if os.path.isdir(match) else (match,)
        elif path != STDIN and os.path.isdir(path):
            yield from _folder(path)
        else:
            yield path


def _folder(folder: str) -> Iterator[str | LoadError]:
    found = False
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES):
                found = True
                yield os.path.join(root, name)
    if not found:
        kinds = ", ".join(ARTICLE_SUFFIXES)
        yield LoadError(f"{display_name(folder)} holds no article files ({kinds})", path=folder)


def iter_inputs(
    paths: Iterable[str], *, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | LoadError]:
    """Every article the arguments name, in order, a `LoadError` in place of each one that
    cannot be read; never raises for bad input."""
    for source in expand(paths):
        if isinstance(source, LoadError):
            yield source
        elif source.lower().endswith(".parquet"):
            yield from iter_parquet(source, max_chars=max_chars)
        else:
            yield from iter_articles(source, max_chars=max_chars)


def count_inputs(paths: Iterable[str], *, max_bytes: int = 1 << 30) -> int | None:
    """A quick count of the articles, for a progress bar; None when counting would mean
    decompressing or reading more than ``max_bytes`` (the bar then shows no total)."""
    total = 0
    budget = max_bytes
    for source in expand(paths):
        if isinstance(source, LoadError):
            total += 1
            continue
        lower = source.lower()
        if source == STDIN or lower.endswith(".gz"):
            return None
        if lower.endswith(".parquet"):
            rows = _parquet_rows(source)
            if rows is None:
                return None
            total += rows
        elif lower.endswith((".jsonl", ".ndjson")):
            try:
                size = os.path.getsize(source)
            except OSError:
                total += 1
                continue
            budget -= size
            if budget < 0:
                return None
            total += _count_lines(source)
        else:
            total += 1
    return total


def _count_lines(path: str) -> int:
    count = 0
    last = b"\n"
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                count += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 1
    return count + (last != b"\n")


def _parquet_rows(path: str) -> int | None:
    try:
        import pyarrow.parquet as pq  # noqa: PLC0415 (optional dependency)

        return int(pq.ParquetFile(path).metadata.num_rows)
    except Exception:
        return None
