"""Colorado legal holidays (C.R.S. 24-11-101), as the State observes them.

Each table row names the day and the source that makes it (or does not make it) a closure.
"""

from __future__ import annotations

import pytest

from coregs.calendar import (
    COLORADO_LEGAL_HOLIDAYS,
    STATUTE,
    Layer,
    colorado_legal_holidays,
)
from tests.conftest import d

STATUTE_SRC = "C.R.S. 24-11-101(1)"

# (holiday, a date it is closed in 2015-2030) - every legal holiday at least once in the window.
EVERY_HOLIDAY = [
    ("New Year's Day", "2026-01-01"),
    ("Martin Luther King Jr. Day", "2026-01-19"),  # third Monday of January
    ("Washington-Lincoln Day", "2026-02-16"),  # third Monday of February
    ("Memorial Day", "2026-05-25"),  # last Monday of May
    ("Juneteenth", "2026-06-19"),
    ("Independence Day", "2025-07-04"),
    ("Labor Day", "2026-09-07"),  # first Monday of September
    ("Columbus Day", "2015-10-12"),  # second Monday of October, through 2019
    ("Frances Xavier Cabrini Day", "2026-10-05"),  # first Monday of October, from 2020
    ("Veterans Day", "2026-11-11"),
    ("Thanksgiving Day", "2026-11-26"),  # fourth Thursday of November
    ("Christmas Day", "2026-12-25"),
]


@pytest.mark.parametrize(("name", "day"), EVERY_HOLIDAY)
def test_every_legal_holiday_is_a_closure(legal, name, day):
    """C.R.S. 24-11-101(1) lists the legal holidays; each is a closure on its day."""
    (closure,) = legal.explain(d(day)).closures
    assert closure.name == name
    assert closure.layer is Layer.LEGAL_HOLIDAY
    assert closure.source.startswith(STATUTE_SRC)
    assert not legal.is_business_day(d(day))


def test_the_statute_list_has_eleven_holidays_from_2022_and_ten_before(legal):
    """Juneteenth (SB 22-139) made eleven; Cabrini Day replaced Columbus Day one for one."""
    in_force = {y: sum(h.in_force(y) for h in COLORADO_LEGAL_HOLIDAYS) for y in (2019, 2021, 2022)}
    assert in_force == {2019: 10, 2021: 10, 2022: 11}
    assert len(legal.closures_in(2026)) == 11


@pytest.mark.parametrize("year", range(2015, 2031))
def test_each_year_2015_2030_has_its_statutory_holidays(legal, year):
    """Every holiday in force that year yields exactly one closure (New Year's Day on a Saturday
    is observed on December 31 of the year before, e.g. 2021-12-31 for 2022)."""
    expected = {h.name for h in COLORADO_LEGAL_HOLIDAYS if h.in_force(year)}
    around = legal.closures_between(d(f"{year - 1}-12-01"), d(f"{year + 1}-01-31"))
    names = [c.name for c in around if c.holiday_date is not None and c.holiday_date.year == year]
    assert sorted(names) == sorted(expected)


class TestColumbusToCabrini:
    """HB 20-1031 (signed 2020-03-20) replaced Columbus Day with Frances Xavier Cabrini Day."""

    @pytest.mark.parametrize(
        "day", ["2015-10-12", "2016-10-10", "2017-10-09", "2018-10-08", "2019-10-14"]
    )
    def test_columbus_day_is_closed_through_2019(self, legal, day):
        assert [c.name for c in legal.explain(d(day)).closures] == ["Columbus Day"]

    def test_columbus_day_is_open_from_2020(self, legal):
        assert legal.is_business_day(d("2020-10-12"))
        assert legal.is_business_day(d("2026-10-12"))

    @pytest.mark.parametrize(
        "day", ["2020-10-05", "2021-10-04", "2022-10-03", "2023-10-02", "2024-10-07"]
    )
    def test_cabrini_day_is_closed_from_2020(self, legal, day):
        """DPA schedules observed Cabrini Day on its own Monday in 2021-2024."""
        assert [c.name for c in legal.explain(d(day)).closures] == ["Frances Xavier Cabrini Day"]

    def test_cabrini_day_did_not_exist_in_2019(self, legal):
        assert legal.is_business_day(d("2019-10-07"))  # first Monday of October 2019

    def test_the_history_is_data(self):
        """ "Since when?" is answered by the records, not by code."""
        by_name = {h.name: h for h in COLORADO_LEGAL_HOLIDAYS}
        assert by_name["Columbus Day"].last_year == 2019
        assert by_name["Frances Xavier Cabrini Day"].first_year == 2020
        assert "HB 20-1031" in by_name["Frances Xavier Cabrini Day"].source


