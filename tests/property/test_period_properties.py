"""Invariants of periods and due dates."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta
from hypothesis import given, strategies as st

from coregs import Period, Roll, Unit, add_months, due_date, occurrences
from coregs.calendar import colorado_legal_holidays

LEGAL = colorado_legal_holidays()
days = st.dates(min_value=date(2001, 1, 1), max_value=date(2089, 12, 31))
amounts = st.integers(min_value=0, max_value=400)
units = st.sampled_from([u for u in Unit if u.countable])
_CAP = {Unit.MONTHS: 120, Unit.YEARS: 10}  # keep due dates inside the calendar's years
periods = st.builds(lambda n, unit: Period(n % _CAP.get(unit, 401), unit), amounts, units)


@given(
    days,
    st.integers(min_value=1, max_value=300),
    st.sampled_from([Unit.WORKING_DAYS, Unit.BUSINESS_DAYS]),
)
def test_a_business_day_period_ends_on_a_business_day(day, n, unit):
    assert LEGAL.is_business_day(due_date(day, Period(n, unit), calendar=LEGAL).due)  # type: ignore[arg-type]


@given(days, periods, st.sampled_from(list(Roll)))
def test_a_due_date_never_precedes_its_trigger_unless_rolled_back(day, period, roll):
    result = due_date(day, period, calendar=LEGAL, roll=roll)
    assert result.due is not None
    assert result.unrolled is not None and result.unrolled >= day
    if roll is not Roll.BACKWARD:
        assert result.due >= day


@given(days, st.integers(min_value=0, max_value=2000))
def test_calendar_days_are_trigger_plus_n(day, n):
    result = due_date(day, Period(n, Unit.CALENDAR_DAYS))
    assert result.due is not None
    assert (result.due - day).days == n
    assert not result.rolled


@given(
    days, st.integers(min_value=0, max_value=2000), st.sampled_from([Roll.FORWARD, Roll.BACKWARD])
)
def test_a_rolled_due_date_is_a_business_day_and_moves_only_if_needed(day, n, roll):
    result = due_date(day, Period(n, Unit.CALENDAR_DAYS), calendar=LEGAL, roll=roll)
    assert result.due is not None and result.unrolled is not None
    assert LEGAL.is_business_day(result.due)
    assert result.rolled == (not LEGAL.is_business_day(result.unrolled))


@given(days, st.integers(min_value=1, max_value=24), st.integers(min_value=1, max_value=12))
def test_anchored_recurrences_never_drift(anchor, months, count):
    """Occurrence k is anchor + k x period: the anchor's day unless that month is shorter."""
    period = Period(months, Unit.MONTHS, every=True)
    far = add_months(anchor, months * count)
    for k, o in enumerate(occurrences(anchor, period, through=far), start=1):
        assert o.due == add_months(anchor, months * k)
        assert o.due is not None
        assert o.due.day == anchor.day or (o.clamped and o.due.day < anchor.day)


@given(periods)
def test_period_text_round_trips(period):
    assert Period.parse(str(period)) == period


@given(st.dates(), st.integers(min_value=-1200, max_value=1200))
def test_add_months_is_relativedelta(day, n):
    """coregs' month arithmetic is dateutil's, including the month-end clamp."""
    try:
        expected = day + relativedelta(months=n)
    except (ValueError, OverflowError):
        return  # outside years 1-9999: coregs raises its own InputError
    assert add_months(day, n) == expected
