"""How sure a PG001 finding is: a logistic model over a few signals, fitted on GAP.

The salience share alone is a poor guide: a wrong pronoun stands out most when nothing else in
the article has its gender, and a right one is most often "flagged" when the resolver simply
did not see the person it means. So the confidence weighs, besides the share and the weight of
the evidence, whether the pronoun's gender is used anywhere else in the field and whether any
other referent is known to have it. The weights were fitted by logistic regression on the GAP
development set (flipped pronouns as errors, the unflipped snippets as clean copy) with
``python benchmarks/pronoun_gender.py --fit``; GAP validation is held out. Since GAP has far
more errors than real copy, read a confidence as a ranking first and a probability second.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

FEATURES = (
    "bias",
    "strong",
    "lone_pronoun",
    "same_gender_pronouns",
    "support",
    "object_case",
    "rival_ratio",
    "independent",
)
WEIGHTS = (1.15, -0.10, 1.40, -0.46, -0.62, -0.66, 0.31, 0.81)
# Fixed, not fitted: the log of the reference share is added at half weight, so a less certain
# reference always lowers the confidence. (On GAP the fit is indifferent to it, since the
# rival ratio carries the same information, but in news copy it is the first thing to trust.)
SHARE_WEIGHT = 0.5


@dataclass(frozen=True)
class Signals:
    """What the confidence of one contradiction is computed from."""

    share: float  # the person's share of the salience of them and every referent that fits
    contradiction: float  # net evidence weight against the pronoun's gender
    strong: bool  # an honorific or role noun says the other gender ("Ms", "spokeswoman")
    same_gender_pronouns: int  # other pronouns of the pronoun's gender in the field
    support: int  # other referents known, not from pronouns, to have the pronoun's gender
    object_case: bool  # "him"/"her" as an object: the riskiest case to resolve
    rival_ratio: float  # the best referent that fits, as a share of the person's salience
    independent: float  # net evidence against the pronoun from names, titles and roles

    def vector(self) -> tuple[float, ...]:
        return (
            1.0,
            float(self.strong),
            float(self.same_gender_pronouns == 0),
            float(min(self.same_gender_pronouns, 5)),
            float(min(self.support, 3)),
            float(self.object_case),
            min(self.rival_ratio, 1.0),
            min(max(self.independent, -1.0), 4.0) / 4.0,
        )


def logit(signals: Signals, weights: tuple[float, ...] = WEIGHTS) -> float:
    fitted = sum(w * x for w, x in zip(weights, signals.vector(), strict=True))
    return fitted + SHARE_WEIGHT * math.log(max(signals.share, 1e-3))


def confidence(signals: Signals, weights: tuple[float, ...] = WEIGHTS) -> float:
    return 1.0 / (1.0 + math.exp(-logit(signals, weights)))
