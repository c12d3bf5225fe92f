"""The attributions of one field while the passes find them, and the steps every pass shares.

The passes add to one draft in turn, so a reporting verb one pass has used is not read again
by the next, and a quotation given a speaker is not given another.
"""

from __future__ import annotations

from newscheck.checkers.attribution.lexicon import Lexicon
from newscheck.checkers.attribution.phrases import DETERMINERS, Phrase
from newscheck.checkers.attribution.relations import Attribution, Kind
from newscheck.checkers.attribution.speakers import Naming, Speaker, build_names, describe
from newscheck.checkers.attribution.view import FieldView
from newscheck.spans import Span

_NOUN_MARKERS = frozenset(
    {"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
     "your", "whose", "new", "latest", "annual", "recent", "such"}
)


class Draft:
    """Attributions found so far in one field, with the cue tokens they have used."""

    def __init__(self, view: FieldView, lex: Lexicon) -> None:
        self.view = view
        self.lex = lex
        self.toks = view.tokens
        self.names = build_names(view, lex)
        self.used: set[int] = set()
        self.out: list[Attribution] = []
        self.by_quote: dict[int, Attribution] = {}

    def is_cue(self, i: int) -> bool:
        tok = self.toks[i]
        if tok.lower not in self.lex.cues or self.view.in_quote(i):
            return False
        if i > 0 and self.toks[i - 1].lower in _NOUN_MARKERS:
            return False  # "the report", "his comments": a noun, not a verb
        return not tok.text[:1].isupper() or self.view.is_sentence_start(i)

    def speaker(self, phrase: Phrase | None) -> Speaker | None:
        if phrase is None:
            return None
        return describe(self.view, phrase, self.lex, self.names)

    def plausible_unknown(self, phrase: Phrase) -> bool:
        """A short noun phrase with a determiner: "the 46-year-old", "the progressive
        heavyweights". Someone, even if no list knows the noun."""
        words = [j for j in range(*phrase.head) if self.toks[j].is_word]
        return 2 <= len(words) <= 5 and self.toks[words[0]].lower in DETERMINERS

    def unknown_speaker(self, phrase: Phrase) -> Speaker:
        toks = self.toks
        span = Span(toks[phrase.first].start, toks[phrase.last - 1].end)
        det = toks[phrase.head[0]].lower
        naming: Naming = "anonymous" if det in {"a", "an", "one"} else "title"
        return Speaker(span, self.view.text[span.start : span.end], naming)

    def span(self, first: int, last: int) -> Span:
        """Character span of tokens ``[first, last)`` without edge punctuation."""
        while first < last and self.toks[first].text in {",", ":", ";", "-", "\u2014", "\u2013"}:
            first += 1
        while last > first and self.toks[last - 1].text in {".", ",", ";", ":", "!", "?"}:
            last -= 1
        if last <= first:
            return Span(self.toks[first].start, self.toks[first].start)
        return Span(self.toks[first].start, self.toks[last - 1].end)

    def cue_span(self, i: int) -> Span:
        tok = self.toks[i]
        return Span(tok.start, tok.end)

    def add(
        self,
        content: Span,
        cue: int | Span | None,
        speaker: Speaker | None,
        kind: Kind,
        *,
        quote: int | None = None,
        inherited: bool = False,
        credit: bool = False,
    ) -> Attribution:
        cue_span = self.cue_span(cue) if isinstance(cue, int) else cue
        word = self.toks[cue].lower if isinstance(cue, int) else ""
        q = self.view.quotes[quote] if quote is not None else None
        attr = Attribution(
            self.view.name, content, cue_span, speaker, kind, word, q, credit, inherited
        )
        self.out.append(attr)
        if quote is not None:
            self.by_quote[quote] = attr
        if isinstance(cue, int):
            self.used.add(cue)
        return attr

    def add_content(self, content: Span, cue: Span | int, speaker: Speaker, used: int) -> None:
        """Reported content, as a direct quotation when it is one quotation."""
        quote = self.quote_at(content.start)
        self.used.add(used)
        if quote is not None and self.view.quotes[quote].span.end >= content.end - 1:
            span = self.view.quotes[quote].span
            self.add(Span(span.start, span.end), cue, speaker, "direct", quote=quote)
        else:
            self.add(content, cue, speaker, "indirect")

    def quote_at(self, offset: int) -> int | None:
        for qi, q in enumerate(self.view.quotes):
            if q.span.start == offset:
                return qi
            if q.span.start > offset:
                break
        return None
