"""A progress line on stderr for corpus runs: articles done, articles per second over the
last few seconds, and a bar with an ETA when the total is known. Drawn only on a terminal,
so logs and pipes stay clean."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")

_EVERY = 0.25
_RATE_WINDOW = 10.0
_WIDTH = 24


class Progress:
    def __init__(self, stream: TextIO, *, total: int | None = None, label: str = "") -> None:
        self.stream = stream
        self.total = total
        self.label = label
        self.done = 0
        self._started = time.monotonic()
        self._drawn = 0.0
        self._samples: deque[tuple[float, int]] = deque([(self._started, 0)])

    def advance(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if now - self._drawn >= _EVERY:
            self._draw(now)

    def rate(self, now: float) -> float:
        """Articles per second over the last ``_RATE_WINDOW`` seconds."""
        self._samples.append((now, self.done))
        while len(self._samples) > 2 and now - self._samples[1][0] > _RATE_WINDOW:
            self._samples.popleft()
        then, count = self._samples[0]
        return (self.done - count) / (now - then) if now > then else 0.0

    def line(self, now: float) -> str:
        rate = self.rate(now)
        parts = [self.label] if self.label else []
        if self.total:
            share = min(1.0, self.done / self.total)
            filled = round(_WIDTH * share)
            parts.append(f"[{'#' * filled}{'.' * (_WIDTH - filled)}] {share:4.0%}")
            parts.append(f"{self.done:,}/{self.total:,}")
        else:
            parts.append(f"{self.done:,} articles")
        parts.append(f"{rate:,.1f} articles/s")
        if self.total and rate > 0 and self.done < self.total:
            parts.append(f"ETA {_clock((self.total - self.done) / rate)}")
        else:
            parts.append(_clock(now - self._started))
        return "  ".join(parts)

    def _draw(self, now: float) -> None:
        self._drawn = now
        self.stream.write("\r" + self.line(now) + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        self._draw(time.monotonic())
        self.stream.write("\n")
        self.stream.flush()


def track(
    items: Iterable[T], stream: TextIO, *, total: int | None = None, label: str = ""
) -> Iterator[T]:
    """``items`` unchanged, drawing progress as they pass."""
    progress = Progress(stream, total=total, label=label)
    try:
        for item in items:
            progress.advance()
            yield item
    finally:
        progress.close()


def _clock(seconds: float) -> str:
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
