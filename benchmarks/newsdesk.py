"""Measure the news-desk checkers: page chrome (PC), loaded language (LL), name consistency
(NM) and headline against body (HB). Figures go to docs/benchmarks-newsdesk.md.

    python benchmarks/newsdesk.py [--limit N] [--list] [--seed S]

1. Clean BBC news (``bbc_dev.jsonl``, evaluation only): findings per 1,000 words per rule,
   and with ``--list`` every flagged span for review.
2. Page chrome: BBC and GUM Wikinews copy wrapped in page furniture of five site styles;
   the share of furniture words removed and of article words wrongly removed. GUM's own image
   captions and its date line count as furniture.
3. Name consistency: one mention of a repeated name misspelt (one edit, never the first
   letter); recall of NM001.
4. Headline against body: a figure or a name in the headline swapped; recall of HB001/HB002.
5. Time of the four checkers together, per 400 words.

Data: ``$NEWSCHECK_DATA`` or ``../shared/data`` beside the repository; skips cleanly without.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import DATA, DATA_ENV, read_jsonl
from gum import load_documents
from newscheck.article import Article
from newscheck.checkers.headline_body import HeadlineBodyChecker
from newscheck.checkers.loaded_language import LoadedLanguageChecker
from newscheck.checkers.name_consistency import NameConsistencyChecker
from newscheck.checkers.name_consistency.lexicon import common_words
from newscheck.checkers.page_chrome import PageChromeChecker, detect_chrome
from newscheck.config import Settings
from newscheck.engine import Engine
from newscheck.segment import split_paragraphs
from newscheck.spans import Span

CHECKERS: dict[str, Any] = {
    "page_chrome": PageChromeChecker,
    "loaded_language": LoadedLanguageChecker,
    "name_consistency": NameConsistencyChecker,
    "headline_body": HeadlineBodyChecker,
}


def bbc(limit: int | None) -> list[dict[str, str]]:
    rows = list(read_jsonl(DATA / "bbc_dev.jsonl"))
    return rows[:limit] if limit else rows


# 1. Clean news -------------------------------------------------------------------------------


def clean_news(rows: list[dict[str, str]], show: bool) -> None:
    engine = Engine(Settings(), checkers=CHECKERS)
    words = 0
    counts: Counter[tuple[str, str]] = Counter()
    listed: list[str] = []
    ms = 0.0
    for row in rows:
        report = engine.check(Article(id=row["id"], title=row["title"], body=row["text"]))
        words += report.article.words
        ms += sum(c.ms for c in report.checkers)
        for f in report.findings:
            counts[(f.rule, f.severity.value)] += 1
            text = f.text.replace("\n", " / ")[:90]
            listed.append(f"| {row['id']} | {f.rule} | {f.field} | {text} | {f.message[:90]} |")
    print(f"\n## Clean BBC news: {len(rows)} articles, {words:,} words\n")
    print("| rule | severity | findings | per 1,000 words |")
    print("|---|---|---:|---:|")
    codes = sorted({r.code for c in CHECKERS.values() for r in c.rules})
    for code in codes:
        for severity in ("warning", "info", "error"):
            n = counts[(code, severity)]
            if n or severity == "warning":
                print(f"| {code} | {severity} | {n} | {1000 * n / words:.3f} |")
    print(f"\nFour checkers together: {400 * ms / words:.2f} ms per 400 words.")
    if show:
        print("\n| article | rule | field | flagged | message |\n|---|---|---|---|---|")
        print("\n".join(listed))


# 2. Page chrome ------------------------------------------------------------------------------


@dataclass
class Page:
    """A page: text, its title, and which character spans are furniture."""

    text: str
    title: str
    chrome: list[Span]


class PageBuilder:
    """Joins blocks of article text and furniture, recording the furniture's spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.chrome: list[Span] = []
        self.length = 0

    def add(self, text: str, *, chrome: bool, sep: str = "\n\n") -> None:
        if self.parts:
            self.parts.append(sep)
            self.length += len(sep)
        if chrome:
            self.chrome.append(Span(self.length, self.length + len(text)))
        self.parts.append(text)
        self.length += len(text)

    def page(self, title: str) -> Page:
        return Page("".join(self.parts), title, self.chrome)