class TestJuneteenth:
    """SB 22-139 (signed 2022-05-02) made Juneteenth a Colorado legal holiday from 2022."""

    def test_not_a_state_holiday_in_2021(self, legal):
        """It became a federal holiday in 2021; Colorado offices were open Fri 2021-06-18."""
        assert legal.is_business_day(d("2021-06-18"))

    def test_first_observed_monday_2022_06_20(self, legal):
        """June 19, 2022 was a Sunday: "the Monday following shall be considered as the holiday"
        (C.R.S. 24-11-101(2))."""
        (c,) = legal.explain(d("2022-06-20")).closures
        assert (c.name, c.holiday_date, c.shift_basis) == (
            "Juneteenth",
            d("2022-06-19"),
            "C.R.S. 24-11-101(2)",
        )

    @pytest.mark.parametrize("day", ["2023-06-19", "2024-06-19", "2025-06-19"])
    def test_observed_on_its_day_in_dpa_schedules(self, legal, day):
        assert not legal.is_business_day(d(day))

    def test_saturday_juneteenth_2027_is_observed_friday(self, legal):
        assert [c.name for c in legal.explain(d("2027-06-18")).closures] == ["Juneteenth"]


# (observed day, holiday, day it falls on, source of the observed day)
OBSERVED = [
    ("2021-12-24", "Christmas Day", "2021-12-25", "DPA FY2021-22: Sat -> Fri"),
    ("2021-12-31", "New Year's Day", "2022-01-01", "DPA FY2021-22: Sat -> Fri, previous year"),
    ("2023-11-10", "Veterans Day", "2023-11-11", "DPA FY2023-24: Sat -> Fri"),
    ("2026-07-03", "Independence Day", "2026-07-04", "Sat -> Fri"),
    ("2021-07-05", "Independence Day", "2021-07-04", "DPA FY2021-22: Sun -> Mon"),
    ("2012-11-12", "Veterans Day", "2012-11-11", "DPA FY2012-13: Sun -> Mon (observance)"),
    ("2022-12-26", "Christmas Day", "2022-12-25", "DPA FY2022-23: Sun -> Mon"),
    ("2023-01-02", "New Year's Day", "2023-01-01", "DPA FY2022-23: Sun -> Mon"),
]


@pytest.mark.parametrize(("observed", "name", "falls_on", "source"), OBSERVED)
def test_observed_shifts_as_the_state_observes_them(legal, observed, name, falls_on, source):
    """Saturday holidays are observed the Friday before, Sunday holidays the Monday after."""
    (c,) = legal.explain(d(observed)).closures
    assert (c.name, c.holiday_date, c.observed) == (name, d(falls_on), True)
    assert legal.is_business_day(d(observed)) is False
    assert c.shift_basis


def test_the_actual_day_of_a_shifted_holiday_says_where_it_is_observed(legal):
    info = legal.explain(d("2026-07-04"))
    assert not info.is_business_day
    assert info.closures == ()
    assert [c.date for c in info.holiday_observed_elsewhere] == [d("2026-07-03")]
    assert "observed Friday 2026-07-03" in info.explain()


def test_statute_only_observance_moves_sunday_holidays_only():
    """C.R.S. 24-11-101(2) moves Sunday holidays to Monday and says nothing of Saturdays."""
    statute = colorado_legal_holidays(STATUTE)
    assert statute.is_business_day(d("2026-07-03"))  # Saturday July 4 is not moved
    assert not statute.is_business_day(d("2021-07-05"))  # Sunday July 4 -> Monday
    assert statute.name != colorado_legal_holidays().name


class TestCesarChavezDay:
    """C.R.S. 24-11-112: a commemorative day; "all State facilities are to remain open"."""

    @pytest.mark.parametrize("day", ["2015-03-31", "2021-03-31", "2026-03-31", "2027-03-31"])
    def test_is_a_business_day(self, legal, offices, day):
        assert legal.is_business_day(d(day))
        assert offices.is_business_day(d(day))

    def test_explanation_names_it_and_its_source(self, legal):
        text = legal.explain(d("2026-03-31")).explain()
        assert "is a business day" in text
        assert "Cesar Chavez Day" in text
        assert "C.R.S. 24-11-112" in text


def test_cabrini_day_is_never_moved_to_the_day_after_thanksgiving(legal):
    """No source moves it; the Friday after Thanksgiving closes only as a governor's holiday."""
    for year in range(2020, 2031):
        (friday,) = [c for c in legal.closures_in(year) if c.name == "Thanksgiving Day"]
        assert legal.is_business_day(friday.date.replace(day=friday.date.day + 1))
