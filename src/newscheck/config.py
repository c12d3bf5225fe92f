"""Configuration: ``[tool.newscheck]`` in pyproject.toml or a ``newscheck.toml``.

Found by walking up from the article's folder (or the working directory), or given with
``--config FILE``. Unknown keys and bad values raise `ConfigError` naming them: a typo in a
gate's threshold must not silently pass copy.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from newscheck.models import Severity, Verdict

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

DEFAULT_MERGE_PRIORITY = ("WM", "PG", "SA", "NC", "PC", "HB", "NM", "LL", "HS", "GR", "RD")


class ConfigError(ValueError):
    """A configuration file or value that newscheck cannot use; the message names it."""


class Thresholds(BaseModel):
    """Overall score at or above ``pass_at`` passes; at or above ``warn_at`` warns."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    pass_at: Annotated[float, Field(ge=0, le=100, alias="pass")] = 80.0
    warn_at: Annotated[float, Field(ge=0, le=100, alias="warn")] = 60.0

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if self.warn_at > self.pass_at:
            raise ValueError("thresholds.warn must not be above thresholds.pass")
        return self


class Settings(BaseModel):
    """Everything configurable; the defaults suit general news copy."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    variety: Literal["en-US", "en-GB"] = "en-US"
    severity: dict[str, Severity] = Field(default_factory=dict)
    weights: dict[str, Annotated[float, Field(ge=0)]] = Field(default_factory=dict)
    thresholds: Thresholds = Field(default_factory=Thresholds)
    fail_under: Annotated[float, Field(ge=0, le=100)] | None = None
    error_findings_verdict: Verdict = Field(
        default=Verdict.WARN,
        description="The best verdict an article with an error-severity finding can get.",
    )
    merge_priority: list[str] = Field(default_factory=lambda: list(DEFAULT_MERGE_PRIORITY))
    max_article_chars: Annotated[int, Field(gt=0)] = 2_000_000
    exclude_chrome: bool = Field(
        default=True,
        description="Leave page furniture (navigation, bios, prompts) out of every checker "
        "but the page-chrome one, and out of the readability metrics.",
    )
    exceptions: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Per rule code or prefix, words or phrases never to flag (the finding's "
        "text, compared case-insensitively), e.g. { WM001 = [\"affect\"] }.",
    )
    checkers: dict[str, dict[str, Any]] = Field(default_factory=dict)
    scheduler: str | None = Field(
        default=None,
        description="A Dask scheduler (tcp://host:port) that corpus runs send work to.",
    )

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with command-line overrides applied (None means 'not given')."""
        given = {k: v for k, v in changes.items() if v is not None}
        return self.model_validate({**self.model_dump(by_alias=True), **given})


def parse_settings(raw: dict[str, Any], source: str) -> Settings:
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, source)) from None


def _describe(exc: ValidationError, source: str) -> str:
    parts = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        if err["type"] == "extra_forbidden":
            parts.append(f"unknown key '{key}'")
        else:
            parts.append(f"'{key}': {err['msg']}")
    return f"{source}: " + "; ".join(parts)


def load_config_file(path: Path) -> Settings:
    """Read settings from ``newscheck.toml`` (top level) or ``pyproject.toml`` (tool table)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("newscheck", {})
    return parse_settings(data, str(path))


def find_config(start: Path) -> Path | None:
    """The nearest ``newscheck.toml``, or ``pyproject.toml`` with a [tool.newscheck] table."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder.resolve(), *folder.resolve().parents):
        own = candidate / "newscheck.toml"
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "newscheck" in data.get("tool", {})


def resolve_settings(config: Path | None, near: Path | None) -> Settings:
    """``--config`` when given, else the nearest file, else the defaults."""
    if config is not None:
        return load_config_file(config)
    found = find_config(near or Path.cwd())
    return load_config_file(found) if found else Settings()
