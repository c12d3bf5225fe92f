"""A small stand-in for a LanguageTool server, for tests: 127.0.0.1, an ephemeral port.

It answers the two calls of LanguageTool's documented HTTP API (https://languagetool.org/
http-api/) that language-tool-python makes against a remote server: ``GET /v2/languages``
(called first, when the client is built) and ``POST /v2/check`` (form fields ``text`` and
``language``). Matches are planted by the test as (words, rule id, category, issue type,
replacements); the stub finds the words in the posted text and writes the match as
LanguageTool does, with ``offset``, ``length`` and the context offsets counted in UTF-16
code units. It also fails on demand: a delay, an HTTP error, a body that is not JSON.
Every request is recorded; the server stops when the ``with`` block ends.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs

CONTEXT_UNITS = 40
MAX_DELAY_S = 5.0

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
]


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Plant:
    """A match to report wherever ``words`` occur in a checked text."""

    words: str
    rule_id: str
    category: str
    issue_type: str = "grammar"
    replacements: tuple[str, ...] = ()
    message: str = "A planted match."


@dataclass
class Behaviour:
    plants: list[Plant] = field(default_factory=list)
    delay_s: float = 0.0
    status: int = 200
    body: str | None = None  # a raw body to send instead of the matches


def match_json(text: str, start: int, plant: Plant) -> dict[str, Any]:
    """One match as LanguageTool's /v2/check returns it, offsets in UTF-16 units."""
    offset = utf16_len(text[:start])
    length = utf16_len(plant.words)
    units = text.encode("utf-16-le")
    lo = max(0, offset - CONTEXT_UNITS)
    hi = min(len(units) // 2, offset + length + CONTEXT_UNITS)
    shown = units[2 * lo : 2 * hi].decode("utf-16-le", errors="replace")
    prefix = "..." if lo > 0 else ""
    suffix = "..." if hi < len(units) // 2 else ""
    context = prefix + shown.replace("\n", " ") + suffix
    return {
        "message": plant.message,
        "shortMessage": "",
        "replacements": [{"value": r} for r in plant.replacements],
        "offset": offset,
        "length": length,
        "context": {"text": context, "offset": len(prefix) + offset - lo, "length": length},
        "sentence": text,
        "type": {"typeName": "Other"},
        "rule": {
            "id": plant.rule_id,
            "description": plant.message,
            "issueType": plant.issue_type,
            "category": {"id": plant.category, "name": plant.category.title()},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def check_json(text: str, language: str, plants: list[Plant]) -> dict[str, Any]:
    matches = []
    for plant in plants:
        start = text.find(plant.words)
        while start >= 0:
            matches.append(match_json(text, start, plant))
            start = text.find(plant.words, start + len(plant.words))
    matches.sort(key=lambda m: m["offset"])
    return {
        "software": {"name": "LanguageTool", "version": "6.4", "apiVersion": 1},
        "language": {"name": language, "code": language},
        "matches": matches,
    }


class StubServer:
    """``with StubServer() as lt:`` then point newscheck at ``lt.url``."""

    def __init__(self, behaviour: Behaviour | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
        self.requests: list[tuple[str, str, dict[str, list[str]]]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                stub.requests.append(("GET", self.path, {}))
                if self.path.startswith("/v2/languages"):
                    self._send(200, json.dumps(LANGUAGES))
                else:
                    self._send(404, "Not found")

            def do_POST(self) -> None:
                size = int(self.headers.get("Content-Length", "0"))
                form = parse_qs(self.rfile.read(size).decode("utf-8"))
                stub.requests.append(("POST", self.path, form))
                behaviour = stub.behaviour
                if behaviour.delay_s:
                    time.sleep(min(behaviour.delay_s, MAX_DELAY_S))
                if not self.path.startswith("/v2/check"):
                    self._send(404, "Not found")
                elif behaviour.body is not None or behaviour.status != 200:
                    self._send(behaviour.status, behaviour.body or "Error: internal error")
                else:
                    text = form.get("text", [""])[0]
                    language = form.get("language", ["en-US"])[0]
                    self._send(200, json.dumps(check_json(text, language, behaviour.plants)))

            def _send(self, status: int, body: str) -> None:
                data = body.encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def checks(self) -> list[dict[str, list[str]]]:
        return [form for method, path, form in self.requests if method == "POST"]

    def __enter__(self) -> StubServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
