""""Source: X" under a story: the whole copy is credited to someone else.

Such a line is page furniture to the other checkers (the shared analysis leaves it out of the
paragraphs), so the chrome blocks are read here as well.
"""

from __future__ import annotations

import re

from newscheck.checkers.attribution.draft import Draft
from newscheck.checkers.attribution.speakers import Speaker
from newscheck.spans import Span

_CREDIT = re.compile(
    r"(?:Sources?|Via|Credit|Courtesy(?: of)?|Adapted from|Originally published (?:by|in|on))"
    r"\s*[:\-\u2013\u2014]\s*(?P<who>[^\n]{2,80}?)\s*\.?\s*$",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]+")


def credit_lines(d: Draft) -> None:
    """Credit the paragraphs above each short credit line to whoever it names."""
    analysis = d.view.analysis
    text = d.view.text
    paragraphs = analysis.paragraphs
    lines = [Span(p.start, p.end) for p in paragraphs[1:]]
    for block in analysis.chrome:
        start = block.span.start
        for row in _LINE.finditer(text, start, block.span.end):
            lines.append(Span(row.start(), row.end()))
    for line in sorted(lines, key=lambda s: s.start):
        if line.end - line.start > 90:
            continue
        match = _CREDIT.match(text, line.start, line.end)
        before = [p for p in paragraphs if p.end <= line.start]
        if match is None or not before:
            continue
        who = Span(match.start("who"), match.end("who"))
        name = text[who.start : who.end]
        person = len(name.split()) >= 2 and d.lex.is_first_name(name.split()[0])
        speaker = Speaker(
            who, name, "full_name" if person else "organisation", outlet=not person,
            person=person,
        )
        content = Span(before[0].start, before[-1].end)
        cue = Span(match.start(), match.start("who"))
        d.add(content, cue, speaker, "indirect", credit=True)
