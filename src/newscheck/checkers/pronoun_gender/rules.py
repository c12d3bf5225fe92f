"""The pronoun-gender rules: a pronoun that misgenders a named person, and the old style of
calling a country or ship "she"."""

from __future__ import annotations

from newscheck.models import Severity
from newscheck.rules import Rule

PRONOUN_CONTRADICTS_PERSON = Rule(
    code="PG001",
    name="pronoun-contradicts-person",
    severity=Severity.WARNING,
    summary="A he/she pronoun that contradicts what the article says about the person meant.",
    what=(
        "A gendered pronoun (he, him, his, himself, she, her, hers, herself) whose most "
        "likely referent is a named person the article itself genders the other way: by an "
        "honorific (Ms, Sir), a gendered role noun (spokeswoman, his wife), the pronouns it "
        "uses for them elsewhere, or a first name that is strongly one gender. It stays quiet "
        "when another referent fits the pronoun, inside quotations, for occupations (the nurse "
        "... he), and for anyone described as non-binary or with no evidence at all. Raised as "
        "an error when the evidence and the reference are both clear."
    ),
    why=(
        "Spell and grammar checkers pass it, yet it misreports a named person, and in news "
        "that is a factual error a correction has to fix. It is typical of machine-translated "
        "copy, where the source language did not mark the gender."
    ),
    example=(
        "White House spokeswoman Adrienne Watson said in a statement that the door to "
        "diplomacy was open. “The diplomatic door is not closed yet,” Watson said.\n\n"
        "He also said that North Korea is becoming increasingly desperate."
    ),
    better=(
        "White House spokeswoman Adrienne Watson said in a statement that the door to "
        "diplomacy was open. “The diplomatic door is not closed yet,” Watson said.\n\n"
        "She also said that North Korea is becoming increasingly desperate."
    ),
)

COUNTRY_AS_SHE = Rule(
    code="PG002",
    name="country-as-she",
    severity=Severity.INFO,
    summary="A country or ship referred to as 'she' or 'her'.",
    what=(
        "A feminine pronoun whose most likely referent is a country, the country, a ship "
        "(HMS ..., the vessel). Most style guides, AP and Reuters among them, use 'it' and "
        "'its'. This is a style point, not a person's gender, and the rule is off unless "
        "selected by its code."
    ),
    why="The older usage reads as dated or editorial in news copy.",
    example=(
        "The United States has come out strongly to defend her friends in the East, Japan "
        "and South Korea."
    ),
    better=(
        "The United States has come out strongly to defend its friends in the East, Japan "
        "and South Korea."
    ),
    default_enabled=False,
)

RULES = (PRONOUN_CONTRADICTS_PERSON, COUNTRY_AS_SHE)
