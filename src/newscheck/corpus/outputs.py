"""Where a corpus run writes its reports: a JSONL file (one report a line) or a Parquet
dataset folder, chosen by the name's suffix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Protocol

from newscheck.corpus.digest import Digest
from newscheck.corpus.line_file import LineFile
from newscheck.corpus.resume import jsonl_digests
from newscheck.corpus.work import Checked

DEFAULT_PART_ROWS = 5000
"""Articles per Parquet part: big enough for efficient files, small enough to seal often."""
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIX = ".parquet"


class ReportOutput(Protocol):
    def prior(self) -> tuple[Iterator[Digest], Counter[str]]:
        """What earlier runs wrote here: their digests, and rule counts not in them."""
        ...

    def write(self, checked: Checked) -> None: ...

    def close(self) -> None: ...


class JsonlOutput:
    """One report a line, in input order; the format ``--format jsonl`` prints."""

    def __init__(self, path: Path, *, fsync_interval: float = 1.0) -> None:
        self.path = path
        self._file = LineFile(path, fsync_interval=fsync_interval)

    def prior(self) -> tuple[Iterator[Digest], Counter[str]]:
        return jsonl_digests(self.path), Counter()

    def write(self, checked: Checked) -> None:
        self._file.append(checked.line)

    def close(self) -> None:
        self._file.close()


def output_kind(path: Path) -> str | None:
    """``"jsonl"``, ``"parquet"``, or None for a name newscheck cannot write."""
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIX):
        return "parquet"
    return None


def is_empty(path: Path) -> bool:
    """No reports there yet: a missing path, an empty file or a folder with no files."""
    if not path.exists():
        return True
    if path.is_dir():
        return not any(p.is_file() for p in path.rglob("*"))
    return path.stat().st_size == 0


def open_output(
    path: Path,
    *,
    checker_names: Sequence[str],
    fsync_interval: float = 1.0,
    part_rows: int = DEFAULT_PART_ROWS,
) -> ReportOutput:
    if output_kind(path) == "parquet":
        from newscheck.corpus.parquet_output import ParquetOutput  # noqa: PLC0415 (pyarrow)

        return ParquetOutput(
            path,
            checker_names=checker_names,
            fsync_interval=fsync_interval,
            part_rows=part_rows,
        )
    return JsonlOutput(path, fsync_interval=fsync_interval)
