"""Grammar (GR) benchmark: false alarms on clean BBC copy, recall on injected errors, speed.

    python benchmarks/grammar.py               # full run, writes docs/benchmarks-grammar.md
    python benchmarks/grammar.py --limit 100   # quick run on the first 100 articles

The BBC articles are evaluation-only data: read from ``../shared/data`` (or
$NEWSCHECK_DATA) at run time, never copied into the repository; the report quotes only the
flagged words and a few words around them so real errors can be marked. Every random choice
comes from one seeded generator, so a run is repeatable. Side by side, in the same loop over
the same articles: harper-py with its default rules, and proselint with its defaults.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _data import DATA, read_jsonl  # benchmarks/ is on sys.path when run as a script

SEED = 20240611
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "benchmarks-grammar.md"
WINDOW_WORDS = 4


def _list(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    return list(read_jsonl(path, limit))


def data_dir() -> Path:
    return DATA




# --- the checker under test ---------------------------------------------------------------


@dataclass
class Found:
    rule: str
    field: str
    start: int
    end: int
    text: str
    context: str
    source: str = ""


class Grammar:
    """The grammar checker as the engine builds it, with all default-on GR rules selected."""

    def __init__(self, variety: str, select_all: bool = False) -> None:
        from newscheck.checker import CheckerSetup
        from newscheck.checkers.grammar import GrammarChecker

        self.checker = GrammarChecker(CheckerSetup(options={}, variety=variety))
        self.rules = {r.code: r for r in GrammarChecker.rules if select_all or r.default_enabled}
        self.backend_ms: Counter[str] = Counter()

    def run(self, title: str, body: str) -> tuple[list[Found], float, int]:
        from newscheck.analysis import Document
        from newscheck.article import Article
        from newscheck.checker import CheckContext

        doc = Document(Article(title=title, body=body))
        ctx = CheckContext(checker="grammar", rules=self.rules)
        start = time.perf_counter()
        self.checker.check(doc, ctx)
        ms = (time.perf_counter() - start) * 1000
        for key, value in ctx.metrics.items():
            if key.endswith("_ms"):
                self.backend_ms[key[:-3]] += value
        found = [
            Found(
                f.rule.code,
                f.field.name,
                f.start,
                f.end,
                f.field.text[f.start : f.end],
                window(f.field.text, f.start, f.end),
            )
            for f in ctx.findings
        ]
        return found, ms, doc.word_count


def window(text: str, start: int, end: int) -> str:
    before = " ".join(text[:start].split()[-WINDOW_WORDS:])
    after = " ".join(text[end:].split()[:WINDOW_WORDS])
    flagged = " ".join(text[start:end].split()) or "\u2423"
    return f"{before} **{flagged}** {after}".strip()


# --- comparisons --------------------------------------------------------------------------


class HarperDefault:
    """harper-py exactly as it comes: default rules, British dialect, plain text."""

    def __init__(self, variety: str) -> None:
        import harper

        dialect = harper.Dialect.BRITISH if variety == "en-GB" else harper.Dialect.AMERICAN
        self.linter = harper.Linter(dialect)

    def run(self, title: str, body: str) -> tuple[Counter[str], float]:
        start = time.perf_counter()
        rules: Counter[str] = Counter()
        for text in (title, body):
            for rule, lints in self.linter.organized_lints(text, language="plaintext").items():
                rules[rule] += len(lints)
        return rules, (time.perf_counter() - start) * 1000


class Proselint:
    """proselint 0.16 with its default checks (it drops matches inside quotes itself)."""

    def __init__(self) -> None:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry

        CheckRegistry().register_many(__register__)

    def run(self, title: str, body: str) -> tuple[Counter[str], float]:
        from proselint.tools import LintFile

        start = time.perf_counter()
        rules: Counter[str] = Counter()
        for text in (title, body):
            if text.strip():
                for result in LintFile("article", text).lint():
                    rules[result.check_result.check_path] += 1
        return rules, (time.perf_counter() - start) * 1000


# --- injected errors ----------------------------------------------------------------------

WORD = re.compile(r"(?<![\w'\u2019-])[A-Za-z]+(?![\w'\u2019-])")
ARTICLE = re.compile(r"(?<![\w'\u2019-])(a|an)\s+([A-Za-z][\w-]*)")
SINGULAR_SWAP = {"has": "have", "was": "were", "is": "are", "does": "do", "says": "say"}
PLURAL_SWAP = {"have": "has", "were": "was", "are": "is", "do": "does", "say": "says"}
SUBJUNCTIVE = re.compile(r"\b(?:if|as|though|wish|unless)\s+$", re.IGNORECASE)
"""'if it was' -> 'if it were' is correct English, not an injected error."""
AGREEMENT = re.compile(
    r"(?<![\w'\u2019-])(he|she|it|they|we|He|She|It|They|We)\s+"
    r"(has|was|is|does|says|have|were|are|do|say)(?![\w'\u2019-])"
)


@dataclass
class Injection:
    kind: str
    body: str
    start: int
    end: int
    written: str


@dataclass
class Tally:
    cases: int = 0
    hits: int = 0
    right_code: int = 0
    missed: list[str] = field(default_factory=list)

    def recall(self) -> float:
        return self.hits / self.cases if self.cases else 0.0


def quiet(body: str) -> Callable[[int, int], bool]:
    from newscheck.analysis import FieldAnalysis

    analysis = FieldAnalysis.build("body", body)
    return analysis.in_quote


def inject_doubled(body: str, rng: random.Random) -> Injection | None:
    in_quote = quiet(body)
    sites = [m for m in WORD.finditer(body) if not in_quote(m.start(), m.end())]
    if not sites:
        return None
    m = rng.choice(sites)
    new = f"{body[: m.end()]} {m.group(0)}{body[m.end() :]}"
    return Injection("doubled word", new, m.start(), m.end() * 2 - m.start() + 1, "")


def inject_article(body: str, rng: random.Random) -> Injection | None:
    in_quote = quiet(body)
    sites = [m for m in ARTICLE.finditer(body) if not in_quote(m.start(), m.end())]
    if not sites:
        return None
    m = rng.choice(sites)
    wrong = "an" if m.group(1) == "a" else "a"
    new = body[: m.start(1)] + wrong + body[m.end(1) :]
    return Injection("a/an mismatch", new, m.start(1), m.start(1) + len(wrong), "")


def inject_agreement(body: str, rng: random.Random) -> Injection | None:
    in_quote = quiet(body)
    sites = [m for m in AGREEMENT.finditer(body) if not in_quote(m.start(), m.end())]
    sites = [
        m
        for m in sites
        if (m.group(1).lower() in {"he", "she", "it"}) == (m.group(2) in SINGULAR_SWAP)
        and not (m.group(2) == "was" and SUBJUNCTIVE.search(body, 0, m.start()))
    ]
    if not sites:
        return None
    m = rng.choice(sites)
    verb = m.group(2)
    wrong = SINGULAR_SWAP.get(verb) or PLURAL_SWAP[verb]
    new = body[: m.start(2)] + wrong + body[m.end(2) :]
    return Injection("subject-verb agreement", new, m.start(2), m.start(2) + len(wrong), "")


INJECTORS = {
    "doubled word": (inject_doubled, "GR001"),
    "a/an mismatch": (inject_article, "GR002"),
    "subject-verb agreement": (inject_agreement, "GR003"),
}


def injected_recall(
    grammar: Grammar, articles: list[dict[str, Any]], rng: random.Random
) -> dict[str, Tally]:
    tallies = {kind: Tally() for kind in INJECTORS}
    for article in articles:
        for kind, (inject, code) in INJECTORS.items():
            injection = inject(article["text"], rng)
            if injection is None:
                continue
            tally = tallies[kind]
            tally.cases += 1
            found, _, _ = grammar.run(article["title"], injection.body)
            hits = [
                f
                for f in found
                if f.field == "body" and f.start < injection.end and injection.start < f.end
            ]
            if hits:
                tally.hits += 1
                tally.right_code += any(f.rule == code for f in hits)
            elif len(tally.missed) < 12:
                tally.missed.append(window(injection.body, injection.start, injection.end))
    return tallies


# --- start-up, each in a fresh process ----------------------------------------------------

STARTUP = {
    "harper-py: import + Linter(British)": ("import harper; harper.Linter(harper.Dialect.BRITISH)"),
    "newscheck grammar: build checker + first check": (
        "from newscheck.analysis import Document; from newscheck.article import Article; "
        "from newscheck.checker import CheckContext, CheckerSetup; "
        "from newscheck.checkers.grammar import GrammarChecker as G; "
        "c = G(CheckerSetup(options={}, variety='en-GB')); "
        "c.check(Document(Article(body='A short sentence.')), "
        "CheckContext(checker='grammar', rules={r.code: r for r in G.rules}))"
    ),
    "proselint: import + register + first lint": (
        "from proselint.checks import __register__; "
        "from proselint.registry import CheckRegistry; from proselint.tools import LintFile; "
        "CheckRegistry().register_many(__register__); LintFile('a', 'A short sentence.').lint()"
    ),
}


def startup_seconds(code: str, repeats: int = 3) -> float:
    timed = f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
    runs = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", timed], capture_output=True, text=True, check=True
        )
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(runs)


# --- the run ------------------------------------------------------------------------------


def per_1000(count: float, words: int) -> float:
    return 1000 * count / words if words else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--variety", default="en-GB", choices=["en-GB", "en-US"])
    parser.add_argument("--out", type=Path, default=None, help="write the report here")
    args = parser.parse_args()

    path = data_dir() / "bbc_dev.jsonl"
    if not path.exists():
        print(f"skipped: {path} is absent (set NEWSCHECK_DATA to the shared data folder)")
        return
    articles = _list(path, args.limit)
    out = args.out or (OUT if args.limit is None else None)

    startup = {name: startup_seconds(code) for name, code in STARTUP.items()}

    grammar = Grammar(args.variety)
    everything = Grammar(args.variety, select_all=True)
    harper_default = HarperDefault(args.variety)
    proselint = Proselint()
    warm = articles[0]
    for runner in (grammar, everything, harper_default, proselint):
        runner.run(warm["title"], warm["text"])  # start-up is measured above, not here
    grammar.backend_ms.clear()

    words = 0
    findings: list[tuple[str, Found]] = []
    all_rules: Counter[str] = Counter()
    harper_rules: Counter[str] = Counter()
    prose_rules: Counter[str] = Counter()
    ms: dict[str, list[float]] = {"grammar": [], "harper default": [], "proselint": []}
    for index, article in enumerate(articles):
        title, body = article["title"], article["text"]
        if index % 2:  # alternate which linter sees the text first: Harper caches work
            rules, harper_ms = harper_default.run(title, body)
        found, grammar_ms, count = grammar.run(title, body)
        if not index % 2:
            rules, harper_ms = harper_default.run(title, body)
        words += count
        findings.extend((article["id"], f) for f in found)
        ms["grammar"].append(grammar_ms)
        harper_rules.update(rules)
        ms["harper default"].append(harper_ms)
        rules, prose_ms = proselint.run(title, body)
        prose_rules.update(rules)
        ms["proselint"].append(prose_ms)
        all_rules.update(f.rule for f in everything.run(title, body)[0])

    backend_ms = Counter(grammar.backend_ms)
    seeds = sorted((data_dir().parent / "seeds").glob("*.txt"))
    seed_found = {s.name: grammar.run("", s.read_text(encoding="utf-8"))[0] for s in seeds}
    seed_variety = Grammar("en-US")
    seed_found_us = {s.name: seed_variety.run("", s.read_text(encoding="utf-8"))[0] for s in seeds}

    tallies = injected_recall(grammar, articles, random.Random(SEED))

    report = render(
        args,
        len(articles),
        words,
        findings,
        all_rules,
        harper_rules,
        prose_rules,
        ms,
        backend_ms,
        startup,
        tallies,
        seed_found,
        seed_found_us,
    )
    print(report)
    if out is not None:
        out.write_text(report, encoding="utf-8")
        print(f"wrote {out}")


def render(
    args: argparse.Namespace,
    n: int,
    words: int,
    findings: list[tuple[str, Found]],
    all_rules: Counter[str],
    harper_rules: Counter[str],
    prose_rules: Counter[str],
    ms: dict[str, list[float]],
    backend_ms: Counter[str],
    startup: dict[str, float],
    tallies: dict[str, Tally],
    seed_found: dict[str, list[Found]],
    seed_found_us: dict[str, list[Found]],
) -> str:
    from newscheck.checkers.grammar.rules import RULES

    names = {r.code: r for r in RULES}
    by_rule = Counter(f.rule for _, f in findings)
    lines = [
        "# Grammar benchmark (GR)",
        "",
        "Reproduce (needs the shared data folder beside the repo, or `NEWSCHECK_DATA=/path`;",
        "proselint for the comparison comes from `pip install proselint`):",
        "",
        "```",
        "python benchmarks/grammar.py" + (f" --limit {args.limit}" if args.limit else ""),
        "```",
        "",
        f"Data: {n:,} BBC News articles of `bbc_dev.jsonl` (2004-05, evaluation only, read in "
        f"place), {words:,} words (title and body), variety {args.variety}. Clean, edited copy: "
        "a finding is a false alarm unless the copy really has the problem.",
        "",
        "## Clean BBC copy: GR findings per 1,000 words, default configuration",
        "",
        f"Total: **{len(findings)}** findings, **{per_1000(len(findings), words):.2f}** per "
        "1,000 words (target: at most 1).",
        "",
        "| rule | name | default | findings | per 1,000 words | with every GR rule selected |",
        "|---|---|---|---|---|---|",
    ]
    for code, rule in names.items():
        state = "on" if rule.default_enabled else "off"
        lines.append(
            f"| {code} | {rule.name} | {state} | {by_rule.get(code, 0)} | "
            f"{per_1000(by_rule.get(code, 0), words):.3f} | "
            f"{all_rules.get(code, 0)} ({per_1000(all_rules.get(code, 0), words):.2f}) |"
        )
    lines += ["", "### Every flagged span (default configuration)", ""]
    lines += [
        "| article | field | rule | flagged |",
        "|---|---|---|---|",
    ]
    # BBC text is evaluation-only: the committed doc names the article and the flagged
    # words; run the benchmark to see each span in its context.
    for article_id, f in sorted(findings, key=lambda x: (x[1].rule, x[0], x[1].start)):
        flagged = " ".join(re.findall(r"\*\*[^*]+\*\*", f.context)) or f.context
        lines.append(f"| {article_id} | {f.field} | {f.rule} | {flagged.replace('|', '')} |")

    harper_total = sum(harper_rules.values())
    prose_total = sum(prose_rules.values())
    lines += [
        "",
        "## Side by side on the same articles, same run",
        "",
        "| tool | findings | per 1,000 words | ms per article (mean) | median | p95 |",
        "|---|---|---|---|---|---|",
    ]
    totals = {"grammar": len(findings), "harper default": harper_total, "proselint": prose_total}
    for tool, values in ms.items():
        ordered = sorted(values)
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        lines.append(
            f"| {tool} | {totals[tool]:,} | {per_1000(totals[tool], words):.2f} | "
            f"{statistics.mean(values):.2f} | {statistics.median(values):.2f} | {p95:.2f} |"
        )
    ratio = statistics.mean(ms["grammar"]) / statistics.mean(ms["harper default"])
    lines += [
        "",
        f"Grammar checker / harper-py default linter, mean time per article: **{ratio:.2f}x** "
        "(target: at most 1.2x).",
        "",
        "Time inside the grammar checker by backend, ms per article: "
        + ", ".join(f"{b} {v / n:.2f}" for b, v in sorted(backend_ms.items()))
        + ". LanguageTool is not measured: no LanguageTool server can run here (its "
        "distribution is not on PyPI or Debian), so its figures are for a newsroom to take "
        "on its own server.",
        "",
        "Top harper-py default rules: "
        + ", ".join(f"{r} {c} ({per_1000(c, words):.2f})" for r, c in harper_rules.most_common(12)),
        "",
        "Top proselint checks: "
        + ", ".join(f"{r} {c} ({per_1000(c, words):.2f})" for r, c in prose_rules.most_common(8)),
        "",
        "## Start-up, fresh process (median of 3)",
        "",
        f"Load average when the report was written: {os.getloadavg()[0]:.1f} on "
        f"{os.cpu_count()} cores (start-up figures are sensitive to other work).",
        "",
        "| what | seconds |",
        "|---|---|",
    ]
    lines += [f"| {name} | {secs:.2f} |" for name, secs in startup.items()]
    lines += [
        "",
        f"## Recall on injected errors (seed {SEED}, one error per article and kind, outside "
        "quotes)",
        "",
        "| error | cases | found | recall | with the expected code |",
        "|---|---|---|---|---|",
    ]
    cases = hits = 0
    for kind, tally in tallies.items():
        cases += tally.cases
        hits += tally.hits
        lines.append(
            f"| {kind} | {tally.cases} | {tally.hits} | {tally.recall():.3f} | {tally.right_code} |"
        )
    lines.append(f"| all | {cases} | {hits} | {hits / cases if cases else 0:.3f} | |")
    lines += ["", "Missed (first few of each kind):", ""]
    for kind, tally in tallies.items():
        lines += [
            f"- {kind}: " + "; ".join(tally.missed[:6]) if tally.missed else f"- {kind}: none"
        ]
    lines += ["", "## Seed articles (/work/shared/seeds), default configuration", ""]
    for label, seed_runs in (("en-GB", seed_found), ("en-US", seed_found_us)):
        for name, found in seed_runs.items():
            shown = "; ".join(f"{f.rule} {f.context}" for f in found) or "no findings"
            lines.append(f"- {name} ({label}): {shown}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
