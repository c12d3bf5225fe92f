"""Finding fingerprints that survive re-runs and unrelated edits, for baselines.

The fingerprint hashes the rule, the field, the flagged words and a few words either side,
case- and space-folded, plus the occurrence number among identical keys, so moving a
paragraph or editing another sentence leaves it unchanged.
"""

from __future__ import annotations

import hashlib
import re

_WORD = re.compile(r"\w+")
CONTEXT_WORDS = 3


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text.replace("\u2019", "'"))]


def fingerprint_key(rule: str, field: str, text: str, start: int, end: int) -> str:
    flagged = " ".join(_words(text[start:end]))
    before = " ".join(_words(text[max(0, start - 80) : start])[-CONTEXT_WORDS:])
    after = " ".join(_words(text[end : end + 80])[:CONTEXT_WORDS])
    return f"{rule}|{field}|{before}|{flagged}|{after}"


def fingerprint(key: str, occurrence: int) -> str:
    digest = hashlib.sha256(f"{key}|{occurrence}".encode()).hexdigest()
    return digest[:16]
