"""The Python API as an editorial script uses it, with the real built-in checkers."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscheck
from newscheck import Article, Engine, Settings


def test_check_takes_a_string_as_body(clean_text: str) -> None:
    report = newscheck.check(clean_text)
    assert report.article.words > 150
    assert report.complete
    assert {c.name for c in report.checkers} >= {"readability", "language"}


def test_check_many_keeps_input_order_with_workers(clean_text: str) -> None:
    articles = [Article(id=str(i), body=clean_text[: 200 + 37 * i]) for i in range(12)]
    config = Settings(select=["RD"])
    serial = [r.article.id for r in newscheck.check_many(articles, config=config)]
    parallel = [r.article.id for r in newscheck.check_many(articles, config=config, jobs=2)]
    assert serial == parallel == [str(i) for i in range(12)]


def test_engine_is_reusable_and_reports_are_independent(clean_text: str) -> None:
    engine = Engine(Settings(select=["RD"]))
    first = engine.check(clean_text)
    engine.check("A different, much shorter article.")
    again = engine.check(clean_text)
    assert first.model_dump(exclude={"checkers"}) == again.model_dump(exclude={"checkers"})


ENGINE = Engine()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=st.text(max_size=80),
    body=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000),
)
def test_any_text_gives_a_valid_report(title: str, body: str) -> None:
    report = ENGINE.check(Article(title=title, body=body))
    for f in report.findings:
        text = title if f.field == "title" else body
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.text
    assert 0 <= report.score <= 100
    newscheck.Report.model_validate_json(report.model_dump_json())


def test_hostile_but_plausible_text_does_not_hang() -> None:
    nasty = (
        "\u201c" * 5000
        + "'" * 5000
        + ("word " * 3000)
        + "." * 5000
        + "\n" * 3000
        + "a" * 20000
        + "\U0001f600" * 2000
    )
    report = ENGINE.check(nasty)
    assert report.complete, [c.error for c in report.checkers]
