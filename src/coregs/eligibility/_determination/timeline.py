"""The month-by-month timeline: child eligible, placement costs and administrative costs
claimable, counted in days.

The stay is cut at every day on which anything can change (a criterion's piece, a placement, a
licence, a birthday, a move), each cut is evaluated once, and the cuts are then split at month
ends. A month is claimable in full, in part, not at all, or unknown; the day counts say how
much, because federal reviews disallow partial-month overpayments (DAB No. 2253).
"""

from __future__ import annotations

from bisect import bisect_right
from calendar import isleap
from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from coregs.eligibility._base.outcome import Outcome, all_of, any_of
from coregs.eligibility._base.track import Piece, Track
from coregs.eligibility._criteria.provider import Providers
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


_COLUMN = {Outcome.MET: 0, Outcome.NOT_MET: 1, Outcome.UNKNOWN: 2}
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # February: isleap
_BEFORE = "before the eligibility effective date (A.3.a)"


def timeline(
    first: date,
    stop: date,
    initial: Piece,
    tracks: Sequence[Track],
    providers: Providers,
    *,
    whole_month_admin: bool = False,
) -> tuple[tuple[MonthLine, ...], Outcome]:
    """Month lines from ``first`` up to (not including) ``stop``, and whether the child is
    eligible on the last day evaluated.

    Args:
        first: the first day of placement.
        stop: the first day not evaluated (discharge, or the day after the evaluation date).
        initial: the initial determination as a piece: from the effective date when met.
        tracks: the continuing criteria.
        providers: the placements, looked up by day.
        whole_month_admin: option ``admin_cost_partial_month`` = ``whole-month``: in a month
            with a claimable administrative day, every eligible day in care is claimable.
    """
    if stop <= first:
        return (), Outcome.UNKNOWN
    # a run of one piece in force from the start never changes: evaluate it once
    fixed: list[Piece] = []
    runs: list[list[Piece]] = []
    for track in tracks:
        run = [p for p in track.pieces if p.outcome is not Outcome.NOT_APPLICABLE]
        if len(run) == 1 and run[0].start <= first:
            fixed.append(run[0])
        elif run:
            runs.append(run)
    points = {first, initial.start, *providers.points()}
    for run in runs:
        points.update(p.start for p in run)
    cuts = sorted(p for p in points if first <= p < stop)
    cuts.append(stop)
    before = Piece(first, Outcome.NOT_MET, _BEFORE)
    at = [0] * len(runs)  # each run's piece in force (cuts only move forward)
    months = _Months(first, stop)
    child = Outcome.UNKNOWN
    met = Outcome.MET
    fixed_outcome = all_of([p.outcome for p in fixed])
    for lo, hi in pairwise(cuts):
        head = before if initial.outcome is met and lo < initial.start else initial
        parts = [head, *fixed]
        outcomes = [head.outcome, fixed_outcome]
        for k, run in enumerate(runs):
            i = at[k]
            while i + 1 < len(run) and run[i + 1].start <= lo:
                i += 1
            at[k] = i
            if run[i].start <= lo:
                parts.append(run[i])
                outcomes.append(run[i].outcome)
        child = all_of(outcomes)
        side = providers.day(lo)
        provider, exception = side.provider.outcome, side.exception.outcome
        if provider is met:
            placement = admin = child
        else:
            placement = all_of((child, provider))
            admin = all_of((child, any_of((provider, exception))))
        reasons = _reasons(child, parts, side.provider, side.exception, admin)
        months.add(lo.toordinal(), hi.toordinal(), (child, placement, admin), reasons)
    return months.lines(whole_month_admin=whole_month_admin), child


def _reasons(
    child: Outcome, parts: list[Piece], provider: Piece, exception: Piece, admin: Outcome
) -> list[str]:
    """Why a cut is not met or unknown: the child's pieces of that outcome, then the
    provider's and the administrative exception's reasons (while the child may be eligible)."""
    met = Outcome.MET
    reasons = [] if child is met else [f"child: {p.reason}" for p in parts if p.outcome is child]
    if child is not Outcome.NOT_MET and provider.outcome is not met:
        reasons.append(f"placement: {provider.reason}")
        if (
            admin is not met
            and exception.outcome is not met
            and exception.reason != provider.reason
        ):
            reasons.append(f"admin: {exception.reason}")
    return reasons


_WHOLE_MONTH = (
    "admin: claimable for every eligible day of the month (option admin_cost_partial_month)"
)


_Span = tuple[int, int, tuple[Outcome, Outcome, Outcome], list[str]]  # see _Months.add


