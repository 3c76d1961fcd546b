"""The periods, pinned exactly through the public API: month arithmetic at the ends of Python's
calendar, the guards, month windows at their bounds, and the counting steps word for word.

These tests exist to kill the mutants ``tools/mutate.py`` makes of ``periods/_due.py`` and
``periods/_months.py`` (docs/mutation.md): each checks a value derived by hand.
"""

from __future__ import annotations

from datetime import date

import pytest

from coregs import (
    BusinessCalendar,
    InputError,
    Month,
    MonthWindow,
    OutOfRangeError,
    Period,
    Roll,
    Unit,
    add_months,
    count_due,
    due_date,
    first_of_month,
    occurrences,
)
from coregs.calendar import colorado_legal_holidays
from coregs.periods import counter

CAL = colorado_legal_holidays()
D = date
NAME = "Colorado legal holidays, as observed"

# -- add_months and first_of_month -------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (date(1, 1, 31), 0, date(1, 1, 31)),
        (date(1, 2, 15), -1, date(1, 1, 15)),  # the first month there is
        (date(9999, 11, 30), 1, date(9999, 12, 30)),  # the last month there is
        (date(9999, 12, 31), 0, date(9999, 12, 31)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),  # December to January
        (date(2027, 1, 15), -1, date(2026, 12, 15)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year clamp
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 5, 30), 1, date(2026, 6, 30)),  # 30 fits June: no clamp
        (date(2026, 1, 1), 12, date(2027, 1, 1)),
    ],
)
def test_add_months_at_the_ends_of_the_calendar(day, n, expected):
    assert add_months(day, n) == expected


@pytest.mark.parametrize(("day", "n"), [(date(9999, 12, 1), 1), (date(1, 1, 31), -1)])
def test_add_months_past_the_ends_is_refused(day, n):
    with pytest.raises(OutOfRangeError) as caught:
        add_months(day, n)
    assert caught.value.field == "months"
    assert "outside years 1-9999" in str(caught.value)


@pytest.mark.parametrize("n", [1.0, "1", True, None])
def test_add_months_takes_a_whole_number(n):
    with pytest.raises(InputError) as caught:
        add_months(date(2026, 1, 1), n)
    assert caught.value.field == "months"


def test_first_of_month():
    assert first_of_month(date(2026, 2, 28)) == date(2026, 2, 1)
    assert first_of_month(date(1, 1, 1)) == date(1, 1, 1)


# -- Month -----------------------------------------------------------------------------------------


def test_month_values():
    m = Month(2024, 2)
    assert (m.first_day, m.last_day, m.days) == (date(2024, 2, 1), date(2024, 2, 29), 29)
    assert Month(2025, 2).days == 28
    assert Month(2026, 12).last_day == date(2026, 12, 31)
    assert str(Month(1, 1)) == "0001-01" and str(Month(2026, 11)) == "2026-11"
    assert Month.of(date(2026, 11, 30)) == Month(2026, 11)
    assert Month.parse("2026-11") == Month(2026, 11)


def test_month_of_a_subclass_is_of_that_subclass():
    """``Month.of`` gives a ``Month`` (a shared value); called on a subclass, it builds that
    subclass, as ``parse`` does."""

    class FiscalMonth(Month):
        pass

    november = FiscalMonth.of(date(2026, 11, 30))
    assert type(november) is FiscalMonth
    assert (november.year, november.month) == (2026, 11)
    assert type(FiscalMonth.parse("2026-11")) is FiscalMonth
    assert type(Month.of(date(2026, 11, 30))) is Month


def test_month_arithmetic_across_years_and_at_the_ends():
    assert Month(2026, 12) + 1 == Month(2027, 1)
    assert Month(2027, 1) - 1 == Month(2026, 12)
    assert Month(2026, 1) + 23 == Month(2027, 12)
    assert Month(2027, 3) - Month(2026, 1) == 14
    assert Month(2026, 1) - Month(2027, 3) == -14
    assert Month(9999, 11) + 1 == Month(9999, 12)
    assert Month(1, 2) - 1 == Month(1, 1)
    for beyond in (lambda: Month(9999, 12) + 1, lambda: Month(1, 1) - 1):
        with pytest.raises(OutOfRangeError):
            beyond()
    with pytest.raises(TypeError):
        Month(2026, 1) + 1.5  # type: ignore[operator]
    with pytest.raises(TypeError):
        Month(2026, 1) - "x"  # type: ignore[operator]


