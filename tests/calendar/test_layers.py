"""Layers beyond the statute: state-office closures, caller closures, composition."""

from __future__ import annotations

from datetime import datetime

import pytest

from coregs import InputError, OutOfRangeError
from coregs.calendar import (
    GOVERNORS_HOLIDAYS,
    BusinessCalendar,
    Closure,
    Layer,
    annual_closures,
    calendar_named,
    colorado_legal_holidays,
    default_calendar,
    last_weekday,
)
from tests.conftest import d

GOVERNORS = [
    ("2021-11-26", "DPA/DHR state holiday schedule FY2021-22"),
    ("2022-11-25", "DPA/DHR state holiday schedule FY2022-23"),
    ("2023-11-24", "DPA/DHR state holiday schedule FY2023-24"),
    ("2023-07-03", "CSU SOURCE 2023-06-02"),
    ("2024-07-05", "DPA/DHR state holiday schedule FY2024-25"),
]


@pytest.mark.parametrize(("day", "source"), GOVERNORS)
def test_governors_holidays_close_state_offices_not_the_legal_calendar(legal, offices, day, source):
    """Governor's holidays are administrative leave, granted year by year, not legal holidays."""
    (c,) = offices.explain(d(day)).closures
    assert c.layer is Layer.STATE_OFFICE
    assert source in c.source
    assert legal.is_business_day(d(day))
    assert not offices.is_business_day(d(day))


def test_an_early_closure_is_not_a_full_business_day(offices):
    """C.R.S. 24-11-110 continues an act to "the next succeeding full business day"; state offices
    closed at 1:00 pm on 2021-12-23 (DPA FY2021-22 FAQ), so that day counts as closed."""
    (c,) = offices.explain(d("2021-12-23")).closures
    assert c.partial == "closed from 1:00 pm"
    assert offices.add_business_days(d("2021-12-22"), 1) == d("2021-12-27")


def test_no_invented_day_after_thanksgiving_rule(offices):
    """Governor's holidays are shipped only for the years a schedule was found."""
    assert offices.is_business_day(d("2024-11-29"))  # not on the FY2024-25 schedule as captured
    assert offices.is_business_day(d("2026-11-27"))
    assert {c.date.year for c in GOVERNORS_HOLIDAYS} == {2021, 2022, 2023, 2024}


def test_the_default_calendar_is_the_legal_holidays_as_observed():
    """7.601 defines neither "working day" nor "business day": the default is a documented
    choice, Colorado legal holidays as the State observes them."""
    assert default_calendar() is colorado_legal_holidays()
    assert default_calendar().name == "Colorado legal holidays, as observed"
    assert default_calendar().layers == {Layer.LEGAL_HOLIDAY}


