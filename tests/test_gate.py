"""`newscheck.gate`: the CMS script's yes/no, failing closed on incomplete reports."""

from __future__ import annotations

import pytest

from conftest import BoomChecker, WordChecker
from newscheck import Article, Engine, Settings
from newscheck.engine import error_report
from newscheck.gate import gate


def _engine(**settings: object) -> Engine:
    return Engine(Settings.model_validate(settings), checkers={"word": WordChecker})


def test_clean_report_passes_with_exit_code_zero(clean_text: str) -> None:
    result = gate(_engine().check(clean_text))
    assert result.passed and bool(result)
    assert result.exit_code == 0 and result.reasons == () and result.failed == ()


def test_failing_verdict_blocks_and_names_the_article() -> None:
    text = "alpha " * 40
    report = _engine().check(Article(id="story-1", body=text))
    assert report.verdict.value == "fail"
    result = gate(report)
    assert not result.passed and result.exit_code == 1
    assert result.reasons[0].startswith("story-1: verdict fail")


def test_fail_under_blocks_a_passing_score(clean_text: str) -> None:
    report = _engine().check(clean_text + " alpha")
    assert report.verdict.value != "fail" and report.score < 100
    assert gate(report, fail_under=report.score).passed
    result = gate(report, fail_under=report.score + 0.001)
    assert not result.passed and "is under" in result.reasons[0]


def test_incomplete_report_fails_closed_unless_allowed(clean_text: str) -> None:
    engine = Engine(Settings(), checkers={"word": WordChecker, "boom": BoomChecker})
    report = engine.check(clean_text)
    assert not report.complete
    closed = gate(report)
    assert not closed.passed and closed.exit_code == 3
    assert "incomplete: checker failed (boom)" in closed.reasons[0]
    assert gate(report, allow_incomplete=True).passed


def test_several_reports_take_the_worst_exit_code(clean_text: str) -> None:
    good = _engine().check(clean_text)
    unread = error_report(None, "story.txt is empty", path="story.txt")
    result = gate([good, unread])
    assert not result.passed and result.exit_code == 2
    assert result.failed == (unread,)
    assert result.reasons == ("story.txt: not checked: story.txt is empty",)


def test_bad_threshold_is_a_programming_error(clean_text: str) -> None:
    with pytest.raises(ValueError, match="fail_under"):
        gate(_engine().check(clean_text), fail_under=101)


def test_gate_is_exported() -> None:
    import newscheck

    assert newscheck.gate is gate
