"""The report contract (schema version 1): pydantic models behind `newscheck schema`.

Field names here are a public contract read by CMS scripts and by the held-out evaluation;
add fields freely, never rename or remove one without bumping ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

FieldName = Literal["title", "body"]
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]
Score = Annotated[float, Field(ge=0.0, le=100.0)]


class Severity(str, Enum):
    """How much a finding matters to a subeditor; ordered info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Status(str, Enum):
    """What happened to one checker on one article."""

    OK = "ok"
    SKIPPED = "skipped"
    ERROR = "error"


class Verdict(str, Enum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MergedFinding(_Frozen):
    """A finding that lost a merge to an overlapping one; kept so no evidence is lost."""

    rule: str
    checker: str
    start: int
    end: int
    message: str
    confidence: Confidence


class Finding(_Frozen):
    """One problem at one character span of one field of the article."""

    rule: str = Field(description="Stable rule code, e.g. WM001.")
    name: str = Field(description="Kebab-case rule name that names the problem.")
    checker: str
    field: FieldName
    start: int = Field(ge=0, description="Python string offset into the field's text.")
    end: int = Field(ge=0)
    line: int = Field(ge=1, description="1-based line of `start` in the field's text.")
    column: int = Field(ge=1, description="1-based column (code points) of `start`.")
    text: str = Field(description="The flagged characters, exactly as in the article.")
    message: str
    suggestions: list[str] = Field(default_factory=list)
    severity: Severity
    confidence: Confidence
    fingerprint: str = Field(
        default="",
        description="Stable across re-runs and unrelated edits: rule, flagged words, context.",
    )
    context: str = Field(default="", description="The sentence around the span, for display.")
    merged: list[MergedFinding] = Field(default_factory=list)


class CheckerResult(_Frozen):
    name: str
    status: Status
    score: Score | None = Field(
        default=None, description="0-100; null when the checker was skipped or failed."
    )
    metrics: dict[str, float] = Field(default_factory=dict)
    data: dict[str, Any] = Field(default_factory=dict)
    error: str | None = Field(default=None, description="Why it failed or was skipped.")
    ms: float = Field(default=0.0, ge=0.0)
    findings: int = Field(default=0, ge=0, description="Findings it raised after selection.")


class ArticleInfo(_Frozen):
    id: str | None = None
    title: str = ""
    path: str | None = None
    words: int = Field(ge=0)


class Report(_Frozen):
    """Everything newscheck says about one article."""

    schema_version: int = SCHEMA_VERSION
    newscheck_version: str
    article: ArticleInfo
    score: Score
    verdict: Verdict
    complete: bool = Field(description="False when any checker that was meant to run failed.")
    checkers: list[CheckerResult]
    findings: list[Finding]
    error: str | None = Field(
        default=None, description="Set when the article itself could not be loaded."
    )
    suppressed: int = Field(
        default=0,
        ge=0,
        description="Findings dropped by inline directives or configured exceptions.",
    )
    suppressed_by_rule: dict[str, int] = Field(
        default_factory=dict, description="`suppressed`, counted per rule code."
    )
    baselined: int = Field(
        default=0, ge=0, description="Findings dropped because --baseline lists them."
    )

    def by_rule(self, code: str) -> list[Finding]:
        """Findings whose rule code starts with ``code`` (a code or a prefix)."""
        return [f for f in self.findings if f.rule.startswith(code)]
