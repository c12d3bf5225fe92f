"""What a corpus run remembers of each report: who it is for, and the figures the summary
and the exit code need. Small enough to keep for every article of a resumed run."""

from __future__ import annotations

from typing import Any, NamedTuple

from newscheck.article import Article
from newscheck.loaders import LoadError
from newscheck.models import Report

Key = tuple[str | None, str | None]
"""An article's identity across runs: (path as given, article id). JSONL lines without an
id get ``file:line`` ids from the loader, so every line of a file has its own key."""


def item_key(item: Article | LoadError) -> Key:
    """The key the report for this input item will carry."""
    if isinstance(item, LoadError):
        return (item.path, None)
    return (item.path, item.id)


def report_key(report: Report) -> Key:
    return (report.article.path, report.article.id)


class Digest(NamedTuple):
    key: Key
    failed: bool
    """The article could not be loaded or checked at all (an error report)."""
    complete: bool
    verdict: str
    score: float
    rules: tuple[str, ...]

    @classmethod
    def of(cls, report: Report) -> Digest:
        return cls(
            key=report_key(report),
            failed=report.error is not None,
            complete=report.complete,
            verdict=report.verdict.value,
            score=report.score,
            rules=tuple(f.rule for f in report.findings),
        )

    @classmethod
    def of_record(cls, record: dict[str, Any]) -> Digest:
        """The digest of a report read back as JSON (a line of an earlier run's output)."""
        article = record["article"]
        return cls(
            key=(article.get("path"), article.get("id")),
            failed=record.get("error") is not None,
            complete=bool(record["complete"]),
            verdict=str(record["verdict"]),
            score=float(record["score"]),
            rules=tuple(str(f["rule"]) for f in record.get("findings", ())),
        )
