"""Name consistency (NM): one spelling, full name first, one title; family members apart."""

from __future__ import annotations

import pytest

from newscheck.checkers.name_consistency import NameConsistencyChecker
from newscheck.config import Settings
from newscheck.engine import Engine


def findings(body: str) -> list[tuple[str, str]]:
    engine = Engine(Settings(), checkers={"name_consistency": NameConsistencyChecker})
    return [(f.rule, f.text) for f in engine.check(body).findings]


def test_stray_spelling_against_a_repeated_one() -> None:
    body = (
        "White House spokeswoman Adrienne Watson said sanctions would follow. Watson added "
        "that talks were possible. Later, Watsen said the door was open."
    )
    assert findings(body) == [("NM001", "Watsen")]


def test_shared_given_name_ties_two_spellings_of_one_surname() -> None:
    body = (
        "Prime Minister Fumio Kishida arrived in Seoul. Officials said Fumio Kishda would "
        "meet business leaders."
    )
    assert findings(body) == [("NM001", "Kishda")]


def test_transposed_letters_count_as_one_edit() -> None:
    body = "Rosneft bought the unit. Analysts said Rosneft paid too much, and Ronseft denied it."
    assert findings(body) == [("NM001", "Ronseft")]


def test_spacing_variant_of_one_name() -> None:
    body = "TimeWarner reported profits. TimeWarner shares rose, and Time Warner said more."
    assert findings(body) == [("NM001", "Time Warner")]


@pytest.mark.parametrize(
    "body",
    [
        # family members and namesakes share surnames or near spellings
        "Venus Williams beat her sister Serena Williams. Williams said it was hard.",
        "David Walliams and Robbie Williams presented the award. Williams thanked fans.",
        "Arjen Robben scored twice. Arjan de Zeeuw and Arjan Jones defended.",
        # different places, demonyms, plurals
        "Germany's economy shrank, German exporters said, and Germans spent less.",
        "Bolton beat Boston, and Bolton now face Chelsea.",
        "The Baftas were held in London, and the Bafta winners celebrated in London.",
        # a given name against a surname
        "Gerard Houllier praised Steven Gerrard. Gerrard scored and Houllier smiled.",
        # ordinary words with capitals
        "The Games began. Bill Gates and Melinda Gates attended the Games.",
    ],
)
def test_different_names_stay_quiet(body: str) -> None:
    assert findings(body) == []


def test_surname_before_full_name() -> None:
    body = (
        "Mr Harlow said the plant would close in June.\n\n"
        "Company chairman David Harlow told staff that 300 jobs would go."
    )
    assert findings(body) == [("NM002", "Harlow")]


def test_peers_and_shared_surnames_are_not_early_surnames() -> None:
    body = (
        "Lord Goldsmith gave his advice on Monday. Attorney General Peter Goldsmith said "
        "later that it was sound."
    )
    assert findings(body) == []


def test_title_changes_within_the_story() -> None:
    body = (
        "Prime Minister Fumio Kishida arrived in Seoul on Monday. President Kishida is "
        "expected to meet business leaders."
    )
    assert findings(body) == [("NM003", "President Kishida")]


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Fumio Kishida arrived on Monday. Mr Kishida met business leaders.",
        "Senator Barack Obama was elected in 2008. President Obama took office in January.",
        "Former President George Bush spoke. Governor George Bush had said the same.",
        "Mr John Smith and his wife, Mrs Smith, arrived. Mr Smith spoke first.",
    ],
)
def test_legitimate_title_changes_stay_quiet(body: str) -> None:
    assert findings(body) == []


@pytest.mark.parametrize("rule", NameConsistencyChecker.rules, ids=lambda r: r.code)
def test_rule_example_fires_and_better_stays_quiet(rule: object) -> None:
    code = rule.code  # type: ignore[attr-defined]
    engine = Engine(Settings(select=[code]), checkers={"nm": NameConsistencyChecker})
    assert code in [f.rule for f in engine.check(rule.example).findings]  # type: ignore[attr-defined]
    assert code not in [f.rule for f in engine.check(rule.better).findings]  # type: ignore[attr-defined]
