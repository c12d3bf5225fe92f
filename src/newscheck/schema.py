"""The report's JSON Schema, generated from the pydantic models: one source of truth."""

from __future__ import annotations

from typing import Any

from newscheck.models import SCHEMA_VERSION, Report


def report_schema() -> dict[str, Any]:
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://newscheck.invalid/schema/report-v{SCHEMA_VERSION}.json"
    return schema
