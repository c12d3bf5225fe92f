"""What extraction finds: attribution relations as spans, and all of them for one field.

Kept apart from the passes that find them, so the sources, findings and checker modules read
the results without depending on how they were found.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from newscheck.checkers.attribution.speakers import NameIndex, Speaker
from newscheck.quotes import Quote
from newscheck.spans import Span

Kind = Literal["direct", "indirect"]


@dataclass
class Attribution:
    """One attribution relation; spans index into the field's text."""

    field: str
    content: Span
    cue: Span | None
    speaker: Speaker | None
    kind: Kind
    cue_word: str = ""
    quote: Quote | None = None
    credit: bool = False
    inherited: bool = False


@dataclass
class Extraction:
    attributions: list[Attribution]
    names: NameIndex
    speech_quotes: list[Quote]
    """Quotations long enough to be someone's words, whether or not anyone is found."""
