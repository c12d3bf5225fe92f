"""PageChromeChecker: reports each block of page furniture once, with its whole span."""

from __future__ import annotations

from typing import ClassVar

from newscheck.analysis import Document
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup
from newscheck.checkers.page_chrome.exclusion import chrome_of
from newscheck.checkers.page_chrome.rules import RULE_OF_KIND, RULES
from newscheck.rules import Rule

CONFIDENCE = {"caption": 0.7, "headline": 0.85, "bio": 0.8}
"""Shapes that copy can share (a verbless line, a short title) are less certain than labels."""
DEFAULT_CONFIDENCE = 0.9


class PageChromeChecker:
    """Breadcrumbs, link lists, prompts, bylines, bios, captions and repeated headlines."""

    name: ClassVar[str] = "page_chrome"
    rules: ClassVar[tuple[Rule, ...]] = RULES
    weight: ClassVar[float] = 0.75
    english_only: ClassVar[bool] = True
    options_model: ClassVar[type[CheckerOptions]] = CheckerOptions
    reads_chrome: ClassVar[bool] = True

    def __init__(self, setup: CheckerSetup) -> None:
        self.setup = setup

    def check(self, doc: Document, ctx: CheckContext) -> None:
        body = doc.body
        blocks = chrome_of(doc)
        chrome_words = 0
        for block in blocks:
            text = body.text[block.span.start : block.span.end]
            chrome_words += len(text.split())
            ctx.report(
                RULE_OF_KIND[block.kind],
                body,
                block.span.start,
                block.span.end,
                f"This looks like {block.reason}, not part of the story; delete it from the copy.",
                confidence=CONFIDENCE.get(block.kind, DEFAULT_CONFIDENCE),
            )
        ctx.metrics["chrome_blocks"] = float(len(blocks))
        ctx.metrics["chrome_words"] = float(chrome_words)
        ctx.data["chrome"] = [
            {"kind": b.kind, "start": b.span.start, "end": b.span.end} for b in blocks
        ]
