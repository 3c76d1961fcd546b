"""A case from the rows of a flat event table: one row per event, case facts in their columns.

The table county data warehouses hold (one row per case, event kind, date, attributes) is read
into a :class:`Case` by :meth:`Case.from_rows`. Its columns are the case's and the events'
field names (see :data:`TABLE_COLUMNS`):

* ``kind`` and ``date``: the event (a row with both empty carries case facts only);
* ``id``, ``responds_to``, ``emergency``, ``removed_by``, ``authority``, ``mode``, ``party``,
  ``channel``: the event's attributes, empty where the kind has none;
* ``case_ref``, ``program_area``, ``dn_or_jd_case``, ``ssi_application_appropriate``,
  ``emergency_assistance_applies``: case facts, on any of the case's rows; where several rows
  give one, they must agree.

Cells may be text (a CSV file: ``"2026-03-10"``, ``"true"``, ``"5"``) or typed values (a
DataFrame: dates, timestamps at midnight, bools, ints); an empty cell (``""``, ``None``) is a
fact not stated. An error names the row (numbered from 1, the first row after the header) and
the column, never the cell's value: a :class:`RowError`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from coregs._errors import InputError, InvalidFactsError
from coregs.compliance._case import Case, Event

__all__ = [
    "CASE_COLUMNS",
    "EVENT_COLUMNS",
    "TABLE_COLUMNS",
    "RowError",
    "case_from_numbered_rows",
    "case_from_rows",
]

EVENT_COLUMNS: tuple[str, ...] = tuple(Event.model_fields)
"""The columns of an event: ``kind``, ``date`` and the attributes."""
CASE_COLUMNS: tuple[str, ...] = tuple(n for n in Case.model_fields if n != "events")
"""The columns of case facts: ``case_ref``, ``program_area`` ..."""
TABLE_COLUMNS: frozenset[str] = frozenset(EVENT_COLUMNS + CASE_COLUMNS)
"""Every column an event table may have."""

_BOOLEANS = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}


class RowError(InputError):
    """A row of an event table that cannot be read: names the row and column, never the value.

    Attributes:
        row: the row's number (1 = the first row after the header).
        column: the column's name, or ``None`` when the problem is the row as a whole.
    """

    def __init__(self, row: int, column: str | None, problem: str) -> None:
        self.row = row
        self.column = column
        where = f"row {row}" + (f", column {column}" if column else "")
        super().__init__(where, problem)

    def __str__(self) -> str:
        return f"{self.field}: {self.problem}"


def _empty(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or (isinstance(value, float) and math.isnan(value))  # a gap in numbers


def _date(value: Any, row: int, column: str) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None or value.time() != datetime.min.time():
            raise RowError(row, column, "a timestamp with a time of day; give the local date")
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise RowError(row, column, "expected an ISO date YYYY-MM-DD") from None


def _bool(value: Any, row: int, column: str) -> bool:
    if isinstance(value, bool):
        return value
    found = _BOOLEANS.get(str(value).strip().lower())
    if found is None:
        raise RowError(row, column, "expected true or false (or yes/no, 1/0)")
    return found


def _int(value: Any, row: int, column: str) -> int:
    if isinstance(value, float) and value.is_integer():  # a number column with gaps
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip()
    if not text.isdigit():
        raise RowError(row, column, "expected a whole number")
    return int(text)


def _text(value: Any, row: int, column: str) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # a numeric id or reference
    return value.strip() if isinstance(value, str) else value


_READERS: dict[str, Callable[[Any, int, str], Any]] = {
    "date": _date,
    "emergency": _bool,
    "ssi_application_appropriate": _bool,
    "emergency_assistance_applies": _bool,
    "program_area": _int,
}
"""How a cell of each non-text column is read; the model then validates what it gets."""


def _check_columns(row: Mapping[str, Any], number: int) -> None:
    for position, name in enumerate(row, start=1):
        if name not in TABLE_COLUMNS:
            known = ", ".join(sorted(TABLE_COLUMNS))
            raise RowError(number, None, f"column {position} is not a known column; known: {known}")


def _row_error(exc: InvalidFactsError, row: int, column: str | None = None) -> RowError:
    first = exc.problems[0]
    more = len(exc.problems) - 1
    tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
    return RowError(row, column or first.loc.split(".")[0] or None, first.message + tail)


def case_from_rows(rows: Iterable[Mapping[str, Any]], *, first_row: int = 1) -> Case:
    """The :class:`Case` whose events (and facts) ``rows`` hold, in row order.

    Args:
        rows: one mapping per row, column name to cell (a ``csv.DictReader``, records).
        first_row: the number of the first row, for error messages (the rows of one case
            inside a larger table).

    Raises:
        RowError: a row that cannot be read (an unknown column, a cell of the wrong kind, an
            invalid event, facts that disagree between rows), naming the row and the column; a
            problem of the case as a whole (an event id two rows share) names its first row.
    """
    return case_from_numbered_rows(enumerate(rows, start=first_row))


def case_from_numbered_rows(numbered: Iterable[tuple[int, Mapping[str, Any]]]) -> Case:
    """As :func:`case_from_rows`, each row with its own number (the rows of one case in a
    table that is not grouped by case)."""
    facts: dict[str, Any] = {}
    fact_rows: dict[str, int] = {}
    events: list[Event] = []
    first_row = 0
    for number, row in numbered:
        first_row = first_row or number
        _check_columns(row, number)
        event: dict[str, Any] = {}
        for name, value in row.items():
            if _empty(value):
                continue
            cell = _READERS.get(name, _text)(value, number, name)
            if name in EVENT_COLUMNS:
                event[name] = cell
            elif facts.setdefault(name, cell) != cell:
                raise RowError(number, name, "differs from an earlier row of the same case")
            else:
                fact_rows.setdefault(name, number)
        if not event:
            continue
        for needed in ("kind", "date"):
            if needed not in event:
                raise RowError(number, needed, "an event row needs both kind and date")
        try:
            events.append(Event.parse(event))
        except InvalidFactsError as exc:
            raise _row_error(exc, number) from None
    try:
        return Case.parse({**facts, "events": events})
    except InvalidFactsError as exc:
        column = exc.problems[0].loc.split(".")[0]
        if column in fact_rows:
            raise _row_error(exc, fact_rows[column], column) from None
        raise _row_error(exc, first_row, None) from None
