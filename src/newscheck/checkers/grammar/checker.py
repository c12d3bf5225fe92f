"""GrammarChecker (GR): Harper offline, a LanguageTool server when one is configured.

Both backends sit behind `GrammarBackend`; their findings become `Issue`s under GR codes,
go through the news guards, lose those inside direct quotes, and lose duplicates between
backends before they are reported. Harper's linter and the LanguageTool client are built
on the first check, so selecting other checkers (``--select RD``) never pays for loading
Harper or reaching a server.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from typing import ClassVar

from newscheck.analysis import Document, FieldAnalysis
from newscheck.checker import CheckContext, CheckerOptions, CheckerSetup, CheckerSkipped
from newscheck.checkers.grammar import guards
from newscheck.checkers.grammar.dedupe import remove_duplicates
from newscheck.checkers.grammar.dictionary import NewsDictionary
from newscheck.checkers.grammar.harper_backend import HarperBackend
from newscheck.checkers.grammar.issue import GrammarBackend, Issue
from newscheck.checkers.grammar.languagetool_backend import LanguageToolBackend
from newscheck.checkers.grammar.messages import message
from newscheck.checkers.grammar.options import (
    URL_ENV,
    GrammarOptions,
    is_public_api,
    public_api_refusal,
)
from newscheck.checkers.grammar.patterns_backend import PatternBackend
from newscheck.checkers.grammar.rules import RULES
from newscheck.rules import Rule

NO_BACKEND = (
    "no grammar backend: harper = false and no LanguageTool server is configured "
    f"(set languagetool_url in [tool.newscheck.checkers.grammar] or {URL_ENV})"
)


class GrammarChecker:
    name: ClassVar[str] = "grammar"
    rules: ClassVar[tuple[Rule, ...]] = RULES
    weight: ClassVar[float] = 0.75
    english_only: ClassVar[bool] = True
    options_model: ClassVar[type[CheckerOptions]] = GrammarOptions

    def __init__(self, setup: CheckerSetup) -> None:
        self.options = GrammarOptions.model_validate(dict(setup.options))
        self.variety = setup.variety
        self.dictionary = NewsDictionary.load(self.options.words, self.options.words_file)
        self.languagetool_url = os.environ.get(URL_ENV) or self.options.languagetool_url
        if (
            self.languagetool_url
            and is_public_api(self.languagetool_url)
            and not self.options.allow_public_api
        ):
            raise ValueError(public_api_refusal(self.languagetool_url))
        self.backends: list[GrammarBackend] = []
        if self.options.harper:
            self.backends.append(
                HarperBackend(self.variety, self.dictionary, self.options.harper_rules)
            )
            self.backends.append(PatternBackend())
        if self.languagetool_url:
            self.backends.append(
                LanguageToolBackend(
                    self.languagetool_url, self.variety, self.options.timeout_s, self.dictionary
                )
            )

    def check(self, doc: Document, ctx: CheckContext) -> None:
        if not self.backends:
            raise CheckerSkipped(NO_BACKEND)
        ctx.data["backends"] = [b.name for b in self.backends]
        if not self.languagetool_url:
            ctx.data["languagetool"] = f"not configured (set {URL_ENV} or languagetool_url)"
        timings: dict[str, float] = dict.fromkeys((b.name for b in self.backends), 0.0)
        counts: Counter[str] = Counter()
        sources: Counter[str] = Counter()
        for field in doc.fields:
            if field.text.strip():
                self._check_field(field, ctx, timings, counts, sources)
        for backend, ms in timings.items():
            ctx.metrics[f"{backend}_ms"] = round(ms, 3)
        for what, n in counts.items():
            ctx.metrics[what] = float(n)
        ctx.data["backend_rules"] = dict(sorted(sources.items()))

    def _check_field(
        self,
        field: FieldAnalysis,
        ctx: CheckContext,
        timings: dict[str, float],
        counts: Counter[str],
        sources: Counter[str],
    ) -> None:
        found: list[Issue] = []
        for backend in self.backends:
            started = time.perf_counter()
            found.extend(backend.check(field, ctx.rules.keys()))
            timings[backend.name] += (time.perf_counter() - started) * 1000
        text = field.text
        kept = [i for i in found if guards.keep(text, i)]
        counts["guarded"] += len(found) - len(kept)
        if not self.options.check_quotes:
            outside = [i for i in kept if not field.in_quote(i.start, max(i.end, i.start + 1))]
            counts["in_quotes"] += len(kept) - len(outside)
            kept = outside
        kept, duplicates = remove_duplicates(kept)
        counts["duplicates"] += duplicates
        for issue in kept:
            sources[f"{issue.backend}:{issue.source_rule}"] += 1
            ctx.report(
                issue.code,
                field,
                issue.start,
                issue.end,
                message(text[issue.start : issue.end], issue),
                suggestions=issue.suggestions,
                confidence=issue.confidence,
            )
