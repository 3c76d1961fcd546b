"""The month-by-month timeline, pinned exactly through ``determine_iv_e(...).months``.

The shipped court-ordered example, worked by hand: the child is placed on 2026-03-10 with a
relative who holds a provisional certificate and is pursuing full certification (7.601.71.C
¶3: administrative costs only), and moves on 2026-06-15 to a fully licensed foster home (the
first day of the new placement is 15 June). The reasonable-efforts finding of 2026-04-20 makes
eligibility effective 2026-04-01 (A.3.a). So, as of 2026-12-01:

    month    in care  child       placement           administration
    2026-03  22       not met     not met             not met          (before the effective date)
    2026-04  30       met         not met (provisional)  met
    2026-05  31       met         not met             met
    2026-06  30       met         16 met, 14 not met  met              (moved on the 15th)
    2026-07 .. 2026-11: every day met
    2026-12  1        met         met                 met              (as_of is day 1)

These tests exist to kill the mutants ``tools/mutate.py`` makes of ``eligibility/_timeline.py``
(docs/mutation.md).
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from coregs import determine_iv_e

EXAMPLES = Path(__file__).parents[2] / "examples"
COURT = json.loads((EXAMPLES / "iv-e-court-ordered.json").read_text())
UNDETERMINED = json.loads((EXAMPLES / "iv-e-undetermined.json").read_text())
BEFORE = "child: before the eligibility effective date (A.3.a)"
PROVISIONAL = (
    "placement: provisionally licensed or certified: placement costs are not claimable (C ¶2; L ¶2)"
)


def _table(facts, as_of):
    det = determine_iv_e(facts, as_of=as_of)
    return [
        (str(m.month), m.days_in_care, tuple(m.child), tuple(m.placement), tuple(m.admin))
        for m in det.months
    ], det


def test_the_court_ordered_example_month_by_month():
    table, det = _table(COURT, date(2026, 12, 1))
    assert table == [
        ("2026-03", 22, (0, 22, 0), (0, 22, 0), (0, 22, 0)),
        ("2026-04", 30, (30, 0, 0), (0, 30, 0), (30, 0, 0)),
        ("2026-05", 31, (31, 0, 0), (0, 31, 0), (31, 0, 0)),
        ("2026-06", 30, (30, 0, 0), (16, 14, 0), (30, 0, 0)),
        ("2026-07", 31, (31, 0, 0), (31, 0, 0), (31, 0, 0)),
        ("2026-08", 31, (31, 0, 0), (31, 0, 0), (31, 0, 0)),
        ("2026-09", 30, (30, 0, 0), (30, 0, 0), (30, 0, 0)),
        ("2026-10", 31, (31, 0, 0), (31, 0, 0), (31, 0, 0)),
        ("2026-11", 30, (30, 0, 0), (30, 0, 0), (30, 0, 0)),
        ("2026-12", 1, (1, 0, 0), (1, 0, 0), (1, 0, 0)),
    ]
    months = det.months
    assert months[0].reasons == (BEFORE,)
    assert months[1].reasons == months[3].reasons == (PROVISIONAL,)  # once, not per cut
    assert months[4].reasons == ()
    coverage = [(m.child.coverage, m.placement.coverage, m.admin.coverage) for m in months]
    assert [tuple(c.value for c in row) for row in coverage[:4]] == [
        ("none", "none", "none"),
        ("all", "none", "all"),
        ("all", "none", "all"),
        ("all", "part", "all"),
    ]
    assert months[3].placement.days == 30
    assert det.eligible_now.value == "met"


def test_undetermined_days_are_counted_as_unknown():
    table, det = _table(UNDETERMINED, date(2026, 12, 1))
    assert table == [
        ("2026-11", 29, (0, 0, 29), (0, 29, 0), (0, 0, 29)),
        ("2026-12", 1, (0, 0, 1), (0, 1, 0), (0, 0, 1)),
    ]
    first = det.months[0]
    assert (first.child.coverage.value, first.admin.coverage.value) == ("unknown", "unknown")
    assert first.reasons[0] == "child: initial eligibility is undetermined"
    assert det.eligible_now.value == "unknown"


def test_a_discharge_ends_the_table_on_the_day_before():
    facts = copy.deepcopy(COURT)
    facts["removal"]["discharge_date"] = "2026-08-20"
    table, _ = _table(facts, date(2026, 12, 1))
    assert table[-1] == ("2026-08", 19, (19, 0, 0), (19, 0, 0), (19, 0, 0))
    assert len(table) == 6


def test_the_table_crosses_a_year_and_a_leap_february():
    table, _ = _table(COURT, date(2028, 3, 2))
    by_month = {row[0]: row for row in table}
    assert by_month["2027-01"][1] == 31 and by_month["2026-12"][1] == 31
    assert by_month["2028-02"][1] == 29
    assert by_month["2028-03"][1] == 2
    assert len(table) == 25  # 2026-03 .. 2028-03


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (date(2026, 3, 9), []),  # not yet placed: nothing to count
        # before the reasonable-efforts finding of 2026-04-20, initial eligibility is unknown:
        # the child's days are unknown, placement costs not claimable (a provisional
        # certificate), administrative costs unknown (claimable only if the child is eligible)
        (date(2026, 3, 10), [("2026-03", 1, (0, 0, 1), (0, 1, 0), (0, 0, 1))]),
        (date(2026, 3, 31), [("2026-03", 22, (0, 0, 22), (0, 22, 0), (0, 0, 22))]),
        (
            date(2026, 4, 1),
            [
                ("2026-03", 22, (0, 0, 22), (0, 22, 0), (0, 0, 22)),
                ("2026-04", 1, (0, 0, 1), (0, 1, 0), (0, 0, 1)),
            ],
        ),
        # the finding made, eligibility runs from the first of April (A.3.a)
        (
            date(2026, 4, 20),
            [
                ("2026-03", 22, (0, 22, 0), (0, 22, 0), (0, 22, 0)),
                ("2026-04", 20, (20, 0, 0), (0, 20, 0), (20, 0, 0)),
            ],
        ),
    ],
)
def test_the_first_and_last_days(as_of, expected):
    table, _ = _table(COURT, as_of)
    assert table == expected
