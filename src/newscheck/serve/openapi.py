"""The service's OpenAPI 3.1 document, with the report schema the CLI publishes."""

from __future__ import annotations

import json
from typing import Any

from newscheck._version import __version__
from newscheck.schema import report_schema

ARTICLE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "One article: 'text' (or 'body') is required; other keys are ignored.",
    "required": ["text"],
    "properties": {
        "id": {"type": ["string", "integer"]},
        "title": {"type": "string"},
        "text": {"type": "string", "description": "The body; 'body' is accepted too."},
        "byline": {"type": "string"},
        "url": {"type": "string"},
        "published": {"type": "string"},
        "language": {"type": "string"},
    },
}


def _components() -> dict[str, Any]:
    """The report schema's $defs moved under components, with their references rewritten."""
    report = json.loads(json.dumps(report_schema()).replace("#/$defs/", "#/components/schemas/"))
    schemas: dict[str, Any] = report.pop("$defs", {})
    report.pop("$schema", None)
    report.pop("$id", None)
    schemas["Report"] = report
    schemas["Article"] = ARTICLE_SCHEMA
    schemas["Problem"] = {
        "type": "object",
        "required": ["error"],
        "properties": {"error": {"type": "string"}},
    }
    return schemas


def _json(ref: str) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}


def _problems(*codes: int) -> dict[str, Any]:
    reasons = {
        400: "Not JSON.",
        413: "Body or batch over the limit.",
        422: "JSON, but not an article.",
        503: "The check ran over the time limit.",
    }
    return {str(c): {"description": reasons[c], **_json("Problem")} for c in codes}


def openapi_document(max_body_bytes: int, max_batch: int) -> dict[str, Any]:
    batch_schema = {
        "type": "object",
        "required": ["articles"],
        "properties": {
            "articles": {
                "type": "array",
                "maxItems": max_batch,
                "items": {"$ref": "#/components/schemas/Article"},
            }
        },
    }
    reports = {
        "type": "object",
        "properties": {
            "reports": {"type": "array", "items": {"$ref": "#/components/schemas/Report"}}
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "newscheck",
            "version": __version__,
            "description": f"Check news articles before publication. Bodies up to "
            f"{max_body_bytes:,} bytes.",
        },
        "paths": {
            "/check": {
                "post": {
                    "summary": "Check one article",
                    "requestBody": {"required": True, **_json("Article")},
                    "responses": {
                        "200": {"description": "The report.", **_json("Report")},
                        **_problems(400, 413, 422, 503),
                    },
                }
            },
            "/check/batch": {
                "post": {
                    "summary": "Check several articles; a bad one gets an error report in place",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": batch_schema}},
                    },
                    "responses": {
                        "200": {
                            "description": "One report per article, in order.",
                            "content": {"application/json": {"schema": reports}},
                        },
                        **_problems(400, 413, 422, 503),
                    },
                }
            },
            "/health": {
                "get": {"summary": "Liveness", "responses": {"200": {"description": "Up."}}}
            },
            "/rules": {
                "get": {"summary": "Every rule", "responses": {"200": {"description": "Rules."}}}
            },
        },
        "components": {"schemas": _components()},
    }
