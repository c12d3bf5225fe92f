"""Wordings that hide a source: agentless passives, stand-in quantifiers, hedges, allegations.

These need no speaker to be found, so they are patterns over the reporter's own words
(quotations are masked first: a source's hedges are the source's). Each pattern carries the
level at which SA006 starts to report it; level 1 is attribution with nobody attributed,
level 2 adds quantifiers standing in for a count, a place or a source, verdicts with no judge
("is considered a") and common hedges, level 3 every vague quantifier and hedge (see
docs/attribution.md for what each level costs on clean news: level 2 is kept under the
clean-news budget of two info findings per 1,000 words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscheck.spans import Span

_PASSIVE_VERBS = (
    r"said|believed|thought|claimed|alleged|rumou?red|reported|argued|suggested|understood|"
    r"feared|felt|assumed|held|speculated|reputed|acknowledged|accepted|agreed|considered|"
    r"recogni[sz]ed|estimated|expected"
)
_GROUPS = (
    r"people|critics|experts|observers|analysts|commentators|scholars|historians|fans|users|"
    r"researchers|economists|scientists|politicians|voters|residents|citizens|americans|"
    r"britons|observers|insiders|investors|readers|viewers|believers|sceptics|skeptics|"
    r"authors|writers|members|officials|sources|doctors|lawyers|parents|students|teachers|"
    r"workers|users|consumers|businesses|companies|countries|governments"
)


@dataclass(frozen=True, slots=True)
class Pattern:
    level: int
    regex: re.Pattern[str]
    ask: str
    """What the editor asks for; goes into the finding's message."""
    clause_start: bool = False
    """Only where a clause begins: "Many believe …", "…, but some argue", the subject of a
    generalisation, not "sold many copies"."""


_MANY_AS_QUANTIFIER = r"many(?<!\bso many)(?<!\btoo many)(?<!\bhow many)(?<!\bas many)"
""""Many (firms)", not the degree or comparison of "so many", "too many", "how many", "as
many". The look-behinds sit after the word so they run only where it matched."""
_MOST_AS_QUANTIFIER = r"most(?! (?!likely\b)\w+ly\b| important\b)"
""""Most (firms)", not the superlative of "most recently", "most important"."""


def _p(level: int, regex: str, ask: str, *, clause_start: bool = False) -> Pattern:
    return Pattern(level, re.compile(regex, re.IGNORECASE), ask, clause_start)


_CLAUSE_WORDS = re.compile(
    r"(?:[,;:(\u2014\u2013-]|\b(?:and|but|while|although|though|because|since|where|that|"
    r"which|when|whereas|yet|so))\s*$",
    re.IGNORECASE,
)


def _opens_clause(text: str, sentence: Span, offset: int) -> bool:
    before = text[max(sentence.start, offset - 12) : offset]
    if not text[sentence.start : offset].strip(" \"'\u201c\u2018"):
        return True
    return _CLAUSE_WORDS.search(before) is not None


