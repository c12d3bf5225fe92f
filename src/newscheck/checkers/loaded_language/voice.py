"""Whose voice a word is in: the reporter's, or a source's the copy attributes it to.

A judgement inside quotation marks, or in a sentence that reports someone's words or views
("called the attack cowardly", "said it was shameful", "according to ..."), is the source's
and is reported, not made. Only a judgement in a sentence with no such cue is the reporter's.
"""

from __future__ import annotations

from collections.abc import Iterable

ATTRIBUTION_CUES = frozenset(
    """
    said says say saying told tells tell added adds according claimed claims claim argued
    argues insisted insists described describes describing describe calling called call calls
    branded labelled labeled labelling denounced denounces condemned condemns condemning
    accused accuses believes believe believed thinks think thought felt feels feel wrote
    writes tweeted stated declared declares warned warns urged complained
    complains suggested suggests alleged alleges maintained maintains hailed hail hails
    praised praises praising deemed considered considers regarded regards viewed
    dubbed termed slammed criticised criticized criticises criticizes blamed lamented
    """.split()
)
"""Verbs and markers of reported speech or opinion (lower case)."""


def is_attributed(sentence_words: Iterable[str]) -> bool:
    """True when the sentence (its words as written) reports somebody's words or view.

    Cues count in lower case, or capitalised as the sentence's first word ("According to"):
    "States" in "United States" is a name, not a verb."""
    return any(
        (w.islower() or i == 0) and w.lower() in ATTRIBUTION_CUES
        for i, w in enumerate(sentence_words)
    )
