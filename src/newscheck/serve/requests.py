"""Reading request bodies safely: a byte cap enforced while streaming, and JSON errors that
describe the problem without echoing any of the (confidential) article text."""

from __future__ import annotations

import json

from starlette.requests import Request

from newscheck.article import Article
from newscheck.loading.errors import LoadError
from newscheck.loading.fields import finish
from newscheck.loading.records import article_from_record


class RequestError(Exception):
    """A bad request: ``status`` and a message safe to return and to log."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


async def read_json(request: Request, max_bytes: int) -> object:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise RequestError(413, f"request body is over the limit of {max_bytes:,} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise RequestError(413, f"request body is over the limit of {max_bytes:,} bytes")
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks).decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RequestError(400, f"request body is not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise RequestError(400, f"request body is not valid JSON: {exc.msg} ({where})") from None
    except (RecursionError, ValueError):
        raise RequestError(400, "request body is not valid JSON") from None


def parse_article(record: object, name: str, max_chars: int) -> Article:
    """An article from one JSON object (``text`` or ``body``, optional metadata).

    Loader messages name the key and the JSON type, never a value, so they are safe to send
    back and to log."""
    try:
        article = article_from_record(record, name, path=None)
        return finish(article, name, max_chars)
    except LoadError as exc:
        raise RequestError(422, exc.message) from None
