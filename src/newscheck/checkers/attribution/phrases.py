"""Noun phrases next to a reporting verb: the speaker before it, or after it when inverted.

There is no parser here (a news checker must stay fast and install nothing heavy), so a
speaker is read as the run of name-like words that ends next to the verb: "White House
security spokeswoman Adrienne Watson said", "said Sen. Barbara Mikulski of Maryland", "Doug
Usher, director of research at Widmeyer Communications, said". Function words, verbs of the
clause and punctuation end the run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscheck.checkers.attribution.lexicon import Lexicon
from newscheck.checkers.attribution.view import FieldView

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
DETERMINERS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
        "our", "my", "your", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "another", "other", "others", "each", "both", "all", "any", "no",
        "some", "many", "most", "several", "few", "numerous", "various", "certain",
    }
)
BE = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s"})
AUXILIARIES = BE | frozenset(
    {
        "has", "have", "had", "will", "would", "could", "should", "may", "might", "can",
        "must", "did", "does", "do", "shall", "'ve", "'d", "'ll",
    }
)
_SKIP = AUXILIARIES | frozenset(
    {
        "also", "later", "then", "previously", "recently", "once", "again", "separately",
        "earlier", "further", "subsequently", "first", "last", "now", "still", "already",
        "just", "only", "even", "today", "yesterday", "tonight", "never", "always", "often",
        "not", "reportedly", "allegedly", "apparently", "too", "has", "since", "long",
    }
)
# Lowercase words ending in -ly that are nouns, not adverbs before the verb.
_LY_NOUNS = frozenset(
    {"family", "ally", "assembly", "supply", "rally", "monopoly", "anomaly", "reply", "bully",
     "italy", "daily", "weekly", "monthly", "quarterly", "elderly", "fly", "belly", "lily"}
)
_INNER = frozenset(
    {"of", "for", "at", "from", "with", "in", "on", "de", "van", "von", "der", "den", "al",
     "bin", "la", "le", "du", "del", "da", "dos", "di", "and", "&", "to"}
)
_FORWARD_STOP = frozenset(
    {"in", "on", "during", "after", "before", "when", "as", "who", "which", "that", "while",
     "adding", "saying", "yesterday", "today", "tonight", "last", "this", "earlier", "later",
     "recently", "told", "about", "afterwards", "outside", "because", "though", "although",
     "but", "and", "or", "than", "if", "whose"}
)
_BREAK = frozenset(
    {
        "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "if",
        "as", "than", "but", "or", "so", "not", "there", "here", "by", "after", "before",
        "during", "since", "until", "about", "against", "into", "through", "over", "under",
        "between", "among", "without", "within", "per", "via", "like", "unlike", "including",
        "despite", "although", "though", "whether", "however", "meanwhile", "also", "then",
        "what", "how", "why", "yet", "instead", "just", "even", "only", "still", "now",
        "according", "to",
    }
) | AUXILIARIES | PRONOUNS
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt",
     "prof", "rev", "det", "supt", "insp", "jr", "sr", "no", "maj", "cmdr", "adm"}
)
_ROLE_TO = frozenset({"adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
                      "ambassador", "envoy", "aide", "secretary", "counsel", "assistant",
                      "successor", "heir", "close", "closest", "near", "nearest"})
_MAX_WORDS = 14
_PARTICLE_NAME = re.compile(
    r"^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|van|von|de|di|da|du|le|la)-[A-Z]"
)
_ADVERBIAL_OPENERS = frozenset(
    {"in", "on", "at", "during", "speaking", "after", "when", "while", "writing", "according",
     "asked", "responding", "referring", "addressing", "quoted", "for", "however", "too",
     "also", "though", "meanwhile", "like"}
)
_SENTENCE_OPENERS = frozenset(
    {"for", "in", "on", "at", "with", "after", "from", "to", "by", "of", "when", "while",
     "if", "and", "but", "so", "yet", "once", "although", "though", "despite", "during",
     "since", "until", "unless", "because", "whether", "meanwhile", "however", "instead",
     "indeed", "still", "now", "then", "today", "yesterday", "last", "next", "earlier",
     "later", "asked", "speaking", "writing", "according", "following", "under", "over",
     "among", "amid", "without", "within", "across", "about", "against", "between", "into",
     "like", "unlike", "including", "even", "just", "only", "also", "not", "no", "yes",
     "here", "there", "where", "why", "how", "what", "who", "which", "whose", "some", "many"}
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """Token range ``[first, last)`` of a speaker; ``head`` is the part that names them."""

    first: int
    last: int
    head: tuple[int, int]
    appositive: tuple[int, int] | None = None


def is_capitalised(view: FieldView, i: int, lex: Lexicon) -> bool:
    """A capital that means a name: not one that only starts a sentence or a headline."""
    tok = view.tokens[i]
    if not tok.text[:1].isupper():
        return _PARTICLE_NAME.match(tok.text) is not None  # "al-Amr", "bin-Laden"
    low = tok.lower
    if low in DETERMINERS or low in PRONOUNS or low in _BREAK or low in _INNER:
        return False
    if low in _SENTENCE_OPENERS and view.is_sentence_start(i):
        return False
    common = _is_common(low, lex)
    if view.name == "title":
        return not common
    return not (common and view.is_sentence_start(i))


def _is_common(low: str, lex: Lexicon) -> bool:
    return (
        low in lex.vague_authority
        or low in lex.vague_groups
        or low in lex.anonymous
        or low in lex.roles
        or low in lex.organisations
        or low in lex.female_words
        or low in lex.male_words
        or low in lex.quantifiers
        or low in lex.cues
    )


def _adverb(view: FieldView, i: int) -> bool:
    tok = view.tokens[i]
    low = tok.lower
    if low in _SKIP:
        return True
    if not (low.endswith("ly") and len(low) > 4 and tok.text.islower()):
        return False
    if low in _LY_NOUNS:
        return False
    prev = view.tokens[i - 1].lower if i > 0 else ""
    return prev not in DETERMINERS


def _word_in_phrase(view: FieldView, j: int, lex: Lexicon) -> bool:
    tok = view.tokens[j]
    low = tok.lower
    if low == "and":
        return (
            0 < j < len(view.tokens) - 1
            and is_capitalised(view, j - 1, lex)
            and view.tokens[j + 1].text[:1].isupper()
        )
    if low == "to":
        return j > 0 and view.tokens[j - 1].lower in _ROLE_TO
    if low in _BREAK:
        return False
    if low in lex.cues and not tok.text[:1].isupper():
        # "the report", "World Bank report": a noun after a determiner or a name.
        prev = view.tokens[j - 1] if j > 0 else None
        return prev is not None and (
            prev.lower in DETERMINERS or prev.lower.endswith(("'s", "\u2019s"))
            or (prev.text[:1].isupper() and prev.lower not in _BREAK)
        ) and low not in {"said", "says", "say", "told", "tells", "added", "adds"}
    return True


def _glue(view: FieldView, j: int) -> bool:
    """Punctuation that stays inside a name: "Mr." "O'Neill" "AT&T" "Jong-un"."""
    tok = view.tokens[j]
    if tok.text == ".":
        return (j > 0 and view.tokens[j - 1].lower in _ABBREVIATIONS) or (
            j > 0 and len(view.tokens[j - 1].text) == 1 and view.tokens[j - 1].text.isupper()
        )
    return tok.text in {"-", "&", "'", "\u2019"}


def _trim(view: FieldView, first: int, last: int) -> tuple[int, int] | None:
    while first < last and (view.tokens[first].lower in _INNER or not view.tokens[first].is_word):
        first += 1
    while last > first and (
        view.tokens[last - 1].lower in _INNER or view.tokens[last - 1].text in {"-", "&"}
    ):
        last -= 1
    return (first, last) if last > first else None


def _run_back(view: FieldView, end: int, floor: int, lex: Lexicon) -> tuple[int, int] | None:
    """The longest phrase ending at token ``end`` (inclusive) and starting at ``floor`` or later."""
    j = end
    first = end + 1
    words = 0
    while j >= floor and words < _MAX_WORDS:
        if view.in_quote(j):
            break
        tok = view.tokens[j]
        if tok.is_word:
            if not _word_in_phrase(view, j, lex):
                break
            words += 1
        elif not _glue(view, j):
            break
        first = j
        j -= 1
    return _trim(view, first, end + 1)


def subject_before(view: FieldView, cue: int, lex: Lexicon) -> Phrase | None:
    """The speaker ending just before the verb at ``cue``: "Mr Smith said", "she told"."""
    floor, _ = view.sentence_range(cue)
    i = cue - 1
    passive = False
    while i >= floor and view.tokens[i].is_word and _adverb(view, i):
        passive = passive or view.tokens[i].lower in BE
        i -= 1
    if passive and not view.tokens[cue].lower.endswith("ing"):
        return None  # "it is believed", "was told": no one is speaking
    if i < floor or view.in_quote(i):
        return None
    tok = view.tokens[i]
    if tok.lower in PRONOUNS:
        return Phrase(i, i + 1, (i, i + 1))
    if tok.lower == "who":
        return _before_relative(view, i, floor, lex)
    if tok.text == ")":
        opening = _opening_bracket(view, i, floor)
        if opening is None:
            return None
        i = opening - 1
        if i < floor:
            return None
        tok = view.tokens[i]
    if tok.text == ",":
        return _appositive_before(view, i, floor, lex)
    if not tok.is_word and not _glue(view, i):
        return None
    run = _run_back(view, i, floor, lex)
    if run is None:
        return None
    before = run[0] - 1
    if (
        before - 1 >= floor
        and view.tokens[before].lower in {"from", "of", "at", "with"}
        and view.tokens[before - 1].text == ","
    ):
        head = _run_back(view, before - 2, floor, lex)
        if head is not None:
            return Phrase(head[0], run[1], head, (before, run[1]))
    return Phrase(run[0], run[1], run)


def _opening_bracket(view: FieldView, close: int, floor: int) -> int | None:
    for j in range(close - 1, max(floor, close - 12) - 1, -1):
        if view.tokens[j].text == "(":
            return j
    return None


def _before_relative(view: FieldView, who: int, floor: int, lex: Lexicon) -> Phrase | None:
    """"Ms Jones, who chairs the panel, said" → Ms Jones."""
    i = who - 1
    if i < floor or view.tokens[i].text != ",":
        return None
    run = _run_back(view, i - 1, floor, lex)
    if run is None:
        return None
    return Phrase(run[0], run[1], run)


def _appositive_before(view: FieldView, comma: int, floor: int, lex: Lexicon) -> Phrase | None:
    """"Doug Usher, director of research at X, said" → Doug Usher (with the appositive)."""
    k = comma - 1
    depth = 0
    while k >= floor and k > comma - 25 and (depth or view.tokens[k].text != ","):
        text = view.tokens[k].text
        if view.in_quote(k) or text in {";", ":"}:
            return None
        if text == "." and not _glue(view, k):
            return None
        depth += {")": 1, "(": -1}.get(text, 0)
        k -= 1
    if k < floor or view.tokens[k].text != ",":
        return None
    segment = _trim(view, k + 1, comma)
    if segment is None:
        return None
    seg_first = view.tokens[k + 1].lower
    head = _run_back(view, k - 1, floor, lex)
    if head is None:
        return None
    if seg_first in {"who", "which", "whose"} or seg_first in _ADVERBIAL_OPENERS:
        return Phrase(head[0], head[1], head)  # "X, in remarks to the BBC, said"
    if seg_first in {"and", "but", "or", "so", "then"}:
        return None
    plain_end = next(
        (j for j in range(*segment) if view.tokens[j].text == "("), segment[1]
    )
    inner = _run_back(view, plain_end - 1, segment[0], lex)
    if inner is None or inner != (segment[0], plain_end):
        return None
    if not _named(view, head, lex) and _named(view, segment, lex):
        return Phrase(head[0], segment[1], segment, head)
    return Phrase(head[0], segment[1], head, segment)


def _named(view: FieldView, run: tuple[int, int], lex: Lexicon) -> bool:
    return any(is_capitalised(view, j, lex) for j in range(*run) if view.tokens[j].is_word)


def speaker_after(
    view: FieldView, cue: int, lex: Lexicon, stop: int | None = None
) -> Phrase | None:
    """The speaker after an inverted verb: "…," said the minister / said Sen. Smith."""
    if stop is None:
        _, stop = view.sentence_range(cue)
    j = cue + 1
    if j < stop and view.tokens[j].lower in {"by"}:
        return None
    first = j
    words = 0
    while j < stop and words < _MAX_WORDS:
        if view.in_quote(j):
            break
        tok = view.tokens[j]
        if tok.is_word:
            low = tok.lower
            if low in _FORWARD_STOP:
                break
            if low in PRONOUNS and j == first:
                return Phrase(j, j + 1, (j, j + 1))
            if not _word_in_phrase(view, j, lex):
                break
            words += 1
        elif not _glue(view, j):
            break
        j += 1
    run = _trim(view, first, j)
    if run is None:
        return None
    appositive = None
    if j < stop and view.tokens[j].text == ",":
        k = j + 1
        depth = 0
        while k < stop and (depth or view.tokens[k].text not in {",", ".", ";", ":"}):
            if view.in_quote(k):
                break
            depth += {"(": 1, ")": -1}.get(view.tokens[k].text, 0)
            k += 1
        seg = _trim(view, j + 1, k)
        if seg and _looks_appositive(view, seg, lex):
            appositive = seg
    return Phrase(run[0], run[1], run, appositive)


def _looks_appositive(view: FieldView, seg: tuple[int, int], lex: Lexicon) -> bool:
    """A short description or name after a comma, not the next clause of the sentence."""
    words = [view.tokens[j] for j in range(*seg) if view.tokens[j].is_word]
    if not words or len(words) > 8 or words[0].lower in {"who", "which", "adding", "saying"}:
        return False
    return not any(
        w.text.islower() and (w.lower.endswith("ed") or w.lower in AUXILIARIES)
        and w.lower not in lex.roles
        for w in words
    )


_OPENERS = frozenset(
    {"but", "and", "so", "then", "meanwhile", "still", "yet", "now", "later", "also", "as",
     "however", "instead", "indeed", "separately", "earlier", "finally", "again"}
)


def sentence_subject(view: FieldView, first: int, end: int, lex: Lexicon) -> Phrase | None:
    """The subject that opens the sentence, for a verb far from it ("X fired back: …").

    Leading conjunctions and one introductory phrase closed by a comma ("In early October,")
    are skipped. The subject must be followed by a lowercase word: the verb.
    """
    i = first
    while i < end and view.tokens[i].lower in _OPENERS:
        i += 1
    while i < end and view.tokens[i].text == ",":
        i += 1
    for start in (i, _after_intro(view, i, end)):
        if start is None or start >= end:
            continue
        phrase = speaker_after(view, start - 1, lex, end)
        if phrase is None or phrase.head[0] != start:
            continue
        phrase = _known_words(view, phrase, lex)
        if phrase is None:
            continue
        nxt = phrase.appositive[1] if phrase.appositive else phrase.last
        while nxt < end and view.tokens[nxt].text in {",", ")"}:
            nxt += 1
        if nxt < end and view.tokens[nxt].is_word and view.tokens[nxt].text.islower():
            return phrase
    return None


def _known_words(view: FieldView, phrase: Phrase, lex: Lexicon) -> Phrase | None:
    """Cut a sentence-opening phrase at its first word that is no part of a name or a
    source noun: "Bush offered a retort" → "Bush"."""
    for j in range(*phrase.head):
        tok = view.tokens[j]
        if not tok.is_word or is_capitalised(view, j, lex) or tok.text[:1].isupper():
            continue
        low = tok.lower
        if low in DETERMINERS or low in _INNER or _is_common(low, lex) or "-" in low:
            continue
        if j == phrase.head[0]:
            return None
        return Phrase(phrase.head[0], j, (phrase.head[0], j))
    return phrase


def _after_intro(view: FieldView, i: int, end: int) -> int | None:
    for j in range(i, min(end, i + 10)):
        if view.tokens[j].text == ",":
            return j + 1
        if view.in_quote(j):
            return None
    return None


def main_verb(view: FieldView, phrase: Phrase, end: int) -> int | None:
    """The first word after a subject that is not an adverb: the verb it governs."""
    j = phrase.appositive[1] if phrase.appositive else phrase.last
    while j < end and (not view.tokens[j].is_word or view.tokens[j].lower in _SKIP):
        if view.in_quote(j):
            return None
        j += 1
    return j if j < end and view.tokens[j].text.islower() else None


def fallback_subject(view: FieldView, c: int, lex: Lexicon) -> Phrase | None:
    """The subject a verb shares with the clause before: "X nodded and said", ", saying"."""
    toks = view.tokens
    first, _ = view.sentence_range(c)
    prev = c - 1
    while prev >= first and toks[prev].lower in {"also", "then", "later", "again"}:
        prev -= 1
    if prev >= first and view.in_quote(prev) and not toks[prev].is_word:
        mark = toks[prev].start
        if mark > 0 and view.text[mark - 1] == ",":
            return _joined_subject(view, first, c, lex)
    if prev < first:
        return speaker_after(view, c, lex) if toks[c].text[:1].isupper() else None
    joined = toks[prev].lower in {"and", "but", "yet"} or (
        toks[prev].text == "," and toks[c].lower.endswith("ing")
    )
    if not joined:
        return None
    return _joined_subject(view, first, c, lex)


def _joined_subject(view: FieldView, first: int, c: int, lex: Lexicon) -> Phrase | None:
    toks = view.tokens
    if not toks[c].lower.endswith("ing") and toks[c - 1].lower not in {
        "and", "but", "yet", "also", "then", "later", "again"
    }:
        return None
    return sentence_subject(view, first, c, lex)