class TestCallerLayers:
    def test_a_county_closure_on_top_of_the_state_calendar(self, legal):
        """Denver closes city and county offices for Cesar Chavez Day on a Monday (2026-03-30)."""
        denver = legal.with_closures(
            [Closure(d("2026-03-30"), "Cesar Chavez Day (Denver)", source="Denver schedule")],
            name="Denver Human Services",
        )
        assert not denver.is_business_day(d("2026-03-30"))
        assert legal.is_business_day(d("2026-03-30"))  # the original is unchanged
        assert denver.add_business_days(d("2026-03-27"), 1) == d("2026-03-31")
        (c,) = denver.explain(d("2026-03-30")).closures
        assert (c.layer, c.source) == (Layer.LOCAL, "Denver schedule")

    def test_annual_closures_from_a_date_rule(self, legal):
        closures = annual_closures("County day", last_weekday(0, 3), range(2024, 2027))
        assert [c.date for c in closures] == [d("2024-03-25"), d("2025-03-31"), d("2026-03-30")]
        county = legal.with_closures(closures, name="County")
        assert all(not county.is_business_day(c.date) for c in closures)

    def test_a_weather_closure_shifts_a_due_date(self, legal):
        snow = legal.with_closures([Closure(d("2026-02-02"), "Snow closure")], name="Snow")
        assert legal.add_business_days(d("2026-01-30"), 1) == d("2026-02-02")
        assert snow.add_business_days(d("2026-01-30"), 1) == d("2026-02-03")

    def test_union_is_closed_when_either_is(self, legal):
        a = BusinessCalendar("a", [Closure(d("2026-02-02"), "A")])
        b = BusinessCalendar("b", [Closure(d("2026-02-03"), "B")])
        both = a.union(b)
        assert not both.is_business_day(d("2026-02-02"))
        assert not both.is_business_day(d("2026-02-03"))
        assert legal.union(a).is_business_day(d("2026-02-04"))

    def test_only_keeps_the_named_layers(self, offices):
        assert offices.only(Layer.LEGAL_HOLIDAY).is_business_day(d("2021-11-26"))

    def test_calendars_are_values(self, legal):
        again = BusinessCalendar(legal.name, legal.closures)
        assert again == legal
        assert hash(again) == hash(legal)
        with pytest.raises(AttributeError):
            legal._name = "changed"  # type: ignore[misc]

    def test_a_closure_needs_a_real_date_and_a_name(self):
        with pytest.raises(InputError, match=r"Closure\.date: expected a datetime\.date"):
            Closure(datetime(2026, 1, 1), "x")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="name"):
            Closure(d("2026-01-01"), " ")

    def test_with_closures_checks_its_input(self, legal):
        with pytest.raises(InputError, match=r"closures\[0\]"):
            legal.with_closures(["2026-01-02"])  # type: ignore[list-item]


class TestSupportedYears:
    """Supported years are 2000-2100; outside them: a clear error, never a silent answer."""

    @pytest.mark.parametrize("day", ["1999-12-31", "2101-01-01"])
    def test_dates_outside_the_range_raise(self, legal, day):
        with pytest.raises(OutOfRangeError, match="2000-2100"):
            legal.is_business_day(d(day))

    def test_a_result_past_the_end_raises(self, legal):
        with pytest.raises(OutOfRangeError, match="result"):
            legal.add_business_days(d("2100-12-20"), 30)
        with pytest.raises(OutOfRangeError):
            legal.add_business_days(d("2000-01-05"), -5)

    def test_the_edges_work(self, legal):
        assert legal.add_business_days(d("2000-01-01"), 1) == d("2000-01-03")
        assert legal.add_business_days(d("2100-12-31"), -1) == d("2100-12-30")

    def test_closures_in_an_unsupported_year_raise(self, legal):
        with pytest.raises(OutOfRangeError, match="year"):
            legal.closures_in(1999)

    def test_a_datetime_is_refused(self, legal):
        """A timestamp must be turned into a local date first; guessing would shift due dates."""
        with pytest.raises(InputError, match="datetime"):
            legal.is_business_day(datetime(2026, 1, 2, 23, 30))  # type: ignore[arg-type]

    def test_n_must_be_an_int(self, legal):
        with pytest.raises(InputError, match="int"):
            legal.add_business_days(d("2026-01-02"), 1.0)  # type: ignore[arg-type]


def test_calendar_named_rejects_unknown_names():
    assert calendar_named("state-offices").name == "Colorado state offices"
    with pytest.raises(InputError, match="legal, state-offices, statute"):
        calendar_named("federal")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": ""}, "Closure.name"),
        ({"name": None}, "Closure.name"),
        ({"name": "Snow day", "layer": "no such layer"}, "Closure.layer"),
        ({"name": "Snow day", "source": 7}, "Closure.source"),
    ],
)
def test_a_closure_that_cannot_be_one_is_an_input_error_naming_its_field(kwargs, field):
    with pytest.raises(InputError, match=rf"^{field}: "):
        Closure(d("2026-12-03"), **kwargs)
