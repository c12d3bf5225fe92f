"""Word-misuse benchmark: injected and natural real-word errors, false alarms on BBC copy.

    python benchmarks/word_misuse.py             # full run; writes docs/benchmarks-word-misuse.md
    python benchmarks/word_misuse.py --limit 100 # quick run on the first 100 articles

The BBC articles and the natural errors are evaluation-only data: they are read from
``../shared/data`` (or $NEWSCHECK_DATA) at run time and never copied into the repository.
Every random choice comes from one seeded generator, so a run is repeatable.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from _data import DATA, read_jsonl  # benchmarks/ is on sys.path when run as a script

SEED = 20240611
ROOT = Path(__file__).resolve().parents[1]
ZESCH = Path("lexicons/zesch_rwse_checker/rwse_checker/data/en_sets_ci.txt")
CONFIDENCE_BINS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


# Findings on the clean BBC copy that reviewers judged to be real errors in the BBC text (the
# article id and the flagged word only; the text itself is never copied here).
REAL_BBC_ERRORS = {
    ("bbc/business/346", "then"),  # "less then those" for than
    ("bbc/tech/011", "then"),  # "shorter then full-length films" for than
    ("bbc/entertainment/253", "there"),  # "worked hard for there glory" for their
    ("bbc/politics/292", "parry"),  # "launch his own parry, Veritas" for party
    ("bbc/tech/325", "marker"),  # "the Japanese marker" for market
    ("bbc/business/328", "lead"),  # "has hit ... and lead to calls" for led
}


def _list(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    return list(read_jsonl(path, limit))


def data_dir() -> Path:
    return DATA


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the checker under test --------------------------------------------------------------


@dataclass
class Found:
    rule: str
    start: int
    end: int
    text: str
    suggestions: tuple[str, ...]
    confidence: float
    message: str


class Runner:
    """Builds the checker once and runs it on a title and body."""

    def __init__(self, options: dict[str, Any]) -> None:
        from newscheck.checker import CheckerSetup
        from newscheck.checkers.word_misuse import WordMisuseChecker

        before = rss_mb()
        start = time.perf_counter()
        self.checker = WordMisuseChecker(CheckerSetup(options=options))
        # Touch the lazily parsed parts so start-up is measured, not the first article.
        self.run("", "A warm-up sentence about the weather.")
        self.load_seconds = time.perf_counter() - start
        self.load_mb = rss_mb() - before
        self.ms: list[float] = []

    def run(self, title: str, body: str, timed: bool = False) -> list[Found]:
        from newscheck.analysis import Document
        from newscheck.article import Article
        from newscheck.checker import CheckContext

        doc = Document(Article(title=title, body=body))
        ctx = CheckContext(
            checker="word_misuse", rules={r.code: r for r in self.checker.rules}
        )
        start = time.perf_counter()
        self.checker.check(doc, ctx)
        if timed:
            self.ms.append((time.perf_counter() - start) * 1000)
        return [
            Found(
                f.rule.code, f.start, f.end, f.field.text[f.start : f.end], f.suggestions,
                f.confidence, f.message,
            )
            for f in ctx.findings
            if f.field.name == "body"
        ]


# --- data ---------------------------------------------------------------------------------




def word_count(text: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['\u2019-][^\W_]+)*", text))


# --- injection ----------------------------------------------------------------------------

WORD = re.compile(r"(?<![\w'\u2019-])[a-z]+(?:['\u2019][a-z]+)?(?![\w'\u2019-])")


@dataclass
class Injection:
    kind: str
    article: str
    body: str
    start: int
    end: int
    written: str
    intended: str
    group: str = ""


@dataclass
class Tally:
    cases: int = 0
    hits: int = 0
    right_suggestion: int = 0
    extra: int = 0  # findings elsewhere in the injected copy
    missed: list[str] = field(default_factory=list)

    def recall(self) -> float:
        return self.hits / self.cases if self.cases else 0.0


@cache
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Quotations by a plain pairing of marks within a line, and as the shared analysis finds
    them. The BBC copy has lost many paragraph breaks ('worker? "Who is going ...'), which
    throws a plain pairing out of step; errors injected into a source's words would measure
    nothing, since by design the checker leaves quotations alone."""
    from newscheck.analysis import Document
    from newscheck.article import Article

    plain = [(m.start(), m.end()) for m in re.finditer(r"[\"\u201c][^\"\u201d\n]*[\"\u201d]", text)]
    body = next(f for f in Document(Article(title="", body=text)).fields if f.name == "body")
    return (*plain, *((q.span.start, q.span.end) for q in body.quotes))


