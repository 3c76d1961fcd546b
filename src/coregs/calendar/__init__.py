"""The Colorado business-day calendar.

Three layers of dated, cited records (:class:`Layer`):

1. **Legal holidays** of C.R.S. 24-11-101 with their history (Columbus Day through 2019,
   Frances Xavier Cabrini Day from 2020, Juneteenth from 2022), observed as the State observes
   them: a Saturday holiday the Friday before, a Sunday holiday the Monday after.
2. **State-office closures** beyond the statute: governor's holidays and early closures,
   for the years they could be sourced.
3. **Local closures** a caller adds: a county's own holidays, a snow day, an office schedule.

Cesar Chavez Day (March 31, C.R.S. 24-11-112) is commemorative: state offices are open, so it
is a business day (python-holidays closes it; see :func:`python_holidays_divergences`).

The default calendar, used when a caller names none, is :func:`colorado_legal_holidays`
("Colorado legal holidays, as observed"); see :func:`default_calendar` for why. Supported years
are 2000-2100; a date outside them raises :class:`~coregs.OutOfRangeError`.

Example:
    >>> from datetime import date
    >>> from coregs.calendar import colorado_legal_holidays
    >>> cal = colorado_legal_holidays()
    >>> cal.add_business_days(date(2026, 11, 20), 5)   # over Thanksgiving
    datetime.date(2026, 11, 30)
    >>> cal.is_business_day(date(2026, 3, 31))          # Cesar Chavez Day: offices open
    True
"""

from coregs.calendar._builders import (
    CALENDARS,
    calendar_named,
    colorado_legal_holidays,
    colorado_state_offices,
    default_calendar,
    legal_holiday_closures,
)
from coregs.calendar._colorado import (
    COLORADO_LEGAL_HOLIDAYS,
    GOVERNORS_HOLIDAYS,
    STATE_PRACTICE,
    STATUTE,
)
from coregs.calendar._dates import WEEKDAY_NAMES, DateRule, fixed_date, last_weekday, nth_weekday
from coregs.calendar._engine import (
    FIRST_YEAR,
    LAST_YEAR,
    BusinessCalendar,
    DayExplanation,
    NonBusinessDay,
)
from coregs.calendar._ical import to_icalendar
from coregs.calendar._python_holidays import (
    CORRECTIONS,
    Correction,
    Divergence,
    python_holidays_divergences,
)
from coregs.calendar._records import Closure, Commemoration, Holiday, Layer, Observance, Shift

__all__ = [
    "CALENDARS",
    "COLORADO_LEGAL_HOLIDAYS",
    "CORRECTIONS",
    "FIRST_YEAR",
    "GOVERNORS_HOLIDAYS",
    "LAST_YEAR",
    "STATE_PRACTICE",
    "STATUTE",
    "WEEKDAY_NAMES",
    "BusinessCalendar",
    "Closure",
    "Commemoration",
    "Correction",
    "DateRule",
    "DayExplanation",
    "Divergence",
    "Holiday",
    "Layer",
    "NonBusinessDay",
    "Observance",
    "Shift",
    "annual_closures",
    "calendar_named",
    "colorado_legal_holidays",
    "colorado_state_offices",
    "default_calendar",
    "fixed_date",
    "last_weekday",
    "legal_holiday_closures",
    "nth_weekday",
    "python_holidays_divergences",
    "to_icalendar",
]


def annual_closures(
    name: str,
    rule: DateRule,
    years: range,
    *,
    layer: Layer = Layer.LOCAL,
    source: str = "supplied by the caller",
) -> tuple[Closure, ...]:
    """One closure per year from a date rule, for a caller's own recurring closures.

    Example: a county closed on the last Monday of March for Cesar Chavez Day::

        county = colorado_legal_holidays().with_closures(
            annual_closures("Cesar Chavez Day (county)", last_weekday(0, 3), range(2020, 2031),
                            source="county holiday schedule"),
            name="Example County DHS",
        )
    """
    return tuple(Closure(rule.on(y), name, layer, source) for y in years)
