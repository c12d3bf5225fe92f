"""Reports as a Parquet dataset: a folder with an ``articles`` and a ``findings`` table.

Parquet files cannot be appended to, and one cut short by a killed process is unreadable,
so reports first go to a journal of whole JSON lines (as durable as a JSONL output), and
every ``part_rows`` articles the journal is sealed into one part file per table::

    reports.parquet/articles/part-00000.parquet   one row per article
    reports.parquet/findings/part-00000.parquet   one row per finding
    reports.parquet/journal-00001.jsonl           reports not sealed yet

A part is written under a temporary name and renamed into place, findings first: an
``articles`` part is the mark that its part is complete, and only then is its journal
deleted. Whatever point a run is killed at, ``--resume`` finds each report exactly once.
Read the tables with ``pandas.read_parquet("reports.parquet/articles")`` or
``pyarrow.dataset``; sorted part names keep input order.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newscheck.corpus.digest import Digest
from newscheck.corpus.line_file import LineFile, sync_folder
from newscheck.corpus.optional import needs_extra
from newscheck.corpus.outputs import DEFAULT_PART_ROWS
from newscheck.corpus.parquet_rows import (
    FINDING_COLUMNS,
    article_columns,
    article_row,
    finding_rows,
)
from newscheck.corpus.resume import jsonl_digests, repair_tail
from newscheck.corpus.work import Checked

_PART = re.compile(r"part-(\d{5,})\.parquet")
_JOURNAL = re.compile(r"journal-(\d{5,})\.jsonl")


class ParquetOutput:
    """Write reports to a Parquet dataset folder; ``resume=True`` continues one."""

    def __init__(
        self,
        folder: Path,
        *,
        checker_names: Sequence[str],
        part_rows: int = DEFAULT_PART_ROWS,
        fsync_interval: float = 1.0,
    ) -> None:
        with needs_extra("Parquet output"):
            import pyarrow  # noqa: F401, PLC0415 (fail before any article is checked)
        self.folder = folder
        self._names = list(checker_names)
        self._part_rows = part_rows
        self._fsync = fsync_interval
        for table in ("articles", "findings"):
            (folder / table).mkdir(parents=True, exist_ok=True)
        self._part = self._recover()
        journal = self._journal_path(self._part)
        self._rows = _count_records(journal) if journal.exists() else 0
        self._journal = LineFile(self._journal_path(self._part), fsync_interval=fsync_interval)

    def _journal_path(self, part: int) -> Path:
        return self.folder / f"journal-{part:05d}.jsonl"

    def _part_path(self, table: str, part: int) -> Path:
        return self.folder / table / f"part-{part:05d}.parquet"

    def _sealed(self) -> list[int]:
        return sorted(_numbers(self.folder / "articles", _PART))

    def _recover(self) -> int:
        """Tidy what a killed run left and return the part to continue."""
        sealed = set(self._sealed())
        for table in ("articles", "findings"):
            for leftover in (self.folder / table).glob("*.tmp"):
                leftover.unlink()
        for orphan in _numbers(self.folder / "findings", _PART) - sealed:
            self._part_path("findings", orphan).unlink()  # its articles part never landed
        journals = sorted(_numbers(self.folder, _JOURNAL))
        for part in journals:
            if part in sealed:
                self._journal_path(part).unlink()  # sealed, not yet deleted when killed
        open_parts = [p for p in journals if p not in sealed]
        for part in open_parts[:-1]:  # not left by newscheck's own protocol, but handle it
            repair_tail(self._journal_path(part))
            self._seal(part)
        if open_parts:
            repair_tail(self._journal_path(open_parts[-1]))
            return open_parts[-1]
        return max(sealed, default=-1) + 1

    def prior(self) -> tuple[Iterator[Digest], Counter[str]]:
        """Digests of the reports already written, and the finding count of each rule in
        the sealed parts (their digests carry no rules, to keep resuming cheap)."""
        import pyarrow.parquet as pq  # noqa: PLC0415 (optional dependency)

        rules: Counter[str] = Counter()
        for part in self._sealed():
            table = pq.read_table(self._part_path("findings", part), columns=["rule"])
            rules.update(table.column("rule").to_pylist())
        return self._prior_digests(), rules

    def _prior_digests(self) -> Iterator[Digest]:
        import pyarrow.parquet as pq  # noqa: PLC0415 (optional dependency)

        columns = ["path", "id", "error", "complete", "verdict", "score"]
        for part in self._sealed():
            table = pq.read_table(self._part_path("articles", part), columns=columns)
            for row in table.to_pylist():
                yield Digest(
                    key=(row["path"], row["id"]),
                    failed=row["error"] is not None,
                    complete=bool(row["complete"]),
                    verdict=str(row["verdict"]),
                    score=float(row["score"]),
                    rules=(),
                )
        journal = self._journal_path(self._part)
        if journal.exists():
            yield from jsonl_digests(journal)

    def write(self, checked: Checked) -> None:
        self._journal.append(checked.line)
        self._rows += 1
        if self._rows >= self._part_rows:
            self._journal.close()
            self._seal(self._part)
            self._part += 1
            self._rows = 0
            self._journal = LineFile(self._journal_path(self._part), fsync_interval=self._fsync)

    def close(self) -> None:
        """Seal what the journal holds (and write empty tables for an empty run)."""
        self._journal.close()
        if self._rows or not self._sealed():
            self._seal(self._part)

    def _seal(self, part: int) -> None:
        import pyarrow as pa  # noqa: PLC0415 (optional dependency)
        import pyarrow.parquet as pq  # noqa: PLC0415

        journal = self._journal_path(part)
        reports = _records(journal) if journal.exists() else []
        articles = [article_row(r, self._names) for r in reports]
        findings = [row for r in reports for row in finding_rows(r)]
        written = []
        for table, rows, columns in (
            ("findings", findings, FINDING_COLUMNS),
            ("articles", articles, article_columns(self._names)),
        ):
            schema = pa.schema([(name, _arrow_type(pa, kind)) for name, kind in columns])
            final = self._part_path(table, part)
            temporary = final.with_name(final.name + ".tmp")
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), temporary)
            _fsync_file(temporary)
            written.append((temporary, final))
        for temporary, final in written:  # findings first: an articles part marks completion
            os.replace(temporary, final)
            sync_folder(final.parent)
        journal.unlink(missing_ok=True)
        sync_folder(self.folder)


def _records(journal: Path) -> list[dict[str, Any]]:
    with journal.open("rb") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _count_records(journal: Path) -> int:
    with journal.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _numbers(folder: Path, pattern: re.Pattern[str]) -> set[int]:
    found = set()
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match:
            found.add(int(match.group(1)))
    return found


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _arrow_type(pa: Any, kind: str) -> Any:
    if kind == "list<string>":
        return pa.list_(pa.string())
    return {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64()}.get(
        kind, pa.bool_()
    )
