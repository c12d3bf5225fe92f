"""Reported speech: every reporting verb the quotation pass left, and "according to X".

"X said (that) …", "X told Reuters …", "…, X said.", "…, said X.", "according to X, …",
"in the words of X", "As Politico reported, …", "was first reported by X", and "X reports
it." with the sentence before as content.
"""

from __future__ import annotations

from newscheck.checkers.attribution.draft import Draft
from newscheck.checkers.attribution.lexicon import ADDRESSEE, SAY
from newscheck.checkers.attribution.phrases import (
    Phrase,
    fallback_subject,
    speaker_after,
    subject_before,
)
from newscheck.checkers.attribution.reported_content import LEAD_PP, content_start
from newscheck.checkers.attribution.speakers import Speaker
from newscheck.segment import Token
from newscheck.spans import Span

_SHORT_TAIL = 14
_OBJECT_PRONOUNS = frozenset({"it", "this", "so", "that"})


def reported_speech(d: Draft) -> None:
    """Attribute the content of every unused cue outside quotation marks."""
    toks = d.toks
    for i, tok in enumerate(toks):
        if i in d.used or d.view.in_quote(i):
            continue
        if tok.lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
            _according(d, i)
        elif _in_the_words_of(toks, i):
            _according(d, i, width=4)
        elif d.is_cue(i):
            _reported(d, i)


def _in_the_words_of(toks: list[Token], i: int) -> bool:
    return (
        i + 3 < len(toks)
        and toks[i].lower == "in"
        and toks[i + 1].lower == "the"
        and toks[i + 2].lower == "words"
        and toks[i + 3].lower == "of"
    )


def _according(d: Draft, i: int, width: int = 2) -> None:
    """"according to X, …" and "…, according to X"; "in the words of X" alike."""
    view = d.view
    toks = d.toks
    phrase = speaker_after(view, i + width - 1, d.lex)
    speaker = d.speaker(phrase)
    if phrase is not None and speaker is None and d.plausible_unknown(phrase):
        speaker = d.unknown_speaker(phrase)
    if phrase is None or speaker is None:
        return
    first, last = view.sentence_range(i)
    cue = Span(toks[i].start, toks[i + width - 1].end)
    before = [j for j in range(first, i) if toks[j].is_word]
    opening = len(before) <= 2 and all(
        toks[j].lower in {"but", "and", "however", "yet", "so", "also"} for j in before
    )
    start = phrase.last
    if phrase.appositive and phrase.appositive[1] < last and (
        toks[phrase.appositive[1]].text == ","
    ):
        start = phrase.appositive[1]  # "according to Jo Lee, a professor at X, the …"
    after = [j for j in range(start, last) if toks[j].is_word]
    quoted_after = start < last and toks[start].text == "," and start + 1 < last and (
        view.in_quote(start + 1)
    )
    if opening or quoted_after:
        content = d.span(start, last)
    elif not after or toks[after[0]].lower in {"and", "but", "or", "while"}:
        content = d.span(first, i)
    else:
        content = d.span(first, i)
    if content.end - content.start < 3:
        return
    d.add_content(content, cue, speaker, i)


