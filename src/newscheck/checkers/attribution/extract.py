"""Find who says what: direct quotations, reported speech and source credits, as spans.

Three passes over one field, after the credit lines (``credit_lines``). Quotations first,
because their attribution sits right beside the marks ("…," he said / said X / X said: "…";
``beside_quotes``). Then every reporting verb not used yet: "X said (that) …", "…, X said.",
"according to X, …" (``reported_speech``). Last, quotations still without a speaker take one
from the copy around them the way news convention does (``implied_speakers``). The passes
share one ``Draft``; what they find is an ``Extraction`` of ``Attribution`` relations.
"""

from __future__ import annotations

from newscheck.checkers.attribution.beside_quotes import quote_beside
from newscheck.checkers.attribution.credit_lines import credit_lines
from newscheck.checkers.attribution.draft import Draft
from newscheck.checkers.attribution.implied_speakers import leftover_quotes
from newscheck.checkers.attribution.lexicon import Lexicon
from newscheck.checkers.attribution.relations import Attribution, Extraction, Kind
from newscheck.checkers.attribution.reported_speech import reported_speech
from newscheck.checkers.attribution.speakers import resolve_pronouns
from newscheck.checkers.attribution.view import FieldView

__all__ = ["Attribution", "Extraction", "Kind", "extract"]


def extract(view: FieldView, lex: Lexicon) -> Extraction:
    d = Draft(view, lex)
    credit_lines(d)
    for qi in range(len(view.quotes)):
        quote_beside(d, qi)
    reported_speech(d)
    speech = leftover_quotes(d)
    speakers = [a.speaker for a in d.out if a.speaker is not None and not a.inherited]
    resolve_pronouns(speakers, d.names)
    d.out.sort(key=lambda a: (a.content.start, a.content.end))
    return Extraction(d.out, d.names, speech)
