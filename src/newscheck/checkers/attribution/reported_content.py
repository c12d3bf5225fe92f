"""Where reported content begins after a reporting verb: past the listener and the adverbials.

"X told reporters on Tuesday that …": the content is what follows "that", not "reporters" or
"on Tuesday". Verbs that are often not speech (``LOOSE``) take content only after "that" or
as a quotation.
"""

from __future__ import annotations

from newscheck.checkers.attribution.draft import Draft
from newscheck.checkers.attribution.lexicon import ADDRESSEE, LOOSE, SAY
from newscheck.checkers.attribution.phrases import DETERMINERS, PRONOUNS, is_capitalised

LEAD_PP = frozenset(
    {"on", "in", "at", "during", "last", "this", "yesterday", "today", "earlier", "later",
     "recently", "again", "also", "repeatedly", "previously", "publicly", "privately", "once",
     "separately", "via", "late", "early", "overnight", "tonight", "afterwards", "then"}
)
"""Words that open where, when or how something was said: "on Tuesday", "in a statement"."""


def content_start(d: Draft, c: int, last: int, *, bare: bool = False) -> int | None:
    """Where the reported content begins after the verb, or None when none does.

    ``bare`` lets a verb that usually needs "that" take a bare clause: a news outlet
    "reports more than half of …".
    """
    toks = d.toks
    low = toks[c].lower
    j = c + 1
    if low in {"point", "points", "pointed", "pointing"}:
        if j < last and toks[j].lower == "out":
            j += 1
        else:
            return None
    if low in ADDRESSEE:
        k = j
        while k < last and k < j + 10 and toks[k].lower != "that":
            if toks[k].text in {",", ".", ":"} or d.view.in_quote(k):
                break
            k += 1
        if k < last and toks[k].lower == "that":
            return k + 1
        if low not in {"told", "tell", "tells", "telling", "warned", "warn", "warns"}:
            return None
        j = _skip_object(d, j, last)
    j = _skip_adverbials(d, j, last)
    if j < last and toks[j].text in {",", ":"}:
        j += 1
    if j < last and toks[j].lower == "that":
        return j + 1
    if low in LOOSE and not (bare and low in {"reports", "reported", "report"}):
        if j < last and d.view.in_quote(j) and toks[j - 1].text in {":", ","}:
            return j
        return None
    if j >= last:
        return None
    first = toks[j]
    if d.view.in_quote(j):
        return j
    if first.lower in PRONOUNS or first.lower in DETERMINERS or first.lower == "there":
        return j
    if first.text[:1].isupper() or first.text[:1].isdigit():
        return j
    if low in SAY and first.is_word and first.lower not in {"to", "of", "by", "for", "so"}:
        return j
    return None


def _skip_object(d: Draft, j: int, last: int) -> int:
    """Past the listener of "told": "reporters", "the BBC", "Reuters", "him"."""
    toks = d.toks
    if j < last and toks[j].lower in {"him", "her", "them", "me", "us", "reporters",
                                      "journalists", "parliament", "mps", "congress"}:
        return j + 1
    k = j
    if k < last and toks[k].lower in {"the", "a", "an"}:
        k += 1
    n = 0
    while k < last and n < 4 and toks[k].is_word and is_capitalised(d.view, k, d.lex):
        k += 1
        n += 1
    return k if n else j


def _skip_adverbials(d: Draft, j: int, last: int) -> int:
    """Past "on Tuesday", "in a statement", "last week" to the content."""
    toks = d.toks
    for _ in range(3):
        if j >= last or toks[j].lower not in LEAD_PP:
            return j
        k = j + 1
        while k < last and k < j + 6 and toks[k].text not in {",", ":"}:
            if toks[k].lower in {"that"} or d.view.in_quote(k):
                break
            k += 1
        if k < last and toks[k].text in {",", ":"}:
            j = k + 1
        elif k < last and toks[k].lower == "that":
            return k
        else:
            return j
    return j
