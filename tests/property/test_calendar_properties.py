"""Invariants of business-day arithmetic, checked by hypothesis on every shipped calendar."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, strategies as st

from coregs.calendar import Closure, calendar_named, colorado_legal_holidays

CALENDARS = [calendar_named(k) for k in ("legal", "state-offices", "statute")]
LEGAL = colorado_legal_holidays()

days = st.dates(min_value=date(2002, 1, 1), max_value=date(2098, 12, 31))  # +-300 stays in range
calendars = st.sampled_from(CALENDARS)
steps = st.integers(min_value=-300, max_value=300)
nonzero = steps.filter(lambda n: n != 0)


def naive_add(cal, day, n):
    """The day-by-day loop every other library uses: the oracle."""
    step = 1 if n > 0 else -1
    remaining = abs(n)
    while remaining:
        day += timedelta(days=step)
        if day.weekday() < 5 and not cal.explain(day).closures:
            remaining -= 1
    return day


@given(calendars, days, nonzero)
def test_adding_lands_on_a_business_day(cal, day, n):
    assert cal.is_business_day(cal.add_business_days(day, n))


@given(calendars, days, steps)
def test_counting_back_gives_n(cal, day, n):
    """Adding then counting round-trips, in both directions."""
    assert cal.business_days_between(day, cal.add_business_days(day, n)) == n


@given(calendars, days, steps, steps)
def test_results_are_monotone_in_n(cal, day, m, n):
    a, b = cal.add_business_days(day, m), cal.add_business_days(day, n)
    assert (m < n) <= (a < b)
    assert (m == n) <= (a == b)


@given(calendars, days, st.integers(min_value=1, max_value=300))
def test_results_never_precede_the_trigger(cal, day, n):
    assert cal.add_business_days(day, n) > day
    assert cal.add_business_days(day, -n) < day


@given(calendars, days, st.integers(min_value=-40, max_value=40))
def test_agrees_with_the_day_by_day_loop(cal, day, n):
    assert cal.add_business_days(day, n) == naive_add(cal, day, n)


@given(calendars, days, days)
def test_counting_is_the_number_of_business_days_stepped_onto(cal, a, b):
    lo, hi = min(a, b), max(a, b)
    if (hi - lo).days > 400:
        hi = lo + timedelta(days=400)
        a, b = (lo, hi) if a <= b else (hi, lo)
    span = [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]
    if a <= b:
        expected = sum(cal.is_business_day(x) for x in span[1:])
    else:
        expected = -sum(cal.is_business_day(x) for x in span[:-1])
    assert cal.business_days_between(a, b) == expected


@given(days, st.lists(days, max_size=20))
def test_a_layer_on_top_only_removes_business_days(day, extra):
    county = LEGAL.with_closures([Closure(x, "county closure") for x in extra], name="county")
    assert county.is_business_day(day) == (LEGAL.is_business_day(day) and day not in extra)


@given(calendars, days, st.integers(min_value=1, max_value=300))
def test_next_after_previous_round_trips_on_business_days(cal, day, n):
    target = cal.add_business_days(day, n)
    assert cal.next_business_day(cal.previous_business_day(target)) == target
