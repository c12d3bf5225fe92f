"""Backend rule -> GR code: which of a backend's rules newscheck runs, and under which code.

Harper: only the rules listed in `HARPER_RULES` with ``on=True`` run when their GR code is
selected; each earned its place on clean BBC copy (docs/benchmarks-grammar.md). The others
stay off because they flag house style, names or correct news English (the Oxford comma,
'some 4,000', 'a hearing'), or because word misuse (WM) owns them (its/it's, their/there,
effect/affect). A newsroom turns any Harper rule on or off with the `harper_rules` option;
rules not listed here are then filed by their Harper lint kind.

LanguageTool: matches are filed by rule id first, then by category, then by issue type.
Confusable-word categories are dropped, not merged: WM's verdicts are calibrated on news
and a second, uncalibrated opinion on the same word would only add noise.
"""

from __future__ import annotations

from dataclasses import dataclass

SPELLING_CODES = frozenset({"GR009", "GR010", "GR011"})
"""Codes served by a spell checker; each needs Harper's SpellCheck when it is selected."""


@dataclass(frozen=True)
class HarperRule:
    code: str
    on: bool
    confidence: float


HARPER_SPELLCHECK = "SpellCheck"

HARPER_RULES: dict[str, HarperRule] = {
    # GR001 doubled word
    "RepeatedWords": HarperRule("GR001", True, 0.95),
    "TheTheToThatThe": HarperRule("GR001", True, 0.95),
    "ToTo": HarperRule("GR001", True, 0.95),
    # GR002 a/an
    "AnA": HarperRule("GR002", True, 0.9),
    # GR003 agreement
    "PronounVerbAgreement": HarperRule("GR003", True, 0.8),
    "PronounInflectionBe": HarperRule("GR003", True, 0.85),
    "ThereIsAgreement": HarperRule("GR003", False, 0.5),
    # GR004 verb form
    "HelpedPast": HarperRule("GR004", True, 0.8),
    "WillNonLemma": HarperRule("GR004", True, 0.85),
    "SimplePastToPastParticiple": HarperRule("GR004", True, 0.8),
    "DidPast": HarperRule("GR004", True, 0.8),
    "InflectedVerbAfterTo": HarperRule("GR004", False, 0.4),
    # GR005 other grammar
    "MultipleSequentialPronouns": HarperRule("GR005", True, 0.8),
    "MissingTo": HarperRule("GR005", False, 0.4),
    "OneOfTheSingular": HarperRule("GR005", False, 0.4),
    # GR006 punctuation spacing
    "CommaFixes": HarperRule("GR006", True, 0.9),
    "Spaces": HarperRule("GR006", True, 0.85),
    "QuoteSpacing": HarperRule("GR006", True, 0.85),
    # GR007 typography (house style; the code is off by default)
    "NumericRangeEnDash": HarperRule("GR007", True, 0.7),
    "Dashes": HarperRule("GR007", True, 0.8),
    "UseEllipsisCharacter": HarperRule("GR007", True, 0.7),
    "EllipsisLength": HarperRule("GR007", True, 0.8),
    "PluralDecades": HarperRule("GR007", True, 0.7),
    # GR008 style (taste; the code is off by default)
    "CondenseAllThe": HarperRule("GR008", True, 0.6),
    "AvoidAndAlso": HarperRule("GR008", True, 0.6),
    "RedundantFirsts": HarperRule("GR008", True, 0.6),
    "InTimeFromNow": HarperRule("GR008", True, 0.6),
    "Excellent": HarperRule("GR008", True, 0.5),
    # SpellCheck serves GR009, GR010 and GR011, split by the word's shape (spelling.py)
    HARPER_SPELLCHECK: HarperRule("GR009", True, 0.8),
}

HARPER_KIND_CODES: dict[str, str] = {
    "Repetition": "GR001",
    "Agreement": "GR003",
    "Grammar": "GR005",
    "Miscellaneous": "GR005",
    "Typo": "GR005",
    "WordChoice": "GR005",
    "Eggcorn": "GR005",
    "Malapropism": "GR005",
    "Punctuation": "GR006",
    "Formatting": "GR007",
    "Capitalization": "GR007",
    "Spelling": "GR009",
}
"""For Harper rules a newsroom switches on that `HARPER_RULES` does not list."""

HARPER_OTHER_CODE = "GR008"
HARPER_OTHER_CONFIDENCE = 0.5


