"""Find page furniture in a body: the pure function the analysis and the PC checker share.

Chrome is a property of whole paragraphs (a scraper keeps each page element on its own line),
so each paragraph is classified once, then neighbours of one kind join into a block: a
"Related articles" heading takes the list of links under it, a comment-form heading the form
fields after it. ``detect_chrome`` imports nothing from the analysis, so ``Document`` can call
it to mark the spans no checker or metric should read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from newscheck.checkers.page_chrome import lines
from newscheck.checkers.page_chrome.phrases import phrase_table, straighten
from newscheck.spans import Span

MAX_CHROME_WORDS = 60
"""Furniture is short; a longer paragraph is copy unless it is an author's bio."""
HEAD_PARAGRAPHS = 6
"""Where a repeated headline, a dateline-free date or a caption under the headline can sit."""
TAIL_PARAGRAPHS = 3
"""Where an author's bio or a bare date line can sit at the end."""
SAME_HEADLINE = 95.0
"""rapidfuzz ratio above which two lines are the same headline (punctuation aside)."""

REASONS = {
    "navigation": "navigation or a breadcrumb trail",
    "related": "a block of links to other articles",
    "prompt": "a prompt to comment, share, follow or subscribe, or an advert slot",
    "byline": "a byline, date stamp, source or credit line, tags or copyright notice",
    "bio": "the author's bio",
    "caption": "an image caption",
    "headline": "the headline repeated in the body",
}

_PUNCT = re.compile(r"[^\w\s]")
_COMMENTS = re.compile(r"comment|repl|discussion|conversation|your say")
"""Headings after which a comment form's short lines follow."""


@dataclass(frozen=True, slots=True)
class ChromeBlock:
    """A run of paragraphs that is page furniture; ``span`` covers the whole run."""

    span: Span
    kind: str

    @property
    def reason(self) -> str:
        return REASONS[self.kind]


def detect_chrome(text: str, paragraphs: Sequence[Span], title: str = "") -> list[ChromeBlock]:
    """The chrome blocks of ``text``, in order; ``paragraphs`` as `split_paragraphs` gives."""
    kinds = _Classifier(text, paragraphs, title).run()
    blocks: list[ChromeBlock] = []
    for para, kind in zip(paragraphs, kinds, strict=True):
        if kind is None:
            continue
        last = blocks[-1] if blocks else None
        if last is not None and last.kind == kind and _adjacent(text, last.span.end, para.start):
            blocks[-1] = ChromeBlock(Span(last.span.start, para.end), kind)
        else:
            blocks.append(ChromeBlock(para, kind))
    return blocks


def _adjacent(text: str, end: int, start: int) -> bool:
    return not text[end:start].strip()


def same_headline(a: str, b: str) -> bool:
    """Two lines that are the same headline, give or take case, quotes and punctuation."""
    left, right = _bare(a), _bare(b)
    if not left or not right:
        return False
    if left == right:
        return True
    return min(len(left.split()), len(right.split())) >= 4 and fuzz.ratio(left, right) >= (
        SAME_HEADLINE
    )


def _bare(line: str) -> str:
    return " ".join(_PUNCT.sub(" ", straighten(line).lower()).split())


