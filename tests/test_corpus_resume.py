"""Kill a corpus run at a random point, resume it, and get exactly the uninterrupted
output: one report per article, none lost, none twice, no half line (issue #9).

The runs are real ``newscheck check`` processes killed with SIGKILL, on a corpus the test
writes; the uninterrupted reference run happens in-process.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from corpus_data import read_reports, without_timings, write_corpus
from newscheck import Settings
from newscheck.cli import main
from newscheck.corpus import CorpusRun, run_corpus

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

SELECT = "RD"
ARTICLES = 400


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    write_corpus(path, ARTICLES)
    return path


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    output = tmp_path_factory.mktemp("reference") / "reports.jsonl"
    run_corpus(CorpusRun((str(corpus),), output, Settings(select=[SELECT])))
    reports = read_reports(output)
    assert len(reports) == ARTICLES
    return reports


def start(*args: str, cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "newscheck", "check", "--select", SELECT, *args],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own group, so cleanup reaches its workers too
    )


def lines_in(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def wait_for_lines(process: subprocess.Popen[bytes], path: Path, count: int) -> None:
    deadline = time.monotonic() + 60
    while lines_in(path) < count:
        assert process.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline, "the run wrote too slowly"
        time.sleep(0.01)


def finish(process: subprocess.Popen[bytes]) -> int:
    try:
        return process.wait(timeout=120)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_killed_run_resumes_to_the_uninterrupted_output(
    corpus: Path, reference: list[dict[str, object]], tmp_path: Path, jobs: str
) -> None:
    output = tmp_path / "reports.jsonl"
    at = random.Random(int(jobs)).randrange(20, 120)
    run = start("--jobs", jobs, "--output", str(output), str(corpus), cwd=tmp_path)
    try:
        wait_for_lines(run, output, at)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=30)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    written = read_reports(output)  # whole lines only: asserts there is no half line
    assert at <= len(written) < ARTICLES
    assert written == reference[: len(written)]

    again = start("--jobs", jobs, "--output", str(output), "--resume", str(corpus), cwd=tmp_path)
    assert finish(again) == 2, again.stderr.read() if again.stderr else ""  # bad lines: 2
    assert read_reports(output) == reference


def test_killed_worker_loses_nothing(
    corpus: Path, reference: list[dict[str, object]], tmp_path: Path
) -> None:
    output = tmp_path / "reports.jsonl"
    run = start("--jobs", "2", "--output", str(output), str(corpus), cwd=tmp_path)
    try:
        wait_for_lines(run, output, 40)
        workers = [
            p
            for p in psutil.Process(run.pid).children()
            if "resource_tracker" not in " ".join(p.cmdline())
        ]
        assert workers
        workers[0].kill()
        assert finish(run) == 2
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.stderr is not None
    assert b"a worker process died" in run.stderr.read()
    assert read_reports(output) == reference  # every article once, none an error report


def test_a_torn_last_line_is_cut_and_checked_again(
    corpus: Path, reference: list[dict[str, object]], tmp_path: Path
) -> None:
    output = tmp_path / "reports.jsonl"
    whole = [json.dumps(r) for r in reference[:30]]
    output.write_text("\n".join(whole) + "\n" + json.dumps(reference[30])[:57], encoding="utf-8")
    run_corpus(CorpusRun((str(corpus),), output, Settings(select=[SELECT]), resume=True))
    assert read_reports(output) == reference


def test_resume_counts_the_whole_output_in_the_summary(
    corpus: Path, reference: list[dict[str, object]], tmp_path: Path
) -> None:
    output = tmp_path / "reports.jsonl"
    output.write_text("".join(json.dumps(r) + "\n" for r in reference[:100]), encoding="utf-8")
    summary = run_corpus(CorpusRun((str(corpus),), output, Settings(select=[SELECT]), resume=True))
    assert (summary.articles, summary.resumed, summary.checked_now) == (ARTICLES, 100, 300)
    assert summary.failed == 2  # the broken line and the empty body
    assert summary.exit_code() == 2
    assert [without_timings(r) for r in read_reports(output)] == reference


def test_jobs_print_reports_in_input_order(
    corpus: Path, reference: list[dict[str, object]]
) -> None:
    command = ["check", "--select", SELECT, "--jobs", "2", "--format", "jsonl", str(corpus)]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 2  # the broken line and the empty body
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert [without_timings(json.loads(line)) for line in lines] == reference
