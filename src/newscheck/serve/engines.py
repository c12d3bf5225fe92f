"""A pool of engines, one per worker thread, because checker backends are not thread-safe."""

from __future__ import annotations

import queue
from collections.abc import Sequence

import anyio
import anyio.to_thread

from newscheck.article import Article
from newscheck.config import Settings
from newscheck.engine import Engine, error_report
from newscheck.models import Report


class EnginePool:
    """``size`` engines built up front; a check borrows one for the length of one request."""

    def __init__(self, settings: Settings, size: int) -> None:
        if size < 1:
            raise ValueError(f"the pool needs at least one engine, not {size}")
        self._free: queue.SimpleQueue[Engine] = queue.SimpleQueue()
        self.engines = [Engine(settings) for _ in range(size)]
        for engine in self.engines:
            self._free.put(engine)
        self._limiter = anyio.CapacityLimiter(size)

    @property
    def example(self) -> Engine:
        """Any engine, for read-only questions (rules, checker names)."""
        return self.engines[0]

    async def check(self, items: Sequence[Article | Report]) -> list[Report]:
        """Check the articles in a worker thread; a `Report` item (an input error) is kept.

        On cancellation (the request's time limit) the thread is abandoned and finishes on
        its own; its engine returns to the pool only then, so no engine is ever shared.
        """
        return await anyio.to_thread.run_sync(
            self._check, items, abandon_on_cancel=True, limiter=self._limiter
        )

    def _check(self, items: Sequence[Article | Report]) -> list[Report]:
        engine = self._free.get()
        try:
            return [item if isinstance(item, Report) else _one(engine, item) for item in items]
        finally:
            self._free.put(engine)


def _one(engine: Engine, article: Article) -> Report:
    try:
        return engine.check(article)
    except Exception as exc:  # the service must answer, not crash, on an engine bug
        return error_report(article, f"internal error: {type(exc).__name__}")
