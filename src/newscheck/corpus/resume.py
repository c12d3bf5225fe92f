"""Reading back what an earlier run wrote, so ``--resume`` checks only the rest.

A line cut short (the machine died mid-write) is cut off the file, and its article is
checked again; every whole line is a report that is kept.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from newscheck.corpus.digest import Digest, Key, item_key
from newscheck.corpus.work import Item


class ResumeError(ValueError):
    """The output to resume is not one newscheck wrote."""


def repair_tail(path: Path) -> int:
    """Cut a torn last line (one without its newline) off ``path``; the bytes cut."""
    size = path.stat().st_size
    with path.open("rb+") as handle:
        end = size
        while end > 0:
            start = max(0, end - (1 << 16))
            handle.seek(start)
            chunk = handle.read(end - start)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            end = start
        else:
            keep = 0
        if keep < size:
            handle.truncate(keep)
            handle.flush()
            os.fsync(handle.fileno())
    return size - keep


def jsonl_digests(path: Path) -> Iterator[Digest]:
    """The digest of each report in a JSONL output, after repairing its tail."""
    repair_tail(path)
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield Digest.of_record(json.loads(line))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise ResumeError(
                    f"{path} line {number} is not a newscheck report ({type(exc).__name__}); "
                    "resume only into a file that newscheck wrote"
                ) from None


class Done:
    """The keys already reported, counted: an id that occurs twice in the input (two rows
    with the same id) is skipped only as often as it was reported."""

    def __init__(self) -> None:
        self._counts: Counter[Key] = Counter()
        self.skipped = 0

    def add(self, key: Key) -> None:
        self._counts[key] += 1

    def __len__(self) -> int:
        return self._counts.total()

    def skip(self, items: Iterable[Item]) -> Iterator[Item]:
        """``items`` without those already reported."""
        for item in items:
            key = (None, None) if isinstance(item, str) else item_key(item)
            left = self._counts.get(key, 0)
            if left:
                if left == 1:
                    del self._counts[key]
                else:
                    self._counts[key] = left - 1
                self.skipped += 1
                continue
            yield item
