"""Find who says what: direct quotations, reported speech and source credits, as spans.

Three passes over one field. Quotations first, because their attribution sits right beside
the marks ("…," he said / said X / X said: "…"). Then every reporting verb not used yet:
"X said (that) …", "…, X said.", "according to X, …". Last, quotations still without a
speaker take one from the copy around them the way news convention does: a quote inside
reported speech, a paragraph introduced with a colon, or the next paragraph of the same
quote ("…," she said. / "More words.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from newscheck.checkers.attribution.lexicon import ADDRESSEE, LOOSE, SAY, Lexicon
from newscheck.checkers.attribution.phrases import (
    DETERMINERS,
    PRONOUNS,
    Phrase,
    is_capitalised,
    main_verb,
    sentence_subject,
    speaker_after,
    subject_before,
)
from newscheck.checkers.attribution.speakers import (
    NameIndex,
    Naming,
    Speaker,
    build_names,
    describe,
    resolve_pronouns,
)
from newscheck.checkers.attribution.view import FieldView
from newscheck.quotes import Quote
from newscheck.segment import Token
from newscheck.spans import Span

Kind = Literal["direct", "indirect"]

_CREDIT = re.compile(
    r"(?:Sources?|Via|Credit|Courtesy(?: of)?|Adapted from|Originally published (?:by|in|on))"
    r"\s*[:\-\u2013\u2014]\s*(?P<who>[^\n]{2,80}?)\s*\.?\s*$",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]+")
_LEAD_PP = frozenset(
    {"on", "in", "at", "during", "last", "this", "yesterday", "today", "earlier", "later",
     "recently", "again", "also", "repeatedly", "previously", "publicly", "privately", "once",
     "separately", "via", "late", "early", "overnight", "tonight", "afterwards", "then"}
)
_NOUN_MARKERS = frozenset(
    {"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
     "your", "whose", "new", "latest", "annual", "recent", "such"}
)
_SHORT_TAIL = 14
_QUOTE_GAP = 6
_UNMARKED_GAP = 4
_CONTINUE_CUES = frozenset({"continued", "continues", "added", "adds", "went", "concluded"})
_OBJECT_PRONOUNS = frozenset({"it", "this", "so", "that"})
_NAMING_VERBS = frozenset(
    {"called", "dubbed", "labelled", "labeled", "termed", "branded", "so-called", "known",
     "nicknamed", "titled", "entitled", "named", "as", "word", "phrase", "term", "slogan"}
)


def _run_to(view: FieldView, start: int, stop: int, lex: Lexicon) -> tuple[int, int] | None:
    """Tokens ``[start, stop)`` when all of them can be part of a name or source phrase."""
    if stop - start > 10 or stop <= start:
        return None
    phrase = speaker_after(view, start - 1, lex, stop)
    if phrase is None or phrase.first != start or phrase.last != stop:
        return None
    return (start, stop)


def _in_the_words_of(toks: list[Token], i: int) -> bool:
    return (
        i + 3 < len(toks)
        and toks[i].lower == "in"
        and toks[i + 1].lower == "the"
        and toks[i + 2].lower == "words"
        and toks[i + 3].lower == "of"
    )


def _glue_token(text: str) -> bool:
    return text in {".", "-", "'", "\u2019"}


def _abbreviation(text: str) -> bool:
    """A word a full stop may follow inside a name: "Mr", "Sen", an initial."""
    return (len(text) == 1 and text.isupper()) or text.lower() in {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "prof", "lt", "col", "jr",
    }


@dataclass
class Attribution:
    """One attribution relation; spans index into the field's text."""

    field: str
    content: Span
    cue: Span | None
    speaker: Speaker | None
    kind: Kind
    cue_word: str = ""
    quote: Quote | None = None
    credit: bool = False
    inherited: bool = False


@dataclass
class Extraction:
    attributions: list[Attribution]
    names: NameIndex
    speech_quotes: list[Quote]
    """Quotations long enough to be someone's words, whether or not anyone is found."""


def extract(view: FieldView, lex: Lexicon) -> Extraction:
    return _Extractor(view, lex).run()


