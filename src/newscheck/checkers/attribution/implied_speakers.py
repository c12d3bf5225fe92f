"""Speakers news convention implies for quotations that nobody is attributed beside.

The last pass: a quotation inside reported speech is that speaker's, a quotation after a
colon is the introducing sentence's speaker's, and a quotation that goes on in the same
paragraph or opens the next one ("…," she said. / "More words.") is the same speaker's.
"""

from __future__ import annotations

from newscheck.checkers.attribution.draft import Draft
from newscheck.checkers.attribution.phrases import subject_before
from newscheck.checkers.attribution.relations import Attribution
from newscheck.quotes import Quote
from newscheck.spans import Span

_NAMING_VERBS = frozenset(
    {"called", "dubbed", "labelled", "labeled", "termed", "branded", "so-called", "known",
     "nicknamed", "titled", "entitled", "named", "as", "word", "phrase", "term", "slogan"}
)


def leftover_quotes(d: Draft) -> list[Quote]:
    """Give quotations without an attribution the speaker news convention implies.

    Returns the quotations that read as someone's words, attributed or not.
    """
    view = d.view
    speech: list[Quote] = []
    for qi, quote in enumerate(view.quotes):
        if not _speech_like(d, quote):
            if qi not in d.by_quote and _inside_reported(d, quote) is None:
                continue
        else:
            speech.append(quote)
        if qi in d.by_quote:
            continue
        holder = _inside_reported(d, quote)
        if holder is None and not _speech_like(d, quote):
            continue
        inherited = True
        if holder is None:
            fresh = _introduced(d, quote)
            if fresh is not None:
                holder, inherited = fresh, False
            else:
                holder = _continued(d, quote)
        span = Span(quote.span.start, quote.span.end)
        if holder is None:
            d.add(span, None, None, "direct", quote=qi)
        else:
            d.add(span, holder.cue, holder.speaker, "direct", quote=qi, inherited=inherited)
    return speech


def _speech_like(d: Draft, quote: Quote) -> bool:
    """Someone's words, not a scare quote, a title or a single term."""
    inner = d.view.text[quote.inner.start : quote.inner.end]
    words = inner.split()
    if len(words) < 4:
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    if capitals / len(words) > 0.6:
        return False
    k = d.view.last_before(quote.span.start)
    return not (k >= 0 and d.toks[k].lower in _NAMING_VERBS)


def _inside_reported(d: Draft, quote: Quote) -> Attribution | None:
    for attr in d.out:
        if attr.kind == "indirect" and not attr.credit and attr.content.contains(
            quote.span.start, min(quote.span.end, attr.content.end)
        ) and attr.content.start <= quote.span.start < attr.content.end:
            return attr
    return None


def _introduced(d: Draft, quote: Quote) -> Attribution | None:
    """A colon before the quotation, at the end of the sentence or paragraph before."""
    view = d.view
    k = view.last_before(quote.span.start)
    while k >= 0 and view.tokens[k].text in {"\u201c", '"', "'"}:
        k -= 1
    if k < 0 or d.toks[k].text != ":":
        return None
    first, _ = view.sentence_range(k)
    for c in range(k - 1, max(first, k - 12) - 1, -1):
        if d.is_cue(c):
            phrase = subject_before(view, c, d.lex)
            speaker = d.speaker(phrase)
            if speaker is not None:
                attr = Attribution(view.name, Span(0, 0), d.cue_span(c), speaker, "direct")
                d.used.add(c)
                return attr
    return None


def _continued(d: Draft, quote: Quote) -> Attribution | None:
    """The same source goes on: a later quote in the paragraph, or the next paragraph."""
    view = d.view
    here = view.paragraph_of[view.first_at(quote.span.start)]
    earlier = [a for a in d.out if a.content.start < quote.span.start]
    earlier.sort(key=lambda a: a.content.start)
    for attr in reversed(earlier):
        if attr.speaker is None or attr.credit:
            continue
        paras = {
            view.paragraph_of[view.first_at(attr.content.start)],
            view.paragraph_of[max(0, view.last_before(attr.content.end))],
        }
        if here in paras:
            return attr
        if here - 1 in paras and _opens_paragraph(d, quote):
            return attr
        return None
    return None


def _opens_paragraph(d: Draft, quote: Quote) -> bool:
    view = d.view
    para = view.analysis.paragraphs[view.paragraph_of[view.first_at(quote.span.start)]]
    return quote.span.start <= para.start + 1
