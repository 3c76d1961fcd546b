"""The Colorado calendars coregs ships, and the documented default."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from operator import attrgetter
from types import MappingProxyType

from coregs._errors import InputError
from coregs.calendar._colorado import (
    COLORADO_LEGAL_HOLIDAYS,
    GOVERNORS_HOLIDAYS,
    STATE_PRACTICE,
    STATUTE,
    commemorations,
)
from coregs.calendar._engine import FIRST_YEAR, LAST_YEAR, BusinessCalendar
from coregs.calendar._records import Closure, Observance

__all__ = [
    "CALENDARS",
    "calendar_named",
    "colorado_legal_holidays",
    "colorado_state_offices",
    "default_calendar",
    "legal_holiday_closures",
]


def legal_holiday_closures(
    first_year: int = FIRST_YEAR,
    last_year: int = LAST_YEAR,
    *,
    observance: Observance = STATE_PRACTICE,
) -> tuple[Closure, ...]:
    """The legal-holiday closures of C.R.S. 24-11-101 dated in ``first_year``..``last_year``.

    Each holiday in force that year yields one closure on the day it is observed (a holiday of
    the next year observed on December 31 is included, one of this year observed in the
    previous year is not).
    """
    out = []
    for year in range(first_year - 1, last_year + 2):
        for holiday in COLORADO_LEGAL_HOLIDAYS:
            closure = holiday.closure(year, observance)
            if closure is not None and first_year <= closure.date.year <= last_year:
                out.append(closure)
    return tuple(sorted(out, key=attrgetter("date")))


def colorado_legal_holidays(observance: Observance = STATE_PRACTICE) -> BusinessCalendar:
    """Colorado's legal holidays (C.R.S. 24-11-101) as observed: the default calendar.

    With the default ``observance`` a Saturday holiday is observed the Friday before and a
    Sunday holiday the Monday after, as state offices observe them. Pass
    ``observance=coregs.calendar.STATUTE`` for the statute's own rule, which moves only Sunday
    holidays (C.R.S. 24-11-101(2)). Governor's holidays are not included: see
    :func:`colorado_state_offices`.
    """
    if not isinstance(observance, Observance):
        raise InputError("observance", "expected an Observance (STATE_PRACTICE or STATUTE)")
    return _legal_holidays(observance)


@cache
def _legal_holidays(observance: Observance) -> BusinessCalendar:
    statute_only = observance == STATUTE
    return BusinessCalendar(
        "Colorado legal holidays (statute: Sunday -> Monday only)"
        if statute_only
        else "Colorado legal holidays, as observed",
        legal_holiday_closures(observance=observance),
        commemorations=commemorations(FIRST_YEAR, LAST_YEAR),
        description=(
            "Weekends and the legal holidays of C.R.S. 24-11-101, "
            + (
                "a Sunday holiday kept the Monday after (24-11-101(2)); Saturday holidays stay."
                if statute_only
                else "a Saturday holiday observed the Friday before and a Sunday holiday the "
                "Monday after, as state offices observe them."
            )
        ),
    )


@cache
def colorado_state_offices() -> BusinessCalendar:
    """The days Colorado state offices are open: legal holidays plus governor's holidays.

    Governor's holidays (administrative leave) and early closures are granted year by year and
    are included only for the years a schedule could be sourced (2021-2024).
    """
    return colorado_legal_holidays().with_closures(
        GOVERNORS_HOLIDAYS,
        name="Colorado state offices",
        description=(
            "Colorado legal holidays as observed, plus governor's holidays and early closures "
            "granted to state employees (sourced for 2021-2024 only)."
        ),
    )


def default_calendar() -> BusinessCalendar:
    """The calendar used when a caller names none: :func:`colorado_legal_holidays`.

    7.601 defines neither "working day" nor "business day". coregs reads both as a weekday that
    is not a Colorado legal holiday as the State observes it. This is a choice, documented here
    and recorded (by name) on every result; pass another calendar to choose otherwise.
    """
    return colorado_legal_holidays()


CALENDARS: Mapping[str, Callable[[], BusinessCalendar]] = MappingProxyType(
    {
        "legal": colorado_legal_holidays,
        "state-offices": colorado_state_offices,
        "statute": lambda: colorado_legal_holidays(STATUTE),
    }
)
"""The shipped calendars by short name (as the CLI's ``--calendar`` takes them)."""


def calendar_named(key: str) -> BusinessCalendar:
    """A shipped calendar by short name: ``legal`` (default), ``state-offices`` or ``statute``."""
    try:
        return CALENDARS[key]()
    except KeyError:
        known = ", ".join(CALENDARS)
        raise InputError("calendar", f"unknown calendar; expected one of {known}") from None
