"""JSON and JSONL: the report contract as published by ``newscheck schema``."""

from __future__ import annotations

import json
from collections.abc import Sequence

from newscheck.models import Report


def report_json(report: Report, *, indent: int | None = None) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def render_json(reports: Sequence[Report]) -> str:
    """One article gives one object; several give a list, in input order."""
    if len(reports) == 1:
        return report_json(reports[0], indent=2) + "\n"
    body = ",\n".join(report_json(r, indent=2) for r in reports)
    return f"[\n{body}\n]\n"


def render_jsonl(reports: Sequence[Report]) -> str:
    return "".join(report_json(r) + "\n" for r in reports)