def _inside(position: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= position < end for start, end in spans)


def _eligible_positions(text: str) -> list[re.Match[str]]:
    """Lowercase words in running prose, outside quotations: where a checker may speak."""
    quoted = _quoted_spans(text)
    return [
        m
        for m in WORD.finditer(text)
        if not _inside(m.start(), quoted)
    ]


def _match_case(word: str, like: str) -> str:
    word = word.replace("'", "\u2019") if "\u2019" in like else word
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def inject_confusables(
    articles: list[dict[str, Any]], sets: list[Any], rng: random.Random, holdout: bool
) -> list[Injection]:
    """(A) one member of a confusion set swapped for another, per article; members of two
    words ("every day", "a part") are found and swapped like single words."""
    by_word: dict[str, list[Any]] = defaultdict(list)
    for cset in sets:
        if cset.holdout == holdout:
            for w in cset.words:
                by_word[w].append(cset)
    phrases = sorted((w for w in by_word if " " in w), key=len, reverse=True)
    phrase_re = (
        re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(map(re.escape, phrases))
                   + r")(?![\w'\u2019-])", re.IGNORECASE)
        if phrases else None
    )
    found = []
    for art in articles:
        text = art["text"]
        spots = [
            m for m in _eligible_positions(text) if m.group().replace("\u2019", "'") in by_word
        ]
        if phrase_re is not None:
            quoted = _quoted_spans(text)
            spots += [
                m for m in phrase_re.finditer(text)
                if m.group() in by_word and not _inside(m.start(), quoted)
            ]
            spots.sort(key=lambda m: m.start())
        if not spots:
            continue
        m = rng.choice(spots)
        original = m.group().replace("\u2019", "'")
        cset = rng.choice(by_word[original])
        others = list(cset.others(original))
        if not others:
            continue
        wrong = _match_case(rng.choice(others), m.group())
        body = text[: m.start()] + wrong + text[m.end() :]
        found.append(
            Injection("A-holdout" if holdout else "A-tuning", art["id"], body, m.start(),
                      m.start() + len(wrong), wrong, original, "/".join(cset.words))
        )
    return found


class NearMisses:
    """Real words at edit distance 1-2 of similar frequency, from wordfreq (benchmark only)."""

    def __init__(self) -> None:
        import wordfreq

        from newscheck.checkers.word_misuse.language_model import load_model

        model = load_model()
        words = [
            w for w in wordfreq.top_n_list("en", 40000)
            if re.fullmatch(r"[a-z]{3,}", w) and model.known(w)
        ]
        self.zipf = {w: wordfreq.zipf_frequency(w, "en") for w in words}
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for w in words:
            self.by_length[len(w)].append(w)

    def near(self, word: str) -> list[str]:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        from newscheck.checkers.word_misuse.candidates import related

        if word not in self.zipf:
            return []
        pool = [w for n in range(len(word) - 2, len(word) + 3) for w in self.by_length.get(n, ())]
        freq = self.zipf[word]
        return [
            w for w, d, _ in process.extract(word, pool, scorer=OSA.distance, score_cutoff=2,
                                              limit=None)
            if w != word and 1 <= d <= 2 and abs(self.zipf[w] - freq) <= 0.5
            and not related(w, word)
        ]


