"""python-holidays is a dependency, not an oracle: every disagreement is a sourced correction.

If a new python-holidays release moves a Colorado date, these tests fail and name the day,
instead of a due date shifting silently.
"""

from __future__ import annotations

import pytest

from coregs.calendar import CORRECTIONS, colorado_legal_holidays, python_holidays_divergences
from tests.conftest import d


@pytest.fixture(scope="module")
def divergences():
    return python_holidays_divergences(range(2000, 2101))


def test_every_divergence_2000_2100_is_documented(divergences):
    undocumented = [x.describe() for x in divergences if x.correction is None]
    assert undocumented == []


def test_every_correction_is_still_needed(divergences):
    used = {x.correction for x in divergences}
    assert set(CORRECTIONS) <= used


def test_python_holidays_closes_cesar_chavez_day_but_state_offices_are_open(divergences):
    """C.R.S. 24-11-112: "all State facilities are to remain open" on Cesar Chavez Day."""
    (x,) = [x for x in divergences if x.date == d("2026-03-31")]
    assert x.python_holidays_name == "Cesar Chavez Day"
    assert x.coregs_name is None
    assert x.correction is not None
    assert "24-11-112" in x.correction.source


def test_python_holidays_has_no_colorado_columbus_day_before_2020(divergences):
    """Columbus Day was a Colorado legal holiday until HB 20-1031 (2020)."""
    columbus = [x.date for x in divergences if x.coregs_name == "Columbus Day"]
    assert d("2015-10-12") in columbus
    assert d("2019-10-14") in columbus
    assert all(day.year <= 2019 for day in columbus)


def test_python_holidays_has_juneteenth_a_year_early(divergences):
    """Colorado's Juneteenth starts in 2022 (SB 22-139); python-holidays closes 2021-06-18."""
    (x,) = [x for x in divergences if x.date.year == 2021 and x.date.month == 6]
    assert x.date == d("2021-06-18")
    assert "SB 22-139" in x.correction.source  # type: ignore[union-attr]


def test_agreement_elsewhere_2015_2030(divergences):
    """Outside the three corrections the two calendars close on the same weekdays."""
    years = range(2015, 2031)
    ours = {c.date for y in years for c in colorado_legal_holidays().closures_in(y)}
    assert ours  # non-empty, and every difference is among the documented ones above
    assert {x.correction.python_holidays_name or x.correction.coregs_name for x in divergences} == {  # type: ignore[union-attr]
        "Cesar Chavez Day",
        "Columbus Day",
        "Juneteenth National Independence Day (observed)",
    }
