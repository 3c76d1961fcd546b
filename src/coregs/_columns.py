"""Columns of dates: numpy arrays, pandas Series and DatetimeIndex, whole at C speed.

The calendar's ``add_business_days``, ``business_days_between``, ``roll_forward`` and
``roll_backward``, :func:`coregs.periods.count_due` and ``Rule.due`` hand a column here when
they are given one; their scalar paths never import this module, nor numpy. A column's dates
become day ordinals (int64) and each business-day operation is one ``numpy.searchsorted`` into
the calendar's own index (the sorted ordinals its scalar methods ``bisect``): the same
convention, a whole column at a time (``benchmarks/bench_calendar.py``).

What comes back has the shape of what went in: a ``datetime64[D]`` array for an array, a Series
with the same index and name for a Series, a DatetimeIndex for a DatetimeIndex (pandas in
``datetime64[ns]``). A missing date (``NaT``) gives a missing result. A row outside the
supported dates (the calendar's years, or a rule's effective interval) raises the scalar
path's error naming the row (``date[17]``; ``trigger[17]`` or ``due[17]`` through
:func:`~coregs.periods.count_due`), never its value (``errors="raise"``, the default),
or gives ``NaT`` on that row (``errors="coerce"``); so does a row whose result the column's
type cannot hold (after the year 9999; for pandas, outside 1677-09-22..2262-04-11, where a
nanosecond count would wrap around into another date). Dates are days: a timestamp with a time of
day or a time zone is refused (turn it into the local Colorado date first), as the scalar
methods refuse a ``datetime``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Literal

from coregs._errors import InputError, MissingDependencyError, OutOfRangeError

__all__ = [
    "Column",
    "Errors",
    "add_business_days",
    "add_days",
    "add_months",
    "business_days_between",
    "check_errors",
    "is_column",
    "missing_like",
    "numpy",
    "roll",
    "rows_within",
    "within",
]

Errors = Literal["raise", "coerce"]
"""What a row out of range does: raise (naming the row), or become ``NaT``."""

_EPOCH = date(1970, 1, 1).toordinal()  # datetime64's day 0, as a date ordinal


def is_column(value: object) -> bool:
    """Whether ``value`` is a column (anything numpy takes as an array), not a single date."""
    return hasattr(value, "__array__") and not isinstance(value, date)


def numpy() -> Any:
    """The numpy module, or :class:`~coregs.MissingDependencyError` naming the extra."""
    try:
        import numpy as np  # noqa: PLC0415 - the optional dependency, on first use of a column
    except ImportError:
        raise MissingDependencyError("date columns", "pandas", "numpy") from None
    return np


def check_errors(errors: object) -> None:
    """Refuse an ``errors`` argument other than ``"raise"`` or ``"coerce"``."""
    if errors not in ("raise", "coerce"):
        raise InputError("errors", "expected 'raise' or 'coerce'")


class Column:
    """A column of dates as day ordinals, with its missing rows and a way back to its shape."""

    __slots__ = ("held", "missing", "ordinals", "wrap")

    def __init__(self, values: Any, field: str) -> None:
        np = numpy()
        self.wrap: Callable[[Any], Any] = _same
        self.held = _DATES  # the dates a result can hold: a Python date's
        if type(values).__module__.startswith("pandas"):
            if getattr(values.dtype, "tz", None) is not None:
                raise InputError(field, "expected dates; convert to local dates first")
            self.wrap = _like(values)
            self.held = _PANDAS_DATES
            values = values.to_numpy()
        array = np.asarray(values)
        if array.dtype.kind == "O":  # datetime.date objects (None for none)
            try:
                array = array.astype("datetime64[us]")
            except (TypeError, ValueError):
                raise InputError(field, "expected dates") from None
        if array.dtype.kind != "M":
            raise InputError(field, "expected dates (datetime64, or datetime.date objects)")
        days = array.astype("datetime64[D]")
        self.missing: Any = np.isnat(days)
        if (days != array)[~self.missing].any():
            raise InputError(field, "expected dates, not timestamps with a time of day")
        self.ordinals: Any = days.view("int64") + _EPOCH

    def dates(
        self, ordinals: Any, missing: Any, errors: Errors = "raise", field: str = "due"
    ) -> Any:
        """Ordinals (``missing`` rows: ``NaT``) as dates in this column's shape; a row past
        the dates that shape can hold raises naming ``field[row]`` (or is ``NaT``: ``errors``)
        rather than wrap around into another date."""
        first, last, what = self.held
        bad = (ordinals < first) | (ordinals > last)
        missing = within(bad, missing, errors, field, lambda loc: OutOfRangeError(loc, what))
        out = (ordinals - _EPOCH).astype("datetime64[D]")
        out[missing] = numpy().datetime64("NaT")
        return self.wrap(out)


def _held(first: date, last: date, kind: str) -> tuple[int, int, str]:
    return first.toordinal(), last.toordinal(), f"the date falls outside {first}..{last}, {kind}"


_DATES = _held(date.min, date.max, "the dates coregs counts (a Python date)")
# pandas holds dates as nanoseconds from 1970 in an int64: 1677-09-21 00:12:43 to 2262-04-11
# 23:47:16; numpy casts past them without a word (a date in 2300 would come back in 1716)
_PANDAS_DATES = _held(date(1677, 9, 22), date(2262, 4, 11), "the dates pandas holds (ns)")


def _same(result: Any) -> Any:
    return result


def _like(values: Any) -> Callable[[Any], Any]:
    """A function giving a result (dates, or counts) the shape of the pandas ``values``."""
    import pandas as pd  # noqa: PLC0415 - ``values`` is a pandas object: pandas is installed

    def wrap(result: Any) -> Any:
        if result.dtype.kind == "M":
            result = result.astype("datetime64[ns]")
        elif result.dtype.kind == "f":  # counts with missing rows
            result = pd.array(result, dtype="Int64")
        if isinstance(values, pd.Index):
            return pd.Index(result, name=values.name)
        return pd.Series(result, index=values.index, name=values.name)

    return wrap


def within(
    bad: Any, missing: Any, errors: Errors, field: str, problem: Callable[[str], InputError]
) -> Any:
    """``missing`` with the ``bad`` rows added (``"coerce"``), or the error ``problem(loc)``
    for the first bad row, ``loc`` naming it (``"raise"``): ``field[row]``."""
    bad = bad & ~missing
    if errors == "raise" and bad.any():
        raise problem(f"{field}[{int(numpy().flatnonzero(bad)[0])}]")
    return missing | bad


def _steps(n: Any) -> Any:
    np = numpy()
    steps = n.to_numpy() if hasattr(n, "to_numpy") else np.asarray(n)
    if steps.dtype.kind not in "iu":
        raise InputError("n", "expected whole numbers of business days")
    return steps.astype("int64")


def _outside(cal: Any, what: str) -> Callable[[str], InputError]:
    return lambda loc: cal._outside(loc, what)


def _index(cal: Any) -> Any:
    """The calendar's business-day ordinals as an int64 array, made once per calendar."""
    found = cal._columns
    if found is None:
        found = numpy().asarray(cal._business_days(), dtype="int64")
        object.__setattr__(cal, "_columns", found)
    return found


