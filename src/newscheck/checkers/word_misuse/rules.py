"""The word-misuse rules: one per way a real, correctly spelt word can be the wrong one."""

from __future__ import annotations

from newscheck.models import Severity
from newscheck.rules import Rule

CONFUSABLE_WORD = Rule(
    code="WM001",
    name="confusable-word",
    severity=Severity.ERROR,
    summary="A word from a known confusion set where its partner fits the context.",
    what=(
        "A member of a curated confusion set (its/it's, affect/effect, flout/flaunt, "
        "principal/principle ...) used where the context clearly calls for another member. "
        "The decision rests on the words around it, weighed by a statistical model of "
        "English; the message gives both meanings."
    ),
    why=(
        "Spell checkers pass these because every word is a real word, yet each one changes "
        "the meaning or marks the copy as careless. They are the commonest slips that reach "
        "print."
    ),
    example="The United States reaffirmed it's commitment to Japan and South Korea.",
    better="The United States reaffirmed its commitment to Japan and South Korea.",
)

IMPROBABLE_WORD = Rule(
    code="WM002",
    name="improbable-word",
    severity=Severity.WARNING,
    summary="A real word that makes little sense here while a near neighbour fits far better.",
    what=(
        "A correctly spelt word that is improbable in its sentence while a word one or two "
        "letters away, or one that sounds alike, is far more probable: 'made his depot' for "
        "debut, 'the budget defect' for deficit. No list is needed: the model of English "
        "in context finds them. Words the model does not know are never flagged."
    ),
    why=(
        "Typing slips, sound-alike errors and machine-translation calques produce real words, "
        "so no spell checker sees them, and a reader stumbles on every one."
    ),
    example="The striker made his depot for the club on Saturday.",
    better="The striker made his debut for the club on Saturday.",
)

WRONG_REFERENT = Rule(
    code="WM003",
    name="wrong-referent",
    severity=Severity.ERROR,
    summary="A wrong way to name a country or institution.",
    what=(
        "A referring expression that does not name the place meant ('the Northerner' for "
        "North Korea), or a country name that takes no article written with one ('the North "
        "Korea's'). The right form is suggested from a table of names, demonyms and aliases."
    ),
    why=(
        "Wrong demonyms and references confuse readers about who did what, and are a hallmark "
        "of machine-translated copy."
    ),
    example=(
        "North Korea fired a missile over Japan on Tuesday. The Security Council will meet "
        "to discuss the Northerner's latest launch."
    ),
    better=(
        "North Korea fired a missile over Japan on Tuesday. The Security Council will meet "
        "to discuss North Korea's latest launch."
    ),
)

RULES = (CONFUSABLE_WORD, IMPROBABLE_WORD, WRONG_REFERENT)
