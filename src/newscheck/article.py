"""The article as newscheck sees it: metadata plus two text fields kept character-exact."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from newscheck.directives import Suppression


class Article(BaseModel):
    """A news article. ``title`` and ``body`` keep their exact characters: offsets in
    findings index into them, so loaders never normalise or strip inside a field."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str | None = None
    title: str = ""
    body: str = ""
    byline: str | None = None
    url: str | None = None
    published: str | None = None
    path: str | None = None
    language: str | None = None
    suppressions: tuple[Suppression, ...] = Field(default=(), exclude=True)
    """Directives the loader found outside the fields (HTML comments); directives written
    in the text itself are read by the engine. Not serialised: it is loader output that
    keeps an article's JSON form unchanged, not article data."""

    def field_text(self, field: str) -> str:
        if field == "title":
            return self.title
        if field == "body":
            return self.body
        raise ValueError(f"unknown field {field!r}: expected 'title' or 'body'")
