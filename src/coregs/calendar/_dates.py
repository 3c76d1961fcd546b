"""Annual date rules: "January 1", "third Monday of January", "last Monday of May"."""

from __future__ import annotations

import calendar as _stdcal
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

__all__ = [
    "WEEKDAY_NAMES",
    "DateRule",
    "FixedDate",
    "NthWeekday",
    "fixed_date",
    "last_weekday",
    "nth_weekday",
]

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""English weekday names by ``date.weekday()`` (never the locale's, so output is stable)."""
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}
_MONTHS = tuple(_stdcal.month_name)


class DateRule(Protocol):
    """Something that names one date in each year."""

    def on(self, year: int) -> date:
        """The date this rule names in ``year``."""
        ...

    def describe(self) -> str:
        """The rule in words, as a statute would write it."""
        ...


@dataclass(frozen=True, slots=True)
class FixedDate:
    """The same month and day every year (``January 1``)."""

    month: int
    day: int

    def __post_init__(self) -> None:
        date(2000, self.month, self.day)  # 2000 is a leap year: Feb 29 is accepted here

    def on(self, year: int) -> date:
        """This month and day in ``year``."""
        return date(year, self.month, self.day)

    def describe(self) -> str:
        """E.g. ``"July 4"``."""
        return f"{_MONTHS[self.month]} {self.day}"


@dataclass(frozen=True, slots=True)
class NthWeekday:
    """The n-th (or, with ``n=-1``, the last) given weekday of a month."""

    n: int
    weekday: int
    month: int

    def __post_init__(self) -> None:
        if self.n not in _ORDINALS or not 0 <= self.weekday <= 6 or not 1 <= self.month <= 12:
            raise ValueError("NthWeekday needs n in 1..5 or -1, weekday 0..6, month 1..12")

    def on(self, year: int) -> date:
        """The date in ``year``; raises ``ValueError`` if a fifth weekday does not exist."""
        if self.n > 0:
            first = date(year, self.month, 1)
            day = 1 + (self.weekday - first.weekday()) % 7 + 7 * (self.n - 1)
            if day <= 28:  # every month has it: build the date directly, no date arithmetic
                return date(year, self.month, day)
            result = first + timedelta(days=day - 1)
            if result.month != self.month:
                raise ValueError(f"{self.describe()} does not exist in {year}")
            return result
        last = date(year, self.month, _stdcal.monthrange(year, self.month)[1])
        return last - timedelta(days=(last.weekday() - self.weekday) % 7)

    def describe(self) -> str:
        """E.g. ``"third Monday of January"``."""
        return f"{_ORDINALS[self.n]} {WEEKDAY_NAMES[self.weekday]} of {_MONTHS[self.month]}"


def fixed_date(month: int, day: int) -> FixedDate:
    """A rule for the same month and day every year."""
    return FixedDate(month, day)


def nth_weekday(n: int, weekday: int, month: int) -> NthWeekday:
    """A rule for the n-th ``weekday`` (0 = Monday) of ``month``."""
    return NthWeekday(n, weekday, month)


def last_weekday(weekday: int, month: int) -> NthWeekday:
    """A rule for the last ``weekday`` (0 = Monday) of ``month``."""
    return NthWeekday(-1, weekday, month)
