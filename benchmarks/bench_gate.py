"""The gate's cost: reading a valid document, and refusing a 2 MB, 20 MB and 200 MB one.

Run:  .venv/bin/python benchmarks/bench_gate.py [--old=SRC ...]

Valid documents (the common path): ``Case.parse_json`` of the 14-event example
(``examples/case-late-and-overdue.json``) and ``IVEFacts.parse_json`` of the court-ordered facts
(``examples/iv-e-court-ordered.json``): limits, parsing, validation and the masking that keeps
case values out of errors; CPU µs per document, best and median of the repeats. With
``--old=SRC`` (the ``src`` folder of another checkout; repeatable), the same side by side with
this tree (``_paired.py``: interleaved child processes, CPU time).

Issue 10 measured, before the gate existed: a 2 MB file of a million events ran past 120 s and
1.6 GB before any answer; a 200 MB file took 53 s and 4.4 GB to be refused. ``--old=SRC`` runs
``coregs check FILE`` of a checkout before the gate (its ``src`` folder), on the 2 MB input
only, in a child process capped at 1 GB of memory and 60 s of CPU; the larger inputs would take
minutes and gigabytes.

Inputs (default limits: max_bytes 8 MiB, max_depth 32, max_items 200,000):
    events {}     ``{"events": [{}, {}, ...]}``: 2 MB is ~700,000 events; refused on max_items
                  (20 and 200 MB on max_bytes)
    1M events     a million ``{}`` events (3 MB): the issue's case; refused on max_items
    well-formed   ``{"kind": "case_opened", "date": "2026-01-02"}`` events (2 MB: ~46,000):
                  under every limit, so parsed, then refused on the format's bound (at most
                  10,000 events) before a single event is validated
    deep          ``[[[[...]]]]`` nested 1 MB deep (2 MB): refused on max_items
    strings       ``["", "", ...]``: refused on max_items before the strings are blanked

Routes: ``Case.parse_json(bytes)`` (the bytes already in memory), and ``coregs check FILE``
(the file is refused from its size, before it is read; in-process, stdout discarded).

Figures: CPU time (``time.process_time``), min and median of 5 repeats, in milliseconds, and
the peak of memory allocated while refusing (``tracemalloc``), the input itself not counted.
"""

from __future__ import annotations

import contextlib
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from coregs import Case, CoregsError
from coregs.cli import main as cli

REPEATS = 5
MB = 1_000_000


