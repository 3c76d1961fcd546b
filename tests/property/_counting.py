"""The counting convention of docs/counting.md computed the slow, obvious way: the oracle the
properties check the counting kernel, the deadlines and the evaluator against."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from coregs.calendar import BusinessCalendar, colorado_legal_holidays
from coregs.periods import Period, Roll, Unit

__all__ = ["count_by_hand"]


def count_by_hand(
    trigger: date, period: Period, k: int, roll: Roll, cal: BusinessCalendar | None = None
) -> date | None:
    """The counting convention of docs/counting.md, computed the slow, obvious way."""
    cal = cal or colorado_legal_holidays()
    n = period.amount * k
    if period.unit is Unit.PROMPTLY:
        return None
    if period.unit in (Unit.WORKING_DAYS, Unit.BUSINESS_DAYS):
        day = trigger
        while n:  # the trigger never counts; each business day after it counts one
            day += timedelta(days=1)
            n -= cal.is_business_day(day)
        return day
    if period.unit is Unit.CALENDAR_DAYS:
        day = trigger + timedelta(days=n)
    elif period.unit in (Unit.MONTHS, Unit.YEARS):
        day = trigger + relativedelta(months=n * (12 if period.unit is Unit.YEARS else 1))
    else:
        day = trigger
    step = {Roll.NONE: 0, Roll.FORWARD: 1, Roll.BACKWARD: -1}[roll]
    while step and not cal.is_business_day(day):
        day += timedelta(days=step)
    return day
