"""Evaluation dates: in a fixed range, or around a drawn case or facts document."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from coregs.compliance import Case
from coregs.eligibility import IVEFacts, IVEHistory
from coregs.testing._eligibility import FactPair

__all__ = ["DEFAULT_END", "DEFAULT_START", "as_of_dates"]

DEFAULT_START = date(2024, 9, 1)
"""The earliest date every built-in rule is in force (7.601.81 is dated from 9/1/2024)."""
DEFAULT_END = date(2027, 12, 31)
"""The latest event date the case strategies draw by default."""

_AS_OF_END = date(2028, 12, 31)
_STAY = timedelta(days=1500)  # about four years: long enough for every 12-month cycle to show


def _span(value: Any) -> tuple[date, date] | None:
    """The dates worth evaluating ``value`` on, or ``None`` when it has none to go by."""
    if isinstance(value, Case):
        days = [e.date for e in value.events]
        if not days:
            return None
        return min(days), max(days) + timedelta(days=730)
    if isinstance(value, IVEFacts):
        start = value.removal.removal_date
        if start is None and value.placements:
            start = value.placements[0].start
        return None if start is None else (start, start + _STAY)
    if isinstance(value, FactPair):  # the complete facts set the span
        return _span(value.complete)
    if isinstance(value, IVEHistory):  # from the first episode to four years after the last
        spans = [s for s in map(_span, value.episodes) if s is not None]
        return (spans[0][0], spans[-1][1]) if spans else None
    return None


def as_of_dates(
    start: date = DEFAULT_START, end: date = _AS_OF_END, *, around: Any = None
) -> st.SearchStrategy[date]:
    """Evaluation dates from ``start`` to ``end``; or, with ``around``, dates that make sense
    for that value: from a case's first event to two years after its last, from a removal to
    about four years after it (a :class:`~coregs.Case`, an :class:`~coregs.IVEFacts`, a
    :class:`~coregs.testing.FactPair`, or an :class:`~coregs.IVEHistory`: from its first
    episode to about four years after its last).

    Example::

        @given(st.data())
        def test_something(data):
            facts = data.draw(iv_e_facts())
            as_of = data.draw(as_of_dates(around=facts))
    """
    if around is not None:
        span = _span(around)
        if span is not None:
            start, end = span
    return st.dates(start, min(end, date(2100, 12, 31)))
