"""``newscheck serve`` as a CMS webhook uses it: a real server process on loopback."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import FIXTURES
from newscheck import Article, Engine, Settings
from service_process import Service

pytest.importorskip("uvicorn", reason="the 'serve' extra (starlette, uvicorn) is not installed")
pytest.importorskip("starlette", reason="the 'serve' extra (starlette, uvicorn) is not installed")

SELECT = ["WM", "RD", "NC"]
SECRET = "Zorblatt"  # a word that must never reach a log


def _news_article(i: int) -> dict[str, str]:
    """About 700 words of real news copy, different per request."""
    texts = [
        (FIXTURES / "seeds" / "north-korea-missile-japan.txt").read_text("utf-8"),
        (FIXTURES / "clean" / "harbour-ferry.txt").read_text("utf-8"),
        (FIXTURES / "seeds" / "north-korea-sanctions.txt").read_text("utf-8"),
    ]
    body = "\n\n".join(texts[(i + k) % 3] for k in range(3))
    return {"id": f"story-{i}", "title": f"Story {i}", "text": body}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    folder = tmp_path_factory.mktemp("serve")
    (folder / "newscheck.toml").write_text(f"select = {json.dumps(SELECT)}\n", encoding="utf-8")
    server = Service("--config", "newscheck.toml", "--max-body-mb", "1", cwd=folder)
    try:
        yield server
    finally:
        server.stop()


def test_binds_to_loopback_by_default(service: Service) -> None:
    assert service.host == "127.0.0.1"


def test_health_rules_and_openapi(service: Service) -> None:
    status, health = service.request("GET", "/health")
    assert status == 200 and health["status"] == "ok"
    assert set(health["checkers"]) >= {"word_misuse", "readability"}
    status, rules = service.request("GET", "/rules")
    assert status == 200 and any(r["code"] == "WM001" for r in rules)
    status, doc = service.request("GET", "/openapi.json")
    assert status == 200 and doc["openapi"].startswith("3.1")
    assert set(doc["paths"]) == {"/check", "/check/batch", "/health", "/rules"}
    ref = doc["paths"]["/check"]["post"]["responses"]["200"]["content"]["application/json"]
    assert ref["schema"]["$ref"] == "#/components/schemas/Report"
    assert "Finding" in doc["components"]["schemas"]
    assert "#/$defs/" not in json.dumps(doc)


def test_check_returns_the_same_report_as_the_library(service: Service) -> None:
    payload = _news_article(0)
    status, report = service.post("/check", payload)
    assert status == 200, report
    expected = Engine(Settings(select=SELECT)).check(
        Article(id=payload["id"], title=payload["title"], body=payload["text"])
    )
    assert report["score"] == expected.score and report["verdict"] == expected.verdict.value
    got = [(f["rule"], f["start"], f["fingerprint"]) for f in report["findings"]]
    assert got == [(f.rule, f.start, f.fingerprint) for f in expected.findings]
    assert any(f["rule"] == "WM002" for f in report["findings"])


def test_batch_keeps_order_and_gives_bad_articles_an_error_report(service: Service) -> None:
    articles = [_news_article(1), {"id": 7, "text": 42}, _news_article(2)]
    status, body = service.post("/check/batch", {"articles": articles})
    assert status == 200
    reports = body["reports"]
    assert [r["article"]["id"] for r in reports] == ["story-1", "7", "story-2"]
    assert reports[1]["error"] == "articles[1]: 'text' must be a string, not a number"
    assert reports[0]["complete"] and reports[2]["complete"]


def test_twenty_concurrent_news_length_requests_all_succeed(service: Service) -> None:
    def one(i: int) -> tuple[int, str | None, int]:
        status, report = service.post("/check", _news_article(i))
        return status, report.get("article", {}).get("id"), report.get("article", {})["words"]

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(one, range(20)))
    assert [r[:2] for r in results] == [(200, f"story-{i}") for i in range(20)]
    assert min(words for *_, words in results) > 600


BAD_REQUESTS = [
    ("malformed JSON", b'{"text": "Zorblatt', 400, "not valid JSON"),
    ("not UTF-8", b'{"text": "\xff\xfe"}', 400, "not UTF-8"),
    ("wrong type", json.dumps({"text": ["Zorblatt"]}).encode(), 422, "'text' must be a string"),
    ("not an object", b'["Zorblatt"]', 422, "expected a JSON object"),
    ("no text", b'{"title": "Zorblatt"}', 422, "missing 'text'"),
    ("empty text", b'{"text": "   "}', 422, "empty"),
]


@pytest.mark.parametrize(("case", "body", "status", "message"), BAD_REQUESTS)
def test_bad_requests_get_a_clear_error_and_the_service_stays_up(
    service: Service, case: str, body: bytes, status: int, message: str
) -> None:
    got, problem = service.request("POST", "/check", body)
    assert (got, message in problem["error"]) == (status, True), case
    assert SECRET not in problem["error"]
    assert service.request("GET", "/health")[0] == 200


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_oversize_bodies_get_413_and_the_service_stays_up(service: Service, chunked: bool) -> None:
    big = json.dumps({"text": "word " * 300_000}).encode()  # 1.5 MB, over the 1 MB limit
    status, problem = service.request("POST", "/check", big, chunked=chunked)
    assert status == 413 and "over the limit" in problem["error"]
    ok, _ = service.post("/check", {"text": "The ferry runs again."})
    assert ok == 200


def test_batch_over_the_size_limit_is_refused(service: Service) -> None:
    status, problem = service.post("/check/batch", {"articles": [{"text": "a"}] * 101})
    assert status == 413 and "a batch holds 100" in problem["error"]


def test_article_text_never_reaches_the_log(service: Service) -> None:
    service.post("/check", {"title": SECRET, "text": f"{SECRET} said the ferry runs again."})
    service.request("POST", "/check", f'{{"text": "{SECRET}'.encode())
    assert "POST /check" in service.log
    assert SECRET not in service.log


def test_refuses_to_start_on_a_bad_config(tmp_path: Path) -> None:
    (tmp_path / "newscheck.toml").write_text('select = ["QQ"]\n', encoding="utf-8")
    with pytest.raises(RuntimeError, match="configuration error"):
        Service("--config", "newscheck.toml", cwd=tmp_path, startup_seconds=60)


def test_a_check_over_the_time_limit_gets_503_and_the_service_stays_up(tmp_path: Path) -> None:
    # 0.1 s is far below what a ~60,000-word article takes with the word-misuse model, so
    # the limit is what ends this request; the abandoned check finishes on its own thread.
    (tmp_path / "newscheck.toml").write_text(f"select = {json.dumps(SELECT)}\n", encoding="utf-8")
    server = Service("--config", "newscheck.toml", "--timeout", "0.1", cwd=tmp_path)
    try:
        long_copy = "\n\n".join(_news_article(i)["text"] for i in range(30))
        status, problem = server.post("/check", {"title": SECRET, "text": long_copy})
        assert status == 503 and "over 0.1 s" in problem["error"]
        assert server.request("GET", "/health")[0] == 200
        # A short article is answered again once a thread is free (the abandoned one may
        # still hold the interpreter for a moment, so a few tries are allowed).
        deadline = time.monotonic() + 60
        status = 0
        while status != 200 and time.monotonic() < deadline:
            status, report = server.post("/check", {"text": "The ferry runs again."})
        assert status == 200 and report["checkers"]
        assert SECRET not in server.log
    finally:
        server.stop()
