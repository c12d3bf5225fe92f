"""The Starlette application: routes, limits and error handling."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from newscheck._version import __version__
from newscheck.article import Article
from newscheck.config import Settings
from newscheck.models import Report
from newscheck.serve.engines import EnginePool
from newscheck.serve.openapi import openapi_document
from newscheck.serve.requests import RequestError, parse_article, read_json

log = logging.getLogger("newscheck.serve")


@dataclass(frozen=True)
class ServiceLimits:
    """Caps that keep one bad or huge request from starving the newsroom's others."""

    max_body_bytes: int = 4 * 1024 * 1024
    timeout_seconds: float = 30.0
    max_batch: int = 100
    engines: int = 2
    """Engines, and so articles checked at once; each is used by one thread at a time."""


def json_response(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Response(body, status_code=status, media_type="application/json")


def _problem(status: int, message: str) -> Response:
    return json_response({"error": message}, status)


Handler = Callable[[Request], Awaitable[Response]]


def create_app(settings: Settings | None = None, limits: ServiceLimits | None = None) -> Starlette:
    """Build the engines now, so the first request is not slow and a bad config fails fast."""
    settings = settings or Settings()
    limits = limits or ServiceLimits()
    pool = EnginePool(settings, limits.engines)
    max_chars = settings.max_article_chars

    def guarded(handler: Handler) -> Handler:
        """Time limit, error mapping and a log line that names no article text."""

        async def run(request: Request) -> Response:
            started = time.perf_counter()
            try:
                with anyio.fail_after(limits.timeout_seconds):
                    response = await handler(request)
            except RequestError as exc:
                response = _problem(exc.status, exc.message)
            except TimeoutError:
                response = _problem(503, f"the check took over {limits.timeout_seconds:g} s")
            except Exception as exc:
                log.error("%s %s failed: %s", request.method, request.url.path, type(exc).__name__)
                response = _problem(500, f"internal error: {type(exc).__name__}")
            ms = (time.perf_counter() - started) * 1000
            log.info("%s %s %d %.1f ms", request.method, request.url.path, response.status_code, ms)
            return response

        return run

    async def check(request: Request) -> Response:
        record = await read_json(request, limits.max_body_bytes)
        article = parse_article(record, "article", max_chars)
        (report,) = await pool.check([article])
        return json_response(report.model_dump(mode="json"))

    async def check_batch(request: Request) -> Response:
        payload = await read_json(request, limits.max_body_bytes)
        records = payload.get("articles") if isinstance(payload, dict) else payload
        if not isinstance(records, list):
            raise RequestError(422, 'expected {"articles": [...]} or a JSON array of articles')
        if len(records) > limits.max_batch:
            raise RequestError(413, f"{len(records)} articles; a batch holds {limits.max_batch}")
        items: list[Article | Report] = []
        for i, record in enumerate(records):
            try:
                items.append(parse_article(record, f"articles[{i}]", max_chars))
            except RequestError as exc:  # one bad article must not lose the others
                items.append(_input_error(record, exc.message))
        reports = await pool.check(items)
        return json_response({"reports": [r.model_dump(mode="json") for r in reports]})

    async def health(request: Request) -> Response:
        engine = pool.example
        return json_response(
            {"status": "ok", "version": __version__, "checkers": engine.checker_names}
        )

    async def rules(request: Request) -> Response:
        return json_response(
            [
                {
                    "code": r.code,
                    "name": r.name,
                    "severity": r.severity.value,
                    "summary": r.summary,
                    "default_enabled": r.default_enabled,
                }
                for r in pool.example.rules
            ]
        )

    document = openapi_document(limits.max_body_bytes, limits.max_batch)

    async def openapi(request: Request) -> Response:
        return json_response(document)

    routes = [
        Route("/check", guarded(check), methods=["POST"]),
        Route("/check/batch", guarded(check_batch), methods=["POST"]),
        Route("/health", guarded(health), methods=["GET"]),
        Route("/rules", guarded(rules), methods=["GET"]),
        Route("/openapi.json", guarded(openapi), methods=["GET"]),
    ]
    return Starlette(routes=routes)


def _input_error(record: object, message: str) -> Report:
    from newscheck.engine import error_report  # noqa: PLC0415 (keeps the import graph flat)

    ident = record.get("id") if isinstance(record, dict) else None
    article = Article(id=str(ident)) if isinstance(ident, str | int) else None
    return error_report(article, message)