def _events(size: int) -> bytes:
    head, item, tail = b'{"events": [', b"{},", b"{}]}"
    return head + item * ((size - len(head) - len(tail)) // len(item)) + tail


def _well_formed(size: int) -> bytes:
    event = json.dumps({"kind": "case_opened", "date": "2026-01-02"}).encode() + b","
    return b'{"events": [' + event * ((size - 40) // len(event)) + b"{}]}"


def _deep(size: int) -> bytes:
    return b"[" * (size // 2) + b"]" * (size // 2)


def _strings(size: int) -> bytes:
    return b"[" + b'"",' * (size // 3 - 1) + b'""]'


INPUTS: list[tuple[str, Callable[[int], bytes], tuple[int, ...]]] = [
    ("events {}", _events, (2 * MB, 20 * MB, 200 * MB)),
    ("1M events", lambda _: b'{"events": [' + b"{}," * 999_999 + b"{}]}", (3 * MB,)),
    ("well-formed", _well_formed, (2 * MB,)),
    ("deep", _deep, (2 * MB,)),
    ("strings", _strings, (2 * MB,)),
]


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def parse_case() -> Callable[[], object]:
    """``Case.parse_json`` of the 14-event example (a workload for ``_paired.py``)."""
    text = (EXAMPLES / "case-late-and-overdue.json").read_text()
    return lambda: Case.parse_json(text)


def parse_facts() -> Callable[[], object]:
    """``IVEFacts.parse_json`` of the court-ordered example (a workload for ``_paired.py``)."""
    from coregs.eligibility import IVEFacts

    text = (EXAMPLES / "iv-e-court-ordered.json").read_text()
    return lambda: IVEFacts.parse_json(text)


def valid_documents(old: list[str]) -> None:
    """The valid-input path: µs per document, here and side by side with ``old`` trees."""
    print("valid documents: CPU µs per document (best / median of 9 loops of 2,000)")
    for name, workload in (("case, 14 events", parse_case), ("IV-E facts", parse_facts)):
        call = workload()
        samples = []
        for _ in range(9):
            t0 = time.process_time()
            for _ in range(2_000):
                call()
            samples.append((time.process_time() - t0) / 2_000 * 1e6)
        print(f"  {name:<16} {min(samples):6.1f} / {statistics.median(samples):6.1f}")
    if old:
        from _paired import paired, report

        names = [f"old{i + 1}" if len(old) > 1 else "old" for i in range(len(old))] + ["this"]
        for workload in ("parse_case", "parse_facts"):
            samples = paired(f"bench_gate:{workload}", [*old, None], calls=500, rounds=11)
            report(workload, samples, names)


def _refusal(call: Callable[[], object]) -> str:
    try:
        call()
    except CoregsError as exc:
        return type(exc).__name__ + ": " + str(exc)
    return "accepted"


def measure(call: Callable[[], object]) -> tuple[float, float, float, str]:
    """(min ms, median ms, peak MB, what was said): times over REPEATS refusals, the peak in
    one more (tracemalloc slows allocation, so it is not on while timing)."""
    times = []
    for _ in range(REPEATS):
        t0 = time.process_time()
        _refusal(call)
        times.append((time.process_time() - t0) * 1000)
    tracemalloc.start()
    said = _refusal(call)
    peak = tracemalloc.get_traced_memory()[1] / MB
    tracemalloc.stop()
    return min(times), statistics.median(times), peak, said


def _cli(path: Path) -> None:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        if cli(["check", str(path), "--as-of", "2026-12-01"]) != 2:
            raise AssertionError("the CLI accepted an input over a limit")
    raise CoregsError(err.getvalue().split(": ", 3)[-1].strip())


_OLD = """
import contextlib, io, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
resource.setrlimit(resource.RLIMIT_CPU, (60, 60))
sys.path.insert(0, sys.argv[2])
from coregs.cli import main
t0 = time.process_time()
try:
    with contextlib.redirect_stderr(io.StringIO()):
        status = main(["check", sys.argv[1], "--as-of", "2026-12-01"])
    print("exit", status, "after", round(time.process_time() - t0, 1), "s CPU")
except MemoryError:
    print("MemoryError (1 GB cap) after", round(time.process_time() - t0, 1), "s CPU")
"""


def main() -> None:
    old_src = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--old=")]
    valid_documents(old_src)
    head = f"{'input':<12} {'size':>7}  {'route':<17} {'min ms':>8} {'med ms':>8} {'peak MB':>8}"
    print(f"{head}  refused on")
    with tempfile.TemporaryDirectory() as tmp:
        for name, build, sizes in INPUTS:
            for size in sizes:
                data = build(size)
                path = Path(tmp) / "input.json"
                path.write_bytes(data)
                for route, call in (
                    ("Case.parse_json", lambda d=data: Case.parse_json(d)),
                    ("coregs check FILE", lambda p=path: _cli(p)),
                ):
                    lo, med, peak, said = measure(call)
                    limit = said.split("(limit ")[-1].split(")")[0] if "(limit " in said else ""
                    reason = limit or said.split(": ", 1)[-1]
                    print(
                        f"{name:<12} {len(data) / MB:6.1f}M  {route:<17} {lo:8.1f} {med:8.1f}"
                        f" {peak:8.1f}  {reason[:60]}"
                    )
                if old_src and size == 2 * MB and name == "events {}":
                    old = subprocess.run(
                        [sys.executable, "-c", _OLD, str(path), old_src[0]],
                        capture_output=True,
                        text=True,
                        timeout=180,
                        check=False,
                    )
                    said = old.stdout.strip() or f"killed ({old.returncode}): CPU or memory cap"
                    print(f"{'':<12} {'':>7}  the old route: {said}")


if __name__ == "__main__":
    main()
