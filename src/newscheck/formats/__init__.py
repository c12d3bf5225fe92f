"""Output formats: one module each, all taking reports and returning text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newscheck.formats.json_format import render_json, render_jsonl
from newscheck.formats.markdown import render_markdown
from newscheck.formats.text import render_text
from newscheck.models import Report

Renderer = Callable[[Sequence[Report]], str]

RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "jsonl": render_jsonl,
    "markdown": render_markdown,
}

__all__ = ["RENDERERS", "Renderer"]
