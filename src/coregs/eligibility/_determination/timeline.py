"""The month-by-month timeline: child eligible, placement costs and administrative costs
claimable, counted in days.

The stay is cut at every day on which anything can change (a criterion's piece, a placement, a
licence, a birthday, a move), each cut is evaluated once, and the cuts are then split at month
ends. A month is claimable in full, in part, not at all, or unknown; the day counts say how
much, because federal reviews disallow partial-month overpayments (DAB No. 2253).
"""

from __future__ import annotations

from calendar import isleap
from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from coregs.eligibility._base.outcome import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    Outcome,
    all_of,
    any_of,
)
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
_ONE_DAY = timedelta(days=1)
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
    fixed, runs = _split(tracks, first)
    points = {first, initial.start, *providers.points()}
    for run in runs:
        points.update(p.start for p in run)
    before = Piece(first, NOT_MET, _BEFORE)
    # the child's outcome from the effective date, until a run changes it (Kleene
    # conjunction is associative: the runs' outcomes are added to it cut by cut)
    from_initial = all_of([initial.outcome, *(p.outcome for p in fixed)])
    at = [0] * len(runs)  # each run's piece in force (cuts only move forward)
    current: list[Piece] = []  # those pieces, once in force
    spans: list[_Span] = []
    child = Outcome.UNKNOWN
    for lo in sorted([p for p in points if first <= p < stop]):
        if initial.outcome is MET and lo < initial.start:
            head, child = before, NOT_MET
        else:
            head, child = initial, from_initial
        if runs:
            current = []
            for k, run in enumerate(runs):
                i = at[k]
                while i + 1 < len(run) and run[i + 1].start <= lo:
                    i += 1
                at[k] = i
                if run[i].start <= lo:
                    current.append(run[i])
            child = all_of([child, *(p.outcome for p in current)])
        side = providers.day(lo)
        provider = side.provider.outcome
        admin, columns = _claims(child, provider, side.exception.outcome)
        reasons = (
            _reasons(child, [head, *fixed, *current], side.provider, side.exception, admin)
            if child is not MET or provider is not MET
            else ()  # most cuts: nothing to explain
        )
        # a cut alike to the one before (a move between two claimable homes) only extends it
        if not spans or spans[-1][1] is not columns or spans[-1][2] != reasons:
            spans.append((lo.toordinal(), columns, reasons))
    return _lines(first, stop, spans, whole_month_admin), child


def _split(tracks: Sequence[Track], first: date) -> tuple[list[Piece], list[list[Piece]]]:
    """The tracks' pieces that apply: a run of one piece in force from ``first`` never
    changes, and is evaluated once (fixed); the others, as runs, cut by cut."""
    fixed: list[Piece] = []
    runs: list[list[Piece]] = []
    for track in tracks:
        pieces = track.pieces
        if len(pieces) == 1 and pieces[0].outcome is NOT_APPLICABLE:  # most tracks
            continue
        run = [p for p in pieces if p.outcome is not NOT_APPLICABLE]
        if len(run) == 1 and run[0].start <= first:
            fixed.append(run[0])
        elif run:
            runs.append(run)
    return fixed, runs


def _reasons(
    child: Outcome, parts: list[Piece], provider: Piece, exception: Piece, admin: Outcome
) -> tuple[str, ...]:
    """Why a cut is not met or unknown, each once: the child's pieces of that outcome, then
    the provider's and the administrative exception's reasons (while the child may be
    eligible)."""
    met = MET
    reasons = [] if child is met else [f"child: {p.reason}" for p in parts if p.outcome is child]
    if child is not NOT_MET and provider.outcome is not met:
        reasons.append(f"placement: {provider.reason}")
        if (
            admin is not met
            and exception.outcome is not met
            and exception.reason != provider.reason
        ):
            reasons.append(f"admin: {exception.reason}")
    return tuple(dict.fromkeys(reasons))


_WHOLE_MONTH = (
    "admin: claimable for every eligible day of the month (option admin_cost_partial_month)"
)


_Span = tuple[int, tuple[int, ...], tuple[str, ...]]
"""From a day (as an ordinal) until the next span's: its columns (:func:`_claims`) and
reasons."""


