"""Columns of dates: the calendar, count_due and Rule.due over numpy arrays and pandas objects.

The same conventions as the scalar methods (tests/calendar/test_arithmetic.py), a column at a
time: worked examples first, then every row against the scalar path.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from coregs import InputError, OutOfRangeError, Period, Roll, Unit, count_due
from coregs.rules import RULEBOOK, RuleNotInForceError
from tests.conftest import d

# the worked examples of test_arithmetic.py, as one column
STARTS = ["2026-11-20", "2026-11-21", "2026-11-25", "2026-07-02", "2026-12-24", "2026-11-30"]
STEPS = [5, 1, 1, 1, 2, -5]
EXPECTED = ["2026-11-30", "2026-11-23", "2026-11-27", "2026-07-06", "2026-12-29", "2026-11-20"]
SPAN = np.arange(np.datetime64("2016-01-01"), np.datetime64("2029-01-01"))


def test_a_column_of_starts_and_steps_gives_the_worked_examples(legal):
    got = legal.add_business_days(np.array(STARTS, dtype="datetime64[D]"), np.array(STEPS))
    assert got.dtype == np.dtype("datetime64[D]")
    assert list(got) == list(np.array(EXPECTED, dtype="datetime64[D]"))


@pytest.mark.parametrize("n", [-250, -30, -1, 0, 1, 5, 30, 250])
def test_every_row_agrees_with_the_scalar_method(legal, n):
    got = legal.add_business_days(SPAN, n)
    assert list(got.astype(object)) == [legal.add_business_days(x, n) for x in SPAN.astype(object)]


def test_rolls_and_counts_agree_with_the_scalar_methods(legal):
    days = list(SPAN.astype(object))
    assert list(legal.roll_forward(SPAN).astype(object)) == [legal.roll_forward(x) for x in days]
    assert list(legal.roll_backward(SPAN).astype(object)) == [legal.roll_backward(x) for x in days]
    end = d("2022-06-15")
    counts = legal.business_days_between(SPAN, end)
    assert counts.dtype == np.dtype("int64")
    assert list(counts) == [legal.business_days_between(x, end) for x in days]
    back = legal.business_days_between(end, SPAN)
    assert list(back) == [legal.business_days_between(end, x) for x in days]


def test_pandas_in_pandas_out(legal):
    index = pd.Index(["a", "b", "c"], name="case")
    opened = pd.Series(pd.to_datetime(STARTS[:3]), index=index, name="opened")
    due = legal.add_business_days(opened, 5)
    assert isinstance(due, pd.Series)
    assert (due.name, list(due.index), str(due.dtype)) == (
        "opened",
        ["a", "b", "c"],
        "datetime64[ns]",
    )
    # 2026-11-20 + 5 = 11-30; Saturday 11-21 + 5 = 11-30; Wednesday 11-25 + 5 = 12-03
    assert [x.date() for x in due] == [d("2026-11-30"), d("2026-11-30"), d("2026-12-03")]
    at = legal.roll_forward(pd.DatetimeIndex(["2026-11-26"], name="when"))
    assert isinstance(at, pd.DatetimeIndex)
    assert at.name == "when"
    assert at[0].date() == d("2026-11-27")  # Thanksgiving rolls to the Friday, open in 2026


def test_dates_as_objects_and_missing_rows(legal):
    column = pd.Series([d("2026-11-20"), None], dtype="object")
    due = legal.add_business_days(column, 5)
    assert due[0].date() == d("2026-11-30")
    assert pd.isna(due[1])
    counts = legal.business_days_between(column, d("2026-11-30"))
    assert str(counts.dtype) == "Int64"
    assert counts[0] == 5
    assert pd.isna(counts[1])


def test_a_row_out_of_range_raises_naming_the_row_or_is_coerced(legal):
    days = np.array(["2026-01-02", "1999-12-31", "2100-12-31"], dtype="datetime64[D]")
    with pytest.raises(OutOfRangeError) as raised:
        legal.add_business_days(days, 1)
    assert raised.value.field == "date[1]"
    assert "1999" not in str(raised.value)
    with pytest.raises(OutOfRangeError) as result:
        legal.add_business_days(days[[0, 2]], 1)  # 2100-12-31 + 1 is past the calendar
    assert result.value.field == "result[1]"
    coerced = legal.add_business_days(days, 1, errors="coerce")
    assert coerced[0] == np.datetime64("2026-01-05")
    assert np.isnat(coerced[1:]).all()


def test_what_is_not_a_column_of_dates_is_refused(legal):
    stamps = pd.Series(pd.to_datetime(["2026-11-20 09:30"]))
    with pytest.raises(InputError, match="time of day"):
        legal.add_business_days(stamps, 1)
    with pytest.raises(InputError, match="convert"):
        legal.add_business_days(stamps.dt.tz_localize("America/Denver"), 1)
    with pytest.raises(InputError, match="expected dates"):
        legal.add_business_days(np.array([1, 2]), 1)
    with pytest.raises(InputError, match="whole numbers"):
        legal.add_business_days(SPAN[:2], np.array([1.5, 2.0]))
    with pytest.raises(InputError, match="errors"):
        legal.add_business_days(SPAN[:2], 1, errors="ignore")  # type: ignore[call-overload]


def test_count_due_over_a_column_is_the_convention(legal):
    for phrase in ["5 working days", "30 calendar days", "6 months", "1 year", "at the time of"]:
        period = Period.parse(phrase)
        for roll in Roll:
            got = count_due(SPAN, period, legal, roll, 2 if period.unit.countable else 1)
            want = [
                count_due(x, period, legal, roll, 2 if period.unit.countable else 1)
                for x in SPAN.astype(object)
            ]
            assert list(got.astype(object)) == want, (phrase, roll)
    # 2026-08-31 + 6 months is clamped to February 28, 2027 (C.R.S. 2-4-108(3))
    months = count_due(np.array(["2026-08-31"], dtype="datetime64[D]"), Period(6, Unit.MONTHS))
    assert months[0] == np.datetime64("2027-02-28")
    assert np.isnat(count_due(SPAN[:3], Period.parse("promptly"))).all()


def test_rule_due_over_a_column():
    """7.601.71.I.2: "Counties shall redetermine eligibility ... every twelve (12) months from
    the date the child enters foster care": a column of entry dates, each counted alone."""
    rule = RULEBOOK.get("ive-redetermination")
    entries = pd.Series(pd.to_datetime(["2024-03-10", "2025-02-28"]), name="entered")
    due = rule.due(entries, occurrence=2)
    # 24 months on: Tuesday 2026-03-10; Sunday 2027-02-28, rolled to Monday (C.R.S. 24-11-110)
    assert [x.date() for x in due] == [d("2026-03-10"), d("2027-03-01")]
    every = [rule.due(x.date(), occurrence=2).due for x in entries]
    assert [x.date() for x in due] == every


