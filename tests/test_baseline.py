"""--baseline: record current findings, then report only new ones, scored on what is new."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from newscheck.cli import main

STORY = """Ferry returns to the island

The ferry moved towards the harbour on Monday morning, the first crossing in six weeks.

Islanders said the service had been okay before the storm damaged the pier.

The operator said repairs would cost about two million pounds."""

CONFIG = 'select = ["HS002"]\n'


def _run(folder: Path, *args: str) -> tuple[int, dict[str, Any], str]:
    result = CliRunner().invoke(
        main, ["check", "--format", "json", "--config", str(folder / "newscheck.toml"), *args]
    )
    report = json.loads(result.stdout) if result.stdout.strip() else {}
    return result.exit_code, report, result.stderr


def test_first_run_writes_the_baseline_and_later_runs_report_only_new_findings(
    tmp_path: Path,
) -> None:
    (tmp_path / "newscheck.toml").write_text(CONFIG, encoding="utf-8")
    story = tmp_path / "ferry.txt"
    story.write_text(STORY, encoding="utf-8")
    baseline = tmp_path / "baseline.json"

    _, first, note = _run(tmp_path, "--baseline", str(baseline), str(story))
    assert "wrote baseline" in note
    assert len(first["findings"]) == 2
    recorded = json.loads(baseline.read_text(encoding="utf-8"))
    assert recorded["version"] == 1
    assert sorted(recorded["fingerprints"][str(story)]) == sorted(
        f["fingerprint"] for f in first["findings"]
    )

    _, again, note = _run(tmp_path, "--baseline", str(baseline), str(story))
    assert again["findings"] == [] and again["baselined"] == 2 and note == ""
    assert again["score"] == 100.0

    edited = STORY + "\n\nPassengers will be able to book by e-mail from next week."
    story.write_text(edited, encoding="utf-8")
    _, new, _ = _run(tmp_path, "--baseline", str(baseline), str(story))
    assert [f["text"] for f in new["findings"]] == ["e-mail"]
    assert new["baselined"] == 2

    _, updated, note = _run(tmp_path, "--baseline", str(baseline), "--update-baseline", str(story))
    assert "wrote baseline" in note and len(updated["findings"]) == 3
    _, after, _ = _run(tmp_path, "--baseline", str(baseline), str(story))
    assert after["findings"] == [] and after["baselined"] == 3


def test_a_bad_baseline_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "newscheck.toml").write_text(CONFIG, encoding="utf-8")
    story = tmp_path / "ferry.txt"
    story.write_text(STORY, encoding="utf-8")
    bad = tmp_path / "baseline.json"
    bad.write_text('{"fingerprints": []}', encoding="utf-8")
    code, _, note = _run(tmp_path, "--baseline", str(bad), str(story))
    assert code == 2 and "not a newscheck baseline" in note
    code, _, note = _run(tmp_path, "--update-baseline", str(story))
    assert code == 2 and "needs --baseline" in note