@lru_cache(maxsize=64)
def _claims(
    child: Outcome, provider: Outcome, exception: Outcome
) -> tuple[Outcome, tuple[int, ...]]:
    """A day's administrative costs, and the columns of a row (see :func:`_lines`) it counts
    in: placement costs are claimable for an eligible child with a claimable provider;
    administrative costs for an eligible child with a claimable provider or under an
    exception. The columns: the child's, the placement's and the administrative costs' (met,
    not met, unknown each), and for an eligible day whose administrative costs are not met,
    that column again (not met, unknown)."""
    placement = all_of((child, provider))
    admin = all_of((child, any_of((provider, exception))))
    columns: tuple[int, ...] = (1 + _COLUMN[child], 4 + _COLUMN[placement], 7 + _COLUMN[admin])
    if child is Outcome.MET and admin is not child:  # eligible, admin costs not claimable
        columns += (9 + _COLUMN[admin],)
    return admin, columns


def _lines(
    first: date, stop: date, spans: list[_Span], whole_month_admin: bool
) -> tuple[MonthLine, ...]:
    """The month lines of the days ``first`` to ``stop`` (excluded), in spans that cover them
    in order (with ``whole_month_admin``, a month with a claimable administrative day has every
    eligible day's administrative costs claimable).

    A month within one span (most months of a long stay) takes its day counts at once, shared
    with every month alike; a month split between spans is counted span by span in a row of
    twelve integers: days in care; child, placement, administrative costs (met, not met,
    unknown each); eligible days whose administrative costs are not met, unknown.
    """
    last = stop - _ONE_DAY
    months, starts = _calendar(first.year, first.month, last.year, last.month)
    end = stop.toordinal()
    ends = [span[0] for span in spans[1:]]  # each span's first day after it
    ends.append(end)
    out = []
    # a MonthLine made as its own _make does, without the generated __new__'s Python frame
    # (that call was a third of the time of a long stay's lines)
    new = tuple.__new__
    j, lo = 0, first.toordinal()
    _, columns, why = spans[0]
    upto = ends[0]
    for month, hi in zip(months, (*starts[1:-1], end), strict=True):  # days in care: lo to hi
        if upto == lo:  # the next span
            j += 1
            _, columns, why = spans[j]
            upto = ends[j]
        days = hi - lo
        if upto >= hi:  # one span holds the month's days in care
            child, placement, admin, whole = _uniform(columns, days, whole_month_admin)
            reasons = why
        else:
            row = [days] + [0] * 11
            seen: dict[str, None] = {}
            while True:
                part = min(upto, hi) - lo
                for column in columns:
                    row[column] += part
                seen.update(dict.fromkeys(why))
                if upto >= hi:
                    break
                lo, j = upto, j + 1
                _, columns, why = spans[j]
                upto = ends[j]
            child, placement, admin, whole = _day_counts(tuple(row), whole_month_admin)
            reasons = tuple(seen)
        if whole:
            reasons = (*reasons, _WHOLE_MONTH)
        out.append(new(MonthLine, (month, days, child, placement, admin, reasons)))
        lo = hi
    return tuple(out)


@lru_cache(maxsize=256)
def _calendar(
    first_year: int, first_month: int, last_year: int, last_month: int
) -> tuple[tuple[Month, ...], tuple[int, ...]]:
    """The months from ``first_month`` of ``first_year`` to ``last_month`` of ``last_year``,
    and each one's first day as an ordinal followed by the next month's after the last (stays
    of a caseload evaluated on one day share these)."""
    first = Month(first_year, first_month)
    months = tuple(first.through(Month(last_year, last_month)))
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
def _uniform(
    columns: tuple[int, ...], days: int, whole_month_admin: bool
) -> tuple[DayCounts, DayCounts, DayCounts, bool]:
    """:func:`_day_counts` of a month whose ``days`` days in care all count in ``columns``."""
    n = [days] + [0] * 11
    for column in columns:
        n[column] = days
    return _day_counts(tuple(n), whole_month_admin)


@lru_cache(maxsize=1024)
def _day_counts(
    n: tuple[int, ...], whole_month_admin: bool
) -> tuple[DayCounts, DayCounts, DayCounts, bool]:
    """A month's day counts from its row (see :func:`_lines`), and whether option
    ``admin_cost_partial_month`` = ``whole-month`` made its administrative costs claimable."""
    whole = whole_month_admin and n[7] > 0 and (n[10] > 0 or n[11] > 0)
    admin = (n[7] + n[10] + n[11], n[8] - n[10], n[9] - n[11]) if whole else n[7:10]
    return (
        DayCounts(n[1], n[2], n[3]),
        DayCounts(n[4], n[5], n[6]),
        DayCounts._make(admin),
        whole,
    )
