"""An append-only file of whole lines, the durable record of a corpus run.

Each line goes to the kernel in a single ``write`` of the whole line and its newline, on a
file opened with ``O_APPEND``: a killed process leaves every line it wrote complete, never
half of one. ``fsync`` runs at most every ``fsync_interval`` seconds and on close, so a
power cut loses at most that much; ``fsync_interval=0`` syncs every line.
"""

from __future__ import annotations

import os
import time
from pathlib import Path


class LineFile:
    def __init__(self, path: Path, *, fsync_interval: float = 1.0) -> None:
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self._interval = fsync_interval
        self._synced = time.monotonic()
        self._dirty = False

    def append(self, line: str) -> None:
        """Write ``line`` (without its newline) as one whole line."""
        data = (line + "\n").encode("utf-8")
        written = os.write(self._fd, data)
        while written < len(data):  # only a full disk or a signal cuts a write short
            written += os.write(self._fd, data[written:])
        self._dirty = True
        if time.monotonic() - self._synced >= self._interval:
            self.sync()

    def sync(self) -> None:
        if self._dirty:
            os.fsync(self._fd)
            self._dirty = False
        self._synced = time.monotonic()

    def close(self) -> None:
        if self._fd < 0:
            return
        try:
            self.sync()
        finally:
            os.close(self._fd)
            self._fd = -1


def sync_folder(folder: Path) -> None:
    """Make renames and deletions in ``folder`` durable (a no-op where unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
