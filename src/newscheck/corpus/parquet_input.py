"""Parquet corpora: one article per row, read a batch of rows at a time.

Columns are those of a JSONL line (``id``, ``title``, ``text`` or ``body``, ``byline``,
``url``, ``published``, ``language``); others are ignored. Rows without an id get
``file:row`` ids (1-based), like JSONL lines. A bad row becomes a `LoadError` in its place.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from typing import Any

from newscheck.article import Article
from newscheck.corpus.optional import needs_extra
from newscheck.loaders import LoadError
from newscheck.loading.errors import display_name
from newscheck.loading.fields import finish
from newscheck.loading.records import article_from_record

COLUMNS = ("id", "title", "text", "body", "byline", "url", "published", "language")
_BATCH_ROWS = 256


def iter_parquet(path: str, *, max_chars: int) -> Iterator[Article | LoadError]:
    """Each row of a Parquet file as an article, in order; never raises for bad input."""
    with needs_extra("reading Parquet"):
        import pyarrow as pa  # noqa: PLC0415 (optional dependency)
        import pyarrow.parquet as pq  # noqa: PLC0415
    name = display_name(path)
    try:
        parquet = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        yield LoadError(f"{name} cannot be read as Parquet: {exc}", path=path)
        return
    columns = [c for c in parquet.schema_arrow.names if c in COLUMNS]
    if "text" not in columns and "body" not in columns:
        yield LoadError(f"{name} has no 'text' (or 'body') column", path=path)
        return
    prefix = os.path.basename(path)
    row = 0
    try:
        for batch in parquet.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
            for record in batch.to_pylist():
                row += 1
                yield _row(record, f"{name} row {row}", path, f"{prefix}:{row}", max_chars)
    except (OSError, pa.ArrowException) as exc:
        yield LoadError(f"{name} cannot be read after row {row}: {exc}", path=path)
        return
    if row == 0:
        yield LoadError(f"{name} is empty", path=path)


def _row(
    record: dict[str, Any], name: str, path: str, default_id: str, max_chars: int
) -> Article | LoadError:
    try:
        fields = {key: _plain(value) for key, value in record.items()}
        if "text" in fields and fields["text"] is None and "body" in fields:
            del fields["text"]  # a table with both columns: use the one that is filled
        article = article_from_record(fields, name, path=path, default_id=default_id)
        return finish(article, name, max_chars)
    except LoadError as exc:
        return exc


def _plain(value: object) -> object:
    """Dates are common in exported corpora; the article keeps them as ISO strings."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value