SECTIONS = [
    "World",
    "Asia",
    "Business",
    "Politics",
    "Sport",
    "Technology",
    "Entertainment",
    "Europe",
    "UK",
    "Health",
    "Science",
    "Africa",
]
NAMES = [
    "Sarah Collins",
    "James Okafor",
    "Mei Lin",
    "Daniel Hartley",
    "Priya Raman",
    "Tom Becker",
    "Ana Souza",
    "Liam O'Brien",
]
OUTLETS = [
    "World News Daily",
    "The Global Ledger",
    "NewsHub 24",
    "Daily Courier",
    "Metro Wire",
    "Asia Report Online",
]
AGENCIES = ["Reuters", "AFP", "AP", "Bloomberg", "BNR", "Xinhua", "PA Media"]
DATES = [
    "12 March 2023",
    "March 12, 2023",
    "Tuesday, 4 October 2022",
    "Oct 4, 2022",
    "2023-03-12",
    "3 hours ago",
]


def _date(rng: random.Random) -> str:
    return rng.choice(DATES)


def _related(rng: random.Random, headlines: list[str]) -> list[str]:
    return rng.sample(headlines, k=rng.randint(2, 4))


def _caption(rng: random.Random, names: list[str]) -> str:
    who = rng.choice(names) if names else "Officials"
    return rng.choice(
        [
            f"{who}, speaking at a news conference on Monday.",
            f"{who} (left) with officials after the meeting. Photo: {rng.choice(AGENCIES)}",
            f"File photo of {who}. Image: {rng.choice(AGENCIES)}",
            f"{who} arrives for talks in the capital. (AP Photo/{rng.choice(NAMES)})",
            f"{who}, pictured in 2021.",
            f"Image caption, {who} has faced growing pressure in recent weeks",
        ]
    )


def wordpress(
    b: PageBuilder, paras: list[str], r: random.Random, ctx: dict[str, list[str]]
) -> None:
    b.add("Skip to content", chrome=True, sep="")
    b.add(f"Home » {r.choice(SECTIONS)} » {ctx['title'][0]}", chrome=True, sep="\n")
    b.add(ctx["title"][0], chrome=True)
    b.add(f"Posted on {_date(r)} by {r.choice(NAMES)}", chrome=True, sep="\n")
    _body(b, paras, r, ctx, inline=["Advertisement"])
    b.add("Share this:\nTwitter\nFacebook\nWhatsApp", chrome=True)
    b.add("Like this:\nLike Loading...", chrome=True)
    b.add("Related", chrome=True)
    for h in _related(r, ctx["headlines"]):
        b.add(h, chrome=True, sep="\n")
    b.add("Leave a Reply", chrome=True)
    b.add(
        "Your email address will not be published. Required fields are marked *\n"
        "Comment *\nName *\nEmail *\nWebsite",
        chrome=True,
    )


def portal(b: PageBuilder, paras: list[str], r: random.Random, ctx: dict[str, list[str]]) -> None:
    b.add("You are here", chrome=True, sep="")
    b.add(
        f"Home > {r.choice(SECTIONS)} > {r.choice(SECTIONS)} > {ctx['title'][0]}",
        chrome=True,
        sep="\n",
    )
    b.add(f"By {r.choice(NAMES)}", chrome=True)
    b.add(f"Published {_date(r)}", chrome=True, sep="\n")
    b.add(_caption(r, ctx["names"]), chrome=True)
    _body(b, paras, r, ctx, inline=[f"Read more: {r.choice(ctx['headlines'])}"])
    b.add(f"Tags: {', '.join(r.sample(SECTIONS, 3))}", chrome=True)
    b.add("Similar Articles", chrome=True)
    b.add("Leave a Reply", chrome=True)


def farm(b: PageBuilder, paras: list[str], r: random.Random, ctx: dict[str, list[str]]) -> None:
    b.add(ctx["title"][0], chrome=True, sep="")
    b.add(_caption(r, ctx["names"]), chrome=True)
    _body(b, paras, r, ctx, inline=["ADVERTISEMENT", "Also Read: " + r.choice(ctx["headlines"])])
    b.add(f"Source: {r.choice(AGENCIES)}", chrome=True)
    name = r.choice(NAMES)
    first = name.split()[0]
    b.add(
        f"{name} is a freelance journalist who writes for {r.choice(OUTLETS)}. {first} has "
        "a passion for explaining world affairs in plain language and has reported from "
        "more than a dozen countries.",
        chrome=True,
    )
    b.add("You may also like", chrome=True)
    for h in _related(r, ctx["headlines"]):
        b.add(h, chrome=True, sep="\n")


