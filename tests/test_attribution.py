"""The attribution checker (SA): extraction shapes with exact spans, findings, quiet cases.

Sentences marked "GUM" are from Wikinews articles in the GUM corpus (fixtures/clean, texts
CC BY 2.5, Wikinews; see fixtures/clean/ATTRIBUTION.md); the others were written for these
tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import FIXTURES
from newscheck.analysis import Document
from newscheck.article import Article
from newscheck.checker import CheckContext, CheckerSetup
from newscheck.checkers.attribution import AttributionChecker, AttributionOptions
from newscheck.checkers.attribution.rules import RULES
from newscheck.config import Settings
from newscheck.engine import Engine
from newscheck.models import Report

CHECKERS: dict[str, Any] = {"attribution": AttributionChecker}
ENGINE = Engine(Settings(select=["SA"]), checkers=CHECKERS)


def check(body: str, title: str = "", **options: object) -> CheckContext:
    checker = AttributionChecker(CheckerSetup(options=options))
    ctx = CheckContext(checker="attribution", rules={r.code: r for r in RULES})
    checker.check(Document(Article(title=title, body=body)), ctx)
    return ctx


def attributions(body: str) -> list[dict[str, Any]]:
    return list(check(body).data["attributions"])


def spans(body: str, item: dict[str, Any], key: str) -> str:
    span = item[key]
    assert span is not None, f"no {key} in {item}"
    return body[span[0] : span[1]]


def codes(body: str, title: str = "") -> list[str]:
    return [f.rule for f in ENGINE.check(Article(title=title, body=body)).findings]


def report(body: str) -> Report:
    return ENGINE.check(Article(body=body))


# -- rule documentation ------------------------------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_example_fires_and_better_stays_quiet(rule: Any) -> None:
    engine = Engine(Settings(select=[rule.code]), checkers=CHECKERS)
    assert rule.code in [f.rule for f in engine.check(rule.example).findings]
    assert rule.code not in [f.rule for f in engine.check(rule.better).findings]


def test_checker_metadata() -> None:
    assert AttributionChecker.name == "attribution"
    assert AttributionChecker.weight == 1.0
    assert AttributionChecker.english_only is True
    assert [r.code for r in RULES] == [f"SA00{i}" for i in range(1, 7)]


# -- direct quotations -------------------------------------------------------------------


def test_quote_then_pronoun_resolves_to_the_named_speaker() -> None:
    body = (
        "Transport minister Jane Porter opened the bridge on Monday.\n\n"
        '"This crossing will change the town," she said.'
    )
    (item,) = [a for a in attributions(body) if a["kind"] == "direct"]
    assert spans(body, item, "content") == '"This crossing will change the town,"'
    assert spans(body, item, "speaker") == "she"
    assert spans(body, item, "cue") == "said"
    assert item["speaker_text"] == "Jane Porter"


def test_quote_then_inverted_verb_and_title() -> None:
    body = '"We expect delays for a week," said chief executive Tom Reilly.'
    (item,) = attributions(body)
    assert spans(body, item, "speaker") == "chief executive Tom Reilly"
    assert item["speaker_text"] == "Tom Reilly"
    assert item["kind"] == "direct"


def test_speaker_and_colon_before_a_curly_quote() -> None:
    body = "Mr Reilly told reporters: \u201cThe line will reopen on Friday.\u201d"
    (item,) = attributions(body)
    assert spans(body, item, "content") == "\u201cThe line will reopen on Friday.\u201d"
    assert spans(body, item, "speaker") == "Mr Reilly"
    assert spans(body, item, "cue") == "told"


def test_gum_speaker_with_appositive_before_a_quote() -> None:
    # GUM, "At least 107 killed in Mecca crane collapse" (Wikinews, CC BY 2.5).
    body = (
        "Civil Defense Authority director General Suleiman al-Amr, in remarks to "
        'al-Ikhbariya television, said "All those who were wounded and the dead have been '
        'taken to hospital. There are no casualties left at the location."'
    )
    (item,) = attributions(body)
    assert item["speaker_text"] == "Suleiman al-Amr"
    assert spans(body, item, "cue") == "said"


def test_gum_speaker_with_appositive_after_a_quote() -> None:
    # GUM, "At least 107 killed in Mecca crane collapse" (Wikinews, CC BY 2.5).
    body = (
        '"Had it happened an hour later it would have been much worse," said Khaled '
        "Al-Maeena, editor at large at the Saudi Gazette."
    )
    (item,) = attributions(body)
    assert spans(body, item, "speaker").startswith("Khaled Al-Maeena")
    assert item["speaker_text"] == "Khaled Al-Maeena"


def test_quote_running_across_paragraphs_and_a_continuation() -> None:
    body = (
        '"We have waited ten years for this road.\n\n'
        '"Now the work starts," said Maria Lopez, who chairs the residents\' group.\n\n'
        '"Nobody here believed it would happen."'
    )
    items = [a for a in attributions(body) if a["kind"] == "direct"]
    assert [a["speaker_text"] for a in items] == ["Maria Lopez", "Maria Lopez"]
    assert spans(body, items[0], "content").startswith('"We have waited')
    assert spans(body, items[0], "content").endswith('"Now the work starts,"')


def test_a_quote_with_no_speaker_anywhere_near_it_is_sa001() -> None:
    body = (
        "The council approved the new parking charges on Tuesday.\n\n"
        '"This is the worst deal the town has signed in a decade and residents will pay '
        'for it."\n\n'
        "The charges take effect in April."
    )
    ctx = check(body)
    (finding,) = [f for f in ctx.findings if f.rule.code == "SA001"]
    assert body[finding.start : finding.end].startswith('"This is the worst deal')
    (item,) = ctx.data["attributions"]
    assert item["speaker"] is None and item["cue"] is None
    assert ctx.metrics["quotes_unattributed"] == 1.0


def test_scare_quotes_titles_and_headline_quotes_stay_quiet() -> None:
    body = (
        "The US defended its 'friends' in the region, and the film \"Gone With The Wind\" "
        'was shown again. Officials called the launch "a clear violation" of the rules.'
    )
    assert "SA001" not in codes(body, title='"We will not back down", says minister')


def test_a_pronoun_speaker_nobody_named_can_be_is_sa001() -> None:
    body = (
        "The talks resumed, White House spokeswoman Adrienne Watson said in a statement. "
        '"The door is not closed," Watson said.\n\n'
        'He also said that the country was becoming increasingly "desperate".'
    )
    ctx = check(body)
    (finding,) = [f for f in ctx.findings if f.rule.code == "SA001"]
    assert body[finding.start : finding.end] == "He"


def test_a_pronoun_after_a_compatible_name_is_resolved_not_flagged() -> None:
    body = (
        "Club manager Sam Ortiz spoke after the match. He said the referee had been "
        '"outstanding".'
    )
    ctx = check(body)
    assert not [f for f in ctx.findings if f.rule.code == "SA001"]
    assert {a["speaker_text"] for a in ctx.data["attributions"]} == {"Sam Ortiz"}


# -- reported speech ---------------------------------------------------------------------


def test_said_that_with_content_span() -> None:
    body = "The mayor said that the market would reopen in May."
    (item,) = attributions(body)
    assert item["kind"] == "indirect"
    assert spans(body, item, "content") == "the market would reopen in May"
    assert spans(body, item, "speaker") == "The mayor"
    assert spans(body, item, "cue") == "said"


def test_told_an_outlet_and_argued() -> None:
    body = (
        "Ms Chen told Reuters the deal was close. Opposition leader Raj Patel argued that "
        "the terms were too generous."
    )
    first, second = attributions(body)
    assert spans(body, first, "speaker") == "Ms Chen"
    assert spans(body, first, "content") == "the deal was close"
    assert second["speaker_text"] == "Raj Patel"
    assert spans(body, second, "content") == "the terms were too generous"


def test_postposed_speaker_after_the_content() -> None:
    body = "The cuts will cost 300 jobs, the union said on Friday."
    (item,) = attributions(body)
    assert spans(body, item, "content") == "The cuts will cost 300 jobs"
    assert spans(body, item, "speaker") == "the union"


def test_according_to_before_and_after() -> None:
    body = (
        "According to the coastguard, two boats sank overnight. The harbour will stay "
        "closed until Monday, according to port officials."
    )
    first, second = attributions(body)
    assert spans(body, first, "content") == "two boats sank overnight"
    assert spans(body, first, "cue") == "According to"
    assert spans(body, second, "content") == "The harbour will stay closed until Monday"
    assert spans(body, second, "speaker") == "port officials"


# -- vague, anonymous, outlets, allegations, weasels --------------------------------------


def test_vague_sources_are_sa002_but_qualified_groups_are_not() -> None:
    assert "SA002" in codes("Experts say the plan will fail within a year.")
    assert "SA002" in codes("Sources said the minister would resign on Friday.")
    assert "SA002" not in codes("Analysts at Barclays said the shares were undervalued.")
    assert "SA002" not in codes("The firm's finance director, Ann Lee, said sales rose.")


def test_vague_severity_follows_how_much_the_article_leans_on_it() -> None:
    lean = check("According to experts, the sanctions are not working at all.")
    (finding,) = [f for f in lean.findings if f.rule.code == "SA002"]
    assert finding.severity.value == "warning"
    sourced = check(
        "Finance minister Ana Ruiz said the sanctions were working. Central bank governor "
        "Tom Berg said exports had fallen. But according to experts, the sanctions are not "
        "working at all."
    )
    (finding,) = [f for f in sourced.findings if f.rule.code == "SA002"]
    assert finding.severity.value == "info"


def test_reportedly_hides_a_source() -> None:
    body = "The striker reportedly asked to leave the club."
    ctx = check(body)
    (finding,) = [f for f in ctx.findings if f.rule.code == "SA002"]
    assert body[finding.start : finding.end] == "reportedly"


def test_allegations_need_an_owner() -> None:
    assert "SA003" in codes("Millions of dollars were allegedly stolen by the group in 2021.")
    assert "SA003" in codes("The mayor was accused of taking bribes.")
    assert "SA003" not in codes("Police said the man allegedly stole a car in March.")
    assert "SA003" not in codes("He is accused of fraud and will stand trial in June.")


def test_outlet_in_the_lede_and_credit_line_are_sa004() -> None:
    body = (
        "The government will raise fuel duty next year. Bloomberg reports it.\n\n"
        "The rise would be the first in a decade.\n\n"
        "Source: KRT"
    )
    findings = [f for f in check(body).findings if f.rule.code == "SA004"]
    assert sorted(body[f.start : f.end] for f in findings) == ["Bloomberg", "KRT"]


def test_only_anonymous_sources_is_sa005() -> None:
    body = (
        "The bridge will close for six months from January while its cables are replaced, "
        "officials said on Monday.\n\n"
        "Sources said the work could cost more than expected, and residents fear the closure "
        "will hurt shops in the town centre during the busiest months of the year."
    )
    ctx = check(body)
    (finding,) = [f for f in ctx.findings if f.rule.code == "SA005"]
    assert (finding.start, finding.end) == (0, body.index("\n\n"))


def test_weasel_wording_levels_and_quotes() -> None:
    assert "SA006" in codes("It is widely believed that the mayor will resign.")
    assert "SA006" in codes("Many people think the mayor will resign.")
    assert "SA006" not in codes('"It is widely believed that he will resign," Ms Lee said.')
    plain = "Some shops closed early."
    assert not [f for f in check(plain, weasel_level=1).findings if f.rule.code == "SA006"]
    assert [f for f in check(plain, weasel_level=3).findings if f.rule.code == "SA006"]
    assert not check("It is widely believed.", weasel_level=0).findings


@pytest.mark.parametrize(
    ("hit", "near_miss"),
    [
        # an agentless passive of believing, without "to"
        ("The trawler was believed lost with all six crew until a lifeboat found it.",
         "The witness was believed by the jury, the judge said later."),
        ("It could be argued that the council acted too late to save the pier.",
         "It could be repaired within a week, the council's engineers said."),
        # "considered" with its verdict after it
        ("The bypass is considered a priority for the county's roads budget.",
         "The bid will be considered at Tuesday's meeting of the planning committee."),
        ("The chef is well known in the town for his pies.",
         "The chef, a well-known face in the town, opened a second shop."),
        ("The resort is renowned for its seafood.",
         "The resort, known as the Lanes, is busy all year."),
        ("The film was praised by critics on its release.",
         "The film was praised by the festival jury on its release."),
        # quantifiers standing in for a place or a count
        ("In many towns, buses no longer run after 8pm.",
         "In 40 towns, buses no longer run after 8pm."),
        # hedges
        ("The vote will most likely be held in May.",
         "The vote will be held in May, the returning officer said."),
        ("Prices are generally higher in the capital.",
         "Prices rose 3% in the capital last year."),
    ],
)
def test_weasel_wording_hits_and_near_misses(hit: str, near_miss: str) -> None:
    assert "SA006" in codes(hit)
    assert "SA006" not in codes(near_miss)


@pytest.mark.parametrize(
    "quiet",
    [
        "Some 600 schools have signed up for the mock election.",  # a figure, not a stand-in
        "So many tickets were sold that a second date was added.",  # degree, not a count
        "Most recently, the band toured Japan.",  # a superlative, not "most people"
        "Nobody could possibly have foreseen the flood.",  # emphasis, not a hedge
    ],
)
def test_quantifiers_and_hedges_that_are_not_weasels(quiet: str) -> None:
    assert "SA006" not in codes(quiet)


def test_options_are_validated() -> None:
    assert AttributionOptions().weasel_level == 2
    with pytest.raises(ValueError):
        AttributionOptions.model_validate({"weasel_level": 4})
    with pytest.raises(ValueError):
        AttributionOptions.model_validate({"weasel_levels": 1})


# -- data and metrics --------------------------------------------------------------------


def test_data_shape_and_sources() -> None:
    body = (
        '"We are ready," said Mayor Ann Lee. Police said the road was closed. Experts say '
        "the storm will pass. Reuters reported that two people were hurt."
    )
    ctx = check(body)
    for item in ctx.data["attributions"]:
        assert set(item) == {"field", "content", "speaker", "cue", "kind", "speaker_text"}
        assert item["field"] in {"title", "body"}
        assert item["kind"] in {"direct", "indirect"}
        assert len(item["content"]) == 2
    sources = {s["speaker"]: s for s in ctx.data["sources"]}
    assert sources["Ann Lee"]["naming"] == "full_name"
    assert sources["Ann Lee"]["quotes"] == 1
    assert sources["police"]["naming"] == "organisation"
    assert sources["experts"]["naming"] == "anonymous" and sources["experts"]["vague"]
    assert sources["Reuters"]["outlet"]
    metrics = ctx.metrics
    assert metrics["sources_named"] == 2.0
    assert metrics["sources_vague"] == 1.0
    assert metrics["sources_outlet"] == 1.0
    assert metrics["sources_distinct"] == 4.0
    assert metrics["quoted_named_share"] == 1.0


def test_report_through_the_engine_is_json_clean() -> None:
    result = report("Experts say the storm will pass, the agency said.")
    (checker,) = result.checkers
    assert checker.name == "attribution" and checker.status.value == "ok"
    assert result.model_dump_json()


# -- real copy -----------------------------------------------------------------------------


def test_seed_article_findings() -> None:
    body = (FIXTURES / "seeds" / "north-korea-sanctions.txt").read_text(encoding="utf-8")
    found = {(f.rule, f.text) for f in report(body).findings}
    assert ("SA002", "according to experts") in found
    assert ("SA003", "allegedly") in found
    assert ("SA004", "Bloomberg") in found
    assert ("SA004", "BNR") in found


@pytest.mark.parametrize(
    "name", ["harbour-ferry.txt", "gum_korea.txt", "gum_crane.txt", "gum_homeopathic.txt"]
)
def test_clean_copy_raises_no_warnings(name: str) -> None:
    body = (FIXTURES / "clean" / name).read_text(encoding="utf-8")
    warnings = [f for f in report(body).findings if f.severity.value != "info"]
    assert warnings == []
