"""Compare sentence segmenters on GUM Wikinews sentence markup and on a news abbreviation probe.

Run from the repository root: ``python benchmarks/segmenters.py`` (``--errors NAME`` lists the
errors of one segmenter, ``--repeats N`` sets the timing runs). Every segmenter runs the way
newscheck would run it: newscheck's ``split_paragraphs`` first, then the segmenter on each
paragraph, so paragraph splitting is the same for all and only sentence splitting differs.

Scores:

* boundary P / R / F1: a predicted sentence end (after stripping white space) is right when a
  gold sentence ends at the same offset. "in-paragraph" leaves out the ends that are also
  paragraph ends, which every segmenter gets for free here.
* exact: share of gold sentences reproduced with both ends right.
* speed: the fastest of ``--repeats`` timed passes over the corpus, after a warm-up pass, in
  ms per 1,000 words (white-space separated); the best run is the one least disturbed by other
  work on the machine. import: median time to import the segmenter in a fresh interpreter.
* probe: hand-written news sentences (abbreviations, initials, decimals, quotes, ellipses);
  a probe passes when all its sentences come out exactly.

Skips (exit 0) when the GUM data is absent. Optional segmenters that are not installed are
left out: ``pip install pysbd numpy blingfire sentencex nltk``. The import time of newscheck's
row is syntok's alone (``import newscheck`` also loads pydantic and the checkers).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

from _data import DATA_ENV  # benchmarks/ is on sys.path when run as a script
from gum import GumDocument, gum_dir, load_documents
from newscheck.segment import split_paragraphs, split_sentences
from newscheck.spans import Span

SplitText = Callable[[str], list[Span]]
SplitChunk = Callable[[str], list[tuple[int, int]]]

_NAIVE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")

# News probe: "|" marks each gold sentence boundary; a probe without "|" is one sentence.
PROBES: tuple[str, ...] = (
    "The U.S. economy grew 2.1% last quarter. | Analysts had expected more.",
    "The talks were held in the U.S. | They ended on Friday without a deal.",
    "Officials from the U.S. and the U.K. met in Geneva.",
    "Mr. Kim met Dr. Lee at the ministry on Tuesday. | They spoke for an hour.",
    "Ms. Ardern and Sen. Warren both declined to comment.",
    "The prime minister returned to No. 10 on Monday night. | Aides were waiting.",
    "N. Korean troops fired shells across the border. | The South returned fire.",
    "State media said N. Korean leader Kim Jong-un had ordered the drill.",
    "J. Edgar Hoover led the FBI for decades. | He died in 1972.",
    "The vote is set for Sept. 24 in Ohio. | Polls open at 7 a.m. and close at 8 p.m. local time.",
    "The blast happened at 9 a.m. | Police closed the road.",
    "Acme Inc. reported a loss of $3.5 million. | Shares fell 4.2 percent.",
    "The company was founded by Acme Inc. | It now employs 400 people.",
    "The parade went down St. Patrick's Street in St. Louis. | Thousands watched.",
    "Gen. Mark Milley testified on Tuesday. | Lawmakers pressed him on the withdrawal.",
    "Inflation rose to 3.5 per cent in May. | The bank held rates at 0.25%.",
    "The firm, based in Washington, D.C., hired 200 people. | It plans to hire more.",
    "The U.N. Security Council met on Jan. 5. | It issued no statement.",
    "Rep. John Lewis (D-Ga.) spoke first. | He was applauded.",
    'The minister said, "We will not back down." | She left without taking questions.',
    "The minister said, \u201cWe will not back down.\u201d | She left without taking questions.",
    "\u201cIt is over,\u201d he said. | \u201cWe lost.\u201d",
    "Who is to blame? | The report does not say!",
    "The report called the plan ... unworkable in practice.",
    "\u201cI just don't know\u2026\u201d | He shrugged and walked away.",
    "He paused... | Then he went on.",
    "They sold shoes, bags, etc. at the fair. | Sales doubled.",
    "The suspect, 34, was charged on Oct. 3. | He will appear in court on Monday.",
    "See p. 4 of the report, Fig. 2, for details. | The data are preliminary.",
    "Smith & Co. denied any wrongdoing. | A spokesman declined to comment.",
    # Title abbreviations before names, common in AP-style copy.
    "Gov. Gavin Newsom signed the bill on Friday. | It takes effect in January.",
    "Lt. Gen. John Smith commands the unit.",
    "The Rev. Al Sharpton led the march.",
    "Sgt. Maria Lopez was wounded in the attack.",
    "The family moved to Ft. Lauderdale in 2010.",
    "Warner Bros. Pictures released the film in May.",
    "Martin Luther King Jr. Day falls on Jan. 20 this year.",
    "He was held in the U.S. | They freed him in March.",
    "It gave $60,000 to charities. | (Source: the company's website). | It also funds meetups.",
)


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    label: str
    package: str  # distribution whose version is reported
    imports: str  # statement timed in a fresh interpreter
    split: SplitText


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Result:
    candidate: Candidate
    boundaries: Score
    inside: Score
    exact: float
    ms_per_kword: float
    import_ms: float
    probes_passed: int
    probes_failed: tuple[int, ...]


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def per_paragraph(split_chunk: SplitChunk) -> SplitText:
    """A text splitter that runs ``split_chunk`` on each of newscheck's paragraphs."""

    def split(text: str) -> list[Span]:
        spans: list[Span] = []
        for para in split_paragraphs(text):
            chunk = text[para.start : para.end]
            for start, end in split_chunk(chunk):
                span = _trim(text, para.start + start, para.start + end)
                if span is not None:
                    spans.append(span)
        return spans

    return split


