"""The business-day calendar: an immutable value with O(log D) arithmetic.

A calendar holds the closures of its supported years. On first use it builds one sorted list of
the ordinals of its business days (about 25,000 for 2000-2100); every operation is then a
``bisect`` into that list plus index arithmetic, so its cost does not depend on how many
business days are added or counted.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import compress
from typing import TYPE_CHECKING, Any, TypeAlias, overload

from coregs._errors import InputError, OutOfRangeError, require_date
from coregs.calendar._dates import WEEKDAY_NAMES
from coregs.calendar._records import Closure, Commemoration, Layer

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from coregs._columns import Errors

    Column: TypeAlias = np.ndarray[Any, Any] | pd.Series | pd.DatetimeIndex  # coregs._columns

__all__ = ["FIRST_YEAR", "LAST_YEAR", "BusinessCalendar", "DayExplanation", "NonBusinessDay"]

FIRST_YEAR = 2000
LAST_YEAR = 2100
_WEEKEND = (5, 6)
# Whether a weekday is open, indexed by ordinal % 7: 0 = Sunday, 1 = Monday ... 6 = Saturday.
_OPEN = b"\x00\x01\x01\x01\x01\x01\x00"


def _is_column(value: object) -> bool:
    # a column of dates for coregs._columns; numpy arrays and pandas objects have __array__
    return hasattr(value, "__array__")


def _closure_key(c: Closure) -> tuple[date, str, str, str]:
    # A key, not the dataclass's field-by-field __lt__: several times faster on 1,000 closures.
    # ``c.layer`` is a StrEnum member, so it orders as its value without the ``.value`` lookup.
    return (c.date, c.layer, c.name, c.source)


@dataclass(frozen=True, slots=True)
class NonBusinessDay:
    """A day that is not a business day, and the reasons (weekend, closures)."""

    date: date
    weekend: bool
    closures: tuple[Closure, ...]

    @property
    def name(self) -> str:
        """``"Saturday"``, or the closure name(s) joined with " / "."""
        if self.closures:
            return " / ".join(c.name for c in self.closures)
        return WEEKDAY_NAMES[self.date.weekday()]

    def describe(self) -> str:
        """``2026-11-26 Thursday: Thanksgiving Day [legal holiday; C.R.S. 24-11-101(1)]``."""
        head = f"{self.date.isoformat()} {WEEKDAY_NAMES[self.date.weekday()]}"
        if not self.closures:
            return f"{head}: weekend"
        return f"{head}: " + "; ".join(c.describe() for c in self.closures)

    def __repr__(self) -> str:
        from coregs._display.calendar import non_business_day_repr  # noqa: PLC0415 - on demand

        return non_business_day_repr(self)


@dataclass(frozen=True, slots=True)
class DayExplanation:
    """Whether a day is a business day on a calendar, and why.

    Attributes:
        date: the day asked about.
        calendar: the calendar's name.
        is_business_day: the answer.
        weekend: the day is a Saturday or Sunday.
        closures: closures observed on this day.
        holiday_observed_elsewhere: holidays that fall on this day but are observed on another.
        commemorations: named days on which offices stay open (e.g. Cesar Chavez Day).
    """

    date: date
    calendar: str
    is_business_day: bool
    weekend: bool
    closures: tuple[Closure, ...]
    holiday_observed_elsewhere: tuple[Closure, ...]
    commemorations: tuple[Commemoration, ...]

    def reasons(self) -> tuple[str, ...]:
        """Each reason in one line, most decisive first."""
        out = []
        day = WEEKDAY_NAMES[self.date.weekday()]
        if self.weekend:
            out.append(f"{day}: not a business day")
        out.extend(f"closed: {c.describe()}" for c in self.closures)
        for c in self.holiday_observed_elsewhere:
            out.append(
                f"{c.name} falls on this day but is observed {WEEKDAY_NAMES[c.date.weekday()]} "
                f"{c.date.isoformat()} ({c.shift_basis})"
            )
        out.extend(f"{m.name} ({m.source}): {m.note}" for m in self.commemorations)
        if self.is_business_day and not out:
            out.append(f"{day}, no closure on calendar {self.calendar!r}")
        return tuple(out)

    def explain(self) -> str:
        """A sentence and its reasons, for a terminal."""
        verdict = "is a business day" if self.is_business_day else "is NOT a business day"
        head = f"{self.date.isoformat()} ({WEEKDAY_NAMES[self.date.weekday()]}) {verdict}"
        return "\n".join([f"{head} on {self.calendar!r}.", *(f"  - {r}" for r in self.reasons())])

    def __repr__(self) -> str:
        from coregs._display.calendar import day_explanation_repr  # noqa: PLC0415 - on demand

        return day_explanation_repr(self)

    def _repr_html_(self) -> str:
        from coregs._display.calendar import day_explanation_html  # noqa: PLC0415

        return day_explanation_html(self)


class BusinessCalendar:
    """An immutable business-day calendar: weekends plus dated, cited closures.

    Business days are Monday to Friday except the calendar's closures (a closure of part of a
    day counts as closed: it is not a "full business day", C.R.S. 24-11-110). Calendars are
    values: :meth:`with_closures` and :meth:`union` return new calendars and never change this
    one. Equal closures, name and years make equal calendars.

    Every operation takes and returns ``datetime.date`` (a ``datetime`` is refused: convert a
    timestamp to its local date first) and raises :class:`~coregs.OutOfRangeError` for a date,
    or a result, outside the supported years.

    Conventions:
        * ``add_business_days(d, n)``: the n-th business day after ``d`` (``n > 0``) or before it
          (``n < 0``). ``d`` itself never counts, whatever day it is: Saturday + 1 = Monday.
          ``n == 0`` returns ``d`` unchanged.
        * ``business_days_between(a, b)``: the business days you step onto going from ``a`` to
          ``b``, excluding ``a`` and including ``b``: the count in ``(a, b]`` when ``b >= a``, and
          minus the count in ``[b, a)`` when ``b < a``. So
          ``business_days_between(d, add_business_days(d, n)) == n`` for every ``n``.
    """

    __slots__ = (
        "_by_date",
        "_closures",
        "_columns",
        "_commemorations",
        "_days",
        "_first",
        "_first_year",
        "_last",
        "_last_year",
        "_name",
        "description",
    )

    def __init__(
        self,
        name: str,
        closures: Iterable[Closure] = (),
        *,
        commemorations: Iterable[Commemoration] = (),
        description: str = "",
        first_year: int = FIRST_YEAR,
        last_year: int = LAST_YEAR,
    ) -> None:
        if not FIRST_YEAR <= first_year <= last_year <= LAST_YEAR:
            raise InputError(
                "first_year/last_year", f"must satisfy {FIRST_YEAR} <= first <= last <= {LAST_YEAR}"
            )
        self._name = name
        self.description = description
        self._first_year = first_year
        self._last_year = last_year
        self._first = date(first_year, 1, 1).toordinal()
        self._last = date(last_year, 12, 31).toordinal()
        lo, hi = date(first_year, 1, 1), date(last_year, 12, 31)
        self._closures = tuple(
            sorted({c for c in closures if lo <= c.date <= hi}, key=_closure_key)
        )
        self._commemorations = tuple(
            sorted({m for m in commemorations if lo <= m.date <= hi}, key=lambda m: m.date)
        )
        by_date: dict[date, tuple[Closure, ...]] = {}
        for c in self._closures:
            by_date[c.date] = (*by_date.get(c.date, ()), c)
        self._by_date = by_date
        self._columns: Any = None  # the business days as a numpy array, made for columns
        self._days: list[int] | None = None

    # -- value semantics -------------------------------------------------------------------

    def __setattr__(self, name: str, value: Any) -> None:
        # ``_days`` is the last slot __init__ fills: once it is set, the calendar is built. The
        # indexes made on first use are stored with object.__setattr__, past this check.
        if hasattr(self, "_days"):
            raise AttributeError("BusinessCalendar is immutable; use with_closures()")
        object.__setattr__(self, name, value)

    def _key(self) -> tuple[object, ...]:
        return (self._name, self._closures, self._first_year, self._last_year)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BusinessCalendar):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __reduce__(self) -> tuple[Any, ...]:
        # A value pickles as what it is built from (a batch hands it to worker processes);
        # the index is rebuilt on first use there.
        state = (self._name, self._closures, self._commemorations, self.description)
        return (_rebuild, ((*state, self._first_year, self._last_year),))

    def __repr__(self) -> str:
        return (
            f"BusinessCalendar({self._name!r}, {len(self._closures)} closures, "
            f"{self._first_year}-{self._last_year})"
        )

    @property
    def name(self) -> str:
        """The calendar's name, recorded on every result computed with it."""
        return self._name

    @property
    def years(self) -> range:
        """The supported years; any date outside them raises :class:`~coregs.OutOfRangeError`."""
        return range(self._first_year, self._last_year + 1)

    @property
    def closures(self) -> tuple[Closure, ...]:
        """All closures of the supported years, in date order (weekend ones included)."""
        return self._closures

    @property
    def layers(self) -> frozenset[Layer]:
        """The layers present in this calendar."""
        return frozenset(c.layer for c in self._closures)

    # -- composition ------------------------------------------------------------------------

    def with_closures(
        self, closures: Iterable[Closure], *, name: str | None = None, description: str = ""
    ) -> BusinessCalendar:
        """A new calendar with ``closures`` added on top (e.g. a county's own closures)."""
        added = tuple(closures)
        for i, c in enumerate(added):
            if not isinstance(c, Closure):
                raise InputError(f"closures[{i}]", "expected a Closure")
        return BusinessCalendar(
            name or f"{self._name} + {len(added)} closures",
            (*self._closures, *added),
            commemorations=self._commemorations,
            description=description or self.description,
            first_year=self._first_year,
            last_year=self._last_year,
        )

    def union(self, other: BusinessCalendar, *, name: str | None = None) -> BusinessCalendar:
        """A calendar closed whenever either calendar is closed (years: their overlap)."""
        return BusinessCalendar(
            name or f"{self._name} | {other._name}",
            (*self._closures, *other._closures),
            commemorations=(*self._commemorations, *other._commemorations),
            first_year=max(self._first_year, other._first_year),
            last_year=min(self._last_year, other._last_year),
        )

    def only(self, *layers: Layer, name: str | None = None) -> BusinessCalendar:
        """A calendar keeping only the closures of the given layers."""
        keep = frozenset(layers)
        return BusinessCalendar(
            name or f"{self._name} ({', '.join(sorted(x.value for x in keep))} only)",
            (c for c in self._closures if c.layer in keep),
            commemorations=self._commemorations,
            first_year=self._first_year,
            last_year=self._last_year,
        )

    # -- the index --------------------------------------------------------------------------

    def _business_days(self) -> list[int]:
        days = self._days
        if days is None:
            first, last = self._first, self._last
            # One byte per day, 1 for a business day: the week's pattern from ``first`` on,
            # repeated, with the closures cleared; compress() then picks the business-day
            # ordinals without a test per day in Python.
            start = first % 7
            is_open = bytearray((_OPEN[start:] + _OPEN[:start]) * ((last - first) // 7 + 1))
            del is_open[last - first + 1 :]
            for c in self._closures:
                is_open[c.date.toordinal() - first] = 0
            # A comprehension rather than list(): about as fast, but list() of this iterator is
            # several times slower under tracemalloc (the benchmark's memory measurement).
            days = [o for o in compress(range(first, last + 1), is_open)]  # noqa: C416
            object.__setattr__(self, "_days", days)
        return days

    def _ordinal(self, day: date, field: str) -> int:
        if type(day) is not date:
            require_date(day, field)
        o = day.toordinal()
        if not self._first <= o <= self._last:
            raise self._outside(field, "outside")
        return o

    def _outside(self, field: str, what: str = "the result falls outside") -> OutOfRangeError:
        """The error for ``field`` (``what``: "outside", or what fell outside) out of the years."""
        return OutOfRangeError(
            field,
            f"{what} the supported years {self._first_year}-{self._last_year} "
            f"of calendar {self._name!r}",
        )

    # -- arithmetic -------------------------------------------------------------------------

    def is_business_day(self, day: date) -> bool:
        """Whether ``day`` is a business day: a weekday with no closure."""
        o = self._ordinal(day, "date")
        days = self._days or self._business_days()
        i = bisect_left(days, o)
        return i < len(days) and days[i] == o

    @overload
    def add_business_days(self, day: date, n: int, *, errors: Errors = "raise") -> date: ...
    @overload
    def add_business_days(
        self, day: Column, n: int | Column, *, errors: Errors = "raise"
    ) -> Column: ...
    def add_business_days(self, day: Any, n: Any, *, errors: Errors = "raise") -> Any:
        """The ``n``-th business day after ``day`` (before it if ``n < 0``); ``day`` never counts.

        ``n == 0`` returns ``day`` unchanged. Cost is O(log D), independent of ``n``.

        ``day`` may be a column of dates (a numpy ``datetime64`` array, a pandas Series or
        DatetimeIndex; ``n`` a number or a column), which gives a column (needs numpy):
        ``errors="coerce"`` makes a row out of range ``NaT`` instead of raising (see
        ``coregs._columns``).
        """
        if type(n) is not int or type(day) is not date:
            if _is_column(day) or _is_column(n):
                from coregs._columns import add_business_days  # noqa: PLC0415 - columns

                return add_business_days(self, day, n, errors)
            if type(n) is not int:
                raise InputError("n", "expected an int number of business days")
        o = self._ordinal(day, "date")
        if n == 0:
            return day
        days = self._days or self._business_days()
        i = bisect_right(days, o) + n - 1 if n > 0 else bisect_left(days, o) + n
        if 0 <= i < len(days):
            return date.fromordinal(days[i])
        raise self._outside("result")

    @overload
    def business_days_between(self, start: date, end: date, *, errors: Errors = "raise") -> int: ...
    @overload
    def business_days_between(
        self, start: date | Column, end: date | Column, *, errors: Errors = "raise"
    ) -> Column: ...
    def business_days_between(self, start: Any, end: Any, *, errors: Errors = "raise") -> Any:
        """Business days stepped onto from ``start`` to ``end`` (``start`` out, ``end`` in).

        For ``end >= start`` this is the number of business days in ``(start, end]``; for
        ``end < start`` it is minus the number in ``[end, start)``. It inverts
        :meth:`add_business_days`: ``business_days_between(d, add_business_days(d, n)) == n``.

        Either end may be a column of dates (as for :meth:`add_business_days`): the counts
        come as a column, ``int64`` (a float column with ``NaN`` on rows left without one by
        ``errors="coerce"``; nullable ``Int64`` in pandas).
        """
        if (type(start) is not date or type(end) is not date) and (
            _is_column(start) or _is_column(end)
        ):
            from coregs._columns import business_days_between  # noqa: PLC0415 - columns

            return business_days_between(self, start, end, errors)
        a = self._ordinal(start, "start")
        b = self._ordinal(end, "end")
        days = self._days or self._business_days()
        if b >= a:
            return bisect_right(days, b) - bisect_right(days, a)
        return bisect_left(days, b) - bisect_left(days, a)

    def next_business_day(self, day: date) -> date:
        """The first business day after ``day`` (``day`` itself never counts)."""
        return self.add_business_days(day, 1)

    def previous_business_day(self, day: date) -> date:
        """The last business day before ``day`` (``day`` itself never counts)."""
        return self.add_business_days(day, -1)

    @overload
    def roll_forward(self, day: date, *, errors: Errors = "raise") -> date: ...
    @overload
    def roll_forward(self, day: Column, *, errors: Errors = "raise") -> Column: ...
    def roll_forward(self, day: Any, *, errors: Errors = "raise") -> Any:
        """``day`` if it is a business day, else the next one (C.R.S. 24-11-110).

        A column of dates gives a column, as for :meth:`add_business_days`.
        """
        return self._roll(day, True, errors)

    @overload
    def roll_backward(self, day: date, *, errors: Errors = "raise") -> date: ...
    @overload
    def roll_backward(self, day: Column, *, errors: Errors = "raise") -> Column: ...
    def roll_backward(self, day: Any, *, errors: Errors = "raise") -> Any:
        """``day`` if it is a business day, else the previous one.

        A column of dates gives a column, as for :meth:`add_business_days`.
        """
        return self._roll(day, False, errors)

    def _roll(self, day: Any, forward: bool, errors: Errors) -> Any:
        if type(day) is not date and _is_column(day):
            from coregs._columns import roll  # noqa: PLC0415 - columns

            return roll(self, day, forward, errors)
        o = self._ordinal(day, "date")
        days = self._days or self._business_days()
        # one search: the first business day on or after ``day``, or the last on or before it
        i = bisect_left(days, o) if forward else bisect_right(days, o) - 1
        if 0 <= i < len(days):
            return day if days[i] == o else date.fromordinal(days[i])
        raise self._outside("result")

    # -- explanation ------------------------------------------------------------------------

    def closures_between(self, start: date, end: date) -> tuple[Closure, ...]:
        """Closures dated ``start`` to ``end``, both included, in date order."""
        self._ordinal(start, "start")
        self._ordinal(end, "end")
        lo = bisect_left(self._closures, start, key=lambda c: c.date)
        hi = bisect_right(self._closures, end, key=lambda c: c.date)
        return self._closures[lo:hi]

    def closures_in(self, year: int) -> tuple[Closure, ...]:
        """The closures of ``year``: each with its date, name, layer and source."""
        if type(year) is not int or year not in self.years:
            raise OutOfRangeError(
                "year", f"expected a year in {self._first_year}-{self._last_year}"
            )
        return self.closures_between(date(year, 1, 1), date(year, 12, 31))

    def commemorations_in(self, year: int) -> tuple[Commemoration, ...]:
        """Named days of ``year`` on which offices stay open (e.g. Cesar Chavez Day)."""
        self.closures_in(year)  # validates the year
        return tuple(m for m in self._commemorations if m.date.year == year)

    def non_business_days(self, start: date, end: date) -> Iterator[NonBusinessDay]:
        """Each non-business day from ``start`` to ``end`` (both included), with its reasons.

        Cost is proportional to the number of days yielded, not to the length of the span's
        business days.
        """
        a = self._ordinal(start, "start")
        b = self._ordinal(end, "end")
        days = self._business_days()
        i = bisect_left(days, a)
        o = a
        while o <= b:
            nxt = days[i] if i < len(days) else self._last + 1
            while o < nxt and o <= b:
                d = date.fromordinal(o)
                yield NonBusinessDay(d, d.weekday() in _WEEKEND, self._by_date.get(d, ()))
                o += 1
            o = nxt + 1
            i += 1

    def explain(self, day: date) -> DayExplanation:
        """Whether ``day`` is a business day and why ("why is this day not a business day?")."""
        business = self.is_business_day(day)
        elsewhere = tuple(
            c
            for c in self.closures_between(
                max(day - timedelta(days=3), date(self._first_year, 1, 1)),
                min(day + timedelta(days=3), date(self._last_year, 12, 31)),
            )
            if c.holiday_date == day and c.date != day
        )
        return DayExplanation(
            date=day,
            calendar=self._name,
            is_business_day=business,
            weekend=day.weekday() in _WEEKEND,
            closures=self._by_date.get(day, ()),
            holiday_observed_elsewhere=elsewhere,
            commemorations=tuple(m for m in self._commemorations if m.date == day),
        )

    # -- exports ----------------------------------------------------------------------------

    def weekday_closures(self) -> tuple[date, ...]:
        """The distinct closed weekdays, in order: the holiday list other libraries expect."""
        return tuple(sorted({c.date for c in self._closures if c.date.weekday() not in _WEEKEND}))

    def to_numpy(self) -> np.busdaycalendar:
        """This calendar as a ``numpy.busdaycalendar`` (needs numpy), for numpy's own functions.

        ``numpy.busday_offset(d, n, busdaycal=cal)`` equals :meth:`add_business_days` with
        ``roll="backward"`` for ``n >= 1`` and ``roll="forward"`` for ``n <= -1`` (numpy's
        default ``roll="raise"`` refuses a closed day; numpy#8808). For ``n == 0`` no roll
        agrees on a closed day: coregs returns the day itself, numpy moves it. The tests check
        this for every ``n`` from -12 to 12. :meth:`add_business_days` takes a column of dates
        itself, with coregs' convention for every ``n``.
        """
        try:
            import numpy as np  # noqa: PLC0415 - optional dependency
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("to_numpy() needs numpy: pip install numpy") from exc
        return np.busdaycalendar(weekmask="1111100", holidays=list(self.weekday_closures()))

    def to_frame(self, year: int) -> pd.DataFrame:
        """Every day of ``year`` as a pandas DataFrame (needs ``coregs[pandas]``): the date
        (``datetime64[ns]``), weekday, whether it is a business day, and the closure, layer and
        source of a closed weekday."""
        from coregs._frames.calendar import year_frame  # noqa: PLC0415 - optional pandas

        return year_frame(self, year)

    def to_pandas(self) -> pd.offsets.CustomBusinessDay:
        """This calendar as a ``pandas.offsets.CustomBusinessDay`` (needs pandas).

        ``timestamp + n * offset`` equals :meth:`add_business_days` for ``n != 0``; for
        ``n == 0`` pandas moves a closed day to the next business day, where coregs returns the
        day itself.
        """
        try:
            import pandas as pd  # noqa: PLC0415 - optional dependency
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("to_pandas() needs pandas: pip install pandas") from exc
        return pd.offsets.CustomBusinessDay(holidays=list(self.weekday_closures()))


def _rebuild(
    state: tuple[str, tuple[Closure, ...], tuple[Commemoration, ...], str, int, int],
) -> BusinessCalendar:
    """A pickled :class:`BusinessCalendar`, built again."""
    name, closures, commemorations, description, first_year, last_year = state
    return BusinessCalendar(
        name,
        closures,
        commemorations=commemorations,
        description=description,
        first_year=first_year,
        last_year=last_year,
    )
