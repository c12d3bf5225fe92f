"""The engine: builds the selected checkers once, then checks article after article.

Each checker runs isolated: one that raises becomes ``status: "error"`` in its own result
and marks the report incomplete, while the others still run. Findings are filtered by rule
selection, given line, column and fingerprint, merged across checkers, then scored.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pydantic import ValidationError

from newscheck._version import __version__
from newscheck.analysis import Document, FieldAnalysis
from newscheck.article import Article
from newscheck.checker import CheckContext, Checker, CheckerSetup, CheckerSkipped, RawFinding
from newscheck.config import ConfigError, Settings
from newscheck.directives import Suppression, text_suppressions
from newscheck.fingerprint import fingerprint, fingerprint_key
from newscheck.merge import merge_findings
from newscheck.models import ArticleInfo, CheckerResult, Finding, Report, Status, Verdict
from newscheck.registry import BrokenPlugin, discover
from newscheck.rules import Rule, is_selected, validate_patterns
from newscheck.scoring import checker_score, overall_score, verdict
from newscheck.suppressing import Sieved, drop_used, sieve

_CONTEXT_CHARS = 300


@dataclass
class _Active:
    name: str
    checker: Checker | None
    rules: dict[str, Rule]
    """The selected rules; a checker with none is not run."""
    weight: float
    english_only: bool
    error: str | None = None
    reads_chrome: bool = False


class Engine:
    """Build once, reuse for many articles: the fast path for scripts and corpora."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        checkers: Mapping[str, type[Checker]] | None = None,
    ) -> None:
        self.settings = settings or Settings()
        if checkers is None:
            classes, broken = discover()
        else:
            classes, broken = dict(checkers), []
        self.available: dict[str, type[Checker]] = classes
        self._validate(classes)
        self._active = [self._build(name, cls) for name, cls in sorted(classes.items())]
        self._active = [a for a in self._active if a.rules]
        self._active.extend(_broken(plugin) for plugin in broken)

    @property
    def rules(self) -> list[Rule]:
        """Every rule of every available checker, selected or not, sorted by code."""
        return sorted((r for c in self.available.values() for r in c.rules), key=lambda r: r.code)

    @property
    def checker_names(self) -> list[str]:
        return [a.name for a in self._active]

    def _validate(self, classes: Mapping[str, type[Checker]]) -> None:
        s = self.settings
        codes = [r.code for c in classes.values() for r in c.rules]
        for key, patterns in (("select", s.select), ("ignore", s.ignore)):
            unknown = validate_patterns(patterns, codes)
            if unknown:
                raise ConfigError(f"{key}: no rule matches {', '.join(map(repr, unknown))}")
        unknown_rules = sorted(set(s.severity) - set(codes))
        if unknown_rules:
            raise ConfigError(f"severity: unknown rule code {', '.join(unknown_rules)}")
        unknown = validate_patterns(s.exceptions, codes)
        if unknown:
            raise ConfigError(f"exceptions: no rule matches {', '.join(map(repr, unknown))}")
        for table, keys in (("checkers", s.checkers), ("weights", s.weights)):
            unknown_names = sorted(set(keys) - set(classes))
            if unknown_names:
                known = ", ".join(sorted(classes))
                raise ConfigError(
                    f"{table}: unknown checker {', '.join(unknown_names)} (known: {known})"
                )

    def _build(self, name: str, cls: type[Checker]) -> _Active:
        s = self.settings
        rules = {r.code: r for r in cls.rules if is_selected(r, s.select, s.ignore)}
        weight = s.weights.get(name, cls.weight)
        active = _Active(
            name,
            None,
            rules,
            weight,
            getattr(cls, "english_only", True),
            reads_chrome=getattr(cls, "reads_chrome", False),
        )
        if not rules:
            return active
        try:
            options = cls.options_model.model_validate(s.checkers.get(name, {}))
        except ValidationError as exc:
            details = "; ".join(
                f"'{'.'.join(map(str, e['loc']))}': {e['msg']}" for e in exc.errors()
            )
            raise ConfigError(f"checkers.{name}: {details}") from None
        setup = CheckerSetup(options=options.model_dump(), variety=s.variety)
        try:
            active.checker = cls(setup)  # type: ignore[call-arg]  # Protocol has no __init__
        except Exception as exc:
            active.error = f"could not start: {type(exc).__name__}: {exc}"
        return active

    def check(self, article: Article | str, *, baseline: frozenset[str] | None = None) -> Report:
        """Check one article (a ``str`` is taken as body text).

        ``baseline``: fingerprints of findings already accepted for this article (see
        `newscheck.baseline`); they are dropped and counted, and only new ones are scored.
        """
        if isinstance(article, str):
            article = Article(body=article)
        size = len(article.title) + len(article.body)
        if size > self.settings.max_article_chars:
            return error_report(
                article,
                f"article is {size:,} characters; newscheck checks up to "
                f"{self.settings.max_article_chars:,} (setting max_article_chars)",
            )
        doc = Document(article, exclude_chrome=self.settings.exclude_chrome)
        results: list[CheckerResult] = []
        raw: list[tuple[str, RawFinding]] = []
        for active in self._active:
            result, found = self._run(active, doc)
            results.append(result)
            raw.extend((active.name, f) for f in found)
        sieved, findings = self._sift(doc, results, self._finalise(raw))
        findings = merge_findings(findings, self.settings.merge_priority)
        fresh = [f for f in findings if f.fingerprint not in (baseline or ())]
        report = self._report(doc, results, fresh)
        update = {
            "suppressed": sum(sieved.suppressed.values()),
            "suppressed_by_rule": dict(sorted(sieved.suppressed.items())),
            "baselined": len(findings) - len(fresh),
        }
        return report.model_copy(update=update)

    def _sift(
        self, doc: Document, results: list[CheckerResult], findings: list[Finding]
    ) -> tuple[Sieved, list[Finding]]:
        """Drop what inline directives and configured exceptions suppress, then keep NC002
        only on directives that suppressed nothing among rules that actually ran."""
        suppressions: list[Suppression] = [
            s for f in doc.fields for s in text_suppressions(f.name, f.text, f.paragraphs)
        ]
        suppressions.extend(doc.article.suppressions)
        sieved = sieve(findings, suppressions, self.settings.exceptions)
        ran = {r.name for r in results if r.status is Status.OK}
        kept = drop_used(
            sieved.kept,
            suppressions,
            sieved.used,
            known=[r.code for r in self.rules],
            checked=[code for a in self._active if a.name in ran for code in a.rules],
            all_ran=len(ran) == len(results),
        )
        return sieved, kept

    def _run(self, active: _Active, doc: Document) -> tuple[CheckerResult, list[RawFinding]]:
        if active.checker is None:
            return CheckerResult(name=active.name, status=Status.ERROR, error=active.error), []
        if active.english_only and not doc.is_english:
            reason = "the article does not look like English; this checker reads English only"
            return CheckerResult(name=active.name, status=Status.SKIPPED, error=reason), []
        declared = {r.code: r for r in type(active.checker).rules}
        ctx = CheckContext(active.name, declared, selected=frozenset(active.rules))
        started = time.perf_counter()
        try:
            active.checker.check(doc, ctx)
        except CheckerSkipped as exc:
            ms = (time.perf_counter() - started) * 1000
            return CheckerResult(name=active.name, status=Status.SKIPPED, error=str(exc), ms=ms), []
        except Exception as exc:
            ms = (time.perf_counter() - started) * 1000
            message = f"{type(exc).__name__}: {exc}"
            return CheckerResult(name=active.name, status=Status.ERROR, error=message, ms=ms), []
        ms = (time.perf_counter() - started) * 1000
        result = CheckerResult(
            name=active.name,
            status=Status.OK,
            metrics=dict(ctx.metrics),
            data=dict(ctx.data),
            ms=round(ms, 3),
        )
        found = [f for f in ctx.findings if f.rule.code in active.rules]
        if not active.reads_chrome:
            # Page furniture is reported once, by the page-chrome checker, and by no other.
            found = [f for f in found if not f.field.is_excluded(f.start, f.end)]
        return result, found

    def _finalise(self, raw: Sequence[tuple[str, RawFinding]]) -> list[Finding]:
        overrides = self.settings.severity
        seen: Counter[str] = Counter()
        findings = []
        for checker, f in raw:
            text = f.field.text
            key = fingerprint_key(f.rule.code, f.field.name, text, f.start, f.end)
            line, column = f.field.line_column(f.start)
            findings.append(
                Finding(
                    rule=f.rule.code,
                    name=f.rule.name,
                    checker=checker,
                    field=f.field.name,
                    start=f.start,
                    end=f.end,
                    line=line,
                    column=column,
                    text=text[f.start : f.end],
                    message=f.message,
                    suggestions=list(f.suggestions),
                    severity=overrides.get(f.rule.code, f.severity),
                    confidence=round(f.confidence, 3),
                    fingerprint=fingerprint(key, seen[key]),
                    context=_context(f.field, f.start, f.end),
                )
            )
            seen[key] += 1
        return findings

    def _report(
        self, doc: Document, results: list[CheckerResult], findings: list[Finding]
    ) -> Report:
        words = doc.word_count
        scored = []
        for result in results:
            own = [f for f in findings if f.checker == result.name]
            if result.status is Status.OK:
                update = {"score": checker_score(own, words), "findings": len(own)}
                scored.append(result.model_copy(update=update))
            else:
                scored.append(result)
        weights = {a.name: a.weight for a in self._active}
        score = overall_score(scored, weights)
        complete = all(r.status is not Status.ERROR for r in scored)
        # An article that no scoring checker could read (all skipped) has not been checked.
        checked = any(r.status is Status.OK and weights[r.name] > 0 for r in scored)
        s = self.settings
        return Report(
            newscheck_version=__version__,
            article=_info(doc.article, words),
            score=score,
            verdict=verdict(
                score,
                pass_at=s.thresholds.pass_at,
                warn_at=s.thresholds.warn_at,
                complete=complete and checked,
                has_error_finding=any(f.severity.value == "error" for f in findings),
                error_findings_verdict=s.error_findings_verdict,
            ),
            complete=complete,
            checkers=scored,
            findings=findings,
        )


def _broken(plugin: BrokenPlugin) -> _Active:
    message = f"plugin '{plugin.name}' from package '{plugin.package}' failed to load: "
    return _Active(plugin.name, None, {}, 1.0, False, error=message + plugin.error)


def _context(field: FieldAnalysis, start: int, end: int) -> str:
    sentence = field.sentence_at(start)
    if sentence is not None and sentence.end >= end and len(sentence) <= _CONTEXT_CHARS:
        return field.text[sentence.start : sentence.end]
    lo = max(0, start - _CONTEXT_CHARS // 3)
    hi = min(len(field.text), end + _CONTEXT_CHARS // 3)
    return field.text[lo:hi]


def _info(article: Article, words: int) -> ArticleInfo:
    return ArticleInfo(id=article.id, title=article.title, path=article.path, words=words)


def error_report(article: Article | None, message: str, *, path: str | None = None) -> Report:
    """The report for an article that could not be loaded or checked at all."""
    info = (
        _info(article, 0)
        if article is not None
        else ArticleInfo(id=None, title="", path=path, words=0)
    )
    return Report(
        newscheck_version=__version__,
        article=info,
        score=0.0,
        verdict=Verdict.FAIL,
        complete=False,
        checkers=[],
        findings=[],
        error=message,
    )
