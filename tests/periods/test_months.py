"""Months, month windows and clamped month addition."""

from __future__ import annotations

import pytest

from coregs import InputError, Month, MonthWindow, add_months, first_of_month
from tests.conftest import d


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"),
        ("2026-03-31", -1, "2026-02-28"),
        ("2026-08-31", 6, "2027-02-28"),
        ("2026-08-31", 12, "2027-08-31"),
        ("2026-05-15", 0, "2026-05-15"),
    ],
)
def test_add_months_clamps_to_month_end(start, n, expected):
    """C.R.S. 2-4-108(3): "the period ends on the same numerical day in the concluding month ...
    unless there are not that many days in the concluding month, in which case the period ends
    on the last day of that month"."""
    assert add_months(d(start), n) == d(expected)


def test_month_arithmetic():
    m = Month(2026, 11)
    assert m + 2 == Month(2027, 1)
    assert m - 11 == Month(2025, 12)
    assert Month(2027, 1) - m == 2
    assert str(m) == "2026-11" and Month.parse("2026-11") == m
    assert (m.first_day, m.last_day, m.days) == (d("2026-11-01"), d("2026-11-30"), 30)
    assert Month.of(d("2028-02-10")).last_day == d("2028-02-29")
    assert [str(x) for x in Month(2026, 11).through(Month(2027, 1))] == [
        "2026-11",
        "2026-12",
        "2027-01",
    ]
    assert first_of_month(d("2026-11-23")) == d("2026-11-01")


def test_the_six_month_look_back_window():
    """7.601.71.B.5: "in the month, or within the six (6) months preceding the month, in which the
    voluntary placement agreement was signed or court proceedings were initiated"."""
    window = MonthWindow.preceding(Month(2026, 11), 6)
    assert (window.start, window.end) == (d("2026-05-01"), d("2026-11-30"))
    assert window.contains(d("2026-05-01"))
    assert not window.contains(d("2026-04-30"))
    assert len(list(window)) == 7
    assert MonthWindow.preceding(Month(2026, 11), 6, include_month=False).end == d("2026-10-31")


@pytest.mark.parametrize("args", [(2026, 13), (2026, 0), (0, 1)])
def test_invalid_months_are_refused(args):
    with pytest.raises(InputError):
        Month(*args)


def test_invalid_month_text_is_refused():
    with pytest.raises(InputError, match="YYYY-MM"):
        Month.parse("November")
