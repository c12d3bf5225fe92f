"""Inline suppression directives, configured exceptions and NC002, through the engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import BoomChecker, WordChecker
from newscheck.article import Article
from newscheck.checker import Checker
from newscheck.checkers.suppression import SuppressionChecker
from newscheck.config import ConfigError, Settings
from newscheck.directives import carve, directive_spans, parse_codes
from newscheck.engine import Engine
from newscheck.loaders import load_article
from newscheck.spans import Span

CHECKERS: dict[str, type[Checker]] = {"word": WordChecker, "suppression": SuppressionChecker}  # type: ignore[dict-item]
WORD = {"word": {"word": "affect"}}

STORY = """The council said the closure would affect traffic on the ring road for six months.

[newscheck: ignore ZZ001]
Engineers said the works would affect bus routes too, but only at weekends.

Shop owners fear the roadworks will affect trade in the run-up to Christmas."""


def _engine(**settings: object) -> Engine:
    return Engine(Settings.model_validate({"checkers": WORD, **settings}), checkers=CHECKERS)


def test_a_directive_suppresses_only_the_next_paragraph_and_is_counted() -> None:
    report = _engine().check(STORY)
    flagged = [f.context.split()[:2] for f in report.findings if f.rule == "ZZ001"]
    assert flagged == [["The", "council"], ["Shop", "owners"]]
    assert report.suppressed == 1
    assert report.suppressed_by_rule == {"ZZ001": 1}
    assert not report.by_rule("NC002")


def test_scores_count_only_what_remains() -> None:
    without = _engine().check(STORY.replace("[newscheck: ignore ZZ001]\n", ""))
    assert _engine().check(STORY).score > without.score


def test_the_directive_line_itself_is_not_read_by_other_checkers() -> None:
    engine = Engine(Settings(checkers={"word": {"word": "newscheck"}}), checkers=CHECKERS)
    report = engine.check(STORY)
    assert not report.by_rule("ZZ001")


def test_a_bare_directive_covers_every_rule_and_a_prefix_covers_its_rules() -> None:
    for directive in ("[newscheck: ignore]", "<!-- newscheck: ignore ZZ -->"):
        text = STORY.replace("[newscheck: ignore ZZ001]", directive)
        assert _engine().check(text).suppressed == 1, directive


def test_a_directive_that_suppresses_nothing_is_nc002_on_the_directive() -> None:
    text = STORY.replace("would affect bus routes", "would change bus routes")
    report = _engine().check(text)
    (unused,) = report.by_rule("NC002")
    assert unused.text == "[newscheck: ignore ZZ001]"
    assert "ignore ZZ001" in unused.message
    assert report.suppressed == 0


def test_a_misspelt_code_is_unused_rather_than_widened_to_every_rule() -> None:
    text = STORY.replace("ignore ZZ001", "ignore ZZ0O1")
    report = _engine().check(text)
    assert len(report.by_rule("ZZ001")) == 3
    assert len(report.by_rule("NC002")) == 1


def test_no_nc002_when_the_named_rules_did_not_run() -> None:
    text = STORY.replace("would affect bus routes", "would change bus routes")
    deselected = _engine(select=["NC"]).check(text)
    assert not deselected.by_rule("NC002")
    with_boom: dict[str, type[Checker]] = {**CHECKERS, "boom": BoomChecker}  # type: ignore[dict-item]
    failed = Engine(Settings(), checkers=with_boom)
    assert not failed.check(STORY.replace("ZZ001", "XX001")).by_rule("NC002")


def test_configured_exceptions_drop_matching_text_case_insensitively() -> None:
    report = _engine(exceptions={"ZZ001": ["AFFECT"]}).check(
        STORY.replace("[newscheck: ignore ZZ001]\n", "")
    )
    assert not report.findings
    assert report.suppressed_by_rule == {"ZZ001": 3}


def test_exceptions_for_an_unknown_rule_are_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="exceptions: no rule matches 'QQ001'"):
        _engine(exceptions={"QQ001": ["x"]})


def test_markdown_comment_directive_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "# Roadworks\n\n"
        + STORY.replace("[newscheck: ignore ZZ001]", "<!-- newscheck: ignore ZZ001 -->"),
        encoding="utf-8",
    )
    report = _engine().check(load_article(path))
    assert report.suppressed == 1 and len(report.by_rule("ZZ001")) == 2


def test_html_directive_is_mapped_to_the_extracted_paragraph(tmp_path: Path) -> None:
    paragraphs = STORY.replace("[newscheck: ignore ZZ001]\n", "").split("\n\n")
    body = (
        f"<p>{paragraphs[0]}</p>\n<!-- newscheck: ignore ZZ001 -->\n"
        f"<p>{paragraphs[1]}</p>\n<p>{paragraphs[2]}</p>"
    )
    page = (
        "<html><head><title>Roadworks</title></head><body><article><h1>Roadworks</h1>"
        f"{body}</article></body></html>"
    )
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    article = load_article(path)
    (suppression,) = article.suppressions
    governed = article.body[suppression.start : suppression.end]
    assert governed.startswith("Engineers said")
    report = _engine().check(article)
    assert report.suppressed == 1 and len(report.by_rule("ZZ001")) == 2


def test_an_html_directive_that_suppresses_nothing_is_anchored_on_its_paragraph() -> None:
    article = Article(
        body="Engineers said the works would change bus routes at weekends.\n\nMore later.",
        suppressions=(
            {"codes": ("ZZ001",), "start": 0, "end": 61, "anchor_start": 0, "anchor_end": 9},  # type: ignore[arg-type]
        ),
    )
    (unused,) = _engine().check(article).by_rule("NC002")
    assert unused.text == "Engineers"


def test_parse_codes_and_carving() -> None:
    assert parse_codes(" wm001, rd  HS") == ("WM001", "RD", "HS")
    text = "<!-- newscheck: ignore -->\nBus routes change.\n"
    (hole,) = directive_spans(text)
    assert carve(text, [Span(0, len(text) - 1)], [hole]) == [Span(hole.end + 1, len(text) - 1)]
