"""News-copy guards: drop backend findings that are correct English in professional news.

Each guard answers one false alarm measured on clean BBC copy (docs/benchmarks-grammar.md):
abbreviations read letter by letter ('an MP'), the letter A as a name ('Group A'), doubled
names ('Duran Duran'), past tenses that look present ('he beat'), object pronouns ('against
him are'), domain names ('.com'). They apply to every backend, so the same words get the
same verdict whichever backend spoke.
"""

from __future__ import annotations

import re

from newscheck.checkers.grammar.issue import Issue

_WORD_AFTER = re.compile(r"[\s\"'\u2018\u201c(]*([\w][\w.&'\u2019-]*)")
_WORD_BEFORE = re.compile(r"([\w'\u2019]+)[^\w]*$")
_SENTENCE_END = set(".!?:;\"'\u201c\u201d\u2018\u2019(\n")

# Letters whose names start with a vowel sound: 'an MP', 'an FBI agent', 'an RAF pilot'.
_VOWEL_NAMED_LETTERS = set("AEFHILMNORSX")

# h-words that take 'an': a silent h, or the British 'an' before an unstressed h
_AN_BEFORE_H = tuple(
    (
        "hour honour honor honest heir histor hotel habitual "
        "hereditar heroic hypothe horrific horrendous hilarious"
    ).split()
)

# un-i words where 'un' is a prefix, so they take 'an' (an unidentified man), while
# union, unique, unit, universal... take 'a'.
_UN_PREFIX_I = ("unid", "unim", "unin")

_DOUBLING_ALLOWED = {"had", "that"}

_OBJECT_PRONOUNS = {"me", "him", "her", "us", "them"}
_PREPOSITIONS = frozenset(
    (
        "about above against at by for from in into like of on onto over than to under with without"
    ).split()
)
# Verbs whose past tense is spelt like the base: 'he beat Holm' is past, not bad agreement.
_SAME_PAST = frozenset(
    (
        "beat bet bid broadcast burst cast cost cut forecast hit hurt let put quit read "
        "rid set shed shut slit split spread thrust upset wed"
    ).split()
)


def keep(text: str, issue: Issue) -> bool:
    """False when ``issue`` is a known false alarm on news copy."""
    guard = _GUARDS.get(issue.code)
    return guard is None or guard(text, issue)


def _article(text: str, issue: Issue) -> bool:
    written = text[issue.start : issue.end].strip()
    if written.lower() not in {"a", "an"}:
        return True
    following = _WORD_AFTER.match(text, issue.end)
    if following is None:
        return True
    word = following.group(1)
    if written == "A" and not _sentence_start(text, issue.start):
        return False  # the letter A as a name: Group A, Serie A, detainee A
    expected = _initialism_articles(word)
    if expected is not None:
        return written.lower() not in expected
    lower = word.lower()
    if written.lower() == "an" and lower.startswith(_AN_BEFORE_H):
        return False  # silent h (an honour) and the British 'an historic'
    if written.lower() == "an" and lower.startswith(_UN_PREFIX_I):
        return False
    return not (written.lower() == "a" and lower.startswith("eu"))  # a European


def _initialism_articles(word: str) -> set[str] | None:
    """The articles an abbreviation can take, or None when ``word`` is an ordinary word."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    if len(letters) < 2:
        return None
    upper = letters.isupper()
    no_vowels = not re.search(r"[aeiouy]", letters, re.IGNORECASE)
    if not (upper or no_vowels):
        return None
    first = letters[0].upper()
    articles = {"an" if first in _VOWEL_NAMED_LETTERS else "a"}
    if len(letters) >= 4 and not no_vowels:
        # may be said as a word (NATO, UEFA): allow the article for that reading too
        articles.add("a" if first not in "AEIO" else "an")
        if first == "U":
            articles.add("an")
    return articles


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_END


def _doubled(text: str, issue: Issue) -> bool:
    span = text[issue.start : issue.end]
    if "\n" in span:
        return False  # a headline or crosshead then a paragraph starting with the same word
    words = re.findall(r"[\w'\u2019]+", span)
    if len(words) < 2:
        return True
    if words[0].lower() in _DOUBLING_ALLOWED and words[0].lower() == words[-1].lower():
        return False
    if words[0][0].isupper() and words[-1][0].isupper():
        return _stands_alone(text, words[0], issue)  # Duran Duran, Bora Bora: a name
    return True


def _stands_alone(text: str, word: str, issue: Issue) -> bool:
    """Is the doubled capitalised word also used alone elsewhere (Blair Blair, Blair)?

    At the start of a sentence the first copy is capitalised anyway ('It It intends'), so
    there the word counts in any case."""
    flags = re.IGNORECASE if _sentence_start(text, issue.start) else 0
    escaped = re.escape(word)
    pattern = re.compile(rf"(?<![\w'\u2019])(?:{escaped}\s+)*{escaped}(?!\w)", flags)
    return any(
        " " not in m.group(0) and not issue.start <= m.start() < issue.end
        for m in pattern.finditer(text)
    )


def _agreement(text: str, issue: Issue) -> bool:
    if not issue.suggestions:
        return False
    verb = text[issue.start : issue.end].strip()
    if issue.suggestions[0].lower() == verb.lower() or verb.lower() in _SAME_PAST:
        return False
    before = _WORD_BEFORE.search(text, 0, issue.start)
    if before is None:
        return True
    pronoun = before.group(1).lower()
    if pronoun in _OBJECT_PRONOUNS or pronoun == "you":
        return False  # 'against him are'; 'you guys', 'kill you makes': Harper misreads you
    if pronoun != "it":
        return True  # he, she, we, they are always subjects
    earlier = _WORD_BEFORE.search(text, 0, before.start())
    return not (earlier and earlier.group(1).lower() in _PREPOSITIONS)  # on it aren't


def _verb_form(text: str, issue: Issue) -> bool:
    written = text[issue.start : issue.end].split()
    return not (issue.suggestions and written and issue.suggestions[0] == written[-1])


def _punctuation(text: str, issue: Issue) -> bool:
    after = text[issue.end : issue.end + 3]
    # '.com', '.22 calibre': a stop that starts a word; '. . .': a spaced ellipsis
    return not (after[:1] == "." and (after[1:2].isalnum() or after == ". ."))


_GUARDS = {
    "GR001": _doubled,
    "GR002": _article,
    "GR003": _agreement,
    "GR004": _verb_form,
    "GR006": _punctuation,
}
