"""A due date in a notebook: the short repr, and the counting as a numbered list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coregs._display._html import items, view

if TYPE_CHECKING:
    from coregs.periods import DueDate

__all__ = ["due_date_html", "due_date_repr"]


def due_date_repr(d: DueDate) -> str:
    """``DueDate(2026-11-20 + 5 working days = 2026-11-30, 5 days skipped)``: one line, however
    many non-business days the count passed over."""
    due = d.due.isoformat() if d.due is not None else "no fixed date"
    if d.rolled and d.unrolled is not None:
        due = f"{d.unrolled.isoformat()}, rolled {d.roll.value} to {due}"
    passed = len(d.skipped) + len(d.rolled_over)
    skipped = f", {passed} day{'s' if passed != 1 else ''} skipped" if passed else ""
    return f"DueDate({d.trigger.isoformat()} + {d.period} = {due}{skipped})"


def due_date_html(d: DueDate) -> str:
    """The due date, then the counting step by step."""
    return view(str(d), items(d.steps(), ordered=True))