class _Months:
    """Day counts by month, kept as plain integers until the lines are built.

    A month lying whole inside one cut (most months of a long stay) is not counted day by day:
    it records the cut's columns and reasons, and months alike share their day counts. Cuts
    come in order; one that goes on from the one before it alike only extends it.
    """

    __slots__ = ("_months", "_pending", "_rows", "_starts", "_whole")

    def __init__(self, first: date, stop: date) -> None:
        months, self._starts = _calendar(Month.of(first), Month.of(stop - timedelta(days=1)))
        self._months = months
        # a month in part of a cut: days in care; child, placement, administrative costs
        # (met, not met, unknown each); eligible days whose administrative costs are not met,
        # unknown; and its reasons, in order. A month whole in a cut: that cut's columns and
        # reasons.
        self._rows: list[tuple[list[int], dict[str, None]] | None] = [None] * len(months)
        self._whole: list[tuple[tuple[int, ...], tuple[str, ...]] | None] = [None] * len(months)
        self._pending: _Span | None = None

    def add(
        self, a: int, b: int, outcomes: tuple[Outcome, Outcome, Outcome], reasons: list[str]
    ) -> None:
        """Count the days ``a`` (included) to ``b`` (excluded, as ordinals) with the child's,
        the placement's and the administrative outcomes. A cut that goes on from the one
        before it alike (a move between two claimable homes) only extends it: the months it
        would split stay whole."""
        pending = self._pending
        if pending is not None:
            if pending[1] == a and pending[2] == outcomes and pending[3] == reasons:
                self._pending = (pending[0], b, outcomes, reasons)
                return
            self._count(*pending)
        self._pending = (a, b, outcomes, reasons)

    def _count(
        self, a: int, b: int, outcomes: tuple[Outcome, Outcome, Outcome], reasons: list[str]
    ) -> None:
        """Count a span of days (as :meth:`add`): a month it begins or ends within by its
        days, the months whole inside it at once, by the span's columns and reasons."""
        child, placement, admin = outcomes
        columns: tuple[int, ...] = (1 + _COLUMN[child], 4 + _COLUMN[placement], 7 + _COLUMN[admin])
        if child is Outcome.MET and admin is not child:  # eligible, admin costs not claimable
            columns += (9 + _COLUMN[admin],)
        starts = self._starts
        i = bisect_right(starts, a) - 1  # the month of day a
        if a > starts[i]:  # the span begins within a month
            end = min(starts[i + 1], b)
            self._part(i, end - a, columns, reasons)
            a, i = end, i + 1
        j = bisect_right(starts, b) - 1  # the month of day b, the first after the span
        if a < b and b > starts[j]:  # the span ends within a month
            self._part(j, b - starts[j], columns, reasons)
            b = starts[j]
        if a < b:  # months i to j - 1 lie whole in the span
            signature = (columns, tuple(dict.fromkeys(reasons)))
            self._whole[i:j] = [signature] * (j - i)

    def _part(self, i: int, days: int, columns: tuple[int, ...], reasons: list[str]) -> None:
        """Count ``days`` days of month ``i`` in the ``columns``, with their reasons."""
        row = self._rows[i]
        if row is None:
            row = self._rows[i] = ([0] * 12, {})
        counts, why = row
        counts[0] += days
        for column in columns:
            counts[column] += days
        why.update(dict.fromkeys(reasons))

    def lines(self, *, whole_month_admin: bool) -> tuple[MonthLine, ...]:
        """The month lines, in order (with ``whole_month_admin``, a month with a claimable
        administrative day has every eligible day's administrative costs claimable)."""
        if self._pending is not None:
            self._count(*self._pending)
            self._pending = None
        out = []
        starts = self._starts
        for k, month in enumerate(self._months):
            whole = self._whole[k]
            if whole is not None:
                columns, why = whole
                days = starts[k + 1] - starts[k]
                n = _whole_row(columns, days)
            else:
                row = self._rows[k]
                assert row is not None  # every day from first to stop is in a cut
                counts, reasons = row
                n, days, why = tuple(counts), counts[0], tuple(reasons)
            child, placement, admin, whole_month = _day_counts(n, whole_month_admin)
            if whole_month:
                why = (*why, _WHOLE_MONTH)
            out.append(MonthLine(month, days, child, placement, admin, why))
        return tuple(out)


@lru_cache(maxsize=256)
def _calendar(first: Month, last: Month) -> tuple[tuple[Month, ...], tuple[int, ...]]:
    """The months ``first`` to ``last``, and each one's first day as an ordinal followed by
    the next month's after the last (stays of a caseload evaluated on one day share these)."""
    months = tuple(first.through(last))
    day = first.first_day.toordinal()
    starts = [day]
    for m in months:
        day += 29 if m.month == 2 and isleap(m.year) else _MONTH_DAYS[m.month]
        starts.append(day)
    return months, tuple(starts)


# Months alike (most: every day met) share their day counts, immutable values made once per
# process rather than once per determination: a whole month has a few dozen kinds (28 to 31
# days under each combination of outcomes); part months have more, which the bound keeps in
# check (a bounded cache, as for `Month` values).


@lru_cache(maxsize=256)
def _whole_row(columns: tuple[int, ...], days: int) -> tuple[int, ...]:
    """The row (see :class:`_Months`) of a month of ``days`` days wholly in one cut."""
    n = [days] + [0] * 11
    for column in columns:
        n[column] = days
    return tuple(n)


@lru_cache(maxsize=1024)
def _day_counts(
    n: tuple[int, ...], whole_month_admin: bool
) -> tuple[DayCounts, DayCounts, DayCounts, bool]:
    """A month's day counts from its row (see :class:`_Months`), and whether option
    ``admin_cost_partial_month`` = ``whole-month`` made its administrative costs claimable."""
    whole = whole_month_admin and n[7] > 0 and (n[10] > 0 or n[11] > 0)
    admin = (n[7] + n[10] + n[11], n[8] - n[10], n[9] - n[11]) if whole else n[7:10]
    return (
        DayCounts(n[1], n[2], n[3]),
        DayCounts(n[4], n[5], n[6]),
        DayCounts._make(admin),
        whole,
    )
