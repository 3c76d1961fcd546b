"""Due dates: the one counting convention, and due dates that explain themselves.

:func:`count_due` is the convention itself (the kernel: a due date and nothing else);
:func:`due_date` checks its arguments, counts with the kernel and adds the explanation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, overload

from coregs._errors import InputError, OutOfRangeError, require_date
from coregs.calendar import WEEKDAY_NAMES, BusinessCalendar, NonBusinessDay, default_calendar
from coregs.periods._months import add_months
from coregs.periods._period import Period, Unit

if TYPE_CHECKING:
    from coregs._columns import Errors
    from coregs.calendar._engine import Column

__all__ = ["DueDate", "Roll", "count_due", "counter", "due_date", "occurrences"]


class Roll(StrEnum):
    """What to do when a calendar-day or month due date lands on a non-business day.

    ``NONE`` keeps it (federal Title IV-E time limits never roll); ``FORWARD`` moves it to the
    next business day (an act due at a public office that is closed "shall stand continued to the
    next succeeding full business day at such public office", C.R.S. 24-11-110); ``BACKWARD``
    moves it to the previous business day. Business-day periods always end on a business day.
    """

    NONE = "none"
    FORWARD = "forward"
    BACKWARD = "backward"


# -- the counting convention (the kernel) -----------------------------------------------------


def _calendar_days(trigger: date, n: int, calendar: BusinessCalendar | None) -> date:
    if n > date.max.toordinal() - trigger.toordinal():
        raise OutOfRangeError("period", "the due date falls after the year 9999")
    return trigger + timedelta(days=n)  # day 0 is the trigger; every day counts


def _business_days(trigger: date, n: int, calendar: BusinessCalendar | None) -> date:
    # the n-th business day after the trigger, which itself never counts
    try:
        return (calendar or default_calendar()).add_business_days(trigger, n)
    except OutOfRangeError:
        raise _out_of_years(trigger.toordinal(), calendar or default_calendar()) from None


def _months(trigger: date, n: int, calendar: BusinessCalendar | None) -> date:
    return add_months(trigger, n)  # same day of the month, clamped to the month's end


def _years(trigger: date, n: int, calendar: BusinessCalendar | None) -> date:
    return add_months(trigger, 12 * n)


def _same_day(trigger: date, n: int, calendar: BusinessCalendar | None) -> date:
    return trigger  # "at the time of"


_COUNT: Mapping[Unit, Callable[[date, int, BusinessCalendar | None], date]] = {
    Unit.CALENDAR_DAYS: _calendar_days,
    Unit.WORKING_DAYS: _business_days,
    Unit.BUSINESS_DAYS: _business_days,
    Unit.MONTHS: _months,
    Unit.YEARS: _years,
    Unit.AT_THE_TIME_OF: _same_day,
}
"""How each unit counts n of itself from a trigger. "Promptly" is absent: it has no date.

A table of the convention, one line per unit, and also the kernel's speed trick: the compliance
evaluator counts once per occurrence, and one lookup here replaces a chain of enum comparisons
(each enum member lookup costs ~0.1 µs on CPython 3.11)."""

_SHIFT: Mapping[Roll, Callable[[BusinessCalendar, date], date] | None] = {
    Roll.NONE: None,
    Roll.FORWARD: BusinessCalendar.roll_forward,
    Roll.BACKWARD: BusinessCalendar.roll_backward,
}

_Kernel = Callable[[date, int, BusinessCalendar | None], date]


def _rolled(count: _Kernel, shift: Callable[[BusinessCalendar, date], date]) -> _Kernel:
    def kernel(trigger: date, n: int, calendar: BusinessCalendar | None) -> date:
        due = count(trigger, n, calendar)  # past the year 9999: its own error, naming the period
        try:
            return shift(calendar or default_calendar(), due)
        except OutOfRangeError:
            raise _out_of_years(trigger.toordinal(), calendar or default_calendar()) from None

    return kernel


def _out_of_years(day0: int, cal: BusinessCalendar, row: str = "") -> OutOfRangeError:
    """The calendar's refusal of a count from ``day0`` (the trigger's ordinal), in the caller's
    words: the calendar names its own argument (``date``, ``result``), the caller passed a
    trigger. The trigger itself is outside the calendar's years, or the due date counted from
    it is. ``row`` is a column's ``"[i]"``.
    """
    if cal._first <= day0 <= cal._last:
        return cal._outside(f"due{row}", "the due date falls outside")
    return cal._outside(f"trigger{row}", "outside")


_KERNEL: Mapping[tuple[Unit, Roll], _Kernel] = {
    (unit, roll): (
        count
        if shift is None or count is _business_days  # a business day needs no roll
        else _rolled(count, shift)
    )
    for unit, count in _COUNT.items()
    for roll, shift in _SHIFT.items()
}
"""The convention for each unit and roll: count ``n`` units from the trigger, then roll."""


@overload
def count_due(
    trigger: date,
    period: Period,
    calendar: BusinessCalendar | None = None,
    roll: Roll = Roll.NONE,
    occurrence: int = 1,
    *,
    errors: Errors = "raise",
) -> date | None: ...
@overload
def count_due(
    trigger: Column,
    period: Period,
    calendar: BusinessCalendar | None = None,
    roll: Roll = Roll.NONE,
    occurrence: int = 1,
    *,
    errors: Errors = "raise",
) -> Column: ...
def count_due(
    trigger: Any,
    period: Period,
    calendar: BusinessCalendar | None = None,
    roll: Roll = Roll.NONE,
    occurrence: int = 1,
    *,
    errors: Errors = "raise",
) -> Any:
    """The due date of ``period`` from ``trigger``: the counting convention, and nothing else.

    :func:`due_date` states the convention and adds the explanation; this is the same count,
    for callers that need only the date (the compliance evaluator counts once per occurrence).
    Its checks are the cheapest that keep bad input from failing deep inside: ``trigger`` a
    ``datetime.date``, ``period`` a :class:`Period`, ``roll`` a :class:`Roll`, ``occurrence``
    a positive int (phrases and roll names are read by :func:`due_date`). ``calendar`` is
    needed only to count business days or to roll
    (:func:`~coregs.calendar.default_calendar` when ``None``).

    Returns ``None`` for "promptly", which has no computable date.

    ``trigger`` may be a column of dates (a numpy ``datetime64`` array, a pandas Series or
    DatetimeIndex; needs numpy): the due dates come as a column of its shape, ``NaT`` for
    "promptly", and ``errors="coerce"`` makes a row out of the calendar's range ``NaT`` instead
    of raising (``coregs._columns``).

    Raises:
        InputError: an argument of the wrong type, or ``occurrence`` below 1.
        OutOfRangeError: ``trigger`` (a row: ``trigger[i]``) is outside the calendar's years
            and the count needs it there, or the due date counted from it is (``due``,
            ``due[i]``); or the due date falls past the year 9999 (``period``).
    """
    if type(trigger) is not date or type(period) is not Period or type(roll) is not Roll:
        if type(period) is Period and type(roll) is Roll and hasattr(trigger, "__array__"):
            return _count_column(trigger, period, calendar, roll, occurrence, errors=errors)
        _refuse(trigger, period, roll)
    if type(occurrence) is not int or occurrence < 1:
        raise InputError("occurrence", "expected a positive int")
    if calendar is not None and not isinstance(calendar, BusinessCalendar):
        raise InputError("calendar", "expected a BusinessCalendar")
    kernel = _KERNEL.get((period.unit, roll))
    if kernel is None:
        return None  # "promptly"
    return kernel(trigger, period.amount * occurrence, calendar)


def counter(
    unit: Unit, roll: Roll = Roll.NONE
) -> Callable[[date, int, BusinessCalendar | None], date] | None:
    """The counting convention for one ``unit`` and ``roll``: ``count(anchor, n, calendar)``
    is the due date of ``n`` units from ``anchor`` (day 0), rolled.

    ``counter(p.unit, roll)(anchor, p.amount * k, calendar) == count_due(anchor, p, calendar,
    roll, k)``: :func:`count_due` resolved once, for a caller that counts the same unit many
    times (the compliance evaluator: once per occurrence of a rule). The count checks
    nothing: ``anchor`` must be a ``datetime.date``, ``n`` an int, ``calendar`` a
    :class:`BusinessCalendar` (or ``None`` for :func:`~coregs.calendar.default_calendar`).

    Returns ``None`` for "promptly", which has no computable date. The count raises the
    errors :func:`count_due` raises for a date outside the calendar's years.

    Raises:
        InputError: ``unit`` is not a :class:`Unit`, or ``roll`` not a :class:`Roll`.
    """
    if type(unit) is not Unit:
        raise InputError("unit", "expected a Unit")
    if type(roll) is not Roll:
        raise InputError("roll", "expected a Roll")
    return _KERNEL.get((unit, roll))


def _count_column(
    trigger: Any,
    period: Period,
    calendar: BusinessCalendar | None,
    roll: Roll,
    occurrence: int,
    *,
    errors: Errors,
) -> Any:
    """:func:`count_due` of a column of triggers: the table above, a column at a time."""
    from coregs import _columns as columns  # noqa: PLC0415 - numpy, only for columns

    columns.check_errors(errors)
    if type(occurrence) is not int or occurrence < 1:
        raise InputError("occurrence", "expected a positive int")
    n, unit = period.amount * occurrence, period.unit
    if unit is Unit.PROMPTLY:
        return columns.missing_like(trigger)
    if not unit.counts_business_days:
        if unit in (Unit.MONTHS, Unit.YEARS):
            due = columns.add_months(trigger, n * 12 if unit is Unit.YEARS else n, errors)
        else:  # calendar days; "at the time of" counts none
            due = columns.add_days(trigger, n, errors)
        if roll is Roll.NONE:
            return due
    cal = calendar or default_calendar()
    try:
        if unit.counts_business_days:  # ends on a business day: nothing to roll
            return cal.add_business_days(trigger, n, errors=errors)
        shift = cal.roll_forward if roll is Roll.FORWARD else cal.roll_backward
        return shift(due, errors=errors)
    except OutOfRangeError as exc:  # the calendar's, naming its row: "date[i]", "result[i]"
        row = exc.field[exc.field.index("[") :]
        day0 = columns.Column(trigger, "trigger").ordinals.flat[int(row[1:-1])]
        raise _out_of_years(int(day0), cal, row) from None


def _refuse(trigger: object, period: object, roll: object) -> None:
    require_date(trigger, "trigger")
    if not isinstance(period, Period):
        raise InputError("period", "expected a Period (due_date reads a phrase)")
    if not isinstance(roll, Roll):
        raise InputError("roll", "expected a Roll")


# -- due dates that explain themselves ------------------------------------------------------


def _day(d: date) -> str:
    return f"{d.isoformat()} ({WEEKDAY_NAMES[d.weekday()]})"


@dataclass(frozen=True, slots=True)
class DueDate:
    """A due date that can explain itself: a period counted from a date, with its steps.

    Arithmetic only: a ``DueDate`` knows no rule. A rule's due date for one trigger is a
    :class:`coregs.rules.Deadline`, which holds the rule, its quote, the options applied and
    this counting.

    Attributes:
        trigger: the day the clock starts (day 0).
        period: the period counted.
        due: the due date, or ``None`` when the period has no computable date ("promptly").
        calendar: name of the calendar used (business-day counting or rolling), if any.
        roll: the roll policy applied.
        unrolled: the due date before rolling (equal to ``due`` when nothing rolled).
        clamped: a month-end clamp applied (Aug 31 + 6 months = Feb 28).
        skipped: each non-business day passed over while counting business days, with its name.
        rolled_over: each non-business day passed over while rolling, with its name.
        occurrence: for a recurring period, which occurrence this is (1 = first).
    """

    trigger: date
    period: Period
    due: date | None
    calendar: str | None = None
    roll: Roll = Roll.NONE
    unrolled: date | None = None
    clamped: bool = False
    skipped: tuple[NonBusinessDay, ...] = ()
    rolled_over: tuple[NonBusinessDay, ...] = ()
    occurrence: int = 1

    @property
    def rolled(self) -> bool:
        """Whether rolling moved the due date."""
        return self.due != self.unrolled

    @property
    def has_fixed_date(self) -> bool:
        """False for periods with no computable due date ("promptly")."""
        return self.due is not None

    def steps(self) -> tuple[str, ...]:
        """The counting, step by step, in words."""
        # occurrence k counts k periods from the anchor: say the amount actually counted
        p = self.period.times(self.occurrence) if self.period.unit.countable else self.period
        out = [f"Trigger {_day(self.trigger)} is day 0."]
        if p.unit is Unit.PROMPTLY:
            out.append('"promptly" sets no computable due date.')
            return tuple(out)
        if p.unit is Unit.AT_THE_TIME_OF:
            out.append('"at the time of": due on the trigger day itself.')
        elif p.counts_business_days:
            out.append(
                f"Count {p.amount} {p.unit.value} on calendar {self.calendar!r}; the trigger day "
                "never counts, and only business days count."
            )
        elif p.unit is Unit.CALENDAR_DAYS:
            out.append(f"Count {p.amount} calendar days; every day counts.")
        else:
            months = p.amount * (12 if p.unit is Unit.YEARS else 1)
            out.append(
                f"Add {months} months: same day of the month"
                + (", clamped to the month's last day." if self.clamped else ".")
            )
        if self.occurrence > 1:
            out.append(
                f"Occurrence {self.occurrence}: {self.occurrence} x {self.period.amount} "
                f"{self.period.unit.value}, counted from the anchor, never chained."
            )
        if self.skipped:
            out.append(f"Skipped {len(self.skipped)} non-business days:")
            out.extend(f"  {d.describe()}" for d in self.skipped)
        assert self.unrolled is not None
        assert self.due is not None
        if self.rolled:
            out.append(
                f"{_day(self.unrolled)} is not a business day; rolled {self.roll.value} to "
                f"{_day(self.due)} over:"
            )
            out.extend(f"  {d.describe()}" for d in self.rolled_over)
        out.append(f"Due {_day(self.due)}.")
        return tuple(out)

    def explain(self) -> str:
        """:meth:`steps` as one text block."""
        return "\n".join(self.steps())

    def __str__(self) -> str:
        due = self.due.isoformat() if self.due else "no fixed date"
        return f"{self.period} after {self.trigger.isoformat()}: {due}"

    def __repr__(self) -> str:
        from coregs._display.periods import due_date_repr  # noqa: PLC0415 - display, on demand

        return due_date_repr(self)

    def _repr_html_(self) -> str:
        from coregs._display.periods import due_date_html  # noqa: PLC0415

        return due_date_html(self)


def _period(period: Period | str) -> Period:
    """``period``, or the period a phrase words ("five (5) working days")."""
    if isinstance(period, str):
        return Period.parse(period)
    if not isinstance(period, Period):
        raise InputError("period", "expected a Period or a phrase such as '5 working days'")
    return period


def _roll(roll: Roll | str) -> Roll:
    try:
        return Roll(roll)
    except ValueError:
        raise InputError("roll", "expected none, forward or backward") from None


def due_date(
    trigger: date,
    period: Period | str,
    *,
    calendar: BusinessCalendar | None = None,
    roll: Roll = Roll.NONE,
    occurrence: int = 1,
) -> DueDate:
    """The due date of ``period`` counted from ``trigger``, with its explanation.

    The counting convention (design: "stated once"):

    * **Calendar days**: the trigger is day 0; "within N calendar days of D" is due D + N.
      Acting on the due date is on time; D + N + 1 is late.
    * **Working / business days**: the N-th business day after the trigger. The trigger itself
      never counts, whatever day it is (Saturday + 1 business day = Monday).
    * **Months / years**: the same day of the month N months (12N for years) later, clamped to
      the month's end (C.R.S. 2-4-108(3)).
    * **At the time of**: due on the trigger day. **Promptly**: no computable date
      (``due is None``).
    * A calendar-day, month or year due date on a non-business day moves only if ``roll`` says
      so; the result records whether it did. Business-day due dates are business days already.

    Args:
        trigger: day 0 (a ``datetime.date``; convert timestamps to a local date first).
        period: what to count: a :class:`Period`, or a phrase :meth:`Period.parse` reads.
        calendar: the business-day calendar; when ``None``,
            :func:`coregs.calendar.default_calendar` (used, and named on the result, only when
            the period counts business days or a roll is asked for).
        roll: what to do when a calendar-day/month due date is not a business day.
        occurrence: for a recurring period, the k-th occurrence (anchor + k x period).

    Raises:
        InputError: ``trigger`` is not a date, ``period`` not a period, ``occurrence`` not a
            positive int, or ``calendar`` not a calendar.
        PeriodSyntaxError: ``period`` is a phrase that is not a period.
        OutOfRangeError: business-day counting or rolling outside the calendar's years,
            naming ``trigger`` or the ``due`` date (as :func:`count_due`), or a due date past
            the year 9999.
    """
    require_date(trigger, "trigger")
    period = _period(period)
    if type(occurrence) is not int or occurrence < 1:
        raise InputError("occurrence", "expected a positive int")
    if calendar is not None and not isinstance(calendar, BusinessCalendar):
        raise InputError("calendar", "expected a BusinessCalendar")
    roll = _roll(roll)
    unit = period.unit
    if unit is Unit.PROMPTLY:
        return DueDate(trigger, period, None, occurrence=occurrence)
    needs_calendar = unit.counts_business_days or roll is not Roll.NONE
    cal = (calendar or default_calendar()) if needs_calendar else None
    # the kernel's date; when a roll is asked for, the same count unrolled shows what it did
    due = count_due(trigger, period, calendar=cal, roll=roll, occurrence=occurrence)
    raw = (
        due
        if roll is Roll.NONE
        else count_due(trigger, period, calendar=cal, occurrence=occurrence)
    )
    assert due is not None
    assert raw is not None
    return DueDate(
        trigger=trigger,
        period=period,
        due=due,
        calendar=cal.name if cal is not None else None,
        roll=roll,
        unrolled=raw,
        clamped=unit in (Unit.MONTHS, Unit.YEARS) and raw.day != trigger.day,
        skipped=_skipped(cal, trigger, raw) if unit.counts_business_days else (),
        rolled_over=_rolled_over(cal, raw, due),
        occurrence=occurrence,
    )


def _skipped(cal: BusinessCalendar | None, trigger: date, due: date) -> tuple[NonBusinessDay, ...]:
    """The non-business days passed over counting business days from ``trigger`` to ``due``."""
    assert cal is not None
    return tuple(cal.non_business_days(trigger + timedelta(days=1), due)) if due > trigger else ()


def _rolled_over(cal: BusinessCalendar | None, raw: date, due: date) -> tuple[NonBusinessDay, ...]:
    """The non-business days passed over rolling ``raw`` to ``due``."""
    if due == raw:
        return ()
    assert cal is not None
    lo, hi = min(due, raw), max(due, raw)
    return tuple(d for d in cal.non_business_days(lo, hi) if d.date != due)


def occurrences(
    anchor: date,
    period: Period | str,
    *,
    through: date,
    calendar: BusinessCalendar | None = None,
    roll: Roll = Roll.NONE,
) -> Iterator[DueDate]:
    """Each occurrence of a recurring ``period`` from ``anchor`` whose due date is on or before
    ``through``, then the first one after it (the next due date).

    Occurrence k is ``anchor + k x period``, computed from the anchor and never chained, so a
    schedule anchored on Aug 31 every 6 months runs Feb 28/29, Aug 31, Feb 28/29 ... and never
    drifts to the 28th.
    """
    require_date(anchor, "anchor")
    require_date(through, "through")
    period = _period(period)
    if not period.unit.countable or period.amount == 0:
        raise InputError("period", "only a positive countable period has occurrences")
    k = 1
    while True:
        d = due_date(anchor, period, calendar=calendar, roll=roll, occurrence=k)
        yield d
        assert d.due is not None
        if d.due > through:
            return
        k += 1