@pytest.mark.parametrize(
    ("year", "month"),
    [(0, 1), (10000, 1), (2026, 0), (2026, 13), (2026.0, 1), (2026, "1"), (True, 1)],
)
def test_month_parts_are_checked(year, month):
    with pytest.raises(InputError):
        Month(year, month)


def test_the_ends_of_the_calendar_are_months():
    assert Month(1, 1).first_day == date(1, 1, 1)
    assert Month(9999, 12).last_day == date(9999, 12, 31)


@pytest.mark.parametrize("text", ["2026", "2026-11-01", "x-y", "2026-13", ""])
def test_month_text_is_checked(text):
    with pytest.raises(InputError) as caught:
        Month.parse(text)
    assert caught.value.field == "month"


def test_month_contains_only_its_own_days():
    m = Month(2026, 3)
    assert m.contains(date(2026, 3, 1)) and m.contains(date(2026, 3, 31))
    assert not m.contains(date(2026, 4, 1))  # same year, next month
    assert not m.contains(date(2026, 2, 28))
    assert not m.contains(date(2027, 3, 15))  # same month, next year


def test_through_includes_both_ends():
    assert list(Month(2026, 11).through(Month(2027, 2))) == [
        Month(2026, 11),
        Month(2026, 12),
        Month(2027, 1),
        Month(2027, 2),
    ]
    assert list(Month(2026, 5).through(Month(2026, 5))) == [Month(2026, 5)]
    assert list(Month(2026, 5).through(Month(2026, 4))) == []


# -- MonthWindow -------------------------------------------------------------------------------


def test_the_window_of_seven_b_five():
    """ "in the month, or within the six (6) months preceding the month" (7.601.71.B.5)."""
    w = MonthWindow.preceding(Month(2026, 3), 6)
    assert (w.first, w.last) == (Month(2025, 9), Month(2026, 3))
    assert (w.start, w.end) == (date(2025, 9, 1), date(2026, 3, 31))
    assert str(w) == "2025-09..2026-03"
    assert len(list(w)) == 7
    assert w.contains(date(2025, 9, 1)) and w.contains(date(2026, 3, 31))
    assert not w.contains(date(2025, 8, 31)) and not w.contains(date(2026, 4, 1))
    assert w.contains(Month(2025, 9)) and w.contains(Month(2026, 3))
    assert not w.contains(Month(2025, 8)) and not w.contains(Month(2026, 4))


def test_a_window_without_its_month():
    w = MonthWindow.preceding(Month(2026, 3), 6, include_month=False)
    assert (w.first, w.last) == (Month(2025, 9), Month(2026, 2))
    w = MonthWindow.preceding(Month(2026, 3), 0)
    assert (w.first, w.last) == (Month(2026, 3), Month(2026, 3))


def test_window_bounds_are_checked():
    assert MonthWindow(Month(2026, 1), Month(2026, 1)).start == date(2026, 1, 1)
    with pytest.raises(InputError) as caught:
        MonthWindow(Month(2026, 2), Month(2026, 1))
    assert caught.value.field == "window"
    for bad in (-1, 1.0, True):
        with pytest.raises(InputError) as caught:
            MonthWindow.preceding(Month(2026, 3), bad)
        assert caught.value.field == "months"


# -- due_date: values --------------------------------------------------------------------------


def test_calendar_days_count_from_day_zero_and_do_not_roll_unless_asked():
    d = due_date(date(2026, 6, 25), Period(9, Unit.CALENDAR_DAYS))
    assert (d.due, d.unrolled, d.calendar, d.rolled, d.clamped) == (
        date(2026, 7, 4),  # a Saturday, kept
        date(2026, 7, 4),
        None,
        False,
        False,
    )
    assert d.has_fixed_date
    forward = due_date(date(2026, 6, 25), Period(9, Unit.CALENDAR_DAYS), roll=Roll.FORWARD)
    assert (forward.due, forward.unrolled, forward.rolled, forward.calendar) == (
        date(2026, 7, 6),  # Saturday, Sunday: Monday
        date(2026, 7, 4),
        True,
        NAME,
    )
    assert [x.date for x in forward.rolled_over] == [date(2026, 7, 4), date(2026, 7, 5)]
    back = due_date(date(2026, 6, 25), Period(9, Unit.CALENDAR_DAYS), roll="backward")
    assert back.due == date(2026, 7, 2)  # Friday the 3rd is Independence Day observed
    assert [x.date for x in back.rolled_over] == [date(2026, 7, 3), date(2026, 7, 4)]
    zero = due_date(date(2026, 7, 4), Period(0, Unit.CALENDAR_DAYS), roll=Roll.FORWARD)
    assert zero.due == date(2026, 7, 6)


