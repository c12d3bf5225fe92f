"""From the model's margin to a confidence a subeditor can trust, and a severity from that.

Confidence is a logistic function of the margin (log10 evidence beyond the threshold), one
curve per rule, fitted on the injection benchmark (docs/benchmarks-word-misuse.md has the
table) and shaded down, because real copy holds fewer errors than injected copy. A curated
set's finding is right about nine times in ten from a margin of 0.5; an open-vocabulary
finding needs a margin of about 2 for that, and below a margin of 0.5 it is right less often
than not, so it is reported as info.
"""

from __future__ import annotations

import math

from newscheck.models import Severity

# (slope, intercept) per rule: confidence = 1 / (1 + exp(-(slope * margin + intercept)))
CURVES: dict[str, tuple[float, float]] = {
    "WM001": (2.0, 1.0),
    "WM002": (1.2, -0.6),
}
ERROR_AT = 0.8
WARNING_AT = 0.5


def confidence(code: str, margin: float) -> float:
    slope, intercept = CURVES[code]
    return round(1.0 / (1.0 + math.exp(-(slope * margin + intercept))), 3)


def severity(conf: float) -> Severity:
    if conf >= ERROR_AT:
        return Severity.ERROR
    if conf >= WARNING_AT:
        return Severity.WARNING
    return Severity.INFO