WEASELS = (
    _p(
        1,
        rf"\bit(?: is|'s| was| has been| had been| has long been| is being)"
        rf"(?: widely| generally| commonly| often| now| also| still| increasingly)?"
        rf" (?:{_PASSIVE_VERBS})\b",
        "say who believes or says it",
    ),
    _p(
        1,
        r"\b(?:is|are|was|were|has been|have been|had been)"
        r"(?: widely| generally| commonly| often| also| still)?"
        r" (?:said|believed|thought|rumou?red|reputed|claimed|understood|reported) to\b",
        "say who says so",
    ),
    _p(
        1,
        r"\b(?:is|are|was|were|has been|have been|had been)"
        r"(?: widely| generally| commonly| often| also| still)?"
        r" (?:believed|thought|rumou?red|reputed|presumed|speculated)\b(?! (?:by|that)\b)",
        "say who believes it",
    ),
    _p(
        1,
        r"\bit (?:can|could|may|might|must|should)(?: not| also| well)? be (?:said|argued|"
        r"claimed|suggested|assumed|speculated|inferred)\b",
        "say who says so",
    ),
    _p(
        1,
        r"\b(?:has|have|had) (?:long |often |repeatedly )?been (?:said|claimed|suggested|"
        r"argued|asserted|alleged)\b(?! by)",
        "say who said it",
    ),
    _p(
        1,
        r"\b(?:widely|generally|commonly|universally|popularly) (?:regarded|considered|seen|"
        r"viewed|believed|thought|accepted|acknowledged|recogni[sz]ed|held|described|"
        r"reported|expected|touted|credited|cited)\b",
        "say who regards it so",
    ),
    _p(
        1,
        r"\b(?:by|to|among) (?:many|some|most|critics|experts|observers|commentators)\b"
        r"(?=\s*[,.;:)]|\s+(?:as|to|that|who|in|for|and|but|because|of them)\b)",
        "say who",
    ),
    _p(
        1,
        r"\b(?:claimed|argued|suggested|believed|thought|considered|regarded|disputed|"
        r"critici[sz]ed|praised) by (?:some|many|most|those|others|critics|scholars|historians)\b",
        "say who",
    ),
    _p(
        1,
        r"\b(?:many|some|most|others|few)(?: have| had)?"
        r" (?:say|said|believe|believed|think|thought|argue|argued|claim|claimed|feel|felt|"
        r"suggest|suggested|contend|maintain|allege|insist|fear|feared|consider|regard|see)\b",
        "say who, and how many",
    ),
    _p(
        1,
        r"\bthere (?:is|are|was|were|has been|have been) (?:a |an )?(?:widespread |growing |"
        r"general |common |increasing |some )?(?:belief|perception|feeling|view|sense|"
        r"speculation|suggestions?|talk|rumou?rs?) (?:that|of|among)\b",
        "say whose belief it is",
    ),
    _p(
        1,
        r"\b(?:arguably|supposedly|purportedly|reputedly|ostensibly|admittedly)\b",
        "say on whose authority",
    ),
    _p(
        2,
        rf"\b(?:some|many|most|certain|numerous|countless)(?: \w+)? (?:{_GROUPS})\b",
        "say who, and how many",
    ),
    _p(
        2,
        r"\b(?:widely|well|generally|commonly) known\b(?! as\b)",
        "say who knows it, or how it is known",
    ),
    _p(
        2,
        r"\ba (?:growing|increasing|rising) number of\b",
        "give the number",
    ),
    _p(
        2,
        rf"\b(?:{_MANY_AS_QUANTIFIER}|some|several|various|numerous|{_MOST_AS_QUANTIFIER})\b"
        r"(?! (?:[\d£$€]|(?:time|years|months|days|weeks|decades|hours|more|way|extent|degree)\b))",
        "say who, and how many",
        clause_start=True,
    ),
    _p(
        2,
        r"\b(?:some|many|most) of (?:the|them|these|those|its|their|his|her|our)\b",
        "give the number",
    ),
    _p(
        2,
        r"\bin (?:many|some|most|certain|various) (?![\d£$€]|of\b)\w+",
        "say which",
    ),
    _p(
        2,
        r"\b(?:is|are|was|were|be|been|being) (?:often |also |still |now |usually |generally |"
        r"traditionally )?(?:(?:considered|regarded|seen|viewed|described|perceived) (?:as|to be)"
        r"|(?:considered|deemed) (?:to|the|a|an|one|among)\b"
        r"|(?:famous|renowned|noted|acclaimed|celebrated) (?:for|as)\b)"
        r"|\bregarded as\b",
        "say by whom",
    ),
    _p(
        2,
        r"\b(?:probably|possibly(?<!\bcan possibly)(?<!\bcould possibly)|perhaps|presumably"
        r"|apparently|(?:most|very|highly) likely|generally)\b",
        "say who thinks so, or how sure it is",
    ),
    _p(
        3,
        r"\b(?<!how )(?<!so )(?<!too )(?<!as )(?:many|several|various|numerous)\b"
        r"(?! (?:more|years|times|months|decades|days|hours|weeks|\d))",
        "give the number",
    ),
    _p(
        3,
        r"\bsome\b(?! (?:\d|time|way|extent|degree|form|point))",
        "give the number or say which",
    ),
    _p(
        3,
        r"\ba (?:large|significant|small|substantial)? ?number of\b",
        "give the number",
    ),
    _p(
        3,
        r"\b(?:one of the|among the) (?:most|best|largest|greatest|leading|finest|top|"
        r"foremost|biggest|first)\b",
        "say by what measure",
    ),
    _p(
        3,
        r"\b(?:generally|widely|commonly|typically|notably|significantly|relatively)\b",
        "say by what measure",
    ),
)

HIDDEN_SOURCE = re.compile(
    r"\b(?:reportedly|according to (?:media |press |news |local |unconfirmed )?reports)\b",
    re.IGNORECASE,
)
"""The reporter's own word for "someone said so": SA002."""

ALLEGATION = re.compile(
    r"\b(?:allegedly"
    r"|(?:is|are|was|were|has been|have been|had been|being|stands?|stood)"
    r"(?: publicly| repeatedly| also| now| previously| widely| reportedly)?"
    r" (?:accused|suspected) of"
    r"|(?:is|are|was|were) alleged to have)\b",
    re.IGNORECASE,
)
"""Claims of wrongdoing that need someone to own them: SA003."""

OWNERS = re.compile(
    r"\b(?:police|sheriff\w*|prosecut\w*|courts?|trial|jury|judge|indict\w*|charg\w*|"
    r"lawsuit|sued|suing|complaint|filed|investigat\w*|inquiry|probe|arrest\w*|accuser\w*|"
    r"plaintiff\w*|claimant\w*|officers|detectives|tribunal|convict\w*|pleaded|plea|"
    r"hearing|heard|allegations? (?:by|from|made)|accused by|according to|deni\w+|deny|"
    r"regulator\w*|authorities|FBI|warrant|testif\w+|witness\w*|sentenced|custody|"
    r"suspend\w*|disciplin\w*|punish\w*|fined|sacked|banned|cleared|admit\w*|settle\w*)\b",
    re.IGNORECASE,
)
"""Words that show whose accusation it is: the legal process, a denial, a named accuser."""


def masked(text: str, quotes: list[Span]) -> str:
    """The text with quoted words blanked out, offsets unchanged."""
    if not quotes:
        return text
    chars = list(text)
    for span in quotes:
        for i in range(span.start, span.end):
            if not chars[i].isspace():
                chars[i] = "_"
    return "".join(chars)


def weasels(text: str, sentence: Span, level: int) -> tuple[Span, str] | None:
    """The first weasel wording at or under ``level`` in the sentence, with what to ask."""
    best: tuple[Span, str] | None = None
    for pattern in WEASELS:
        if pattern.level > level:
            continue
        for match in pattern.regex.finditer(text, sentence.start, sentence.end):
            if pattern.clause_start and not _opens_clause(text, sentence, match.start()):
                continue
            if best is None or match.start() < best[0].start:
                best = (Span(match.start(), match.end()), pattern.ask)
            break
    return best