def test_a_business_day_due_date_lists_what_it_skipped():
    d = due_date(date(2026, 11, 25), Period(2, Unit.WORKING_DAYS), calendar=CAL)
    assert d.due == date(2026, 11, 30)  # Thanksgiving skipped; Friday the 27th is open
    assert d.due == CAL.add_business_days(date(2026, 11, 25), 2)
    assert [x.date for x in d.skipped] == [
        date(2026, 11, 26),
        date(2026, 11, 28),
        date(2026, 11, 29),
    ]
    assert d.rolled_over == () and not d.rolled
    zero = due_date(date(2026, 11, 28), Period(0, Unit.BUSINESS_DAYS), calendar=CAL)
    assert (zero.due, zero.skipped) == (date(2026, 11, 28), ())


def test_months_and_years_clamp_and_say_so():
    d = due_date(date(2026, 8, 31), Period(6, Unit.MONTHS))
    assert (d.due, d.clamped) == (date(2027, 2, 28), True)
    d = due_date(date(2024, 2, 29), Period(1, Unit.YEARS))
    assert (d.due, d.clamped) == (date(2025, 2, 28), True)
    d = due_date(date(2026, 8, 15), Period(2, Unit.YEARS))
    assert (d.due, d.clamped) == (date(2028, 8, 15), False)


def test_at_the_time_of_and_promptly():
    d = due_date(date(2026, 7, 4), Period(0, Unit.AT_THE_TIME_OF))
    assert (d.due, d.calendar) == (date(2026, 7, 4), None)
    d = due_date(date(2026, 7, 4), Period(0, Unit.PROMPTLY))
    assert (d.due, d.has_fixed_date, d.calendar) == (None, False, None)
    assert str(d) == "promptly after 2026-07-04: no fixed date"


def test_the_kth_occurrence_counts_k_periods_from_the_anchor():
    p = Period(6, Unit.MONTHS, every=True)
    d = due_date(date(2026, 8, 31), p, occurrence=2)
    assert (d.due, d.occurrence, d.clamped) == (date(2027, 8, 31), 2, False)
    assert str(d) == "every 6 months after 2026-08-31: 2027-08-31"
    d = due_date(date(2026, 11, 20), Period(5, Unit.WORKING_DAYS), calendar=CAL, occurrence=2)
    assert d.due == CAL.add_business_days(date(2026, 11, 20), 10)


@pytest.mark.parametrize("occurrence", [0, -1, 1.0, True, None])
def test_the_occurrence_is_a_positive_whole_number(occurrence):
    with pytest.raises(InputError) as caught:
        due_date(date(2026, 1, 1), Period(5, Unit.CALENDAR_DAYS), occurrence=occurrence)
    assert caught.value.field == "occurrence"


def test_the_last_representable_due_date():
    assert due_date(date(9999, 12, 30), Period(1, Unit.CALENDAR_DAYS)).due == date(9999, 12, 31)
    with pytest.raises(OutOfRangeError):
        due_date(date(9999, 12, 30), Period(2, Unit.CALENDAR_DAYS))


# -- a count that leaves the calendar's years names the caller's argument ---------------------

