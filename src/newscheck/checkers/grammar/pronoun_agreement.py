"""newscheck's own agreement check for the pattern news needs most: reported speech.

Harper checks 'She were late.' but not 'Police said she were arrested' or 'The firm said it
have made a loss', the form in which agreement slips reach news copy. This flags a
subject pronoun directly followed by a form of be, have, do or say of the wrong number. It is
deliberately narrow: 'he', 'she', 'we' and 'they' are always subjects; 'it' only after a
word that opens a clause (said it, that it, and it); the subjunctive ('if he were', 'as it
were') and questions ('did he have') are left alone.
"""

from __future__ import annotations

import itertools
import re

from newscheck.checkers.grammar.issue import Issue

CODE = "GR003"
CONFIDENCE = 0.85

_SINGULAR = {"he", "she", "it"}
_PLURAL = {"we", "they"}
# wrong form after a singular pronoun -> right form
_FOR_SINGULAR = {
    "have": "has",
    "haven't": "hasn't",
    "were": "was",
    "weren't": "wasn't",
    "are": "is",
    "aren't": "isn't",
    "do": "does",
    "don't": "doesn't",
    "say": "says",
}
_FOR_PLURAL = {
    "has": "have",
    "hasn't": "haven't",
    "was": "were",
    "wasn't": "weren't",
    "is": "are",
    "isn't": "aren't",
    "does": "do",
    "doesn't": "don't",
    "says": "say",
}
# words after which 'it' is a subject, not an object ('made it have')
_CLAUSE_OPENERS = frozenset(
    (
        "said says say told added claimed insisted warned believes believed thinks "
        "thought that and but because so when while although though since until unless "
        "whether where once now then yet if as saying adding arguing claiming insisting "
        "warning hoping after before why how what which who revealed announced "
        "admitted confirmed denied argued explained reported"
    ).split()
)
_MANDATIVE = (
    "insist",
    "demand",
    "suggest",
    "ask",
    "request",
    "requir",
    "recommend",
    "propos",
    "urg",
    "order",
    "essential",
    "important",
    "vital",
    "crucial",
    "necessary",
    "imperative",
)
_BOUNDARIES = (",", ";", ":", ".", "!", "?", " - ", "\u2013", "\u2014", "(", "\n")
_SUBJUNCTIVE = {"if", "though", "wish", "wished", "unless", "suppose", "supposing"}
_AUXILIARIES = frozenset(
    (
        "do does did will would can could should shall may might must has have had is are "
        "was were am not nor"
    ).split()
)
_WORD = re.compile(r"(?<![\w'\u2019-])[A-Za-z]+(?:['\u2019]t)?(?![\w'\u2019-])")
_WORD_BEFORE = re.compile(r"([A-Za-z']+)[^A-Za-z]*$")


def find_agreement(text: str) -> list[Issue]:
    """Pronoun + be/have/do of the wrong number, e.g. 'said it were', 'they has'."""
    issues = []
    words = list(_WORD.finditer(text))
    for first, second in itertools.pairwise(words):
        if not text[first.end() : second.start()].isspace():
            continue  # a comma or a quote between them: not subject and verb
        fix = _fix(text, first, second)
        if fix is not None:
            issues.append(
                Issue(
                    code=CODE,
                    start=second.start(),
                    end=second.end(),
                    message=f"'{second.group(0)}' does not agree with '{first.group(0)}'.",
                    suggestions=(fix,),
                    confidence=CONFIDENCE,
                    backend="newscheck",
                    source_rule="pronoun-agreement",
                )
            )
    return issues


def _mandative(text: str, that: re.Match[str]) -> bool:
    verb = _WORD_BEFORE.search(text, 0, that.start())
    return verb is not None and verb.group(1).lower().startswith(_MANDATIVE)


def _opens_clause(text: str, before: re.Match[str] | None, previous: str) -> bool:
    """Is the word before 'it' one after which 'it' is a subject ('said it', ', it')?"""
    if before is None or previous in _CLAUSE_OPENERS:
        return True
    between = text[before.end(1) : before.end()]
    return any(mark in between for mark in _BOUNDARIES)


def _fix(text: str, first: re.Match[str], second: re.Match[str]) -> str | None:
    written, verb = first.group(0), second.group(0)
    pronoun = written.lower()
    if written not in (pronoun, pronoun.capitalize()):
        return None  # IT, HE: an abbreviation or a shouted headline
    key = verb.lower().replace("\u2019", "'")
    if pronoun in _SINGULAR:
        right = _FOR_SINGULAR.get(key)
    elif pronoun in _PLURAL:
        right = _FOR_PLURAL.get(key)
    else:
        return None
    if right is None:
        return None
    before = _WORD_BEFORE.search(text, 0, first.start())
    previous = before.group(1).lower() if before else ""
    if previous in _AUXILIARIES:
        return None  # a question or inversion: 'did he have', 'were it not'
    if key.startswith("were") and (previous in _SUBJUNCTIVE or previous == "as"):
        return None  # 'if she were', 'as it were', 'as if he were'
    subjunctive_form = pronoun in _SINGULAR and key in {"have", "do", "say"}
    if subjunctive_form and previous == "that" and before is not None and _mandative(text, before):
        return None  # 'insisted that he have the final say': a subjunctive, not a slip
    if pronoun == "it" and not _opens_clause(text, before, previous):
        return None  # 'it' may be an object: 'made it have'
    if "\u2019" in verb:
        right = right.replace("'", "\u2019")
    return right if verb[:1].islower() else right.capitalize()
