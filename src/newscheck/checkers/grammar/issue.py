"""What every grammar backend returns: a problem at code-point offsets, already given a GR code.

Backends translate their own findings into `Issue` so the checker can filter quotes, remove
duplicates between backends and report, without knowing which backend spoke.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Protocol

from newscheck.analysis import FieldAnalysis


@dataclass(frozen=True)
class Issue:
    """One problem in one field: ``[start, end)`` are Python string offsets into its text."""

    code: str
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...]
    confidence: float
    backend: str
    source_rule: str


class GrammarBackend(Protocol):
    """A grammar engine behind newscheck's own interface, so any one can be replaced."""

    name: str

    def check(self, field: FieldAnalysis, selected: Collection[str]) -> list[Issue]:
        """Issues in ``field`` for the selected GR codes; raise when the backend fails."""
        ...
