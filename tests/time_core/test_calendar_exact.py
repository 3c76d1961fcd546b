"""The business-day calendar, pinned exactly through its public methods, on a one-year calendar
whose every value can be worked out by hand (2026: January 1 is a Thursday; one local closure
on Monday January 5).

These tests exist to kill the mutants ``tools/mutate.py`` makes of ``calendar/_engine.py``
(docs/mutation.md): the ends of the supported years, n = 0 and negative n, the inverse of
adding and counting, and the explanations word for word.
"""

from __future__ import annotations

from datetime import date

import pytest

from coregs import BusinessCalendar, Closure, InputError, Layer, OutOfRangeError
from coregs.calendar import Commemoration

MONDAY = Closure(date(2026, 1, 5), "Snow day", Layer.LOCAL, "county notice")
JULY_3 = Closure(
    date(2026, 7, 3),
    "Independence Day",
    Layer.LEGAL_HOLIDAY,
    "C.R.S. 24-11-101(1)",
    holiday_date=date(2026, 7, 4),
    shift_basis="state practice",
)
OPEN_DAY = Commemoration(date(2026, 3, 31), "Cesar Chavez Day", "C.R.S. 24-11-112", "offices open")
CAL = BusinessCalendar(
    "test", [MONDAY, JULY_3], commemorations=[OPEN_DAY], first_year=2026, last_year=2026
)
D = date


def test_the_calendar_value():
    assert repr(CAL) == "BusinessCalendar('test', 2 closures, 2026-2026)"
    assert CAL.name == "test" and CAL.years == range(2026, 2027)
    assert CAL.closures == (MONDAY, JULY_3)
    assert CAL.layers == frozenset({Layer.LOCAL, Layer.LEGAL_HOLIDAY})
    assert CAL.weekday_closures() == (D(2026, 1, 5), D(2026, 7, 3))
    same = BusinessCalendar("test", [JULY_3, MONDAY, MONDAY], first_year=2026, last_year=2026)
    assert same == CAL and hash(same) == hash(CAL)
    assert BusinessCalendar("other", [MONDAY, JULY_3], first_year=2026, last_year=2026) != CAL
    assert CAL != "test"
    with pytest.raises(AttributeError):
        CAL.description = "changed"  # type: ignore[misc]


@pytest.mark.parametrize(("first", "last"), [(1999, 2026), (2026, 2101), (2027, 2026)])
def test_supported_years_are_checked(first, last):
    with pytest.raises(InputError) as caught:
        BusinessCalendar("x", first_year=first, last_year=last)
    assert caught.value.field == "first_year/last_year"


def test_the_widest_calendar_is_allowed():
    wide = BusinessCalendar("x", first_year=2000, last_year=2100)
    assert wide.is_business_day(D(2000, 1, 3)) and wide.is_business_day(D(2100, 12, 31))


def test_business_days_at_the_ends_of_the_year():
    assert CAL.is_business_day(D(2026, 1, 1))  # a Thursday, no closure on this calendar
    assert CAL.is_business_day(D(2026, 12, 31))
    assert not CAL.is_business_day(D(2026, 1, 3)) and not CAL.is_business_day(D(2026, 1, 5))
    for outside in (D(2025, 12, 31), D(2027, 1, 1)):
        with pytest.raises(OutOfRangeError) as caught:
            CAL.is_business_day(outside)
        assert caught.value.field == "date"
        assert "outside the supported years 2026-2026 of calendar 'test'" in str(caught.value)


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (D(2026, 1, 2), 1, D(2026, 1, 6)),  # Friday + 1: Monday is closed
        (D(2026, 1, 3), 1, D(2026, 1, 6)),  # Saturday + 1
        (D(2026, 1, 3), 0, D(2026, 1, 3)),  # n = 0 keeps the day, even a Saturday
        (D(2026, 1, 6), -1, D(2026, 1, 2)),
        (D(2026, 1, 3), -1, D(2026, 1, 2)),
        (D(2026, 1, 5), -1, D(2026, 1, 2)),  # from a closed day
        (D(2026, 1, 2), -1, D(2026, 1, 1)),  # the first business day of the calendar
        (D(2026, 12, 30), 1, D(2026, 12, 31)),  # the last
        (D(2026, 1, 1), 3, D(2026, 1, 7)),
    ],
)
def test_add_business_days(day, n, expected):
    assert CAL.add_business_days(day, n) == expected
    assert CAL.business_days_between(day, expected) == n


