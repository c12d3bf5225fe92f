"""HB rules: a figure or a name in the headline that the body never gives."""

from __future__ import annotations

from newscheck.models import Severity
from newscheck.rules import Rule

RULES = (
    Rule(
        code="HB001",
        name="headline-figure-not-in-body",
        severity=Severity.WARNING,
        summary="A number in the headline is not in the body, or the body gives another.",
        what=(
            'A figure in the headline ("300", "£1.2bn", "76%", "five") that the body '
            'never gives in any form ("1,200" and "1200", "five" and "5", "£1.2bn" '
            'and "£1.2 billion" are the same figure, and a headline may round the body\'s). '
            "When the body gives a different figure of the same size the message names it. "
            'Scores, ordinals and figures glued to letters ("G8", "4G") are not checked; '
            "neither is a body under 40 words."
        ),
        why=(
            "The headline is the most read line of a story. A figure there that the story "
            "does not support is either a typo or a claim nobody checked, and it is the one "
            "readers repeat."
        ),
        example=(
            "Floods close 300 schools across the region\n\n"
            "Floods closed 200 schools across the region on Monday after a week of heavy "
            "rain. The regional education office said pupils would be taught online until "
            "the water receded and engineers had checked every building. Parents were told "
            "to expect an update on Thursday."
        ),
        better=(
            "Floods close 200 schools across the region\n\n"
            "Floods closed 200 schools across the region on Monday after a week of heavy "
            "rain. The regional education office said pupils would be taught online until "
            "the water receded and engineers had checked every building. Parents were told "
            "to expect an update on Thursday."
        ),
    ),
    Rule(
        code="HB002",
        name="headline-name-not-in-body",
        severity=Severity.WARNING,
        summary="A person, place or organisation in the headline is not in the body.",
        what=(
            "A name in the headline (a capitalised word that is not an ordinary English "
            "word, or an acronym) that the body never mentions: not as written, not inside "
            'a compound ("Warner" in "TimeWarner"), not in a form sharing its stem '
            '("Japan", "Japanese"), not by a listed alias ("UK", "Britain"), and for an '
            'acronym not spelt out ("UN", "United Nations").'
        ),
        why=(
            "A headline that names someone the story never mentions has usually been "
            "written for another version of the story, or names the wrong person or place: "
            "an error that can be libellous and is always embarrassing."
        ),
        example=(
            "Kishida pledges aid to flood-hit towns\n\n"
            "Japan's prime minister, Shigeru Ishiba, promised on Tuesday to send emergency "
            "funds to towns flooded by the weekend's storms. He said the government would "
            "cover the cost of temporary housing for families who had lost their homes. "
            "Opposition parties said the money should have been released days earlier."
        ),
        better=(
            "Ishiba pledges aid to flood-hit towns\n\n"
            "Japan's prime minister, Shigeru Ishiba, promised on Tuesday to send emergency "
            "funds to towns flooded by the weekend's storms. He said the government would "
            "cover the cost of temporary housing for families who had lost their homes. "
            "Opposition parties said the money should have been released days earlier."
        ),
    ),
)
