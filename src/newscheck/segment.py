"""Paragraphs, sentences and word tokens with offsets, computed once per field.

Sentences come from syntok (rule-based, pure Python, offsets preserved): on GUM Wikinews it
beat pysbd and a regex baseline on abbreviations such as "U.S.", "Mr." and "No. 10" at a
fraction of pysbd's cost (docs/benchmarks.md). Checkers never re-split the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from syntok import _segmentation_states as _syntok_states
from syntok import segmenter

from newscheck.spans import Span

# syntok's lists miss titles that US news uses before names ("Gov. Gavin Newsom", "Rep.",
# "Lt. Gen."), do not end a sentence at "…", and after an initialism ("in the U.S. They
# left") split only before a known sentence starter. Extending its tables fixes these
# without touching GUM accuracy (docs/benchmarks.md); syntok is pinned below 2 for this.
# "He" stays off the starters: "Gen. He Weidong" is a Chinese name, not a new sentence.
_syntok_states.State.abbreviations = _syntok_states.State.abbreviations | frozenset(
    [
        "Gov",
        "Lt",
        "Rep",
        "Maj",
        "Sgt",
        "Cpl",
        "Pvt",
        "Cmdr",
        "Rev",
        "Atty",
        "Supt",
        "Det",
        "Insp",
        "Msgr",
        "Pres",
        "Amb",
        "Hon",
        "Ft",
        "Bros",
        "Jr",
    ]
)
_syntok_states.State.starters = _syntok_states.State.starters | frozenset(
    ["She", "They", "We", "You", "There", "But", "It"]
)
_syntok_states.State.terminals = _syntok_states.State.terminals | frozenset({"\u2026"})

# A paragraph break is a blank line, or a single newline that is not a soft wrap.
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_NEWLINE = re.compile(r"\n")
_TERMINAL = frozenset(".!?:;\"'\u201d\u2019)]")

# Word tokens: initialisms ("U.S."), then words with inner apostrophes or hyphens ("it's",
# "Jong-un"), numbers with separators ("1,029", "3.5"). Anything else that is not space is
# one punctuation token.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|\d+(?:[.,:]\d+)*(?:[^\W\d_]+)?"
    r"|[^\W_]+(?:['\u2019\-][^\W_]+)*"
    r"|[^\w\s]",
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def lower(self) -> str:
        return self.text.lower().replace("\u2019", "'")


def split_paragraphs(text: str) -> list[Span]:
    """Paragraph spans without their surrounding white space.

    Blank lines always separate paragraphs. A single newline does too (scraped copy often
    has one paragraph a line), unless it is a soft wrap: the line before ends mid-sentence
    and the next begins in lower case.
    """
    spans: list[Span] = []
    for block_start, block_end in _blocks(text, _BLANK_LINE):
        start = block_start
        for match in _NEWLINE.finditer(text, block_start, block_end):
            if _soft_wrap(text, match.start()):
                continue
            _add_trimmed(text, start, match.start(), spans)
            start = match.end()
        _add_trimmed(text, start, block_end, spans)
    return spans


def _blocks(text: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    blocks = []
    start = 0
    for match in separator.finditer(text):
        blocks.append((start, match.start()))
        start = match.end()
    blocks.append((start, len(text)))
    return blocks


def _soft_wrap(text: str, newline: int) -> bool:
    before = text[:newline].rstrip()
    after = text[newline + 1 : newline + 2]
    return bool(before) and before[-1] not in _TERMINAL and after.islower()


def _add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


# syntok keeps "£4.5bn. Wells Fargo said" together: a figure with a unit before a full stop
# and a capital ends a sentence in news copy ("$5m.", "2.4Mbps.", "40km.").
_UNIT_STOP = re.compile(r"\d[A-Za-z]{1,5}\.(?=\s+[A-Z\"\u201c\u2018])")


def split_sentences(text: str, paragraphs: list[Span]) -> list[Span]:
    """Sentence spans; a sentence never crosses a paragraph boundary."""
    sentences: list[Span] = []
    for para in paragraphs:
        chunk = text[para.start : para.end]
        for para_tokens in segmenter.analyze(chunk):
            for sentence in para_tokens:
                if not sentence:
                    continue
                first, last = sentence[0], sentence[-1]
                start = para.start + first.offset
                end = para.start + last.offset + len(last.value)
                if end > start:
                    _append(text, Span(start, end), sentences)
    return sentences


def _append(text: str, span: Span, sentences: list[Span]) -> None:
    """Add a syntok sentence, mending its two news-copy slips."""
    previous = sentences[-1] if sentences else None
    if previous is not None and text[span.start] in ".!?" and previous.end == span.start:
        # "It is done. (See below). In addition": the stop belongs to "(See below)".
        sentences[-1] = Span(previous.start, span.start + 1)
        span = Span(span.start + 1, span.end)
        while span.start < span.end and text[span.start].isspace():
            span = Span(span.start + 1, span.end)
        if span.start >= span.end:
            return
    start = span.start
    for match in _UNIT_STOP.finditer(text, span.start, span.end):
        sentences.append(Span(start, match.end()))
        start = match.end()
        while text[start].isspace():
            start += 1
    sentences.append(Span(start, span.end))


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
