"""The house-style checker: applies the rules of the configured style folders."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import ClassVar

from pydantic import Field, field_validator

from newscheck.analysis import Document, FieldAnalysis
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup
from newscheck.checkers.house_style.matching import compile_phrases, in_case_of, matches
from newscheck.checkers.house_style.rules import CODE_FOR_KIND, RULES
from newscheck.checkers.house_style.style_files import StyleRule, load_styles
from newscheck.rules import Rule


class HouseStyleOptions(CheckerOptions):
    styles: list[str] = Field(
        default_factory=lambda: ["ap-example"],
        description="Style folders or .toml files (relative to the working directory), or "
        "the name of a bundled style.",
    )

    @field_validator("styles")
    @classmethod
    def _loadable(cls, styles: list[str]) -> list[str]:
        load_styles(styles)  # a broken style file is a configuration error, found early
        return styles


@dataclass(frozen=True)
class _Compiled:
    rule: StyleRule
    pattern: re.Pattern[str]

    def variant(self, text: str) -> str:
        """The rule phrase that ``text`` matched, for telling consistency variants apart."""
        key = _key(text, self.rule.case_sensitive)
        return next(p for p in self.rule.phrases if _key(p, self.rule.case_sensitive) == key)


class HouseStyleChecker:
    """Flags what the newsroom's style files say to avoid, replace or keep consistent."""

    name: ClassVar[str] = "house_style"
    rules: ClassVar[tuple[Rule, ...]] = RULES
    weight: ClassVar[float] = 0.5
    english_only: ClassVar[bool] = True
    options_model: ClassVar[type[CheckerOptions]] = HouseStyleOptions

    def __init__(self, setup: CheckerSetup) -> None:
        options = HouseStyleOptions.model_validate(dict(setup.options))
        self._rules = [
            _Compiled(r, compile_phrases(r.phrases, case_sensitive=r.case_sensitive))
            for r in load_styles(options.styles)
        ]

    def check(self, doc: Document, ctx: CheckContext) -> None:
        hits: Counter[str] = Counter()
        for compiled in self._rules:
            code = CODE_FOR_KIND[compiled.rule.kind]
            if not ctx.wants(code):
                continue
            if compiled.rule.kind == "consistency":
                hits[compiled.rule.id] += _consistency(compiled, doc, ctx)
            else:
                for field in doc.fields:
                    hits[compiled.rule.id] += _word_rule(compiled, code, field, ctx)
        ctx.metrics["style_rules"] = float(len(self._rules))
        ctx.data["hits"] = dict(sorted((k, v) for k, v in hits.items() if v))


def _word_rule(compiled: _Compiled, code: str, field: FieldAnalysis, ctx: CheckContext) -> int:
    rule = compiled.rule
    count = 0
    for match in matches(compiled.pattern, field, in_quotes=rule.in_quotes):
        replacement = rule.prefer if rule.kind == "prefer" else rule.suggestion
        suggestions = [in_case_of(match.group(), replacement)] if replacement else []
        ctx.report(
            code,
            field,
            match.start(),
            match.end(),
            _message(rule),
            suggestions=suggestions,
            severity=rule.severity,
        )
        count += 1
    return count


def _consistency(compiled: _Compiled, doc: Document, ctx: CheckContext) -> int:
    """The first variant used (title, then body) sets the form; other variants are flagged."""
    rule = compiled.rule
    found = [
        (field, match)
        for field in doc.fields
        for match in matches(compiled.pattern, field, in_quotes=rule.in_quotes)
    ]
    if not found:
        return 0
    first = compiled.variant(found[0][1].group())
    count = 0
    for field, match in found[1:]:
        if compiled.variant(match.group()) == first:
            continue
        ctx.report(
            CODE_FOR_KIND["consistency"],
            field,
            match.start(),
            match.end(),
            f"{_message(rule)} This article first writes '{first}'.",
            suggestions=[in_case_of(match.group(), first)],
            severity=rule.severity,
        )
        count += 1
    return count


def _message(rule: StyleRule) -> str:
    link = f" See {rule.link}" if rule.link else ""
    return f"{rule.message} (style rule {rule.id}){link}"


def _key(text: str, case_sensitive: bool) -> str:
    collapsed = " ".join(text.split())
    return collapsed if case_sensitive else collapsed.casefold()