# Weekends only, 2026 alone: Monday December 28 + 5 business days is Tue 29, Wed 30, Thu 31,
# then 2027. 2028 alone: Saturday December 30 is the year's last-but-one day and Sunday the
# 31st its last: no business day follows them in the calendar.
YEAR = BusinessCalendar("2026 only", first_year=2026, last_year=2026)
LEAP = BusinessCalendar("2028 only", first_year=2028, last_year=2028)
TRIGGER_OUT = "trigger: outside the supported years 2026-2026 of calendar '2026 only'"
DUE_OUT = "due: the due date falls outside the supported years 2026-2026 of calendar '2026 only'"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        # Monday January 4, 2027 is itself outside: the trigger is what is wrong
        (lambda: count_due(D(2027, 1, 4), Period(5, Unit.BUSINESS_DAYS), YEAR), TRIGGER_OUT),
        (lambda: count_due(D(2026, 12, 28), Period(5, Unit.BUSINESS_DAYS), YEAR), DUE_OUT),
        # Sunday December 20 + 12 calendar days is Friday January 1, 2027: nothing to roll on
        (
            lambda: count_due(D(2026, 12, 20), Period(12, Unit.CALENDAR_DAYS), YEAR, Roll.FORWARD),
            DUE_OUT,
        ),
        # March 1, 2027 + 12 is March 13, 2027: the trigger already was outside
        (
            lambda: count_due(D(2027, 3, 1), Period(12, Unit.CALENDAR_DAYS), YEAR, Roll.BACKWARD),
            TRIGGER_OUT,
        ),
        (lambda: count_due(D(2027, 3, 1), Period.parse("at the time of"), YEAR, Roll.FORWARD),
            TRIGGER_OUT),
        # December 1, 2026 (a Tuesday) has 22 business days after it in December: 3 x 10 is past
        (lambda: count_due(D(2026, 12, 1), Period(10, Unit.BUSINESS_DAYS), YEAR, occurrence=3),
            DUE_OUT),
        (lambda: due_date(D(2027, 1, 4), "5 business days", calendar=YEAR), TRIGGER_OUT),
        (lambda: due_date(D(2026, 12, 28), "5 business days", calendar=YEAR), DUE_OUT),
        (lambda: due_date(D(2026, 12, 20), "12 calendar days", calendar=YEAR, roll=Roll.FORWARD),
            DUE_OUT),
        (lambda: counter(Unit.WORKING_DAYS)(D(2027, 1, 4), 5, YEAR), TRIGGER_OUT),
        (lambda: counter(Unit.WORKING_DAYS)(D(2026, 12, 28), 5, YEAR), DUE_OUT),
        (lambda: counter(Unit.MONTHS, Roll.FORWARD)(D(2026, 12, 28), 1, YEAR), DUE_OUT),
        (lambda: counter(Unit.MONTHS, Roll.FORWARD)(D(2025, 11, 28), 1, YEAR), TRIGGER_OUT),
        # the calendar's last day and first day are in it: Thursday December 31, 2026 + 1; and
        # Saturday January 1, 2028 rolled back: no business day before it in 2028
        (lambda: count_due(D(2026, 12, 31), Period(1, Unit.BUSINESS_DAYS), YEAR), DUE_OUT),
        (
            lambda: count_due(D(2028, 1, 1), Period.parse("at the time of"), LEAP, Roll.BACKWARD),
            "due: the due date falls outside the supported years 2028-2028 of calendar "
            "'2028 only'",
        ),
        # Wednesday December 20, 2028 + 10 is Saturday the 30th: no business day after it
        (
            lambda: count_due(D(2028, 12, 20), Period(10, Unit.CALENDAR_DAYS), LEAP, Roll.FORWARD),
            "due: the due date falls outside the supported years 2028-2028 of calendar "
            "'2028 only'",
        ),
    ],
)  # fmt: skip
def test_a_count_outside_the_calendar_names_the_trigger_or_the_due_date(call, message):
    """The calendar's own words are its own arguments' ("date", "result"); a due-date function
    names the caller's: the trigger when it is outside the calendar's years, else the due date
    counted from it."""
    with pytest.raises(OutOfRangeError) as caught:
        call()
    assert str(caught.value) == message
    assert caught.value.rule is None


def test_a_trigger_outside_the_calendar_counts_when_the_calendar_is_not_needed():
    """Only what touches the calendar must be in its years: Saturday December 20, 2025 + 12
    calendar days is Thursday January 1, 2026, a business day of a weekends-only calendar, and
    occurrence 2 of 10 business days from December 1, 2026 is Tuesday December 29 (18 business
    days to Friday the 25th, Monday 28 the 19th)."""
    assert count_due(D(2025, 12, 20), Period(12, Unit.CALENDAR_DAYS), YEAR, Roll.FORWARD) == D(
        2026, 1, 1
    )
    assert count_due(D(2026, 12, 1), Period(10, Unit.BUSINESS_DAYS), YEAR, occurrence=2) == D(
        2026, 12, 29
    )


