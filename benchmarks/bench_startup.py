"""CLI start-up: whole processes, paired in one run. Target: the calendar commands within 2x of
a script that asks the calendar alone, and ``import coregs`` nearly free.

Run:  .venv/bin/python benchmarks/bench_startup.py [--repeats 15]

Each command runs as a fresh process, round-robin with the others so that a busy neighbour
slows all of them alike; the figure is the child's CPU time (user + system, from
``getrusage``), min and median over the repeats, and the ratio is taken against the
calendar-only script of the same round:

    python            python -c pass: the interpreter alone
    import coregs     python -c "import coregs"
    calendar only     python -c "...colorado_legal_holidays().is_business_day(...)": the
                      calendar question with no CLI around it (the issue's 51 ms reference)
    is-business-day   coregs is-business-day 2026-03-31
    due               coregs due 2026-11-20 "5 working days"
    check             coregs check examples/case-on-time.json --as-of 2026-12-01 (for scale:
                      it needs pydantic and the rule catalog, and loads them)
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CLI = str(Path(PY).with_name("coregs"))
CALENDAR_ONLY = (
    "import datetime; from coregs.calendar import colorado_legal_holidays; "
    "print(colorado_legal_holidays().is_business_day(datetime.date(2026, 3, 31)))"
)
COMMANDS = {
    "python": [PY, "-c", "pass"],
    "import coregs": [PY, "-c", "import coregs"],
    "calendar only": [PY, "-c", CALENDAR_ONLY],
    "is-business-day": [CLI, "is-business-day", "2026-03-31"],
    "due": [CLI, "due", "2026-11-20", "5 working days"],
    "check": [CLI, "check", str(ROOT / "examples" / "case-on-time.json"), "--as-of", "2026-12-01"],
}
TARGET = 2.0


def cpu_ms(cmd: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=15)
    repeats = parser.parse_args().repeats
    for cmd in COMMANDS.values():  # warm the file cache and the .pyc files
        cpu_ms(cmd)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    ratios: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(repeats):
        round_ = {name: cpu_ms(cmd) for name, cmd in COMMANDS.items()}
        for name, ms in round_.items():
            times[name].append(ms)
            ratios[name].append(ms / round_["calendar only"])
    print(f"CPU time of whole processes, ms (min / median of {repeats}); ratio to calendar only")
    ok = True
    for name in COMMANDS:
        ratio = statistics.median(ratios[name])
        mark = ""
        if name in ("is-business-day", "due"):
            passed = ratio <= TARGET
            ok &= passed
            mark = f"  target <= {TARGET:.0f}x: {'ok' if passed else 'MISSED'}"
        print(
            f"  {name:<16} {min(times[name]):6.1f} / {statistics.median(times[name]):6.1f}"
            f"   x{ratio:.2f}{mark}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
