"""Generated corpora for the corpus-run tests: short articles written by the tests
themselves (never evaluation data), with the awkward lines a real export has."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_SENTENCES = (
    "The council approved the harbour budget on Monday after a long debate.",
    "Officials said the ferry would run every hour from the spring.",
    "Residents, many of whom had waited years for a reliable service across the water "
    "and who had written to the council more than once about the cancelled crossings, "
    "welcomed the decision at a packed public meeting in the town hall on Monday night.",
    "The operator said fares would stay the same.",
    "A spokesperson declined to comment on the cost.",
    "Work on the new pier is expected to start in May.",
)


def record(number: int) -> dict[str, Any]:
    """Article ``number``: a few sentences, different from its neighbours."""
    body = " ".join(
        f"{_SENTENCES[(number + k) % len(_SENTENCES)]} It was item {number * 7 + k}."
        for k in range(3 + number % 4)
    )
    return {"id": f"story-{number}", "title": f"Harbour story {number}", "text": body}


def write_corpus(path: Path, count: int) -> int:
    """A JSONL corpus of ``count`` lines; the number of reports a run gives for it (one
    per non-blank line). Some lines have no id, one repeats an id, one is broken JSON and
    one has an empty body, so identity and error reports are exercised too."""
    lines = []
    for number in range(count):
        item = record(number)
        if number % 37 == 5:
            del item["id"]  # gets a file:line id
        if number == 50:
            item["id"] = "story-10"  # a repeated id in a real export
        if number == 120:
            item["text"] = ""
        lines.append("{broken json" if number == 77 else json.dumps(item))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count


def without_timings(report: dict[str, Any]) -> dict[str, Any]:
    """A report without its ``ms`` fields, the only part that differs between runs."""
    return {
        **report,
        "checkers": [{k: v for k, v in c.items() if k != "ms"} for c in report["checkers"]],
    }


def read_reports(path: Path) -> list[dict[str, Any]]:
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "the output ends in a half line"
    return [without_timings(json.loads(line)) for line in data.splitlines()]
