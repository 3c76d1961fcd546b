"""The month line that spans a child's history: every episode's months, the gaps between them,
and the days the child was a reasonable candidate at home.

Episodes never overlap, so a month's days add up across the episodes it touches (a discharge on
the 10th, a re-entry on the 20th). Outside every stay, a day on which an imminent-risk
determination is current is a candidate day: administrative costs may be claimed for it
(7.601.71.M; 42 U.S.C. 672(i)(2)); placement in out-of-home care ends it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from coregs.eligibility._determination.determine import IVEDetermination
from coregs.eligibility._determination.timeline import DayCounts, MonthLine
from coregs.eligibility._funding import candidacy_current_through
from coregs.periods import Month

__all__ = ["HistoryMonth", "Stay", "candidate_days", "span"]

_DAY = timedelta(days=1)


class Stay(NamedTuple):
    """An episode's stay up to the evaluation date: ``first`` to ``stop`` (excluded)."""

    episode: int
    first: date
    stop: date


class HistoryMonth(NamedTuple):
    """One month of a child's history.

    Attributes:
        month: the calendar month.
        episodes: the episodes in care during it (their indexes).
        days_in_care: days of the month in any stay, up to the evaluation date.
        child: days the child is eligible (7.601.71), over every episode.
        placement: days placement costs are claimable.
        admin: days administrative costs are claimable in care.
        candidate_days: days out of care on which the child is a current reasonable candidate:
            administrative costs claimable (7.601.71.M).
        reasons: why a day is not met or unknown, each prefixed with its episode.
    """

    month: Month
    episodes: tuple[int, ...]
    days_in_care: int
    child: DayCounts
    placement: DayCounts
    admin: DayCounts
    candidate_days: int
    reasons: tuple[str, ...]


class _Row:
    """A month's counts as they are added up."""

    __slots__ = ("admin", "candidates", "child", "days", "episodes", "placement", "reasons")

    def __init__(self) -> None:
        self.episodes: list[int] = []
        self.days = self.candidates = 0
        self.child = self.placement = self.admin = DayCounts()
        self.reasons: list[str] = []

    def add(self, episode: int, line: MonthLine) -> None:
        self.episodes.append(episode)
        self.days += line.days_in_care
        self.child = _plus(self.child, line.child)
        self.placement = _plus(self.placement, line.placement)
        self.admin = _plus(self.admin, line.admin)
        self.reasons.extend(f"episodes[{episode}] {r}" for r in line.reasons)


def _plus(a: DayCounts, b: DayCounts) -> DayCounts:
    return DayCounts(a.met + b.met, a.not_met + b.not_met, a.unknown + b.unknown)


def candidate_days(determined: Iterable[date], stays: Sequence[Stay], as_of: date) -> set[int]:
    """The days (ordinals) out of care, up to ``as_of``, on which a determination of imminent
    risk is current: from the determination through six months after it, ending at the next
    placement."""
    days: set[int] = set()
    starts = sorted(s.first for s in stays)
    for made in determined:
        if made > as_of:
            continue
        last = min(candidacy_current_through(made), as_of)
        placed = next((s for s in starts if s >= made), None)
        if placed is not None:
            last = min(last, placed - _DAY)
        days.update(range(made.toordinal(), last.toordinal() + 1))
    for s in stays:
        days.difference_update(range(s.first.toordinal(), s.stop.toordinal()))
    return days


def span(
    determinations: Sequence[IVEDetermination], stays: Sequence[Stay], candidates: set[int]
) -> tuple[HistoryMonth, ...]:
    """The month lines from the first month of any stay or candidacy to the last, gap months
    included, each episode's lines added in."""
    months = [m.month for d in determinations for m in d.months]
    months += [Month.of(date.fromordinal(day)) for day in candidates]
    if not months:
        return ()
    first, last = min(months), max(months)
    rows = {first + k: _Row() for k in range(last - first + 1)}
    for stay in stays:
        for line in determinations[stay.episode].months:
            rows[line.month].add(stay.episode, line)
    for day in candidates:
        rows[Month.of(date.fromordinal(day))].candidates += 1
    return tuple(
        HistoryMonth(
            m,
            tuple(r.episodes),
            r.days,
            r.child,
            r.placement,
            r.admin,
            r.candidates,
            tuple(r.reasons),
        )
        for m, r in rows.items()
    )