def test_a_count_past_the_year_9999_keeps_naming_the_period():
    """Not the calendar's years: Python's. No calendar is involved, so nothing is renamed."""
    with pytest.raises(OutOfRangeError) as caught:
        count_due(D(9999, 12, 1), Period(60, Unit.CALENDAR_DAYS), YEAR, Roll.FORWARD)
    assert str(caught.value) == "period: the due date falls after the year 9999"


# -- due_date: the steps, word for word -------------------------------------------------------


def test_steps_for_calendar_days():
    d = due_date(date(2026, 6, 25), Period(9, Unit.CALENDAR_DAYS))
    assert d.steps() == (
        "Trigger 2026-06-25 (Thursday) is day 0.",
        "Count 9 calendar days; every day counts.",
        "Due 2026-07-04 (Saturday).",
    )
    assert d.explain() == "\n".join(d.steps())


def test_steps_for_a_rolled_due_date():
    d = due_date(date(2026, 6, 25), Period(9, Unit.CALENDAR_DAYS), roll=Roll.FORWARD)
    assert d.steps() == (
        "Trigger 2026-06-25 (Thursday) is day 0.",
        "Count 9 calendar days; every day counts.",
        "2026-07-04 (Saturday) is not a business day; rolled forward to 2026-07-06 (Monday) over:",
        "  2026-07-04 Saturday: weekend",
        "  2026-07-05 Sunday: weekend",
        "Due 2026-07-06 (Monday).",
    )


def test_steps_for_business_days():
    d = due_date(date(2026, 11, 25), Period(2, Unit.WORKING_DAYS), calendar=CAL)
    assert d.steps()[:3] == (
        "Trigger 2026-11-25 (Wednesday) is day 0.",
        f"Count 2 working days on calendar {NAME!r}; the trigger day never counts, and only "
        "business days count.",
        "Skipped 3 non-business days:",
    )
    assert d.steps()[3].startswith("  2026-11-26 Thursday: Thanksgiving Day")
    assert d.steps()[-1] == "Due 2026-11-30 (Monday)."


def test_steps_for_months_and_occurrences():
    d = due_date(date(2026, 8, 31), Period(6, Unit.MONTHS, every=True), occurrence=1)
    assert d.steps() == (
        "Trigger 2026-08-31 (Monday) is day 0.",
        "Add 6 months: same day of the month, clamped to the month's last day.",
        "Due 2027-02-28 (Sunday).",
    )
    d = due_date(date(2026, 8, 15), Period(1, Unit.YEARS, every=True), occurrence=3)
    assert d.steps() == (
        "Trigger 2026-08-15 (Saturday) is day 0.",
        "Add 36 months: same day of the month.",
        "Occurrence 3: 3 x 1 years, counted from the anchor, never chained.",
        "Due 2029-08-15 (Wednesday).",
    )


def test_steps_for_at_the_time_of_and_promptly():
    assert due_date(date(2026, 7, 1), Period(0, Unit.AT_THE_TIME_OF)).steps() == (
        "Trigger 2026-07-01 (Wednesday) is day 0.",
        '"at the time of": due on the trigger day itself.',
        "Due 2026-07-01 (Wednesday).",
    )
    assert due_date(date(2026, 7, 1), Period(0, Unit.PROMPTLY)).steps() == (
        "Trigger 2026-07-01 (Wednesday) is day 0.",
        '"promptly" sets no computable due date.',
    )


# -- occurrences -----------------------------------------------------------------------------


def test_occurrences_run_through_the_date_and_one_past_it():
    anchor, p = date(2026, 1, 31), Period(1, Unit.MONTHS, every=True)
    dues = [d.due for d in occurrences(anchor, p, through=date(2026, 3, 31))]
    assert dues == [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]  # never chained
    dues = [d.due for d in occurrences(anchor, p, through=date(2026, 3, 30))]
    assert dues == [date(2026, 2, 28), date(2026, 3, 31)]
    assert [d.occurrence for d in occurrences(anchor, p, through=date(2026, 1, 1))] == [1]


