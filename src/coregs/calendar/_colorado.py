"""Colorado's calendar as data: legal holidays with their history, observed-day shifts,
governor's holidays and commemorative days, each with its source.

Sources (archived where possible; see docs/calendar.md for the full list):

* C.R.S. 24-11-101 (legal holidays), casetext copy "current through Ch. 67 of the 2024 session".
* HB 20-1031, signed 2020-03-20: Frances Xavier Cabrini Day replaces Columbus Day from 2020.
* SB 22-139, signed 2022-05-02: Juneteenth becomes a legal holiday; state offices and courts
  closed Monday 2022-06-20 (June 19 was a Sunday).
* C.R.S. 24-11-112: Cesar Chavez Day is commemorative; state facilities stay open.
* Colorado Department of Personnel & Administration (DPA/DHR) holiday schedules FY2012-13 and
  FY2021-22 to FY2024-25, and the Governor's Holiday FAQ (dhr.colorado.gov/state-employees/
  time-off-leave): observed days and governor's holidays.
"""

from __future__ import annotations

from datetime import date

from coregs.calendar._dates import fixed_date, last_weekday, nth_weekday
from coregs.calendar._records import (
    SATURDAY,
    SUNDAY,
    Closure,
    Commemoration,
    Holiday,
    Layer,
    Observance,
    Shift,
)

__all__ = [
    "COLORADO_LEGAL_HOLIDAYS",
    "GOVERNORS_HOLIDAYS",
    "STATE_PRACTICE",
    "STATUTE",
    "commemorations",
]

MON, THU = 0, 3
_STATUTE = "C.R.S. 24-11-101(1)"
_DPA = "DPA/DHR state holiday schedule"

# The statute moves only Sunday holidays: "In case any of said holidays ... falls upon a Sunday,
# then the Monday following shall be considered as the holiday" (C.R.S. 24-11-101(2)).
SUNDAY_TO_MONDAY = Shift(SUNDAY, +1, "C.R.S. 24-11-101(2)")
# State offices also move Saturday holidays to the Friday before. No statute or personnel rule
# text was found for this; every DPA schedule found follows it (e.g. Christmas Day observed Fri
# 2021-12-24, New Year's Day 2022 observed Fri 2021-12-31, Veterans Day observed Fri 2023-11-10).
SATURDAY_TO_FRIDAY = Shift(SATURDAY, -1, "state personnel practice (DPA/DHR holiday schedules)")

STATUTE = Observance("statute: Sunday -> Monday only", (SUNDAY_TO_MONDAY,))
STATE_PRACTICE = Observance(
    "as the State observes them: Saturday -> Friday, Sunday -> Monday",
    (SATURDAY_TO_FRIDAY, SUNDAY_TO_MONDAY),
)

# The legal holidays of C.R.S. 24-11-101(1), in the statute's order. The statute also makes a
# legal holiday of "any day appointed or recommended by the governor of this state or the
# president of the United States as a day of fasting or prayer or thanksgiving"; such days are
# one-off and are added by the caller (no closure for one was found in the sources above).
COLORADO_LEGAL_HOLIDAYS: tuple[Holiday, ...] = (
    Holiday("New Year's Day", fixed_date(1, 1), _STATUTE),
    Holiday("Martin Luther King Jr. Day", nth_weekday(3, MON, 1), _STATUTE),
    Holiday("Washington-Lincoln Day", nth_weekday(3, MON, 2), _STATUTE),
    Holiday("Memorial Day", last_weekday(MON, 5), _STATUTE),
    Holiday(
        "Juneteenth",
        fixed_date(6, 19),
        f"{_STATUTE}, as amended by SB 22-139",
        first_year=2022,
        history=(
            "Added by SB 22-139, signed 2022-05-02; first observed Monday 2022-06-20 "
            "(June 19, 2022 was a Sunday). Not a Colorado legal holiday in 2021, although it "
            "became a federal holiday that year."
        ),
    ),
    Holiday("Independence Day", fixed_date(7, 4), _STATUTE),
    Holiday("Labor Day", nth_weekday(1, MON, 9), _STATUTE),
    Holiday(
        "Columbus Day",
        nth_weekday(2, MON, 10),
        f"{_STATUTE} (text before HB 20-1031)",
        last_year=2019,
        history=(
            "A Colorado legal holiday from 1907 until HB 20-1031 (signed 2020-03-20) replaced "
            "it with Frances Xavier Cabrini Day; last observed Monday 2019-10-14."
        ),
    ),
    Holiday(
        "Frances Xavier Cabrini Day",
        nth_weekday(1, MON, 10),
        f"{_STATUTE}, as amended by HB 20-1031",
        first_year=2020,
        history=(
            "Replaced Columbus Day by HB 20-1031, signed 2020-03-20; first observed Monday "
            "2020-10-05. Observed on its own day, never moved to the day after Thanksgiving."
        ),
    ),
    Holiday("Veterans Day", fixed_date(11, 11), _STATUTE),
    Holiday("Thanksgiving Day", nth_weekday(4, THU, 11), _STATUTE),
    Holiday("Christmas Day", fixed_date(12, 25), _STATUTE),
)

