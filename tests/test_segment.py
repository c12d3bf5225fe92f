from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from newscheck.segment import split_paragraphs, split_sentences, tokenize


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, split_paragraphs(text))]


def test_news_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Mr. Smith met U.S. officials at No. 10 on Tuesday. "
        "They flew on Sept. 24 to Seoul. It rained."
    )
    assert sentences(text) == [
        "Mr. Smith met U.S. officials at No. 10 on Tuesday.",
        "They flew on Sept. 24 to Seoul.",
        "It rained.",
    ]


def test_paragraphs_blank_lines_and_single_newlines() -> None:
    text = "Title line\n\nFirst para.\nSecond para.\n\n\n  Third para.  "
    paras = [text[p.start : p.end] for p in split_paragraphs(text)]
    assert paras == ["Title line", "First para.", "Second para.", "Third para."]


def test_soft_wrapped_lines_stay_one_paragraph() -> None:
    text = "The council said the\nrepair would take a\nmonth.\nNext paragraph."
    paras = [text[p.start : p.end] for p in split_paragraphs(text)]
    assert paras == ["The council said the\nrepair would take a\nmonth.", "Next paragraph."]


def test_sentence_never_crosses_paragraphs() -> None:
    text = "A heading without a stop\nThe story begins here. It ends here."
    assert sentences(text)[0] == "A heading without a stop"


def test_tokens_keep_apostrophes_hyphens_and_initialisms() -> None:
    words = [t.text for t in tokenize("It\u2019s Kim Jong-un, the U.S. and 1,029 people.")]
    assert words == [
        "It\u2019s",
        "Kim",
        "Jong-un",
        ",",
        "the",
        "U.S.",
        "and",
        "1,029",
        "people",
        ".",
    ]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_spans_are_in_bounds_and_ordered(text: str) -> None:
    paras = split_paragraphs(text)
    sents = split_sentences(text, paras)
    for spans in (paras, sents):
        for a, b in itertools.pairwise(spans):
            assert a.end <= b.start
        for s in spans:
            assert 0 <= s.start < s.end <= len(text)
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text


def test_figure_with_unit_ends_a_sentence() -> None:
    text = "Profits rose to \u00a34.5bn. Wells Fargo said it was pleased."
    assert sentences(text) == ["Profits rose to \u00a34.5bn.", "Wells Fargo said it was pleased."]


def test_stop_after_a_parenthesis_stays_with_it() -> None:
    text = "It is done. (See below). In addition, more."
    assert sentences(text) == ["It is done.", "(See below).", "In addition, more."]