def _reported(d: Draft, c: int) -> None:
    """A reporting verb outside quotation marks: X said (that) … / …, X said."""
    view = d.view
    toks = d.toks
    low = toks[c].lower
    first, last = view.sentence_range(c)
    phrase = subject_before(view, c, d.lex) or fallback_subject(view, c, d.lex)
    inverted = False
    if phrase is None and c > first and toks[c - 1].text == ",":
        phrase = speaker_after(view, c, d.lex)
        inverted = phrase is not None
    if phrase is None:
        if low.endswith("ing") and c > first and toks[c - 1].text == ",":
            _participle(d, c, first, last)
        else:
            _passive_by(d, c, first, last)
        return
    speaker = d.speaker(phrase)
    if speaker is None:
        if low not in SAY or not d.plausible_unknown(phrase):
            return
        speaker = d.unknown_speaker(phrase)
    if phrase.first > first and toks[phrase.first - 1].lower == "as":
        _as_reported(d, c, phrase, speaker, first, last)
        return
    start_of_tail = phrase.last if inverted else c + 1
    if inverted and phrase.appositive:
        start_of_tail = phrase.appositive[1]
    comma_before = phrase.first - 1 if not inverted else c - 1
    if (
        comma_before > first
        and toks[comma_before].text == ","
        and _short_tail(d, start_of_tail, last)
    ):
        content = d.span(first, comma_before)
        if len(content) >= 8:
            d.add_content(content, c, speaker, c)
        return
    if inverted:
        return
    anaphor = _anaphoric(d, c, last)
    if anaphor is not None:
        d.add(anaphor, c, speaker, "indirect")
        return
    start = content_start(d, c, last, bare=speaker.outlet)
    if start is None:
        return
    content = d.span(start, last)
    if len(content) >= 8:
        d.add_content(content, c, speaker, c)


def _as_reported(d: Draft, c: int, phrase: Phrase, speaker: Speaker, first: int, last: int) -> None:
    """"As Politico reported, …" and "…, as the Times reported on Tuesday"."""
    as_at = phrase.first - 1
    if as_at == first or (as_at - 1 >= first and d.toks[as_at - 1].text == ","):
        if as_at == first:
            j = c + 1
            while j < last and d.toks[j].text != ",":
                if d.view.in_quote(j) or j > c + 8:
                    return
                j += 1
            content = d.span(j + 1, last)
        else:
            content = d.span(first, as_at - 1)
        if len(content) >= 8:
            d.add_content(content, c, speaker, c)


def _passive_by(d: Draft, c: int, first: int, last: int) -> None:
    """"The meeting was first reported by Politico": the agent is the source."""
    toks = d.toks
    j = c + 1
    if j >= last or toks[j].lower != "by" or toks[c].lower.endswith("ing"):
        return
    k = c - 1
    while k >= first and toks[k].lower in {"first", "also", "widely", "later", "been"}:
        k -= 1
    if k <= first or toks[k].lower not in {"is", "was", "are", "were", "been", "be"}:
        return
    phrase = speaker_after(d.view, j, d.lex)
    speaker = d.speaker(phrase)
    if phrase is None or speaker is None:
        return
    content = d.span(first, k)
    if len(content) >= 3:
        d.add_content(content, c, speaker, c)


def _participle(d: Draft, c: int, first: int, last: int) -> None:
    """", saying …" / ", adding that …": the speaker of the clause before."""
    for attr in reversed(d.out):
        if attr.field != d.view.name or attr.speaker is None or attr.cue is None:
            continue
        if d.toks[first].start <= attr.cue.start < d.toks[c].start:
            start = content_start(d, c, last)
            if start is not None:
                content = d.span(start, last)
                if len(content) >= 8:
                    d.add_content(content, c, attr.speaker, c)
            return
        break


def _short_tail(d: Draft, j: int, last: int) -> bool:
    """After "…, X said": only where, when or how it was said, not what."""
    toks = d.toks
    if j >= last or toks[j].text in {".", "!", "?", ","}:
        return True
    if last - j > _SHORT_TAIL:
        return False
    if any(toks[k].lower == "that" for k in range(j, last)):
        return False
    return toks[j].lower in LEAD_PP or toks[j].lower in {"to", "of", "by"} or (
        toks[j].lower in ADDRESSEE
    )


def _anaphoric(d: Draft, c: int, last: int) -> Span | None:
    """"Bloomberg reports it." The content is the sentence before."""
    view = d.view
    j = c + 1
    if j >= last or d.toks[j].lower not in _OBJECT_PRONOUNS:
        return None
    if j + 1 < last and d.toks[j + 1].is_word:
        return None
    s = view.sentence_of[c]
    if s <= 0:
        return None
    prev = view.analysis.sentences[s - 1]
    if view.paragraph_of[view.first_at(prev.start)] != view.paragraph_of[c]:
        return None
    first, end = view.sentence_bounds[s - 1]
    return d.span(first, end)