def test_rule_due_refuses_or_coerces_a_trigger_before_the_rule_took_effect():
    """7.601.4.C: the contact is due within "five (5) working days"; the rule is in force from
    2015-01-01, so a request dated 2014-12-31 has no due date under it."""
    rule = RULEBOOK.get("service-request-contact")
    triggers = np.array(["2026-11-20", "2014-12-31", "NaT"], dtype="datetime64[D]")
    with pytest.raises(RuleNotInForceError) as raised:
        rule.due(triggers)
    assert raised.value.field == "trigger[1]"
    assert raised.value.rule == rule.id
    coerced = rule.due(triggers, errors="coerce")
    assert coerced[0] == np.datetime64("2026-11-30")
    assert np.isnat(coerced[1:]).all()


def _scalar_due(rule, day):
    try:
        return rule.due(day).due
    except RuleNotInForceError:
        return None


def test_every_rule_over_a_column_agrees_with_its_deadlines():
    days = SPAN[::7]
    for rule in RULEBOOK:
        got = rule.due(days, errors="coerce")
        want = [_scalar_due(rule, x) for x in days.astype(object)]
        assert [None if np.isnat(x) else x.astype(object) for x in got] == want, rule.id


def test_the_numpy_and_pandas_exports_agree_with_coregs_where_documented(legal):
    """``to_numpy()``: ``busday_offset`` with roll="backward" for n >= 1, roll="forward" for
    n <= -1; ``to_pandas()``: ``d + n * offset`` for n != 0. For n == 0 coregs returns the day
    itself, which neither library does on a closed day (documented on both methods)."""
    cal, offset = legal.to_numpy(), legal.to_pandas()
    for i in range(0, 400, 3):
        day = d("2025-11-20") + timedelta(days=i)
        for n in [*range(-12, 0), *range(1, 13)]:
            want = legal.add_business_days(day, n)
            roll = "backward" if n > 0 else "forward"
            assert np.busday_offset(day, n, roll=roll, busdaycal=cal).astype(object) == want
            assert (pd.Timestamp(day) + n * offset).date() == want
    saturday = date(2026, 11, 21)
    assert legal.add_business_days(saturday, 0) == saturday
    assert np.busday_offset(saturday, 0, roll="forward", busdaycal=cal).astype(object) != saturday


def test_the_scalar_calendar_loads_no_numpy_and_no_column_code():
    code = (
        "import sys, datetime, coregs.calendar as c;"
        "cal = c.colorado_legal_holidays(); day = datetime.date(2026, 11, 20);"
        "cal.add_business_days(day, 5); cal.business_days_between(day, day);"
        "cal.roll_forward(day); cal.roll_backward(day);"
        "print(sorted({'numpy', 'pandas', 'coregs._columns'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
