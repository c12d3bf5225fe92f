"""Gender evidence about one person, and how it adds up.

Each item has a weight on one scale: an honorific ("Ms", "Sir") or a gendered role noun
("spokeswoman", "his wife Jane") 3.0; a generic -man title ("spokesman", "chairman") 1.0; a
first name the table calls strongly gendered 2.0 (1.5 when weaker, less again when the name
stands alone and might be a surname); each pronoun already used for the person up to 1.0. The
balance (female minus male) is the person's gender when it is clear; a person described as
non-binary, or with no evidence, never gets one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from newscheck.checkers.pronoun_gender.pronouns import Gender

Kind = Literal["honorific", "role", "first_name", "pronoun", "nonbinary"]

CLEAR = 0.5  # |balance| at which a person's gender is taken as known for resolution


@dataclass(frozen=True, slots=True)
class Evidence:
    kind: Kind
    gender: Gender | None
    weight: float
    text: str
    start: int
    end: int

    def signed(self) -> float:
        """Positive for female, negative for male."""
        if self.gender == "female":
            return self.weight
        if self.gender == "male":
            return -self.weight
        return 0.0

    def phrase(self) -> str:
        """How the message cites this item after the person's name."""
        if self.kind == "honorific":
            return f'is called "{self.text}"'
        if self.kind == "role":
            article = "an" if self.text[:1].lower() in "aeiou" else "a"
            return f"is called {article} {self.text}"
        if self.kind == "first_name":
            who = "woman" if self.gender == "female" else "man"
            return f"has a first name, {self.text}, usually given to a {who}"
        return f'is called "{self.text}" elsewhere in the article'

    def as_data(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "gender": self.gender,
            "weight": round(self.weight, 2),
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


def balance(items: list[Evidence], skip: int | None = None) -> float:
    """Female minus male weight, leaving out the item that starts at ``skip``."""
    return sum(e.signed() for e in items if e.start != skip or e.kind != "pronoun")


def is_nonbinary(items: list[Evidence]) -> bool:
    return any(e.kind == "nonbinary" for e in items)


def gender_of(items: list[Evidence], skip: int | None = None) -> Gender | None:
    if is_nonbinary(items):
        return None
    score = balance(items, skip)
    if score >= CLEAR:
        return "female"
    if score <= -CLEAR:
        return "male"
    return None


def strength(contradiction: float) -> float:
    """How sure the evidence makes us, from its net weight against the pronoun: 2.0 (a strong
    first name alone) gives 0.86, 3.0 (an honorific or role noun) 0.95, 5.0 0.99."""
    return 1.0 - math.exp(-max(0.0, contradiction))


def strongest(items: list[Evidence], gender: Gender, limit: int = 2) -> list[Evidence]:
    """The heaviest items for ``gender``, one per kind, for the message."""
    chosen: list[Evidence] = []
    for item in sorted(items, key=lambda e: -e.weight):
        if item.gender == gender and all(c.kind != item.kind for c in chosen):
            chosen.append(item)
        if len(chosen) == limit:
            break
    return chosen
