"""An example newscheck plugin: flags words in capitals that are not initialisms."""

from __future__ import annotations

from typing import ClassVar

from newscheck import CheckContext, CheckerOptions, CheckerSetup, Document, Rule, Severity

SHOUTING = Rule(
    code="EX001",
    name="shouting-word",
    severity=Severity.INFO,
    summary="A word written in capitals for emphasis.",
    what="Words of five or more letters written entirely in capitals.",
    why="Capitals for emphasis read as shouting; house style uses them for initialisms only.",
    example="The council said the plan was ABSOLUTELY safe.",
    better="The council said the plan was safe.",
)


class ShoutingOptions(CheckerOptions):
    min_letters: int = 5


class ShoutingChecker:
    name: ClassVar[str] = "shouting"
    rules: ClassVar[tuple[Rule, ...]] = (SHOUTING,)
    weight: ClassVar[float] = 0.2
    english_only: ClassVar[bool] = False
    options_model: ClassVar[type[CheckerOptions]] = ShoutingOptions

    def __init__(self, setup: CheckerSetup) -> None:
        self.min_letters = ShoutingOptions.model_validate(dict(setup.options)).min_letters

    def check(self, doc: Document, ctx: CheckContext) -> None:
        for field in doc.fields:
            for token in field.words:
                if len(token.text) >= self.min_letters and token.text.isupper():
                    ctx.report(
                        "EX001",
                        field,
                        token.start,
                        token.end,
                        f"'{token.text}' is in capitals for emphasis.",
                        suggestions=[token.text.lower()],
                    )
