"""Dated, cited calendar records: holidays, their observed-day shifts, closures and open days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from coregs._errors import InputError, require_date
from coregs.calendar._dates import WEEKDAY_NAMES, DateRule

__all__ = [
    "SATURDAY",
    "SUNDAY",
    "Closure",
    "Commemoration",
    "Holiday",
    "Layer",
    "Observance",
    "Shift",
]

SATURDAY = 5
SUNDAY = 6


class Layer(StrEnum):
    """Who closes on a day, from the law outwards.

    * ``LEGAL_HOLIDAY``: a legal holiday of C.R.S. 24-11-101, on the day it is observed.
    * ``STATE_OFFICE``: a day state offices close although it is no legal holiday (a governor's
      holiday granted as administrative leave, an early closure).
    * ``LOCAL``: a county's or an office's own closure, added by the caller.
    """

    LEGAL_HOLIDAY = "legal holiday"
    STATE_OFFICE = "state office closure"
    LOCAL = "local closure"


@dataclass(frozen=True, slots=True, order=True)
class Closure:
    """A day an office is closed, with why and on whose authority.

    Attributes:
        date: the day the office is closed (the observed day, for a shifted holiday).
        name: the closure's name (``"Christmas Day"``).
        layer: which :class:`Layer` it belongs to.
        source: the citation or document that establishes it.
        holiday_date: for an observed holiday, the day the holiday itself falls on.
        shift_basis: for an observed holiday, the authority for moving it.
        partial: for a closure of part of a day (``"closed from 1:00 pm"``). Such a day is not
            a "full business day" (C.R.S. 24-11-110) and counts as closed.
        note: anything else a reader should know.
    """

    date: date
    name: str
    layer: Layer = Layer.LOCAL
    source: str = "supplied by the caller"
    holiday_date: dt.date | None = None
    shift_basis: str | None = None
    partial: str | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        if type(self.date) is not date:
            require_date(self.date, "Closure.date")
        if not isinstance(self.name, str) or not self.name.strip():
            raise InputError("Closure.name", "expected a non-empty name")
        if not isinstance(self.source, str):
            raise InputError("Closure.source", "expected text: the closure's authority")
        if type(self.layer) is not Layer:  # a Layer needs no conversion: Layer(m) is m
            try:
                object.__setattr__(self, "layer", Layer(self.layer))
            except ValueError:
                layers = ", ".join(repr(m.value) for m in Layer)
                raise InputError("Closure.layer", f"expected one of {layers}") from None

    @property
    def observed(self) -> bool:
        """True when the holiday falls on another day and is observed on this one."""
        return self.holiday_date is not None and self.holiday_date != self.date

    @property
    def weekday(self) -> str:
        """The weekday name of :attr:`date`."""
        return WEEKDAY_NAMES[self.date.weekday()]

    def describe(self) -> str:
        """One line: name, layer, observance and source."""
        text = self.name
        if self.observed:
            assert self.holiday_date is not None
            text += (
                f" (falls on {WEEKDAY_NAMES[self.holiday_date.weekday()]} "
                f"{self.holiday_date.isoformat()}; observed here per {self.shift_basis})"
            )
        if self.partial:
            text += f" ({self.partial})"
        return f"{text} [{self.layer.value}; {self.source}]"


@dataclass(frozen=True, slots=True, order=True)
class Commemoration:
    """A named day on which offices stay open (e.g. Cesar Chavez Day, C.R.S. 24-11-112)."""

    date: date
    name: str
    source: str
    note: str = ""

    def __post_init__(self) -> None:
        require_date(self.date, "Commemoration.date")


@dataclass(frozen=True, slots=True)
class Shift:
    """Move a holiday that falls on ``weekday`` by ``days``, on the authority of ``basis``."""

    weekday: int
    days: int
    basis: str


@dataclass(frozen=True, slots=True)
class Observance:
    """A set of observed-day shifts (e.g. Saturday -> Friday, Sunday -> Monday)."""

    name: str
    shifts: tuple[Shift, ...]

    def observe(self, day: date) -> tuple[date, Shift | None]:
        """The day a holiday falling on ``day`` is observed, and the shift applied (if any)."""
        for shift in self.shifts:
            if day.weekday() == shift.weekday:
                return day + timedelta(days=shift.days), shift
        return day, None


@dataclass(frozen=True, slots=True)
class Holiday:
    """A holiday defined by law: its date rule, its source and the years it is in force.

    Attributes:
        name: the holiday's name as the statute gives it.
        rule: how its date is found each year.
        source: the citation that makes it a holiday.
        first_year: first year in force; ``None`` means in force before the supported years.
        last_year: last year in force; ``None`` means still in force.
        history: how the holiday came and went, with the acts that did it.
    """

    name: str
    rule: DateRule
    source: str
    first_year: int | None = None
    last_year: int | None = None
    history: str = ""

    def in_force(self, year: int) -> bool:
        """Whether the holiday exists in ``year``."""
        return (self.first_year is None or year >= self.first_year) and (
            self.last_year is None or year <= self.last_year
        )

    def closure(self, year: int, observance: Observance) -> Closure | None:
        """The closure this holiday causes for its ``year`` occurrence, or ``None``."""
        if not self.in_force(year):
            return None
        actual = self.rule.on(year)
        observed, shift = observance.observe(actual)
        if shift is None:
            return Closure(actual, self.name, Layer.LEGAL_HOLIDAY, self.source, actual)
        return Closure(
            observed,
            self.name,
            Layer.LEGAL_HOLIDAY,
            self.source,
            holiday_date=actual,
            shift_basis=shift.basis,
        )
