"""What runs inside a worker process (a local pool's or a Dask worker's).

Each process builds one engine per settings, on first use, and keeps it: models and word
lists load once per process, not once per article. Dask may run several tasks of one
worker in threads, so checks on a shared engine take a lock; the GIL would serialise the
pure-Python checks anyway, so one thread per worker process is the efficient set-up.
"""

from __future__ import annotations

import os
import threading
import time
from typing import NamedTuple

from newscheck.article import Article
from newscheck.config import Settings
from newscheck.corpus.digest import Digest
from newscheck.engine import Engine, error_report
from newscheck.formats.json_format import report_json
from newscheck.loaders import LoadError
from newscheck.models import Report

Item = Article | str | LoadError
"""One input: an article, body text, or the load error that takes an article's place."""

_engines: dict[str, tuple[Engine, threading.Lock]] = {}
_engines_lock = threading.Lock()


class Checked(NamedTuple):
    """A report as a corpus run writes it: serialised in the worker, so the process that
    writes the output only appends lines."""

    line: str
    digest: Digest


def engine_for(settings_json: str) -> tuple[Engine, threading.Lock]:
    """This process's engine for these settings, built on first use."""
    with _engines_lock:
        if settings_json not in _engines:
            engine = Engine(Settings.model_validate_json(settings_json))
            _engines[settings_json] = (engine, threading.Lock())
        return _engines[settings_json]


def start(settings_json: str) -> None:
    """Pool initializer: build the engine before the first article arrives, and leave
    when the parent does."""
    _exit_with_parent()
    engine_for(settings_json)


def _exit_with_parent(every: float = 0.5) -> None:
    """A pool worker whose parent was killed would wait for work forever, holding its
    engine's memory: watch for the parent going away (this process is then re-parented)
    and exit."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="newscheck-parent-watch", daemon=True).start()


def check_item(engine: Engine, item: Item) -> Report:
    """The report for one input; never raises, so one bad article cannot stop a corpus."""
    if isinstance(item, LoadError):
        return error_report(None, str(item), path=item.path)
    article = item if isinstance(item, Article) else Article(body=item)
    try:
        return engine.check(article)
    except Exception as exc:
        return error_report(article, f"internal error: {type(exc).__name__}: {exc}")


def checked(report: Report) -> Checked:
    return Checked(report_json(report), Digest.of(report))


def check_reports(items: list[Item], settings_json: str) -> list[Report]:
    """A batch of reports, for callers that want `Report` objects back."""
    engine, lock = engine_for(settings_json)
    with lock:
        return [check_item(engine, item) for item in items]


def check_lines(items: list[Item], settings_json: str) -> list[Checked]:
    """A batch of reports as output lines with their digests, for corpus runs."""
    engine, lock = engine_for(settings_json)
    with lock:
        return [checked(check_item(engine, item)) for item in items]


def crashed_message(detail: str) -> str:
    return (
        f"internal error: checking this article failed in its worker process ({detail}), "
        "again when retried on its own"
    )


def crashed_report(item: Item, detail: str) -> Report:
    """The error report for an article whose check keeps killing its worker (or whose
    result cannot be sent back from it)."""
    if isinstance(item, LoadError):
        return error_report(None, str(item), path=item.path)
    article = item if isinstance(item, Article) else Article(body=item)
    return error_report(article, crashed_message(detail))


def crashed_line(item: Item, detail: str) -> Checked:
    return checked(crashed_report(item, detail))
