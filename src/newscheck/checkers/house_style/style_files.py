"""Reading style folders: every ``*.toml`` file holds ``[[rule]]`` tables.

A bad file is a configuration error naming the file and the rule, raised when the engine
is built, so a newsroom's typo fails the run instead of silently checking nothing.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from newscheck.models import Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

Phrase = Annotated[str, Field(min_length=1, pattern=r"\S")]


class StyleRule(BaseModel):
    """One rule of a style file; ``phrases`` are what is flagged for every kind."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    kind: Literal["avoid", "prefer", "consistency"]
    phrases: Annotated[list[Phrase], Field(min_length=1)]
    prefer: Phrase | None = None
    suggestion: Phrase | None = None
    message: Annotated[str, Field(min_length=1)]
    severity: Severity | None = None
    link: str | None = None
    case_sensitive: bool = False
    in_quotes: bool = False

    @model_validator(mode="after")
    def _complete(self) -> StyleRule:
        if self.kind == "prefer" and self.prefer is None:
            raise ValueError("a 'prefer' rule needs 'prefer', the preferred form")
        if self.kind != "prefer" and self.prefer is not None:
            raise ValueError(f"'prefer' is only for 'prefer' rules, not '{self.kind}'")
        if self.kind == "consistency" and len(self.phrases) < 2:
            raise ValueError("a 'consistency' rule needs at least two phrases")
        return self


class _StyleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: list[StyleRule] = Field(default_factory=list)


def bundled_styles() -> Path:
    return Path(str(files("newscheck").joinpath("styles")))


def resolve_style(entry: str) -> Path:
    """A folder or ``.toml`` file (relative to the working directory), else a bundled style."""
    path = Path(entry).expanduser()
    if path.exists():
        return path
    bundled = bundled_styles() / entry
    if "/" not in entry and "\\" not in entry and bundled.is_dir():
        return bundled
    known = ", ".join(sorted(p.name for p in bundled_styles().iterdir() if p.is_dir()))
    raise ValueError(f"no style folder or file '{entry}' (bundled styles: {known})")


def load_styles(entries: list[str]) -> list[StyleRule]:
    """Every rule of every style, in order; `ValueError` naming the file for a bad one."""
    rules: list[StyleRule] = []
    seen: dict[str, Path] = {}
    for entry in entries:
        style = resolve_style(entry)
        paths = sorted(style.glob("*.toml")) if style.is_dir() else [style]
        if not paths:
            raise ValueError(f"style folder '{entry}' has no .toml files")
        for path in paths:
            for rule in _read(path):
                if rule.id in seen:
                    raise ValueError(f"{path}: rule id '{rule.id}' is also in {seen[rule.id]}")
                seen[rule.id] = path
                rules.append(rule)
    return rules


def _read(path: Path) -> list[StyleRule]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
        return _StyleFile.model_validate(data).rule
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not valid TOML: {exc}") from None
    except ValidationError as exc:
        problems = "; ".join(f"'{'.'.join(map(str, e['loc']))}': {e['msg']}" for e in exc.errors())
        raise ValueError(f"{path}: {problems}") from None
