"""pandas DataFrames of coregs results (the ``coregs[pandas]`` extra).

Each result's ``to_frame()`` imports its module here on first use. A frame is the result's own
records (``to_records()`` where it has them) with proper dtypes: dates as ``datetime64[ns]``,
months as ``period[M]``, counts and event indexes as nullable ``Int64``, statuses and other
closed vocabularies as ordered categoricals. Nothing is added that the records do not hold.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

from coregs._errors import MissingDependencyError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DATE", "INT", "MONTH", "Spec", "frame", "require_pandas"]

DATE = "date"
"""A column of ISO dates or ``datetime.date`` values (``None`` for none): ``datetime64[ns]``."""
INT = "int"
"""A column of ints with gaps: nullable ``Int64``."""
MONTH = "month"
"""A column of ``YYYY-MM`` months: ``period[M]``."""

Spec = Mapping[str, str | Sequence[str]]
"""Column name -> :data:`DATE`, :data:`INT`, :data:`MONTH`, or the categories, in order."""


def require_pandas(feature: str = "to_frame()") -> ModuleType:
    """The pandas module, or :class:`~coregs.MissingDependencyError` naming the extra."""
    try:
        import pandas  # noqa: PLC0415 - the optional dependency, imported on first use
    except ImportError:
        raise MissingDependencyError(feature, "pandas", "pandas") from None
    module: ModuleType = pandas
    return module


def frame(records: Sequence[Mapping[str, Any]], spec: Spec) -> pd.DataFrame:
    """``records`` as a DataFrame, the columns ``spec`` names converted to their dtype.

    A column the spec does not name keeps pandas' own inference; a column the spec names is
    present even when there are no records, so an empty result has the same columns.
    """
    pd = require_pandas()
    df = pd.DataFrame.from_records(list(records))
    for name, kind in spec.items():
        column = df[name] if name in df.columns else pd.Series([None] * len(df), dtype=object)
        df[name] = _convert(pd, column, kind)
    return df


def _convert(pd: ModuleType, column: pd.Series, kind: str | Sequence[str]) -> pd.Series:
    if kind == DATE:
        return pd.to_datetime(column).astype("datetime64[ns]")
    if kind == INT:
        return column.astype("Int64")
    if kind == MONTH:
        return column.astype("period[M]")
    assert not isinstance(kind, str)
    return pd.Categorical(column, categories=list(kind), ordered=True)
