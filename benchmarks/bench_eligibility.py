"""One Title IV-E determination, validation included: target at least 5,000 per second on one core
for the court-ordered example, and 2,500 for a five-year stay.

Run:  .venv/bin/python benchmarks/bench_eligibility.py [--old=SRC ...]

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
                         permanency findings (61 month lines)
    long stay validate+determine   the same, from its JSON text (the second target)
    history              determine_iv_e_history on examples/iv-e-history-re-entry.json: two
                         episodes, candidate days between them (not a target row: it grows
                         with the episodes)

``--old=SRC`` (repeatable) also times validate+determine, determine, the long stay, history and
funding on the ``src`` folder of another checkout, side by side with this one in one run
(``_paired.py``: child processes, interleaved rounds, CPU time), e.g.
``git archive main src | tar -x -C /tmp/old`` then ``--old=/tmp/old/src``.
"""

from __future__ import annotations

import json
import statistics
import sys
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
LONG_TARGET_PER_SECOND = 2500
EXAMPLE = Path(__file__).parent.parent / "examples" / "iv-e-court-ordered.json"
HISTORY = EXAMPLE.with_name("iv-e-history-re-entry.json")


def _long_stay(text: str) -> str:
    """The example's facts stretched to a five-year stay: seven placements, yearly findings."""
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
    return json.dumps(doc)


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
    long_text = _long_stay(text)
    long_facts = IVEFacts.parse_json(long_text)
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
        "long stay validate+determine": lambda: determine_iv_e(
            IVEFacts.parse_json(long_text), as_of=AS_OF
        ),
        "history": lambda: determine_iv_e_history(history, as_of=AS_OF),
    }
    results = {}
    for name, fn in rows.items():
        median, best = _time(fn)
        results[name] = median
        print(f"  {name:<28} {median:8.1f} µs median  {best:8.1f} µs best  {1e6 / median:9,.0f}/s")
    calls = min(_time(lambda: None))
    print(f"  (machine: an empty Python call costs {calls * 1000:.0f} ns here)")
    old = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--old=")]
    if old:
        print("side by side (CPU µs per call, 15 interleaved rounds; x: old / this)")
        side_by_side(old)
    ok = True
    for row, target in (
        ("validate+determine", TARGET_PER_SECOND),
        ("long stay validate+determine", LONG_TARGET_PER_SECOND),
    ):
        rate = 1e6 / results[row]
        ok &= rate >= target
        verdict = "PASS" if rate >= target else "FAIL"
        print(f"{verdict}  {row}: {rate:,.0f} a second (target >= {target:,})")
    return 0 if ok else 1


# -- workloads for _paired.py: each builds its inputs and returns the call to time -----------


def _text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def validate_determine() -> Callable[[], object]:
    """The first target: the example from its JSON text."""
    text = _text()
    return lambda: determine_iv_e(IVEFacts.parse_json(text), as_of=AS_OF)


def determine() -> Callable[[], object]:
    """The example, already validated."""
    facts = IVEFacts.parse_json(_text())
    return lambda: determine_iv_e(facts, as_of=AS_OF)


def long_validate_determine() -> Callable[[], object]:
    """The second target: the five-year stay from its JSON text."""
    text = _long_stay(_text())
    return lambda: determine_iv_e(IVEFacts.parse_json(text), as_of=AS_OF)


def history() -> Callable[[], object]:
    """Two episodes of a history, already validated."""
    facts = IVEHistory.parse_json(HISTORY.read_text(encoding="utf-8"))
    return lambda: determine_iv_e_history(facts, as_of=AS_OF)


def funding() -> Callable[[], object]:
    """IV-E and the other funding sources for the example, already validated."""
    facts = IVEFacts.parse_json(_text())
    return lambda: determine_funding(facts, as_of=AS_OF)


def side_by_side(trees: list[str]) -> None:
    """The paired workloads on ``trees`` and on this tree, in one run."""
    from _paired import compare

    compare(
        "bench_eligibility",
        [
            ("validate_determine", 300),
            ("determine", 300),
            ("long_validate_determine", 150),
            ("history", 100),
            ("funding", 300),
        ],
        trees,
    )


if __name__ == "__main__":
    raise SystemExit(main())
