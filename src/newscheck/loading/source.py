"""Reading a file (or stdin) as bounded bytes and decoding it as UTF-8 text.

Every format goes through here, so the bad-input rules live in one place: missing files,
directories, binary data, invalid UTF-8 and oversize input all become a `LoadError`.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import re
import stat
import sys

from newscheck.loading.errors import STDIN, LoadError, display_name

# Raw input may be this many times ``max_chars`` in bytes: room for markup, JSON escapes
# and multi-byte characters, while a runaway file is refused before it is read.
SOURCE_FACTOR = 10

_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SAMPLE = 8192
# Share of control characters (or undecodable bytes) above which data is not text; high
# enough that mojibake (C1 controls from double-encoded text) still loads.
_BINARY_SHARE = 0.3
_CONTROL = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Browsers read these labels as Windows-1252 (WHATWG Encoding), and so do we.
_AS_CP1252 = frozenset({"latin1", "iso8859_1", "ascii"})


def source_limit(max_chars: int) -> int:
    """The most bytes read for one article (file, stdin or JSONL line)."""
    return SOURCE_FACTOR * max_chars


def read_source(path: str, max_chars: int) -> bytes:
    """The bytes of ``path`` (``-`` is stdin), refusing oversize input without reading it."""
    name = display_name(path)
    limit = source_limit(max_chars)
    if path == STDIN:
        data = _read_stdin(limit, path)
    else:
        _check_file(path, max_chars)
        try:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
        except OSError as exc:
            raise os_error(path, exc) from None
    if len(data) > limit:
        raise too_large(name, path, max_chars)
    return data


def _read_stdin(limit: int, path: str) -> bytes:
    stream = sys.stdin
    if stream is None:
        raise LoadError("<stdin> is not available", path=path)
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            data: bytes = buffer.read(limit + 1)
            return data
        return stream.read(limit + 1).encode("utf-8", "surrogatepass")
    except OSError as exc:
        raise os_error(path, exc) from None


def _check_file(path: str, max_chars: int) -> None:
    try:
        info = os.stat(path)
    except OSError as exc:
        raise os_error(path, exc) from None
    except ValueError:  # an embedded NUL in the path
        raise LoadError(f"{display_name(path)} is not a valid file name", path=path) from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(f"{display_name(path)} is a directory, not an article file", path=path)
    if stat.S_ISREG(info.st_mode) and info.st_size > source_limit(max_chars):
        raise too_large(display_name(path), path, max_chars, info.st_size)


def os_error(path: str, exc: OSError) -> LoadError:
    """A `LoadError` for a file that cannot be opened or read."""
    name = display_name(path)
    if isinstance(exc, FileNotFoundError):
        return LoadError(f"{name} does not exist", path=path)
    if isinstance(exc, IsADirectoryError):
        return LoadError(f"{name} is a directory, not an article file", path=path)
    if isinstance(exc, PermissionError):
        return LoadError(f"{name} cannot be read: permission denied", path=path)
    reason = exc.strerror or str(exc) or type(exc).__name__
    return LoadError(f"{name} cannot be read: {reason}", path=path)


def too_large(
    name: str, path: str, max_chars: int, size: int | None = None, *, line: int | None = None
) -> LoadError:
    """Raw input over `source_limit`, refused before it is decoded or parsed; ``size`` is
    None when only "more than the limit" is known (stdin, a JSONL line)."""
    limit = source_limit(max_chars)
    amount = f"more than {limit:,} bytes" if size is None else f"{size:,} bytes, over {limit:,}"
    return LoadError(
        f"{name} is too large: {amount} "
        f"(the limit is {SOURCE_FACTOR} times setting max_article_chars)",
        path=path,
        line=line,
    )


def decode(
    data: bytes,
    name: str,
    *,
    path: str | None = None,
    line: int | None = None,
    offset: int = 0,
    html: bool = False,
) -> str:
    """UTF-8 text without its BOM; ``html`` also honours a ``<meta charset>`` declaration.

    ``offset`` is where ``data`` starts in the file, so error offsets point into the file.
    """
    if data.startswith(_UTF16_BOMS):
        raise LoadError(f"{name} is UTF-16 text; save it as UTF-8", path=path, line=line)
    if b"\x00" in data:
        raise binary(name, data, path=path, line=line)
    start = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        if _looks_binary(data[:_SAMPLE].decode("utf-8", "replace")):
            raise binary(name, data, path=path, line=line) from None
        charset = _declared_charset(data) if html else None
        if charset is None:
            raise LoadError(
                f"{name} is not valid UTF-8 (byte 0x{data[start + exc.start]:02x} "
                f"at offset {offset + start + exc.start})",
                path=path,
                line=line,
            ) from None
        text = _decode_declared(data, charset, name, path)
    if _looks_binary(text[:_SAMPLE]):
        raise binary(name, data, path=path, line=line)
    return text


def binary(name: str, data: bytes, *, path: str | None, line: int | None) -> LoadError:
    """Binary data where text was expected, with a hint when it is simply gzip."""
    hint = " (gzip-compressed? name it .jsonl.gz)" if data.startswith(b"\x1f\x8b") else ""
    return LoadError(f"{name} looks like a binary file, not an article{hint}", path=path, line=line)


def _looks_binary(sample: str) -> bool:
    return len(_CONTROL.findall(sample)) > _BINARY_SHARE * len(sample)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data, 0, 4096)
    if match is None:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    if codec == "utf-8":
        return None
    return "cp1252" if codec.replace("-", "_") in _AS_CP1252 else codec


def _decode_declared(data: bytes, charset: str, name: str, path: str | None) -> str:
    try:
        return data.decode(charset)
    except UnicodeDecodeError as exc:
        raise LoadError(
            f"{name} is not valid {charset} as its <meta charset> declares "
            f"(byte 0x{data[exc.start]:02x} at offset {exc.start})",
            path=path,
        ) from None


def looks_binary(data: bytes) -> bool:
    """The `decode` binary test on the start of ``data``, for a stream read line by line."""
    sample = data[:_SAMPLE]
    return (
        sample.startswith(_UTF16_BOMS)
        or b"\x00" in sample
        or _looks_binary(sample.decode("utf-8", "replace"))
    )


def open_binary(path: str) -> io.BufferedIOBase:
    """``path`` opened for reading bytes, gunzipped if it ends in ``.gz``."""
    try:
        if stat.S_ISDIR(os.stat(path).st_mode):
            raise LoadError(f"{display_name(path)} is a directory, not an article file", path=path)
        if path.lower().endswith(".gz"):
            return gzip.open(path, "rb")
        return open(path, "rb")
    except OSError as exc:
        raise os_error(path, exc) from None
    except ValueError:
        raise LoadError(f"{display_name(path)} is not a valid file name", path=path) from None
