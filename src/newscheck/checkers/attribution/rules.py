"""The source-attribution (SA) rules: what a standards editor would query, and why."""

from __future__ import annotations

from newscheck.models import Severity
from newscheck.rules import Rule

UNATTRIBUTED_QUOTE = Rule(
    code="SA001",
    name="unattributed-quote",
    severity=Severity.WARNING,
    summary="A direct quotation has no speaker the reader can find.",
    what=(
        "A quotation of at least four words that reads as someone's words (not a scare quote, "
        "a title or a nickname) with no speaker in its sentence, in a colon introduction, or "
        "in the quotation it continues in the same or the previous paragraph; or a quotation "
        "whose speaker is a pronoun ('he said') that matches nobody named before it, for "
        "example because the only person named is described as a woman. Quotations in the "
        "headline are left alone: the body attributes them."
    ),
    why=(
        "A quote with no speaker cannot be checked, corrected or answered, and readers cannot "
        "judge how much to trust it. Fabricated and recycled quotes travel precisely because "
        "nobody is named. Every quote needs a source on first use."
    ),
    example=(
        "The council approved the new parking charges on Tuesday.\n\n"
        '"This is the worst deal the town has signed in a decade and residents will pay '
        'for it."\n\n'
        "The charges take effect in April."
    ),
    better=(
        "The council approved the new parking charges on Tuesday.\n\n"
        '"This is the worst deal the town has signed in a decade and residents will pay '
        'for it," said opposition councillor Jane Porter.\n\n'
        "The charges take effect in April."
    ),
)

VAGUE_ATTRIBUTION = Rule(
    code="SA002",
    name="vague-attribution",
    severity=Severity.INFO,
    summary="A claim is attributed to a vague or anonymous source.",
    what=(
        "A source that names nobody: a group invoked for its authority or numbers ('experts "
        "say', 'according to experts', 'critics argue', 'some people believe', 'analysts "
        "said'), an unnamed source ('sources said', 'a senior official'), 'reportedly', or a "
        "pronoun speaker nobody named can stand for. A group tied to a named body ('analysts "
        "at Barclays', 'Pentagon officials') is not vague. Info when the article names other "
        "sources; a warning when a vague group is the support for a claim in an article that "
        "names at most one source of its own."
    ),
    why=(
        "'Experts say' lets a writer put an opinion in the mouth of nobody. Editors ask which "
        "experts, how many, and why they are not named; anonymity should be granted for a "
        "reason the copy gives, not by default."
    ),
    example=(
        "The new sanctions are not working. According to experts, Pyongyang has found ways "
        "around every measure so far."
    ),
    better=(
        "The new sanctions are not working, according to Jane Porter, who studies sanctions "
        "at King's College London. She said Pyongyang had found ways around every measure "
        "so far."
    ),
)

UNOWNED_ALLEGATION = Rule(
    code="SA003",
    name="unowned-allegation",
    severity=Severity.WARNING,
    summary="An accusation of wrongdoing that nobody in the copy makes.",
    what=(
        "'allegedly', 'alleged to have', 'was accused of' or 'is suspected of' with no accuser "
        "in the sentence or the one before: no 'accused by', no named source making the claim, "
        "and no police, prosecutors, court, charge, lawsuit or complaint that would own it."
    ),
    why=(
        "'Allegedly' does not protect a publication: it signals an accusation while hiding who "
        "makes it, so the reader cannot weigh it and the person accused cannot answer it. Say "
        "who alleges what, or leave the claim out."
    ),
    example=(
        "In 2021 more than $600m in digital currency was allegedly stolen by the group, which "
        "has links to the government."
    ),
    better=(
        "In 2021 the group stole more than $600m in digital currency, according to a report "
        "by the UN panel that monitors the sanctions."
    ),
)

OUTLET_ONLY_SOURCING = Rule(
    code="SA004",
    name="outlet-only-sourcing",
    severity=Severity.WARNING,
    summary="The story rests on another news outlet rather than on sources of its own.",
    what=(
        "A 'Source: X' credit line that hands the whole story to someone else; the lede's "
        "claim attributed to a news outlet ('Bloomberg reports', 'the Financial Times "
        "reported'); or an article whose only named sources are news outlets. The finding "
        "sits on the outlet's name. It is a warning when the article names at most one source "
        "of its own, info otherwise."
    ),
    why=(
        "Second-hand copy repeats another outlet's errors and loses its caveats. An editor "
        "asks whether the claim was confirmed independently, and whether the original is "
        "credited and linked the way the outlet's terms require."
    ),
    example=(
        "The government will raise fuel duty next year, the Financial Times reports.\n\n"
        "The rise would be the first in a decade."
    ),
    better=(
        "The government will raise fuel duty next year, the Treasury confirmed on Monday.\n\n"
        "The rise would be the first in a decade."
    ),
)

NO_NAMED_SOURCE = Rule(
    code="SA005",
    name="no-named-source",
    severity=Severity.WARNING,
    summary="The article attributes claims but names no source at all.",
    what=(
        "An article of at least 60 words whose every source is anonymous or vague ('officials "
        "said', 'sources said', 'experts say'): no person, role or organisation on the record. "
        "The finding sits on the first paragraph. Articles that attribute nothing at all are "
        "left to the other rules."
    ),
    why=(
        "A story built only on unnamed sources asks readers to trust the writer completely. "
        "Standards editors require at least one on-the-record source, or a stated reason for "
        "each grant of anonymity."
    ),
    example=(
        "The bridge will close for six months from January while its cables are replaced, "
        "officials said on Monday.\n\n"
        "Sources said the work could cost more than expected, and some residents fear the "
        "closure will hurt shops in the town centre during the busiest months of the year."
    ),
    better=(
        "The bridge will close for six months from January while its cables are replaced, "
        "the county council said on Monday.\n\n"
        "Its transport chief, Jane Porter, said the work could cost more than expected, and "
        "shopkeepers fear the closure will hurt trade during the busiest months of the year."
    ),
)

WEASEL_WORDING = Rule(
    code="SA006",
    name="weasel-wording",
    severity=Severity.INFO,
    summary="Wording that makes a claim sound sourced or general without saying by whom.",
    what=(
        "Passive attribution with no agent ('it is believed', 'it has been said', 'is widely "
        "regarded as', 'is thought to'), quantifiers standing in for a source or a count "
        "('many believe', 'some say', 'a growing number of', 'many of the', 'in many towns'), "
        "verdicts with no judge ('is considered a', 'well known'), hedges ('probably', 'most "
        "likely'), and, at `weasel_level` 3, bare vague quantifiers. Words inside quotation marks "
        "are the speaker's and are left alone; one finding per sentence."
    ),
    why=(
        "Weasel words borrow authority from nobody. Readers take 'it is widely believed' as "
        "evidence; the editor's question is who believes it and how the writer knows. Giving "
        "the source or the number makes the sentence both stronger and checkable."
    ),
    example="It is widely believed that the mayor will resign before the election.",
    better="The mayor will resign before the election, two of her aides told the Post.",
)

RULES = (
    UNATTRIBUTED_QUOTE,
    VAGUE_ATTRIBUTION,
    UNOWNED_ALLEGATION,
    OUTLET_ONLY_SOURCING,
    NO_NAMED_SOURCE,
    WEASEL_WORDING,
)
