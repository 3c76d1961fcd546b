"""count_due over a column of dates, pinned by hand through the public API (numpy and pandas).

tests/calendar/test_columns.py checks every row against the scalar path; these tests pin the
column path itself with values worked out on paper, so that they kill the mutants
``tools/mutate.py`` makes of ``periods/_due.py``'s column dispatch and column counting
(docs/mutation.md). The calendar is Colorado's legal holidays as observed (the default): 2026
closes Friday July 3 (Independence Day, a Saturday), Monday September 7 (Labor Day) and Thursday
November 26 (Thanksgiving); Friday November 27 is open.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from coregs import BusinessCalendar, Closure, InputError, Layer, OutOfRangeError
from coregs.calendar import colorado_legal_holidays
from coregs.periods import Period, Roll, Unit, count_due

CAL = colorado_legal_holidays()
# Wednesday June 3, Monday August 31, Friday November 20 2026, and a missing row
TRIGGERS = ("2026-06-03", "2026-08-31", "2026-11-20", "NaT")
FIVE_WORKING_DAYS = Period(5, Unit.WORKING_DAYS)
THIRTY_DAYS = Period(30, Unit.CALENDAR_DAYS)


def days(*iso: str) -> np.ndarray:
    return np.array(iso, dtype="datetime64[D]")


def test_working_days_over_a_column_on_the_default_calendar():
    """7.601.4.C: contact "within five (5) working days"; no calendar given: the default one.

    June 3 + 5: Thu 4, Fri 5, Mon 8, Tue 9, Wed 10. August 31 + 5: September 1 to 4, then
    Tuesday the 8th (Labor Day closed). November 20 + 5: 23, 24, 25, 27, 30 (Thanksgiving
    closed). A business-day count never rolls: ``roll`` changes nothing.
    """
    for roll in Roll:
        due = count_due(days(*TRIGGERS), FIVE_WORKING_DAYS, None, roll)
        assert due.dtype == np.dtype("datetime64[D]")
        assert list(due[:3]) == list(days("2026-06-10", "2026-09-08", "2026-11-30"))
        assert np.isnat(due[3])


def test_the_kth_occurrence_over_a_column_counts_k_periods():
    """Occurrence 2 of five working days is ten: June 3 -> 4, 5, 8, 9, 10, 11, 12, 15, 16, 17;
    August 31 -> September 1, 2, 3, 4, 8, 9, 10, 11, 14, 15; November 20 -> 23, 24, 25, 27,
    30, December 1, 2, 3, 4, 7."""
    due = count_due(days(*TRIGGERS[:3]), FIVE_WORKING_DAYS, CAL, Roll.NONE, 2)
    assert list(due) == list(days("2026-06-17", "2026-09-15", "2026-12-07"))


def test_a_column_counts_on_the_calendar_it_is_given():
    """A county closed Monday June 8 and Monday July 6: June 3 + 5 working days skips the 8th
    (Thu 4, Fri 5, Tue 9, Wed 10, Thu 11); June 6 + 30 days is Monday July 6, closed there,
    rolled forward to Tuesday the 7th."""
    county = CAL.with_closures(
        [
            Closure(date(2026, 6, 8), "Flood", Layer.LOCAL, "county notice"),
            Closure(date(2026, 7, 6), "Flood", Layer.LOCAL, "county notice"),
        ]
    )
    assert count_due(days("2026-06-03"), FIVE_WORKING_DAYS, county)[0] == np.datetime64(
        "2026-06-11"
    )
    rolled = count_due(days("2026-06-06"), THIRTY_DAYS, county, Roll.FORWARD)
    assert rolled[0] == np.datetime64("2026-07-07")


@pytest.mark.parametrize(
    ("roll", "expected"),
    [
        # June 3 + 30 = Friday July 3 (closed); August 31 + 30 = Wednesday September 30;
        # November 20 + 30 = Sunday December 20
        (Roll.NONE, ("2026-07-03", "2026-09-30", "2026-12-20")),
        (Roll.FORWARD, ("2026-07-06", "2026-09-30", "2026-12-21")),
        (Roll.BACKWARD, ("2026-07-02", "2026-09-30", "2026-12-18")),
    ],
)
def test_calendar_days_over_a_column_roll_only_when_asked(roll, expected):
    """C.R.S. 24-11-110: an act due on a day the office is closed "shall stand continued to the
    next succeeding full business day"; calendar days count every day from day 0."""
    due = count_due(days(*TRIGGERS), THIRTY_DAYS, CAL, roll)
    assert list(due[:3]) == list(days(*expected))
    assert np.isnat(due[3])


