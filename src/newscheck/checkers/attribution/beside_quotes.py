"""Speakers beside the quotation marks: "…," he said / said X / X said: "…" / "…" — Sanders.

The first pass over a field, because a quotation's attribution sits right next to its marks;
the cues used here are then out of reach of the reporting-verb pass.
"""

from __future__ import annotations

from newscheck.checkers.attribution.draft import Draft
from newscheck.checkers.attribution.lexicon import LOOSE, Lexicon
from newscheck.checkers.attribution.phrases import (
    Phrase,
    fallback_subject,
    is_capitalised,
    main_verb,
    sentence_subject,
    speaker_after,
    subject_before,
)
from newscheck.checkers.attribution.view import FieldView
from newscheck.quotes import Quote
from newscheck.spans import Span

_QUOTE_GAP = 6
_UNMARKED_GAP = 4


def quote_beside(d: Draft, qi: int) -> None:
    """Attribute quotation ``qi`` to the speaker right after or before it, if there is one."""
    quote = d.view.quotes[qi]
    found = _after_quote(d, quote) or _before_quote(d, quote)
    if found is None:
        return
    cue, phrase = found
    speaker = d.speaker(phrase)
    if speaker is None and d.plausible_unknown(phrase):
        speaker = d.unknown_speaker(phrase)
    if speaker is None:
        return
    d.add(Span(quote.span.start, quote.span.end), cue, speaker, "direct", quote=qi)


def _after_quote(d: Draft, quote: Quote) -> tuple[int, Phrase] | None:
    """"…," he said / said the minister / Mr Smith told the BBC."""
    view = d.view
    toks = d.toks
    k = view.first_at(quote.span.end)
    if k >= len(toks) or view.paragraph_of[k] != view.paragraph_of[k - 1]:
        return None
    dash = None
    while k < len(toks) and toks[k].text in {",", "\u2014", "\u2013", "-"}:
        dash = k if toks[k].text != "," else dash
        k += 1
    if k >= len(toks) or view.in_quote(k):
        return None
    if dash is not None and is_capitalised(view, k, d.lex) and not d.is_cue(k):
        # A quotation signed with a dash: '"…" — Sanders.', a cited headline '"…" — CBC'.
        phrase = speaker_after(view, dash, d.lex, _paragraph_end(view, k))
        if phrase is not None and phrase.first == k:
            return dash, phrase
    inner_end = view.text[quote.inner.start : quote.inner.end].rstrip()
    if inner_end.endswith(".") and is_capitalised(view, k, d.lex):
        return None
    if d.is_cue(k):
        phrase = speaker_after(view, k, d.lex)
        return (k, phrase) if phrase else None
    _, stop = view.sentence_range(k)
    cues: list[int] = []
    for c in range(k, min(stop, k + 16)):
        if view.in_quote(c) or toks[c].text in {".", ";", "!", "?", ":", ","}:
            if toks[c].text == "," and not cues:
                continue  # "Doug Usher, director of research at X, said"
            if toks[c].text != "." or c == k or not _abbreviation(toks[c - 1].text):
                break
        if d.is_cue(c):
            cues.append(c)
            if toks[c].lower not in LOOSE:
                break
    # A plain speech verb beats a looser one before it: "the World Bank report said".
    cues.sort(key=lambda c: toks[c].lower in LOOSE)
    for c in cues[:1]:
        phrase = subject_before(view, c, d.lex)
        if phrase is not None and phrase.first >= k and all(
            toks[j].is_word or _glue_token(toks[j].text) for j in range(k, phrase.first)
        ):
            return c, phrase
    return None


def _paragraph_end(view: FieldView, i: int) -> int:
    para = view.paragraph_of[i]
    return view.paragraph_bounds[para][1] if para >= 0 else i + 1


def _before_quote(d: Draft, quote: Quote) -> tuple[int, Phrase] | None:
    """X said: "…" / X said, "…" / X told reporters that "…" / X fired back: "…"."""
    view = d.view
    toks = d.toks
    here = view.first_at(quote.span.start)
    k = view.last_before(quote.span.start)
    if k < 0 or view.paragraph_of[k] != view.paragraph_of[here]:
        return None
    floor, _ = view.sentence_range(k)
    same_sentence = view.sentence_of[k] == view.sentence_of[here]
    if not same_sentence:
        floor = view.paragraph_bounds[view.paragraph_of[k]][0]
    marked = toks[k].text in {",", ":", "\u2014", "\u2013"} or toks[k].lower in {"that"}
    for c in range(k, max(floor, k - _QUOTE_GAP) - 1, -1):
        if view.in_quote(c) or toks[c].text in {".", "!", "?", ";"}:
            break
        if d.is_cue(c):
            if c != k and not marked and c < k - _UNMARKED_GAP:
                return None
            phrase = subject_before(view, c, d.lex) or fallback_subject(view, c, d.lex)
            return (c, phrase) if phrase else None
    if toks[k].text == ":":
        first, _ = view.sentence_range(k)
        phrase = sentence_subject(view, first, k, d.lex)
        verb = main_verb(view, phrase, k) if phrase else None
        if phrase is not None and verb is not None:
            return verb, phrase
        return _name_colon(d, first, k)
    return None


def _name_colon(d: Draft, first: int, colon: int) -> tuple[int, Phrase] | None:
    """"Blackburn boss Mark Hughes: "…"": a name and a colon, as in lists of reactions."""
    start = first
    while start < colon and not d.toks[start].is_word:
        start += 1
    run = _run_to(d.view, start, colon, d.lex)
    if run is None:
        return None
    phrase = Phrase(run[0], run[1], run)
    speaker = d.speaker(phrase)
    if speaker is None or speaker.naming not in {"full_name", "title", "organisation"}:
        return None
    return colon, phrase


def _run_to(view: FieldView, start: int, stop: int, lex: Lexicon) -> tuple[int, int] | None:
    """Tokens ``[start, stop)`` when all of them can be part of a name or source phrase."""
    if stop - start > 10 or stop <= start:
        return None
    phrase = speaker_after(view, start - 1, lex, stop)
    if phrase is None or phrase.first != start or phrase.last != stop:
        return None
    return (start, stop)


def _glue_token(text: str) -> bool:
    return text in {".", "-", "'", "\u2019"}


def _abbreviation(text: str) -> bool:
    """A word a full stop may follow inside a name: "Mr", "Sen", an initial."""
    return (len(text) == 1 and text.isupper()) or text.lower() in {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "prof", "lt", "col", "jr",
    }
