"""word_misuse: real words used wrongly (WM001 confusable, WM002 improbable, WM003 referent)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pocketsphinx")

from newscheck.analysis import Document
from newscheck.article import Article
from newscheck.checker import CheckContext, CheckerSetup, RawFinding
from newscheck.checkers.word_misuse import WordMisuseChecker, WordMisuseOptions
from newscheck.checkers.word_misuse.candidates import edit_cost, is_inflection, related
from newscheck.checkers.word_misuse.lexicon import Lexicon, read_sets
from newscheck.checkers.word_misuse.referents import Referents

ZESCH = (
    Path(__file__).resolve().parents[2]
    / "shared/data/lexicons/zesch_rwse_checker/rwse_checker/data/en_sets_ci.txt"
)


@lru_cache(maxsize=1)
def default_checker() -> WordMisuseChecker:
    """Built once: the model and tables load once per process anyway."""
    return WordMisuseChecker(CheckerSetup(options={}))


def run(body: str, title: str = "", **options: Any) -> list[RawFinding]:
    check = WordMisuseChecker(CheckerSetup(options=options)) if options else default_checker()
    ctx = CheckContext(checker="word_misuse", rules={r.code: r for r in check.rules})
    check.check(Document(Article(title=title, body=body)), ctx)
    return ctx.findings


def flagged(findings: list[RawFinding]) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.rule.code, f.field.text[f.start : f.end], f.suggestions) for f in findings]


# -- the rules document themselves ----------------------------------------------------------


@pytest.mark.parametrize("rule", WordMisuseChecker.rules, ids=lambda r: r.code)
def test_rule_example_fires_and_better_is_quiet(rule: Any) -> None:
    assert rule.code in {f.rule.code for f in run(rule.example)}
    assert rule.code not in {f.rule.code for f in run(rule.better)}


def test_options_reject_unknown_keys() -> None:
    with pytest.raises(ValueError, match="check_quote"):
        WordMisuseOptions.model_validate({"check_quote": True})


# -- WM001: curated confusion sets -----------------------------------------------------------


@pytest.mark.parametrize("apostrophe", ["\u2019", "'"])
def test_its_for_possessive_with_either_apostrophe(apostrophe: str) -> None:
    body = f"The United States reaffirmed it{apostrophe}s commitment to Japan and South Korea."
    found = flagged(run(body))
    assert found == [("WM001", f"it{apostrophe}s", ("its",))]


def test_confusable_message_gives_both_meanings() -> None:
    (finding,) = run("The United States reaffirmed it\u2019s commitment to Japan.")
    assert "short for" in finding.message and "belonging to it" in finding.message
    assert finding.confidence >= 0.8


@pytest.mark.parametrize(
    "body",
    [
        "The United States reaffirmed its commitment to Japan and South Korea.",
        "Tokyo expelled a Russian consul on Monday in retaliation.",
        "The city council will meet on Monday to discuss the budget.",
        "He said the effect on the economy would be small.",
        "Shares rose sharply after the announcement.",
        "The government will raise taxes next year.",
        "It's a good time to buy, he said.",
    ],
)
def test_correct_confusables_stay_quiet(body: str) -> None:
    assert run(body) == []


def test_zesch_sets_load_from_extra_file(tmp_path: Path) -> None:
    if not ZESCH.is_file():
        pytest.skip("shared Zesch list not present")
    toml = tmp_path / "zesch.toml"
    with toml.open("w") as out:
        for line in ZESCH.read_text().split():
            members = ", ".join(f'"{w}"' for w in line.split(",") if w)
            out.write(f"[[sets]]\nwords = [{members}]\n\n")
    sets = read_sets(toml)
    assert len(sets) >= 50
    lexicon = Lexicon.load([toml], defaults=False)
    assert "it's" in lexicon.alternatives("its")
    found = flagged(run("The firm reaffirmed it's commitment to Japan.", extra_sets=[str(toml)]))
    assert ("WM001", "it's", ("its",)) in found


def test_a_plain_comma_separated_list_of_sets_loads(tmp_path: Path) -> None:
    # Published confusion-set lists come one set a line; a newsroom can pass one as it is.
    listing = tmp_path / "house_sets.txt"
    listing.write_text("# house list\ndiscus,discuss\n\nreign, rein,rain\n", "utf-8")
    lexicon = Lexicon.load([listing], defaults=False)
    assert [s.words for s in lexicon.sets] == [("discus", "discuss"), ("reign", "rein", "rain")]
    body = "Ministers will meet to discus the budget on Monday."
    assert run(body) == []  # no shipped set holds discus/discuss
    assert flagged(run(body, extra_sets=[str(listing)])) == [("WM001", "discus", ("discuss",))]
    assert run("She won gold in the discus at the championships.", extra_sets=[str(listing)]) == []
    # Only the newsroom's own list: the shipped its/it's set no longer speaks.
    own = {"extra_sets": [str(listing)], "default_sets": False}
    assert run("The firm reaffirmed it's commitment to Japan.", **own) == []
    assert flagged(run(body, **own)) == [("WM001", "discus", ("discuss",))]


def test_lexicon_tolerates_missing_files_and_respects_case(tmp_path: Path) -> None:
    toml = tmp_path / "places.toml"
    toml.write_text(
        '[[sets]]\nwords = ["Austria", "Australia"]\n'
        'gloss.Austria = "a central European country"\ngloss.Australia = "a country"\n'
    )
    lexicon = Lexicon.load([toml], defaults=False)
    assert lexicon.alternatives("Austria", names_only=True) != {}
    assert lexicon.alternatives("austria") == {}  # a name matches only when capitalised
    assert len(Lexicon.load([], defaults=False)) == 0


@pytest.mark.parametrize(
    ("body", "written", "meant"),
    [
        ("Lane has all ready left the production, the theatre said on Monday.", "all ready",
         "already"),
        ("A part from the central bank, no lender agreed to the new rules.", "A part", "Apart"),
        ("Crime was once an every day occurrence on the estate, residents said.", "every day",
         "everyday"),
    ],
)
def test_two_word_members_are_judged_like_single_words(body: str, written: str, meant: str) -> None:
    found = flagged(run(body))
    assert [(code, text) for code, text, _ in found] == [("WM001", written)]
    assert meant in found[0][2]


@pytest.mark.parametrize(
    "body",
    [
        "The troops were all ready for the attack, officers said.",
        "He said the firm may be forced to sell its stake in the airline.",
        "The ferry runs every day of the week during the summer.",
        "Apart from the bank, no lender agreed to the new rules.",
        "She said it was a part of the deal that nobody had expected.",
    ],
)
def test_two_word_members_used_rightly_stay_quiet(body: str) -> None:
    assert run(body) == []


def test_a_newsroom_adds_a_two_word_set_by_data_alone(tmp_path: Path) -> None:
    toml = tmp_path / "house.toml"
    toml.write_text(
        '[[sets]]\nwords = ["into", "in to"]\n'
        'gloss.into = "moving inside"\ngloss."in to" = "in, then to"\n',
        encoding="utf-8",
    )
    found = flagged(run("The minister walked in to the room and sat down.", extra_sets=[str(toml)]))
    assert ("WM001", "in to", ("into",)) in found


# -- WM002: open vocabulary ------------------------------------------------------------------


def test_inversion_found_without_any_list() -> None:
    """The seed's error must come from the statistical channel alone."""
    lexicon = Lexicon.load()
    assert not any("inversion" in s.words for s in lexicon.without(["inversion"]).sets)
    body = (
        "Russia's inversion of Ukraine has driven up energy prices across Europe, and the "
        "invasion has split the European Union."
    )
    found = flagged(run(body, disable_sets=["inversion", "invasion"]))
    hits = [f for f in found if f[1] == "inversion"]
    assert hits and hits[0][0] == "WM002"
    assert {"invasion", "incursion"} & set(hits[0][2])


