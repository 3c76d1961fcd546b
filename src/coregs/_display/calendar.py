"""Calendar values in a notebook: a day's explanation, a non-business day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coregs._display._html import items, view
from coregs.calendar import WEEKDAY_NAMES

if TYPE_CHECKING:
    from coregs.calendar import DayExplanation, NonBusinessDay

__all__ = ["day_explanation_html", "day_explanation_repr", "non_business_day_repr"]


def _verdict(x: DayExplanation) -> str:
    return "a business day" if x.is_business_day else "not a business day"


def day_explanation_repr(x: DayExplanation) -> str:
    """``DayExplanation(2026-07-03 Friday: not a business day; 1 closure)``."""
    day = f"{x.date.isoformat()} {WEEKDAY_NAMES[x.date.weekday()]}"
    closures = f"; {len(x.closures)} closure{'s' if len(x.closures) != 1 else ''}"
    return f"DayExplanation({day}: {_verdict(x)}{closures if x.closures else ''})"


def day_explanation_html(x: DayExplanation) -> str:
    """The verdict and each reason."""
    day = f"{x.date.isoformat()} ({WEEKDAY_NAMES[x.date.weekday()]})"
    return view(f"{day} is {_verdict(x)} on {x.calendar!r}", items(x.reasons()))


def non_business_day_repr(d: NonBusinessDay) -> str:
    """``NonBusinessDay(2026-11-26, 'Thanksgiving Day')``."""
    return f"NonBusinessDay({d.date.isoformat()}, {d.name!r})"
