"""The shipped .pre-commit-hooks.yaml, run by the real ``pre-commit`` tool in a temporary
newsroom repository: an article that fails the gate blocks the commit; clean copy passes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

yaml = pytest.importorskip("yaml", reason="pre-commit (dev extra) is not installed")
PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(
        not Path(PRE_COMMIT).exists(), reason="pre-commit (dev extra) is not installed"
    ),
]

FAILING = (FIXTURES / "seeds" / "north-korea-missile-japan.txt").read_text("utf-8")
CLEAN = (FIXTURES / "clean" / "harbour-ferry.txt").read_text("utf-8")


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.invalid", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env={**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home")},
    )


def newsroom(tmp_path: Path, hook_repo: dict[str, object]) -> Path:
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    config = {"repos": [hook_repo]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (repo / "newscheck.toml").write_text('select = ["WM", "RD"]\n', encoding="utf-8")
    (repo / "notes.py").write_text("x = 1\n", encoding="utf-8")  # not copy: never checked
    git(repo, "add", ".")
    assert git(repo, "commit", "-q", "--no-verify", "-m", "setup").returncode == 0
    installed = subprocess.run(
        [PRE_COMMIT, "install"], cwd=repo, capture_output=True, text=True, check=False
    )
    assert installed.returncode == 0, installed.stderr
    return repo


def commit(repo: Path, name: str, text: str) -> subprocess.CompletedProcess[str]:
    (repo / "articles").mkdir(exist_ok=True)
    (repo / "articles" / name).write_text(text, encoding="utf-8")
    git(repo, "add", "articles")
    return git(repo, "commit", "-m", f"add {name}")


def shipped_hook() -> dict[str, object]:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert isinstance(hook, dict)
    return hook


def _assert_blocks_failing_and_passes_clean(repo: Path) -> None:
    blocked = commit(repo, "inversion.txt", FAILING)
    out = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, out
    assert "newscheck" in out and "Failed" in out
    assert "WM003 error" in out and "verdict FAIL" in out  # the findings are printed
    assert git(repo, "log", "--oneline").stdout.count("\n") == 1  # nothing was committed
    git(repo, "rm", "-q", "--cached", "articles/inversion.txt")
    (repo / "articles" / "inversion.txt").unlink()
    passed = commit(repo, "ferry.txt", CLEAN)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout + passed.stderr


def test_shipped_hook_as_a_system_hook_blocks_failing_copy(tmp_path: Path) -> None:
    """The shipped hook definition (entry, files, types) run against this environment's
    newscheck, so the test is quick and needs no network."""
    hook = shipped_hook()
    entry = str(hook["entry"]).replace("newscheck", f"{sys.executable} -m newscheck", 1)
    local = {**hook, "entry": entry, "language": "system"}
    repo = newsroom(tmp_path, {"repo": "local", "hooks": [local]})
    _assert_blocks_failing_and_passes_clean(repo)


def test_shipped_hook_installs_newscheck_from_the_repository(tmp_path: Path) -> None:
    """What a newsroom does: point pre-commit at the newscheck repository; pre-commit builds
    its own virtualenv and pip-installs newscheck (needs the package index)."""
    source = tmp_path / "newscheck-repo"
    source.mkdir()
    for name in ("src", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "LICENSE"):
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        elif (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    git(source, "init", "-q", "-b", "main")
    git(source, "add", ".")
    assert git(source, "commit", "-q", "-m", "release").returncode == 0
    rev = git(source, "rev-parse", "HEAD").stdout.strip()
    repo = newsroom(tmp_path, {"repo": str(source), "rev": rev, "hooks": [{"id": "newscheck"}]})
    first = commit(repo, "inversion.txt", FAILING)
    if "pip" in first.stderr + first.stdout and "Could not" in first.stdout + first.stderr:
        pytest.skip("pre-commit could not install newscheck's dependencies (no package index)")
    git(repo, "rm", "-q", "--cached", "articles/inversion.txt")
    (repo / "articles" / "inversion.txt").unlink()
    _assert_blocks_failing_and_passes_clean(repo)
