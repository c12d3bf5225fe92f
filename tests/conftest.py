"""Shared test helpers: small checkers with known behaviour, built on the real protocol."""

from __future__ import annotations

import re
from pathlib import Path
from typing import ClassVar

import pytest

from newscheck.analysis import Document
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup
from newscheck.models import Severity
from newscheck.rules import Rule

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


def _rule(code: str, name: str, severity: Severity = Severity.WARNING) -> Rule:
    return Rule(
        code=code,
        name=name,
        severity=severity,
        summary="A test rule.",
        what="Test.",
        why="Test.",
        example="alpha",
        better="beta",
    )


class WordOptions(CheckerOptions):
    word: str = "alpha"


class WordChecker:
    """Flags every occurrence of one word outside quotations (configurable)."""

    name: ClassVar[str] = "word"
    rules: ClassVar[tuple[Rule, ...]] = (
        _rule("ZZ001", "test-word"),
        _rule("ZZ002", "test-word-error", Severity.ERROR),
    )
    weight: ClassVar[float] = 1.0
    english_only: ClassVar[bool] = False
    options_model: ClassVar[type[CheckerOptions]] = WordOptions

    def __init__(self, setup: CheckerSetup) -> None:
        self.word = WordOptions.model_validate(dict(setup.options)).word

    def check(self, doc: Document, ctx: CheckContext) -> None:
        for field in doc.fields:
            for m in re.finditer(rf"\b{re.escape(self.word)}\b", field.text):
                if not field.in_quote(m.start(), m.end()):
                    ctx.report(
                        "ZZ001",
                        field,
                        m.start(),
                        m.end(),
                        f"'{m.group()}' found.",
                        suggestions=["beta"],
                        confidence=0.9,
                    )
        ctx.metrics["words"] = float(doc.word_count)


class OtherWordChecker(WordChecker):
    """A second checker flagging the same words, to exercise merging."""

    name: ClassVar[str] = "other"
    rules: ClassVar[tuple[Rule, ...]] = (_rule("YY001", "other-word"),)

    def check(self, doc: Document, ctx: CheckContext) -> None:
        for field in doc.fields:
            for m in re.finditer(rf"\b{re.escape(self.word)}\b", field.text):
                ctx.report("YY001", field, m.start(), m.end(), "other", confidence=0.99)


class BoomChecker:
    name: ClassVar[str] = "boom"
    rules: ClassVar[tuple[Rule, ...]] = (_rule("XX001", "never-raised"),)
    weight: ClassVar[float] = 1.0
    english_only: ClassVar[bool] = False
    options_model: ClassVar[type[CheckerOptions]] = CheckerOptions

    def __init__(self, setup: CheckerSetup) -> None:
        pass

    def check(self, doc: Document, ctx: CheckContext) -> None:
        raise RuntimeError("model file missing")


@pytest.fixture
def clean_text() -> str:
    return (FIXTURES / "clean" / "harbour-ferry.txt").read_text(encoding="utf-8")
