"""Properties of the score that docs/scoring.md promises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import BoomChecker, WordChecker
from newscheck.config import Settings
from newscheck.engine import Engine

ENGINE = Engine(Settings(), checkers={"word": WordChecker})


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(["alpha", "gamma", "delta", "the", "news"]), min_size=20, max_size=400)
)
def test_adding_an_error_lowers_the_score(words: list[str]) -> None:
    text = " ".join(words)
    before = ENGINE.check(text).score
    after = ENGINE.check(text + " alpha").score
    assert after < before or before <= 1  # bounded below: nothing left to lose


def test_article_pasted_twice_scores_within_two_points(clean_text: str) -> None:
    text = clean_text.replace("council", "alpha")
    once = ENGINE.check(text).score
    twice = ENGINE.check(text + "\n\n" + text).score
    assert abs(once - twice) <= 2


def test_long_clean_article_does_not_fail_for_its_length(clean_text: str) -> None:
    long_text = "\n\n".join([clean_text] * 20)
    assert ENGINE.check(long_text).score == 100


def test_one_error_in_a_short_piece_still_counts() -> None:
    assert ENGINE.check("A short brief with one alpha in it.").score < 90


def test_errored_checker_is_not_counted_as_clean() -> None:
    eng = Engine(Settings(), checkers={"word": WordChecker, "boom": BoomChecker})
    report = eng.check("alpha " * 5)
    boom = next(c for c in report.checkers if c.name == "boom")
    assert boom.score is None
    assert report.complete is False
    assert report.verdict.value != "pass"


def test_thresholds_set_the_verdict() -> None:
    strict = Engine(
        Settings.model_validate({"thresholds": {"pass": 99.5, "warn": 99}}),
        checkers={"word": WordChecker},
    )
    assert strict.check("A short brief with one alpha in it.").verdict.value == "fail"
    assert strict.check("A short brief with nothing in it.").verdict.value == "pass"
