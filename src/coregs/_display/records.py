"""JSON-ready records of the values that have no ``to_dict`` of their own: a calendar year, a
day's explanation, a due date, a rule's deadline. The CLI's ``--json`` and the HTTP service
answer with the same records."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coregs.calendar import BusinessCalendar, DayExplanation
    from coregs.periods import DueDate
    from coregs.rules import Deadline

__all__ = ["calendar_year", "day_record", "deadline_record", "due_date_record", "to_jsonable"]


def to_jsonable(value: Any) -> Any:
    """Dates as ISO strings, enums as values, dataclasses and pydantic models as objects."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "model_dump"):
        return to_jsonable(value.model_dump())
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        return [to_jsonable(v) for v in value]
    return value


def calendar_year(cal: BusinessCalendar, year: int, *, compare: bool = False) -> dict[str, Any]:
    """A year's closures (with weekday, layer, source, observance) and open commemorative days;
    with ``compare``, where python-holidays' ``US(subdiv="CO")`` differs."""
    out: dict[str, Any] = {
        "calendar": cal.name,
        "description": cal.description,
        "year": year,
        "closures": [
            {
                "date": c.date,
                "weekday": c.weekday,
                "name": c.name,
                "layer": c.layer,
                "source": c.source,
                "holiday_date": c.holiday_date,
                "shift_basis": c.shift_basis,
                "partial": c.partial,
                "note": c.note,
            }
            for c in cal.closures_in(year)
        ],
        "open_commemorative_days": cal.commemorations_in(year),
    }
    if compare:
        from coregs.calendar import python_holidays_divergences  # noqa: PLC0415 - on demand

        out["python_holidays_divergences"] = python_holidays_divergences([year], cal)
    return to_jsonable(out)  # type: ignore[no-any-return]


def day_record(info: DayExplanation) -> dict[str, Any]:
    """Whether a day is a business day, and each reason."""
    return {
        "date": info.date.isoformat(),
        "calendar": info.calendar,
        "is_business_day": info.is_business_day,
        "reasons": list(info.reasons()),
    }


def due_date_record(result: DueDate) -> dict[str, Any]:
    """A due date, the days skipped to reach it, and the counting steps."""
    return to_jsonable(  # type: ignore[no-any-return]
        {
            "trigger": result.trigger,
            "period": str(result.period),
            "due": result.due,
            "calendar": result.calendar,
            "roll": result.roll,
            "rolled": result.rolled,
            "unrolled": result.unrolled,
            "clamped": result.clamped,
            "skipped": [
                {"date": d.date, "name": d.name, "describe": d.describe()}
                for d in (*result.skipped, *result.rolled_over)
            ],
            "steps": result.steps(),
        }
    )


def deadline_record(deadline: Deadline) -> dict[str, Any]:
    """A rule's due date from a trigger, the days skipped, the options and the steps."""
    rule = deadline.rule
    return to_jsonable(  # type: ignore[no-any-return]
        {
            "rule_id": rule.id,
            "citation": rule.citation,
            "trigger": deadline.trigger,
            "occurrence": deadline.occurrence,
            "due": deadline.due,
            "period": str(deadline.period) if deadline.period else None,
            "calendar": deadline.calendar,
            "skipped": [{"date": d.date, "name": d.name} for d in deadline.skipped],
            "options": [
                {"name": c.name, "value": c.value, "default": c.is_default}
                for c in deadline.options.chosen
            ],
            "steps": deadline.steps(),
        }
    )
