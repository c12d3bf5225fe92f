"""Corpus inputs (folders, globs, Parquet) and outputs (Parquet datasets that survive a
crash at any step of sealing a part), plus the summary and the progress line."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from corpus_data import read_reports, write_corpus
from newscheck import Article, LoadError, Settings
from newscheck.cli import main
from newscheck.corpus import CorpusRun, Summary, iter_inputs, run_corpus
from newscheck.corpus.digest import Digest
from newscheck.corpus.inputs import count_inputs
from newscheck.corpus.optional import MissingExtraError
from newscheck.corpus.progress import Progress

SETTINGS = Settings(select=["RD"])


def test_folders_and_globs_expand_to_article_files_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("Alpha story.\n\nThe alpha body.", encoding="utf-8")
    (tmp_path / "b" / "c.md").write_text("# Gamma\n\nThe gamma body.", encoding="utf-8")
    (tmp_path / "b" / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("Not an article.", encoding="utf-8")
    write_corpus(tmp_path / "b" / "d.jsonl", 3)
    from_folder = [a.path for a in iter_inputs([str(tmp_path)]) if isinstance(a, Article)]
    names = [os.path.relpath(p, tmp_path) for p in from_folder if p]
    assert names == ["a.txt", "b/c.md", "b/d.jsonl", "b/d.jsonl", "b/d.jsonl"]
    globbed = list(iter_inputs([str(tmp_path / "**" / "*.md")]))
    assert [a.title for a in globbed if isinstance(a, Article)] == ["Gamma"]
    assert count_inputs([str(tmp_path)]) == 5


def test_a_glob_or_folder_without_articles_is_a_load_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (missing,) = iter_inputs([str(tmp_path / "*.jsonl")])
    (empty,) = iter_inputs([str(tmp_path / "empty")])
    assert isinstance(missing, LoadError) and "no files match" in str(missing)
    assert isinstance(empty, LoadError) and "holds no article files" in str(empty)


def test_parquet_corpus_rows_become_articles_and_bad_rows_errors(tmp_path: Path) -> None:
    path = tmp_path / "corpus.parquet"
    table = pa.table(
        {
            "id": pa.array([7, None, 9]),
            "title": ["Seven", "Eight", "Nine"],
            "text": ["The seventh story.", "The eighth story.", None],
            "published": pa.array([0, 86_400_000, 0], type=pa.timestamp("ms")),
            "section": ["news", "sport", "news"],  # unknown columns are ignored
        }
    )
    pq.write_table(table, path)
    seven, eight, nine = iter_inputs([str(path)])
    assert isinstance(seven, Article) and isinstance(eight, Article)
    assert (seven.id, seven.title, seven.body) == ("7", "Seven", "The seventh story.")
    assert eight.id == "corpus.parquet:2" and eight.published == "1970-01-02T00:00:00"
    assert isinstance(nine, LoadError) and "row 3" in str(nine) and "'text'" in str(nine)
    assert count_inputs([str(path)]) == 3


def _tables(folder: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    articles = pq.read_table(folder / "articles").to_pylist()
    for row in articles:
        row.pop("ms")
    return articles, pq.read_table(folder / "findings").to_pylist()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    write_corpus(path, 60)
    return path


@pytest.fixture(scope="module")
def reference(
    corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("reference") / "reports.parquet"
    run_corpus(CorpusRun((str(corpus),), folder, SETTINGS, parquet_part_rows=7))
    return _tables(folder)


def test_parquet_output_has_a_row_per_article_and_per_finding(
    corpus: Path, reference: tuple[list[dict[str, Any]], list[dict[str, Any]]], tmp_path: Path
) -> None:
    jsonl = tmp_path / "reports.jsonl"
    run_corpus(CorpusRun((str(corpus),), jsonl, SETTINGS))
    reports = read_reports(jsonl)
    articles, findings = reference
    assert [(a["path"], a["id"]) for a in articles] == [
        (r["article"]["path"], r["article"]["id"]) for r in reports
    ]
    assert [a["score"] for a in articles] == [r["score"] for r in reports]
    assert [a["findings_readability"] for a in articles if a["error"] is None] == [
        len(r["findings"]) for r in reports if r["error"] is None
    ]
    assert len(findings) == sum(len(r["findings"]) for r in reports) > 0
    assert {"rule", "start", "end", "text", "message", "suggestions"} <= set(findings[0])


class _Crash(BaseException):
    """Stands for the process dying at this point."""


def _crash_on(monkeypatch: pytest.MonkeyPatch, target: Any, name: str, after: int) -> None:
    real = getattr(target, name)
    calls = 0

    def failing(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls > after:
            raise _Crash
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, failing)


@pytest.mark.parametrize(
    ("where", "after"),
    [("replace", 2), ("replace", 3), ("unlink", 1)],  # each part: two renames, one unlink
    ids=["before-renames", "between-renames", "before-journal-deleted"],
)
def test_parquet_run_crashing_while_sealing_resumes_exactly(
    corpus: Path,
    reference: tuple[list[dict[str, Any]], list[dict[str, Any]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    after: int,
) -> None:
    folder = tmp_path / "reports.parquet"
    run = CorpusRun((str(corpus),), folder, SETTINGS, parquet_part_rows=7)
    with monkeypatch.context() as patch:
        target = os if where == "replace" else Path
        _crash_on(patch, target, where, after)
        with pytest.raises(_Crash):
            run_corpus(run)
    resumed = run_corpus(CorpusRun(**{**run.__dict__, "resume": True}))
    assert _tables(folder) == reference
    assert resumed.articles == 60 and 0 < resumed.resumed < 60
    assert not list(folder.rglob("*.tmp")) and not list(folder.glob("journal-*"))


def test_parquet_run_killed_mid_run_resumes_exactly(
    corpus: Path,
    reference: tuple[list[dict[str, Any]], list[dict[str, Any]]],
    tmp_path: Path,
) -> None:
    folder = tmp_path / "reports.parquet"
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "import newscheck.corpus.work as work\n"
        "from newscheck import Settings\n"
        "from newscheck.corpus import CorpusRun, run_corpus\n"
        "real = work.check_item\n"
        "def slow(engine, item):\n"
        "    time.sleep(0.01)\n"
        "    return real(engine, item)\n"
        "work.check_item = slow\n"
        "run_corpus(CorpusRun((sys.argv[1],), Path(sys.argv[2]), Settings(select=['RD']),"
        " parquet_part_rows=7))\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script, str(corpus), str(folder)])
    try:
        deadline = time.monotonic() + 60
        while not (folder / "articles" / "part-00002.parquet").exists():
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    run_corpus(CorpusRun((str(corpus),), folder, SETTINGS, resume=True, parquet_part_rows=7))
    assert _tables(folder) == reference


def test_existing_output_needs_resume_and_a_known_suffix(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "reports.jsonl"
    output.write_text(json.dumps({"not": "empty"}) + "\n", encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(main, ["check", "--output", str(output), str(corpus)])
    assert refused.exit_code == 2 and "--resume" in refused.output
    odd = runner.invoke(main, ["check", "--output", str(tmp_path / "r.csv"), str(corpus)])
    assert odd.exit_code == 2 and ".jsonl" in odd.output
    foreign = runner.invoke(main, ["check", "--output", str(output), "--resume", str(corpus)])
    assert foreign.exit_code == 2 and "not a newscheck report" in foreign.output


def test_missing_pyarrow_names_the_extra(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # what an install without it does
    with pytest.raises(MissingExtraError, match=r"pip install 'newscheck\[scale\]'"):
        run_corpus(CorpusRun((str(corpus),), tmp_path / "r.parquet", SETTINGS))
    result = CliRunner().invoke(main, ["check", "--output", str(tmp_path / "r.parquet"), "x"])
    assert result.exit_code == 2 and "newscheck[scale]" in result.output


def _digest(score: float, verdict: str = "pass", **changes: Any) -> Digest:
    fields: dict[str, Any] = {
        "key": (None, None),
        "failed": False,
        "complete": True,
        "verdict": verdict,
        "score": score,
        "rules": (),
        **changes,
    }
    return Digest(**fields)


def test_summary_counts_and_exit_code_follow_the_cli_rules() -> None:
    summary = Summary(fail_under=50)
    for score in range(0, 100, 10):
        summary.add(_digest(score + 5, rules=("RD001",) * (score // 30)))
    assert summary.percentile(0.5) == 45 and summary.deciles() == [1] * 10
    assert summary.rules["RD001"] == 0 + 0 + 0 + 1 + 1 + 1 + 2 + 2 + 2 + 3
    assert summary.exit_code() == 1  # scores under 50
    summary.add(_digest(90, complete=False))
    assert summary.exit_code() == 3
    summary.add(_digest(0, "fail", failed=True), resumed=True)
    assert summary.exit_code() == 2 and summary.resumed == 1 and summary.failed == 1
    text = summary.render()
    assert "12 articles (1 already in the output, 11 now)" in text and "RD001" in text


def test_progress_shows_articles_per_second_and_a_bar_when_the_total_is_known() -> None:
    stream = io.StringIO()
    progress = Progress(stream, total=200, label="checking")
    start = time.monotonic()
    progress.done = 50
    line = progress.line(start + 2.0)
    assert "25%" in line and "50/200" in line and "articles/s" in line and "ETA" in line
    assert "articles/s" in Progress(stream).line(start + 1)
