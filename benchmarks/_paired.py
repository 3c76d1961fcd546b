"""Side by side: one workload timed on several source trees, interleaved in one run.

On a shared machine, two implementations timed one after the other measure the neighbours as
much as the code. Here each source tree (``None``: the installed coregs; else the ``src``
folder of another checkout, e.g. ``git archive 393ab60 src | tar -x -C /tmp/old``) gets its own
child process, which imports the workload, warms it up once, and then times it on command; the
rounds alternate between the trees (in reverse order every other round), so a busy neighbour
slows every tree alike. Each figure is the child's CPU time (``time.process_time``) per call,
in microseconds.

A workload is ``"module:function"`` of a module in ``benchmarks/``: ``function()`` builds the
inputs and returns the zero-argument callable to time. It is imported in the child after the
tree is put first on ``sys.path``, so everything it imports is that tree's coregs.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = r"""
import importlib, sys, time
tree, bench, workload = sys.argv[1:4]
if tree:
    sys.path.insert(0, tree)
sys.path.insert(1 if tree else 0, bench)
module, name = workload.split(":")
call = getattr(importlib.import_module(module), name)()
call()
print("ready", flush=True)
for line in sys.stdin:
    calls = int(line)
    t0 = time.process_time()
    for _ in range(calls):
        call()
    print((time.process_time() - t0) / calls * 1e6, flush=True)
"""


def paired(
    workload: str, trees: Sequence[str | None], *, calls: int, rounds: int
) -> list[list[float]]:
    """CPU microseconds per call of ``workload``, one list per tree, one figure per round."""
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, tree or "", str(HERE), workload],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for tree in trees
    ]
    try:
        for child in children:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
        out: list[list[float]] = [[] for _ in trees]
        for r in range(rounds):
            order = list(range(len(children)))
            for i in order if r % 2 == 0 else order[::-1]:
                child = children[i]
                assert child.stdin is not None
                assert child.stdout is not None
                child.stdin.write(f"{calls}\n")
                child.stdin.flush()
                out[i].append(float(child.stdout.readline()))
        return out
    finally:
        for child in children:
            if child.stdin is not None:
                child.stdin.close()
            child.wait()


def report(label: str, samples: Sequence[Sequence[float]], names: Sequence[str]) -> None:
    """One line per tree: min and median µs, and the median of the per-round ratios against
    the first tree (above 1: faster than it)."""
    first = samples[0]
    for name, these in zip(names, samples, strict=True):
        ratio = statistics.median(a / b for a, b in zip(first, these, strict=True))
        print(
            f"  {label:<24} {name:<10} {min(these):10.1f} min {statistics.median(these):10.1f}"
            f" median µs   x{ratio:.2f}"
        )


def compare(module: str, workloads: Sequence[tuple[str, int]], trees: Sequence[str]) -> None:
    """Each ``(workload, calls)`` of ``module`` on ``trees`` (other checkouts' ``src``) and on
    this tree, side by side in one run of 15 interleaved rounds, reported against the first."""
    names = [f"old{i + 1}" if len(trees) > 1 else "old" for i in range(len(trees))] + ["this"]
    for name, tree in zip(names[:-1], trees, strict=True):
        print(f"  {name} = {tree}")
    for workload, calls in workloads:
        samples = paired(f"{module}:{workload}", [*trees, None], calls=calls, rounds=15)
        report(workload, samples, names)
