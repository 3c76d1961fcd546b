"""Whole-catalog compliance check of a 20-event case (target under 200 µs per check), and how
the cost grows with the case (target: linear).

Run:  .venv/bin/python benchmarks/bench_compliance.py [--old=SRC ...]

The check is reported as the median and the best of the repeats: on a shared machine the median
moves with the neighbours' load, the best is the code's own cost. A calibration line gives the
cost of an empty Python function call on the machine, to scale the figures by.

The case is a realistic (fictional) Program Area 5 timeline of 20 events touching 21 of the 39
rules: a removal and placement, court findings, determinations, case documentation on a
six-month schedule, a caseworker change, a falsification incident. Each figure is the median over
several repeats of a loop of calls, in microseconds per call, after one warm-up call (which
builds the calendar's index once per process).

What is timed:
    check      check_case(case, as_of=...) on an already validated Case: every rule of the
               rulebook, every occurrence, statuses and late-by counts (the target figure)
    parse      Case.parse_json(text): validating the 20-event file
    records    report.to_records(): the DataFrame-ready rows
    render     report.render(): the terminal text
    explain    every finding's deadline() with its counting steps (built on demand only)

Growth (CPU time, ``time.process_time``, best of the repeats), in µs per finding, for cases of
200 and 2,000 events in two shapes; the target is the 2,000-event case within 2x of the
200-event one:
    spread     one 20-event episode every 300 days (opened, removal, placement, court findings,
               documentation, a caseworker change, a service request, discharge, closure):
               many kinds, each event near few others of its kind
    dense      a case opened once, then one kind of act every other day (case activity
               documented: each meets the next occurrence of a six-monthly rolling rule)

``--old=SRC`` (repeatable) also times the check and the growth cases on the ``src`` folder of
another checkout, side by side with this one in one run (``_paired.py``: child processes,
interleaved rounds, CPU time), e.g. ``git archive 393ab60 src | tar -x -C /tmp/old`` then
``--old=/tmp/old/src``.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from coregs.compliance import Case, check_case

REPEATS = 9
LOOPS = 400
AS_OF = date(2026, 12, 1)
TARGET_US = 200.0

EVENTS: list[dict[str, object]] = [
    {"kind": "case_opened", "date": "2026-01-05"},
    {"kind": "removal", "date": "2026-01-09", "emergency": True, "removed_by": "law_enforcement"},
    {"kind": "rights_notice_delivered", "date": "2026-01-09"},
    {"kind": "placed_out_of_home", "date": "2026-01-09", "authority": "court_order"},
    {"kind": "removal_order_issued", "date": "2026-01-12", "emergency": True},
    {"kind": "removal_order_copy_delivered", "date": "2026-01-13"},
    {"kind": "first_removal_ruling", "date": "2026-01-13"},
    {"kind": "ctw_finding", "date": "2026-01-13"},
    {"kind": "re_prevent_removal_finding", "date": "2026-02-20"},
    {"kind": "ive_determination", "date": "2026-03-02"},
    {"kind": "adjudication", "date": "2026-03-04"},
    {"kind": "ea_eligibility_determined", "date": "2026-02-10"},
    {"kind": "case_activity_documented", "date": "2026-07-01"},
    {"kind": "case_summary_updated", "date": "2026-07-20"},
    {"kind": "caseworker_changed", "date": "2026-08-03"},
    {"kind": "caseworker_contact", "date": "2026-08-20", "mode": "telephone", "party": "child"},
    {"kind": "falsification_confirmed", "date": "2026-09-14"},
    {"kind": "division_notified", "date": "2026-09-16"},
    {"kind": "trails_corrected", "date": "2026-09-21"},
    {"kind": "court_parties_notified", "date": "2026-10-09"},
]
FACTS: dict[str, object] = {
    "case_ref": "BENCH-20",
    "program_area": 5,
    "dn_or_jd_case": "open",
    "ssi_application_appropriate": False,
    "emergency_assistance_applies": True,
}


# the headline case's opening (to the caseworker's contact) moved to 2015, when the catalog's
# rules are in force, then the service request, discharge and closure that end an episode
EPISODE: list[dict[str, object]] = [
    {**e, "date": "2015" + str(e["date"])[4:]} for e in EVENTS[:16]
] + [
    {"kind": "service_request_received", "date": "2015-09-04"},
    {"kind": "discharged", "date": "2015-10-01"},
    {"kind": "case_closed", "date": "2015-10-15"},
    {"kind": "closing_summary_completed", "date": "2015-10-20"},
]
GROWTH_AS_OF = date(2099, 12, 1)
GROWTH_SIZES = (200, 2_000)
GROWTH_TARGET = 2.0


def spread_case(n: int) -> dict[str, object]:
    """``n`` events: the 20-event episode every 300 days from 2015 (the catalog's rules are in
    force from 2015; the calendar ends in 2100)."""
    events = []
    for k in range(n // len(EPISODE)):
        for e in EPISODE:
            day = date.fromisoformat(str(e["date"])) + timedelta(days=300 * k)
            events.append({**e, "date": day.isoformat()})
    return {**FACTS, "case_ref": f"SPREAD-{n}", "events": events}


def dense_case(n: int) -> dict[str, object]:
    """``n`` events: a case opened, then ``n - 1`` acts of one kind every other day."""
    opened = date(2015, 1, 5)
    acts = [
        {"kind": "case_activity_documented", "date": (opened + timedelta(days=2 * k)).isoformat()}
        for k in range(1, n)
    ]
    return {
        **FACTS,
        "case_ref": f"DENSE-{n}",
        "events": [EVENTS[0] | {"date": "2015-01-05"}, *acts],
    }


SHAPES: dict[str, Callable[[int], dict[str, object]]] = {
    "spread": spread_case,
    "dense": dense_case,
}


def _growth(shape: str, n: int) -> Callable[[], object]:
    case = Case.parse(SHAPES[shape](n))
    return lambda: check_case(case, as_of=GROWTH_AS_OF)


def check20() -> Callable[[], object]:
    """The headline check, for ``_paired.py``."""
    case = Case.parse_json(json.dumps({**FACTS, "events": EVENTS}))
    return lambda: check_case(case, as_of=AS_OF)


def spread200() -> Callable[[], object]:
    return _growth("spread", 200)


def spread2000() -> Callable[[], object]:
    return _growth("spread", 2_000)


def dense200() -> Callable[[], object]:
    return _growth("dense", 200)


def dense2000() -> Callable[[], object]:
    return _growth("dense", 2_000)


def cpu_best_us(fn: Callable[[], object], calls: int, repeats: int = 5) -> float:
    """Best CPU time of one call of ``fn`` over ``repeats`` loops of ``calls`` calls, in µs."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        for _ in range(calls):
            fn()
        best = min(best, (time.process_time() - t0) / calls * 1e6)
    return best