def test_debut_for_depot() -> None:
    found = flagged(run("The striker made his depot for the club on Saturday."))
    assert ("WM002", "depot", ("debut",)) in found


@pytest.mark.parametrize(
    "body",
    [
        "The bus depot in the north of the city will close next year.",
        "Engineers found a defect in the wing of the aircraft.",
        "Brexit and covid dominated the news in Westminster.",  # unknown words are never errors
        "The fund manager said the firm would list its shares in London.",
    ],
)
def test_open_vocabulary_quiet_on_correct_copy(body: str) -> None:
    assert run(body) == []


def test_capitalised_words_mid_sentence_are_names() -> None:
    body = "Russia's Inversion of Ukraine has driven up energy prices across Europe."
    assert not [f for f in run(body) if f.rule.code == "WM002"]


def test_inflections_and_spellings_are_not_slips() -> None:
    assert is_inflection("profit", "profits") and is_inflection("grow", "grew")
    assert related("defence", "defense") and related("totalling", "totaling")
    assert not related("depot", "debut") and not related("inversion", "invasion")
    assert edit_cost("invasion", "inversion") < edit_cost("inversion", "conversion") + 1


# -- guards ----------------------------------------------------------------------------------


def test_quotations_are_left_alone_by_default() -> None:
    body = 'The minister said: "The United States reaffirmed it\u2019s commitment to Japan."'
    assert run(body) == []
    opted_in = run(body, check_quotes=True)
    assert [f.rule.code for f in opted_in] == ["WM001"]


