"""Figures for the pronoun-gender checker (PG); see docs/benchmarks-pronoun-gender.md.

GAP (Apache-2.0): every snippet whose pronoun corefers with a gold name is checked twice, as
written and with that pronoun's gender flipped (he<->she, him->her, his->her or hers,
her->him or his by what follows it, hers->his, himself<->herself). Recall is the share of
flipped copies with a PG001 finding on the flipped pronoun; false flags are the share of
originals with any PG001 finding on the pronoun, by confidence threshold, with calibration.
WinoBias (MIT): every sentence must stay clean, anti-stereotyped ones above all. BBC
(evaluation only, read in place, never copied): PG findings per 1,000 words of clean news,
each listed. Then the cost: start-up and milliseconds per 400 words.

    python benchmarks/pronoun_gender.py                      # GAP development (tuning set)
    python benchmarks/pronoun_gender.py --split validation   # GAP held out
    python benchmarks/pronoun_gender.py --limit 200 --errors # quick look, with misses
    python benchmarks/pronoun_gender.py --fit                # refit calibration.WEIGHTS

The data is read from ``$NEWSCHECK_DATA`` or ``../shared/data`` beside the repository; when
it is absent the script prints a skip message and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import math
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from _data import data_file, read_jsonl  # benchmarks/ is on sys.path when run as a script
from newscheck.analysis import Document
from newscheck.article import Article
from newscheck.checker import CheckContext, CheckerSetup, RawFinding
from newscheck.checkers.pronoun_gender import PronounGenderChecker
from newscheck.checkers.pronoun_gender.calibration import FEATURES, SHARE_WEIGHT, Signals
from newscheck.checkers.pronoun_gender.pronouns import Pronoun, classify, counterpart

THRESHOLDS = (0.5, 0.7, 0.8, 0.85, 0.9, 0.95)
CALIBRATION = 0.9


class Runner:
    """The checker with every finding kept (min_confidence 0), run without the engine."""

    def __init__(self) -> None:
        self.checker = PronounGenderChecker(CheckerSetup(options={"min_confidence": 0.0}))
        self.rules = {r.code: r for r in PronounGenderChecker.rules}

    def findings(self, body: str, title: str = "") -> list[RawFinding]:
        ctx = CheckContext(checker="pronoun_gender", rules=self.rules)
        self.checker.check(Document(Article(title=title, body=body)), ctx)
        return ctx.findings


# -- GAP ------------------------------------------------------------------------------------


@dataclass
class Case:
    id: str
    original: str
    flipped: str
    start: int
    end: int
    pronoun: str
    replacement: str


def flip(text: str, offset: int, pronoun: str) -> tuple[str, str] | None:
    """The text with the pronoun at ``offset`` in the other gender, and the new word."""
    doc = Document(Article(body=text))
    words = doc.body.words
    index = next((i for i, w in enumerate(words) if w.start == offset), None)
    if index is None or words[index].text != pronoun:
        return None
    kind = classify(words[index].lower, words, index, text)
    if kind is None:
        return None
    word = counterpart(Pronoun(offset, offset + len(pronoun), pronoun, kind[0], kind[1], index))
    return text[:offset] + word + text[offset + len(pronoun) :], word


def gap_cases(path: Path, limit: int | None) -> list[Case]:
    cases = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["A-coref"].upper() != "TRUE" and row["B-coref"].upper() != "TRUE":
                continue
            offset, pronoun = int(row["Pronoun-offset"]), row["Pronoun"]
            flipped = flip(row["Text"], offset, pronoun)
            if flipped is None:
                continue
            text, word = flipped
            cases.append(
                Case(row["ID"], row["Text"], text, offset, offset + len(pronoun), pronoun, word)
            )
            if limit and len(cases) >= limit:
                break
    return cases


def on(findings: list[RawFinding], start: int, end: int) -> float | None:
    """The highest PG001 confidence on the span, or None."""
    hits = [f.confidence for f in findings if f.rule.code == "PG001" and f.start == start]
    return max(hits, default=None) if end > start else None


def gap(runner: Runner, split: str, limit: int | None, errors: bool) -> None:
    path = data_file(f"gap-{split}.tsv")
    cases = gap_cases(path, limit)
    print(f"\n## GAP {split}: {len(cases)} snippets whose pronoun corefers with a gold name\n")
    flipped_hits: list[float | None] = []
    original_hits: list[float | None] = []
    elsewhere: list[float] = []  # PG001 on other pronouns of the unflipped snippets
    for case in cases:
        found = runner.findings(case.flipped)
        flipped_hits.append(on(found, case.start, case.start + len(case.replacement)))
        kept = runner.findings(case.original)
        original_hits.append(on(kept, case.start, case.end))
        elsewhere.extend(
            f.confidence
            for f in kept
            if f.rule.code == "PG001" and not case.start <= f.start < case.end
        )
        if errors and flipped_hits[-1] is None:
            where = _around(case.flipped, case.start, case.start + len(case.replacement))
            print(f"miss {case.id}: ...{where}...")
        if errors and original_hits[-1] is not None:
            message = next(f.message for f in kept if f.start == case.start)
            where = _around(case.original, case.start, case.end)
            print(f"FALSE {case.id} ({original_hits[-1]:.2f}): ...{where}... -- {message}")
    n = len(cases)
    print(
        "| confidence ≥ | recall on flipped | originals flagged | findings ≥ t right "
        "| other pronouns flagged in the originals |"
    )
    print("|---|---|---|---|---|")
    for t in THRESHOLDS:
        tp = sum(1 for c in flipped_hits if c is not None and c >= t)
        fp = sum(1 for c in original_hits if c is not None and c >= t)
        right = f"{tp / (tp + fp):.1%}" if tp + fp else "n/a"
        other = sum(1 for c in elsewhere if c >= t)
        print(f"| {t:.2f} | {tp / n:.1%} ({tp}) | {fp / n:.1%} ({fp}) | {right} | {other} |")
    print(
        "\nOther pronouns: Wikipedia's own pronouns in the unflipped snippets, where no error "
        "was planted (a few may be real slips)."
    )


def _around(text: str, start: int, end: int) -> str:
    left = text[max(0, start - 200) : start]
    return f"{left}[[{text[start:end]}]]{text[end : end + 60]}".replace("\n", " ")


# -- calibration ----------------------------------------------------------------------------


def suspects_for_fit(runner: Runner, cases: list[Case]) -> list[tuple[Signals, int]]:
    """Every suspect in the snippets: the flipped pronoun in a flipped copy is an error (1),
    anything in an original is clean copy (0); other suspects in flipped copies are left out."""
    rows = []
    for case in cases:
        for text, flipped in ((case.flipped, True), (case.original, False)):
            for suspect in runner.checker.suspects(Document(Article(body=text))):
                on_target = suspect.pronoun.start == case.start
                if flipped and not on_target:
                    continue
                rows.append((suspect.signals, int(flipped and on_target)))
    return rows


def fit(rows: list[tuple[Signals, int]], l2: float = 1.0, rounds: int = 25) -> list[float]:
    """Logistic regression by Newton's method (a handful of features, no numpy needed), with
    the fixed share term as an offset."""
    xs = [signals.vector() for signals, _ in rows]
    offsets = [SHARE_WEIGHT * math.log(max(signals.share, 1e-3)) for signals, _ in rows]
    ys = [label for _, label in rows]
    k = len(FEATURES)
    w = [0.0] * k
    for _ in range(rounds):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y, offset in zip(xs, ys, offsets, strict=True):
            z = sum(a * b for a, b in zip(w, x, strict=True)) + offset
            p = 1.0 / (1.0 + math.exp(-z))
            for i in range(k):
                grad[i] += (p - y) * x[i]
                for j in range(k):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(1, k):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
    return w


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[col][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def calibrate(runner: Runner, limit: int | None) -> None:
    cases = gap_cases(data_file("gap-development.tsv"), limit)
    rows = suspects_for_fit(runner, cases)
    weights = fit(rows)
    print(f"\n## Calibration fitted on GAP development ({len(rows)} suspects)\n")
    print("WEIGHTS = (" + ", ".join(f"{w:.2f}" for w in weights) + ")")
    for name, w in zip(FEATURES, weights, strict=True):
        print(f"  {name:>22}: {w:+.2f}")


# -- WinoBias -------------------------------------------------------------------------------


def winobias(runner: Runner) -> None:
    folder = data_file("winobias/WinoBias/wino/data")
    print("\n## WinoBias: sentences with any PG finding (target 0)\n")
    print("| file | sentences | flagged |")
    print("|---|---|---|")
    total = flagged = 0
    for path in sorted(folder.glob("*_stereotyped_type*.txt.*")):
        lines = [line.split(" ", 1)[1] for line in path.read_text("utf-8").splitlines() if line]
        sentences = [line.replace("[", "").replace("]", "") for line in lines]
        hits = [s for s in sentences if runner.findings(s)]
        total += len(sentences)
        flagged += len(hits)
        print(f"| {path.name} | {len(sentences)} | {len(hits)} |")
        for sentence in hits[:3]:
            print(f"|  e.g. | {sentence} | |")
    print(f"| all | {total} | {flagged} |")


# -- BBC ------------------------------------------------------------------------------------


def bbc(runner: Runner, limit: int | None) -> list[Article]:
    rows = list(read_jsonl(data_file("bbc_dev.jsonl")))
    articles = [Article(id=r["id"], title=r["title"], body=r["text"]) for r in rows[:limit]]
    print(f"\n## BBC: {len(articles)} clean articles\n")
    words = 0
    listed: list[tuple[str, RawFinding]] = []
    for article in articles:
        doc = Document(article)
        words += doc.word_count
        ctx = CheckContext(checker="pronoun_gender", rules=runner.rules)
        runner.checker.check(doc, ctx)
        listed.extend((article.id or "", f) for f in ctx.findings)
    print("| rule | confidence ≥ | findings | per 1,000 words |")
    print("|---|---|---|---|")
    for code in ("PG001", "PG002"):
        for t in (0.5, 0.7, 0.9):
            n = sum(1 for _, f in listed if f.rule.code == code and f.confidence >= t)
            print(f"| {code} | {t:.1f} | {n} | {1000 * n / words:.3f} |")
    print(f"\n{words:,} words. Every PG001 finding at confidence ≥ 0.5:\n")
    for article_id, f in listed:
        if f.rule.code == "PG001" and f.confidence >= 0.5:
            text = f.field.text
            context = text[max(0, f.start - 120) : f.end + 40].replace("\n", " ")
            print(f"- {article_id} ({f.confidence:.2f}): …{context}… — {f.message}")
    return articles


# -- cost -----------------------------------------------------------------------------------


def cost(runner: Runner, articles: list[Article]) -> None:
    print("\n## Cost\n")
    code = (
        "import time; t=time.perf_counter();"
        "from newscheck.checkers.pronoun_gender import PronounGenderChecker;"
        "from newscheck.checker import CheckerSetup;"
        "PronounGenderChecker(CheckerSetup(options={}));"
        "print(time.perf_counter()-t)"
    )
    starts = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    print(
        f"start-up (import newscheck + build the checker, fresh interpreter, median of 3): "
        f"{1000 * statistics.median(starts):.0f} ms"
    )
    from newscheck.checkers.pronoun_gender import names

    names.table.cache_clear()
    t = time.perf_counter()
    names.table()
    print(
        f"first-name table load alone: {1000 * (time.perf_counter() - t):.1f} ms "
        f"({len(names.table()):,} names)"
    )
    docs = [Document(a) for a in articles]
    words = sum(d.word_count for d in docs)
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        for doc in docs:
            ctx = CheckContext(checker="pronoun_gender", rules=runner.rules)
            runner.checker.check(doc, ctx)
        best = min(best, time.perf_counter() - t)
    print(
        f"check (analysis excluded), best of 3 passes over {len(docs)} articles: "
        f"{1000 * best / words * 400:.2f} ms per 400 words"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="development", choices=["development", "validation"])
    parser.add_argument("--limit", type=int, default=None, help="at most N items per data set")
    parser.add_argument("--errors", action="store_true", help="print GAP misses and false flags")
    parser.add_argument("--only", choices=["gap", "winobias", "bbc"], default=None)
    parser.add_argument(
        "--fit", action="store_true", help="refit calibration.WEIGHTS on GAP development"
    )
    args = parser.parse_args()
    runner = Runner()
    if args.fit:
        calibrate(runner, args.limit)
        return
    if args.only in (None, "gap"):
        gap(runner, args.split, args.limit, args.errors)
    if args.only in (None, "winobias"):
        winobias(runner)
    if args.only in (None, "bbc"):
        articles = bbc(runner, args.limit)
        cost(runner, articles)


if __name__ == "__main__":
    main()
