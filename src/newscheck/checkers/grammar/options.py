"""Grammar options, and the rule that the public LanguageTool API needs an explicit opt-in.

Unpublished copy is confidential: a URL of languagetool.org's public or premium API sends
the article to a third party, so such a URL is refused unless `allow_public_api` is set. The
check runs on the configured value here and on the environment variable when the checker
is built, before any client exists.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from pydantic import Field, model_validator

from newscheck.checker import CheckerOptions

URL_ENV = "NEWSCHECK_LANGUAGETOOL_URL"
"""Points newscheck at a LanguageTool server; it overrides `languagetool_url` in config."""

PUBLIC_API_HOSTS = ("languagetool.org", "languagetoolplus.com")


def is_public_api(url: str) -> bool:
    """True when ``url`` is LanguageTool's hosted API, which would receive the article."""
    host = (urlsplit(url if "//" in url else f"http://{url}").hostname or "").lower()
    return any(host == h or host.endswith(f".{h}") for h in PUBLIC_API_HOSTS)


def public_api_refusal(url: str) -> str:
    return (
        f"languagetool_url {url!r} is LanguageTool's public API, which would send unpublished "
        "articles to languagetool.org; set allow_public_api = true in "
        "[tool.newscheck.checkers.grammar] to accept that, or run your own server"
    )


class GrammarOptions(CheckerOptions):
    """Backends and what they may see; docs/grammar.md explains each choice."""

    harper: bool = Field(
        default=True, description="Run the offline Harper backend (part of the default install)."
    )
    languagetool_url: str | None = Field(
        default=None,
        description=f"A LanguageTool server, e.g. http://localhost:8081 (env {URL_ENV}).",
    )
    allow_public_api: bool = Field(
        default=False,
        description="Allow languagetool_url to be the public API, which receives the article.",
    )
    timeout_s: float = Field(
        default=10.0, gt=0, le=300, description="Seconds to wait for the LanguageTool server."
    )
    check_quotes: bool = Field(
        default=False, description="Also check inside direct quotations (a source's words)."
    )
    words: list[str] = Field(
        default_factory=list, description="Words and names to add to the news dictionary."
    )
    words_file: str | None = Field(
        default=None, description="A file of more dictionary words, one a line ('#' comments)."
    )
    harper_rules: dict[str, bool] = Field(
        default_factory=dict,
        description="Harper rules to switch on or off by name, over newscheck's selection.",
    )

    @model_validator(mode="after")
    def _public_api_needs_opt_in(self) -> GrammarOptions:
        url = self.languagetool_url
        if url and is_public_api(url) and not self.allow_public_api:
            raise ValueError(public_api_refusal(url))
        return self
