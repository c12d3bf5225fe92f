"""Rebuild the pronoun_gender first-name table from nomquamgender's name data (MIT).

nomquamgender (Van Buskirk, Clauset & Larremore 2023) aggregates 30+ name-gender sources into
one dictionary: name -> [sources, counts, p(gf), category]. Importing it loads numpy and
pandas (about 3 s), so the checker never does: this script keeps the few thousand names with
enough observations and writes them to a small gzipped TSV that the checker reads in a few
milliseconds. Only this script needs the package:

    pip install nomquamgender      # build time only; not a newscheck dependency
    python scripts/build_first_names.py

A name is gendered ("f"/"m") only when p(gf) is at least 0.95 one way, it has at least
MIN_SOURCES sources and MIN_COUNTS observations, and nomquamgender does not call it
conditionally gendered (by country or decade) at its strictest threshold. Frequent names that
fail the bar are kept as "u": known first names that carry no gender evidence, so the checker
still recognises "Jean Smith" or "Kim Jong-un" as a person without guessing a gender.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newscheck" / "checkers" / "pronoun_gender" / "data" / "first_names.tsv.gz"

MIN_SOURCES = 5
MIN_COUNTS = 1000
UNISEX_MIN_COUNTS = 5000
GENDERED = 0.95
GENDERED_AT_ALL_THRESHOLDS = 3
_NAME = re.compile(r"^[a-z]+(?:-[a-z]+)?$")


def name_data() -> dict[str, list[object]]:
    """Read the package's JSON directly, so the build does not import numpy and pandas."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install nomquamgender (build time only)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    with (folder / "name_data.json").open(encoding="utf-8") as handle:
        data: dict[str, list[object]] = json.load(handle)
    return data


def classify(info: list[object]) -> str | None:
    """'f', 'm', 'u' or None (left out), from [sources, counts, p(gf), category]."""
    sources, counts, p_female, category = info[:4]
    if not isinstance(sources, int) or not isinstance(counts, int):
        return None
    if not isinstance(p_female, int | float) or sources < MIN_SOURCES or counts < MIN_COUNTS:
        return None
    strict = category[0] if isinstance(category, list) else category
    if strict == GENDERED_AT_ALL_THRESHOLDS and p_female >= GENDERED:
        return "f"
    if strict == GENDERED_AT_ALL_THRESHOLDS and p_female <= 1 - GENDERED:
        return "m"
    return "u" if counts >= UNISEX_MIN_COUNTS else None


def build() -> list[str]:
    rows = []
    for name, info in sorted(name_data().items()):
        if not _NAME.match(name):
            continue
        label = classify(info)
        if label is not None:
            rows.append(f"{name}\t{label}\t{float(info[2]):.3f}\t{info[1]}")  # type: ignore[arg-type]
    return rows


def main() -> None:
    rows = build()
    header = [
        f"# first names from nomquamgender {version('nomquamgender')} (MIT); see README.md",
        "# name\tgender (f, m, u = known name, no evidence)\tp(female)\tobservations",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    payload = ("\n".join(header + rows) + "\n").encode("utf-8")
    # mtime=0 and no file name in the header: the same data always gives the same bytes.
    with OUT.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as handle:
        handle.write(payload)
    counts = {label: sum(1 for r in rows if r.split("\t")[1] == label) for label in "fmu"}
    print(f"wrote {len(rows)} names to {OUT.relative_to(ROOT)}: {counts}")


if __name__ == "__main__":
    main()