def _range(cal: Any, column: Column, errors: Errors, field: str = "date") -> Any:
    o = column.ordinals
    bad = (o < cal._first) | (o > cal._last)
    return within(bad, column.missing, errors, field, _outside(cal, "outside"))


def add_business_days(cal: Any, days: Any, n: Any, errors: Errors) -> Any:
    """``cal.add_business_days`` of each row; ``n`` a whole number or a column of them."""
    np = numpy()
    check_errors(errors)
    column = Column(days, "date")
    index, steps, o = _index(cal), _steps(n), column.ordinals
    missing = _range(cal, column, errors)
    forward = np.searchsorted(index, o, side="right") + steps - 1  # the day never counts
    back = np.searchsorted(index, o, side="left") + steps
    at = np.where(steps > 0, forward, back)
    lost = ((at < 0) | (at >= len(index))) & (steps != 0)
    result = np.where(steps == 0, o, index[np.clip(at, 0, len(index) - 1)])
    missing = within(lost, missing, errors, "result", _outside(cal, "the result falls outside"))
    return column.dates(result, missing)


def roll(cal: Any, days: Any, forward: bool, errors: Errors) -> Any:
    """``cal.roll_forward`` (or ``roll_backward``) of each row."""
    np = numpy()
    check_errors(errors)
    column = Column(days, "date")
    index, o = _index(cal), column.ordinals
    missing = _range(cal, column, errors)
    if forward:
        at = np.searchsorted(index, o, side="left")  # the first business day on or after
    else:
        at = np.searchsorted(index, o, side="right") - 1  # the last one on or before
    lost = (at < 0) | (at >= len(index))
    missing = within(lost, missing, errors, "result", _outside(cal, "the result falls outside"))
    return column.dates(index[np.clip(at, 0, len(index) - 1)], missing)


