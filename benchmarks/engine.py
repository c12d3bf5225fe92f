"""Engine cost: import, cold start, first article and each further article; peak memory.

    python benchmarks/engine.py [--select RD] [--limit N]

Runs the engine on BBC articles (evaluation only, read from ../shared/data) and prints the
figures that docs/benchmarks.md records. Each figure comes from a fresh interpreter where
start-up matters.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_file, read_jsonl

ROOT = Path(__file__).resolve().parents[1]


def _fresh(code: str) -> float:
    """Seconds a fresh interpreter takes to run ``code``, best of three."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--select", default=None, help="rule codes, e.g. RD")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    bbc = data_file("bbc_dev.jsonl")
    select = [s for s in (args.select or "").split(",") if s]

    bare = _fresh("pass")
    imported = _fresh("import newscheck")
    one = ROOT / "fixtures" / "clean" / "harbour-ferry.txt"
    sel = ["--select", args.select] if args.select else []
    cli_best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "newscheck", "check", *sel, str(one)],
            capture_output=True,
            check=False,
        )
        cli_best = min(cli_best, time.perf_counter() - started)

    import newscheck

    rows = list(read_jsonl(bbc))[: args.limit]
    articles = [newscheck.Article(id=r["id"], title=r["title"], body=r["text"]) for r in rows]
    started = time.perf_counter()
    engine = newscheck.Engine(newscheck.Settings(select=select))
    build_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    first = engine.check(articles[0])
    first_ms = (time.perf_counter() - started) * 1000
    times = []
    complete = 1 if first.complete else 0
    words = 0
    for article in articles[1:]:
        started = time.perf_counter()
        report = engine.check(article)
        times.append((time.perf_counter() - started) * 1000)
        complete += report.complete
        words += report.article.words
    per_checker: dict[str, list[float]] = {}
    for article in articles[:200]:
        for c in engine.check(article).checkers:
            per_checker.setdefault(c.name, []).append(c.ms)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"checkers: {', '.join(engine.checker_names)}  select={args.select or 'default'}")
    print(f"python start-up:              {bare * 1000:7.1f} ms")
    print(f"import newscheck (fresh):     {(imported - bare) * 1000:7.1f} ms")
    print(f"`newscheck check` one article, cold, whole process: {cli_best * 1000:7.1f} ms")
    print(f"engine build:                 {build_ms:7.1f} ms")
    print(f"first article:                {first_ms:7.1f} ms")
    print(
        f"each further article: median {statistics.median(times):6.2f} ms, "
        f"p95 {statistics.quantiles(times, n=20)[-1]:6.2f} ms, "
        f"mean words {words / len(times):.0f}"
    )
    for name, ms in per_checker.items():
        print(f"  {name:<14} median {statistics.median(ms):6.2f} ms")
    print(f"complete reports: {complete}/{len(articles)}")
    print(f"peak resident memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
