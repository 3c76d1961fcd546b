"""Whole caseloads: cases a second on 1 and 2 processes, and memory as the file grows.

Run:  .venv/bin/python benchmarks/bench_batch.py [--sizes 10000 100000] [--repeats 3]

A caseload of generated, fictional cases (the 20-event Program Area 5 timeline of
bench_compliance.py, shifted by a different number of days per case, every tenth case with
fewer events, every hundredth invalid) is written as JSON Lines to a temporary folder. Then:

    api jobs=N     list(check_cases(lines, as_of, jobs=N)) in this process: the reports
                   themselves (with jobs=2, each chunk's reports pickled back with rules and
                   calendars as references); cases a second over wall-clock time, and the
                   ratio jobs=2 / jobs=1 (the target: near 2 on 2 free cores)
    api cpu        where the CPU goes, per case, independent of the neighbours' load: the
                   whole check in this process (jobs=1); with jobs=2, each worker's check and
                   packing, and this process's share (sending, unpacking the reports); and the
                   speed-up those costs allow on 2 free cores
    api records    the same with then=ComplianceReport.to_records: the records a DataFrame
                   needs made in the workers, and only they sent back
    transfer       the same costs measured one after the other in this process (evaluate,
                   pack, send, unpack a chunk of 64): the bound they set on 2 free cores,
                   free of the neighbours (on a shared machine the workers' own CPU time per
                   case rises with the load: caches and memory bandwidth are shared too)
    pickle         one chunk (64 reports) pickled and unpickled whole, against the batch's
                   reference pickling: why the batch does not pickle reports naively
    cli jobs=N     `coregs batch check FILE --as-of ... --jobs N > /dev/null` as a whole
                   process: cases a second, and the peak resident memory of the largest
                   process (the CLI, or a worker): streaming means it stays flat as the
                   file grows (10,000 against 100,000 cases)

Wall-clock figures on a shared machine move with the neighbours' load: each is the best of
the repeats, and the two sides of a ratio are measured alternately in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench_compliance import EVENTS
from coregs import ComplianceReport, check_cases
from coregs._batch._pool import Task, ordered_map
from coregs._batch._run import CheckTask, Item
from coregs.cli._batch import _Lines

AS_OF = date(2026, 12, 1)
CLI = Path(sys.executable).with_name("coregs")


def _case(i: int) -> dict[str, object]:
    shift = timedelta(days=-(i % 200))
    events = EVENTS if i % 10 else EVENTS[:8]
    out = []
    for e in events:
        day = date.fromisoformat(str(e["date"])) + shift
        out.append({**e, "date": day.isoformat()})
    if i % 100 == 99:
        out[0] = {**out[0], "date": "2026-02-30"}  # no such day: a failed case
    return {"case_ref": f"BENCH-{i:06d}", "program_area": 5, "events": out}


def write_caseload(folder: Path, n: int) -> Path:
    path = folder / f"cases-{n}.jsonl"
    with path.open("w") as f:
        for i in range(n):
            f.write(json.dumps(_case(i), separators=(",", ":")) + "\n")
    return path


def api_rate(lines: list[str], jobs: int, then: Any = None) -> float:
    start = time.perf_counter()
    results = list(check_cases(lines, AS_OF, jobs=jobs, then=then))
    elapsed = time.perf_counter() - start
    assert len(results) == len(lines)
    return len(lines) / elapsed


class _Timed(Task[Item, object]):
    """A batch task, with each worker's CPU time (its calls and its packing) sent back next
    to its results."""

    def __init__(self, inner: Task[Item, object]) -> None:
        self.inner = inner
        self.spent = 0.0
        self.workers: dict[int, float] = {}

    def __call__(self, item: Item) -> object:
        start = time.process_time()
        result = self.inner(item)
        self.spent += time.process_time() - start
        return result

    def pack(self, results: list[object]) -> object:
        start = time.process_time()
        packed = self.inner.pack(results)
        self.spent += time.process_time() - start
        return (os.getpid(), self.spent, packed)

    def unpack(self, packed: object) -> list[object]:
        pid, spent, data = packed  # type: ignore[misc]
        self.workers[pid] = spent
        return self.inner.unpack(data)


def cpu_figures(name: str, task: Task[Item, object], lines: list[str]) -> str:
    """CPU µs per case: inline; workers' and this process's with jobs=2; the 2-core bound."""
    n = len(lines)
    items = [(i, "", x) for i, x in enumerate(lines)]
    start = time.process_time()
    for _ in ordered_map(task, items, jobs=1):
        pass
    inline = (time.process_time() - start) / n * 1e6
    timed = _Timed(task)
    start = time.process_time()
    for _ in ordered_map(timed, items, jobs=2):
        pass
    parent = (time.process_time() - start) / n * 1e6
    worker = sum(timed.workers.values()) / n * 1e6
    bound = min(2 / (worker + parent), 2 / worker, 1 / parent) * inline
    return (
        f"{name} cpu per case: jobs=1 {inline:.0f} µs; jobs=2 workers {worker:.0f} µs + this "
        f"process {parent:.0f} µs: on 2 free cores at most x{bound:.2f}"
    )


def transfer_figures(name: str, task: Task[Item, object], lines: list[str]) -> str:
    """CPU µs per case of each step of a chunk's round trip, measured in this process."""
    items = [(i, "", x) for i, x in enumerate(lines[:64])]

    def best(fn: Any) -> float:
        times = []
        for _ in range(7):
            start = time.process_time()
            fn()
            times.append(time.process_time() - start)
        return min(times) / len(items) * 1e6

    results = [task(item) for item in items]
    packed = task.pack(results)
    evaluate = best(lambda: [task(item) for item in items])
    pack = best(lambda: task.pack(results))
    send = best(lambda: pickle.loads(pickle.dumps(items)))
    unpack = best(lambda: task.unpack(packed))
    bound = 2 * evaluate / (evaluate + pack + send + unpack)
    return (
        f"{name} transfer per case: evaluate {evaluate:.0f} µs, pack {pack:.1f}, send "
        f"{send:.1f}, unpack {unpack:.1f}: on 2 free cores at most x{bound:.2f}"
    )