def broadcaster(
    b: PageBuilder, paras: list[str], r: random.Random, ctx: dict[str, list[str]]
) -> None:
    b.add(
        f"{r.choice(SECTIONS)} | {r.choice(SECTIONS)} | {r.choice(SECTIONS)} | Video",
        chrome=True,
        sep="",
    )
    b.add(_date(r), chrome=True)
    b.add(_caption(r, ctx["names"]), chrome=True)
    _body(b, paras, r, ctx, inline=[])
    b.add("More on this story", chrome=True)
    for h in _related(r, ctx["headlines"]):
        b.add(h, chrome=True, sep="\n")
    b.add("Related Topics", chrome=True)
    b.add(f"Follow us on Twitter @{r.choice(['newsdesk', 'worldnow', 'dailywire'])}", chrome=True)


def blog(b: PageBuilder, paras: list[str], r: random.Random, ctx: dict[str, list[str]]) -> None:
    b.add(f"Written by {r.choice(NAMES)} | {_date(r)}", chrome=True, sep="")
    b.add("5 min read", chrome=True, sep="\n")
    _body(b, paras, r, ctx, inline=["Subscribe to our newsletter for the latest updates."])
    b.add(f"Filed under: {r.choice(SECTIONS)}, {r.choice(SECTIONS)}", chrome=True)
    b.add("Click to share on Twitter (Opens in new window)", chrome=True)
    b.add(f"\u00a9 2023 {r.choice(OUTLETS)}. All rights reserved.", chrome=True)
    b.add("3 Comments", chrome=True)


STYLES = {
    "wordpress": wordpress,
    "portal": portal,
    "farm": farm,
    "broadcaster": broadcaster,
    "blog": blog,
}


def _body(
    b: PageBuilder,
    paras: list[str],
    r: random.Random,
    ctx: dict[str, list[str]],
    inline: list[str],
) -> None:
    slots = sorted(r.sample(range(1, max(2, len(paras))), k=min(len(inline), len(paras) - 1)))
    pending = dict(zip(slots, inline, strict=False))
    for i, para in enumerate(paras):
        if i in pending:
            b.add(pending[i], chrome=True)
        chrome = para.startswith("\x00")
        b.add(para.lstrip("\x00"), chrome=chrome)


_CAP_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?\b")


def _names_in(text: str) -> list[str]:
    common = common_words()
    found = [m.group() for m in _CAP_NAME.finditer(text)]
    return [n for n in found if not any(w.lower() in common for w in n.split())][:5]


def chrome_pages(rows: list[dict[str, str]], seed: int) -> Iterator[tuple[str, str, Page]]:
    rng = random.Random(seed)
    headlines = [row["title"] for row in rows]
    styles = list(STYLES)
    for i, row in enumerate(rows):
        paras = [p.strip() for p in row["text"].split("\n\n") if p.strip()]
        ctx = {"title": [row["title"]], "headlines": headlines, "names": _names_in(row["text"])}
        builder = PageBuilder()
        style = styles[i % len(styles)]
        STYLES[style](builder, paras, rng, ctx)
        yield "bbc", style, builder.page(row["title"])
    for j, doc in enumerate(load_documents()):
        paras = []
        for span, kind in zip(doc.paragraphs[1:], doc.paragraph_kinds[1:], strict=True):
            text = doc.text[span.start : span.end]
            furniture = kind == "caption" or (not paras and _is_dateline(text))
            paras.append(("\x00" if furniture else "") + text)
        ctx = {"title": [doc.title], "headlines": headlines, "names": _names_in(doc.text)}
        builder = PageBuilder()
        style = styles[j % len(styles)]
        STYLES[style](builder, paras, rng, ctx)
        yield "gum", style, builder.page(doc.title)


def _is_dateline(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}", text.strip()))


def _covered(spans: list[Span], text: str) -> list[bool]:
    """Per word of ``text``: inside one of ``spans``?"""
    marks = []
    for m in re.finditer(r"\S+", text):
        marks.append(any(s.start <= m.start() < s.end for s in spans))
    return marks


