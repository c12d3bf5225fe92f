"""The plugin path: real packages installed with pip, discovered through entry points."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PLUGINS = Path(__file__).parent / "plugins"


def _install(name: str, target: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(PLUGINS / name),
        ],
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    pytest.importorskip("hatchling")
    _install("example", target)
    _install("broken", target)
    return target


def _run(args: list[str], plugin_path: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(plugin_path)}
    return subprocess.run(
        [sys.executable, "-m", "newscheck", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )


def test_installed_plugin_findings_appear_in_the_report(plugin_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("The mayor said the new bridge was COMPLETELY safe.\n", encoding="utf-8")
    result = _run(
        ["check", "--format", "json", "--select", "EX", str(article)], plugin_path, tmp_path
    )
    report = json.loads(result.stdout)
    assert [(f["rule"], f["text"], f["checker"]) for f in report["findings"]] == [
        ("EX001", "COMPLETELY", "shouting")
    ]


def test_plugin_that_fails_to_import_is_reported_by_name(plugin_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("The mayor said the bridge was safe.\n", encoding="utf-8")
    result = _run(
        ["check", "--format", "json", "--select", "EX", str(article)], plugin_path, tmp_path
    )
    report = json.loads(result.stdout)
    broken = [c for c in report["checkers"] if c["name"] == "broken"]
    assert broken and broken[0]["status"] == "error"
    assert "newscheck-broken-plugin" in broken[0]["error"]
    assert "a_dependency_that_is_not_installed" in broken[0]["error"]
    assert report["complete"] is False
    assert result.returncode == 3


def test_plugin_rules_are_listed_and_documented(plugin_path: Path, tmp_path: Path) -> None:
    listed = _run(["rules"], plugin_path, tmp_path)
    assert "EX001  shouting-word" in listed.stdout
    doc = _run(["rule", "EX001"], plugin_path, tmp_path)
    assert "## Why it matters in news copy" in doc.stdout
