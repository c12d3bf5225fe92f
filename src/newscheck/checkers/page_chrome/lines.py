"""Shapes of one paragraph that mark it as page furniture rather than copy.

Each test looks at a single paragraph's text. They are shapes, not site strings: a breadcrumb
trail is short segments joined by arrows or slashes, a byline is "By" and a name, a caption is
a verbless noun phrase with a participle or a photo credit. Prose is protected by what prose
has and furniture lacks: finite verbs, pronoun subjects and a full stop after many words.
"""

from __future__ import annotations

import re

from newscheck.checkers.page_chrome.phrases import straighten

_CRUMB_SEPARATOR = re.compile(r"\s+(?:>{1,2}|/|\||::|\u2192|\u203a|\u00bb|\u25b8|\u25b6|\u276f)\s+")
_HOME = frozenset({"home", "homepage", "home page", "news", "start", "main", "front page"})
_WORD = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?"
_DATE = (
    rf"(?:(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|(?:today|yesterday))"
)
_TIME = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
_ZONE = r"(?:gmt|bst|utc|et|est|edt|pt|pst|pdt|cet|cest|ist|kst|jst|[+-]\d{2}:?\d{2})"
_STAMP_WORD = r"(?:published|updated|posted|last\s+updated|first\s+published|modified|date)"
_NAME = r"[A-Z][\w'\u2019.\-]*(?:\s+(?:[A-Z][\w'\u2019.\-]*|de|da|del|der|van|von|la|le|bin|al))*"
_STAMP = re.compile(
    rf"^(?:{_STAMP_WORD}(?:\s+(?:on|at))?\s*:?\s*)?{_DATE}"
    rf"(?:\s*(?:at|,|-|\u2013|\||\u2022)?\s*{_TIME})?(?:\s*{_ZONE})?"
    rf"(?:\s*(?:by|\||,|-|\u2013|\u2022)\s*{_NAME})?\.?$",
    re.IGNORECASE,
)
_STAMP_LABELLED = re.compile(rf"^{_STAMP_WORD}\b", re.IGNORECASE)
_READING_TIME = re.compile(
    r"^(?:reading\s+time:?\s*)?\d+\s*(?:-\s*)?(?:min|mins|minute|minutes)(?:\s+read)?$", re.I
)
_BYLINE = re.compile(
    rf"^(?i:(?:(?:written|posted|reported|compiled|words|story|text|photos?|reporting)\s+)?by)"
    rf"\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?:\s*(?:,|\||\u2022|-|\u2013|\u2014|/|in)\s*(?P<tail>[^.!?]{0,80}))?\.?$"
)
_NAME_DATE = re.compile(rf"^{_NAME}\s*(?:\||\u2022|-|\u2013|\u2014|,)\s*(?i:{_DATE}).{{0,30}}$")
_PARTICLES = frozenset("de da del der van von la le bin al and of the in at for".split())
_NOT_NAMES = re.compile(
    rf"^(?:{_MONTH}|{_WEEKDAY}|the|this|that|then|now|next|last|early|late|far|then|mid)\b",
    re.IGNORECASE,
)
_COUNTER = re.compile(
    r"^(?:\d[\d,.]*k?\s+(?:comments?|shares?|responses?|replies|views|likes|reactions)"
    r"|(?:comments|responses|replies)\s*\(\d+\)"
    r"|(?:one|no|\d+)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)\s+.{1,200})$",
    re.IGNORECASE,
)
_FOLLOW = re.compile(
    r"^(?:follow|like|join|contact|find|message)\s+(?:[\w@.'\u2019-]+\s+){0,4}on\s+"
    r"(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|telegram|tiktok"
    r"|youtube|whatsapp)\b",
    re.IGNORECASE,
)
_HANDLE_OR_EMAIL = re.compile(r"^(?:@\w{2,30}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")
_COPYRIGHT = re.compile(r"^(?:\u00a9|\(c\)|copyright)\s*(?:\u00a9\s*)?(?:\d{4}|[A-Z])", re.I)
_IN_QUOTED = re.compile(r"^in\s+[\"\u201c][^\"\u201d]{1,60}[\"\u201d]$", re.IGNORECASE)

