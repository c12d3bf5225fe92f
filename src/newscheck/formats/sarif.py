"""SARIF 2.1.0 for GitHub code scanning and other CI dashboards.

Each finding's fingerprint goes into ``partialFingerprints`` so code scanning tracks it
across edits (the fingerprint hashes the flagged words and their neighbours, not the line).
Lines are file lines where the field is found verbatim in the file (see `formats.locate`);
otherwise they are relative to the field, and ``properties.lineRelativeTo`` says so.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from newscheck._version import __version__
from newscheck.article import Article
from newscheck.formats.locate import FileLocator, artifact_uri
from newscheck.models import Finding, Report, Severity
from newscheck.rules import Rule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "newscheck/v1"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_sarif(pairs: Sequence[tuple[Article | None, Report]], rules: Sequence[Rule] = ()) -> str:
    """One SARIF log with one run for every report; ``rules`` adds their documentation."""
    known = {r.code: r for r in rules}
    used = sorted({f.rule for _, report in pairs for f in report.findings})
    driver_rules = [_rule(code, known.get(code), pairs) for code in used]
    index = {code: i for i, code in enumerate(used)}
    locator = FileLocator()
    results = [
        _result(f, report, article, index[f.rule], locator)
        for article, report in pairs
        for f in report.findings
    ]
    notifications = [_notification(report) for _, report in pairs if _notification(report)]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newscheck",
                        "version": __version__,
                        "informationUri": "https://example.invalid/newscheck",
                        "rules": driver_rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {
                        "executionSuccessful": not notifications,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rule(
    code: str, rule: Rule | None, pairs: Sequence[tuple[Article | None, Report]]
) -> dict[str, Any]:
    if rule is None:
        name = next(f.name for _, r in pairs for f in r.findings if f.rule == code)
        return {"id": code, "name": name, "shortDescription": {"text": name}}
    return {
        "id": code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.what},
        "help": {"text": rule.why, "markdown": rule.doc()},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
    }


def _result(
    f: Finding, report: Report, article: Article | None, index: int, locator: FileLocator
) -> dict[str, Any]:
    where = locator.locate(report, f, article)
    message = f.message
    if f.suggestions:
        message += " Suggestion: " + " / ".join(f.suggestions) + "."
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index,
        "level": _LEVELS[f.severity],
        "message": {"text": message},
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "properties": {
            "field": f.field,
            "checker": f.checker,
            "confidence": f.confidence,
            "suggestions": list(f.suggestions),
        },
    }
    if not where.exact:
        result["properties"]["lineRelativeTo"] = f"{f.field} field"
    if where.uri is not None:
        region = {
            "startLine": where.line,
            "startColumn": where.column,
            "endLine": where.end_line,
            "endColumn": where.end_column,
        }
        result["locations"] = [
            {"physicalLocation": {"artifactLocation": {"uri": where.uri}, "region": region}}
        ]
    return result


def _notification(report: Report) -> dict[str, Any] | None:
    """Load errors and failed checkers: CI must not read them as clean copy."""
    if report.error is not None:
        text = report.error
    elif not report.complete:
        failed = [f"{c.name}: {c.error}" for c in report.checkers if c.status.value == "error"]
        text = "incomplete report: " + "; ".join(failed)
    else:
        return None
    note: dict[str, Any] = {"level": "error", "message": {"text": text}}
    uri = artifact_uri(report.article.path)
    if uri is not None:
        note["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]
    return note
