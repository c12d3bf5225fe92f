"""Corpus runs on Dask: a LocalCluster of two worker processes on loopback, driven by the
CLI's ``--scheduler``, by the documented bag recipe, and with a worker killed mid-run."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from corpus_data import read_reports, record, without_timings, write_corpus
from newscheck import Settings
from newscheck.cli import main
from newscheck.corpus import CorpusRun, check_records, run_corpus
from newscheck.corpus.dask_runner import SchedulerError, connect

distributed = pytest.importorskip("distributed")

SETTINGS = Settings(select=["RD"])
ARTICLES = 120


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        worker_dashboard_address=None,
    ) as local:
        yield local


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    write_corpus(path, ARTICLES)
    return path


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    output = tmp_path_factory.mktemp("reference") / "reports.jsonl"
    run_corpus(CorpusRun((str(corpus),), output, SETTINGS))
    return read_reports(output)


def test_cli_on_a_scheduler_writes_what_a_local_run_writes(
    cluster: Any, corpus: Path, reference: list[dict[str, Any]], tmp_path: Path
) -> None:
    output = tmp_path / "reports.jsonl"
    address = cluster.scheduler_address
    runner = CliRunner()
    written = runner.invoke(
        main,
        ["check", "--select", "RD", "--scheduler", address, "--output", str(output), str(corpus)],
    )
    assert written.exit_code == 2, written.output  # the corpus has two bad lines
    assert read_reports(output) == reference
    assert f"{ARTICLES} articles" in written.output

    printed = runner.invoke(
        main, ["check", "--select", "RD", "--scheduler", address, "--format", "jsonl", str(corpus)]
    )
    lines = [line for line in printed.stdout.splitlines() if line.startswith("{")]
    assert [without_timings(json.loads(line)) for line in lines] == reference


def test_the_scheduler_can_come_from_the_configuration(
    cluster: Any, corpus: Path, reference: list[dict[str, Any]], tmp_path: Path
) -> None:
    address = cluster.scheduler_address
    config = tmp_path / "newscheck.toml"
    config.write_text(f'select = ["RD"]\nscheduler = "{address}"\n', encoding="utf-8")
    output = tmp_path / "reports.jsonl"
    command = ["check", "--config", str(config), "--output", str(output), str(corpus)]
    with distributed.Client(address, set_as_default=False) as client:
        before = sum(client.run(_tasks_done).values())
        result = CliRunner().invoke(main, command)
        after = sum(client.run(_tasks_done).values())
    assert result.exit_code == 2, result.output
    assert read_reports(output) == reference
    assert after > before  # the work ran on the cluster


def _tasks_done(dask_worker: Any) -> int:
    return int(dask_worker.state.transition_counter)


def test_bag_recipe_gives_the_same_reports(cluster: Any) -> None:
    import dask.bag as db

    records = [record(n) for n in range(40)]
    with distributed.Client(cluster, set_as_default=False) as client:
        bag = db.from_sequence(records, npartitions=4).map_partitions(check_records, SETTINGS)
        reports = client.compute(bag).result()
    local = check_records(records, SETTINGS)
    assert [without_timings(r) for r in reports] == [without_timings(r) for r in local]
    assert [r["article"]["id"] for r in reports] == [r["id"] for r in records]


def test_a_killed_dask_worker_loses_nothing(
    cluster: Any, corpus: Path, reference: list[dict[str, Any]], tmp_path: Path
) -> None:
    output = tmp_path / "reports.jsonl"
    with distributed.Client(cluster, set_as_default=False) as client:
        pids = list(client.run(os.getpid).values())
        killed_at: list[int] = []

        def kill_one_worker() -> None:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                written = output.read_bytes().count(b"\n") if output.exists() else 0
                if written >= 5:
                    os.kill(pids[0], signal.SIGKILL)
                    killed_at.append(written)
                    return
                time.sleep(0.002)

        killer = threading.Thread(target=kill_one_worker)
        killer.start()
        summary = run_corpus(CorpusRun((str(corpus),), output, SETTINGS), client=client)
        killer.join()
    assert killed_at and killed_at[0] < ARTICLES // 2, killed_at  # killed mid-run
    assert summary.articles == ARTICLES
    assert read_reports(output) == reference


def test_an_unreachable_scheduler_is_a_clear_error() -> None:
    with pytest.raises(SchedulerError, match="cannot reach the Dask scheduler"):
        connect("tcp://127.0.0.1:9", timeout=0.5)
