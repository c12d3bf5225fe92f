from __future__ import annotations

from newscheck.quotes import find_quotes
from newscheck.segment import split_paragraphs


def quotes(text: str) -> list[str]:
    return [text[q.span.start : q.span.end] for q in find_quotes(text, split_paragraphs(text))]


def test_straight_and_curly_double_quotes() -> None:
    text = 'He said "we will win" and then \u201cwe will not stop\u201d before leaving.'
    assert quotes(text) == ['"we will win"', "\u201cwe will not stop\u201d"]


def test_apostrophes_are_not_quotes() -> None:
    text = "It\u2019s the players' union and the nation's pride, she didn't say."
    assert quotes(text) == []


def test_british_single_quotes() -> None:
    text = "The minister called it \u2018a disgrace\u2019 and said 'never again' on Monday."
    assert quotes(text) == ["\u2018a disgrace\u2019", "'never again'"]


def test_single_quote_inside_double_is_part_of_it() -> None:
    text = "\"They called it 'a farce', and we agreed,\" he said."
    assert quotes(text) == ["\"They called it 'a farce', and we agreed,\""]


def test_quote_running_across_paragraphs() -> None:
    text = (
        "\u201cThe first paragraph of the quote.\n\n"
        "\u201cThe second paragraph ends it.\u201d\n\nReporter prose."
    )
    (only,) = find_quotes(text, split_paragraphs(text))
    assert text[only.span.start : only.span.end].endswith("ends it.\u201d")
    assert only.closed


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "\"An unclosed quote runs on\n\nBut this paragraph is the reporter's own words."
    (only,) = find_quotes(text, split_paragraphs(text))
    assert not only.closed
    assert only.span.end == text.index("\n")


def test_offsets_after_astral_characters() -> None:
    text = "Fans \U0001f389\U0001f1ec\U0001f1e7 cheered: \u201cwhat a night\u201d."
    (only,) = find_quotes(text, split_paragraphs(text))
    assert text[only.inner.start : only.inner.end] == "what a night"


def test_a_spaced_closing_mark_ends_the_quotation() -> None:
    # Archive copy often has a space before the closing mark; the words after it are the
    # writer's again and must not be hidden as quoted.
    text = 'He wrote: "I was a rusty pilot who had not flown for years... " Hailey recalled later.'
    assert quotes(text) == ['"I was a rusty pilot who had not flown for years... "']


def test_doubled_apostrophes_mark_a_quotation() -> None:
    # Archive copy (the NYT's among it) writes double quotes as two apostrophes.
    text = "''We will not back down,'' the senator's aide said on Tuesday."
    assert quotes(text) == ["''We will not back down,''"]