@pytest.mark.parametrize(
    "period", [Period(0, Unit.MONTHS), Period(0, Unit.PROMPTLY), Period(0, Unit.AT_THE_TIME_OF)]
)
def test_only_a_positive_countable_period_recurs(period):
    with pytest.raises(InputError) as caught:
        next(occurrences(date(2026, 1, 1), period, through=date(2027, 1, 1)))
    assert caught.value.field == "period"


# -- values, and the words of every refusal -----------------------------------------------------


def test_periods_values_are_frozen_and_hashable():
    import dataclasses

    d = due_date(date(2026, 7, 1), Period(5, Unit.CALENDAR_DAYS))
    m, w = Month(2026, 3), MonthWindow.preceding(Month(2026, 3), 6)
    assert len({d, d}) == 1 and len({m, Month(2026, 3)}) == 1 and len({w, w}) == 1
    for value, field in ((d, "due"), (m, "year"), (w, "first")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, field, None)


def test_a_due_date_built_by_hand_has_the_documented_defaults():
    from coregs import DueDate

    d = DueDate(date(2026, 7, 1), Period(5, Unit.CALENDAR_DAYS), date(2026, 7, 6))
    assert (d.calendar, d.roll, d.unrolled, d.clamped, d.occurrence) == (
        None,
        Roll.NONE,
        None,
        False,
        1,
    )
    assert (d.skipped, d.rolled_over) == ((), ())
    promptly = due_date(date(2026, 7, 1), Period(0, Unit.PROMPTLY))
    assert (promptly.clamped, promptly.occurrence, promptly.roll) == (False, 1, Roll.NONE)
    assert due_date(date(2026, 7, 1), "5 days", roll="none").roll is Roll.NONE


def test_the_second_occurrence_says_so():
    d = due_date(date(2026, 8, 15), Period(1, Unit.YEARS, every=True), occurrence=2)
    assert d.steps()[2] == "Occurrence 2: 2 x 1 years, counted from the anchor, never chained."


def test_a_trigger_on_a_closed_day_is_not_among_the_skipped_days():
    """Saturday + 1 working day = Monday: Sunday was skipped; Saturday, day 0, was not."""
    d = due_date(date(2026, 11, 21), Period(1, Unit.WORKING_DAYS), calendar=CAL)
    assert d.due == date(2026, 11, 23)
    assert [x.date for x in d.skipped] == [date(2026, 11, 22)]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: add_months(date(2026, 1, 1), 1.0), "months: expected an int number of months"),
        (lambda: Month(2026, 13), "month: expected a year and a month number 1-12"),
        (lambda: Month(0, 1), "month.year: expected a year 1-9999"),
        (lambda: Month.parse("x"), "month: expected YYYY-MM"),
        (lambda: Month(9999, 12) + 1, "month.year: the result falls outside years 1-9999"),
        (lambda: MonthWindow(Month(2026, 1), "x"), "window.last: expected a Month"),
        (
            lambda: MonthWindow(Month(2026, 2), Month(2026, 1)),
            "window: the last month is before the first",
        ),
        (
            lambda: MonthWindow.preceding(Month(2026, 1), -1),
            "months: expected a whole number of months, zero or more",
        ),
        (
            lambda: due_date(date(2026, 1, 1), 5),
            "period: expected a Period or a phrase such as '5 working days'",
        ),
        (
            lambda: due_date(date(2026, 1, 1), "5 days", roll="x"),
            "roll: expected none, forward or backward",
        ),
        (
            lambda: due_date(date(2026, 1, 1), "5 days", occurrence=0),
            "occurrence: expected a positive int",
        ),
        (
            lambda: due_date(date(2026, 1, 1), "5 days", calendar="x"),
            "calendar: expected a BusinessCalendar",
        ),
        (lambda: due_date("x", "5 days"), "trigger: expected a datetime.date, got a str"),
        (
            lambda: next(occurrences("x", "5 days", through=date(2026, 1, 1))),
            "anchor: expected a datetime.date, got a str",
        ),
        (
            lambda: next(occurrences(date(2026, 1, 1), "5 days", through="x")),
            "through: expected a datetime.date, got a str",
        ),
        (
            lambda: next(occurrences(date(2026, 1, 1), "0 days", through=date(2026, 1, 1))),
            "period: only a positive countable period has occurrences",
        ),
    ],
)
def test_each_refusal_in_words(call, message):
    with pytest.raises(InputError) as caught:
        call()
    assert str(caught.value) == message