@pytest.mark.parametrize(("day", "n"), [(D(2026, 12, 31), 1), (D(2026, 1, 1), -1)])
def test_a_result_outside_the_years_is_refused(day, n):
    with pytest.raises(OutOfRangeError) as caught:
        CAL.add_business_days(day, n)
    assert caught.value.field == "result"
    assert "the result falls outside the supported years 2026-2026" in str(caught.value)


@pytest.mark.parametrize("n", [1.0, True, "1"])
def test_n_is_a_whole_number(n):
    with pytest.raises(InputError) as caught:
        CAL.add_business_days(D(2026, 1, 2), n)
    assert caught.value.field == "n"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2026, 1, 2), D(2026, 1, 6), 1),
        (D(2026, 1, 6), D(2026, 1, 2), -1),
        (D(2026, 1, 2), D(2026, 1, 2), 0),
        (D(2026, 1, 3), D(2026, 1, 4), 0),
        (D(2026, 1, 3), D(2026, 1, 6), 1),  # (Sat, Tue]: Tuesday
        (D(2026, 1, 6), D(2026, 1, 3), 0),  # [Sat, Tue): nothing open
        (D(2026, 1, 1), D(2026, 1, 9), 5),  # Fri 2, Tue 6, Wed 7, Thu 8, Fri 9
        (D(2026, 1, 9), D(2026, 1, 1), -5),  # [Thu 1, Fri 9): 1, 2, 6, 7, 8
    ],
)
def test_business_days_between(start, end, expected):
    assert CAL.business_days_between(start, end) == expected


def test_next_previous_and_rolls():
    assert CAL.next_business_day(D(2026, 1, 2)) == D(2026, 1, 6)
    assert CAL.previous_business_day(D(2026, 1, 6)) == D(2026, 1, 2)
    assert CAL.roll_forward(D(2026, 1, 3)) == D(2026, 1, 6)
    assert CAL.roll_forward(D(2026, 1, 2)) == D(2026, 1, 2)
    assert CAL.roll_backward(D(2026, 1, 5)) == D(2026, 1, 2)
    assert CAL.roll_backward(D(2026, 1, 6)) == D(2026, 1, 6)


def test_closures_between_and_in_a_year():
    assert CAL.closures_between(D(2026, 1, 5), D(2026, 1, 5)) == (MONDAY,)
    assert CAL.closures_between(D(2026, 1, 6), D(2026, 7, 2)) == ()
    assert CAL.closures_between(D(2026, 1, 1), D(2026, 12, 31)) == (MONDAY, JULY_3)
    assert CAL.closures_in(2026) == (MONDAY, JULY_3)
    assert CAL.commemorations_in(2026) == (OPEN_DAY,)
    for year in (2025, 2027, "2026", 2026.0):
        with pytest.raises(OutOfRangeError) as caught:
            CAL.closures_in(year)  # type: ignore[arg-type]
        assert caught.value.field == "year"
    with pytest.raises(OutOfRangeError):
        CAL.commemorations_in(2027)
    with pytest.raises(OutOfRangeError):
        CAL.closures_between(D(2025, 12, 31), D(2026, 1, 5))


def test_non_business_days_are_named_in_order():
    days = list(CAL.non_business_days(D(2026, 1, 2), D(2026, 1, 6)))
    assert [d.describe() for d in days] == [
        "2026-01-03 Saturday: weekend",
        "2026-01-04 Sunday: weekend",
        "2026-01-05 Monday: Snow day [local closure; county notice]",
    ]
    assert [(d.weekend, d.name) for d in days] == [
        (True, "Saturday"),
        (True, "Sunday"),
        (False, "Snow day"),
    ]
    assert list(CAL.non_business_days(D(2026, 1, 6), D(2026, 1, 9))) == []
    tail = list(CAL.non_business_days(D(2026, 12, 25), D(2026, 12, 31)))
    assert [d.date for d in tail] == [D(2026, 12, 26), D(2026, 12, 27)]  # Christmas: not here
    assert [d.date for d in CAL.non_business_days(D(2026, 1, 3), D(2026, 1, 3))] == [D(2026, 1, 3)]


