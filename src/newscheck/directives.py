"""Inline suppression directives: how an editor says "this is intended" in the copy.

Two forms, each on a line of its own, govern the paragraph that follows:

    <!-- newscheck: ignore WM001, RD -->     Markdown, HTML (and accepted in plain text)
    [newscheck: ignore WM001, RD]            plain text, where a comment would be printed

Codes are rule codes or prefixes; a bare ``ignore`` covers every rule. In text and Markdown
the directive stays in the field (so its offset is known) and is left out of the analysis
like page furniture; the HTML loader finds directives in the raw page, because extraction
drops comments, and records them on the `Article` (see ``loading/html_directives.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from newscheck.models import FieldName
from newscheck.spans import Span

_CODES = r"(?P<codes>[^\]\n>]*?)"
DIRECTIVE = re.compile(
    r"^[ \t]*(?:<!--[ \t]*newscheck:[ \t]*ignore\b" + _CODES + r"[ \t]*-->"
    r"|\[newscheck:[ \t]*ignore\b" + _CODES.replace("codes", "codes2") + r"[ \t]*\])[ \t]*\r?$",
    re.IGNORECASE | re.MULTILINE,
)
"""A directive line; ``codes`` (comment form) or ``codes2`` (bracket form) holds the codes."""


class Suppression(BaseModel):
    """One directive: the rules it covers and the span of the paragraph it governs.

    ``anchor_start``/``anchor_end`` is where an unused directive is reported: the directive
    itself in text, or the governed paragraph's first word when the directive was an HTML
    comment that extraction removed.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    codes: tuple[str, ...] = ()
    field: FieldName = "body"
    start: int
    end: int
    anchor_start: int
    anchor_end: int

    def covers(self, rule: str) -> bool:
        """A bare directive covers every rule; otherwise a code or a prefix of it."""
        return not self.codes or any(rule.startswith(code) for code in self.codes)

    def governs(self, field: str, start: int) -> bool:
        return field == self.field and self.start <= start < self.end

    @property
    def label(self) -> str:
        return "ignore " + ", ".join(self.codes) if self.codes else "ignore (all rules)"


def parse_codes(raw: str) -> tuple[str, ...]:
    """Upper-cased codes, kept even when malformed: a typo must not widen to 'all rules'."""
    return tuple(part.upper() for part in re.split(r"[\s,]+", raw.strip()) if part)


def directive_spans(text: str) -> list[Span]:
    """Where the directive lines are, so the analysis can leave them out."""
    if "newscheck" not in text:
        return []
    return [Span(m.start(), m.end()) for m in DIRECTIVE.finditer(text)]


def text_suppressions(field: FieldName, text: str, paragraphs: Sequence[Span]) -> list[Suppression]:
    """Directives written in ``text``, each governing the first paragraph after it.

    ``paragraphs`` are the field's analysed paragraphs, which no longer include directive
    lines; a directive with no paragraph after it governs nothing (and is reported unused).
    """
    found = []
    for match in DIRECTIVE.finditer(text) if "newscheck" in text else ():
        raw = match.group("codes") if match.group("codes") is not None else match.group("codes2")
        following = next((p for p in paragraphs if p.start >= match.end()), None)
        governed = following or Span(len(text), len(text))
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        found.append(
            Suppression(
                codes=parse_codes(raw or ""),
                field=field,
                start=governed.start,
                end=governed.end,
                anchor_start=start,
                anchor_end=len(match.group().rstrip()) + match.start(),
            )
        )
    return found


def carve(text: str, paragraphs: Sequence[Span], holes: Sequence[Span]) -> list[Span]:
    """``paragraphs`` with the ``holes`` cut out, each remaining piece trimmed of white space,
    so a directive glued to its paragraph by a single line break does not hide that paragraph.
    """
    result: list[Span] = []
    for paragraph in paragraphs:
        pieces = [paragraph]
        for hole in holes:
            next_pieces = []
            for piece in pieces:
                if not hole.overlaps(piece.start, piece.end):
                    next_pieces.append(piece)
                    continue
                next_pieces.extend(
                    s
                    for s in (
                        _trim(text, piece.start, hole.start),
                        _trim(text, hole.end, piece.end),
                    )
                    if s is not None
                )
            pieces = next_pieces
        result.extend(pieces)
    return result


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None