_GOV = "Governor's Holiday (administrative leave for state employees)"

GOVERNORS_HOLIDAYS: tuple[Closure, ...] = (
    Closure(
        date(2021, 11, 26),
        "Governor's Holiday (day after Thanksgiving)",
        Layer.STATE_OFFICE,
        f"{_DPA} FY2021-22 and Governor's Holiday FAQ",
        note=_GOV,
    ),
    Closure(
        date(2021, 12, 23),
        "State office early closure",
        Layer.STATE_OFFICE,
        f"{_DPA} FY2021-22 FAQ",
        partial="closed from 1:00 pm",
        note="Not a full business day under C.R.S. 24-11-110, so it counts as closed.",
    ),
    Closure(
        date(2022, 11, 25),
        "Governor's Holiday (day after Thanksgiving)",
        Layer.STATE_OFFICE,
        f"{_DPA} FY2022-23",
        note=_GOV,
    ),
    Closure(
        date(2023, 7, 3),
        "Governor's Holiday (before Independence Day)",
        Layer.STATE_OFFICE,
        f"{_DPA} FY2023-24; CSU SOURCE 2023-06-02, "
        '"Governor gives state employees paid holiday on July 3"',
        note=_GOV,
    ),
    Closure(
        date(2023, 11, 24),
        "Governor's Holiday (day after Thanksgiving)",
        Layer.STATE_OFFICE,
        f"{_DPA} FY2023-24 and Governor's Holiday FAQ",
        note=_GOV,
    ),
    Closure(
        date(2024, 7, 5),
        "Governor's Holiday (after Independence Day)",
        Layer.STATE_OFFICE,
        f"{_DPA} FY2024-25",
        note=_GOV,
    ),
)
"""Governor's holidays that could be sourced. They are granted year by year: no schedule was
found for FY2013-14 to FY2020-21 or after FY2024-25 (the captured FY2024-25 schedule has no
2024-11-29 closure). Add later years with ``BusinessCalendar.with_closures``."""

CESAR_CHAVEZ_DAY = Holiday(
    "Cesar Chavez Day",
    fixed_date(3, 31),
    "C.R.S. 24-11-112",
    first_year=2001,
    history=(
        "Commemorative day since 2001. 'Unlike other state holidays which are observed by the "
        "closure of state facilities ... all State facilities are to remain open and normal "
        "services are to be available on this day' (CSU HR). An employee may take it in lieu of "
        "another paid holiday in the same fiscal year, with approval."
    ),
)


def commemorations(first_year: int, last_year: int) -> tuple[Commemoration, ...]:
    """Cesar Chavez Day for each year in force: a named day on which state offices are open."""
    return tuple(
        Commemoration(
            CESAR_CHAVEZ_DAY.rule.on(year),
            CESAR_CHAVEZ_DAY.name,
            CESAR_CHAVEZ_DAY.source,
            "a commemorative day: state offices are open. Some counties close for it (Denver, on a "
            "nearby Monday): add such closures as a local layer.",
        )
        for year in range(first_year, last_year + 1)
        if CESAR_CHAVEZ_DAY.in_force(year)
    )
