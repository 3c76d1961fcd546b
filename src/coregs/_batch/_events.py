"""Many cases from one flat event table, streamed: each case's rows in, a case (or a
:class:`FailedCase` naming the row and column) out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import groupby
from typing import Any

from coregs._batch._failed import FailedCase
from coregs._errors import CoregsError, require_iterable
from coregs.compliance import Case
from coregs.compliance._rows import RowError, case_from_numbered_rows

__all__ = ["cases_from_numbered_rows", "cases_from_rows"]

Numbered = tuple[int, Mapping[str, Any]]

_NO_REF = object()
_NOT_A_ROW = object()


def _ref(numbered: Numbered) -> object:
    row = numbered[1]
    if not isinstance(row, Mapping):
        return _NOT_A_ROW
    value = row.get("case_ref")
    if value is None or (isinstance(value, str) and not value.strip()):
        return _NO_REF
    return value.strip() if isinstance(value, str) else value


def _source(numbers: list[int]) -> str:
    first, last = numbers[0], numbers[-1]
    if first == last:
        return f"row {first}"
    if last - first + 1 == len(numbers):
        return f"rows {first}-{last}"
    return f"{len(numbers)} rows from row {first} to row {last}"


def cases_from_rows(rows: Iterable[Mapping[str, Any]]) -> Iterator[Case | FailedCase]:
    """The cases of an event table, one per run of rows sharing a ``case_ref``, in table order.

    The table is read as a stream, so its size does not matter; the rows of one case must be
    next to each other (a table sorted, or grouped, by ``case_ref``). A case whose rows cannot
    be read comes out as a :class:`~coregs.FailedCase` in its place: ``field`` names the row
    (1 = the first row after the header) and the column, never the cell's value, and ``source``
    gives the case's rows. Columns and cells: :meth:`coregs.Case.from_rows`.

    A row without a ``case_ref`` is a failed case; so are the rows of a ``case_ref`` that
    appear again after other cases' rows (the table is not grouped by case).
    """
    return cases_from_numbered_rows(enumerate(require_iterable(rows, "rows"), start=1))


def cases_from_numbered_rows(numbered: Iterable[Numbered]) -> Iterator[Case | FailedCase]:
    """As :func:`cases_from_rows`, each row with its own number."""
    seen: set[object] = set()
    for index, (ref, group) in enumerate(groupby(numbered, key=_ref)):
        rows = list(group)
        first = rows[0][0]
        try:
            if ref is _NOT_A_ROW:
                raise RowError(first, None, "expected a row: a mapping of column names to cells")
            if ref is _NO_REF:
                raise RowError(first, "case_ref", "every row needs a case_ref")
            if ref in seen:
                raise RowError(
                    first,
                    "case_ref",
                    "this case's rows are not next to each other; sort the table by case_ref",
                )
            seen.add(ref)
            yield case_from_numbered_rows(rows)
        except CoregsError as exc:
            yield FailedCase.of(index, exc, source=_source([n for n, _ in rows]))
