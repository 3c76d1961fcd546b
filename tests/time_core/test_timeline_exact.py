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


VOLUNTARY = json.loads((EXAMPLES / "iv-e-voluntary-lapsed.json").read_text())


def test_the_voluntary_example_lapses_returns_and_ends():
    """Signed 2025-12-29, placed 2026-01-02 (examples/README.md): no petition by day 90
    (2026-03-29), so no authority from 2026-03-30 until the custody order of 2026-05-20 (E.3);
    no best-interests order within 180 days, so not eligible from 2026-07-02 on (E.4)."""
    table, det = _table(VOLUNTARY, date(2026, 12, 1))
    child = [(month, days, counts) for month, days, counts, _, _ in table]
    assert child == [
        ("2026-01", 30, (30, 0, 0)),
        ("2026-02", 28, (28, 0, 0)),
        ("2026-03", 31, (29, 2, 0)),
        ("2026-04", 30, (0, 30, 0)),
        ("2026-05", 31, (12, 19, 0)),
        ("2026-06", 30, (30, 0, 0)),
        ("2026-07", 31, (1, 30, 0)),
        ("2026-08", 31, (0, 31, 0)),
        ("2026-09", 30, (0, 30, 0)),
        ("2026-10", 31, (0, 31, 0)),
        ("2026-11", 30, (0, 30, 0)),
        ("2026-12", 1, (0, 1, 0)),
    ]
    assert all(row[2] == row[3] == row[4] for row in table)  # a licensed institution
    assert det.months[2].reasons[0].startswith("child: the agreement is limited to ninety days")
    assert det.months[6].reasons[0].startswith("child: no order within 180 days")
    assert det.months[5].reasons == ()
    assert det.eligible_now.value == "not_met"


def test_each_side_gives_its_reason_once():
    """Undetermined child, a relative with a provisional certificate: the child's reason, the
    placement's, and the administration's own (whether the relative is pursuing full
    certification is not stated)."""
    _, det = _table(UNDETERMINED, date(2026, 12, 1))
    assert det.months[0].reasons == (
        "child: initial eligibility is undetermined",
        PROVISIONAL,
        "admin: whether a relative pursuing full certification is not stated",
    )


def test_eligibility_now_is_the_last_day_evaluated():
    """The child turns 18 on 2026-12-02: eligible on 2026-12-01, the evaluation date, whatever
    the day after brings."""
    facts = copy.deepcopy(COURT)
    facts["child"]["birth_date"] = "2008-12-02"
    assert determine_iv_e(facts, as_of=date(2026, 12, 1)).eligible_now.value == "met"
    assert determine_iv_e(facts, as_of=date(2026, 12, 2)).eligible_now.value != "met"


def test_day_counts():
    from coregs.eligibility import Coverage, DayCounts, Outcome

    empty = DayCounts()
    assert (tuple(empty), empty.days, empty.coverage) == ((0, 0, 0), 0, Coverage.NONE)
    counts = empty.add(Outcome.MET, 3).add(Outcome.NOT_MET, 2).add(Outcome.UNKNOWN, 4)
    assert (tuple(counts), counts.days) == ((3, 2, 4), 9)
    assert counts.add(Outcome.MET, 1) == DayCounts(4, 2, 4)
    assert DayCounts(5, 0, 0).coverage is Coverage.ALL
    assert DayCounts(5, 1, 0).coverage is Coverage.PART
    assert DayCounts(0, 1, 2).coverage is Coverage.UNKNOWN
    assert DayCounts(0, 3, 0).coverage is Coverage.NONE
    assert [c.value for c in Coverage] == ["all", "part", "none", "unknown"]


@pytest.mark.parametrize(
    ("as_of", "now"),
    [
        (date(2026, 3, 29), "met"),  # day 90: the last day of authority without a petition
        (date(2026, 3, 30), "not_met"),
        (date(2026, 5, 19), "not_met"),  # the day before the custody order
        (date(2026, 7, 1), "met"),  # the last eligible day, whatever July 2 brings
        (date(2026, 7, 2), "not_met"),
    ],
)
def test_eligibility_now_on_the_days_things_change(as_of, now):
    assert determine_iv_e(VOLUNTARY, as_of=as_of).eligible_now.value == now


def test_whole_month_administrative_costs_say_so_in_the_month():
    """Option admin_cost_partial_month = whole-month: a non-relative provisional home (no
    administrative costs, 7.601.71.C ¶3) until June 15, then a fully licensed home. By day,
    June's administrative costs are claimable June 15-30 (16 days); under whole-month, all 30
    eligible days, and June's reasons say which reading made them so. April and May, with no
    claimable administrative day, stay at 0 either way."""
    facts = copy.deepcopy(COURT)
    facts["placements"][0] |= {"relative": False, "pursuing_certification": False}
    whole = "admin: claimable for every eligible day of the month (option admin_cost_partial_month)"
    by_day = determine_iv_e(facts, as_of=date(2026, 12, 1))
    month = determine_iv_e(
        facts, as_of=date(2026, 12, 1), options={"admin_cost_partial_month": "whole-month"}
    )
    june = next(m for m in by_day.months if str(m.month) == "2026-06")
    june_whole = next(m for m in month.months if str(m.month) == "2026-06")
    assert tuple(june.admin) == (16, 14, 0)
    assert tuple(june_whole.admin) == (30, 0, 0)
    assert whole not in june.reasons
    assert june_whole.reasons[-1] == whole
    for m in month.months:
        if str(m.month) in ("2026-04", "2026-05"):
            assert tuple(m.admin) == (0, m.days_in_care, 0)
            assert whole not in m.reasons


