"""The attribution checker: who is quoted, how they are named, and what an editor would query.

It extracts direct quotations and reported speech with their speakers and cues, resolves
pronoun speakers, lists the article's sources, and flags unattributed quotes (SA001), vague
or anonymous sources (SA002), accusations nobody owns (SA003), copy that rests on other
outlets (SA004), articles with no named source (SA005) and weasel wording (SA006).
Everything is rule-based over the shared analysis, so it runs in milliseconds and ships its
word lists inside the package (docs/attribution.md).
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from newscheck.analysis import Document
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup
from newscheck.checkers.attribution.extract import Attribution, extract
from newscheck.checkers.attribution.findings import FieldResult, Finder, mask_quotes
from newscheck.checkers.attribution.lexicon import load
from newscheck.checkers.attribution.rules import RULES
from newscheck.checkers.attribution.sources import SourceList
from newscheck.checkers.attribution.view import FieldView
from newscheck.rules import Rule


class AttributionOptions(CheckerOptions):
    """How far SA006 goes; the cost of each level on clean news is in docs/attribution.md."""

    weasel_level: int = Field(
        default=2,
        ge=0,
        le=3,
        description=(
            "SA006 reach: 0 off; 1 agentless attribution ('it is believed'); 2 adds "
            "quantifiers standing in for a source or count ('many of the', 'some critics'); "
            "3 adds every vague quantifier and hedge."
        ),
    )


class AttributionChecker:
    """Attribution structure of the article, and the sourcing a standards editor queries."""

    name: ClassVar[str] = "attribution"
    rules: ClassVar[tuple[Rule, ...]] = RULES
    weight: ClassVar[float] = 1.0
    english_only: ClassVar[bool] = True
    options_model: ClassVar[type[CheckerOptions]] = AttributionOptions
    reads_chrome: ClassVar[bool] = True
    """A "Source: X" credit line is page furniture to the other checkers, but it is where a
    copied story names its origin (SA004); only those lines are read inside the chrome."""

    def __init__(self, setup: CheckerSetup) -> None:
        self.options = AttributionOptions.model_validate(dict(setup.options))
        self.lexicon = load()

    def check(self, doc: Document, ctx: CheckContext) -> None:
        results = []
        for field in doc.fields:
            if not field.text.strip():
                continue
            extraction = extract(FieldView(field), self.lexicon)
            results.append(FieldResult(field, extraction, mask_quotes(extraction, field)))
        attributions = [a for r in results for a in r.extraction.attributions]
        sources = SourceList.build(attributions)
        Finder(
            ctx, results, sources, self.options.weasel_level, [], self.lexicon.places
        ).run()
        ctx.metrics.update(sources.metrics())
        ctx.metrics.update(_quote_metrics(results))
        ctx.data["attributions"] = [_as_data(a) for a in attributions]
        ctx.data["sources"] = [s.as_data() for s in sources]


def _as_data(attr: Attribution) -> dict[str, Any]:
    sp = attr.speaker
    return {
        "field": attr.field,
        "content": [attr.content.start, attr.content.end],
        "speaker": [sp.span.start, sp.span.end] if sp else None,
        "cue": [attr.cue.start, attr.cue.end] if attr.cue else None,
        "kind": attr.kind,
        "speaker_text": sp.resolved.text if sp else None,
    }


def _quote_metrics(results: list[FieldResult]) -> dict[str, float]:
    """Direct and reported attributions, unattributed quotes, share of quoted text named."""
    direct = indirect = unattributed = 0
    quoted = named = 0
    for result in results:
        seen: set[int] = set()
        for attr in result.extraction.attributions:
            if attr.kind == "indirect":
                indirect += 1
                continue
            direct += 1
            if attr.quote is None or attr.quote.span.start in seen:
                continue
            seen.add(attr.quote.span.start)
            size = len(attr.quote.inner)
            quoted += size
            sp = attr.speaker
            if sp is None:
                unattributed += 1
            elif sp.resolved.naming in {"full_name", "title", "organisation"}:
                named += size
    return {
        "attributions_direct": float(direct),
        "attributions_indirect": float(indirect),
        "quotes_unattributed": float(unattributed),
        "quoted_chars": float(quoted),
        "quoted_named_share": round(named / quoted, 4) if quoted else 1.0,
    }
