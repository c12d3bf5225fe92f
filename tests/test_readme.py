"""The README's commands are what CI runs: keep them in step."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_readme_opens_with_run_and_test_commands() -> None:
    run, test = _commands()[:2]
    assert "newscheck check fixtures/" in run
    fixture = run.split("newscheck check ")[1].split()[0]
    assert (ROOT / fixture).is_file()
    assert "pytest" in test


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test = _commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()
