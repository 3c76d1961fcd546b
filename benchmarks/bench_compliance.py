"""Whole-catalog compliance check of a 20-event case: target under 200 µs per check.

Run:  .venv/bin/python benchmarks/bench_compliance.py

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
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from datetime import date

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
    print("PASS" if check < TARGET_US else "OVER TARGET")


if __name__ == "__main__":
    main()