def business_days_between(cal: Any, start: Any, end: Any, errors: Errors) -> Any:
    """``cal.business_days_between`` of each row (either end a column, or one date): int64,
    or float64 with NaN on missing rows (nullable ``Int64`` in pandas)."""
    np = numpy()
    check_errors(errors)
    ordinals, missing, shape = [], np.zeros((), dtype=bool), None
    for value, field in ((start, "start"), (end, "end")):
        if is_column(value):
            column = Column(value, field)
            shape = shape or column
            missing = missing | _range(cal, column, errors, field)
            ordinals.append(column.ordinals)
        else:
            ordinals.append(np.int64(cal._ordinal(value, field)))
    assert shape is not None  # the calendar sends a column here only when it has one
    a, b = ordinals
    index = _index(cal)
    forward = np.searchsorted(index, b, "right") - np.searchsorted(index, a, "right")
    back = np.searchsorted(index, b, "left") - np.searchsorted(index, a, "left")
    count = np.where(b >= a, forward, back)
    if missing.any():
        count = count.astype("float64")
        count[np.broadcast_to(missing, count.shape)] = np.nan
    return shape.wrap(count)


def add_days(days: Any, n: int, errors: Errors) -> Any:
    """Each date plus ``n`` calendar days (the trigger is day 0)."""
    column = Column(days, "trigger")
    return column.dates(column.ordinals + n, column.missing, errors)


def add_months(days: Any, n: int, errors: Errors) -> Any:
    """Each date plus ``n`` months: the same day of the month, clamped to the month's end
    (:func:`coregs.periods.add_months`, a column at a time)."""
    np = numpy()
    column = Column(days, "trigger")
    d = (column.ordinals - _EPOCH).astype("datetime64[D]")
    month = d.astype("datetime64[M]")
    day = (d - month.astype("datetime64[D]")).astype("int64")  # 0-based day of the month
    target = month + np.timedelta64(n, "M")
    last = (target + np.timedelta64(1, "M")).astype("datetime64[D]") - target.astype(
        "datetime64[D]"
    )
    result = target.astype("datetime64[D]") + np.minimum(day, last.astype("int64") - 1)
    return column.dates(result.view("int64") + _EPOCH, column.missing, errors)


def missing_like(days: Any) -> Any:
    """A column of ``NaT`` in the shape of ``days`` (no computable date: "promptly")."""
    column = Column(days, "trigger")
    return column.dates(column.ordinals, column.missing | True)


def rows_within(
    values: Any,
    first: date | None,
    last: date | None,
    errors: Errors,
    problem: Callable[[str], InputError],
) -> Any:
    """``values`` with the rows dated outside ``first``..``last`` (``None``: open) made
    ``NaT`` (``"coerce"``), or ``problem(loc)`` for the first of them (``"raise"``)."""
    column = Column(values, "trigger")
    o = column.ordinals
    bad = numpy().zeros(o.shape, dtype=bool)
    if first is not None:
        bad |= o < first.toordinal()
    if last is not None:
        bad |= o > last.toordinal()
    return column.dates(
        o, within(bad, column.missing, errors, "trigger", problem), errors, "trigger"
    )
