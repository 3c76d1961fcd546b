"""Cases from an event table in a DataFrame (``cases_from_frame(df)``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from coregs._batch._events import cases_from_numbered_rows
from coregs._errors import InputError
from coregs._frames import require_pandas

if TYPE_CHECKING:
    import pandas as pd

    from coregs._batch._failed import FailedCase
    from coregs.compliance import Case

__all__ = ["cases_from_frame"]


def cases_from_frame(df: pd.DataFrame) -> Iterator[Case | FailedCase]:
    """The cases of an event table held in a DataFrame, one per ``case_ref``, in the order each
    first appears; a case whose rows cannot be read is a :class:`~coregs.FailedCase` in its
    place, naming the row (1 = the frame's first row, whatever its index) and the column.

    The frame's columns are those of :meth:`coregs.Case.from_rows` (``case_ref``, ``kind``,
    ``date`` and the attribute and fact columns); cells may be text or typed (datetime64 dates
    at midnight, bools, numbers; NaN, NaT and None are empty). The rows of a case need not be
    next to each other. Feed the result to :func:`coregs.check_cases`.

    Raises:
        MissingDependencyError: pandas is not installed.
        InputError: ``df`` is not a DataFrame, or has no ``case_ref`` column.
    """
    pd = require_pandas("cases_from_frame()")
    if not isinstance(df, pd.DataFrame):
        raise InputError("df", "expected a pandas DataFrame")
    if "case_ref" not in df.columns:
        raise InputError("df", "the event table needs a case_ref column")
    # plain Python cells (str, int, bool, Timestamp), None for every kind of missing value
    records = df.astype(object).where(df.notna(), None).to_dict("records")
    group = df.groupby("case_ref", sort=False, dropna=False).ngroup().to_numpy()
    order = sorted(range(len(records)), key=group.__getitem__)  # stable: rows keep their order
    return cases_from_numbered_rows((i + 1, records[i]) for i in order)