def test_explanations_word_for_word():
    closed = CAL.explain(D(2026, 1, 5))
    assert (closed.is_business_day, closed.weekend, closed.closures) == (False, False, (MONDAY,))
    assert closed.explain() == (
        "2026-01-05 (Monday) is NOT a business day on 'test'.\n"
        "  - closed: Snow day [local closure; county notice]"
    )
    saturday = CAL.explain(D(2026, 7, 4))
    assert saturday.holiday_observed_elsewhere == (JULY_3,)
    assert saturday.reasons() == (
        "Saturday: not a business day",
        "Independence Day falls on this day but is observed Friday 2026-07-03 (state practice)",
    )
    friday = CAL.explain(D(2026, 7, 3))
    assert friday.holiday_observed_elsewhere == ()  # observed on this very day
    assert friday.reasons() == (
        "closed: Independence Day (falls on Saturday 2026-07-04; observed here per state "
        "practice) [legal holiday; C.R.S. 24-11-101(1)]",
    )
    open_day = CAL.explain(D(2026, 3, 31))
    assert open_day.is_business_day and open_day.commemorations == (OPEN_DAY,)
    assert open_day.explain() == (
        "2026-03-31 (Tuesday) is a business day on 'test'.\n"
        "  - Cesar Chavez Day (C.R.S. 24-11-112): offices open"
    )
    plain = CAL.explain(D(2026, 1, 8))
    assert plain.reasons() == ("Thursday, no closure on calendar 'test'",)
    # the first and last days: the look-around for shifted holidays stays inside the years
    assert CAL.explain(D(2026, 1, 1)).is_business_day
    assert CAL.explain(D(2026, 12, 31)).holiday_observed_elsewhere == ()


def test_composition():
    extra = Closure(D(2026, 1, 7), "Training day", Layer.LOCAL, "memo")
    outside = Closure(D(2027, 1, 4), "Next year", Layer.LOCAL, "memo")
    county = CAL.with_closures([extra, outside])
    assert county.name == "test + 2 closures"
    assert county.closures == (MONDAY, extra, JULY_3)  # a closure outside the years is dropped
    assert county.add_business_days(D(2026, 1, 6), 1) == D(2026, 1, 8)
    assert CAL.with_closures([extra], name="County").name == "County"
    with pytest.raises(InputError) as caught:
        CAL.with_closures([extra, "2026-01-08"])  # type: ignore[list-item]
    assert caught.value.field == "closures[1]"
    wide = BusinessCalendar("wide", [extra], first_year=2026, last_year=2030)
    both = CAL.union(wide)
    assert (both.name, both.years) == ("test | wide", range(2026, 2027))
    assert both.closures == (MONDAY, extra, JULY_3)
    local = CAL.only(Layer.LOCAL)
    assert (local.name, local.closures) == ("test (local closure only)", (MONDAY,))
    assert CAL.only(Layer.LOCAL, name="L").name == "L"


# -- the words of every refusal, and the edges of the look-around ----------------------------


def test_calendar_values_are_frozen():
    import dataclasses

    day = next(CAL.non_business_days(D(2026, 1, 3), D(2026, 1, 3)))
    for value in (day, CAL.explain(D(2026, 1, 3))):
        with pytest.raises(dataclasses.FrozenInstanceError):
            value.weekend = False  # type: ignore[misc]
    with pytest.raises(
        AttributeError, match=r"^BusinessCalendar is immutable; use with_closures\(\)$"
    ):
        CAL._name = "changed"  # type: ignore[misc]


def test_a_day_with_two_closures_names_both():
    second = Closure(D(2026, 1, 5), "Inventory", Layer.LOCAL, "memo")
    both = CAL.with_closures([second])
    (day,) = both.non_business_days(D(2026, 1, 5), D(2026, 1, 5))
    assert day.name == "Inventory / Snow day"
    assert day.describe() == (
        "2026-01-05 Monday: Inventory [local closure; memo]; "
        "Snow day [local closure; county notice]"
    )


