"""Numbers as values: "£1.2bn", "1,200", "76%", "five", "3 million", so that a headline's
figure is found in the body however the body writes it."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
    "one": 1,
}
VAGUE = frozenset({"hundreds", "thousands", "dozens", "millions", "billions", "scores"})
"""Headline words that count nothing exactly: the body need not repeat them."""
_SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "tn": 1e12,
    "trillion": 1e12,
}
_NUMBER = re.compile(
    r"(?<![\w.,/:#&-])(?P<cur>[£$€¥])?\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>k|m|mn|bn|b|tn|thousand|million|billion|trillion)\b)?"
    r"(?P<pct>\s?%|\s?per\s?cent|\s?percent)?(?![\w-]*\d)(?![a-zA-Z])",
    re.IGNORECASE,
)
_NUMBER_WORD = re.compile(
    r"\b(" + "|".join(_WORDS) + r")\b(?:\s(?P<scale>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_UNIT_WORD = re.compile(
    r"\s(?:million\s|billion\s|thousand\s)?(dollars|pounds|euros|yen|per\s?cent|percent)\b", re.I
)
_UNIT_KINDS = {
    "dollars": "$",
    "pounds": "\u00a3",
    "euros": "\u20ac",
    "yen": "\u00a5",
    "per cent": "%",
    "percent": "%",
}
_COMPOUND = re.compile(r"-[^\W\d_]")
"""A figure inside a compound adjective ("24-hour", "10-man") is not a count to check."""


@dataclass(frozen=True, slots=True)
class Number:
    start: int
    end: int
    value: float
    text: str
    kind: str = ""  # "%", a currency sign, or "" for a bare count

    @property
    def precision(self) -> float:
        """The unit of the figure's last written digit: a headline rounds to it."""
        digits = self.text.replace(",", "")
        match = re.search(r"\d+(?:\.(\d+))?", digits)
        decimals = len(match.group(1) or "") if match else 0
        return 10.0**-decimals


def numbers(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Figures in ``text[start:end]``, with offsets into ``text``."""
    end = len(text) if end is None else end
    found = []
    for match in _NUMBER.finditer(text, start, end):
        if _COMPOUND.match(text, match.end()):
            continue
        value = float(match.group("num").replace(",", ""))
        scale = (match.group("scale") or "").lower()
        value *= _SCALES.get(scale, 1.0)
        kind = "%" if match.group("pct") else match.group("cur") or _kind_after(text, match.end())
        found.append(Number(match.start(), match.end(), value, match.group().strip(), kind))
    for match in _NUMBER_WORD.finditer(text, start, end):
        if _COMPOUND.match(text, match.end()):
            continue
        value = float(_WORDS[match.group(1).lower()])
        value *= _SCALES.get((match.group("scale") or "").lower(), 1.0)
        found.append(Number(match.start(), match.end(), value, "", _kind_after(text, match.end())))
    return sorted(found, key=lambda n: n.start)


def _kind_after(text: str, end: int) -> str:
    match = _UNIT_WORD.match(text, end)
    return _UNIT_KINDS[" ".join(match.group(1).lower().split())] if match else ""


def same_figure(headline: Number, body: Number) -> bool:
    """The body's figure is the headline's, allowing the headline to round or cut it
    ("$16bn" for "$16.6bn", "£600m" for "£598m"). A percentage matches only a percentage,
    and a sum of money a bare figure or the same currency."""
    if headline.kind and body.kind != headline.kind and (headline.kind == "%" or body.kind):
        return False
    if headline.value == body.value:
        return True
    scale = _scale_of(headline.text)
    tolerance = max(headline.precision * scale, abs(headline.value) * 0.02)
    return abs(headline.value - body.value) < tolerance


def _scale_of(text: str) -> float:
    match = re.search(r"(k|mn|m|bn|b|tn|thousand|million|billion|trillion)\b", text, re.I)
    return _SCALES.get(match.group(1).lower(), 1.0) if match else 1.0
