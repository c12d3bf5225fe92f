"""Building blocks for users who already have Dask: map newscheck over a Dask bag (or a
dataframe turned into one) partition by partition, on their own cluster and I/O.

    reports = bag.map_partitions(check_records, settings)

Every worker process builds the engine once, on its first partition, and keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newscheck.article import Article
from newscheck.config import Settings
from newscheck.corpus import work
from newscheck.engine import error_report
from newscheck.loaders import LoadError
from newscheck.loading.fields import finish
from newscheck.loading.records import article_from_record


def check_records(
    records: Iterable[Mapping[str, Any]], settings: Settings | None = None
) -> list[dict[str, Any]]:
    """The report, as a JSON-ready dict, of each article record (the keys of a JSONL
    line: ``id``, ``title``, ``text``...), in order. A bad record gives an error report
    carrying its id, never an exception, so one bad row cannot fail a partition."""
    settings = settings or Settings()
    engine, lock = work.engine_for(settings.model_dump_json(by_alias=True))
    reports = []
    for number, record in enumerate(records, 1):
        name = f"record {record.get('id', number)}"
        try:
            article = article_from_record(dict(record), name, path=None)
            item: work.Item = finish(article, name, settings.max_article_chars)
        except LoadError as exc:
            raw_id = record.get("id")
            ident = str(raw_id) if isinstance(raw_id, str | int) else None
            reports.append(error_report(Article(id=ident), str(exc)).model_dump(mode="json"))
            continue
        with lock:
            report = work.check_item(engine, item)
        reports.append(report.model_dump(mode="json"))
    return reports
