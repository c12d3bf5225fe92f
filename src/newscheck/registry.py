"""Find checkers through the ``newscheck.checkers`` entry-point group.

Built-in checkers are registered in the same group that third-party plugins use (as flake8
does), so the plugin path runs on every check. A plugin that fails to import is never dropped
silently: it comes back as a `BrokenPlugin` that the engine reports as an errored checker.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points

from newscheck.checker import Checker

GROUP = "newscheck.checkers"


@dataclass(frozen=True)
class BrokenPlugin:
    """A registered checker that could not be loaded; ``error`` names the cause."""

    name: str
    package: str
    error: str


def discover() -> tuple[dict[str, type[Checker]], list[BrokenPlugin]]:
    """Load every registered checker class, keyed by entry-point name."""
    found: dict[str, type[Checker]] = {}
    broken: list[BrokenPlugin] = []
    for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        if ep.name in found:
            continue  # the same distribution seen twice on sys.path
        try:
            loaded = ep.load()
        except Exception as exc:
            broken.append(BrokenPlugin(ep.name, _package(ep), f"{type(exc).__name__}: {exc}"))
            continue
        problem = _shape_problem(loaded)
        if problem:
            broken.append(BrokenPlugin(ep.name, _package(ep), problem))
            continue
        found[ep.name] = loaded
    return found, broken


def _package(ep: EntryPoint) -> str:
    dist = ep.dist
    return dist.name if dist is not None else ep.value.split(":")[0]


def _shape_problem(obj: object) -> str | None:
    for attr in ("name", "rules", "weight", "check", "options_model"):
        if not hasattr(obj, attr):
            return f"{obj!r} is not a newscheck checker: it has no '{attr}'"
    return None
