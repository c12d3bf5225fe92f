"""Archive scale: articles per second on 1 and 2 workers and on Dask, memory per worker as
the corpus grows tenfold, and a run killed at random then resumed.

    python benchmarks/scale.py [--select RD] [--repeat 10] [--rounds 2] [--skip-dask]

Reads the BBC dev set (evaluation only) from ../shared/data (or $NEWSCHECK_DATA); the
tenfold corpus is the dev set repeated, written to a temporary folder and deleted after.
Each configuration runs in a fresh interpreter (``--one``) so its peak memory is its own.
The pipeline timed is the one ``newscheck check --output FILE`` runs: stream the corpus,
check in workers, append the reports in input order.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_file, read_jsonl

CONFIGS = ("in-process", "1-worker", "2-workers", "dask-2-workers")


def _hwm_mb(pid: int) -> float | None:
    """Peak resident memory (VmHWM) of a process, from /proc (Linux)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class _PeakSampler(threading.Thread):
    """Polls the peak memory of the processes ``pids()`` names, keeping each one's last
    reading (VmHWM only grows, so the last reading before a process exits is its peak)."""

    def __init__(self, pids: Callable[[], list[int]]) -> None:
        super().__init__(daemon=True)
        self.pids = pids
        self.peaks: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.2):
            self.sample()

    def sample(self) -> None:
        for pid in self.pids():
            mb = _hwm_mb(pid)
            if mb is not None:
                self.peaks[pid] = max(mb, self.peaks.get(pid, 0.0))


def _pool_workers() -> list[int]:
    import psutil

    return [
        p.pid
        for p in psutil.Process().children(recursive=True)
        if "resource_tracker" not in " ".join(p.cmdline())
    ]


def one(config: str, corpus: Path, select: list[str]) -> dict[str, Any]:
    """Run one configuration in this process; the figures as a dict."""
    from newscheck import Settings
    from newscheck.corpus import iter_inputs, work
    from newscheck.corpus.outputs import JsonlOutput
    from newscheck.corpus.streams import line_stream

    settings = Settings(select=select)
    started = time.perf_counter()
    cluster = client = None
    items = iter_inputs([str(corpus)])
    if config == "in-process":
        stream: Iterator[work.Checked] = line_stream(items, config=settings, jobs=1)
        workers: Callable[[], list[int]] = lambda: [os.getpid()]  # noqa: E731
    elif config in ("1-worker", "2-workers"):
        jobs = 1 if config == "1-worker" else 2
        if jobs == 1:  # line_stream runs one job in-process; time a real worker here
            stream = _one_worker(items, settings.model_dump_json(by_alias=True))
        else:
            stream = line_stream(items, config=settings, jobs=2)
        workers = _pool_workers
    else:
        from distributed import Client, LocalCluster

        cluster = LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster, set_as_default=False)
        dask_pids = list(client.run(os.getpid).values())
        stream = line_stream(items, config=settings, client=client)
        workers = lambda: dask_pids  # noqa: E731
    sampler = _PeakSampler(workers)
    sampler.start()
    stamps = []
    with tempfile.TemporaryDirectory() as folder:
        output = JsonlOutput(Path(folder) / "reports.jsonl")
        for checked in stream:
            output.write(checked)
            stamps.append(time.perf_counter())
        output.close()
    sampler.sample()
    sampler.stop.set()
    if client is not None and cluster is not None:
        client.close()
        cluster.close()
    count = len(stamps)
    low, high = count // 10, count * 95 // 100
    peaks = sorted(
        v for k, v in sampler.peaks.items() if k != os.getpid() or config == "in-process"
    )
    return {
        "config": config,
        "articles": count,
        "first_report_s": stamps[0] - started,
        "total_s": stamps[-1] - started,
        "steady_per_s": (high - low) / (stamps[high] - stamps[low]),
        "worker_peak_mb": peaks,
        "parent_peak_mb": _hwm_mb(os.getpid()),
        "parent_cpu_s": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
    }


def _one_worker(items: Iterator[Any], settings_json: str) -> Iterator[Any]:
    import functools

    from newscheck.corpus import work
    from newscheck.corpus.runner import ordered_map

    return ordered_map(
        functools.partial(work.check_lines, settings_json=settings_json),
        items,
        jobs=1,
        initializer=work.start,
        initargs=(settings_json,),
        crashed=work.crashed_line,
        batch=2,
    )


def _run_one(config: str, corpus: Path, select: str) -> dict[str, Any]:
    command = [sys.executable, __file__, "--one", config, "--corpus", str(corpus)]
    command += ["--select", select] if select else []
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def _engine_build_s(select: str) -> float:
    code = (
        "import time; t = time.perf_counter(); import newscheck; "
        f"newscheck.Engine(newscheck.Settings(select={[s for s in select.split(',') if s]!r}));"
        " print(time.perf_counter() - t)"
    )
    best = min(
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    )
    return best