def pickle_figures(lines: list[str]) -> str:
    task = CheckTask(as_of=AS_OF)
    reports = [task((i, "", line)) for i, line in enumerate(lines[:64])]

    def cost(dump: object, load: object) -> tuple[int, float]:
        best = float("inf")
        size = 0
        for _ in range(5):
            start = time.process_time()
            data = dump(reports)  # type: ignore[operator]
            load(data)  # type: ignore[operator]
            best = min(best, time.process_time() - start)
            size = len(data)
        return size, best * 1000

    naive = cost(pickle.dumps, pickle.loads)
    refs = cost(task.pack, task.unpack)
    return (
        f"pickle  64 reports whole: {naive[0] / 1024:.0f} KiB, {naive[1]:.1f} ms dump+load; "
        f"rules and calendars as references: {refs[0] / 1024:.0f} KiB, {refs[1]:.1f} ms "
        f"({naive[1] / refs[1]:.1f}x less)"
    )


_PEAK = (
    "import resource, subprocess, sys\n"
    "with open(sys.argv[1], 'wb') as out:\n"
    "    subprocess.run(sys.argv[2:], stdout=out, check=False)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def cli_run(path: Path, n: int, jobs: int) -> tuple[float, int]:
    """(cases a second, peak RSS in KiB of the largest process) for one whole CLI run."""
    cmd = [str(CLI), "batch", "check", str(path), "--as-of", AS_OF.isoformat()]
    cmd += ["--jobs", str(jobs)]
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, "/dev/null", *cmd],
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.perf_counter() - start
    return n / elapsed, int(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {n: write_caseload(folder, n) for n in args.sizes}
        small = min(args.sizes)
        lines = files[small].read_text().splitlines()
        print(pickle_figures(lines))
        print(cpu_figures("api", CheckTask(as_of=AS_OF), lines))  # type: ignore[arg-type]
        records = CheckTask(as_of=AS_OF, then=ComplianceReport.to_records)
        print(cpu_figures("api records", records, lines))  # type: ignore[arg-type]
        print(transfer_figures("api", CheckTask(as_of=AS_OF), lines))  # type: ignore[arg-type]
        print(transfer_figures("api records", records, lines))  # type: ignore[arg-type]
        cli = _Lines(CheckTask(as_of=AS_OF), "report", as_csv=False)
        print(cpu_figures("cli", cli, lines))  # type: ignore[arg-type]
        for label, then in (("api", None), ("api records", ComplianceReport.to_records)):
            rates: dict[int, list[float]] = {1: [], 2: []}
            for _ in range(args.repeats):
                for jobs in (1, 2):
                    rates[jobs].append(api_rate(lines, jobs, then))
            one, two = max(rates[1]), max(rates[2])
            print(
                f"{label:<11} {small:,} cases: jobs=1 {one:,.0f}/s, jobs=2 {two:,.0f}/s "
                f"(x{two / one:.2f}; best of {args.repeats}, wall clock, pool start-up "
                "included)"
            )
        for n, path in files.items():
            runs: dict[int, list[tuple[float, int]]] = {1: [], 2: []}
            for _ in range(args.repeats if n == small else 1):
                for jobs in (1, 2):
                    runs[jobs].append(cli_run(path, n, jobs))
            for jobs, got in runs.items():
                rate = max(r for r, _ in got)
                peak = max(m for _, m in got)
                print(
                    f"cli     {n:,} cases ({path.stat().st_size / 2**20:.0f} MiB), jobs={jobs}: "
                    f"{rate:,.0f} cases/s, peak RSS {peak / 1024:.0f} MiB"
                )


if __name__ == "__main__":
    main()
