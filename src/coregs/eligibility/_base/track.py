"""A criterion over time: a run of pieces, each holding from its start to the next one's.

Initial criteria are decided once; continuing ones (age, legal authority under a voluntary
agreement, the 180-day order, the permanency findings, trial home visits) change during the
stay. A :class:`Track` is such a criterion: its summary as of the evaluation date, the pieces
the month-by-month timeline is built from, and its time limits over the stay, past and ahead,
each with its status (:class:`TimeLimit`, :class:`TimeLimitStatus`).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import NamedTuple

from coregs.eligibility._base.outcome import Criterion, Outcome

__all__ = ["Piece", "TimeLimit", "TimeLimitStatus", "Track", "at", "time_limit"]


class Piece(NamedTuple):
    """From ``start`` (until the next piece), the criterion's outcome and why."""

    start: date
    outcome: Outcome
    reason: str
    missing: tuple[str, ...] = ()


class TimeLimitStatus(StrEnum):
    """Where a time limit stands on the evaluation date.

    * ``met``: done on or before its due date.
    * ``late``: done after it (for a court finding that costs eligibility, the lapse shows in
      the months).
    * ``missed``: not done, and the due date has passed.
    * ``pending``: not done, due on or after the evaluation date.
    * ``unknown``: done in time by an order whose documentation or wording is not stated.
    * ``not_required``: the stay ended before it fell due.
    """

    MET = "met"
    LATE = "late"
    MISSED = "missed"
    PENDING = "pending"
    UNKNOWN = "unknown"
    NOT_REQUIRED = "not_required"

    @property
    def label(self) -> str:
        """``"met"``, ``"not required"`` ..."""
        return self.value.replace("_", " ")


class TimeLimit(NamedTuple):
    """A Title IV-E time limit of the stay: the date by which something must happen for the
    child to stay eligible (the day-60 finding, the 180-day order, the petition by day 90, each
    permanency finding, the end of a trial home visit), when it happened, and where it stands;
    or a compliance date kept beside them (each 12-month redetermination), which
    ``keeps_eligibility`` marks.

    Not a rule's due date (:class:`coregs.rules.Deadline`, checked by the compliance evaluator)
    nor a counted period (:class:`coregs.DueDate`): missing an eligibility time limit costs
    eligibility, and it never rolls off a weekend or holiday. Formerly
    ``EligibilityDeadline``, a name :mod:`coregs.eligibility` keeps as a deprecated alias for
    one release.

    Attributes:
        id: the criterion it keeps (``"permanency-re-finding"``), or the rule (``"ive-
            redetermination"``).
        citation: the text that sets it.
        what: what must happen.
        due: by when (an eligibility time limit: it never rolls).
        consequence: what follows if it does not.
        met_on: when it happened, if it has (on time or late), as the facts record it.
        status: where it stands on the evaluation date.
        keeps_eligibility: missing it costs eligibility (``False``: a compliance date, CWPM
            8.3A.10).
    """

    id: str
    citation: str
    what: str
    due: date
    consequence: str
    met_on: date | None = None
    status: TimeLimitStatus = TimeLimitStatus.PENDING
    keeps_eligibility: bool = True


def time_limit(
    id: str,
    citation: str,
    what: str,
    due: date,
    consequence: str,
    *,
    as_of: date,
    met_on: date | None = None,
    maybe_in_time: bool = False,
    ended: date | None = None,
    keeps_eligibility: bool = True,
) -> TimeLimit:
    """A :class:`TimeLimit` with its status on ``as_of``: met on or before ``due``; unknown
    when only an act that may not count (``maybe_in_time``) is in time; late; not required when
    the stay ``ended`` (the first day out of care) on or before it; missed or pending."""
    if met_on is not None and met_on <= due:
        status = TimeLimitStatus.MET
    elif maybe_in_time:
        status = TimeLimitStatus.UNKNOWN
    elif met_on is not None:
        status = TimeLimitStatus.LATE
    elif ended is not None and ended <= due:
        status = TimeLimitStatus.NOT_REQUIRED
    else:
        status = TimeLimitStatus.MISSED if as_of > due else TimeLimitStatus.PENDING
    return TimeLimit(id, citation, what, due, consequence, met_on, status, keeps_eligibility)


class Track(NamedTuple):
    """A continuing criterion: its state as of the evaluation date, its pieces, and its time
    limits over the stay (past and ahead, each with its status)."""

    criterion: Criterion
    pieces: tuple[Piece, ...]
    time_limits: tuple[TimeLimit, ...] = ()


def at(pieces: tuple[Piece, ...], day: date) -> Piece | None:
    """The piece in force on ``day`` (``None`` before the first)."""
    found = None
    for piece in pieces:
        if piece.start > day:
            break
        found = piece
    return found
