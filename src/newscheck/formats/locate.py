"""Where a finding sits in the *file* the article came from, for CI annotations.

A finding's line and column are relative to its field (title or body). Loaders keep fields as
exact slices of the file for ``.txt`` and ``.md``, so the field is found verbatim in the file
and its offset added: the title of a ``.txt`` file is on line 1, the body starts after the
blank line. Where the field is not verbatim in the file (HTML, JSON, stdin) the line stays
relative to the field; `FileLocator.locate` says which by its ``exact`` flag.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from newscheck.article import Article
from newscheck.models import Finding, Report

_MAX_BYTES = 50_000_000


@dataclass(frozen=True)
class Location:
    """1-based, end column exclusive, code points; ``exact`` is False when field-relative."""

    uri: str | None
    line: int
    column: int
    end_line: int
    end_column: int
    exact: bool


def artifact_uri(path: str | None) -> str | None:
    """A relative, slash-separated path when the file is under the working directory."""
    if not path or path == "-":
        return None
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        rel = path
    return (path if rel.startswith("..") else rel).replace(os.sep, "/")


class FileLocator:
    """Finds each field's origin in its file, reading each file once."""

    def __init__(self) -> None:
        self._files: dict[str, str | None] = {}

    def locate(self, report: Report, finding: Finding, article: Article | None = None) -> Location:
        """``article`` is the loaded article, when the caller has it: the report does not
        hold the body, so without it the body is placed only in ``.txt`` files."""
        origin = self._origin(report, finding.field, article)
        line, column = finding.line, finding.column
        if origin is not None:
            first_line, first_column = origin
            if line == 1:
                column += first_column - 1
            line += first_line - 1
        breaks = finding.text.count("\n")
        if breaks:
            end_line, end_column = line + breaks, len(finding.text.rsplit("\n", 1)[1]) + 1
        else:
            end_line, end_column = line, column + len(finding.text)
        uri = artifact_uri(report.article.path)
        return Location(uri, line, column, end_line, end_column, origin is not None)

    def _origin(
        self, report: Report, field: str, article: Article | None
    ) -> tuple[int, int] | None:
        path = report.article.path
        source = self._read(path) if path and path != "-" else None
        if source is None:
            return None
        title = report.article.title
        title_at = source.find(title) if title else -1
        if field == "title":
            return _line_column(source, title_at) if title_at >= 0 else None
        # The body follows the title, so search after it (a body may repeat the headline).
        after = title_at + len(title) if title_at >= 0 else 0
        if article is not None and article.body:
            at = source.find(article.body, after)
        elif path is not None and path.lower().endswith((".txt", ".text")):
            at = _first_line_after(source, after)
        else:
            at = -1
        return _line_column(source, at) if at >= 0 else None

    def _read(self, path: str) -> str | None:
        if path not in self._files:
            self._files[path] = _read(path)
        return self._files[path]


def _read(path: str) -> str | None:
    try:
        if os.path.getsize(path) > _MAX_BYTES:
            return None
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return None


def _first_line_after(source: str, after: int) -> int:
    """Where the .txt loader starts the body: the first non-blank line after the title
    (`loading.fields.trim_body`); -1 when there is none."""
    at = after
    while at < len(source) and source[at] in " \t\r\n\f\v":
        at += 1
    if at >= len(source):
        return -1
    return max(source.rfind("\n", 0, at) + 1, after)


def _line_column(source: str, offset: int) -> tuple[int, int]:
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1