def page_chrome(rows: list[dict[str, str]], seed: int, show: bool) -> None:
    totals: Counter[str] = Counter()
    misses: list[str] = []
    wrong: list[str] = []
    for source, style, page in chrome_pages(rows, seed):
        found = [b.span for b in detect_chrome(page.text, split_paragraphs(page.text), page.title)]
        gold = _covered(page.chrome, page.text)
        got = _covered(found, page.text)
        for key in (source, style, "all"):
            totals[f"{key}:chrome"] += sum(gold)
            totals[f"{key}:chrome_found"] += sum(g and f for g, f in zip(gold, got, strict=True))
            totals[f"{key}:article"] += sum(not g for g in gold)
            totals[f"{key}:article_removed"] += sum(
                f and not g for g, f in zip(gold, got, strict=True)
            )
        for span in page.chrome:
            if not any(s.overlaps(span.start, span.end) for s in found):
                misses.append(f"{source}/{style}: {page.text[span.start : span.end][:80]!r}")
        for span in found:
            if not any(
                g.contains(span.start, span.end) or g.overlaps(span.start, span.end)
                for g in page.chrome
            ):
                wrong.append(f"{source}/{style}: {page.text[span.start : span.end][:80]!r}")
    print("\n## Page chrome: furniture removed and article text wrongly removed (words)\n")
    print("| pages | furniture words | removed | article words | wrongly removed |")
    print("|---|---:|---:|---:|---:|")
    keys = ["bbc", "gum", *STYLES, "all"]
    for key in keys:
        chrome, article = totals[f"{key}:chrome"], totals[f"{key}:article"]
        if not chrome:
            continue
        print(
            f"| {key} | {chrome:,} | {100 * totals[f'{key}:chrome_found'] / chrome:.1f}% "
            f"| {article:,} | {100 * totals[f'{key}:article_removed'] / max(article, 1):.2f}% |"
        )
    print(
        f"\nFurniture blocks missed entirely: {len(misses)}; "
        f"blocks found in article text: {len(wrong)}"
    )
    if show:
        for line in misses[:80]:
            print(f"- missed {line}")
        for line in wrong[:80]:
            print(f"- wrong {line}")


# 3. Name consistency -------------------------------------------------------------------------

_KEYS = "qwertyuiopasdfghjklzxcvbnm"


def _typo(word: str, rng: random.Random) -> str:
    """One edit anywhere but the first letter: delete, transpose, substitute or double."""
    while True:
        wrong = _edit(word, rng)
        if wrong != word:
            return wrong


def _edit(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word))
    op = rng.choice(["delete", "transpose", "substitute", "double"])
    if op == "delete":
        return word[:i] + word[i + 1 :]
    if op == "transpose" and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == "double":
        return word[:i] + word[i] + word[i:]
    letter = rng.choice([c for c in _KEYS if c != word[i].lower()])
    return word[:i] + letter + word[i + 1 :]


_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_RUN = re.compile(r"(?<![\w'\u2019-])(?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+(?![\w-])")


def name_targets(text: str) -> dict[str, list[re.Match[str]]]:
    """Names of people and organisations, chosen independently of the checker's parsing:
    capitalised words of five letters or more that are not ordinary words or calendar
    names, that stand in a run of capitalised words at least once ("Lakshmi Mittal",
    "Deutsche Boerse"), and that the article uses at least twice."""
    common = common_words()
    in_runs = {w for m in _RUN.finditer(text) for w in m.group().split()}
    by_word: dict[str, list[re.Match[str]]] = {}
    for m in re.finditer(r"(?<![\w'\u2019-])[A-Z][a-z]{4,}(?![\w-])", text):
        word = m.group()
        if word.lower() not in common and word not in _CALENDAR and word in in_runs:
            by_word.setdefault(word, []).append(m)
    return {w: ms for w, ms in by_word.items() if len(ms) >= 2}


