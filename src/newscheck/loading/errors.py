"""`LoadError` and the helpers that keep its messages to one readable line."""

from __future__ import annotations

DEFAULT_MAX_CHARS = 2_000_000
STDIN = "-"


class LoadError(ValueError):
    """Input that newscheck cannot read as an article.

    The message is one line that names the file (and JSONL line) and the problem, so the
    CLI can print it as is; ``path`` and ``line`` let callers report it structurally.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line


def display_name(path: str) -> str:
    """The path as shown in messages: ``<stdin>`` for ``-``, control characters escaped so a
    hostile file name cannot break the one-line message."""
    if path == STDIN:
        return "<stdin>"
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in path)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def json_kind(value: object) -> str:
    """How a JSON value is named in type errors ("a number", "null")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
