"""Headline against body (HB): the headline's figures and names must be in the story."""

from __future__ import annotations

import pytest

from newscheck.article import Article
from newscheck.checkers.headline_body import HeadlineBodyChecker
from newscheck.config import Settings
from newscheck.engine import Engine

BODY = (
    "Time Warner said on Friday that quarterly profits jumped 76% to $1.13bn (£600m), "
    "helped by higher advertising sales at its AOL unit. The company, which also owns a "
    "large stake in Google, said it expected sales to rise by about five per cent next "
    "year as more customers signed up for high-speed internet connections in Japan."
)


def findings(title: str, body: str = BODY) -> list[tuple[str, str, str]]:
    engine = Engine(Settings(), checkers={"headline_body": HeadlineBodyChecker})
    report = engine.check(Article(title=title, body=body))
    return [(f.rule, f.field, f.text) for f in report.findings]


@pytest.mark.parametrize(
    "title",
    [
        "Ad sales boost Time Warner profit",
        "Time Warner profits jump 76%",
        "TimeWarner profit up 76% to $1.1bn",  # rounds the body's figure, joins the name
        "Time Warner Expects Five Per Cent Rise In Sales",  # title case, a number word
        "Japanese customers lift Time Warner",  # demonym of a place the body names
        "US giant's profit hits $1bn",  # acronyms are not checked
    ],
)
def test_headline_supported_by_body(title: str) -> None:
    assert findings(title) == []


def test_figure_not_in_body_names_the_body_figure() -> None:
    engine = Engine(Settings(), checkers={"hb": HeadlineBodyChecker})
    (finding,) = engine.check(Article(title="Time Warner profits jump 67%", body=BODY)).findings
    assert (finding.rule, finding.field, finding.text) == ("HB001", "title", "67%")
    assert "76%" in finding.message


def test_percentage_does_not_match_a_bare_count() -> None:
    assert findings("Time Warner profits jump 9%") == [("HB001", "title", "9%")]


def test_name_not_in_body() -> None:
    assert findings("Ad sales boost Disney profit") == [("HB002", "title", "Disney")]


def test_scores_and_compounds_are_not_checked() -> None:
    assert findings("Time Warner 2-1 Google in 24-hour sales race") == []


def test_headline_taken_from_the_first_line_when_there_is_no_title() -> None:
    body = "Disney profits jump 76%\n\n" + BODY
    engine = Engine(Settings(), checkers={"hb": HeadlineBodyChecker})
    report = engine.check(Article(body=body))
    assert [(f.rule, f.field, f.text) for f in report.findings] == [("HB002", "body", "Disney")]
    assert report.checkers[0].data["headline"] == "Disney profits jump 76%"


def test_short_bodies_and_prose_openings_are_not_checked() -> None:
    assert findings("Disney profits jump 99%", body="Disney said nothing.") == []
    engine = Engine(Settings(), checkers={"hb": HeadlineBodyChecker})
    assert engine.check(Article(body=BODY + "\n\n" + BODY)).findings == []


@pytest.mark.parametrize("rule", HeadlineBodyChecker.rules, ids=lambda r: r.code)
def test_rule_example_fires_and_better_stays_quiet(rule: object) -> None:
    code = rule.code  # type: ignore[attr-defined]
    engine = Engine(Settings(select=[code]), checkers={"hb": HeadlineBodyChecker})
    assert code in [f.rule for f in engine.check(rule.example).findings]  # type: ignore[attr-defined]
    assert code not in [f.rule for f in engine.check(rule.better).findings]  # type: ignore[attr-defined]
