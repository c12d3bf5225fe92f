"""Loaded language (LL): judgements in the reporter's voice, never a source's."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscheck.article import Article
from newscheck.checkers.loaded_language import LoadedLanguageChecker
from newscheck.config import Settings
from newscheck.engine import Engine


def findings(body: str, title: str = "", variety: str = "en-GB") -> list[tuple[str, str, int]]:
    engine = Engine(Settings(variety=variety), checkers={"loaded_language": LoadedLanguageChecker})
    report = engine.check(Article(title=title, body=body))
    return [(f.rule, f.text, f.start) for f in report.findings]


def test_judgement_in_the_reporters_voice() -> None:
    body = "The council closed the library in a cowardly move that ignored residents."
    assert findings(body) == [("LL001", "cowardly", body.index("cowardly"))]


def test_united_states_is_not_an_attribution_cue() -> None:
    body = (
        "The attack has led the United States to convene a meeting on the regime's cowardly "
        "latest moves."
    )
    assert [f[1] for f in findings(body)] == ["cowardly"]


@pytest.mark.parametrize(
    "body",
    [
        'The mayor said: "It was a cowardly attack on our city."',
        "Campaigners called the decision cowardly and vowed to fight on.",
        "The minister described the vandalism as disgraceful.",
        "According to the union, the pay offer was ludicrous.",
        "Anti-hunt groups such as the League Against Cruel Sports sent monitors.",
        "Critics say the plan is shocking.",
    ],
)
def test_quoted_or_attributed_judgements_are_left_alone(body: str) -> None:
    assert findings(body) == []


def test_loaded_verb_of_saying_with_suggestion_in_the_variety() -> None:
    body = "Opposition leaders slammed the budget, saying it did nothing for renters."
    engine = Engine(Settings(variety="en-US"), checkers={"ll": LoadedLanguageChecker})
    (finding,) = engine.check(body).findings
    assert (finding.rule, finding.text, finding.suggestions) == ("LL002", "slammed", ["criticized"])
    assert findings(body)[0][:2] == ("LL002", "slammed")


@pytest.mark.parametrize(
    "body",
    [
        "The car slammed into a wall on the ring road.",
        "Lampard slammed the ball past the keeper in the 80th minute.",
        "He blasted the ball home from 20 yards.",
        "A dog savaged a child in the park on Sunday.",
        "Ireland are chasing a first Grand Slam since 1948.",
        "She slammed the door shut behind her.",
    ],
)
def test_literal_uses_of_loaded_verbs_stay_quiet(body: str) -> None:
    assert findings(body) == []


def test_headline_is_checked_too() -> None:
    assert findings("Ministers met on Monday.", title="Minister slams cowardly rivals") == [
        ("LL002", "slams", 9),
        ("LL001", "cowardly", 15),
    ]


def test_page_chrome_is_not_read() -> None:
    body = "Ministers met on Monday to discuss the budget.\n\nRelated Articles\n\nA shocking result"
    assert findings(body) == []


@pytest.mark.parametrize("rule", LoadedLanguageChecker.rules, ids=lambda r: r.code)
def test_rule_example_fires_and_better_stays_quiet(rule: object) -> None:
    code = rule.code  # type: ignore[attr-defined]
    engine = Engine(Settings(select=[code]), checkers={"ll": LoadedLanguageChecker})
    assert code in [f.rule for f in engine.check(rule.example).findings]  # type: ignore[attr-defined]
    assert code not in [f.rule for f in engine.check(rule.better).findings]  # type: ignore[attr-defined]


SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_2cd0710fec47b77c.txt"


@pytest.mark.skipif(not SEED.is_file(), reason="shared seeds absent")
def test_seed_judgement_is_found() -> None:
    from newscheck.loaders import load_article

    engine = Engine(Settings(), checkers={"ll": LoadedLanguageChecker})
    assert [(f.rule, f.text) for f in engine.check(load_article(SEED)).findings] == [
        ("LL001", "cowardly")
    ]