def inject_near_misses(
    articles: list[dict[str, Any]], lexicon: Any, rng: random.Random
) -> list[Injection]:
    """(B) a word of 4+ letters outside every confusion set swapped for a near-miss real word."""
    near = NearMisses()
    found = []
    for art in articles:
        text = art["text"]
        spots = [
            m for m in _eligible_positions(text)
            if len(m.group()) >= 4 and "'" not in m.group() and "\u2019" not in m.group()
            and m.group() not in lexicon
        ]
        rng.shuffle(spots)
        for m in spots[:20]:
            options = near.near(m.group())
            if options:
                wrong = rng.choice(sorted(options))
                body = text[: m.start()] + wrong + text[m.end() :]
                found.append(Injection("B", art["id"], body, m.start(), m.start() + len(wrong),
                                       wrong, m.group()))
                break
    return found


_OPENERS = "In|At|On|By|For|From|To|With|And|But|As|If|When|While|Since|After|Before|That|So"
_PART_OF_NAME_BEFORE = re.compile(
    rf"(?:(?<![\w.'\u2019-])(?!(?:{_OPENERS})\s)[A-Z][\w.'\u2019-]*|of|of the|and)\s+$"
)
_PART_OF_NAME_AFTER = re.compile(r"^\s+[A-Z]")


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A place name that is not part of a longer name: not "Northern Ireland", "Bank of
    England", "Great Ireland Run" or "James Ireland"."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 3]
    return not (_PART_OF_NAME_BEFORE.search(before) or _PART_OF_NAME_AFTER.match(after))


def inject_referents(
    articles: list[dict[str, Any]], places: list[Any], rng: random.Random
) -> list[Injection]:
    """Wrong referring expressions: a listed wrong form for the place, or 'the' + name.

    Only a place name standing alone in the writer's own words is replaced: inside a
    quotation the checker is quiet by design, and inside a longer name the swap would not
    be a wrong referent."""
    found = []
    for art in articles:
        text = art["text"]
        quoted = _quoted_spans(text)
        options: list[tuple[int, int, str, str, str]] = []
        for place in places:
            for name in place.bare_names:
                for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?=['\u2019]s\b)", text):
                    before = text[max(0, m.start() - 4) : m.start()].lower()
                    if not before.endswith("the "):
                        options.append((m.start(), m.end(), f"the {name}", name, "article"))
                for form in place.wrong:
                    if form.use == name:
                        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                            options.append((m.start(), m.end(), form.text, name, "wrong-form"))
        options = [
            o for o in options
            if _stands_alone(text, o[0], o[1]) and not _inside(o[0], quoted)
        ]
        if not options:
            continue
        start, end, wrong, right, kind = rng.choice(options)
        body = text[:start] + wrong + text[end:]
        found.append(Injection(f"referent-{kind}", art["id"], body, start, start + len(wrong),
                               wrong, right))
    return found


# --- scoring ------------------------------------------------------------------------------


def score_injections(
    runner: Runner,
    cases: Iterable[Injection],
    baseline: dict[str, list[Found]],
    calibration: list[tuple[str, float, bool]],
) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for case in cases:
        tally = tallies[case.kind]
        tally.cases += 1
        found = runner.run("", case.body)
        on_span = [f for f in found if f.start < case.end and case.start < f.end]
        if on_span:
            tally.hits += 1
            suggested = {s.lower().replace("\u2019", "'") for f in on_span for s in f.suggestions}
            if case.intended.lower() in suggested:
                tally.right_suggestion += 1
            best = max(on_span, key=lambda f: f.confidence)
            calibration.append((best.rule, best.confidence, True))
        else:
            tally.missed.append(f"{case.written} (for {case.intended})")
        shift = len(case.written) - (case.end - case.start)
        clean = {(f.start, f.text) for f in baseline.get(case.article, [])}
        for f in found:
            if f in on_span:
                continue
            start = f.start if f.start < case.start else f.start - shift
            if (start, f.text) not in clean:
                tally.extra += 1
                calibration.append((f.rule, f.confidence, False))
    return tallies


def run_natural(runner: Runner, rows: list[dict[str, Any]]) -> dict[str, Any]:
    written = [r for r in rows if r.get("gold")]
    corrected = [r for r in rows if not r.get("gold")]
    hits = right = 0
    missed = []
    for r in written:
        g = r["gold"]
        found = runner.run(r.get("title", ""), r["text"])
        on = [f for f in found if f.start < g["end"] and g["start"] < f.end]
        if on:
            hits += 1
            if g["intended"].lower() in {s.lower() for f in on for s in f.suggestions}:
                right += 1
        else:
            missed.append(f"{g['written']}->{g['intended']}")
    alarms = []
    words = 0
    for r in corrected:
        words += word_count(r["text"])
        alarms.extend(f"{f.text}->{'/'.join(f.suggestions)}" for f in runner.run("", r["text"]))
    return {
        "written": len(written), "hits": hits, "right": right, "corrected": len(corrected),
        "alarms": alarms, "words": words, "missed": missed,
    }


# --- other tools --------------------------------------------------------------------------

HARPER_WORD_KINDS = {"Spelling", "WordChoice", "Typo", "Malapropism", "Usage", "Eggcorn"}
PROSELINT_WORD_CHECKS = (
    "malapropisms", "misc.preferred", "spelling", "mondegreens", "nonwords", "misc.illogic",
)


def harper_linter() -> Callable[[str], list[tuple[int, int, str]]] | None:
    try:
        import harper
    except ImportError:
        return None
    linter = harper.Linter()

    def lint(text: str) -> list[tuple[int, int, str]]:
        return [(x.span.start, x.span.end, str(x.lint_kind)) for x in linter.lint(text)]

    return lint


def proselint_linter() -> Callable[[str], list[tuple[int, int, str]]] | None:
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)

    def lint(text: str) -> list[tuple[int, int, str]]:
        # LintFile pads the text with a newline on each side.
        return [
            (r.check_result.span[0] - 1, r.check_result.span[1] - 1, r.check_result.check_path)
            for r in LintFile("article", text).lint(DEFAULT)
        ]

    return lint