def growth() -> bool:
    """Print the cost per finding of each shape at each size; whether both meet the target."""
    ok = True
    print("growth: µs of CPU per finding (best of 5)")
    for shape in SHAPES:
        per: list[float] = []
        for n in GROWTH_SIZES:
            fn = _growth(shape, n)
            findings = len(fn().findings)  # type: ignore[attr-defined]
            us = cpu_best_us(fn, max(1, 40_000 // findings))
            per.append(us / findings)
            print(
                f"  {shape:<7} {n:>6} events {findings:>6} findings {us:10.0f} µs"
                f" {per[-1]:7.2f} µs/finding"
            )
        ratio = per[-1] / per[0]
        ok &= ratio <= GROWTH_TARGET
        print(
            f"  {shape:<7} {GROWTH_SIZES[-1]:,} against {GROWTH_SIZES[0]}: x{ratio:.2f} per finding"
            f" (target <= {GROWTH_TARGET:.0f})"
        )
    return ok


def side_by_side(trees: list[str]) -> None:
    """The check and the growth cases on ``trees`` and on this tree, in one run."""
    from _paired import compare

    compare(
        "bench_compliance",
        [
            ("check20", 200),
            ("spread200", 10),
            ("spread2000", 2),
            ("dense200", 10),
            ("dense2000", 1),
        ],
        trees,
    )


def samples_us(fn: Callable[[], object], calls: int = LOOPS) -> list[float]:
    """Wall time of one call of ``fn`` in microseconds, one sample per repeat."""
    samples = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - t0) / calls * 1e6)
    return samples


def median_us(fn: Callable[[], object], calls: int = LOOPS) -> float:
    """Median wall time of one call of ``fn`` in microseconds."""
    return statistics.median(samples_us(fn, calls))


def _nothing(a: int, b: int) -> int:
    return a


def main() -> None:
    text = json.dumps({**FACTS, "events": EVENTS})
    case = Case.parse_json(text)
    assert len(case.events) == 20
    report = check_case(case, as_of=AS_OF)  # warm-up: builds the calendar index once
    touched = len({f.rule.id for f in report.findings})

    runs = samples_us(lambda: check_case(case, as_of=AS_OF))
    check, best = statistics.median(runs), min(runs)
    call_ns = min(samples_us(lambda: _nothing(1, 2), 20_000)) * 1000
    parse = median_us(lambda: Case.parse_json(text))
    records = median_us(report.to_records, 100)
    render = median_us(report.render, 100)
    explain = median_us(lambda: [f.deadline() for f in report.findings], 20)

    print(f"20-event case, {len(report.findings)} findings from {touched} rules, as of {AS_OF}")
    print(f"  check    {check:8.1f} µs median, {best:.1f} µs best   (target < {TARGET_US:.0f} µs)")
    print(f"  parse    {parse:8.1f} µs")
    print(f"  records  {records:8.1f} µs")
    print(f"  render   {render:8.1f} µs")
    print(f"  explain  {explain:8.1f} µs   (every finding's counting steps, on demand)")
    print(f"  (machine: a Python function call costs {call_ns:.0f} ns here)")
    grew = growth()
    old = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--old=")]
    if old:
        print("side by side (CPU µs per call, 15 interleaved rounds; x: old / this)")
        side_by_side(old)
    print("PASS" if check < TARGET_US and grew else "OVER TARGET")


if __name__ == "__main__":
    main()