# -- count_due: the kernel due_date explains --------------------------------------------------


def test_count_due_is_due_date_without_the_words():
    from coregs.periods import count_due

    p = Period(5, Unit.CALENDAR_DAYS)
    assert count_due(date(2026, 1, 1), p) == date(2026, 1, 6)  # occurrence 1 by default
    assert count_due(date(2026, 1, 1), p, occurrence=2) == date(2026, 1, 11)
    assert count_due(date(2026, 1, 1), Period(0, Unit.PROMPTLY)) is None
    assert count_due(date(2026, 6, 25), Period(9, Unit.CALENDAR_DAYS), CAL, Roll.FORWARD) == (
        date(2026, 7, 6)
    )


FIVE = Period(5, Unit.CALENDAR_DAYS)
JAN_1 = date(2026, 1, 1)


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("x", FIVE), {}, "trigger: expected a datetime.date, got a str"),
        ((JAN_1, "5 days"), {}, "period: expected a Period (due_date reads a phrase)"),
        ((JAN_1, FIVE), {"roll": "none"}, "roll: expected a Roll"),
        ((JAN_1, FIVE), {"occurrence": 0}, "occurrence: expected a positive int"),
        ((JAN_1, FIVE), {"occurrence": 1.0}, "occurrence: expected a positive int"),
        ((JAN_1, FIVE), {"calendar": "x"}, "calendar: expected a BusinessCalendar"),
    ],
)
def test_count_due_refuses_in_words(args, kwargs, message):
    from coregs.periods import count_due

    with pytest.raises(InputError) as caught:
        count_due(*args, **kwargs)
    assert str(caught.value) == message


def test_a_due_date_displays_itself():
    d = due_date(date(2026, 11, 20), "five (5) working days", calendar=CAL)
    assert isinstance(repr(d), str) and "2026-11-30" in repr(d)
    assert "2026-11-30" in d._repr_html_()


def test_count_due_rolls_on_the_calendar_it_is_given():
    from coregs import Closure, Layer
    from coregs.periods import count_due

    county = CAL.with_closures([Closure(date(2026, 7, 6), "Flood", Layer.LOCAL, "notice")])
    due = count_due(date(2026, 6, 25), Period(9, Unit.CALENDAR_DAYS), county, Roll.FORWARD)
    assert due == date(2026, 7, 7)  # Saturday the 4th: Monday the 6th is closed here


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("working days",), "unit: expected a Unit"),
        ((Unit.WORKING_DAYS, "forward"), "roll: expected a Roll"),
        ((Unit.WORKING_DAYS, None), "roll: expected a Roll"),
    ],
)
def test_counter_refuses_in_words(args, message):
    from coregs.periods import counter

    with pytest.raises(InputError) as caught:
        counter(*args)
    assert str(caught.value) == message


def test_a_counter_is_count_due_resolved_once():
    """Five working days from Friday November 20, 2026: 23, 24, 25, 27 (Thanksgiving, the
    26th, closed) and Monday the 30th; ten (the second occurrence): December 1, 2, 3, 4, 7.
    Six months from August 31, 2026 is February 28, 2027, a Sunday: rolled back to Friday the
    26th."""
    from coregs.periods import count_due, counter

    working = counter(Unit.WORKING_DAYS)
    months = counter(Unit.MONTHS, Roll.BACKWARD)
    assert working is not None and months is not None
    assert working(date(2026, 11, 20), 5, CAL) == date(2026, 11, 30)
    assert working(date(2026, 11, 20), 10, None) == date(2026, 12, 7)  # the default calendar
    assert months(date(2026, 8, 31), 6, CAL) == date(2027, 2, 26)
    assert count_due(date(2026, 8, 31), Period(6, Unit.MONTHS), CAL, Roll.BACKWARD) == (
        date(2027, 2, 26)
    )
