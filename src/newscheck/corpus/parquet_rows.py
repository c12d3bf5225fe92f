"""The two Parquet tables of a corpus run: one row per article, one row per finding.

Built from reports as JSON records (what the journal holds). The article table has a
score, status and finding count per checker as flat columns (``score_readability``...),
so a dataframe can filter and group without unpacking nested data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("path", "string"),
    ("title", "string"),
    ("words", "int64"),
    ("score", "float64"),
    ("verdict", "string"),
    ("complete", "bool"),
    ("error", "string"),
    ("findings", "int64"),
    ("findings_error", "int64"),
    ("findings_warning", "int64"),
    ("findings_info", "int64"),
    ("ms", "float64"),
    ("newscheck_version", "string"),
)
FINDING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("path", "string"),
    ("rule", "string"),
    ("name", "string"),
    ("checker", "string"),
    ("field", "string"),
    ("start", "int64"),
    ("end", "int64"),
    ("line", "int64"),
    ("column", "int64"),
    ("text", "string"),
    ("message", "string"),
    ("suggestions", "list<string>"),
    ("severity", "string"),
    ("confidence", "float64"),
    ("fingerprint", "string"),
    ("context", "string"),
)
_PER_CHECKER = (("status", "string"), ("score", "float64"), ("findings", "int64"))


def article_columns(checker_names: Sequence[str]) -> list[tuple[str, str]]:
    """The article table's columns for a run with these checkers."""
    per_checker = [(f"{key}_{name}", kind) for name in checker_names for key, kind in _PER_CHECKER]
    return [*ARTICLE_COLUMNS, *per_checker]


def article_row(report: dict[str, Any], checker_names: Sequence[str]) -> dict[str, Any]:
    info = report["article"]
    findings = report.get("findings", [])
    severities = Counter(str(f["severity"]) for f in findings)
    checkers = {c["name"]: c for c in report.get("checkers", [])}
    row: dict[str, Any] = {
        "id": info.get("id"),
        "path": info.get("path"),
        "title": info.get("title", ""),
        "words": info.get("words", 0),
        "score": report["score"],
        "verdict": report["verdict"],
        "complete": report["complete"],
        "error": report.get("error"),
        "findings": len(findings),
        "findings_error": severities["error"],
        "findings_warning": severities["warning"],
        "findings_info": severities["info"],
        "ms": round(sum(float(c.get("ms", 0.0)) for c in checkers.values()), 3),
        "newscheck_version": report.get("newscheck_version"),
    }
    for name in checker_names:
        result = checkers.get(name, {})
        row[f"status_{name}"] = result.get("status")
        row[f"score_{name}"] = result.get("score")
        row[f"findings_{name}"] = result.get("findings") if result else None
    return row


def finding_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    info = report["article"]
    key = {"id": info.get("id"), "path": info.get("path")}
    names = [name for name, _ in FINDING_COLUMNS if name not in key]
    return [{**key, **{name: f.get(name) for name in names}} for f in report.get("findings", [])]
