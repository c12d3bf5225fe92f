from __future__ import annotations

import pytest

from conftest import BoomChecker, OtherWordChecker, WordChecker
from newscheck.article import Article
from newscheck.config import ConfigError, Settings
from newscheck.engine import Engine
from newscheck.models import Status, Verdict


def engine(**settings: object) -> Engine:
    return Engine(Settings.model_validate(settings), checkers={"word": WordChecker})


def test_finding_has_offsets_line_column_and_text() -> None:
    body = "First line.\nThe alpha test \U0001f600 and alpha again."
    report = engine().check(Article(title="An alpha title", body=body))
    spans = [(f.field, f.start, f.end, f.line, f.column) for f in report.findings]
    assert spans == [
        ("title", 3, 8, 1, 4),
        ("body", 16, 21, 2, 5),
        ("body", 33, 38, 2, 22),  # the emoji is one code point, as in Python
    ]
    for f in report.findings:
        text = "An alpha title" if f.field == "title" else body
        assert text[f.start : f.end] == f.text == "alpha"


def test_findings_inside_quotes_are_left_to_the_checker() -> None:
    report = engine().check('She said "alpha is fine" yesterday.')
    assert report.findings == []


def test_select_and_ignore_by_prefix_and_code() -> None:
    text = "alpha"
    assert engine(select=["ZZ"]).check(text).findings
    assert not engine(ignore=["ZZ"]).check(text).findings
    assert engine(select=["ZZ001"], ignore=["ZZ"]).check(text).findings  # longer prefix wins
    assert not engine(select=["ZZ"], ignore=["ZZ001"]).check(text).findings


def test_checker_with_no_selected_rule_does_not_run() -> None:
    eng = Engine(Settings(select=["ZZ"]), checkers={"word": WordChecker, "boom": BoomChecker})
    assert eng.checker_names == ["word"]


def test_severity_override_and_unknown_codes_are_config_errors() -> None:
    report = engine(severity={"ZZ001": "error"}).check("alpha")
    assert report.findings[0].severity.value == "error"
    with pytest.raises(ConfigError, match="ZZ999"):
        engine(severity={"ZZ999": "error"})
    with pytest.raises(ConfigError, match="'QQ'"):
        engine(select=["QQ"])
    with pytest.raises(ConfigError, match="nosuch"):
        engine(checkers={"nosuch": {}})
    with pytest.raises(ConfigError, match=r"checkers\.word: 'wrod'"):
        engine(checkers={"word": {"wrod": "x"}})


def test_checker_options_reach_the_checker() -> None:
    report = engine(checkers={"word": {"word": "gamma"}}).check("alpha gamma")
    assert [f.text for f in report.findings] == ["gamma"]


def test_failing_checker_is_an_error_result_and_others_still_run() -> None:
    eng = Engine(Settings(), checkers={"word": WordChecker, "boom": BoomChecker})
    report = eng.check("alpha " * 50)
    by_name = {c.name: c for c in report.checkers}
    assert by_name["boom"].status is Status.ERROR
    assert "model file missing" in (by_name["boom"].error or "")
    assert by_name["boom"].score is None
    assert by_name["word"].status is Status.OK
    assert report.findings
    assert report.complete is False
    assert report.verdict is not Verdict.PASS


def test_merge_keeps_one_finding_and_records_the_other() -> None:
    eng = Engine(
        Settings(merge_priority=["ZZ", "YY"]),
        checkers={"word": WordChecker, "other": OtherWordChecker},
    )
    report = eng.check("one alpha here")
    assert [f.rule for f in report.findings] == ["ZZ001"]
    assert [m.rule for m in report.findings[0].merged] == ["YY001"]
    flipped = Engine(
        Settings(merge_priority=["YY", "ZZ"]),
        checkers={"word": WordChecker, "other": OtherWordChecker},
    ).check("one alpha here")
    assert [f.rule for f in flipped.findings] == ["YY001"]


def test_fingerprints_survive_unrelated_edits() -> None:
    base = "Opening paragraph.\n\nThe alpha result was announced.\n\nClosing line."
    edited = "A new first paragraph.\n\nOpening paragraph.\n\nThe alpha result was announced."
    a = engine().check(base).findings[0].fingerprint
    b = engine().check(edited).findings[0].fingerprint
    assert a == b
    moved = engine().check("The alpha outcome was announced.").findings[0].fingerprint
    assert moved != a


def test_repeated_identical_findings_get_distinct_fingerprints() -> None:
    prints = [f.fingerprint for f in engine().check("alpha. alpha. alpha.").findings]
    assert len(set(prints)) == 3


def test_oversized_article_gives_an_error_report_not_a_hang() -> None:
    report = engine(max_article_chars=1000).check("word " * 1000)
    assert report.error is not None and "max_article_chars" in report.error
    assert report.complete is False


def test_english_only_checker_is_skipped_for_other_languages() -> None:
    class EnglishWord(WordChecker):
        english_only = True

    french = (
        "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les "
        "agriculteurs touchés par la sécheresse, a déclaré le ministre devant les députés."
    )
    report = Engine(Settings(), checkers={"word": EnglishWord}).check(french)
    assert report.checkers[0].status is Status.SKIPPED
    assert report.complete is True
    assert report.verdict is Verdict.WARN  # nothing was checked: never a clean pass


def test_findings_of_unselected_rules_are_dropped_not_errors() -> None:
    report = engine(select=["ZZ002"]).check("alpha")  # WordChecker raises ZZ001 only
    assert report.complete
    assert report.findings == []