def test_shifted_holidays_at_the_first_and_last_days_of_the_calendar():
    """The look-around for a holiday observed on another day stays inside the years, at both
    ends."""
    after = Closure(D(2026, 1, 2), "New Year", Layer.LEGAL_HOLIDAY, "law", D(2026, 1, 1), "rule")
    before = Closure(D(2026, 12, 30), "Eve", Layer.LEGAL_HOLIDAY, "law", D(2026, 12, 31), "rule")
    early = Closure(D(2026, 1, 1), "Early", Layer.LOCAL, "memo", D(2026, 1, 2), "rule")
    cal = BusinessCalendar("ends", [after, before, early], first_year=2026, last_year=2026)
    assert cal.explain(D(2026, 1, 1)).holiday_observed_elsewhere == (after,)
    assert cal.explain(D(2026, 1, 2)).holiday_observed_elsewhere == (early,)  # the first day
    assert cal.explain(D(2026, 12, 31)).holiday_observed_elsewhere == (before,)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: BusinessCalendar("x", first_year=1999),
            "first_year/last_year: must satisfy 2000 <= first <= last <= 2100",
        ),
        (
            lambda: CAL.add_business_days(D(2026, 1, 1), 1.5),
            "n: expected an int number of business days",
        ),
        (lambda: CAL.closures_in(2025), "year: expected a year in 2026-2026"),
        (
            lambda: CAL.business_days_between(D(2025, 12, 31), D(2026, 1, 2)),
            "start: outside the supported years 2026-2026 of calendar 'test'",
        ),
        (
            lambda: CAL.business_days_between(D(2026, 1, 2), D(2027, 1, 1)),
            "end: outside the supported years 2026-2026 of calendar 'test'",
        ),
        (
            lambda: CAL.closures_between(D(2025, 12, 31), D(2026, 1, 2)),
            "start: outside the supported years 2026-2026 of calendar 'test'",
        ),
        (
            lambda: CAL.closures_between(D(2026, 1, 2), D(2027, 1, 1)),
            "end: outside the supported years 2026-2026 of calendar 'test'",
        ),
        (
            lambda: next(CAL.non_business_days(D(2025, 12, 31), D(2026, 1, 2))),
            "start: outside the supported years 2026-2026 of calendar 'test'",
        ),
        (
            lambda: next(CAL.non_business_days(D(2026, 1, 2), D(2027, 1, 1))),
            "end: outside the supported years 2026-2026 of calendar 'test'",
        ),
        (lambda: CAL.with_closures(["x"]), "closures[0]: expected a Closure"),
        (
            lambda: CAL.roll_forward(D(2025, 12, 31)),
            "date: outside the supported years 2026-2026 of calendar 'test'",
        ),
        (
            lambda: CAL.roll_backward(D(2027, 1, 1)),
            "date: outside the supported years 2026-2026 of calendar 'test'",
        ),
        (lambda: CAL.roll_forward("2026-01-03"), "date: expected a datetime.date, got a str"),
        (lambda: CAL.roll_backward(None), "date: expected a datetime.date, got a NoneType"),
        (
            lambda: CAL.business_days_between("2026-01-02", D(2026, 1, 6)),
            "start: expected a datetime.date, got a str",
        ),
    ],
)
def test_each_refusal_in_words(call, message):
    with pytest.raises(InputError) as caught:
        call()
    assert str(caught.value) == message


@pytest.mark.parametrize(("module", "export"), [("numpy", "to_numpy"), ("pandas", "to_pandas")])
def test_the_exports_say_what_they_need(monkeypatch, module, export):
    import sys

    monkeypatch.setitem(sys.modules, module, None)  # as if it were not installed
    with pytest.raises(ImportError, match=f"^{export}\\(\\) needs {module}: pip install {module}$"):
        getattr(CAL, export)()


def test_closures_on_the_first_and_last_days_belong_to_the_calendar():
    first = Closure(D(2026, 1, 1), "New Year's Day", Layer.LEGAL_HOLIDAY, "law")
    last = Closure(D(2026, 12, 31), "Year end", Layer.LOCAL, "memo")
    eve = Commemoration(D(2026, 12, 31), "Eve", "custom", "open")
    dawn = Commemoration(D(2026, 1, 1), "Dawn", "custom", "open")
    cal = BusinessCalendar(
        "ends", [first, last], commemorations=[eve, dawn], description="both ends",
        first_year=2026, last_year=2026,
    )  # fmt: skip
    assert cal.closures == (first, last)
    assert cal.commemorations_in(2026) == (dawn, eve)
    assert not cal.is_business_day(D(2026, 12, 31))  # after the last business day
    assert not cal.is_business_day(D(2026, 1, 1))
    tail = [d.date for d in cal.non_business_days(D(2026, 12, 26), D(2026, 12, 31))]
    assert tail == [D(2026, 12, 26), D(2026, 12, 27), D(2026, 12, 31)]
    assert cal.with_closures([]).description == "both ends"  # kept when none is given
    assert cal.with_closures([], description="new").description == "new"
    two = cal.only(Layer.LOCAL, Layer.LEGAL_HOLIDAY)
    assert two.name == "ends (legal holiday, local closure only)"


