"""Figures for the attribution checker (SA); see docs/benchmarks-attribution.md.

Sections, each skipped with a message when its file is absent:

* PolNeAR (``polnear_train.jsonl``): for gold direct quotes (content opening with a quotation
  mark), the share whose speaker we find (our speaker span overlaps the gold source); content
  precision and recall over all gold attributions; where our vague/anonymous flags land; how
  news organisations among the gold sources are recognised.
* WikiWeasel (``wiki_weasel_train.csv``): sentence-level weasel detection, any SA finding in a
  sentence counting as "weasel", at every ``weasel_level``, on a fixed split by a hash of the
  sentence: the patterns are tuned on the tuning half, the held-out half checks them.
* BBC (``bbc_dev.jsonl``): SA findings per 1,000 words by severity and rule, at every level.
* Speed: milliseconds per 400 words after start-up.

All three sets are evaluation-only: read from the shared data folder (``$NEWSCHECK_DATA`` or
``../shared/data`` beside the repo), never copied.

    python benchmarks/attribution.py [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _data import DATA, DATA_ENV, read_jsonl  # benchmarks/ is on sys.path when run as a script
from newscheck.analysis import Document
from newscheck.article import Article
from newscheck.checker import CheckContext, CheckerSetup, RawFinding
from newscheck.checkers.attribution import AttributionChecker
from newscheck.checkers.attribution.rules import RULES

DEFAULT_LEVEL = 2
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab"
# A gold source that is a news organisation, judged from its words alone: the whole source
# is an outlet's name (a list of outlets common in 2015-16 US political copy, or a name ending
# in News, Times, Post, ...), or an outlet noun ("the newspaper"). People who work for an
# outlet ("Post reporter Ben Terris") and polls are not outlets here.
_OUTLET_NAMES = (
    r"CNN|Fox|Fox News|MSNBC|NBC|NBC News|ABC|ABC News|CBS|CBS News|NPR|PBS|Reuters|AP|"
    r"Associated Press|Bloomberg|Bloomberg News|Politico|POLITICO|Breitbart|Breitbart News|"
    r"BuzzFeed|BuzzFeed News|Huffington Post|HuffPost|Axios|The Hill|Hill|Yahoo News|"
    r"Daily Caller|National Review|Atlantic|New Yorker|Newsweek|Time|Time magazine|Slate|"
    r"Salon|Vox|Univision|Telemundo|Guardian|BBC|Telegraph|Drudge Report|Univision|UPI|"
    r"(?:[A-Z][\w.'-]*\s){0,3}(?:News|Times|Post|Journal|Register|Tribune|Herald|Gazette|"
    r"Examiner|Review|Globe|Magazine)"
)
GOLD_OUTLET = re.compile(
    rf"^(?:[Tt]he\s)?(?:{_OUTLET_NAMES})(?:['\u2019]s?)?$|^(?:[Tt]he\s)?(?:newspaper|paper|"
    rf"outlet|network|magazine|broadcaster|tabloid|editorial board|news agency)$"
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "his", "her"})


@dataclass
class Run:
    findings: list[RawFinding]
    data: dict[str, Any]
    metrics: dict[str, float]
    ms: float


class Runner:
    """One checker per weasel level, built once, run straight on documents."""

    def __init__(self, level: int = DEFAULT_LEVEL) -> None:
        self.checker = AttributionChecker(CheckerSetup(options={"weasel_level": level}))
        self.rules = {r.code: r for r in RULES}

    def run(self, doc: Document) -> Run:
        ctx = CheckContext(checker="attribution", rules=self.rules)
        started = time.perf_counter()
        self.checker.check(doc, ctx)
        ms = (time.perf_counter() - started) * 1000
        return Run(ctx.findings, ctx.data, ctx.metrics, ms)


# -- PolNeAR -------------------------------------------------------------------------------


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    source_text: str
    direct: bool


def gold_attributions(row: dict[str, Any]) -> list[Gold]:
    text = row["text"]
    out = []
    for attr in row["annotations"][0]["attributions"]:
        content = attr.get("content")
        if not content or not content.get("spans"):
            continue
        spans = [(int(a), int(b)) for a, b in content["spans"]]
        source = attr.get("source") or {}
        src_spans = [(int(a), int(b)) for a, b in source.get("spans", [])]
        direct = text[spans[0][0]] in QUOTE_MARKS
        out.append(Gold(spans, src_spans, source.get("text", "") or "", direct))
    return out


def _overlaps(a: tuple[int, int], b: Iterable[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in b)


def _overlap_len(a: tuple[int, int], spans: Iterable[tuple[int, int]]) -> int:
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in spans)


def _strict(pred: tuple[int, int], gold: list[tuple[int, int]]) -> bool:
    """Character overlap of at least half of both the prediction and the gold content."""
    inter = _overlap_len(pred, gold)
    size_gold = sum(e - s for s, e in gold)
    return inter * 2 >= (pred[1] - pred[0]) and inter * 2 >= size_gold


def nameless(source_text: str) -> bool:
    """A gold source that names no one: not a pronoun, and no capitalised word after the
    first in its head (before "familiar with", "of", "who", ...)."""
    head = re.split(r"\s(?:with|of|for|at|from|who|close|in|familiar|on|to)\s", source_text)[0]
    words = head.split()
    if not words or source_text.lower().strip() in PRONOUNS:
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return False
    return not (words[0][:1].isupper() and words[0].lower() not in _COMMON_OPENERS)


_COMMON_OPENERS = frozenset(
    {"the", "a", "an", "some", "many", "most", "several", "critics", "experts", "officials",
     "sources", "analysts", "observers", "others", "people", "one", "two", "three", "aides",
     "supporters", "opponents", "democrats", "republicans", "polls", "studies", "reports",
     "insiders", "advisers", "allies", "members", "both", "few", "all", "those", "these"}
)


@dataclass
class PolnearTally:
    """Counts over the PolNeAR articles; ``report`` prints them."""

    articles: int = 0
    gold: int = 0
    gold_hit: int = 0
    gold_strict: int = 0
    predicted: int = 0
    predicted_hit: int = 0
    predicted_strict: int = 0
    direct: int = 0
    direct_nosource: int = 0
    direct_found: int = 0
    direct_content: int = 0
    vague_flags: int = 0
    vague_on_source: int = 0
    vague_on_nameless: int = 0
    outlet_gold: int = 0
    outlet_found: int = 0
    outlet_pred: int = 0
    outlet_pred_right: int = 0
    sa004_articles: int = 0

    def add(self, row: dict[str, Any], result: Run) -> None:
        self.articles += 1
        golds = gold_attributions(row)
        preds = [a for a in result.data["attributions"] if a["field"] == "body"]
        for g in golds:
            self.add_gold(g, preds, result.data)
        gold_content = [c for g in golds for c in g.content]
        for p in preds:
            content = tuple(p["content"])
            self.predicted += 1
            self.predicted_hit += _overlaps(content, gold_content)
            self.predicted_strict += any(_strict(content, g.content) for g in golds)
        sources = [g for g in golds if g.source]
        for p in preds:
            if p["speaker"] and _is_outlet(result.data, p):
                on = [g for g in sources if _overlaps(tuple(p["speaker"]), g.source)]
                if on:
                    self.outlet_pred += 1
                    self.outlet_pred_right += any(_gold_outlet(g) for g in on)
        self.sa004_articles += any(f.rule.code == "SA004" for f in result.findings)
        for f in result.findings:
            if f.rule.code == "SA002" and f.field.name == "body":
                self.vague_flags += 1
                on = [g for g in sources if _overlaps((f.start, f.end), g.source)]
                self.vague_on_source += bool(on)
                self.vague_on_nameless += any(nameless(g.source_text) for g in on)

    def add_gold(self, g: Gold, preds: list[dict[str, Any]], data: dict[str, Any]) -> None:
        hit = [p for p in preds if _overlaps(tuple(p["content"]), g.content)]
        self.gold += 1
        self.gold_hit += bool(hit)
        self.gold_strict += any(_strict(tuple(p["content"]), g.content) for p in hit)
        if g.direct:
            self.direct += 1
            self.direct_content += bool(hit)
            if not g.source:
                self.direct_nosource += 1
            elif any(p["speaker"] and _overlaps(tuple(p["speaker"]), g.source) for p in hit):
                self.direct_found += 1
        if g.source and _gold_outlet(g):
            self.outlet_gold += 1
            self.outlet_found += any(
                p["speaker"] and _overlaps(tuple(p["speaker"]), g.source) and _is_outlet(data, p)
                for p in preds
            )

    def report(self) -> None:
        with_source = self.direct - self.direct_nosource
        print(f"articles: {self.articles}; gold attributions: {self.gold}; direct quotes: "
              f"{self.direct} ({self.direct_nosource} without a gold source)")
        print(f"direct quotes, speaker found: {self.direct_found}/{with_source} = "
              f"{_ratio(self.direct_found, with_source)}")
        print(f"direct quotes, content found: {self.direct_content}/{self.direct} = "
              f"{_ratio(self.direct_content, self.direct)}")
        print("content spans, all attributions (any overlap / at least half of both):")
        print(f"  precision {_ratio(self.predicted_hit, self.predicted)} / "
              f"{_ratio(self.predicted_strict, self.predicted)} ({self.predicted} predicted)")
        print(f"  recall    {_ratio(self.gold_hit, self.gold)} / "
              f"{_ratio(self.gold_strict, self.gold)}")
        print(f"SA002 flags in bodies: {self.vague_flags}; on a gold source: "
              f"{self.vague_on_source}; of those on a source that names no one: "
              f"{self.vague_on_nameless} = {_ratio(self.vague_on_nameless, self.vague_on_source)}")
        print(f"gold sources that are news organisations: {self.outlet_gold}; recognised as "
              f"outlets: {self.outlet_found} = {_ratio(self.outlet_found, self.outlet_gold)}")
        print(f"speakers we mark as outlets on a gold source: {self.outlet_pred}; gold source "
              f"is a news organisation: {self.outlet_pred_right} = "
              f"{_ratio(self.outlet_pred_right, self.outlet_pred)}")
        print(f"articles with SA004: {self.sa004_articles}/{self.articles}")


def _gold_outlet(g: Gold) -> bool:
    return GOLD_OUTLET.match(g.source_text.strip()) is not None


def polnear(folder: Path, limit: int | None) -> None:
    path = folder / "polnear_train.jsonl"
    print("\n## PolNeAR attribution (first annotator)")
    if not path.exists():
        print(f"skipped: {path} is absent")
        return
    runner = Runner()
    tally = PolnearTally()
    for row in read_jsonl(path, limit or None):  # --limit 0: every article
        tally.add(row, runner.run(Document(Article(body=row["text"]))))
    tally.report()


def _is_outlet(data: dict[str, Any], pred: dict[str, Any]) -> bool:
    name = (pred.get("speaker_text") or "").lower()
    return any(s["outlet"] and s["speaker"].lower() == name for s in data["sources"])


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


# -- WikiWeasel ----------------------------------------------------------------------------


def weasel_part(text: str) -> str:
    """A fixed split by a hash of the sentence: patterns are tuned on "tuning" only, and
    "held-out" shows whether the gain carries over."""
    return "tuning" if zlib.crc32(text.encode("utf-8")) % 2 == 0 else "held-out"


def weasel(folder: Path, limit: int | None) -> None:
    path = folder / "wiki_weasel_train.csv"
    print("\n## WikiWeasel sentences (any SA finding = weasel)")
    if not path.exists():
        print(f"skipped: {path} is absent")
        return
    with path.open(encoding="utf-8") as handle:
        rows = [(r["text"].strip(), r["label"] == "1") for r in csv.DictReader(handle)]
    if limit:
        rows = rows[: limit * 10]
    docs = [Document(Article(body=text)) for text, _ in rows]
    parts = [weasel_part(text) for text, _ in rows]
    print(f"tuning {parts.count('tuning')} sentences, held-out {parts.count('held-out')}")
    print("| weasel_level | part | precision | recall | F1 | flagged |")
    print("|---:|---|---:|---:|---:|---:|")
    for level in range(4):
        runner = Runner(level)
        counts = {part: [0, 0, 0] for part in ("tuning", "held-out", "all")}
        for doc, (_, label), part in zip(docs, rows, parts, strict=True):
            hit = bool(runner.run(doc).findings)
            for key in (part, "all"):
                counts[key][0] += hit and label
                counts[key][1] += hit and not label
                counts[key][2] += label and not hit
        mark = " (default)" if level == DEFAULT_LEVEL else ""
        for part, (tp, fp, fn) in counts.items():
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"| {level}{mark} | {part} | {p:.3f} | {r:.3f} | {f1:.3f} | {tp + fp} |")


# -- BBC -----------------------------------------------------------------------------------


def bbc(folder: Path, limit: int | None) -> None:
    path = folder / "bbc_dev.jsonl"
    print("\n## Clean BBC news: SA findings per 1,000 words")
    if not path.exists():
        print(f"skipped: {path} is absent")
        return
    rows = read_jsonl(path, limit or None)
    docs = [Document(Article(id=r["id"], title=r["title"], body=r["text"])) for r in rows]
    words = sum(d.word_count for d in docs)
    print(f"{len(docs)} articles, {words:,} words")
    print("| weasel_level | warning+error | info | SA001 | SA002 | SA003 | SA004 | SA005 | SA006 |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    default_runs: list[Run] = []
    for level in range(4):
        runner = Runner(level)
        runs = [runner.run(doc) for doc in docs]
        if level == DEFAULT_LEVEL:
            default_runs = runs
        severities: Counter[str] = Counter()
        rules: Counter[str] = Counter()
        for run in runs:
            for f in run.findings:
                severities["info" if f.severity.value == "info" else "warn"] += 1
                rules[f.rule.code] += 1
        per = 1000 / words
        cells = " | ".join(f"{rules[f'SA00{i}'] * per:.2f}" for i in range(1, 7))
        mark = " (default)" if level == DEFAULT_LEVEL else ""
        print(f"| {level}{mark} | {severities['warn'] * per:.3f} | {severities['info'] * per:.2f}"
              f" | {cells} |")
    print("\nwarnings at the default level:")
    for doc, run in zip(docs, default_runs, strict=True):
        for f in run.findings:
            if f.severity.value != "info":
                text = f.field.text[f.start : f.end].replace("\n", " ")
                print(f"  {doc.article.id} {f.rule.code} {text[:70]!r}")
    timing(docs)


def timing(docs: list[Document]) -> None:
    """Best of three runs per article, so other work on the machine does not count."""
    started = time.perf_counter()
    runner = Runner()
    runner.run(Document(Article(body="Warm-up text, he said.")))
    cold = (time.perf_counter() - started) * 1000
    per400 = []
    for doc in docs:
        best = min(runner.run(doc).ms for _ in range(3))
        per400.append(best * 400 / max(1, doc.word_count))
    per400.sort()
    print("\n## Speed (after start-up)")
    print(f"ms per 400 words over {len(docs)} BBC articles: median "
          f"{statistics.median(per400):.2f}, p95 {per400[int(len(per400) * 0.95)]:.2f}, "
          f"max {per400[-1]:.2f}; first article after import {cold:.0f} ms")


# -- GUM Wikinews -------------------------------------------------------------------------


def gum(limit: int | None) -> None:
    """Clean Wikinews copy with gold quotation spans: findings, and quotes given a speaker."""
    print("\n## GUM Wikinews news (clean, CC BY): quotations and findings")
    try:
        from gum import load_documents
    except ImportError:  # run from elsewhere than benchmarks/
        print("skipped: benchmarks/gum.py is not importable")
        return
    docs = [d for d in load_documents(genres=("news",))][: limit or None]
    if not docs:
        print("skipped: no GUM data")
        return
    runner = Runner()
    quotes = with_speaker = words = 0
    severities: Counter[str] = Counter()
    for gdoc in docs:
        text = gdoc.news_copy()
        doc = Document(Article(body=text))
        words += doc.word_count
        run = runner.run(doc)
        for f in run.findings:
            severities["info" if f.severity.value == "info" else "warn"] += 1
        preds = [a for a in run.data["attributions"] if a["speaker"]]
        for q in gdoc.quotations:
            inner = gdoc.text[q.span.start : q.span.end]
            if q.kind != "quote" or len(inner.split()) < 4:
                continue
            start = text.find(inner)
            if start < 0:
                continue
            quotes += 1
            with_speaker += any(
                _overlaps((start, start + len(inner)), [tuple(p["content"])]) for p in preds
            )
    per = 1000 / max(1, words)
    print(f"{len(docs)} documents, {words:,} words; speech quotations (<quote>, 4+ words) "
          f"given a speaker: {with_speaker}/{quotes} = {_ratio(with_speaker, quotes)}")
    print(f"findings per 1,000 words: warning+error {severities['warn'] * per:.2f}, "
          f"info {severities['info'] * per:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each set")
    parser.add_argument(
        "--only", choices=["polnear", "weasel", "bbc", "gum"], default=None, help="one section"
    )
    args = parser.parse_args(argv)
    folder = DATA
    if not folder.is_dir():
        print(f"skipped: no data folder at {folder} (set {DATA_ENV})")
        return 0
    if args.only in (None, "polnear"):
        polnear(folder, args.limit)
    if args.only in (None, "weasel"):
        weasel(folder, args.limit)
    if args.only in (None, "bbc"):
        bbc(folder, args.limit)
    if args.only in (None, "gum"):
        gum(args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
