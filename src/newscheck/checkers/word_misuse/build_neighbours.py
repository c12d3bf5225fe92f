"""Build the shipped table of near neighbours.

Run ``python -m newscheck.checkers.word_misuse.build_neighbours`` (about two minutes).

Finding every real word within two edits of another costs about a millisecond a word, too
slow to do per article, so it is done once here and the table ships with the package. The
vocabulary, frequencies and pronunciations come from the BSD files in the ``pocketsphinx``
wheel; the Debian word lists (``apt-get install wamerican wbritish``, SCOWL, permissive
licence) are read only here, to keep names ("perot", "golan") out of the suggestions.

Each line: ``word<TAB>neighbour:cost:sounds ...`` where ``cost`` is `edit_cost` and
``sounds`` the phoneme distance (9 when far or unknown).
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from newscheck.checkers.word_misuse.candidates import NEIGHBOUR_TABLE, edit_cost, related
from newscheck.checkers.word_misuse.language_model import dictionary_path, load_model
from newscheck.checkers.word_misuse.vocabulary import known_words, read_pronunciations

TARGET_FLOOR = -7.5  # words rarer than this (log10 P) are not checked at all
CANDIDATE_FLOOR = -6.5  # a suggestion must be at least this common
MIN_TARGET = 4  # shorter words are left to the curated confusion sets
MIN_CANDIDATE = 3
MAX_COST = 1.2  # spelling neighbours: at most this weighted edit cost
MAX_SOUND_COST = 2.0  # sound-alike neighbours may be spelt further apart
MAX_NEIGHBOURS = 16
FAR = 9
WORD_LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))


def _common_words() -> set[str] | None:
    """Words a word list spells in lower case: common words, not names."""
    found = [p for p in WORD_LISTS if p.is_file()]
    if not found:
        return None
    words: set[str] = set()
    for path in found:
        words.update(w.strip() for w in path.read_text(encoding="utf-8").splitlines())
    return {w.replace("\u2019", "'") for w in words if w.islower()}


def _sound_distance(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> int:
    return min((OSA.distance(p, q) for p in a for q in b), default=FAR)


def _phonetic_neighbours(
    prons: dict[str, set[tuple[str, ...]]], candidates: set[str]
) -> dict[str, set[str]]:
    """Words whose pronunciations are equal or one phoneme apart (delete-one index)."""
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for word in candidates:
        for pron in prons.get(word, ()):
            index[pron].add(word)
            for j in range(len(pron)):
                index[pron[:j] + pron[j + 1 :]].add(word)
    found: dict[str, set[str]] = defaultdict(set)
    for word, word_prons in prons.items():
        for pron in word_prons:
            for key in [pron] + [pron[:j] + pron[j + 1 :] for j in range(len(pron))]:
                found[word].update(index.get(key, ()))
        found[word].discard(word)
    return found


def build(out: Path) -> int:
    model = load_model()
    freq = known_words(model, dictionary_path())
    prons: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for word, pron in read_pronunciations(dictionary_path()):
        if word in freq:
            prons[word].add(pron)
    common = _common_words()
    targets = sorted(w for w, f in freq.items() if f >= TARGET_FLOOR and len(w) >= MIN_TARGET)
    candidates = {
        w
        for w, f in freq.items()
        if f >= CANDIDATE_FLOOR and len(w) >= MIN_CANDIDATE and (common is None or w in common)
    }
    by_length: dict[int, list[str]] = defaultdict(list)
    for word in sorted(candidates):
        by_length[len(word)].append(word)
    sounds = _phonetic_neighbours(prons, candidates)
    lines = 0
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as table:
        for word in targets:
            pool = [c for n in range(len(word) - 2, len(word) + 3) for c in by_length.get(n, ())]
            near = {
                o
                for o, _, _ in process.extract(
                    word, pool, scorer=OSA.distance, score_cutoff=2, limit=None
                )
            }
            kept: list[tuple[float, str, int]] = []
            for other in near | sounds.get(word, set()):
                if other == word or related(word, other):
                    continue
                cost = edit_cost(word, other)
                sound = _sound_distance(prons.get(word, set()), prons.get(other, set()))
                if cost <= MAX_COST or (sound <= 1 and cost <= MAX_SOUND_COST):
                    kept.append((round(cost, 1), other, sound))
            kept.sort()
            if kept:
                row = " ".join(f"{o}:{c:g}:{s}" for c, o, s in kept[:MAX_NEIGHBOURS])
                table.write(f"{word}\t{row}\n")
                lines += 1
    return lines


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else NEIGHBOUR_TABLE
    print(f"{build(out)} words written to {out}")


if __name__ == "__main__":
    main()