def compare_tool(
    lint: Callable[[str], list[tuple[int, int, str]]],
    articles: list[dict[str, Any]],
    cases: list[Injection],
    word_only: Callable[[str], bool],
) -> dict[str, Any]:
    words = sum(word_count(a["text"]) for a in articles)
    clean_all = clean_word = 0
    for a in articles:
        found = lint(a["text"])
        clean_all += len(found)
        clean_word += sum(1 for _, _, k in found if word_only(k))
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for c in cases:
        found = lint(c.body)
        on = [k for s, e, k in found if s < c.end and c.start < e]
        hits[c.kind][0] += 1
        hits[c.kind][1] += bool(on)
        hits[c.kind][2] += any(word_only(k) for k in on)
    return {"words": words, "clean_all": clean_all, "clean_word": clean_word, "hits": dict(hits)}


# --- report -------------------------------------------------------------------------------


def per_k(n: int, words: int) -> float:
    return 1000 * n / words if words else 0.0


def calibration_table(points: list[tuple[str, float, bool]]) -> list[str]:
    lines = ["| confidence | findings | right | precision | by rule (right/findings) |",
             "|---|---|---|---|---|"]
    for lo, hi in pairwise(CONFIDENCE_BINS):
        inside = [(rule, ok) for rule, c, ok in points if lo <= c < hi]
        if inside:
            right = sum(ok for _, ok in inside)
            rules = sorted({rule for rule, _ in inside})
            by_rule = ", ".join(
                f"{r} {sum(ok for q, ok in inside if q == r)}/{sum(q == r for q, _ in inside)}"
                for r in rules
            )
            lines.append(
                f"| {lo:.1f}-{min(hi, 1.0):.1f} | {len(inside)} | {right} | "
                f"{right / len(inside):.2f} | {by_rule} |"
            )
    high = [ok for _, c, ok in points if c >= 0.9]
    if high:
        lines += ["", f"Of {len(high)} findings at confidence 0.9 or more, "
                  f"{sum(high) / len(high):.0%} are right."]
    return lines


