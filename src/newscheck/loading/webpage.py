"""HTML: the main text of a web page, extracted offline with trafilatura.

trafilatura's cost grows with the element count (about 60 µs an element) and its jusText
fallback is quadratic in the worst case, so hostile markup could stall a check for minutes.
Pages are therefore capped at `MAX_ELEMENTS`, and only small pages get the fallback, which
rescues text kept in bare ``<div>`` or plain text saved as ``.html``.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from newscheck.article import Article
from newscheck.loading.errors import LoadError
from newscheck.loading.fields import trim_body
from newscheck.loading.html_directives import html_suppressions

# A large real news page has 5,000 to 15,000 elements.
MAX_ELEMENTS = 30_000
# Above this, skip the fallback extractors (``fast=True``) to bound the time taken.
FALLBACK_MAX_ELEMENTS = 3_000
# Each element takes at least one "<"; counting them refuses a flood before parsing it.
_MAX_TAG_OPENERS = 8 * MAX_ELEMENTS


def parse_html(markup: str, *, name: str, path: str | None) -> Article:
    """Title, body and metadata of the page's main text; `LoadError` if there is none."""
    if markup.count("<") > _MAX_TAG_OPENERS:
        raise _too_much_markup(name, path)
    try:
        tree = _load(markup)
        if tree is None:
            raise LoadError(f"no article text found in {name}", path=path)
        elements = sum(1 for _ in itertools.islice(tree.iter(), MAX_ELEMENTS + 1))
        if elements > MAX_ELEMENTS:
            raise _too_much_markup(name, path)
        language = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
        document = _extract(tree, fast=elements > FALLBACK_MAX_ELEMENTS)
    except LoadError:
        raise
    except Exception as exc:  # a third-party parser on hostile input: report, never crash
        raise LoadError(f"{name} could not be read as HTML: {exc}", path=path) from None
    text = getattr(document, "text", None) if document is not None else None
    if not isinstance(text, str) or not text.strip():
        raise LoadError(f"no article text found in {name}", path=path)
    title = _string(document, "title") or ""
    body = _without_title(text, title)
    return Article(
        title=title,
        body=body,
        byline=_string(document, "author"),
        url=_string(document, "url"),
        published=_string(document, "date"),
        language=_clean(language) or _string(document, "language"),
        path=path,
        suppressions=html_suppressions(markup, body),
    )


def _load(markup: str) -> Any:
    """The lxml tree; a fragment with no ``<html>`` is wrapped, as trafilatura rejects it."""
    from trafilatura import load_html  # noqa: PLC0415 - 0.15 s import, only for HTML input

    tree = load_html(markup)
    if tree is None and markup.strip():
        tree = load_html(f"<html><body>{markup}</body></html>")
    return tree


def _extract(tree: Any, *, fast: bool) -> Any:
    from trafilatura import bare_extraction  # noqa: PLC0415 - see _load

    return bare_extraction(
        tree,
        fast=fast,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=True,
        # Dates from metadata only: a date mentioned in the story is not its publication.
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "max_date": date.today().isoformat(),
        },
    )


def _string(document: Any, attribute: str) -> str | None:
    return _clean(getattr(document, attribute, None))


def _clean(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _without_title(text: str, title: str) -> str:
    """The body without a first line repeating the title (trafilatura keeps the ``<h1>``)."""
    first, newline, rest = text.partition("\n")
    if title and newline and first.strip() == title:
        return trim_body(rest)
    return trim_body(text)


def _too_much_markup(name: str, path: str | None) -> LoadError:
    return LoadError(
        f"{name} has too much markup to extract safely (more than {MAX_ELEMENTS:,} HTML elements)",
        path=path,
    )
