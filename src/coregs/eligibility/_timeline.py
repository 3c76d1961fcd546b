"""The month-by-month timeline: child eligible, placement costs and administrative costs
claimable, counted in days.

The stay is cut at every day on which anything can change (a criterion's piece, a placement, a
licence, a birthday, a move), each cut is evaluated once, and the cuts are then split at month
ends. A month is claimable in full, in part, not at all, or unknown; the day counts say how
much, because federal reviews disallow partial-month overpayments (DAB No. 2253).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from itertools import pairwise
from typing import NamedTuple

from coregs.eligibility._outcome import Outcome, all_of, any_of
from coregs.eligibility._provider import Providers
from coregs.eligibility._track import Piece, Track
from coregs.periods import Month

__all__ = ["Coverage", "DayCounts", "MonthLine", "timeline"]


class Coverage(StrEnum):
    """How much of a month something holds: every day in care, some days, none, or unknown."""

    ALL = "all"
    PART = "part"
    NONE = "none"
    UNKNOWN = "unknown"


class DayCounts(NamedTuple):
    """Days of a month (in care) on which something holds, does not, or is unknown."""

    met: int = 0
    not_met: int = 0
    unknown: int = 0

    @property
    def days(self) -> int:
        """Days counted."""
        return self.met + self.not_met + self.unknown

    @property
    def coverage(self) -> Coverage:
        """All days met, some, none, or (none met and some unknown) unknown."""
        if self.met and self.met == self.days:
            return Coverage.ALL
        if self.met:
            return Coverage.PART
        return Coverage.UNKNOWN if self.unknown else Coverage.NONE

    def add(self, outcome: Outcome, days: int) -> DayCounts:
        """These counts with ``days`` more of ``outcome``."""
        if outcome is Outcome.MET:
            return self._replace(met=self.met + days)
        if outcome is Outcome.NOT_MET:
            return self._replace(not_met=self.not_met + days)
        return self._replace(unknown=self.unknown + days)


class MonthLine(NamedTuple):
    """One month of the stay.

    Attributes:
        month: the calendar month.
        days_in_care: days of the month in the stay, up to the evaluation date.
        child: days the child is eligible (7.601.71).
        placement: days placement costs are claimable (eligible child and eligible provider).
        admin: days administrative costs are claimable.
        reasons: why a day is not met or unknown, each prefixed with what it concerns.
    """

    month: Month
    days_in_care: int
    child: DayCounts
    placement: DayCounts
    admin: DayCounts
    reasons: tuple[str, ...]


class _Segment(NamedTuple):
    start: date
    stop: date
    child: Outcome
    placement: Outcome
    admin: Outcome
    reasons: tuple[str, ...]


def _why(pieces: Sequence[Piece], outcome: Outcome) -> list[str]:
    if outcome is Outcome.MET:
        return []
    return [p.reason for p in pieces if p.outcome is outcome]


def timeline(
    first: date,
    stop: date,
    initial: Piece,
    tracks: Sequence[Track],
    providers: Providers,
) -> tuple[tuple[MonthLine, ...], Outcome]:
    """Month lines from ``first`` up to (not including) ``stop``, and whether the child is
    eligible on the last day evaluated.

    Args:
        first: the first day of placement.
        stop: the first day not evaluated (discharge, or the day after the evaluation date).
        initial: the initial determination as a piece: from the effective date when met.
        tracks: the continuing criteria.
        providers: the placements, looked up by day.
    """
    if stop <= first:
        return (), Outcome.UNKNOWN
    points = {first, initial.start, *providers.points()}
    for track in tracks:
        points.update(p.start for p in track.pieces)
    cuts = sorted(p for p in points if first <= p < stop)
    cuts.append(stop)
    segments = []
    for lo, hi in pairwise(cuts):
        child_parts = [
            initial
            if lo >= initial.start
            else Piece(lo, Outcome.NOT_MET, "before the eligibility effective date (A.3.a)")
            if initial.outcome is Outcome.MET
            else initial
        ]
        for track in tracks:
            found = None
            for piece in track.pieces:
                if piece.start > lo:
                    break
                found = piece
            if found is not None and found.outcome is not Outcome.NOT_APPLICABLE:
                child_parts.append(found)
        child = all_of(p.outcome for p in child_parts)
        side = providers.day(lo)
        placement = all_of((child, side.provider.outcome))
        admin = all_of((child, any_of((side.provider.outcome, side.exception.outcome))))
        reasons = [f"child: {r}" for r in _why(child_parts, child)]
        if child is not Outcome.NOT_MET:
            if placement is not Outcome.MET and side.provider.outcome is not Outcome.MET:
                reasons.append(f"placement: {side.provider.reason}")
            if (
                admin is not Outcome.MET
                and side.exception.outcome is not Outcome.MET
                and side.exception.reason != side.provider.reason
            ):
                reasons.append(f"admin: {side.exception.reason}")
        segments.append(_Segment(lo, hi, child, placement, admin, tuple(reasons)))
    return _by_month(segments), segments[-1].child


_NO_DAYS = DayCounts()


@dataclass(slots=True)
class _Month:
    month: Month
    days: int = 0
    child: DayCounts = _NO_DAYS
    placement: DayCounts = _NO_DAYS
    admin: DayCounts = _NO_DAYS
    reasons: dict[str, None] = field(default_factory=dict)

    def line(self) -> MonthLine:
        return MonthLine(
            self.month, self.days, self.child, self.placement, self.admin, tuple(self.reasons)
        )


def _by_month(segments: list[_Segment]) -> tuple[MonthLine, ...]:
    lines: list[MonthLine] = []
    acc = _Month(Month.of(segments[0].start))
    for seg in segments:
        lo = seg.start
        while lo < seg.stop:
            if not acc.month.contains(lo):
                lines.append(acc.line())
                acc = _Month(Month.of(lo))
            hi = min(seg.stop, (acc.month + 1).first_day)
            n = (hi - lo).days
            acc.days += n
            acc.child = acc.child.add(seg.child, n)
            acc.placement = acc.placement.add(seg.placement, n)
            acc.admin = acc.admin.add(seg.admin, n)
            acc.reasons.update(dict.fromkeys(seg.reasons))
            lo = hi
    lines.append(acc.line())
    return tuple(lines)
