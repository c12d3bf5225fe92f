"""LL rules: judgements and loaded verbs of saying in the reporter's own voice."""

from __future__ import annotations

from newscheck.models import Severity
from newscheck.rules import Rule

RULES = (
    Rule(
        code="LL001",
        name="judgement-in-reporter-voice",
        severity=Severity.WARNING,
        summary="An evaluative or emotive word passes judgement in the reporter's own voice.",
        what=(
            'A word from a short, measured list of judgements ("cowardly", "disgraceful", '
            '"heroic", "shocking", "ludicrous"), outside quotation marks and in a '
            "sentence that attributes nothing to anyone. The same word inside a quotation or "
            'in a sentence such as "the minister called the attack cowardly" is reported, '
            "not made, and is left alone. Capitalised uses (titles, names) are ignored."
        ),
        why=(
            "News copy reports what happened and lets named sources judge it. A judgement "
            "in the reporter's voice reads as the outlet taking sides and gives readers a "
            "reason to distrust the rest of the story. Describe what was done, or attribute "
            "the word to someone who said it."
        ),
        example=(
            "The council voted to close the library on Monday in a cowardly move that "
            "ignored two years of campaigning by residents."
        ),
        better=(
            "The council voted to close the library on Monday. Campaigners called the "
            "decision cowardly and said they would challenge it in court."
        ),
    ),
    Rule(
        code="LL002",
        name="loaded-verb-of-saying",
        severity=Severity.WARNING,
        summary='A tabloid verb ("slammed", "lambasted") stands for "criticised".',
        what=(
            '"Slammed", "lambasted", "blasted", "savaged" and the like used for '
            "criticism, outside quotation marks. Literal uses (a door slammed shut, a shot "
            "blasted into the net, a dog that savaged a child) are not flagged: the verb must "
            'take a person or a decision as its object, and "blasted" or "savaged" must '
            "come with what the criticism was for."
        ),
        why=(
            "These verbs dramatise ordinary disagreement and tell the reader how strongly to "
            'feel about it. "Criticised" or "said" with the critic\'s own words is '
            "accurate and lets the quote carry the heat."
        ),
        example="Opposition leaders slammed the budget, saying it did nothing for renters.",
        better="Opposition leaders criticised the budget, saying it did nothing for renters.",
    ),
)