def test_whole_month_administrative_costs_from_one_claimable_day():
    """Under whole-month, one claimable administrative day is enough: the licensed home from
    June 30 only gives June one claimable day by day, and all 30 under whole-month."""
    facts = copy.deepcopy(COURT)
    facts["placements"][0] |= {"relative": False, "pursuing_certification": False}
    facts["placements"][0]["end"] = facts["placements"][1]["start"] = "2026-06-30"
    options = {"admin_cost_partial_month": "whole-month"}
    by_day = determine_iv_e(facts, as_of=date(2026, 12, 1))
    whole = determine_iv_e(facts, as_of=date(2026, 12, 1), options=options)
    june = next(m for m in by_day.months if str(m.month) == "2026-06")
    june_whole = next(m for m in whole.months if str(m.month) == "2026-06")
    assert tuple(june.admin) == (1, 29, 0)
    assert tuple(june_whole.admin) == (30, 0, 0)


def _from_june_2(facts):
    facts["placements"][0]["end"] = facts["placements"][1]["start"] = "2026-06-02"
    return facts


def _months(facts, **options):
    det = determine_iv_e(facts, as_of=date(2026, 12, 1), options=options)
    return {str(m.month): m for m in det.months}


@pytest.mark.parametrize(
    ("change", "june_by_day"),
    [
        # a relative's provisional home, whether pursuing full certification not stated: the
        # administrative costs of June 1 are unknown (7.601.71.C ¶3)
        ({"pursuing_certification": None}, (29, 0, 1)),
        # a non-relative's provisional home: June 1 not claimable
        ({"relative": False, "pursuing_certification": False}, (29, 1, 0)),
    ],
)
def test_whole_month_counts_one_unknown_or_unclaimable_day_as_claimable(change, june_by_day):
    """The licensed home from June 2: by day, June's administrative costs are claimable on 29
    days and June 1 is unknown or not claimable; under whole-month all 30 eligible days count.
    A month with no claimable administrative day (April: the provisional home all month) and a
    month claimable on every day (July) are the same under both readings, and only June says
    that whole-month made it so."""
    facts = copy.deepcopy(COURT)
    facts["placements"][0] |= change
    by_day = _months(_from_june_2(facts))
    whole = _months(facts, admin_cost_partial_month="whole-month")
    assert tuple(by_day["2026-06"].admin) == june_by_day
    assert tuple(whole["2026-06"].admin) == (30, 0, 0)
    assert whole["2026-06"].reasons[-1].startswith("admin: claimable for every eligible day")
    for month in ("2026-04", "2026-07"):
        assert tuple(whole[month].admin) == tuple(by_day[month].admin)
        assert whole[month].reasons == by_day[month].reasons
    assert tuple(whole["2026-07"].admin) == (31, 0, 0)


def test_a_move_with_the_same_outcomes_keeps_both_homes_reasons():
    """A non-relative's provisional home, then from June 15 a home with no licence: the child
    eligible, placement and administrative costs not claimable in both (7.601.71.C ¶1-3). The
    outcomes carry on unchanged, the reasons do not: June gives both homes' reasons, July only
    the second's."""
    facts = copy.deepcopy(COURT)
    facts["placements"][0] |= {"relative": False, "pursuing_certification": False}
    facts["placements"][1]["licensing"] = [{"status": "none", "since": "2019-01-01"}]
    months = _months(facts)
    provisional, unlicensed = PROVISIONAL, "placement: not licensed or certified (C ¶1)"
    admin = "admin: less than fully licensed, and not a relative pursuing full certification (C ¶3)"
    june, july = months["2026-06"], months["2026-07"]
    assert (tuple(june.placement), tuple(june.admin)) == ((0, 30, 0), (0, 30, 0))
    assert june.reasons == (provisional, admin, unlicensed)
    assert july.reasons == (unlicensed, admin)


def test_a_criterion_unknown_over_the_whole_stay_explains_every_month():
    """A continuing criterion of one piece is read once for the whole stay, yet counts on
    every day: without a birth date the child's age (7.601.71.B.1) cannot be told, from
    placement on, so each month lists it beside the undetermined initial eligibility (the
    AFDC test reads the age at placement, 7.601.71.D). July 2026 is spent in the fully
    licensed home: no placement reason."""
    facts = copy.deepcopy(COURT)
    del facts["child"]["birth_date"]
    det = determine_iv_e(facts, as_of=date(2026, 12, 1))
    july = det.months[4]
    assert str(july.month) == "2026-07"
    assert (tuple(july.child), tuple(july.placement), tuple(july.admin)) == (
        (0, 0, 31),
        (0, 0, 31),
        (0, 0, 31),
    )
    assert july.reasons == (
        "child: initial eligibility is undetermined",
        "child: the child's date of birth is not stated",
    )
