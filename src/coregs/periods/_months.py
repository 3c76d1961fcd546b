"""Month arithmetic: clamped month addition, the ``Month`` value, and month windows."""

from __future__ import annotations

import calendar as _stdcal
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import overload

from coregs._errors import InputError, OutOfRangeError, require_date

__all__ = ["Month", "MonthWindow", "add_months", "first_of_month"]


def add_months(day: date, n: int) -> date:
    """``day`` plus ``n`` months: the same day of the month, clamped to the month's end.

    This is C.R.S. 2-4-108(3) ("the period ends on the same numerical day in the concluding
    month ... unless there are not that many days in the concluding month, in which case the
    period ends on the last day of that month"), the same answer as
    ``day + dateutil.relativedelta(months=n)`` (the test suite checks the two agree) at a
    fraction of its cost. Clamping makes month addition lossy: Jan 31 + 1 month - 1 month =
    Jan 28. Compute a recurring schedule from its anchor (``add_months(anchor, k * 6)``), never
    by chaining.
    """
    require_date(day, "day")
    if type(n) is not int:
        raise InputError("months", "expected an int number of months")
    year, month0 = divmod(day.year * 12 + day.month - 1 + n, 12)
    if not 1 <= year <= 9999:
        raise OutOfRangeError("months", "the result falls outside years 1-9999")
    month = month0 + 1
    if day.day <= 28:  # every month has a 28th: no clamp to look up
        return date(year, month, day.day)
    return date(year, month, min(day.day, _stdcal.monthrange(year, month)[1]))


def first_of_month(day: date) -> date:
    """The first day of ``day``'s month."""
    return require_date(day, "day").replace(day=1)


@dataclass(frozen=True, slots=True, order=True)
class Month:
    """A calendar month (year and month), e.g. an eligibility month or a claiming month.

    Months are ordered, hashable and support ``month + n``, ``month - n`` and
    ``month_a - month_b`` (a number of months).
    """

    year: int
    month: int

    def __post_init__(self) -> None:
        if type(self.year) is not int or type(self.month) is not int or not 1 <= self.month <= 12:
            raise InputError("month", "expected a year and a month number 1-12")
        if not 1 <= self.year <= 9999:
            raise OutOfRangeError("month.year", "expected a year 1-9999")

    @classmethod
    def of(cls, day: date) -> Month:
        """The month containing ``day``."""
        require_date(day, "day")
        if cls is Month:  # every date's month is valid: the shared value, unchecked
            return _month_at(day.year * 12 + day.month - 1)
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, text: str) -> Month:
        """``"2026-11"`` -> ``Month(2026, 11)``."""
        try:
            year, month = text.split("-")
            return cls(int(year), int(month))
        except (ValueError, AttributeError):
            raise InputError("month", "expected YYYY-MM") from None

    @property
    def first_day(self) -> date:
        """The month's first day."""
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        """The month's last day."""
        return date(self.year, self.month, _stdcal.monthrange(self.year, self.month)[1])

    @property
    def days(self) -> int:
        """How many days the month has."""
        return _stdcal.monthrange(self.year, self.month)[1]

    def _index(self) -> int:
        return self.year * 12 + self.month - 1

    def __add__(self, n: int) -> Month:
        if type(n) is not int:
            return NotImplemented
        return _month_at(self.year * 12 + self.month - 1 + n)

    @overload
    def __sub__(self, other: Month) -> int: ...
    @overload
    def __sub__(self, other: int) -> Month: ...
    def __sub__(self, other: int | Month) -> int | Month:
        if isinstance(other, Month):
            return self._index() - other._index()
        if type(other) is int:
            return _month_at(self._index() - other)
        return NotImplemented

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls in this month."""
        return day.year == self.year and day.month == self.month

    def through(self, last: Month) -> Iterator[Month]:
        """This month and each following one up to ``last`` (included)."""
        _require_month(last, "last")
        for i in range(self._index(), last._index() + 1):
            yield _month_at(i)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@lru_cache(maxsize=4096)
def _month_at(index: int) -> Month:
    """The month ``index`` months after January of year 0: one immutable value per month,
    made once (month arithmetic is on the hot path of the eligibility timelines, where a
    five-year stay steps through sixty months, and building a Month costs five times the
    lookup). The month number is valid by construction: only the year is checked, and the
    general validation is skipped."""
    year, month0 = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise OutOfRangeError("month.year", "the result falls outside years 1-9999")
    out = object.__new__(Month)
    object.__setattr__(out, "year", year)
    object.__setattr__(out, "month", month0 + 1)
    return out


def _require_month(value: object, field: str) -> None:
    if not isinstance(value, Month):
        raise InputError(field, "expected a Month")


@dataclass(frozen=True, slots=True)
class MonthWindow:
    """A run of whole months, both ends included.

    "in the month, or within the six (6) months preceding the month" (7.601.71.B.5) is
    ``MonthWindow.preceding(month, 6)``: from the first day of ``month - 6`` to the last day of
    ``month``. Windows are month-granular: any day of a month in the window is inside it.
    """

    first: Month
    last: Month

    def __post_init__(self) -> None:
        _require_month(self.first, "window.first")
        _require_month(self.last, "window.last")
        if self.last < self.first:
            raise InputError("window", "the last month is before the first")

    @classmethod
    def preceding(cls, month: Month, months: int, *, include_month: bool = True) -> MonthWindow:
        """``month`` (if ``include_month``) and the ``months`` months before it."""
        _require_month(month, "month")
        if type(months) is not int or months < 0:
            raise InputError("months", "expected a whole number of months, zero or more")
        last = month if include_month else month - 1
        return cls(month - months, last)

    @property
    def start(self) -> date:
        """The window's first day."""
        return self.first.first_day

    @property
    def end(self) -> date:
        """The window's last day."""
        return self.last.last_day

    def contains(self, item: date | Month) -> bool:
        """Whether a day (or a whole month) lies in the window."""
        month = item if isinstance(item, Month) else Month.of(item)
        return self.first <= month <= self.last

    def __iter__(self) -> Iterator[Month]:
        return self.first.through(self.last)

    def __str__(self) -> str:
        return f"{self.first}..{self.last}"