def load_lexicon(data: Path) -> tuple[dict[str, Any], Any, str, str | None]:
    """The shipped sets; the Zesch list (read from shared data) when none are shipped yet."""
    from newscheck.checkers.word_misuse.lexicon import Lexicon

    lexicon = Lexicon.load()
    if lexicon.sets or not (data / ZESCH).is_file():
        return {}, lexicon, "the shipped confusion sets", None
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as tmp:
        for line in (data / ZESCH).read_text().split():
            members = ", ".join(f'"{w}"' for w in line.split(",") if w)
            tmp.write(f"[[sets]]\nwords = [{members}]\n\n")
    note = "the Zesch et al. list (no shipped sets yet)"
    return {"extra_sets": [tmp.name]}, Lexicon.load([tmp.name]), note, tmp.name


def run_tools(
    articles: list[dict[str, Any]], cases: list[Injection]
) -> dict[str, dict[str, Any]]:
    """harper-py and proselint on the same clean and injected copies."""
    tools: dict[str, dict[str, Any]] = {}
    tool_cases = [c for c in cases if c.kind.startswith(("A", "B"))]
    harper = harper_linter()
    if harper:
        tools["harper-py"] = compare_tool(
            harper, articles, tool_cases, lambda k: k in HARPER_WORD_KINDS
        )
    prose = proselint_linter()
    if prose:
        tools["proselint"] = compare_tool(
            prose, articles, tool_cases, lambda k: k.startswith(PROSELINT_WORD_CHECKS)
        )
    return tools


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles to use (default all)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks-word-misuse.md")
    parser.add_argument("--no-tools", action="store_true", help="skip harper and proselint")
    args = parser.parse_args(argv)

    data = data_dir()
    bbc = data / "bbc_dev.jsonl"
    if not bbc.is_file():
        print(f"word-misuse benchmark skipped: {bbc} not found (set NEWSCHECK_DATA)")
        return 0

    from newscheck.checkers.word_misuse.referents import Referents

    options, lexicon, lexicon_note, tmp = load_lexicon(data)
    referents = Referents.load()

    rng = random.Random(SEED)
    articles = _list(bbc, args.limit)
    words = sum(word_count(a["title"]) + word_count(a["text"]) for a in articles)
    print(f"{len(articles)} articles, {words} words; sets: {len(lexicon)} ({lexicon_note})")

    base_rss = rss_mb()
    runner = Runner(options)

    # Clean copy: every finding is a false alarm unless the BBC copy really is wrong.
    baseline: dict[str, list[Found]] = {}
    clean_list = []
    for a in articles:
        found = runner.run(a["title"], a["text"], timed=True)
        baseline[a["id"]] = found
        for f in found:
            ctx = a["text"][max(0, f.start - 50) : f.end + 40].replace("\n", " ")
            clean_list.append((a["id"], f, ctx))
    n_clean = len(clean_list)
    n_real = sum((art, f.text.lower()) in REAL_BBC_ERRORS for art, f, _ in clean_list)
    print(f"clean: {n_clean} findings, {per_k(n_clean, words):.3f} per 1,000 words; "
          f"{n_real} of them real BBC errors")

    calibration: list[tuple[str, float, bool]] = []
    cases = (
        inject_confusables(articles, lexicon.sets, rng, holdout=False)
        + inject_confusables(articles, lexicon.sets, rng, holdout=True)
        + inject_near_misses(articles, lexicon, rng)
        + inject_referents(articles, referents.places, rng)
    )
    tallies = score_injections(runner, cases, baseline, calibration)
    for kind, t in sorted(tallies.items()):
        print(f"{kind}: recall {t.recall():.3f} ({t.hits}/{t.cases}), right suggestion "
              f"{t.right_suggestion}, extra findings {t.extra}")
    for art, f, _ in clean_list:
        calibration.append((f.rule, f.confidence, (art, f.text.lower()) in REAL_BBC_ERRORS))
    dump = os.environ.get("NEWSCHECK_WM_CALIBRATION_DUMP")
    if dump:
        Path(dump).write_text(json.dumps(calibration))

    natural_path = data / "wm_natural_dev.jsonl"
    natural = run_natural(runner, _list(natural_path)) if natural_path.is_file() else None
    if natural:
        print(f"natural: recall {natural['hits']}/{natural['written']}, "
              f"alarms on corrected {len(natural['alarms'])}")
    peak_mb = rss_mb() - base_rss

    tools = {} if args.no_tools else run_tools(articles, cases)

    report = render(args, articles, words, lexicon_note, len(lexicon), runner, n_clean,
                    n_real, clean_list, tallies, natural, calibration, peak_mb, tools)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(f"written to {args.out}")
    if tmp is not None:
        Path(tmp).unlink()
    return 0


