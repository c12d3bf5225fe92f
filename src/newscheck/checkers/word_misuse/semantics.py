"""Does a word fit what the sentence is about? Word vectors answer what a trigram cannot see.

A trigram model judges two words either side; "North Korea's inversion of Japan" reads fine
to it. Word vectors (GloVe, trained on Wikipedia and newswire) place "invasion" near "missile"
and "Korea" and "inversion" far from them. The fit of a word is its cosine with the mean
vector of the sentence's content words; the checker weighs the difference in fit between
the written word and an alternative. The vectors ship with the package (model/vectors.npz).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Vector: TypeAlias = npt.NDArray[np.float32]

VECTORS = Path(__file__).resolve().parent / "model" / "vectors.npz"
SCALE = 200.0  # unit vectors are stored as int8 after scaling by this


class WordVectors:
    def __init__(self, path: Path = VECTORS) -> None:
        # numpy costs 65 ms to import: only an engine that runs WM should pay for it.
        import numpy as np  # noqa: PLC0415

        self._np = np
        with np.load(path) as data:
            words = [str(w) for w in data["words"]]
            self._matrix = data["vectors"].astype(np.float32) / SCALE
        self._index = {w: i for i, w in enumerate(words)}

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, word: object) -> bool:
        return word in self._index

    def vector(self, word: str) -> Vector | None:
        i = self._index.get(word)
        return None if i is None else self._matrix[i]

    def centroid(self, words: Sequence[str], skip: int) -> Vector | None:
        """The mean direction of ``words`` other than position ``skip``."""
        rows = [self._index[w] for j, w in enumerate(words) if j != skip and w in self._index]
        if not rows:
            return None
        mean: Vector = self._matrix[rows].mean(axis=0)
        norm = float(self._np.linalg.norm(mean))
        return mean / norm if norm > 0 else None

    def fit(self, word: str, centroid: Vector | None) -> float:
        vec = self.vector(word)
        if vec is None or centroid is None:
            return 0.0
        return float(vec @ centroid)


@lru_cache(maxsize=1)
def load_vectors() -> WordVectors:
    return WordVectors()