def _newscheck(text: str) -> list[Span]:
    return split_sentences(text, split_paragraphs(text))


def _naive(chunk: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _NAIVE.finditer(chunk):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(chunk)))
    return spans


def candidates() -> list[Candidate]:
    found = [
        Candidate(
            "newscheck",
            "newscheck (syntok)",
            "syntok",
            "from syntok import segmenter",
            _newscheck,
        ),
    ]
    try:
        import pysbd  # type: ignore[import-untyped]

        segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

        def _pysbd(chunk: str) -> list[tuple[int, int]]:
            return [(s.start, s.end) for s in segmenter.segment(chunk)]

        found.append(Candidate("pysbd", "pysbd", "pysbd", "import pysbd", per_paragraph(_pysbd)))
    except ImportError:
        print("pysbd not installed: left out", file=sys.stderr)
    try:
        import blingfire  # type: ignore[import-untyped]

        def _blingfire(chunk: str) -> list[tuple[int, int]]:
            return list(blingfire.text_to_sentences_and_offsets(chunk)[1])

        found.append(
            Candidate(
                "blingfire",
                "blingfire",
                "blingfire",
                "import blingfire",
                per_paragraph(_blingfire),
            ),
        )
    except ImportError:
        print("blingfire (and numpy) not installed: left out", file=sys.stderr)
    try:
        import sentencex  # type: ignore[import-untyped]

        def _sentencex(chunk: str) -> list[tuple[int, int]]:
            return [
                (b["start_index"], b["end_index"])
                for b in sentencex.get_sentence_boundaries("en", chunk)
            ]

        found.append(
            Candidate(
                "sentencex",
                "sentencex",
                "sentencex",
                "import sentencex",
                per_paragraph(_sentencex),
            ),
        )
    except ImportError:
        print("sentencex not installed: left out", file=sys.stderr)
    try:
        from nltk.tokenize.punkt import PunktSentenceTokenizer  # type: ignore[import-untyped]

        punkt = PunktSentenceTokenizer()

        def _punkt(chunk: str) -> list[tuple[int, int]]:
            return list(punkt.span_tokenize(chunk))

        found.append(
            Candidate(
                "punkt",
                "nltk Punkt, untrained (no model)",
                "nltk",
                "from nltk.tokenize.punkt import PunktSentenceTokenizer",
                per_paragraph(_punkt),
            ),
        )
    except ImportError:
        print("nltk not installed: left out", file=sys.stderr)
    found.append(Candidate("regex", "naive regex (floor)", "", "import re", per_paragraph(_naive)))
    return found


def _boundary_sets(
    doc: GumDocument,
    predicted: list[Span],
) -> tuple[set[int], set[int], set[int]]:
    gold_ends = {s.end for s in doc.sentences}
    pred_ends = {s.end for s in predicted}
    para_ends = {p.end for p in doc.paragraphs}
    return gold_ends, pred_ends, para_ends


def score(docs: list[GumDocument], split: SplitText) -> tuple[Score, Score, float]:
    tp = npred = ngold = 0
    in_tp = in_pred = in_gold = 0
    exact = sentences = 0
    for doc in docs:
        predicted = split(doc.text)
        gold_ends, pred_ends, para_ends = _boundary_sets(doc, predicted)
        tp += len(gold_ends & pred_ends)
        npred += len(pred_ends)
        ngold += len(gold_ends)
        in_tp += len((gold_ends & pred_ends) - para_ends)
        in_pred += len(pred_ends - para_ends)
        in_gold += len(gold_ends - para_ends)
        exact += len(set(doc.sentences) & set(predicted))
        sentences += len(doc.sentences)
    return (
        Score(tp, npred, ngold),
        Score(in_tp, in_pred, in_gold),
        exact / sentences if sentences else 0.0,
    )


def time_split(docs: list[GumDocument], split: SplitText, repeats: int) -> float:
    """Fastest of ``repeats`` passes in ms per 1,000 words, after one warm-up pass."""
    words = sum(doc.words for doc in docs)
    texts = [doc.text for doc in docs]
    for text in texts:
        split(text)
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            split(text)
        runs.append(time.perf_counter() - start)
    return min(runs) * 1e6 / words


def import_ms(statement: str, repeats: int = 3) -> float:
    code = (
        "import time; t = time.perf_counter(); "
        f"{statement}; print((time.perf_counter() - t) * 1000)"
    )
    runs = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(float(out.stdout.strip()))
    return statistics.median(runs)


