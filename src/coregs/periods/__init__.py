"""Periods and counting: the ``Period`` value type, due dates, months and month windows.

One counting convention, stated in :func:`due_date` and implemented once in :func:`count_due`
(the due date alone, for callers that count many; :func:`counter` resolves it once for a
period counted again and again): the trigger is day 0; business-day periods
never count the trigger day; calendar-day periods do not roll off weekends unless asked, and the
result records whether they rolled; months keep the day of the month, clamped to month end
(C.R.S. 2-4-108(3)); recurring schedules are computed from their anchor, never chained.

Example:
    >>> from datetime import date
    >>> from coregs.periods import Period, due_date
    >>> due_date(date(2026, 11, 20), Period.parse("five (5) working days")).due
    datetime.date(2026, 11, 30)
    >>> due_date(date(2026, 8, 31), Period.parse("six (6) months")).due
    datetime.date(2027, 2, 28)
"""

from coregs.periods._due import DueDate, Roll, count_due, counter, due_date, occurrences
from coregs.periods._months import Month, MonthWindow, add_months, first_of_month
from coregs.periods._period import Period, Unit

__all__ = [
    "DueDate",
    "Month",
    "MonthWindow",
    "Period",
    "Roll",
    "Unit",
    "add_months",
    "count_due",
    "counter",
    "due_date",
    "first_of_month",
    "occurrences",
]
