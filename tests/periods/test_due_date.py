"""Due dates: the counting convention of design.md ("Time"), worked by hand."""

from __future__ import annotations

from datetime import datetime

import pytest

from coregs import InputError, Period, Roll, Unit, due_date, occurrences
from coregs.calendar import colorado_state_offices
from tests.conftest import d


@pytest.mark.parametrize(
    ("trigger", "period", "due"),
    [
        # calendar days: day 0 is the trigger, due D + N, weekends and holidays count
        ("2026-11-20", "thirty (30) calendar days", "2026-12-20"),
        ("2026-11-26", "thirty (30) calendar days", "2026-12-26"),  # lands on a Saturday
        ("2028-01-31", "thirty (30) calendar days", "2028-03-01"),  # leap year: Feb has 29
        # working days: the N-th business day after the trigger; the trigger never counts
        ("2026-11-20", "five (5) working days", "2026-11-30"),  # Thanksgiving week
        ("2026-11-21", "one (1) working day", "2026-11-23"),  # Saturday + 1 = Monday
        ("2026-07-01", "two-business days", "2026-07-06"),  # Sat July 4 observed Fri July 3
        ("2026-12-23", "three (3) working days", "2026-12-29"),  # Christmas Friday
        ("2026-12-30", "ten (10) working days", "2027-01-14"),  # New Year's Day (Fri)
        # months: same day of the month, clamped to month end (C.R.S. 2-4-108(3))
        ("2026-08-31", "six (6) months", "2027-02-28"),
        ("2027-08-31", "six (6) months", "2028-02-29"),  # leap year
        ("2026-01-15", "twelve (12) months", "2027-01-15"),
        ("2024-02-29", "every four years", "2028-02-29"),
        # "at the time of": due on the trigger day
        ("2026-11-21", "at the time of", "2026-11-21"),
    ],
)
def test_due_dates(legal, trigger, period, due):
    assert due_date(d(trigger), Period.parse(period), calendar=legal).due == d(due)


def test_promptly_has_no_fixed_date():
    """7.601.31.C.1: "delivered to the family promptly upon its availability"."""
    result = due_date(d("2026-11-20"), Period.parse("promptly"))
    assert result.due is None
    assert not result.has_fixed_date
    assert "no computable due date" in result.explain()


def test_a_counter_is_none_for_promptly_and_checks_its_arguments_once():
    from coregs.periods import counter

    assert counter(Unit.PROMPTLY) is None
    with pytest.raises(InputError, match="unit"):
        counter("working days")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="roll"):
        counter(Unit.WORKING_DAYS, "forward")  # type: ignore[arg-type]
    # 30 calendar days from 2026-06-03 is Friday July 3, 2026, observed Independence Day
    count = counter(Unit.CALENDAR_DAYS, Roll.FORWARD)
    assert count is not None
    assert count(d("2026-06-03"), 30, None) == d("2026-07-06")


def test_calendar_days_do_not_roll_unless_asked(legal):
    plain = due_date(d("2026-11-26"), Period(30, Unit.CALENDAR_DAYS))
    assert (plain.due, plain.rolled, plain.calendar) == (d("2026-12-26"), False, None)
    rolled = due_date(d("2026-11-26"), Period(30, Unit.CALENDAR_DAYS), roll=Roll.FORWARD)
    assert (rolled.due, rolled.unrolled, rolled.rolled) == (d("2026-12-28"), d("2026-12-26"), True)
    assert [x.name for x in rolled.rolled_over] == ["Saturday", "Sunday"]
    assert rolled.calendar == legal.name


def test_roll_forward_over_a_holiday_names_it(legal):
    """C.R.S. 24-11-110: an act due on a closed day stands continued to the next full business
    day. 30 days after 2026-06-03 is Friday 2026-07-03, observed Independence Day."""
    result = due_date(d("2026-06-03"), Period(30, Unit.CALENDAR_DAYS), roll="forward")
    assert result.due == d("2026-07-06")
    assert "Independence Day" in result.explain()


def test_roll_backward(legal):
    result = due_date(d("2026-06-05"), Period(30, Unit.CALENDAR_DAYS), roll=Roll.BACKWARD)
    assert result.due == d("2026-07-02")
    assert [x.date for x in result.rolled_over] == [
        d("2026-07-03"),
        d("2026-07-04"),
        d("2026-07-05"),
    ]


def test_month_clamp_is_recorded():
    assert due_date(d("2026-08-31"), Period(6, Unit.MONTHS)).clamped
    assert not due_date(d("2026-08-28"), Period(6, Unit.MONTHS)).clamped


def test_the_explanation_names_every_skipped_day(legal):
    result = due_date(d("2026-11-20"), Period(5, Unit.WORKING_DAYS), calendar=legal)
    assert [(x.date, x.name) for x in result.skipped] == [
        (d("2026-11-21"), "Saturday"),
        (d("2026-11-22"), "Sunday"),
        (d("2026-11-26"), "Thanksgiving Day"),
        (d("2026-11-28"), "Saturday"),
        (d("2026-11-29"), "Sunday"),
    ]
    text = result.explain()
    assert text.splitlines()[0] == "Trigger 2026-11-20 (Friday) is day 0."
    assert text.splitlines()[-1] == "Due 2026-11-30 (Monday)."
    assert "C.R.S. 24-11-101(1)" in text


def test_the_calendar_is_named_on_the_result():
    default = due_date(d("2023-11-22"), Period(1, Unit.WORKING_DAYS))
    offices = due_date(
        d("2023-11-22"), Period(1, Unit.WORKING_DAYS), calendar=colorado_state_offices()
    )
    assert default.calendar == "Colorado legal holidays, as observed"
    assert default.due == d("2023-11-24")
    assert offices.due == d("2023-11-27")  # the Governor's Holiday on 2023-11-24


def test_recurrences_are_anchored_never_chained():
    """Every six months from Aug 31: Feb 28/29 and Aug 31 again - never drifting to the 28th."""
    dues = [
        o.due
        for o in occurrences(
            d("2025-08-31"), Period.parse("every six (6) months"), through=d("2028-03-01")
        )
    ]
    assert dues == [
        d("2026-02-28"),
        d("2026-08-31"),
        d("2027-02-28"),
        d("2027-08-31"),
        d("2028-02-29"),
        d("2028-08-31"),
    ]


def test_occurrences_end_with_the_next_one_after_through():
    got = list(occurrences(d("2026-01-10"), Period(12, Unit.MONTHS), through=d("2027-01-10")))
    assert [(o.occurrence, o.due) for o in got] == [(1, d("2027-01-10")), (2, d("2028-01-10"))]


@pytest.mark.parametrize("bad", [datetime(2026, 1, 1, 9), "2026-01-01", None])
def test_a_trigger_must_be_a_date(bad):
    with pytest.raises(InputError, match="trigger"):
        due_date(bad, Period(5, Unit.CALENDAR_DAYS))  # type: ignore[arg-type]


def test_occurrences_need_a_positive_period():
    with pytest.raises(InputError, match="period"):
        list(occurrences(d("2026-01-01"), Period.parse("promptly"), through=d("2027-01-01")))
