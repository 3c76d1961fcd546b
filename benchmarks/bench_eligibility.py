"""One Title IV-E determination, validation included: target at least 5,000 per second on one core.

Run:  .venv/bin/python benchmarks/bench_eligibility.py

The facts are the shipped example ``examples/iv-e-court-ordered.json``: a court-ordered removal
with two orders, a provisional relative placement then a licensed home, a full AFDC budget, and
nine months in care. Each figure is the median (and the best) over repeats of a loop of calls,
after one warm-up call, in microseconds per call; determinations per second are 1e6 / median.
One process, so one core.

What is timed:
    validate+determine   IVEFacts.parse_json(text) then determine_iv_e(...)   (the target)
    determine            determine_iv_e(facts) on already validated facts
    validate             IVEFacts.parse_json(text) alone
    funding              determine_funding(facts): IV-E plus 71.J, M, 72, 73, 74
    compliance           iv_e_compliance(facts): the 7.601.71-73 time frames via check_case
    render               det.render() (the terminal text)
    long stay            determine_iv_e on a five-year stay with seven placements and yearly
                         permanency findings (60 month lines)
    history              determine_iv_e_history on examples/iv-e-history-re-entry.json: two
                         episodes, candidate days between them (not a target row: it grows
                         with the episodes)
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from coregs.eligibility import (
    IVEFacts,
    IVEHistory,
    determine_funding,
    determine_iv_e,
    determine_iv_e_history,
    iv_e_compliance,
)

REPEATS = 9
LOOPS = 300
AS_OF = date(2026, 12, 1)
TARGET_PER_SECOND = 5000
EXAMPLE = Path(__file__).parent.parent / "examples" / "iv-e-court-ordered.json"
HISTORY = EXAMPLE.with_name("iv-e-history-re-entry.json")


def _long_stay(text: str) -> IVEFacts:
    doc = json.loads(text)
    start = date(2021, 12, 6)
    doc["removal"]["removal_date"] = doc["placements"][0]["start"] = start.isoformat()
    doc["removal"]["petition_filed_on"] = (start + timedelta(days=1)).isoformat()
    doc["court_orders"][0]["date"] = (start + timedelta(days=2)).isoformat()
    doc["court_orders"][1]["date"] = (start + timedelta(days=40)).isoformat()
    for year in range(1, 5):
        doc["court_orders"].append(
            {
                "date": (start + timedelta(days=330 * year)).isoformat(),
                "sanctions_removal": False,
                "documentation": "signed_order",
                "wording": "case_specific",
                "findings": ["reasonable_efforts_to_finalize"],
            }
        )
    placements = []
    day = start
    for _ in range(7):
        end = day + timedelta(days=250)
        placements.append(
            {
                "start": day.isoformat(),
                "end": end.isoformat(),
                "setting": "foster_family_home",
                "licensing": [{"status": "full", "since": "2019-01-01"}],
            }
        )
        day = end
    del placements[-1]["end"]
    doc["placements"] = placements
    doc["child"]["birth_date"] = "2012-06-14"
    return IVEFacts.parse(doc)


def _time(fn: Callable[[], object]) -> tuple[float, float]:
    fn()
    runs = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        for _ in range(LOOPS):
            fn()
        runs.append((time.perf_counter() - t0) / LOOPS * 1e6)
    return statistics.median(runs), min(runs)


def main() -> int:
    text = EXAMPLE.read_text(encoding="utf-8")
    facts = IVEFacts.parse_json(text)
    long_facts = _long_stay(text)
    det = determine_iv_e(facts, as_of=AS_OF)
    long_det = determine_iv_e(long_facts, as_of=AS_OF)
    history = IVEHistory.parse_json(HISTORY.read_text(encoding="utf-8"))
    print("coregs Title IV-E determination benchmark")
    print(
        f"example: {EXAMPLE.name}, {len(det.months)} months, {len(det.criteria())} criteria; "
        f"long stay: {len(long_det.months)} months"
    )
    rows = {
        "validate+determine": lambda: determine_iv_e(IVEFacts.parse_json(text), as_of=AS_OF),
        "determine": lambda: determine_iv_e(facts, as_of=AS_OF),
        "validate": lambda: IVEFacts.parse_json(text),
        "funding": lambda: determine_funding(facts, as_of=AS_OF),
        "compliance": lambda: iv_e_compliance(facts, as_of=AS_OF),
        "render": det.render,
        "long stay": lambda: determine_iv_e(long_facts, as_of=AS_OF),
        "history": lambda: determine_iv_e_history(history, as_of=AS_OF),
    }
    results = {}
    for name, fn in rows.items():
        median, best = _time(fn)
        results[name] = median
        print(f"  {name:<20} {median:8.1f} µs median  {best:8.1f} µs best  {1e6 / median:9,.0f}/s")
    calls = min(_time(lambda: None))
    print(f"  (machine: an empty Python call costs {calls * 1000:.0f} ns here)")
    rate = 1e6 / results["validate+determine"]
    verdict = "PASS" if rate >= TARGET_PER_SECOND else "FAIL"
    print(
        f"{verdict}  {rate:,.0f} determinations per second with validation "
        f"(target >= {TARGET_PER_SECOND:,})"
    )
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