# Captions: a photo credit at the end, a position marker, or "Name, standing ...".
_CREDIT_END = re.compile(
    r"(?:^|[\s.;,(|/\-])(?:image|photo|photograph|picture|pic|video|audio|credit|illustration"
    r"|graphic|footage)s?(?:\s+(?:credit|source|courtesy))?\s*[:;]\s*[^.:;]{1,60}\.?\)?\s*$",
    re.IGNORECASE,
)
_AGENCY = r"(?:AP|AFP|Reuters|REUTERS|EPA|PA|Getty Images|Xinhua|Yonhap|KCNA|Shutterstock|Alamy)"
_AGENCY_END = re.compile(
    rf"(?:\((?:[^()]{{0,40}}/)?{_AGENCY}(?:\s+Photo)?(?:\s+via\s+Getty\s+Images)?(?:/[^()]{{1,40}})?\)"
    rf"|(?:[/|]\s*|via\s+){_AGENCY}|\b(?:REUTERS|AFP|EPA|AP Photo)/[A-Z][\w .'\u2019-]{{1,40}})"
    r"\.?\s*$"
)
_POSITION = re.compile(
    r"\((?:left|right|centre|center|pictured|l|r|c|top|bottom|above|below|front|"
    r"(?:second|third|far)\s+(?:left|right)|l-r|from\s+left)\)",
    re.IGNORECASE,
)
_PARTICIPLES = (
    "standing|speaking|seen|pictured|shown|photographed|walking|sitting|holding|posing|waving"
    "|gesturing|arriving|attending|addressing|looking on|leaving|greeting|delivering|visiting"
    "|wearing|inspecting|watching|smiling|shaking hands|meeting|talking|receiving|taking part"
    "|during|in a file photo|in an undated photo|in this file photo|in a handout photo"
)
_PARTICIPLE_CAPTION = re.compile(
    rf"^(?P<np>[A-Z][^,;:!?\"\u201c\u201d]{{2,80}}),\s+(?:{_PARTICIPLES})\b(?P<rest>[^!?;:]*)$"
)
_FINITE = frozenset(
    "is are was were be been being am has have had said says say will would can could may "
    "might shall should must did does do told tells added adds according wants want "
    "he she they we i you".split()
)
_CONTINUATION = re.compile(
    r"^(?:in|at|on|during|from|with|after|before|near|outside|inside|last|this|earlier|"
    r"[A-Z0-9])"
)

# An author's bio: "Jane Doe is a journalist who writes for ...", "Jane Doe writes about ...".
_ROLES = (
    r"journalist|writer|author|editor|reporter|correspondent|contributor|columnist|blogger"
    r"|freelancer|content\s+writer|news\s+writer|copywriter|content\s+creator|commentator"
)
_BIO = re.compile(
    rf"^(?P<name>{_NAME})\s+(?:is|has\s+been|was)\s+(?:a|an|the|our)\b[^.]{{0,80}}?\b"
    rf"(?:{_ROLES})s?\b"
    rf"|^(?P<name2>{_NAME})\s+(?:writes|covers|reports)\s+(?:about|on|for)\b"
)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_breadcrumb(text: str) -> bool:
    """Short labels joined by arrows, chevrons, slashes or bars: a trail or a menu bar."""
    if "\n" in text:
        return False
    segments = _CRUMB_SEPARATOR.split(text.strip())
    if len(segments) < 2 or len(words(text)) > 40:
        return False
    first = segments[0].strip().lower()
    if len(segments) == 2 and first not in _HOME:
        return False
    for segment in segments[:-1]:
        seg = segment.strip()
        if not seg or len(words(seg)) > 5 or seg.endswith("."):
            return False
        if not any(ch.isalpha() for ch in seg) or not (seg[0].isupper() or seg[0].isdigit()):
            return False
    last = segments[-1].strip()
    return bool(last) and len(words(last)) <= 20 and any(ch.isalpha() for ch in last)


