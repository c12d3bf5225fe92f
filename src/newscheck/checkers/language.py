"""NC001: say so when an article is not English, since the English checkers then skip it."""

from __future__ import annotations

from typing import ClassVar

from newscheck.analysis import Document
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup
from newscheck.models import Severity
from newscheck.rules import Rule

NOT_ENGLISH = Rule(
    code="NC001",
    name="language-not-checked",
    severity=Severity.INFO,
    summary="The article does not look like English, so the English checks did not run.",
    what=(
        "Copy in which English function words (the, of, and, said...) are too rare for "
        "English prose. The word-misuse, pronoun, attribution, grammar and readability "
        "checkers read English only and are skipped for it."
    ),
    why=(
        "A report with no findings on a French or German article would look clean while "
        "nothing was checked. This finding tells the desk that a person must read it."
    ),
    example=(
        "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les "
        "agriculteurs touchés par la sécheresse, a déclaré le ministre devant les députés "
        "réunis à Paris pour une session extraordinaire du parlement."
    ),
    better=(
        "The government announced a new package of measures on Tuesday to support farmers "
        "hit by the drought, the minister told MPs gathered in Paris for an extraordinary "
        "session of parliament."
    ),
)


class LanguageOptions(CheckerOptions):
    pass


class LanguageChecker:
    """Flags non-English copy once, on its first paragraph."""

    name: ClassVar[str] = "language"
    rules: ClassVar[tuple[Rule, ...]] = (NOT_ENGLISH,)
    weight: ClassVar[float] = 0.0
    english_only: ClassVar[bool] = False
    options_model: ClassVar[type[CheckerOptions]] = LanguageOptions

    def __init__(self, setup: CheckerSetup) -> None:
        self.options = LanguageOptions.model_validate(dict(setup.options))

    def check(self, doc: Document, ctx: CheckContext) -> None:
        ctx.metrics["english"] = 1.0 if doc.is_english else 0.0
        if doc.is_english:
            return
        field = doc.body if doc.body.paragraphs else doc.title
        if not field.paragraphs:
            return
        first = field.paragraphs[0]
        ctx.report(
            "NC001",
            field,
            first.start,
            first.end,
            "This article does not look like English, so newscheck's English checks were "
            "skipped. Have it read by someone who reads the language.",
            confidence=0.9,
        )
