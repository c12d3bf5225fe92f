"""--format sarif and --format github: findings land on the article file's own lines, and
fingerprints let code scanning follow a finding across edits."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from newscheck import Article
from newscheck.formats.github import render_github
from newscheck.formats.sarif import FINGERPRINT_KEY
from newscheck.models import ArticleInfo, Finding, Report, Severity, Verdict

SLIP = "The United States reaffirmed it's commitment to Japan and South Korea."
TXT = f"Allies reassured\n\nNorth Korea fired a missile on Tuesday.\n\n{SLIP}\n"
MD = f"---\ntitle: Allies reassured\nauthor: A. Writer\n---\n\nIntro line.\n\n{SLIP}\n"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newscheck", "check", "--select", "WM", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
        timeout=300,
    )


def sarif(tmp_path: Path, *names: str) -> dict[str, object]:
    result = run("--format", "sarif", *names, cwd=tmp_path)
    assert result.returncode in (0, 1, 2), result.stderr
    log: dict[str, object] = json.loads(result.stdout)
    return log


def _results(log: dict[str, object]) -> list[dict[str, object]]:
    (run_,) = log["runs"]  # type: ignore[misc]
    results: list[dict[str, object]] = run_["results"]
    return results


def _spanned(tmp_path: Path, result: dict[str, object]) -> tuple[str, int]:
    """The file's text under a result's region, and the region's line."""
    location = result["locations"][0]["physicalLocation"]  # type: ignore[index]
    region = location["region"]
    lines = (tmp_path / location["artifactLocation"]["uri"]).read_text("utf-8").split("\n")
    line = lines[region["startLine"] - 1]
    return line[region["startColumn"] - 1 : region["endColumn"] - 1], region["startLine"]


def test_sarif_points_at_the_words_on_the_file_lines_for_txt_and_md(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(TXT, encoding="utf-8")
    (tmp_path / "story.md").write_text(MD, encoding="utf-8")
    log = sarif(tmp_path, "story.txt", "story.md")
    assert log["version"] == "2.1.0"
    results = _results(log)
    by_file = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in results}  # type: ignore[index]
    assert set(by_file) == {"story.txt", "story.md"}
    assert _spanned(tmp_path, by_file["story.txt"]) == ("it's", 5)
    assert _spanned(tmp_path, by_file["story.md"]) == ("it's", 8)
    for r in results:
        assert r["ruleId"] == "WM001" and r["level"] == "error"
        assert "lineRelativeTo" not in r["properties"]  # type: ignore[operator]
    rules = log["runs"][0]["tool"]["driver"]["rules"]  # type: ignore[index]
    assert rules[by_file["story.txt"]["ruleIndex"]]["id"] == "WM001"


def test_sarif_fingerprint_is_the_reports_and_survives_edits_above(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TXT, encoding="utf-8")
    before = _results(sarif(tmp_path, "story.txt"))[0]
    report = json.loads(run("--format", "json", "story.txt", cwd=tmp_path).stdout)
    fingerprint = before["partialFingerprints"][FINGERPRINT_KEY]  # type: ignore[index]
    assert fingerprint == report["findings"][0]["fingerprint"]
    story.write_text(TXT.replace("\n\nNorth", "\n\nA new first paragraph.\n\nNorth"), "utf-8")
    after = _results(sarif(tmp_path, "story.txt"))[0]
    assert _spanned(tmp_path, after) == ("it's", 7)
    assert after["partialFingerprints"] == before["partialFingerprints"]


def test_sarif_reports_unreadable_files_as_failed_execution(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("\n", encoding="utf-8")
    result = run("--format", "sarif", "empty.txt", cwd=tmp_path)
    assert result.returncode == 2
    invocation = json.loads(result.stdout)["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "empty" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_json_article_keeps_field_relative_lines_and_says_so(tmp_path: Path) -> None:
    record = {"title": "Allies", "text": f"Intro.\n\n{SLIP}"}
    (tmp_path / "story.json").write_text(json.dumps(record), encoding="utf-8")
    (result,) = _results(sarif(tmp_path, "story.json"))
    assert result["properties"]["lineRelativeTo"] == "body field"  # type: ignore[index]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 3  # type: ignore[index]


ANNOTATION = re.compile(
    r"^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endColumn=(\d+),"
    r"title=([^:]+)::(.+)$"
)


def test_github_annotations_name_file_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(TXT, encoding="utf-8")
    result = run("--format", "github", "story.txt", cwd=tmp_path)
    assert result.returncode == 1  # an error finding fails the gate
    (line,) = result.stdout.splitlines()
    match = ANNOTATION.match(line)
    assert match, line
    level, file, row, col, end, title, message = match.groups()
    assert (level, file, title) == ("error", "story.txt", "WM001 confusable-word")
    text = TXT.split("\n")[int(row) - 1]
    assert text[int(col) - 1 : int(end) - 1] == "it's"
    assert "Suggestion: its." in message


def test_github_escapes_newlines_so_a_message_cannot_inject_a_command() -> None:
    finding = Finding(
        rule="ZZ001",
        name="test-word",
        checker="word",
        field="body",
        start=0,
        end=5,
        line=1,
        column=1,
        text="alpha",
        message="100% bad\n::error::injected",
        severity=Severity.INFO,
        confidence=1.0,
    )
    report = Report(
        newscheck_version="0",
        article=ArticleInfo(path="a,b:c.txt", words=1),
        score=50,
        verdict=Verdict.WARN,
        complete=True,
        checkers=[],
        findings=[finding],
    )
    out = render_github([(Article(body="alpha"), report)])
    assert out.count("\n") == 1
    assert out.startswith("::notice file=a%2Cb%3Ac.txt,line=1,col=1,endColumn=6,")
    assert "100%25 bad%0A::error::injected" in out