def name_consistency(rows: list[dict[str, str]], seed: int, show: bool) -> None:
    rng = random.Random(seed)
    engine = Engine(Settings(select=["NM001"]), checkers=CHECKERS)
    cases = pair = pointed = 0
    missed: list[str] = []
    for row in rows:
        targets = name_targets(row["text"])
        if not targets:
            continue
        word = rng.choice(sorted(targets))
        match = rng.choice(targets[word])
        wrong = _typo(word, rng)
        text = row["text"][: match.start()] + wrong + row["text"][match.end() :]
        findings = engine.check(Article(title=row["title"], body=text)).findings
        cases += 1
        at = [f for f in findings if f.start <= match.start() < f.end]
        about = [f for f in findings if wrong in f.message and word in f.message]
        pointed += bool(at)
        pair += bool(at or about)
        if not (at or about):
            missed.append(f"{row['id']}: {word} -> {wrong}")
    print(f"\n## Name consistency: one mention of a name misspelt ({cases} articles)\n")
    print(f"- recall, the pair flagged (either spelling): {pair / cases:.3f} ({pair}/{cases})")
    print(f"- recall, the misspelt mention itself flagged: {pointed / cases:.3f}")
    if show:
        for line in missed:
            print(f"- missed {line}")


# 4. Headline against body --------------------------------------------------------------------


def _swap_number(title: str, rng: random.Random) -> tuple[str, bool] | None:
    """The title with one figure changed, and whether the figure is in HB001's scope (not a
    score "2-1", a compound "24-hour" or glued to letters "3G", "18s")."""
    digits = list(re.finditer(r"(?<![\w.,#&-])\d+(?:[.,]\d+)*", title))
    if not digits:
        return None
    m = rng.choice(digits)
    value = m.group()
    plain = value.replace(",", "")
    new = str(int(float(plain)) * 2 + 3) if "." not in plain else f"{float(plain) * 2 + 3:.1f}"
    after = title[m.end() : m.end() + 2]
    scoped = not re.match(r"-\w|[A-Za-z](?![a-z])|s\b", after) or bool(
        re.match(r"(?:m|bn|k)\b", title[m.end() :])
    )
    return title[: m.start()] + new + title[m.end() :], scoped


def _swap_name(title: str, body: str, pool: list[str], rng: random.Random) -> str | None:
    common = common_words()
    words = list(re.finditer(r"(?<![\w'-])[A-Z][a-z]{3,}(?![\w-])", title))
    names = [m for m in words if m.group().lower() not in common and m.group() in body]
    if not names:
        return None
    m = rng.choice(names)
    choices = [n for n in pool if n not in body and n != m.group()]
    return title[: m.start()] + rng.choice(choices) + title[m.end() :]


def headline_body(rows: list[dict[str, str]], seed: int, show: bool) -> None:
    rng = random.Random(seed)
    engine = Engine(Settings(select=["HB"]), checkers=CHECKERS)
    common = common_words()
    pool = sorted(
        {
            w
            for row in rows
            for w in re.findall(r"(?<![\w'-])[A-Z][a-z]{3,}(?![\w-])", row["title"])
            if w.lower() not in common
        }
    )
    results: Counter[str] = Counter()
    missed: list[str] = []
    for row in rows:
        figure = _swap_number(row["title"], rng)
        name = _swap_name(row["title"], row["text"], pool, rng)
        swaps = []
        if figure is not None:
            swaps.append(("figure, all", "HB001", figure[0]))
            if figure[1]:
                swaps.append(("figure, in scope", "HB001", figure[0]))
        if name is not None:
            swaps.append(("name", "HB002", name))
        for kind, code, new in swaps:
            findings = engine.check(Article(title=new, body=row["text"])).findings
            hit = any(f.rule == code for f in findings)
            results[f"{kind}:cases"] += 1
            results[f"{kind}:hits"] += hit
            if not hit and kind != "figure, all":
                missed.append(f"{row['id']} {kind}: {row['title']!r} -> {new!r}")
    print("\n## Headline against body: a figure or a name swapped in the headline\n")
    print("| swap | cases | recall |\n|---|---:|---:|")
    for kind in ("figure, all", "figure, in scope", "name"):
        cases = results[f"{kind}:cases"]
        if cases:
            print(f"| {kind} | {cases} | {results[f'{kind}:hits'] / cases:.3f} |")
    if show:
        for line in missed:
            print(f"- missed {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="first N BBC articles only")
    parser.add_argument("--list", action="store_true", help="list every flagged span and miss")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if not (DATA / "bbc_dev.jsonl").is_file():
        print(f"skipped: no bbc_dev.jsonl under {DATA} (set {DATA_ENV})")
        return 0
    rows = bbc(args.limit)
    clean_news(rows, args.list)
    page_chrome(rows, args.seed, args.list)
    name_consistency(rows, args.seed, args.list)
    headline_body(rows, args.seed, args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
