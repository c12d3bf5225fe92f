"""The Python API for editorial scripts: ``check``, ``check_many`` and ``load_article``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from newscheck.article import Article
from newscheck.config import Settings
from newscheck.engine import Engine
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


def check_many(
    articles: Iterable[ArticleLike],
    *,
    config: Settings | Engine | None = None,
    jobs: int = 1,
) -> Iterator[Report]:
    """Check articles in input order; ``jobs > 1`` runs that many worker processes,
    each building its engine once. ``jobs=0`` uses every core.

    Articles are read from ``articles`` as workers free up (a few per worker in flight),
    so a generator over a corpus of any size streams through in bounded memory.
    """
    from newscheck.corpus.streams import report_stream  # noqa: PLC0415 (pools only when asked)

    if jobs == 1 or isinstance(config, Engine):
        yield from report_stream(articles, config=_engine(config), jobs=jobs)
    else:  # the workers build the engine; this process need not
        yield from report_stream(articles, config=config or Settings(), jobs=jobs)