class _Extractor:
    def __init__(self, view: FieldView, lex: Lexicon) -> None:
        self.view = view
        self.lex = lex
        self.toks = view.tokens
        self.names = build_names(view, lex)
        self.used: set[int] = set()
        self.out: list[Attribution] = []
        self.by_quote: dict[int, Attribution] = {}

    # -- helpers -------------------------------------------------------------------------

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

    # -- passes ----------------------------------------------------------------------------

    def run(self) -> Extraction:
        self.credit_lines()
        for qi in range(len(self.view.quotes)):
            self.quote_beside(qi)
        self.verbs()
        speech = self.leftover_quotes()
        speakers = [a.speaker for a in self.out if a.speaker is not None and not a.inherited]
        resolve_pronouns(speakers, self.names)
        self.out.sort(key=lambda a: (a.content.start, a.content.end))
        return Extraction(self.out, self.names, speech)

    def credit_lines(self) -> None:
        """"Source: X" under a story: the whole copy is credited to someone else.

        Such a line is page furniture to the other checkers (the shared analysis leaves it
        out of the paragraphs), so the chrome blocks are read here as well.
        """
        analysis = self.view.analysis
        text = self.view.text
        paragraphs = analysis.paragraphs
        lines = [Span(p.start, p.end) for p in paragraphs[1:]]
        for block in analysis.chrome:
            start = block.span.start
            for row in _LINE.finditer(text, start, block.span.end):
                lines.append(Span(row.start(), row.end()))
        for line in sorted(lines, key=lambda s: s.start):
            if line.end - line.start > 90:
                continue
            match = _CREDIT.match(text, line.start, line.end)
            before = [p for p in paragraphs if p.end <= line.start]
            if match is None or not before:
                continue
            who = Span(match.start("who"), match.end("who"))
            name = text[who.start : who.end]
            person = len(name.split()) >= 2 and self.lex.is_first_name(name.split()[0])
            speaker = Speaker(
                who, name, "full_name" if person else "organisation", outlet=not person,
                person=person,
            )
            content = Span(before[0].start, before[-1].end)
            cue = Span(match.start(), match.start("who"))
            self.add(content, cue, speaker, "indirect", credit=True)

    def quote_beside(self, qi: int) -> None:
        quote = self.view.quotes[qi]
        found = self.after_quote(quote) or self.before_quote(quote)
        if found is None:
            return
        cue, phrase = found
        speaker = self.speaker(phrase)
        if speaker is None and self.plausible_unknown(phrase):
            speaker = self.unknown_speaker(phrase)
        if speaker is None:
            return
        self.add(Span(quote.span.start, quote.span.end), cue, speaker, "direct", quote=qi)

    def after_quote(self, quote: Quote) -> tuple[int, Phrase] | None:
        """"…," he said / said the minister / Mr Smith told the BBC."""
        view = self.view
        k = view.first_at(quote.span.end)
        if k >= len(self.toks) or view.paragraph_of[k] != view.paragraph_of[k - 1]:
            return None
        dash = None
        while k < len(self.toks) and self.toks[k].text in {",", "\u2014", "\u2013", "-"}:
            dash = k if self.toks[k].text != "," else dash
            k += 1
        if k >= len(self.toks) or view.in_quote(k):
            return None
        if dash is not None and is_capitalised(view, k, self.lex) and not self.is_cue(k):
            # A quotation signed with a dash: '"…" — Sanders.', a cited headline '"…" — CBC'.
            phrase = speaker_after(view, dash, self.lex, self.paragraph_end(k))
            if phrase is not None and phrase.first == k:
                return dash, phrase
        inner_end = view.text[quote.inner.start : quote.inner.end].rstrip()
        if inner_end.endswith(".") and is_capitalised(view, k, self.lex):
            return None
        if self.is_cue(k):
            phrase = speaker_after(view, k, self.lex)
            return (k, phrase) if phrase else None
        _, stop = view.sentence_range(k)
        cues: list[int] = []
        for c in range(k, min(stop, k + 16)):
            if view.in_quote(c) or self.toks[c].text in {".", ";", "!", "?", ":", ","}:
                if self.toks[c].text == "," and not cues:
                    continue  # "Doug Usher, director of research at X, said"
                if self.toks[c].text != "." or c == k or not _abbreviation(self.toks[c - 1].text):
                    break
            if self.is_cue(c):
                cues.append(c)
                if self.toks[c].lower not in LOOSE:
                    break
        # A plain speech verb beats a looser one before it: "the World Bank report said".
        cues.sort(key=lambda c: self.toks[c].lower in LOOSE)
        for c in cues[:1]:
            phrase = subject_before(view, c, self.lex)
            if phrase is not None and phrase.first >= k and all(
                self.toks[j].is_word or _glue_token(self.toks[j].text)
                for j in range(k, phrase.first)
            ):
                return c, phrase
        return None

    def paragraph_end(self, i: int) -> int:
        para = self.view.paragraph_of[i]
        return self.view.paragraph_bounds[para][1] if para >= 0 else i + 1

    def before_quote(self, quote: Quote) -> tuple[int, Phrase] | None:
        """X said: "…" / X said, "…" / X told reporters that "…" / X fired back: "…"."""
        view = self.view
        here = view.first_at(quote.span.start)
        k = view.last_before(quote.span.start)
        if k < 0 or view.paragraph_of[k] != view.paragraph_of[here]:
            return None
        floor, _ = view.sentence_range(k)
        same_sentence = view.sentence_of[k] == view.sentence_of[here]
        if not same_sentence:
            floor = view.paragraph_bounds[view.paragraph_of[k]][0]
        marked = self.toks[k].text in {",", ":", "\u2014", "\u2013"} or self.toks[k].lower in {
            "that"
        }
        for c in range(k, max(floor, k - _QUOTE_GAP) - 1, -1):
            if view.in_quote(c) or self.toks[c].text in {".", "!", "?", ";"}:
                break
            if self.is_cue(c):
                if c != k and not marked and c < k - _UNMARKED_GAP:
                    return None
                phrase = subject_before(view, c, self.lex) or self.fallback_subject(c)
                return (c, phrase) if phrase else None
        if self.toks[k].text == ":":
            first, _ = view.sentence_range(k)
            phrase = sentence_subject(view, first, k, self.lex)
            verb = main_verb(view, phrase, k) if phrase else None
            if phrase is not None and verb is not None:
                return verb, phrase
            return self.name_colon(first, k)
        return None

    def name_colon(self, first: int, colon: int) -> tuple[int, Phrase] | None:
        """"Blackburn boss Mark Hughes: "…"": a name and a colon, as in lists of reactions."""
        start = first
        while start < colon and not self.toks[start].is_word:
            start += 1
        run = _run_to(self.view, start, colon, self.lex)
        if run is None:
            return None
        phrase = Phrase(run[0], run[1], run)
        speaker = self.speaker(phrase)
        if speaker is None or speaker.naming not in {"full_name", "title", "organisation"}:
            return None
        return colon, phrase

    def fallback_subject(self, c: int) -> Phrase | None:
        """The subject a verb shares with the clause before: "X nodded and said", ", saying"."""
        view = self.view
        first, _ = view.sentence_range(c)
        prev = c - 1
        while prev >= first and self.toks[prev].lower in {"also", "then", "later", "again"}:
            prev -= 1
        if prev >= first and view.in_quote(prev) and not self.toks[prev].is_word:
            mark = self.toks[prev].start
            if mark > 0 and view.text[mark - 1] == ",":
                return self.sentence_subject_joined(first, c)
        if prev < first:
            return speaker_after(view, c, self.lex) if self.toks[c].text[:1].isupper() else None
        joined = self.toks[prev].lower in {"and", "but", "yet"} or (
            self.toks[prev].text == "," and self.toks[c].lower.endswith("ing")
        )
        if not joined:
            return None
        return self.sentence_subject_joined(first, c)

    def sentence_subject_joined(self, first: int, c: int) -> Phrase | None:
        if not self.toks[c].lower.endswith("ing") and self.toks[c - 1].lower not in {
            "and", "but", "yet", "also", "then", "later", "again"
        }:
            return None
        return sentence_subject(self.view, first, c, self.lex)

    def verbs(self) -> None:
        toks = self.toks
        for i, tok in enumerate(toks):
            if i in self.used or self.view.in_quote(i):
                continue
            if tok.lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
                self.according(i)
            elif _in_the_words_of(toks, i):
                self.according(i, width=4)
            elif self.is_cue(i):
                self.reported(i)

    def according(self, i: int, width: int = 2) -> None:
        """"according to X, …" and "…, according to X"; "in the words of X" alike."""
        view = self.view
        phrase = speaker_after(view, i + width - 1, self.lex)
        speaker = self.speaker(phrase)
        if phrase is not None and speaker is None and self.plausible_unknown(phrase):
            speaker = self.unknown_speaker(phrase)
        if phrase is None or speaker is None:
            return
        first, last = view.sentence_range(i)
        cue = Span(self.toks[i].start, self.toks[i + width - 1].end)
        before = [j for j in range(first, i) if self.toks[j].is_word]
        opening = len(before) <= 2 and all(
            self.toks[j].lower in {"but", "and", "however", "yet", "so", "also"} for j in before
        )
        start = phrase.last
        if phrase.appositive and phrase.appositive[1] < last and (
            self.toks[phrase.appositive[1]].text == ","
        ):
            start = phrase.appositive[1]  # "according to Jo Lee, a professor at X, the …"
        after = [j for j in range(start, last) if self.toks[j].is_word]
        quoted_after = start < last and self.toks[start].text == "," and start + 1 < last and (
            view.in_quote(start + 1)
        )
        if opening or quoted_after:
            content = self.span(start, last)
        elif not after or self.toks[after[0]].lower in {"and", "but", "or", "while"}:
            content = self.span(first, i)
        else:
            content = self.span(first, i)
        if content.end - content.start < 3:
            return
        self.add_content(content, cue, speaker, i)

    def add_content(self, content: Span, cue: Span | int, speaker: Speaker, used: int) -> None:
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

    def reported(self, c: int) -> None:
        """A reporting verb outside quotation marks: X said (that) … / …, X said."""
        view = self.view
        low = self.toks[c].lower
        first, last = view.sentence_range(c)
        phrase = subject_before(view, c, self.lex) or self.fallback_subject(c)
        inverted = False
        if phrase is None and c > first and self.toks[c - 1].text == ",":
            phrase = speaker_after(view, c, self.lex)
            inverted = phrase is not None
        if phrase is None:
            if low.endswith("ing") and c > first and self.toks[c - 1].text == ",":
                self.participle(c, first, last)
            else:
                self.passive_by(c, first, last)
            return
        speaker = self.speaker(phrase)
        if speaker is None:
            if low not in SAY or not self.plausible_unknown(phrase):
                return
            speaker = self.unknown_speaker(phrase)
        if phrase.first > first and self.toks[phrase.first - 1].lower == "as":
            self.as_reported(c, phrase, speaker, first, last)
            return
        start_of_tail = phrase.last if inverted else c + 1
        if inverted and phrase.appositive:
            start_of_tail = phrase.appositive[1]
        comma_before = phrase.first - 1 if not inverted else c - 1
        if (
            comma_before > first
            and self.toks[comma_before].text == ","
            and self.short_tail(start_of_tail, last)
        ):
            content = self.span(first, comma_before)
            if len(content) >= 8:
                self.add_content(content, c, speaker, c)
            return
        if inverted:
            return
        anaphor = self.anaphoric(c, last)
        if anaphor is not None:
            self.add(anaphor, c, speaker, "indirect")
            return
        start = self.content_start(c, last, bare=speaker.outlet)
        if start is None:
            return
        content = self.span(start, last)
        if len(content) >= 8:
            self.add_content(content, c, speaker, c)

    def as_reported(self, c: int, phrase: Phrase, speaker: Speaker, first: int, last: int) -> None:
        """"As Politico reported, …" and "…, as the Times reported on Tuesday"."""
        as_at = phrase.first - 1
        if as_at == first or (as_at - 1 >= first and self.toks[as_at - 1].text == ","):
            if as_at == first:
                j = c + 1
                while j < last and self.toks[j].text != ",":
                    if self.view.in_quote(j) or j > c + 8:
                        return
                    j += 1
                content = self.span(j + 1, last)
            else:
                content = self.span(first, as_at - 1)
            if len(content) >= 8:
                self.add_content(content, c, speaker, c)

    def passive_by(self, c: int, first: int, last: int) -> None:
        """"The meeting was first reported by Politico": the agent is the source."""
        j = c + 1
        if j >= last or self.toks[j].lower != "by" or self.toks[c].lower.endswith("ing"):
            return
        k = c - 1
        while k >= first and self.toks[k].lower in {"first", "also", "widely", "later", "been"}:
            k -= 1
        if k <= first or self.toks[k].lower not in {"is", "was", "are", "were", "been", "be"}:
            return
        phrase = speaker_after(self.view, j, self.lex)
        speaker = self.speaker(phrase)
        if phrase is None or speaker is None:
            return
        content = self.span(first, k)
        if len(content) >= 3:
            self.add_content(content, c, speaker, c)

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

    def participle(self, c: int, first: int, last: int) -> None:
        """", saying …" / ", adding that …": the speaker of the clause before."""
        for attr in reversed(self.out):
            if attr.field != self.view.name or attr.speaker is None or attr.cue is None:
                continue
            if self.toks[first].start <= attr.cue.start < self.toks[c].start:
                start = self.content_start(c, last)
                if start is not None:
                    content = self.span(start, last)
                    if len(content) >= 8:
                        self.add_content(content, c, attr.speaker, c)
                return
            break

    def short_tail(self, j: int, last: int) -> bool:
        """After "…, X said": only where, when or how it was said, not what."""
        if j >= last or self.toks[j].text in {".", "!", "?", ","}:
            return True
        if last - j > _SHORT_TAIL:
            return False
        if any(self.toks[k].lower == "that" for k in range(j, last)):
            return False
        return self.toks[j].lower in _LEAD_PP or self.toks[j].lower in {"to", "of", "by"} or (
            self.toks[j].lower in ADDRESSEE
        )

    def anaphoric(self, c: int, last: int) -> Span | None:
        """"Bloomberg reports it." The content is the sentence before."""
        j = c + 1
        if j >= last or self.toks[j].lower not in _OBJECT_PRONOUNS:
            return None
        if j + 1 < last and self.toks[j + 1].is_word:
            return None
        s = self.view.sentence_of[c]
        if s <= 0:
            return None
        prev = self.view.analysis.sentences[s - 1]
        if self.view.paragraph_of[self.view.first_at(prev.start)] != self.view.paragraph_of[c]:
            return None
        first, end = self.view.sentence_bounds[s - 1]
        return self.span(first, end)

    def content_start(self, c: int, last: int, *, bare: bool = False) -> int | None:
        """Where the reported content begins after the verb, or None when none does.

        ``bare`` lets a verb that usually needs "that" take a bare clause: a news outlet
        "reports more than half of …".
        """
        toks = self.toks
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
                if toks[k].text in {",", ".", ":"} or self.view.in_quote(k):
                    break
                k += 1
            if k < last and toks[k].lower == "that":
                return k + 1
            if low not in {"told", "tell", "tells", "telling", "warned", "warn", "warns"}:
                return None
            j = self.skip_object(j, last)
        j = self.skip_adverbials(j, last)
        if j < last and toks[j].text in {",", ":"}:
            j += 1
        if j < last and toks[j].lower == "that":
            return j + 1
        if low in LOOSE and not (bare and low in {"reports", "reported", "report"}):
            if j < last and self.view.in_quote(j) and toks[j - 1].text in {":", ","}:
                return j
            return None
        if j >= last:
            return None
        first = toks[j]
        if self.view.in_quote(j):
            return j
        if first.lower in PRONOUNS or first.lower in DETERMINERS or first.lower == "there":
            return j
        if first.text[:1].isupper() or first.text[:1].isdigit():
            return j
        if low in SAY and first.is_word and first.lower not in {"to", "of", "by", "for", "so"}:
            return j
        return None

    def skip_object(self, j: int, last: int) -> int:
        """Past the listener of "told": "reporters", "the BBC", "Reuters", "him"."""
        toks = self.toks
        if j < last and toks[j].lower in {"him", "her", "them", "me", "us", "reporters",
                                          "journalists", "parliament", "mps", "congress"}:
            return j + 1
        k = j
        if k < last and toks[k].lower in {"the", "a", "an"}:
            k += 1
        n = 0
        while k < last and n < 4 and toks[k].is_word and is_capitalised(self.view, k, self.lex):
            k += 1
            n += 1
        return k if n else j

    def skip_adverbials(self, j: int, last: int) -> int:
        """Past "on Tuesday", "in a statement", "last week" to the content."""
        toks = self.toks
        for _ in range(3):
            if j >= last or toks[j].lower not in _LEAD_PP:
                return j
            k = j + 1
            while k < last and k < j + 6 and toks[k].text not in {",", ":"}:
                if toks[k].lower in {"that"} or self.view.in_quote(k):
                    break
                k += 1
            if k < last and toks[k].text in {",", ":"}:
                j = k + 1
            elif k < last and toks[k].lower == "that":
                return k
            else:
                return j
        return j

    def leftover_quotes(self) -> list[Quote]:
        """Give quotations without an attribution the speaker news convention implies."""
        view = self.view
        speech: list[Quote] = []
        for qi, quote in enumerate(view.quotes):
            if not self.speech_like(quote):
                if qi not in self.by_quote and self.inside_reported(quote) is None:
                    continue
            else:
                speech.append(quote)
            if qi in self.by_quote:
                continue
            holder = self.inside_reported(quote)
            if holder is None and not self.speech_like(quote):
                continue
            inherited = True
            if holder is None:
                fresh = self.introduced(quote)
                if fresh is not None:
                    holder, inherited = fresh, False
                else:
                    holder = self.continued(quote)
            span = Span(quote.span.start, quote.span.end)
            if holder is None:
                self.add(span, None, None, "direct", quote=qi)
            else:
                self.add(span, holder.cue, holder.speaker, "direct", quote=qi, inherited=inherited)
        return speech

    def speech_like(self, quote: Quote) -> bool:
        """Someone's words, not a scare quote, a title or a single term."""
        inner = self.view.text[quote.inner.start : quote.inner.end]
        words = inner.split()
        if len(words) < 4:
            return False
        capitals = sum(1 for w in words if w[:1].isupper())
        if capitals / len(words) > 0.6:
            return False
        k = self.view.last_before(quote.span.start)
        return not (k >= 0 and self.toks[k].lower in _NAMING_VERBS)

    def inside_reported(self, quote: Quote) -> Attribution | None:
        for attr in self.out:
            if attr.kind == "indirect" and not attr.credit and attr.content.contains(
                quote.span.start, min(quote.span.end, attr.content.end)
            ) and attr.content.start <= quote.span.start < attr.content.end:
                return attr
        return None

    def introduced(self, quote: Quote) -> Attribution | None:
        """A colon before the quotation, at the end of the sentence or paragraph before."""
        view = self.view
        k = view.last_before(quote.span.start)
        while k >= 0 and view.tokens[k].text in {"\u201c", '"', "'"}:
            k -= 1
        if k < 0 or self.toks[k].text != ":":
            return None
        first, _ = view.sentence_range(k)
        for c in range(k - 1, max(first, k - 12) - 1, -1):
            if self.is_cue(c):
                phrase = subject_before(view, c, self.lex)
                speaker = self.speaker(phrase)
                if speaker is not None:
                    attr = Attribution(view.name, Span(0, 0), self.cue_span(c), speaker, "direct")
                    self.used.add(c)
                    return attr
        return None

    def continued(self, quote: Quote) -> Attribution | None:
        """The same source goes on: a later quote in the paragraph, or the next paragraph."""
        view = self.view
        here = view.paragraph_of[view.first_at(quote.span.start)]
        earlier = [a for a in self.out if a.content.start < quote.span.start]
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
            if here - 1 in paras and self.opens_paragraph(quote):
                return attr
            return None
        return None

    def opens_paragraph(self, quote: Quote) -> bool:
        para = self.view.analysis.paragraphs[self.view.paragraph_of[
            self.view.first_at(quote.span.start)
        ]]
        return quote.span.start <= para.start + 1
