"""The article's sources: distinct speakers, how each is named, and what they are quoted for.

This is what ``data["sources"]`` and the SA metrics report, and what the article-level rules
(SA004 outlet-only sourcing, SA005 no named source) and the severity of SA002 read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from newscheck.checkers.attribution.relations import Attribution
from newscheck.checkers.attribution.speakers import Speaker

ANONYMITY_MARKERS = (
    "source", "insider", "official", "aide", "familiar", "close to", "condition",
    "anonymity", "not authorised", "not authorized", "not be named", "to be named",
    "diplomat", "briefed",
)
"""Anonymous speakers an editor queries ("sources said"), unlike "a passer-by said"."""


@dataclass
class Source:
    speaker: Speaker
    attributions: int = 0
    quotes: int = 0

    def as_data(self) -> dict[str, Any]:
        s = self.speaker
        return {
            "speaker": s.text,
            "naming": s.naming,
            "quotes": self.quotes,
            "attributions": self.attributions,
            "vague": s.vague,
            "outlet": s.outlet,
        }


@dataclass
class SourceList:
    """Distinct resolved speakers in order of first appearance."""

    sources: dict[str, Source] = field(default_factory=dict)

    @classmethod
    def build(cls, attributions: list[Attribution]) -> SourceList:
        out = cls()
        for attr in sorted(attributions, key=lambda a: (a.field != "title", a.content.start)):
            sp = attr.speaker
            if sp is None or sp.resolved.naming is None:
                continue
            key = sp.key
            source = out.sources.get(key)
            if source is None:
                source = out.sources[key] = Source(sp.resolved)
            source.attributions += 1
            if attr.kind == "direct":
                source.quotes += 1
        return out

    def __iter__(self) -> Iterator[Source]:
        return iter(self.sources.values())

    @property
    def named(self) -> list[Source]:
        """On the record and not another news outlet."""
        return [s for s in self if s.speaker.named]

    @property
    def outlets(self) -> list[Source]:
        return [s for s in self if s.speaker.outlet]

    @property
    def vague(self) -> list[Source]:
        return [s for s in self if s.speaker.vague]

    @property
    def anonymous(self) -> list[Source]:
        return [s for s in self if s.speaker.naming == "anonymous" and not s.speaker.vague]

    def metrics(self) -> dict[str, float]:
        return {
            "sources_distinct": float(len(self.sources)),
            "sources_named": float(len(self.named)),
            "sources_anonymous": float(len(self.anonymous)),
            "sources_vague": float(len(self.vague)),
            "sources_outlet": float(len(self.outlets)),
        }


def queried_anonymous(speaker: Speaker) -> bool:
    """An unnamed source of the kind editors ask about, not a vox-pop passer-by."""
    s = speaker.resolved
    if s.naming != "anonymous" or s.vague or s.qualified or s.definite:
        return False
    text = s.text.lower()
    return any(marker in text for marker in ANONYMITY_MARKERS)
