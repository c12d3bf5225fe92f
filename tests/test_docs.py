"""Docs that are generated from code must be current, and rule examples must hold."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from newscheck.config import Settings
from newscheck.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
assert _spec and _spec.loader
gen_docs = importlib.util.module_from_spec(_spec)
sys.modules["gen_docs"] = gen_docs
_spec.loader.exec_module(gen_docs)

BUILTIN = gen_docs._builtins()
RULES = Engine(Settings(), checkers=BUILTIN).rules


def test_generated_docs_are_current() -> None:
    stale = [
        str(path.relative_to(ROOT))
        for path, text in gen_docs.rendered().items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]
    assert not stale, f"run `python scripts/gen_docs.py`; stale: {stale}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_example_fires_and_better_stays_quiet(rule: object) -> None:
    code = rule.code  # type: ignore[attr-defined]
    engine = Engine(Settings(select=[code]), checkers=BUILTIN)
    fired = [f.rule for f in engine.check(rule.example).findings]  # type: ignore[attr-defined]
    assert code in fired, f"{code} did not fire on its own example"
    quiet = [f.rule for f in engine.check(rule.better).findings]  # type: ignore[attr-defined]
    assert code not in quiet, f"{code} fired on its 'better' text"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_codes_and_names_follow_the_convention(rule: object) -> None:
    assert re.fullmatch(r"(WM|PG|SA|RD|GR|NC|PC|LL|NM|HB|HS)\d{3}", rule.code)  # type: ignore[attr-defined]
