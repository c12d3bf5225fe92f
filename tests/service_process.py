"""Start ``newscheck serve`` as a real process on a free loopback port; every wait is bounded."""

from __future__ import annotations

import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

_RUNNING = re.compile(r"Uvicorn running on http://([\d.]+):(\d+)")


class Service:
    def __init__(self, *args: str, cwd: Path, startup_seconds: float = 120.0) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "newscheck", "serve", "--port", "0", *args],
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        deadline = time.monotonic() + startup_seconds
        while not any(_RUNNING.search(line) for line in self.lines):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("newscheck serve did not start:\n" + self.log)
            time.sleep(0.05)
        match = next(m for line in self.lines if (m := _RUNNING.search(line)))
        self.host, self.port = match.group(1), int(match.group(2))

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)

    @property
    def log(self) -> str:
        return "".join(self.lines)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        *,
        chunked: bool = False,
        timeout: float = 120.0,
    ) -> tuple[int, Any]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            headers = {"Content-Type": "application/json"}
            if chunked and body is not None:
                conn.request(method, path, iter([body]), headers, encode_chunked=True)
            else:
                conn.request(method, path, body, headers)
            response = conn.getresponse()
            data = response.read()
            return response.status, json.loads(data) if data else None
        finally:
            conn.close()

    def post(self, path: str, payload: object) -> tuple[int, Any]:
        return self.request("POST", path, json.dumps(payload).encode())

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=15)
        self._reader.join(timeout=5)
