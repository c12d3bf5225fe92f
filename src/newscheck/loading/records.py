"""JSON article records: one object with ``text`` (or ``body``) and optional metadata.

Used for a ``.json`` file and for each line of a JSONL corpus. Unknown keys are ignored so
exports from other tools load as they are; a known key with the wrong type is an error,
since guessing (a numeric ``text``, a list ``byline``) would check the wrong thing.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from newscheck.article import Article
from newscheck.loading.errors import LoadError, json_kind

_OPTIONAL = ("title", "byline", "url", "published", "language")


def parse_json(text: str, name: str, *, path: str | None, line: int | None = None) -> object:
    """The decoded JSON value; errors give json's line and column (only the column for a
    JSONL line, whose line number is already in ``name``)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = (
            f"column {exc.colno}" if line is not None else f"line {exc.lineno}, column {exc.colno}"
        )
        problem = f"{exc.msg} ({where})"
    except RecursionError:
        problem = "it is nested too deeply"
    except ValueError as exc:  # e.g. an integer over Python's digit limit
        problem = str(exc).split(";")[0]
    raise LoadError(f"{name} is not valid JSON: {problem}", path=path, line=line)


def article_from_record(
    record: object,
    name: str,
    *,
    path: str | None,
    line: int | None = None,
    default_id: str | None = None,
) -> Article:
    """The `Article` a JSON object describes; `LoadError` naming the key that is wrong."""

    def fail(problem: str) -> LoadError:
        return LoadError(f"{name}: {problem}", path=path, line=line)

    if not isinstance(record, dict):
        raise fail(f"expected a JSON object, got {json_kind(record)}")
    body_key = "text" if "text" in record else "body"
    if body_key not in record:
        raise fail("missing 'text' (or 'body')")
    body = record[body_key]
    if not isinstance(body, str):
        raise fail(f"'{body_key}' must be a string, not {json_kind(body)}")
    fields: dict[str, str] = {}
    for key in _OPTIONAL:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise fail(f"'{key}' must be a string, not {json_kind(value)}")
        if value is not None:
            fields[key] = value
    record_id = _record_id(record.get("id"), fail) or default_id
    return Article.model_validate({"id": record_id, "body": body, "path": path, **fields})


def _record_id(value: object, fail: Callable[[str], LoadError]) -> str | None:
    """Ids may be numbers in exported corpora; they become strings."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise fail(f"'id' must be a string or a whole number, not {json_kind(value)}")