def harper_rule_code(rule: str, kind: str) -> tuple[str, float]:
    """The GR code and confidence for a Harper lint of ``rule`` and lint ``kind``."""
    known = HARPER_RULES.get(rule)
    if known is not None:
        return known.code, known.confidence
    return HARPER_KIND_CODES.get(kind, HARPER_OTHER_CODE), HARPER_OTHER_CONFIDENCE


def harper_config(
    all_rules: list[str], selected: frozenset[str], overrides: dict[str, bool]
) -> dict[str, bool | None]:
    """Harper's lint config: the listed rules of the selected codes, then the overrides."""
    config: dict[str, bool | None] = dict.fromkeys(all_rules, False)
    for name, rule in HARPER_RULES.items():
        if name in config and rule.on and rule.code in selected:
            config[name] = True
    config[HARPER_SPELLCHECK] = bool(selected & SPELLING_CODES)
    for name, on in overrides.items():
        if name in config:
            config[name] = on
    return config


# --- LanguageTool ------------------------------------------------------------------------

LT_RULE_CODES: dict[str, str] = {
    "ENGLISH_WORD_REPEAT_RULE": "GR001",
    "EN_A_VS_AN": "GR002",
    "EN_UNPAIRED_BRACKETS": "GR006",
    "COMMA_PARENTHESIS_WHITESPACE": "GR006",
    "WHITESPACE_RULE": "GR006",
    "DOUBLE_PUNCTUATION": "GR006",
    "ENGLISH_WORD_REPEAT_BEGINNING_RULE": "GR008",
}

_LT_AGREEMENT_MARKS = ("AGREEMENT", "_AGR", "NON3PRS", "3SG", "PRP_VB")
_LT_VERB_FORM_MARKS = ("BASEFORM", "PAST_PART", "PARTICIPLE", "TO_NON_BASE", "_VBD", "_VBN")

LT_CATEGORY_CODES: dict[str, str | None] = {
    "GRAMMAR": "GR005",
    "PUNCTUATION": "GR006",
    "TYPOGRAPHY": "GR007",
    "CASING": "GR007",
    "STYLE": "GR008",
    "REDUNDANCY": "GR008",
    "PLAIN_ENGLISH": "GR008",
    "REPETITIONS_STYLE": "GR008",
    "COLLOCATIONS": "GR008",
    "NONSTANDARD_PHRASES": "GR008",
    "COMPOUNDING": "GR008",
    "SEMANTICS": "GR008",
    "GENDER_NEUTRALITY": "GR008",
    "WIKIPEDIA": "GR008",
    "CREATIVE_WRITING": "GR008",
    "MISC": "GR008",
    "TYPOS": "GR009",
    "BRITISH_ENGLISH": "GR011",
    "AMERICAN_ENGLISH": "GR011",
    "AMERICAN_ENGLISH_STYLE": "GR011",
    "REGIONALISMS": "GR011",
    # WM owns confusable words; text statistics are not findings
    "CONFUSED_WORDS": None,
    "FALSE_FRIENDS": None,
    "TEXT_ANALYSIS": None,
}

LT_DROPPED_CATEGORIES = frozenset(c for c, code in LT_CATEGORY_CODES.items() if code is None)

LT_ISSUE_TYPE_CODES: dict[str, str] = {
    "misspelling": "GR009",
    "grammar": "GR005",
    "duplication": "GR001",
    "whitespace": "GR006",
    "typographical": "GR007",
    "locale-violation": "GR011",
}

LT_CONFIDENCE = {"GR001": 0.9, "GR002": 0.9, "GR003": 0.8, "GR004": 0.8, "GR009": 0.8}
LT_OTHER_CONFIDENCE = 0.7


def languagetool_code(rule_id: str, category: str, issue_type: str) -> str | None:
    """The GR code for a LanguageTool match, or None when newscheck drops it."""
    if category in LT_DROPPED_CATEGORIES:
        return None
    if rule_id in LT_RULE_CODES:
        return LT_RULE_CODES[rule_id]
    if category == "GRAMMAR" or issue_type == "grammar":
        if any(mark in rule_id for mark in _LT_AGREEMENT_MARKS):
            return "GR003"
        if any(mark in rule_id for mark in _LT_VERB_FORM_MARKS):
            return "GR004"
    if category in LT_CATEGORY_CODES:
        return LT_CATEGORY_CODES[category]
    return LT_ISSUE_TYPE_CODES.get(issue_type, "GR008")
