"""The end-of-run summary of a corpus: articles, failures, findings per rule and the score
distribution, kept in bounded memory (counts and a histogram, not the reports).

The exit code folds the whole output, resumed reports included, with the CLI's rules:
2 an article could not be loaded or checked, 3 a report is incomplete, 1 the gate failed.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from newscheck.corpus.digest import Digest

EXIT_OK, EXIT_GATE, EXIT_USAGE, EXIT_INCOMPLETE = 0, 1, 2, 3
_BAR = 40


class Summary:
    def __init__(self, *, fail_under: float | None = None) -> None:
        self.fail_under = fail_under
        self.articles = 0
        self.resumed = 0
        self.failed = 0
        self.incomplete = 0
        self.gate_failed = 0
        self.verdicts: Counter[str] = Counter()
        self.rules: Counter[str] = Counter()
        self._scores = [0] * 101  # whole points; error reports are left out
        self._score_sum = 0.0

    def add(self, digest: Digest, *, resumed: bool = False) -> None:
        self.articles += 1
        self.resumed += resumed
        self.rules.update(digest.rules)
        if digest.failed:
            self.failed += 1
            return
        self.verdicts[digest.verdict] += 1
        self.incomplete += not digest.complete
        self.gate_failed += digest.verdict == "fail" or (
            self.fail_under is not None and digest.score < self.fail_under
        )
        self._scores[min(100, max(0, int(digest.score)))] += 1
        self._score_sum += digest.score

    @property
    def scored(self) -> int:
        return sum(self._scores)

    def exit_code(self) -> int:
        if self.failed:
            return EXIT_USAGE
        if self.incomplete:
            return EXIT_INCOMPLETE
        return EXIT_GATE if self.gate_failed else EXIT_OK

    def percentile(self, share: float) -> float | None:
        """The score (to a whole point) below which ``share`` of scored articles fall."""
        if not self.scored:
            return None
        rank = share * (self.scored - 1)
        seen = 0
        for score, count in enumerate(self._scores):
            seen += count
            if seen > rank:
                return float(score)
        return 100.0

    def deciles(self) -> list[int]:
        """Articles per score band 0-9, 10-19, ..., 90-100."""
        bands = [sum(self._scores[i : i + 10]) for i in range(0, 100, 10)]
        bands[-1] += self._scores[100]
        return bands

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "resumed": self.resumed,
            "failed": self.failed,
            "incomplete": self.incomplete,
            "verdicts": dict(sorted(self.verdicts.items())),
            "findings": self.rules.total(),
            "findings_per_rule": dict(sorted(self.rules.items())),
            "score": {
                "mean": round(self._score_sum / self.scored, 2) if self.scored else None,
                "p10": self.percentile(0.1),
                "median": self.percentile(0.5),
                "p90": self.percentile(0.9),
                "deciles": self.deciles(),
            },
            "exit_code": self.exit_code(),
        }

    def render(self) -> str:
        lines = [f"{self.articles:,} articles"]
        if self.resumed:
            lines[0] += f" ({self.resumed:,} already in the output, {self.checked_now:,} now)"
        lines.append(
            f"failures: {self.failed:,} could not be loaded or checked, "
            f"{self.incomplete:,} incomplete (a checker failed)"
        )
        lines.append(
            "verdicts: " + ", ".join(f"{self.verdicts[v]:,} {v}" for v in ("pass", "warn", "fail"))
        )
        data = self.as_dict()["score"]
        if self.scored:
            lines.append(
                f"scores: mean {data['mean']:.1f}, p10 {data['p10']:.0f}, "
                f"median {data['median']:.0f}, p90 {data['p90']:.0f}"
            )
            top = max(data["deciles"]) or 1
            for band, count in zip(range(0, 100, 10), data["deciles"], strict=True):
                bar = "#" * round(_BAR * count / top)
                lines.append(f"  {band:>3}-{band + 9 if band < 90 else 100:<3} {count:>9,} {bar}")
        lines.append(f"findings: {self.rules.total():,}")
        for rule, count in sorted(self.rules.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {rule:<8} {count:>9,}")
        return "\n".join(lines)

    @property
    def checked_now(self) -> int:
        return self.articles - self.resumed