def test_months_and_years_over_a_column_clamp_to_the_month_end():
    """C.R.S. 2-4-108(3): August 31 + 6 months is February 28, 2027 (no 31st); rolled forward,
    Sunday February 28 becomes Monday March 1. Occurrence 2 of 6 months is 12 months; of one
    year, 24 months."""
    six = Period(6, Unit.MONTHS)
    assert list(count_due(days(*TRIGGERS[:3]), six)) == list(
        days("2026-12-03", "2027-02-28", "2027-05-20")
    )
    assert list(count_due(days(*TRIGGERS[:3]), six, CAL, Roll.FORWARD)) == list(
        days("2026-12-03", "2027-03-01", "2027-05-20")  # Thursday, Monday, Thursday
    )
    assert list(count_due(days(*TRIGGERS[:3]), six, occurrence=2)) == list(
        days("2027-06-03", "2027-08-31", "2027-11-20")
    )
    assert list(count_due(days(*TRIGGERS[:3]), Period(1, Unit.YEARS), occurrence=2)) == list(
        days("2028-06-03", "2028-08-31", "2028-11-20")
    )


def test_at_the_time_of_and_promptly_over_a_column():
    """ "At the time of" is due on the trigger itself (rolled when asked): Saturday November 21
    forward to Monday the 23rd, Thanksgiving back to Wednesday the 25th. "Promptly" has no
    computable date: every row is NaT."""
    at = Period.parse("at the time of")
    triggers = days("2026-11-21", "2026-11-26")
    assert list(count_due(triggers, at)) == list(triggers)
    assert list(count_due(triggers, at, CAL, Roll.FORWARD)) == list(
        days("2026-11-23", "2026-11-27")
    )
    assert list(count_due(triggers, at, CAL, Roll.BACKWARD)) == list(
        days("2026-11-20", "2026-11-25")
    )
    promptly = count_due(triggers, Period.parse("promptly"), CAL, Roll.FORWARD)
    assert promptly.dtype == np.dtype("datetime64[D]") and np.isnat(promptly).all()


def test_a_pandas_column_of_triggers_comes_back_as_one():
    opened = pd.Series(pd.to_datetime(["2026-08-31"]), index=["case-1"], name="opened")
    due = count_due(opened, Period(6, Unit.MONTHS))
    assert isinstance(due, pd.Series)
    assert (due.name, list(due.index), str(due.dtype)) == ("opened", ["case-1"], "datetime64[ns]")
    assert due.iloc[0] == pd.Timestamp("2027-02-28")


def test_a_row_out_of_the_calendar_raises_or_is_coerced():
    """A calendar of 2026 only: Monday December 28 + 5 business days falls in 2027; Monday June
    1 + 5 is Monday June 8 (weekends only). December 20 + 12 days is January 1, 2027: it cannot
    be rolled on this calendar."""
    year = BusinessCalendar("2026 only", first_year=2026, last_year=2026)
    triggers = days("2026-12-28", "2026-06-01")
    with pytest.raises(OutOfRangeError) as caught:
        count_due(triggers, Period(5, Unit.BUSINESS_DAYS), year)
    assert str(caught.value) == (
        "due[0]: the due date falls outside the supported years 2026-2026 of calendar '2026 only'"
    )
    coerced = count_due(triggers, Period(5, Unit.BUSINESS_DAYS), year, errors="coerce")
    assert np.isnat(coerced[0]) and coerced[1] == np.datetime64("2026-06-08")
    late = days("2026-12-20", "2026-06-01")
    with pytest.raises(OutOfRangeError) as caught:
        count_due(late, Period(12, Unit.CALENDAR_DAYS), year, Roll.FORWARD)
    assert caught.value.field == "due[0]"
    rolled = count_due(late, Period(12, Unit.CALENDAR_DAYS), year, Roll.FORWARD, errors="coerce")
    assert np.isnat(rolled[0]) and rolled[1] == np.datetime64("2026-06-15")  # Saturday 13th


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"occurrence": 0}, "occurrence: expected a positive int"),
        ({"occurrence": 1.0}, "occurrence: expected a positive int"),
        ({"occurrence": True}, "occurrence: expected a positive int"),
        ({"errors": "ignore"}, "errors: expected 'raise' or 'coerce'"),
    ],
)
def test_a_column_count_refuses_in_words(kwargs, message):
    with pytest.raises(InputError) as caught:
        count_due(days("2026-06-03"), FIVE_WORKING_DAYS, CAL, **kwargs)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("triggers", "period", "roll", "field"),
    [
        # row 2 (after a missing row), Monday January 4, 2027, is outside the calendar's years
        (("2026-06-01", "NaT", "2027-01-04"), FIVE_WORKING_DAYS, Roll.NONE, "trigger[2]"),
        # March 1, 2027 + 12 is March 13, 2027: the trigger already was outside
        (("2026-06-01", "2027-03-01"), Period(12, Unit.CALENDAR_DAYS), Roll.BACKWARD, "trigger[1]"),
        # Sunday December 20 + 12 is January 1, 2027: the trigger is in, its due date out
        (("2026-06-01", "2026-12-20"), Period(12, Unit.CALENDAR_DAYS), Roll.FORWARD, "due[1]"),
        (("2026-06-01", "2026-12-28"), Period(1, Unit.MONTHS), Roll.FORWARD, "due[1]"),
        (("2026-06-01", "2025-11-28"), Period(1, Unit.MONTHS), Roll.FORWARD, "trigger[1]"),
    ],
)  # fmt: skip
def test_a_row_outside_the_calendar_names_the_trigger_or_the_due_date(
    triggers, period, roll, field
):
    """As the scalar count does (tests/time_core/test_periods_exact.py), naming the row."""
    year = BusinessCalendar("2026 only", first_year=2026, last_year=2026)
    with pytest.raises(OutOfRangeError) as caught:
        count_due(days(*triggers), period, year, roll)
    assert caught.value.field == field
    what = "outside" if field.startswith("trigger") else "the due date falls outside"
    assert caught.value.problem == f"{what} the supported years 2026-2026 of calendar '2026 only'"


