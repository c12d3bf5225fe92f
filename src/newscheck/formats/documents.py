"""Formats that need the loaded articles and every report at once (one page, one SARIF log)
rather than one report at a time; the CLI collects (Article, Report) pairs for them."""

from __future__ import annotations

from collections.abc import Sequence

from newscheck.article import Article
from newscheck.formats.github import render_github
from newscheck.formats.html import render_html
from newscheck.formats.sarif import render_sarif
from newscheck.models import Report
from newscheck.rules import Rule

DOCUMENT_FORMATS = ("html", "sarif", "github")


def render_document(
    fmt: str, pairs: Sequence[tuple[Article | None, Report]], rules: Sequence[Rule] = ()
) -> str:
    if fmt == "html":
        return render_html(pairs)
    if fmt == "sarif":
        return render_sarif(pairs, rules)
    if fmt == "github":
        return render_github(pairs)
    raise ValueError(f"unknown document format {fmt!r}: expected one of {DOCUMENT_FORMATS}")
