"""Word lists behind attribution: reporting verbs, kinds of source, outlets, places, names.

Everything is data under ``data/`` (provenance in ``data/README.md``) so a newsroom can add an
outlet or a reporting verb without touching code. Lists load once per process.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newscheck import first_names

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA_DIR = Path(__file__).resolve().parent / "data"

SAY = frozenset({"say", "said", "says", "saying"})
"""The verbs of plain speech: they attribute whatever follows, "that" or not."""

ADDRESSEE = frozenset(
    {
        "tell", "told", "tells", "telling", "inform", "informed", "informs", "remind",
        "reminded", "reminds", "assure", "assured", "assures", "reassure", "reassured",
        "reassures", "warn", "warned", "warns", "advise", "advised", "advises", "notify",
        "notified", "notifies", "convince", "convinced", "ask", "asked", "asks", "urge",
        "urged", "urges",
    }
)
"""Verbs whose first object is the listener ("told reporters that ..."), not the content."""

LOOSE = frozenset(
    {
        "accept", "accepted", "continue", "continued", "continues", "continuing", "ensure",
        "ensured", "ensures", "ensuring", "finding", "finds", "find", "found", "show",
        "shows", "showed", "shown", "point", "points", "pointed", "pointing", "present",
        "presenting", "presents", "release", "released", "releases", "releasing", "report",
        "reports", "state", "states", "note", "notes", "comment", "comments", "remarks",
        "estimate", "estimates", "estimated", "demonstrate", "demonstrated", "demonstrates",
        "demonstrating", "illustrate", "illustrated", "illustrates", "illustrating",
        "highlight", "highlighted", "highlighting", "highlights", "describe", "described",
        "describes", "describing", "mention", "mentioned", "mentioning", "mentions",
        "indicate", "indicated", "indicates", "indicating", "criticize", "criticized",
        "criticizes", "criticizing", "criticise", "criticised", "criticises", "denounce",
        "denounced", "denounces", "denouncing", "decry", "decried", "decries", "decrying",
        "dispute", "disputed", "disputes", "disputing", "preach", "preached", "preaches",
        "preaching", "rave", "raved", "raves", "raving", "retell", "retelling", "retells",
        "retold", "persist", "persisted", "persisting", "persists", "acclaim", "acclaimed",
        "acclaiming", "acclaims", "writing", "warning", "testify", "testified", "testifies",
        "testifying", "think", "thinking", "thought", "reckoning", "promise", "promises",
        "fear", "fears", "complain", "agree", "claims", "reveal", "reveals", "revealed",
        "predict", "predicts", "predicted", "hint", "hints", "hinted", "stress", "stresses",
        "boast", "boasts", "vow", "vows", "recall", "recalls", "maintain", "maintains",
        "observe", "observes", "remark", "urge", "urges", "deny", "denies", "quip", "quips",
        "answer", "answers", "counter", "counters", "snap", "cry", "post", "posted",
        "posts", "read", "reads", "call", "called", "calls", "calling", "put", "demand",
        "demands", "demanded", "plead", "sigh", "laugh", "laughed", "joke", "jokes",
        "chant", "chanting", "shout", "shouts", "threaten", "threatens", "threatened",
        "pledge", "pledges", "brag", "brags", "muse", "muses", "wonder", "wonders",
        "lament", "laments", "bark", "whisper", "interject", "retort", "retorts", "yell",
        "scream", "gripe",
    }
)
"""Forms that are often not speech ("the law ensures", "states", "claims" as a noun):
they attribute only next to a quotation, before "that", or after the content."""

NEVER = frozenset(
    {"accept", "accepted", "ensure", "ensured", "ensures", "ensuring", "present", "presenting",
     "presents", "release", "released", "releases", "releasing", "finding", "writing",
     "warning"}
)
"""Forms that are nouns or non-speech too often to open content with "that" either."""


def _lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]


@dataclass(frozen=True)
class Lexicon:
    """The lists, ready for lookups; words are lowercase unless they are names."""

    cues: frozenset[str]
    vague_authority: frozenset[str]
    vague_groups: frozenset[str]
    quantifiers: frozenset[str]
    anonymous: frozenset[str]
    anonymous_phrases: tuple[str, ...]
    roles: frozenset[str]
    organisations: frozenset[str]
    org_name_words: frozenset[str]
    titles: dict[str, str]
    title_modifiers: frozenset[str]
    female_words: frozenset[str]
    male_words: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    outlets: frozenset[str]
    places: frozenset[str]

    def name_gender(self, first: str) -> str:
        """"f" or "m" when a first name is in one list only; "" when unknown or both."""
        female, male = first in self.female_names, first in self.male_names
        if female == male:
            return ""
        return "f" if female else "m"

    def is_first_name(self, word: str) -> bool:
        return word in self.female_names or word in self.male_names


@cache
def load() -> Lexicon:
    """Read every list once; later calls share the same object."""
    with (DATA_DIR / "sources.toml").open("rb") as handle:
        src = tomllib.load(handle)
    cues = frozenset(w.lower() for w in _lines("quote_verbs.txt") + _lines("extra_cues.txt"))
    vague = src["vague"]
    people = src["people"]
    return Lexicon(
        cues=cues - NEVER,
        vague_authority=frozenset(vague["authority"]),
        vague_groups=frozenset(vague["groups"]),
        quantifiers=frozenset(vague["quantifiers"]),
        anonymous=frozenset(src["anonymous"]["words"]),
        anonymous_phrases=tuple(src["anonymous"]["phrases"]),
        roles=frozenset(src["roles"]["words"]),
        organisations=frozenset(src["organisations"]["words"]),
        org_name_words=frozenset(src["organisations"]["name_words"]),
        titles={word: gender for word, gender in people["titles"]},
        title_modifiers=frozenset(people["title_modifiers"]),
        female_words=frozenset(people["female"]),
        male_words=frozenset(people["male"]),
        female_names=first_names.female(),
        male_names=first_names.male(),
        outlets=frozenset(_lines("outlets.txt")),
        places=frozenset(_lines("places.txt")),
    )