def test_urls_and_emails_are_not_prose() -> None:
    body = "Read more at www.example.com/it's-commitment or write to its.commitment@example.com."
    assert run(body) == []


def test_offsets_exact_after_astral_characters() -> None:
    body = "\U0001f680\U0001f1ef\U0001f1f5 The US reaffirmed it\u2019s commitment to Japan."
    (finding,) = run(body)
    assert body[finding.start : finding.end] == "it\u2019s"
    assert finding.start == body.index("it\u2019s")


def test_min_confidence_suppresses_weak_findings() -> None:
    body = "The United States reaffirmed it\u2019s commitment to Japan."
    assert run(body, min_confidence=0.99) == []


def test_severity_follows_confidence() -> None:
    (finding,) = run("The United States reaffirmed it\u2019s commitment to Japan.")
    assert finding.severity.value == ("error" if finding.confidence >= 0.8 else "warning")


# -- WM003: referents ------------------------------------------------------------------------


def test_northerner_for_north_korea() -> None:
    body = (
        "North Korea fired a missile over Japan. The UN will discuss the Northerner\u2019s "
        "latest moves, the seventh since 1998 when the Northerner conducted a test."
    )
    found = flagged(run(body))
    assert ("WM003", "the Northerner\u2019s", ("North Korea\u2019s",)) in found
    assert ("WM003", "the Northerner", ("North Korea",)) in found


def test_article_before_a_bare_country_name() -> None:
    found = flagged(run("This latest provocation by the North Korea has alarmed Tokyo."))
    assert ("WM003", "the North Korea", ("North Korea",)) in found


@pytest.mark.parametrize(
    "body",
    [
        "Troops massed on the Northern border of the country.",
        "The Northern Alliance entered Kabul in 2001.",
        "The North Korea talks resumed in Beijing.",
        "Euronext combines the Paris, Amsterdam and Lisbon stock exchanges.",
        "The United Kingdom and the US signed the deal.",
    ],
)
def test_referents_quiet_on_correct_copy(body: str) -> None:
    assert [f for f in run(body) if f.rule.code == "WM003"] == []


def test_referents_table_loads() -> None:
    referents = Referents.load()
    if not referents.places:
        pytest.skip("referents.toml not present")
    assert any(p.name == "North Korea" for p in referents.places)


# -- the seed article that started the project ---------------------------------------------

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_every_named_seed_error_is_found() -> None:
    seed = SEEDS / "000_2cd0710fec47b77c.txt"
    if not seed.is_file():
        pytest.skip("shared seeds not present")
    body = seed.read_text(encoding="utf-8")
    found = flagged(run(body, disable_sets=["inversion", "invasion"]))
    assert any(
        rule == "WM002" and text == "inversion" and "invasion" in sugg
        for rule, text, sugg in found
    )
    assert ("WM001", "it\u2019s", ("its",)) in found
    assert ("WM003", "the Northerner", ("North Korea",)) in found
    assert ("WM003", "the Northerner\u2019s", ("North Korea\u2019s",)) in found


REPEATED_SLIP = (
    "Russian troops crossed the border at dawn on Thursday, and the inversion of Ukraine began "
    "with missile strikes on airfields and military bases across the country.\n\n"
    "Western leaders condemned the inversion and promised new sanctions against Moscow within "
    "days.\n\n"
    "Officials in Kyiv said the inversion had forced thousands of families to flee towards the "
    "Polish border, where aid groups set up tents.\n\n"
    "Nato said it would send more troops to its eastern members after the invasion, but ruled "
    "out sending soldiers into Ukraine itself."
)


def test_a_repeated_slip_is_flagged_at_every_use() -> None:
    from newscheck import Engine, Settings

    report = Engine(Settings(select=["WM002"])).check(REPEATED_SLIP)
    flagged = [(f.text, f.suggestions[0]) for f in report.findings]
    assert flagged == [("inversion", "invasion")] * 3


def test_a_word_used_rightly_is_not_flagged_for_being_repeated() -> None:
    from newscheck import Engine, Settings

    text = (
        "A temperature inversion trapped smog over the city for a third day on Tuesday, and "
        "officials told residents with asthma to stay indoors.\n\n"
        "Forecasters said the inversion would lift once a cold front arrived from the west on "
        "Thursday, bringing rain and stronger winds."
    )
    assert Engine(Settings(select=["WM002"])).check(text).findings == []