def test_a_pandas_row_outside_the_calendar_is_named_by_its_position():
    """The index labels are the caller's values (a case number): the row is its position."""
    opened = pd.Series(pd.to_datetime(["2026-11-20", "2101-06-01"]), index=["case-7", "case-9"])
    with pytest.raises(OutOfRangeError) as caught:
        count_due(opened, FIVE_WORKING_DAYS, CAL)
    assert str(caught.value) == (
        "trigger[1]: outside the supported years 2000-2100 of calendar "
        "'Colorado legal holidays, as observed'"
    )


def test_a_row_past_the_dates_a_column_can_hold_raises_or_is_coerced_never_wraps():
    """A due date no date type can hold is never returned as another date.

    numpy counts 9999-12-15 + 30 days as 10000-01-14, which no Python date (nor the scalar
    ``count_due``) holds. pandas holds dates as nanoseconds in an int64, 1677-09-22 to
    2262-04-11: a Series of ``datetime64[s]`` may hold 2262-04-01, but + 30 days (2262-05-01)
    cast back to nanoseconds would wrap around into 1677; a trigger in 3026 (a typo for 2026)
    cannot come back at all. Each raises naming its row (``errors="raise"``) or is ``NaT``.
    """
    numpy_rows = days("2026-06-03", "9999-12-15")
    with pytest.raises(OutOfRangeError) as caught:
        count_due(numpy_rows, THIRTY_DAYS)
    assert str(caught.value) == (
        "due[1]: the date falls outside 0001-01-01..9999-12-31, the dates coregs counts "
        "(a Python date)"
    )
    coerced = count_due(numpy_rows, Period(1, Unit.YEARS), errors="coerce")
    assert coerced.astype(str).tolist() == ["2027-06-03", "NaT"]
    seconds = pd.Series(np.array(["2026-06-03", "2262-04-01"], dtype="datetime64[s]"))
    with pytest.raises(OutOfRangeError) as caught:
        count_due(seconds, THIRTY_DAYS)
    assert str(caught.value) == (
        "due[1]: the date falls outside 1677-09-22..2262-04-11, the dates pandas holds (ns)"
    )
    coerced = count_due(seconds, THIRTY_DAYS, errors="coerce")
    assert coerced.tolist()[0] == pd.Timestamp("2026-07-03") and pd.isna(coerced.tolist()[1])
    # still held: the last day pandas holds
    last = count_due(pd.Series(np.array(["2262-03-12"], dtype="datetime64[s]")), THIRTY_DAYS)
    assert last.tolist() == [pd.Timestamp("2262-04-11")]
    typo = pd.Series(np.array(["2026-06-03", "3026-06-03"], dtype="datetime64[s]"))
    with pytest.raises(OutOfRangeError) as caught:
        count_due(typo, THIRTY_DAYS)
    assert str(caught.value).startswith("due[1]: the date falls outside 1677-09-22..2262-04-11")
