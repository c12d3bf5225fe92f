"""The three generic house-style rules: one code per kind of style-file rule.

Codes are static so that ``newscheck rules``, ``--select``, severity overrides and the report
schema keep working; each style-file rule is named by its own ``id`` in the message. They are
off by default (select HS001, HS002, HS003 by their codes), and use the bundled ``ap-example``
style until ``styles`` names the newsroom's own.
"""

from __future__ import annotations

from newscheck.models import Severity
from newscheck.rules import Rule

AVOID = Rule(
    code="HS001",
    name="house-style-avoid",
    severity=Severity.WARNING,
    summary="A word or phrase the house style says to avoid.",
    what=(
        "A whole-word, case-insensitive match of an `avoid` rule in a style file (with the "
        "bundled AP example: 'irregardless', 'utilize'). Direct quotations are skipped unless "
        "the rule sets `in_quotes = true`."
    ),
    why=(
        "Every newsroom has words it does not print; writing them down as data lets the desk "
        "enforce them before publication instead of in corrections."
    ),
    example=(
        "The council will irregardless press ahead with the new bus lanes, the mayor said.\n\n"
        "Work starts in March."
    ),
    better=(
        "The council will press ahead with the new bus lanes regardless, the mayor said.\n\n"
        "Work starts in March."
    ),
    default_enabled=False,
)

PREFER = Rule(
    code="HS002",
    name="house-style-prefer",
    severity=Severity.WARNING,
    summary="A variant where the house style prefers another form.",
    what=(
        "A variant listed by a `prefer` rule ('towards' where AP style writes 'toward'), with "
        "the preferred form as the suggestion, in the variant's capitalisation."
    ),
    why=(
        "Readers notice a publication that spells the same word two ways; a style book only "
        "works if it is applied to every story."
    ),
    example=(
        "The ministry moved towards a ban on disposable vapes on Monday.\n\n"
        "Retailers will have six months to clear their stock."
    ),
    better=(
        "The ministry moved toward a ban on disposable vapes on Monday.\n\n"
        "Retailers will have six months to clear their stock."
    ),
    default_enabled=False,
)

INCONSISTENT = Rule(
    code="HS003",
    name="house-style-inconsistent",
    severity=Severity.INFO,
    summary="Two accepted variants mixed in one article.",
    what=(
        "A `consistency` rule lists variants that are each acceptable, but not together: the "
        "first one the article uses sets the form, and later uses of the others are flagged."
    ),
    why="Switching between spellings within one story reads as careless editing.",
    example=(
        "The hospital trust said health care workers would get a pay rise in April.\n\n"
        "Unions said the offer was the least healthcare staff deserved."
    ),
    better=(
        "The hospital trust said health care workers would get a pay rise in April.\n\n"
        "Unions said the offer was the least health care staff deserved."
    ),
    default_enabled=False,
)

RULES = (AVOID, PREFER, INCONSISTENT)
CODE_FOR_KIND = {"avoid": AVOID.code, "prefer": PREFER.code, "consistency": INCONSISTENT.code}