def probe_case(probe: str) -> tuple[str, list[Span]]:
    """The probe's text and its gold sentences."""
    parts = [part.strip() for part in probe.split("|")]
    text = " ".join(parts)
    gold = []
    start = 0
    for part in parts:
        gold.append(Span(start, start + len(part)))
        start += len(part) + 1
    return text, gold


def run_probes(split: SplitText) -> tuple[int, tuple[int, ...]]:
    failed = []
    for number, probe in enumerate(PROBES, 1):
        text, gold = probe_case(probe)
        if split(text) != gold:
            failed.append(number)
    return len(PROBES) - len(failed), tuple(failed)


def _version(package: str) -> str:
    if not package:
        return ""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def evaluate(docs: list[GumDocument], candidate: Candidate, repeats: int) -> Result:
    boundaries, inside, exact = score(docs, candidate.split)
    passed, failed = run_probes(candidate.split)
    return Result(
        candidate,
        boundaries,
        inside,
        exact,
        time_split(docs, candidate.split, repeats),
        import_ms(candidate.imports),
        passed,
        failed,
    )


def table(results: list[Result]) -> str:
    rows = [
        "| segmenter | version | boundary P | boundary R | boundary F1 | in-paragraph P "
        "| in-paragraph R | in-paragraph F1 | exact sentences | ms / 1k words "
        "| import ms | news probe |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        rows.append(
            f"| {r.candidate.label} | {_version(r.candidate.package)} "
            f"| {r.boundaries.precision:.3f} | {r.boundaries.recall:.3f} "
            f"| {r.boundaries.f1:.3f} | {r.inside.precision:.3f} | {r.inside.recall:.3f} "
            f"| {r.inside.f1:.3f} | {r.exact:.1%} | {r.ms_per_kword:.1f} "
            f"| {r.import_ms:.0f} | {r.probes_passed}/{len(PROBES)} |",
        )
    return "\n".join(rows)


def _context(text: str, offset: int, width: int = 45) -> str:
    left = text[max(0, offset - width) : offset].replace("\n", "⏎")
    right = text[offset : offset + width // 2].replace("\n", "⏎")
    return f"{left}‖{right}"


def show_errors(docs: list[GumDocument], candidate: Candidate) -> None:
    """False splits and missed gold ends, each with its context (‖ marks the offset)."""
    missed_by_char: Counter[str] = Counter()
    print(f"\n### Errors of {candidate.label}\n")
    print("False splits (predicted end, no gold end there):\n")
    for doc in docs:
        gold_ends, pred_ends, _ = _boundary_sets(doc, candidate.split(doc.text))
        for end in sorted(pred_ends - gold_ends):
            print(f"- {doc.short_title}: `{_context(doc.text, end)}`")
    print("\nMissed gold ends:\n")
    for doc in docs:
        gold_ends, pred_ends, _ = _boundary_sets(doc, candidate.split(doc.text))
        for end in sorted(gold_ends - pred_ends):
            last = doc.text[end - 1]
            missed_by_char[last if not last.isalnum() else "word"] += 1
            print(f"- {doc.short_title}: `{_context(doc.text, end)}`")
    print(f"\nMissed gold ends by last character: {dict(missed_by_char.most_common())}")
    _, failed = run_probes(candidate.split)
    for number in failed:
        text, _ = probe_case(PROBES[number - 1])
        got = " | ".join(text[s.start : s.end] for s in candidate.split(text))
        print(f"- probe {number}: expected `{PROBES[number - 1]}`, got `{got}`")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compare sentence segmenters on GUM.")
    parser.add_argument("--repeats", type=int, default=10, help="timed passes (default 10)")
    parser.add_argument("--errors", metavar="NAME", help="list the errors of one segmenter")
    parser.add_argument("--genre", choices=("news", "interview"), help="only this genre")
    args = parser.parse_args(argv)
    docs = load_documents(genres=(args.genre,) if args.genre else ("news", "interview"))
    if not docs:
        print(f"skipped: no GUM data under {gum_dir()} (set {DATA_ENV} to the data folder)")
        return 0
    found = candidates()
    mismatched = sum(tuple(split_paragraphs(doc.text)) != doc.paragraphs for doc in docs)
    words = sum(doc.words for doc in docs)
    print(
        f"GUM Wikinews: {len(docs)} documents, {words:,} words, "
        f"{sum(len(d.sentences) for d in docs):,} gold sentences, "
        f"{sum(len(d.paragraphs) for d in docs):,} paragraphs "
        f"({mismatched} documents where split_paragraphs differs from gold)\n",
    )
    if args.errors:
        chosen = [c for c in found if c.name == args.errors]
        if not chosen:
            parser.error(f"unknown segmenter {args.errors!r}: {[c.name for c in found]}")
        show_errors(docs, chosen[0])
        return 0
    results = [evaluate(docs, candidate, args.repeats) for candidate in found]
    print(table(results))
    print()
    for r in results:
        failed = ", ".join(map(str, r.probes_failed)) or "none"
        print(f"- {r.candidate.label}: probes failed: {failed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