class _Classifier:
    """Classifies each paragraph, with the little context that furniture needs."""

    def __init__(self, text: str, paragraphs: Sequence[Span], title: str) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.title = title.strip()
        self.table = phrase_table()
        self.kinds: list[str | None] = [None] * len(paragraphs)
        self.crumb_tails: list[str] = []
        self.headings: list[str] = []

    def run(self) -> list[str | None]:
        n = len(self.paragraphs)
        follows: str | None = None  # "related" or "prompt" while a list or a form goes on
        for i, para in enumerate(self.paragraphs):
            line = self.text[para.start : para.end]
            kind = self._own_kind(i, line)
            if kind is None and follows == "related" and lines.is_related_link(line):
                kind = "related"
            elif kind is None and follows == "prompt" and _form_line(line):
                kind = "prompt"
            self.kinds[i] = kind
            if _opens_list(kind, line):
                follows = kind
            elif kind is None:
                follows = None
        self._dates_near_chrome(n)
        self._bio(n)
        return self.kinds

    def _own_kind(self, i: int, line: str) -> str | None:
        n_words = len(lines.words(line))
        if n_words == 0 or n_words > MAX_CHROME_WORDS:
            return None
        if n_words <= 12:
            kind = self.table.line_kind(line)
            if kind is not None:
                return kind
        if lines.is_breadcrumb(line):
            self.crumb_tails.append(lines.crumb_tail(line))
            return "navigation"
        if i < HEAD_PARAGRAPHS and self._repeats_headline(i, line):
            return "headline"
        prefixed = self.table.prefix_kind(line)
        if prefixed is not None:
            kind, rest = prefixed
            limit = 45 if kind == "caption" else 14
            if len(lines.words(rest)) <= limit:
                return kind
        if self.table.contains_prompt(line) or lines.is_prompt_shape(line):
            return "prompt"
        if lines.is_byline(line) or lines.is_labelled_timestamp(line):
            return "byline"
        if lines.is_credit_line(line):
            return "byline"
        if lines.is_caption(line):
            return "caption"
        return None

    def _repeats_headline(self, i: int, line: str) -> bool:
        """The title again, or (no title given) a line that repeats the trail's last crumb or
        an earlier line."""
        if len(lines.words(line)) > 30:
            return False
        if self.title and same_headline(line, self.title):
            return True
        if line.rstrip().endswith("."):
            return False
        if any(same_headline(line, tail) for tail in self.crumb_tails):
            return True
        earlier = [
            self.text[p.start : p.end]
            for p, kind in zip(self.paragraphs[:i], self.kinds[:i], strict=True)
            if kind is None
        ]
        return any(same_headline(line, e) for e in earlier)

    def _dates_near_chrome(self, n: int) -> None:
        """A bare date line is furniture at the top or bottom of a page or beside furniture;
        in the middle of copy it may be a timeline entry."""
        for i, para in enumerate(self.paragraphs):
            if self.kinds[i] is not None:
                continue
            if not lines.is_timestamp(self.text[para.start : para.end]):
                continue
            near = (i > 0 and self.kinds[i - 1] is not None) or (
                i + 1 < n and self.kinds[i + 1] is not None
            )
            if i < HEAD_PARAGRAPHS - 2 or i >= n - TAIL_PARAGRAPHS or near:
                self.kinds[i] = "byline"

    def _bio(self, n: int) -> None:
        """An author's bio among the last paragraphs, naming someone the story never does."""
        copy = [i for i in range(n) if self.kinds[i] is None]
        after_about = {
            i + 1 for i in range(n - 1) if self.kinds[i] == "byline" and self._about_author(i)
        }
        for i in copy[-2:]:
            para = self.paragraphs[i]
            subject = lines.bio_subject(self.text[para.start : para.end])
            if subject is None and i not in after_about:
                continue
            if subject is not None and self._named_before(subject, para.start):
                continue
            self.kinds[i] = "bio"
            for j in range(i + 1, n):  # the rest of the bio, up to the next furniture
                if self.kinds[j] is not None:
                    break
                self.kinds[j] = "bio"
            break

    def _about_author(self, i: int) -> bool:
        para = self.paragraphs[i]
        label = self.text[para.start : para.end].strip().lower().rstrip(":")
        return label in ("about the author", "about the writer", "author bio")

    def _named_before(self, name: str, before: int) -> bool:
        """True when the story itself mentions the person (a source, not the writer)."""
        surname = name.rsplit(maxsplit=1)[-1]
        pattern = re.compile(rf"\b{re.escape(surname)}\b")
        for para, kind in zip(self.paragraphs, self.kinds, strict=True):
            if para.start >= before:
                break
            if kind is None and pattern.search(self.text, para.start, para.end):
                return True
        return bool(pattern.search(self.title))


def _opens_list(kind: str | None, line: str) -> bool:
    """A related-links heading opens a list; a comment heading opens a form."""
    if kind not in ("related", "prompt") or not _is_heading(line):
        return False
    return kind == "related" or bool(_COMMENTS.search(line.lower()))


def _is_heading(line: str) -> bool:
    """A label that opens a list or a form (not a one-line "Read more: ..." link)."""
    return len(lines.words(line)) <= 6 and ":" not in line.strip()[:-1]


def _form_line(line: str) -> bool:
    """What follows a comment heading: form labels and short lines, not paragraphs of prose."""
    n = len(lines.words(line))
    return 0 < n <= 12 and not line.rstrip().endswith(".")
