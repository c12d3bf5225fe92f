"""NM rules: a name spelled two ways, a surname before the full name, a changing title."""

from __future__ import annotations

from newscheck.models import Severity
from newscheck.rules import Rule

RULES = (
    Rule(
        code="NM001",
        name="name-spelled-two-ways",
        severity=Severity.WARNING,
        summary="The same person or organisation is spelled two ways in one article.",
        what=(
            "Two spellings of a name word one or two letters apart that belong to one "
            'entity: they share a given name or surname ("Adrienne Watson", "Adrienne '
            'Watsen"), or a single stray spelling stands against a repeated one, or they '
            "differ by one letter in a long name. Also one name written with and without a "
            'space, a hyphen or an inner capital ("TimeWarner", "Time Warner"). Plurals '
            "and demonyms, two different given names (family members share a surname) and "
            "a given name against a surname are left alone. The rarer spelling is flagged."
        ),
        why=(
            "A misspelt name is the error readers and the people named notice first, and "
            "two spellings in one story mean one of them is wrong. Corrections of names "
            "are among the most common a newsroom publishes."
        ),
        example=(
            "Fumio Kishida met business leaders in Osaka on Monday. Kishida promised new "
            "support for exporters, and aides said Kishda would visit Nagoya next week."
        ),
        better=(
            "Fumio Kishida met business leaders in Osaka on Monday. Kishida promised new "
            "support for exporters, and aides said Kishida would visit Nagoya next week."
        ),
    ),
    Rule(
        code="NM002",
        name="surname-before-full-name",
        severity=Severity.WARNING,
        summary="A person is called by surname before the story gives the full name.",
        what=(
            'A surname on its own, with a title ("Mr Watson") or as a speaker ("Watson '
            "said\"), earlier in the body than the first mention of the person's full name "
            '("Adrienne Watson"). Surnames shared by several people in the story are left '
            "alone. The headline is not checked: headlines use surnames."
        ),
        why=(
            "News style introduces a person by full name (and role) at first mention and by "
            "surname after. A surname first leaves readers guessing who is meant, and often "
            "means paragraphs were reordered in editing."
        ),
        example=(
            "Mr Harlow said the plant would close in June.\n\n"
            "Company chairman David Harlow told staff that 300 jobs would go."
        ),
        better=(
            "Company chairman David Harlow said the plant would close in June.\n\n"
            "Mr Harlow told staff that 300 jobs would go."
        ),
    ),
    Rule(
        code="NM003",
        name="title-changes-within-story",
        severity=Severity.WARNING,
        summary="A person's title changes within the story.",
        what=(
            'One person given two different ranks or offices ("Prime Minister Fumio '
            'Kishida", then "President Kishida"; "Gen Smith", then "Col Smith") or '
            'honorifics of two genders ("Mr Watson", then "Ms Watson"). Titles after '
            '"former", "then" or "acting" are not compared; ranks are not compared in a '
            "story that tells of a promotion or election, nor honorifics in one about a "
            "family, and surnames several people share are left alone."
        ),
        why=(
            "A title that changes mid-story is a factual error about the person, and makes "
            "readers wonder whether two people are meant."
        ),
        example=(
            "Prime Minister Fumio Kishida arrived in Seoul on Monday. President Kishida "
            "is expected to meet business leaders before flying home."
        ),
        better=(
            "Prime Minister Fumio Kishida arrived in Seoul on Monday. Mr Kishida is "
            "expected to meet business leaders before flying home."
        ),
    ),
)