def render(
    args: argparse.Namespace, articles: list[dict[str, Any]], words: int, lexicon_note: str,
    n_sets: int, runner: Runner, n_clean: int, n_real: int,
    clean_list: list[tuple[str, Found, str]],
    tallies: dict[str, Tally], natural: dict[str, Any] | None,
    calibration: list[tuple[str, float, bool]], peak_mb: float,
    tools: dict[str, dict[str, Any]],
) -> str:
    ms = sorted(runner.ms)
    mean_words = words / max(1, len(articles))
    per400 = statistics.mean(ms) * 400 / mean_words if ms else 0.0
    limit = f" --limit {args.limit}" if args.limit else ""
    out = [
        "# Word-misuse benchmark",
        "",
        "Reproduce (from the repository root, with `../shared/data` or `$NEWSCHECK_DATA`):",
        "",
        "```",
        f"python benchmarks/word_misuse.py{limit}",
        "```",
        "",
        f"Data: {len(articles)} BBC News articles ({words:,} words, evaluation only), "
        f"{n_sets} confusion sets from {lexicon_note}; random seed {SEED}. Findings at the "
        "default `min_confidence` only.",
        "",
        "## Summary",
        "",
        "| measure | value |",
        "|---|---|",
        f"| findings on clean BBC copy | {n_clean} ({per_k(n_clean, words):.3f} per 1,000 "
        "words) |",
        f"| of which real BBC errors (marked below) | {n_real} |",
        f"| false alarms on clean BBC copy | {n_clean - n_real} "
        f"({per_k(n_clean - n_real, words):.3f} per 1,000 words) |",
    ]
    for kind, t in sorted(tallies.items()):
        out.append(f"| recall, {kind} | {t.recall():.3f} ({t.hits}/{t.cases}; right "
                   f"suggestion {t.right_suggestion}) |")
    if natural:
        n_alarms = len(natural["alarms"])
        out.append(
            f"| recall, natural Wikipedia errors | {natural['hits'] / natural['written']:.3f} "
            f"({natural['hits']}/{natural['written']}; right suggestion {natural['right']}) |"
        )
        out.append(
            f"| false alarms on the corrected natural sentences | {n_alarms} in "
            f"{natural['corrected']} sentences ({per_k(n_alarms, natural['words']):.2f} "
            "per 1,000 words) |"
        )
    out += [
        f"| time per article (mean / p95) | {statistics.mean(ms):.1f} / "
        f"{ms[int(0.95 * (len(ms) - 1))]:.1f} ms ({per400:.1f} ms per 400 words) |" if ms else "",
        f"| start-up (model, tables, data) | {runner.load_seconds:.2f} s |",
        f"| resident memory added | {runner.load_mb:.0f} MB at start-up, {peak_mb:.0f} MB peak "
        "over the run |",
        "",
        "Recall counts a finding of any word-misuse rule on the injected span; \"right "
        "suggestion\" counts those whose suggestions include the original word. \"Extra\" "
        "findings are findings elsewhere in an injected copy that the clean copy did not have.",
        "",
        "## Injected errors",
        "",
        "| set | cases | recall | right suggestion | extra findings |",
        "|---|---|---|---|---|",
    ]
    for kind, t in sorted(tallies.items()):
        out.append(f"| {kind} | {t.cases} | {t.recall():.3f} | {t.right_suggestion} | {t.extra} |")
    out += [
        "",
        "A-tuning and A-holdout: one member of a curated confusion set swapped for another "
        "(holdout sets were never looked at while tuning; members of two words such as "
        "'take over' are swapped too). B: a word of four or more letters "
        "outside every set swapped for a real word of similar frequency (wordfreq Zipf within "
        "0.5) at edit distance 1-2, excluding other forms and spellings of the same word "
        "(profit/profits, defence/defense: grammar, not word choice). Referents: a place name "
        "standing alone (not inside 'Northern Ireland' or 'Bank of England') replaced by a "
        "listed wrong form, or given an article it does not take. Every injection is in the "
        "writer's own words: positions inside quotations (by a plain pairing of marks or as "
        "the shared analysis finds them) are never used, since the checker leaves a source's "
        "words alone by design.",
        "",
    ]
    for kind, t in sorted(tallies.items()):
        if t.missed:
            sample = ", ".join(t.missed[:25])
            out.append(f"Missed, {kind} (first 25): {sample}.")
            out.append("")
    out += ["## Confidence calibration", "",
            "All findings of the run: a finding on an injected span or on a marked real BBC "
            "error is right; any other finding (clean copy, or elsewhere in an injected copy) "
            "counts as wrong.", ""]
    out += calibration_table(calibration)
    if tools:
        out += [
            "",
            "## Other tools on the same benchmark",
            "",
            "A finding overlapping the injected word is a hit; every finding on the clean copy "
            "is a false alarm. \"word kinds\" counts only harper's Spelling, WordChoice, Typo, "
            "Malapropism, Usage and Eggcorn lints, and proselint's malapropisms, preferred "
            "forms, spelling, mondegreens, nonwords and illogic checks; \"all\" counts every "
            "finding.",
            "",
            "| tool | clean, all (per 1,000 words) | clean, word kinds | " + " | ".join(
                f"{k} recall (all / word kinds)" for k in sorted(
                    next(iter(tools.values()))["hits"])) + " |",
            "|---|---|---|" + "---|" * len(next(iter(tools.values()))["hits"]),
        ]
        for name, r in tools.items():
            cells = [
                f"{h[1] / h[0]:.3f} / {h[2] / h[0]:.3f}" for _, h in sorted(r["hits"].items())
            ]
            out.append(
                f"| {name} | {r['clean_all']} ({per_k(r['clean_all'], r['words']):.2f}) | "
                f"{r['clean_word']} ({per_k(r['clean_word'], r['words']):.2f}) | "
                + " | ".join(cells) + " |"
            )
    if natural:
        out += ["", "## Natural errors", "",
                f"Missed: {', '.join(natural['missed'])}.", "",
                f"Findings on corrected sentences: {', '.join(natural['alarms']) or 'none'}."]
    out += ["", "## Every finding on clean BBC copy", "",
            "Mark real BBC errors here when reviewing: they are not false alarms.", "",
            "| article | rule | flagged | suggestions | confidence | real error? |",
            "|---|---|---|---|---|---|"]
    # BBC text is evaluation-only: the committed doc names the article and the flagged word;
    # the context is printed by the benchmark run, not written here.
    for art, f, _ctx in clean_list:
        real = "yes" if (art, f.text.lower()) in REAL_BBC_ERRORS else ""
        out.append(f"| {art} | {f.rule} | {f.text} | {', '.join(f.suggestions)} | "
                   f"{f.confidence:.2f} | {real} |")
    kinds = Counter(f.rule for _, f, _ in clean_list)
    out += ["", f"By rule: {dict(sorted(kinds.items()))}.", ""]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
