"""Regenerate docs/rules/*.md and docs/report-schema.json from the code.

The rule docs and the schema have one source of truth each (the Rule objects and the pydantic
models); tests/test_docs.py fails when the rendered files are out of date.

    python scripts/gen_docs.py
"""

from __future__ import annotations

import json
from pathlib import Path

from newscheck.config import Settings
from newscheck.engine import Engine
from newscheck.schema import report_schema

DOCS = Path(__file__).resolve().parents[1] / "docs"


def rendered() -> dict[Path, str]:
    """Every generated file and its expected content."""
    files: dict[Path, str] = {}
    engine = Engine(Settings(), checkers=_builtins())
    index = ["# Rules", "", "| Code | Name | Severity | Summary |", "|---|---|---|---|"]
    for rule in engine.rules:
        files[DOCS / "rules" / f"{rule.code}.md"] = rule.doc()
        index.append(
            f"| [{rule.code}]({rule.code}.md) | {rule.name} | {rule.severity.value} | "
            f"{rule.summary} |"
        )
    files[DOCS / "rules" / "README.md"] = "\n".join(index) + "\n"
    files[DOCS / "report-schema.json"] = json.dumps(report_schema(), indent=2) + "\n"
    return files


def _builtins() -> dict[str, type]:
    """Only this distribution's checkers: installed plugins must not leak into our docs."""
    from newscheck.registry import discover  # noqa: PLC0415

    found, _ = discover()
    return {name: cls for name, cls in found.items() if cls.__module__.startswith("newscheck.")}


def main() -> None:
    for path, text in rendered().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(DOCS.parent)}")


if __name__ == "__main__":
    main()
