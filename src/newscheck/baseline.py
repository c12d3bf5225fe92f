"""``--baseline FILE``: accept the findings copy already has, and report only new ones.

The way linters adopt a baseline on a legacy codebase: the first run records each article's
finding fingerprints (stable across unrelated edits, see `newscheck.fingerprint`); later runs
drop findings listed for that article, count them as ``baselined`` and score what is left.
Articles are keyed by id, else path. The file is JSON:
``{"version": 1, "fingerprints": {"story-17": ["a1b2...", ...]}}``.
"""

from __future__ import annotations

import json
from pathlib import Path

from newscheck.article import Article
from newscheck.engine import Engine
from newscheck.models import Report

BASELINE_VERSION = 1


class BaselineError(ValueError):
    """A baseline file that cannot be used; the message names it."""


def article_key(article: Article) -> str:
    return article.id or article.path or "-"


def read_baseline(path: Path) -> dict[str, frozenset[str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
    prints = data.get("fingerprints") if isinstance(data, dict) else None
    if (
        not isinstance(data, dict)
        or data.get("version") != BASELINE_VERSION
        or not isinstance(prints, dict)
        or not all(isinstance(v, list) for v in prints.values())
    ):
        raise BaselineError(
            f"{path}: not a newscheck baseline (expected version {BASELINE_VERSION} and a "
            "'fingerprints' object of lists)"
        )
    return {str(key): frozenset(map(str, values)) for key, values in prints.items()}


def write_baseline(path: Path, fingerprints: dict[str, list[str]]) -> None:
    data = {"version": BASELINE_VERSION, "fingerprints": fingerprints}
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


class BaselineRun:
    """One run with a baseline: filters by an existing file, or records a new one."""

    def __init__(self, path: Path, *, update: bool = False) -> None:
        self.path = path
        self.known = None if update or not path.exists() else read_baseline(path)
        self.recorded: dict[str, list[str]] = {}

    @property
    def recording(self) -> bool:
        return self.known is None

    def check(self, engine: Engine, article: Article) -> Report:
        key = article_key(article)
        if self.known is not None:
            return engine.check(article, baseline=self.known.get(key, frozenset()))
        report = engine.check(article)
        self.recorded.setdefault(key, []).extend(f.fingerprint for f in report.findings)
        return report

    def finish(self) -> str | None:
        """Write the file when recording; the line to tell the user, or None."""
        if not self.recording:
            return None
        write_baseline(self.path, {k: sorted(v) for k, v in self.recorded.items()})
        total = sum(len(v) for v in self.recorded.values())
        return (
            f"newscheck: wrote baseline {self.path} with {total} finding(s) of "
            f"{len(self.recorded)} article(s); later runs with --baseline report only new ones"
        )