def _repeat(source: Path, times: int, folder: Path) -> Path:
    """The corpus ``times`` over, each copy's ids made unique (``id#k``)."""
    target = folder / f"bbc_x{times}.jsonl"
    rows = list(read_jsonl(source))
    with target.open("w", encoding="utf-8") as out:
        for copy in range(times):
            for row in rows:
                out.write(json.dumps({**row, "id": f"{row['id']}#{copy}"}) + "\n")
    return target


def _kill_and_resume(corpus: Path, select: str, folder: Path) -> str:
    """Uninterrupted `--jobs 2` run, then a run SIGKILLed at a random point and resumed:
    do the outputs match, ignoring timings?"""
    base = [sys.executable, "-m", "newscheck", "check", "--jobs", "2"]
    base += ["--select", select] if select else []
    whole, cut = folder / "whole.jsonl", folder / "cut.jsonl"
    started = time.perf_counter()
    subprocess.run([*base, "--output", str(whole), str(corpus)], capture_output=True, check=False)
    cli_s = time.perf_counter() - started
    total = whole.read_bytes().count(b"\n")
    at = random.randrange(total // 10, total * 9 // 10)
    process = subprocess.Popen(
        [*base, "--output", str(cut), str(corpus)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    while not cut.exists() or cut.read_bytes().count(b"\n") < at:
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    written = cut.read_bytes().count(b"\n")
    subprocess.run(
        [*base, "--output", str(cut), "--resume", str(corpus)], capture_output=True, check=False
    )

    def reports(path: Path) -> list[Any]:
        out = []
        for line in path.read_bytes().splitlines():
            report = json.loads(line)
            for checker in report["checkers"]:  # timings: "ms", and metrics such as harper_ms
                checker.pop("ms", None)
                metrics = checker.get("metrics", {})
                checker["metrics"] = {k: v for k, v in metrics.items() if not k.endswith("_ms")}
            out.append(report)
        return out

    same = reports(whole) == reports(cut)
    return (
        f"`newscheck check --jobs 2 --output` on {total:,} articles: {cli_s:.1f} s end to end. "
        f"Killed (SIGKILL) after {written:,} reports were written, resumed: "
        f"{'identical' if same else 'DIFFERENT'} to the uninterrupted output apart from "
        f"timings ({reports(cut).__len__():,} reports)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--select", default="", help="rule codes, e.g. RD (default: all)")
    parser.add_argument("--repeat", type=int, default=10, help="the larger corpus, x dev set")
    parser.add_argument("--rounds", type=int, default=2, help="runs per configuration")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-kill", action="store_true")
    parser.add_argument("--one", choices=CONFIGS, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    select = [s for s in args.select.split(",") if s]
    if args.one:
        print(json.dumps(one(args.one, args.corpus, select)))
        return

    bbc = data_file("bbc_dev.jsonl")
    print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.2f}")
    print(
        f"engine build in a fresh interpreter (start-up per worker): "
        f"{_engine_build_s(args.select):.2f} s"
    )
    configs = [c for c in CONFIGS if not (args.skip_dask and c.startswith("dask"))]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        runs: dict[str, list[dict[str, Any]]] = {config: [] for config in configs}
        for _ in range(args.rounds):  # interleaved, best of the rounds: noise only slows
            for config in configs:
                runs[config].append(_run_one(config, bbc, args.select))
        rows = [max(runs[c], key=lambda r: r["steady_per_s"]) for c in configs]
        big = _repeat(bbc, args.repeat, folder)
        rows.append(
            {**_run_one("2-workers", big, args.select), "config": f"2-workers x{args.repeat}"}
        )
        kill = "" if args.skip_kill else _kill_and_resume(bbc, args.select, folder)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    print()
    print(
        "| run | articles | first report s | steady articles/s | total s "
        "| peak MB per worker | parent peak MB | parent CPU s |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        peaks = ", ".join(f"{mb:.0f}" for mb in r["worker_peak_mb"])
        print(
            f"| {r['config']} | {r['articles']:,} | {r['first_report_s']:.2f} "
            f"| {r['steady_per_s']:.1f} | {r['total_s']:.1f} | {peaks} "
            f"| {r['parent_peak_mb']:.0f} | {r['parent_cpu_s']:.1f} |"
        )
    by = {r["config"]: r["steady_per_s"] for r in rows}
    print()
    print(
        f"2 workers / 1 worker: {by['2-workers'] / by['1-worker']:.2f}x; "
        f"2 workers / in-process: {by['2-workers'] / by['in-process']:.2f}x"
    )
    if "dask-2-workers" in by:
        print(f"Dask 2 workers / --jobs 2: {by['dask-2-workers'] / by['2-workers']:.2f}")
    if kill:
        print(kill)


if __name__ == "__main__":
    main()
