"""Optional dependencies (the ``scale`` extra), imported only by the runs that need them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

INSTALL_HINT = "pip install 'newscheck[scale]'"


class MissingExtraError(ImportError):
    """A feature needs a package of the ``scale`` extra that is not installed."""


@contextmanager
def needs_extra(feature: str) -> Iterator[None]:
    """Turn an ImportError inside the block into one line that says what to install."""
    try:
        yield
    except ImportError as exc:
        missing = exc.name or "a package"
        raise MissingExtraError(f"{feature} needs {missing}: {INSTALL_HINT}") from exc
