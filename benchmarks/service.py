"""Service overhead: ``POST /check`` round trip against the library call on the same article.

    python benchmarks/service.py [--select WM,RD] [--requests 200] [--engines 2]

Starts ``newscheck serve`` on a free loopback port, times the library (`Engine.check`) and
the service (one keep-alive connection, sequential requests, interleaved with the library
calls so both see the same machine load) on the same news-length article
built from the seed and clean fixtures, then fires 20 concurrent requests. Overhead is the
difference; on a loaded machine the article's check itself varies, so the fixed cost is also
measured on a one-sentence article: HTTP parsing, JSON in and out, the hop to the thread.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from newscheck import Article, Engine, Settings

ROOT = Path(__file__).resolve().parents[1]
_RUNNING = re.compile(r"Uvicorn running on http://[\d.]+:(\d+)")


def _article() -> dict[str, str]:
    texts = [
        (ROOT / "fixtures" / "seeds" / "north-korea-missile-japan.txt").read_text("utf-8"),
        (ROOT / "fixtures" / "clean" / "harbour-ferry.txt").read_text("utf-8"),
    ]
    return {"id": "bench", "title": "Benchmark", "text": "\n\n".join(texts)}


def _start(config: Path, engines: int) -> tuple[subprocess.Popen[str], int, list[str]]:
    command = ["serve", "--port", "0", "--config", str(config), "--engines", str(engines)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "newscheck", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        lines.extend(proc.stdout)

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        for line in list(lines):
            match = _RUNNING.search(line)
            if match:
                return proc, int(match.group(1)), lines
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.kill()
    raise SystemExit("newscheck serve did not start:\n" + "".join(lines))


def _post(conn: http.client.HTTPConnection, body: bytes) -> float:
    started = time.perf_counter()
    conn.request("POST", "/check", body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    elapsed = time.perf_counter() - started
    if response.status != 200:
        raise SystemExit(f"POST /check answered {response.status}")
    return elapsed


def _concurrent(port: int, body: bytes) -> tuple[float, list[float]]:
    """20 requests at once, each on its own connection: wall time and each request's time."""

    def one(_: int) -> float:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        try:
            return _post(c, body)
        finally:
            c.close()

    started = time.perf_counter()
    with ThreadPoolExecutor(20) as pool:
        times = list(pool.map(one, range(20)))
    return time.perf_counter() - started, times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--select", default="", help="rule codes or prefixes, e.g. WM,RD")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--engines", type=int, default=2)
    args = parser.parse_args()
    select = [c for c in args.select.split(",") if c]
    payload = _article()
    body = json.dumps(payload).encode()
    article = Article(id=payload["id"], title=payload["title"], body=payload["text"])

    engine = Engine(Settings(select=select))
    report = engine.check(article)

    def library_call() -> float:
        started = time.perf_counter()
        engine.check(article)
        return time.perf_counter() - started

    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "newscheck.toml"
        config.write_text(f"select = {json.dumps(select)}\n", encoding="utf-8")
        proc, port, _ = _start(config, args.engines)
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            for _ in range(5):
                _post(conn, body)
            # Interleaved, so both sides of each pair see the same load on the machine.
            library, service = [], []
            for _ in range(args.requests):
                library.append(library_call())
                service.append(_post(conn, body))
            # The fixed cost alone, on a one-sentence article whose check takes no time.
            tiny = json.dumps({"text": "The ferry runs again."}).encode()
            fixed = []
            for _ in range(args.requests):
                started = time.perf_counter()
                engine.check("The ferry runs again.")
                lib = time.perf_counter() - started
                fixed.append(_post(conn, tiny) - lib)
            conn.close()

            wall, concurrent = _concurrent(port, body)
        finally:
            proc.terminate()
            proc.wait(timeout=15)

    lib_ms = statistics.median(library) * 1000
    svc_ms = statistics.median(service) * 1000
    words = len(payload["text"].split())
    print(f"article: {words} words, {len(body):,} bytes of JSON; {len(report.findings)} findings")
    print(f"checkers: {', '.join(engine.checker_names)}; server engines: {args.engines}")
    print(f"library  Engine.check   median {lib_ms:7.2f} ms  (n={args.requests})")
    print(f"service  POST /check    median {svc_ms:7.2f} ms  (n={args.requests}, keep-alive)")
    pairs = statistics.median(b - a for a, b in zip(library, service, strict=True)) * 1000
    print(f"overhead: difference of medians {svc_ms - lib_ms:6.2f} ms; median of paired")
    print(f"          differences {pairs:6.2f} ms per request")
    print(f"fixed overhead on a one-sentence article: {statistics.median(fixed) * 1000:6.2f} ms")
    print(
        f"20 concurrent requests: all 200, wall {wall * 1000:.0f} ms, "
        f"slowest {max(concurrent) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