def crumb_tail(text: str) -> str:
    """The last segment of a breadcrumb trail: on most sites, the page's own headline."""
    return _CRUMB_SEPARATOR.split(text.strip())[-1].strip()


def is_timestamp(text: str) -> bool:
    return bool(_STAMP.match(text.strip()) or _READING_TIME.match(text.strip()))


def is_labelled_timestamp(text: str) -> bool:
    """A date line that says what it is ("Published 3 March 2023"): furniture anywhere."""
    return is_timestamp(text) and bool(_STAMP_LABELLED.match(text.strip()))


def is_byline(text: str) -> bool:
    """ "By Jane Doe", "Written by Jane Doe and John Roe, Reuters", "Jane Doe | 3 March 2023"."""
    line = text.strip()
    if len(words(line)) > 16:
        return False
    match = _BYLINE.match(line)
    if match:
        names = match.group("names")
        if _NOT_NAMES.match(names) or not names[0].isupper():
            return False
        tail = match.group("tail") or ""
        tail_words = words(tail)
        lower = [w for w in tail_words if w[0].islower() and w not in _PARTICLES]
        if is_timestamp(tail) or not tail_words:
            return True
        return (
            len(tail_words) <= 10 and len(lower) <= 2 and not {w.lower() for w in lower} & _FINITE
        )
    return bool(_NAME_DATE.match(line)) and not _NOT_NAMES.match(line)


def is_prompt_shape(text: str) -> bool:
    """Comment counters, follow-us lines, handles: reader prompts whatever their wording."""
    line = text.strip()
    return bool(
        _COUNTER.match(line)
        or (_FOLLOW.match(line) and len(words(line)) <= 20)
        or _HANDLE_OR_EMAIL.match(line)
    )


def is_credit_line(text: str) -> bool:
    line = text.strip()
    if len(words(line)) > 20:
        return False
    return bool(_COPYRIGHT.match(line)) or "all rights reserved" in line.lower()


def is_related_link(text: str) -> bool:
    """A line in a list of links: short, no full stop, or the WordPress 'In "Section"' tag."""
    line = text.strip()
    if _IN_QUOTED.match(straighten(line)) or is_timestamp(line):
        return True
    n = len(words(line))
    return 0 < n <= 20 and line[-1] not in ".,;:" and not _ends_sentence(line)


def _ends_sentence(line: str) -> bool:
    return line.endswith((".", '."', ".\u201d", ".'"))


def is_caption(text: str) -> bool:
    """A photo caption: a credit at the end, a (left)/(right) marker, or "Name, standing ..."."""
    line = text.strip()
    tokens = words(line)
    if not tokens or len(tokens) > 60 or line[0] in "\"'\u201c\u2018":
        return False
    if _CREDIT_END.search(line) or _AGENCY_END.search(line):
        return True
    lowered = {t.lower() for t in tokens}
    if lowered & _FINITE or len(tokens) > 30:
        return False
    if _POSITION.search(line):
        return True
    match = _PARTICIPLE_CAPTION.match(line)
    if not match or line.count(".") > 1 or (line[-1].isalnum() is False and line[-1] != "."):
        return False
    rest = match.group("rest")
    if "," in rest:
        return bool(_CONTINUATION.match(rest.rsplit(",", 1)[1].strip()))
    return True


def bio_subject(text: str) -> str | None:
    """The name a paragraph introduces as the writer ("Jane Doe is a journalist who ...")."""
    match = _BIO.match(text.strip())
    if not match:
        return None
    name = match.group("name") or match.group("name2") or ""
    if len(words(name)) < 2 or _NOT_NAMES.match(name):
        return None
    return name
