"""Rule metadata, documentation and selection by code or prefix.

Every rule has one source of truth, its `Rule` object next to the checker that raises it. The
same text is printed by `newscheck rule CODE`, rendered under docs/rules/, and its example and
better texts are run as tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newscheck.models import Severity

_CODE = re.compile(r"^[A-Z]{2}\d{3}$")
_NAME = re.compile(r"^[a-z]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Rule:
    """A stable code (prefix + three digits), a kebab-case name for the problem, and its doc.

    ``example`` is article text on which the rule must fire; ``better`` is the corrected text
    on which it must stay quiet. ``default_enabled=False`` rules run only when selected by
    their full code.
    """

    code: str
    name: str
    severity: Severity
    summary: str
    what: str
    why: str
    example: str
    better: str
    default_enabled: bool = True
    lifecycle: str = "stable"

    def __post_init__(self) -> None:
        if not _CODE.match(self.code):
            raise ValueError(f"rule code {self.code!r} is not two capitals and three digits")
        if not _NAME.match(self.name):
            raise ValueError(f"rule name {self.name!r} is not kebab-case")

    @property
    def prefix(self) -> str:
        return self.code[:2]

    def doc(self) -> str:
        """The rule's documentation in Markdown, under the fixed headings."""
        state = "" if self.default_enabled else " Off by default: select it by its code."
        return (
            f"# {self.code} {self.name}\n\n"
            f"{self.summary} Default severity: {self.severity.value}.{state}\n\n"
            f"## What it flags\n\n{self.what}\n\n"
            f"## Why it matters in news copy\n\n{self.why}\n\n"
            f"## Example\n\n{_quote_block(self.example)}\n\n"
            f"## Better\n\n{_quote_block(self.better)}\n"
        )


def _quote_block(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def _longest_match(code: str, patterns: Iterable[str]) -> int:
    """Length of the longest pattern that is a prefix of ``code``; -1 when none is."""
    best = -1
    for pattern in patterns:
        if pattern == "ALL":
            best = max(best, 0)
        elif code.startswith(pattern):
            best = max(best, len(pattern))
    return best


def is_selected(rule: Rule, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """flake8/ruff semantics: the longest matching prefix wins; on a tie, ignore wins.

    With no ``select``, every default-enabled rule is selected. A rule that is off by
    default needs its full code in ``select``.
    """
    select = list(select)
    if select:
        chosen = _longest_match(rule.code, select)
        if not rule.default_enabled and rule.code not in select:
            chosen = -1
    else:
        chosen = 0 if rule.default_enabled else -1
    if chosen < 0:
        return False
    return chosen > _longest_match(rule.code, ignore)


def validate_patterns(patterns: Iterable[str], known: Iterable[str]) -> list[str]:
    """Patterns that match no known rule code: a typo in --select should not pass silently."""
    codes = list(known)
    return [p for p in patterns if p != "ALL" and not any(code.startswith(p) for code in codes)]
