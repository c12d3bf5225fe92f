"""Plain text: a first line followed by a blank line is the title; the rest is the body."""

from __future__ import annotations

from newscheck.article import Article
from newscheck.loading.fields import is_blank_line, trim_body


def parse_text(text: str, *, path: str | None) -> Article:
    """Split off the title only when the first line stands alone *and* text follows it,
    so a one-paragraph file with a trailing blank line stays all body."""
    first_end = text.find("\n")
    if first_end > 0 and not is_blank_line(text[:first_end]):
        second_end = text.find("\n", first_end + 1)
        second = text[first_end + 1 : second_end if second_end >= 0 else len(text)]
        body = trim_body(text, first_end + 1)
        if second_end >= 0 and is_blank_line(second) and body:
            return Article(title=text[:first_end].strip(), body=body, path=path)
    return Article(body=trim_body(text), path=path)
