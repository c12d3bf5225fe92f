"""The Python API for editorial scripts: ``check``, ``check_many`` and ``load_article``."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

from newscheck.article import Article
from newscheck.config import Settings
from newscheck.engine import Engine, error_report
from newscheck.models import Report

ArticleLike = Article | str


@lru_cache(maxsize=4)
def _engine_for(settings_json: str) -> Engine:
    return Engine(Settings.model_validate_json(settings_json))


def _engine(config: Settings | Engine | None) -> Engine:
    if isinstance(config, Engine):
        return config
    return _engine_for((config or Settings()).model_dump_json(by_alias=True))


def check(article: ArticleLike, *, config: Settings | Engine | None = None) -> Report:
    """Check one article; a ``str`` is taken as body text.

    Engines are cached per settings, so calling this in a loop builds the checkers once.
    """
    return _engine(config).check(article)


_worker_engine: Engine | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_engine  # noqa: PLW0603 (one engine per worker process, built once)
    _worker_engine = Engine(settings)


def _check_in_worker(article: ArticleLike) -> Report:
    assert _worker_engine is not None, "worker started without an engine"
    try:
        return _worker_engine.check(article)
    except Exception as exc:
        art = article if isinstance(article, Article) else Article(body=article)
        return error_report(art, f"{type(exc).__name__}: {exc}")


def check_many(
    articles: Iterable[ArticleLike],
    *,
    config: Settings | Engine | None = None,
    jobs: int = 1,
) -> Iterator[Report]:
    """Check articles in input order; ``jobs > 1`` runs that many worker processes,
    each building its engine once. ``jobs=0`` uses every core."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        engine = _engine(config)
        for article in articles:
            yield engine.check(article)
        return
    settings = config.settings if isinstance(config, Engine) else (config or Settings())
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from pool.map(_check_in_worker, articles, chunksize=8)
