"""A one-line excerpt of a finding's context with the flagged span marked."""

from __future__ import annotations

import re

from newscheck.models import Finding

_WIDTH = 60
_SPACE = re.compile(r"\s+")


def excerpt(finding: Finding, field_text: str | None = None, *, mark: str = "[]") -> str:
    """``…text before [flagged] text after…``, on one line, at most about 2*_WIDTH wide."""
    open_mark, close_mark = mark[0], mark[1]
    if field_text is None:
        context = finding.context
        at = context.find(finding.text) if finding.text else -1
        if at < 0:
            return f"{open_mark}{_flat(finding.text)}{close_mark}"
        before, after = context[:at], context[at + len(finding.text) :]
    else:
        before = field_text[: finding.start]
        after = field_text[finding.end :]
    before = _flat(before)[-_WIDTH:]
    after = _flat(after)[:_WIDTH]
    flagged = _flat(finding.text)
    if len(flagged) > 2 * _WIDTH:
        flagged = flagged[:_WIDTH] + " … " + flagged[-20:]
    return f"…{before}{open_mark}{flagged}{close_mark}{after}…"


def _flat(text: str) -> str:
    """One line: each run of white space becomes one space, ends included, so a paragraph
    break next to the span still reads as a space ("BNR] Sharon", not "BNR]Sharon")."""
    return _SPACE.sub(" ", text)
