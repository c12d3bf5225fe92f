"""UTF-16 code units, which LanguageTool counts in, versus Python's code points.

A character outside the Basic Multilingual Plane (most emoji, some CJK) is one code point
but two UTF-16 units. language-tool-python 3.4 converts a match's offset but not its
length, so the end of a match is converted here, once, from the already converted start.
"""

from __future__ import annotations

_BMP_MAX = 0xFFFF


def units(char: str) -> int:
    """UTF-16 code units of one character."""
    return 2 if ord(char) > _BMP_MAX else 1


def end_after(text: str, start: int, length_units: int) -> int | None:
    """Code-point end of the ``length_units`` UTF-16 units from ``start``; None if they
    run past the text or end inside a surrogate pair (the offsets do not line up)."""
    end, counted = start, 0
    while counted < length_units and end < len(text):
        counted += units(text[end])
        end += 1
    return end if counted == length_units else None


def slice_units(text: str, start_units: int, length_units: int) -> str | None:
    """``text`` sliced by UTF-16 units, or None when a bound splits a surrogate pair."""
    encoded = text.encode("utf-16-le", "surrogatepass")
    piece = encoded[2 * start_units : 2 * (start_units + length_units)]
    try:
        return piece.decode("utf-16-le")
    except UnicodeDecodeError:
        return None
