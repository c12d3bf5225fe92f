"""Where the evaluation data lives; benchmarks skip cleanly when it is absent.

The development sets in ../shared/data are mostly "evaluation only": they are read from there
at benchmark time and never copied into this repository.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATA_ENV = "NEWSCHECK_DATA"
DATA = Path(os.environ.get(DATA_ENV) or Path(__file__).resolve().parents[2] / "shared" / "data")


def data_file(name: str) -> Path:
    """The path of a data file, or exit 0 with a skip message when it is not there."""
    path = DATA / name
    if not path.exists():
        print(f"skipped: {path} is absent (set {DATA_ENV} to the shared data folder)")
        sys.exit(0)
    return path


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The objects of a JSONL file, blank lines skipped, at most ``limit`` of them."""
    count = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and count >= limit:
                return
            if line.strip():
                count += 1
                yield json.loads(line)
