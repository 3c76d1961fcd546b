"""Business-day arithmetic: worked examples of the documented conventions."""

from __future__ import annotations

import pytest

from tests.conftest import d


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2026-11-20", 5, "2026-11-30"),  # Fri; skips the weekend, Thanksgiving and a weekend
        ("2026-11-21", 1, "2026-11-23"),  # Saturday + 1 = Monday: the start never counts
        ("2026-11-25", 1, "2026-11-27"),  # Wed + 1 skips Thanksgiving (Friday is open in 2026)
        ("2026-07-02", 1, "2026-07-06"),  # Thu + 1 skips observed Independence Day and weekend
        ("2026-12-24", 2, "2026-12-29"),  # Christmas Friday, then the weekend
        ("2026-11-30", -5, "2026-11-20"),  # counting back mirrors counting forward
        ("2026-11-22", -1, "2026-11-20"),  # Sunday - 1 = Friday
        ("2026-11-20", 0, "2026-11-20"),  # zero returns the day unchanged
        ("2026-11-21", 0, "2026-11-21"),  # ... even a Saturday
    ],
)
def test_add_business_days(legal, start, n, expected):
    assert legal.add_business_days(d(start), n) == d(expected)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2026-11-20", "2026-11-30", 5),  # (start, end]
        ("2026-11-20", "2026-11-20", 0),
        ("2026-11-21", "2026-11-23", 1),  # Saturday to Monday
        ("2026-11-30", "2026-11-20", -5),  # [end, start) counted negatively
        ("2026-01-01", "2026-12-31", 250),  # 261 weekdays - 11 weekday legal holidays
        ("2025-12-31", "2026-12-31", 250),
    ],
)
def test_business_days_between(legal, start, end, expected):
    assert legal.business_days_between(d(start), d(end)) == expected


def test_next_and_previous_business_day(legal):
    assert legal.next_business_day(d("2026-11-25")) == d("2026-11-27")
    assert legal.previous_business_day(d("2026-11-27")) == d("2026-11-25")
    assert legal.next_business_day(d("2026-11-23")) == d("2026-11-24")  # a business day moves


def test_roll_keeps_business_days_and_moves_closed_ones(legal):
    assert legal.roll_forward(d("2026-11-24")) == d("2026-11-24")
    assert legal.roll_forward(d("2026-11-26")) == d("2026-11-27")
    assert legal.roll_backward(d("2026-11-28")) == d("2026-11-27")


def test_non_business_days_are_named(legal):
    days = list(legal.non_business_days(d("2026-11-21"), d("2026-11-29")))
    assert [(x.date.day, x.name) for x in days] == [
        (21, "Saturday"),
        (22, "Sunday"),
        (26, "Thanksgiving Day"),
        (28, "Saturday"),
        (29, "Sunday"),
    ]
    assert days[2].describe().startswith("2026-11-26 Thursday: Thanksgiving Day [legal holiday")


def test_numpy_export_agrees_with_coregs(legal):
    """With roll="backward", numpy.busday_offset matches the day-0 convention for n >= 1."""
    np = pytest.importorskip("numpy")
    cal = legal.to_numpy()
    for start in ["2026-11-20", "2026-11-21", "2026-07-02", "2021-12-23"]:
        for n in (1, 5, 30, 250):
            got = np.busday_offset(start, n, roll="backward", busdaycal=cal).astype(object)
            assert got == legal.add_business_days(d(start), n)


def test_pandas_export_agrees_with_coregs(legal):
    pd = pytest.importorskip("pandas")
    offset = legal.to_pandas()
    start = pd.Timestamp("2026-11-20")
    assert (start + 5 * offset).date() == legal.add_business_days(d("2026-11-20"), 5)
