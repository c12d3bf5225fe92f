"""British and American spellings of the same word ('colour'/'color', 'centre'/'center').

A spell checker set to one variety flags the other's spellings as unknown words and offers
the right variety's form first. Telling those apart from typos lets GR011 say "American
spelling in British copy" instead of "misspelt", which is what a subeditor needs to know.
"""

from __future__ import annotations

import re

# Each pair maps a British pattern and its American counterpart onto one neutral form.
_NEUTRAL = (
    (re.compile(r"^grey"), "gray"),
    (re.compile(r"^tyre"), "tire"),
    (re.compile(r"^plough"), "plow"),
    (re.compile(r"^kerb"), "curb"),
    (re.compile(r"^cheque"), "check"),
    (re.compile(r"^mould"), "mold"),
    (re.compile(r"^sceptic"), "skeptic"),
    (re.compile(r"^aluminium"), "aluminum"),
    (re.compile(r"our(?=s?$|ed$|ing$|ite|able|ful|less|er)"), "or"),
    (re.compile(r"(?<=[^aeiou])re(?=s?$|d$)"), "er"),
    (re.compile(r"is(?=e[sd]?$|ing$|ation)"), "iz"),
    (re.compile(r"ys(?=e[sd]?$|ing$)"), "yz"),
    (re.compile(r"ogue(?=s?$)"), "og"),
    (re.compile(r"ence(?=s?$)"), "ense"),
    (re.compile(r"ll(?=ed$|ing$|er$|ers$|or$|ors$)"), "l"),
    (re.compile(r"ae(?=[a-z])"), "e"),
    (re.compile(r"^oe|(?<=^f)oe|oe(?=uv)"), "e"),
    (re.compile(r"amme(?=s?$)"), "am"),
)


def neutral(word: str) -> str:
    """The spelling with British and American differences folded onto one form."""
    form = word.lower()
    for pattern, replacement in _NEUTRAL:
        form = pattern.sub(replacement, form)
    return form


def is_variety_respelling(word: str, suggestion: str) -> bool:
    """True when ``suggestion`` is ``word`` spelt the other variety's way."""
    return word.lower() != suggestion.lower() and neutral(word) == neutral(suggestion)
