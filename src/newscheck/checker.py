"""The Checker protocol and the context a checker reports through.

A checker is any object with a ``name``, the ``rules`` it may raise, a default ``weight`` in
the overall score and a ``check(doc, ctx)`` method. It is built once per engine by calling
the class registered under the ``newscheck.checkers`` entry-point group with a
`CheckerSetup`, so models and word lists load once and serve many articles.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from newscheck.analysis import Document, FieldAnalysis
from newscheck.models import Severity
from newscheck.rules import Rule


class CheckerOptions(BaseModel):
    """Base for a checker's options: unknown keys are errors that name the key."""

    model_config = ConfigDict(frozen=True, extra="forbid")


@dataclass(frozen=True)
class CheckerSetup:
    """What a checker is built from: its validated options and the shared settings."""

    options: Mapping[str, Any]
    variety: str = "en-US"


class CheckerSkipped(Exception):  # noqa: N818 (a signal, not an error: the report stays complete)
    """Raise from ``check`` when the checker does not apply (no backend, not English)."""


@runtime_checkable
class Checker(Protocol):
    name: ClassVar[str]
    rules: ClassVar[Sequence[Rule]]
    weight: ClassVar[float]
    english_only: ClassVar[bool]
    options_model: ClassVar[type[CheckerOptions]]
    # Optional: ``reads_chrome: ClassVar[bool] = True`` lets a checker report inside page
    # furniture, which the engine otherwise hides from every checker but page_chrome.

    def check(self, doc: Document, ctx: CheckContext) -> None: ...


@dataclass(frozen=True)
class RawFinding:
    """A finding as a checker reports it; the engine adds line, column and fingerprint."""

    rule: Rule
    field: FieldAnalysis
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...]
    severity: Severity
    confidence: float


@dataclass
class CheckContext:
    """Collects one checker's findings, metrics and data for one article."""

    checker: str
    rules: Mapping[str, Rule]
    selected: frozenset[str] | None = None
    """Codes the user selected; findings of other declared rules are dropped quietly."""
    findings: list[RawFinding] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)

    def wants(self, code: str) -> bool:
        """Whether ``code`` is selected, so a checker can skip work nobody asked for."""
        return self.selected is None or code in self.selected

    def report(
        self,
        code: str,
        where: FieldAnalysis,
        start: int,
        end: int,
        message: str,
        *,
        suggestions: Sequence[str] = (),
        confidence: float = 1.0,
        severity: Severity | None = None,
    ) -> None:
        """Record a finding on ``where.text[start:end]``; severity defaults to the rule's."""
        rule = self.rules.get(code)
        if rule is None:
            raise KeyError(f"checker {self.checker!r} reported undeclared rule {code!r}")
        if not self.wants(code):
            return
        if not 0 <= start <= end <= len(where.text):
            raise ValueError(f"span [{start}, {end}) is outside the {where.name} field")
        self.findings.append(
            RawFinding(
                rule=rule,
                field=where,
                start=start,
                end=end,
                message=message,
                suggestions=tuple(suggestions),
                severity=severity or rule.severity,
                confidence=min(1.0, max(0.0, confidence)),
            )
        )
