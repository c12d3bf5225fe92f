"""The command line as a reviewer and a pre-publish hook use it, run in a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES

CLEAN = FIXTURES / "clean" / "harbour-ferry.txt"


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "newscheck", *args],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=cwd,
        check=False,
        timeout=120,
    )


def test_clean_article_passes_with_text_output() -> None:
    result = run("check", "--select", "RD,NC", str(CLEAN))
    out = result.stdout.decode()
    assert result.returncode == 0, out + result.stderr.decode()
    assert "verdict PASS" in out


def test_json_report_follows_the_contract() -> None:
    result = run("check", "--format", "json", "--select", "RD", str(CLEAN))
    report = json.loads(result.stdout)
    assert report["schema_version"] == 1
    assert set(report) >= {
        "newscheck_version",
        "article",
        "score",
        "verdict",
        "complete",
        "checkers",
        "findings",
    }
    assert report["article"]["path"] == str(CLEAN)
    assert report["article"]["title"].startswith("Harbour ferry")
    (readability,) = report["checkers"]
    assert readability["name"] == "readability" and readability["status"] == "ok"
    assert set(readability) >= {"name", "status", "score", "metrics", "data", "error", "ms"}


def test_jsonl_corpus_gives_one_report_per_line_in_order_despite_a_broken_line(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "title": "First", "text": "The first story was short."}),
        "{not json",
        json.dumps({"id": "c", "title": "Third", "text": "The third story was short too."}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("check", "--format", "jsonl", "--select", "RD", str(corpus))
    reports = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["article"]["id"] for r in reports] == ["a", None, "c"]
    assert reports[1]["error"] and "2" in reports[1]["error"]
    assert reports[0]["complete"] and reports[2]["complete"]
    assert result.returncode == 2  # an input error outranks everything else


def test_json_for_several_articles_is_a_list(tmp_path: Path) -> None:
    result = run("check", "--format", "json", "--select", "RD", str(CLEAN), str(CLEAN))
    reports = json.loads(result.stdout)
    assert isinstance(reports, list) and len(reports) == 2


def test_stdin_is_read_with_a_dash() -> None:
    result = run("check", "--format", "json", "--select", "RD", "-", stdin=CLEAN.read_bytes())
    assert json.loads(result.stdout)["article"]["words"] > 100


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00" * 50, "binary"),
        (b"caf\xe9 au lait is a drink people like", "UTF-8"),
    ],
)
def test_bad_input_is_a_clear_message_and_exit_2(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("check", str(path))
    assert result.returncode == 2
    combined = (result.stdout + result.stderr).decode()
    assert message in combined
    assert "Traceback" not in combined


def test_missing_file_is_exit_2_without_traceback(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


def test_fail_under_gates_on_score(tmp_path: Path) -> None:
    long_sentence = (
        "The council said on Monday that the new bridge, which has been delayed for more "
        "than three years by a dispute over its design and by the rising cost of steel, "
        "would finally open to traffic in the spring after engineers had completed the "
        "last of their safety checks on the structure."
    )
    path = tmp_path / "story.txt"
    path.write_text(CLEAN.read_text(encoding="utf-8") + "\n" + long_sentence, encoding="utf-8")
    report = json.loads(run("check", "--format", "json", "--select", "RD001", str(path)).stdout)
    assert report["verdict"] != "fail" and 50 < report["score"] < 99
    assert run("check", "--select", "RD001", "--fail-under", "99", str(path)).returncode == 1
    assert run("check", "--select", "RD001", "--fail-under", "50", str(path)).returncode == 0


def test_config_error_is_exit_2_and_names_the_key(tmp_path: Path) -> None:
    (tmp_path / "newscheck.toml").write_text("thresholdz = 3\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("A short story.", encoding="utf-8")
    result = run("check", str(story))
    assert result.returncode == 2
    assert b"thresholdz" in result.stderr


def test_unknown_select_code_is_a_usage_error() -> None:
    result = run("check", "--select", "QQ9", str(CLEAN))
    assert result.returncode == 2
    assert b"QQ9" in result.stderr


def test_rules_rule_and_schema_commands() -> None:
    listed = run("rules").stdout.decode()
    assert "RD001" in listed and "NC001" in listed
    doc = run("rule", "RD001").stdout.decode()
    for heading in (
        "## What it flags",
        "## Why it matters in news copy",
        "## Example",
        "## Better",
    ):
        assert heading in doc
    assert run("rule", "ZZ999").returncode == 2
    schema = json.loads(run("schema").stdout)
    assert "findings" in schema["properties"]


def test_markdown_output_has_the_verdict() -> None:
    out = run("check", "--format", "markdown", "--select", "RD", str(CLEAN)).stdout.decode()
    assert "**Verdict: PASS**" in out
