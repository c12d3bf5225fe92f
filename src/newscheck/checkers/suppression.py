"""NC002: a suppression directive that suppresses nothing.

Stale directives hide future problems: once the intended word is edited away, the directive
would silently swallow the next real mistake in that paragraph. This checker reports every
directive as a candidate; the engine keeps the report only for directives that suppressed
nothing (see `newscheck.suppressing.drop_used`), since only it knows what was suppressed.
"""

from __future__ import annotations

from typing import ClassVar

from newscheck.analysis import Document
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup
from newscheck.directives import text_suppressions
from newscheck.models import Severity
from newscheck.rules import Rule

UNUSED_SUPPRESSION = Rule(
    code="NC002",
    name="unused-suppression",
    severity=Severity.INFO,
    summary="A newscheck: ignore directive suppressed no finding.",
    what=(
        "An inline directive (`<!-- newscheck: ignore WM001 -->`, or "
        "`[newscheck: ignore WM001]` in plain text) whose paragraph has no finding of the "
        "rules it names. It is not reported when those rules did not run (not selected, or "
        "their checker was skipped or failed)."
    ),
    why=(
        "A directive written for a word that has since been edited out stays in the copy and "
        "would hide the next real mistake in that paragraph. Remove it."
    ),
    example=(
        "[newscheck: ignore]\n"
        "The council approved the budget on Tuesday after a short debate, and the mayor "
        "said the new bus routes would start in the spring.\n\n"
        "Opposition members voted against it."
    ),
    better=(
        "The council approved the budget on Tuesday after a short debate, and the mayor "
        "said the new bus routes would start in the spring.\n\n"
        "Opposition members voted against it."
    ),
)


class SuppressionOptions(CheckerOptions):
    pass


class SuppressionChecker:
    """Reports each directive once; the engine drops the reports of directives that worked."""

    name: ClassVar[str] = "suppression"
    rules: ClassVar[tuple[Rule, ...]] = (UNUSED_SUPPRESSION,)
    weight: ClassVar[float] = 0.0
    english_only: ClassVar[bool] = False
    reads_chrome: ClassVar[bool] = True  # directive lines are excluded from other checkers
    options_model: ClassVar[type[CheckerOptions]] = SuppressionOptions

    def __init__(self, setup: CheckerSetup) -> None:
        self.options = SuppressionOptions.model_validate(dict(setup.options))

    def check(self, doc: Document, ctx: CheckContext) -> None:
        count = 0
        for field in doc.fields:
            for s in text_suppressions(field.name, field.text, field.paragraphs):
                count += 1
                _report(ctx, field.name, s.anchor_start, s.anchor_end, s.label, doc)
        for s in doc.article.suppressions:
            count += 1
            _report(ctx, s.field, s.anchor_start, s.anchor_end, s.label, doc)
        ctx.metrics["directives"] = float(count)


def _report(ctx: CheckContext, field: str, start: int, end: int, label: str, doc: Document) -> None:
    ctx.report(
        "NC002",
        doc.field(field),
        start,
        end,
        f"This directive ({label}) suppressed nothing in the paragraph after it; remove it "
        "so it cannot hide a later mistake.",
    )