def test_equality_defers_to_the_other_operand():
    from unittest import mock

    assert mock.ANY == CAL
    assert CAL == mock.ANY  # BusinessCalendar.__eq__ returns NotImplemented, not False


def test_the_result_and_the_date_of_an_addition_are_named():
    with pytest.raises(OutOfRangeError) as caught:
        CAL.add_business_days(D(2026, 12, 31), 1)
    assert str(caught.value) == (
        "result: the result falls outside the supported years 2026-2026 of calendar 'test'"
    )
    with pytest.raises(OutOfRangeError) as caught:
        CAL.add_business_days(D(2027, 1, 1), 1)
    assert caught.value.field == "date"


def test_the_calendar_values_display_pickle_and_frame():
    import pickle

    day = next(CAL.non_business_days(D(2026, 1, 5), D(2026, 1, 5)))
    explained = CAL.explain(D(2026, 1, 5))
    assert "2026-01-05" in repr(day) and "2026-01-05" in repr(explained)
    assert "Snow day" in explained._repr_html_()
    again = pickle.loads(pickle.dumps(CAL))
    assert again == CAL and again.add_business_days(D(2026, 1, 2), 1) == D(2026, 1, 6)
    assert again.commemorations_in(2026) == (OPEN_DAY,)
    frame = CAL.to_frame(2026)
    assert len(frame) == 365 and int(frame["is_business_day"].sum()) == 261 - 2
    assert list(frame["closure"].dropna()) == ["Snow day", "Independence Day"]


def test_a_new_calendar_counts_and_rolls_on_first_use():
    """The index is built by whichever method runs first. Weekends only, 2026: (Thu January 1,
    Sat January 31] holds Friday the 2nd and the four full weeks from the 5th to the 30th,
    21 days; Saturday January 3 rolls forward to Monday the 5th, back to Friday the 2nd."""

    def new() -> BusinessCalendar:
        return BusinessCalendar("new", first_year=2026, last_year=2026)

    assert new().business_days_between(D(2026, 1, 1), D(2026, 1, 31)) == 21
    assert new().roll_forward(D(2026, 1, 3)) == D(2026, 1, 5)
    assert new().roll_backward(D(2026, 1, 3)) == D(2026, 1, 2)


def test_rolls_at_the_first_and_last_days_of_the_calendar():
    """Weekends only, 2028: Saturday January 1 and Sunday December 31 are closed; Monday
    January 3 is the first business day, Friday December 29 the last. Rolling past either end
    has no business day to land on."""
    cal = BusinessCalendar("2028", first_year=2028, last_year=2028)
    assert cal.roll_forward(D(2028, 1, 1)) == D(2028, 1, 3)
    assert cal.roll_backward(D(2028, 1, 3)) == D(2028, 1, 3)  # the first business day itself
    assert cal.roll_backward(D(2028, 1, 4)) == D(2028, 1, 4)
    assert cal.roll_forward(D(2028, 12, 29)) == D(2028, 12, 29)  # the last one itself
    assert cal.roll_backward(D(2028, 12, 31)) == D(2028, 12, 29)
    for roll, day in ((cal.roll_backward, D(2028, 1, 1)), (cal.roll_forward, D(2028, 12, 31))):
        with pytest.raises(OutOfRangeError) as caught:
            roll(day)
        assert str(caught.value) == (
            "result: the result falls outside the supported years 2028-2028 of calendar '2028'"
        )


def test_a_single_value_of_the_wrong_type_is_refused_without_numpy(monkeypatch):
    """Only a column of dates takes the column path, which needs numpy: a single value of the
    wrong type gets the scalar refusal naming its field, numpy installed or not."""
    import sys

    monkeypatch.setitem(sys.modules, "numpy", None)  # as if it were not installed
    calls = [
        (lambda: CAL.add_business_days("2026-01-02", 1), "date"),
        (lambda: CAL.business_days_between("2026-01-02", D(2026, 1, 6)), "start"),
        (lambda: CAL.business_days_between(D(2026, 1, 2), "2026-01-06"), "end"),
        (lambda: CAL.roll_forward("2026-01-03"), "date"),
        (lambda: CAL.roll_backward("2026-01-03"), "date"),
    ]
    for call, field in calls:
        with pytest.raises(InputError) as caught:
            call()
        assert str(caught.value) == f"{field}: expected a datetime.date, got a str"
