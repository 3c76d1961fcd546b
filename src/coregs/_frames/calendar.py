"""A calendar year as a DataFrame: one row per day (``cal.to_frame(year)``)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from coregs._errors import OutOfRangeError
from coregs._frames import DATE, Spec, frame
from coregs.calendar import WEEKDAY_NAMES, Layer

if TYPE_CHECKING:
    import pandas as pd

    from coregs.calendar import BusinessCalendar

__all__ = ["DAY_COLUMNS", "year_frame"]

DAY_COLUMNS: Spec = {
    "date": DATE,
    "weekday": list(WEEKDAY_NAMES),
    "layer": [x.value for x in Layer],
}
"""The typed columns of a calendar frame."""


def year_frame(cal: BusinessCalendar, year: int) -> pd.DataFrame:
    """Every day of ``year``: whether it is a business day, and the closure that shuts it."""
    if type(year) is not int or year not in cal.years:
        years = cal.years
        raise OutOfRangeError("year", f"outside the calendar's years {years[0]}-{years[-1]}")
    first, last = date(year, 1, 1), date(year, 12, 31)
    closed = {d.date: d for d in cal.non_business_days(first, last)}
    rows: list[dict[str, Any]] = []
    day = first
    while day <= last:
        off = closed.get(day)
        closures = off.closures if off is not None else ()
        rows.append(
            {
                "date": day,
                "weekday": WEEKDAY_NAMES[day.weekday()],
                "is_business_day": off is None,
                "weekend": day.weekday() >= 5,
                "closure": " / ".join(c.name for c in closures) or None,
                "layer": closures[0].layer.value if closures else None,
                "source": "; ".join(c.source for c in closures) or None,
            }
        )
        day += timedelta(days=1)
    return frame(rows, DAY_COLUMNS)
