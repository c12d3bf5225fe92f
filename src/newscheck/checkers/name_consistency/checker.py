"""NameConsistencyChecker: one person or organisation named one way through the story.

Reads the body only (headlines shorten names on purpose) and never the page chrome around it.
"""

from __future__ import annotations

from typing import ClassVar

from newscheck.analysis import Document
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup
from newscheck.checkers.name_consistency.mentions import find_mentions
from newscheck.checkers.name_consistency.people import changed_titles, surname_first
from newscheck.checkers.name_consistency.rules import RULES
from newscheck.checkers.name_consistency.spelling import near_spellings, spacing_variants
from newscheck.checkers.page_chrome.exclusion import excluded_body
from newscheck.rules import Rule


class NameConsistencyChecker:
    """Names spelled two ways, surnames before full names, titles that change (NM)."""

    name: ClassVar[str] = "name_consistency"
    rules: ClassVar[tuple[Rule, ...]] = RULES
    weight: ClassVar[float] = 1.0
    english_only: ClassVar[bool] = True
    options_model: ClassVar[type[CheckerOptions]] = CheckerOptions

    def __init__(self, setup: CheckerSetup) -> None:
        self.setup = setup

    def check(self, doc: Document, ctx: CheckContext) -> None:
        body = doc.body
        excluded = excluded_body(doc)
        lower_words = frozenset(
            t.text.replace("\u2019", "'")
            for f in doc.fields
            for t in f.words
            if t.text.islower() and not (f is body and excluded.covers(t.start, t.end))
        )
        mentions = find_mentions(body, excluded, lower_words)
        seen: set[int] = set()
        for variant in spacing_variants(mentions) + near_spellings(mentions, lower_words):
            if variant.token_start in seen:
                continue
            seen.add(variant.token_start)
            times = "once" if variant.count == 1 else f"{variant.count} times"
            ctx.report(
                "NM001",
                body,
                variant.token_start,
                variant.token_end,
                f"'{variant.written}' is written '{variant.usual}' elsewhere in the story "
                f"({times}); one of them is wrong.",
                suggestions=[variant.usual],
                confidence=0.85 if variant.how == "spacing" else 0.75,
            )
        for issue in surname_first(mentions, body.text):
            ctx.report(
                "NM002",
                body,
                issue.mention.start,
                issue.mention.end,
                f"'{issue.mention.surface}' comes before the full name '{issue.detail}' "
                "is given; introduce the person by full name at first mention.",
                confidence=0.7,
            )
        for issue in changed_titles(mentions, body.text):
            first, now = issue.detail.split(" -> ")
            ctx.report(
                "NM003",
                body,
                issue.mention.title[0].start,
                issue.mention.end,
                f"'{issue.mention.surface}' is titled '{now}' here but '{first}' earlier in "
                "the story; use one title.",
                confidence=0.7,
            )
        ctx.metrics["names"] = float(len(mentions))
