"""A criterion over time: a run of pieces, each holding from its start to the next one's.

Initial criteria are decided once; continuing ones (age, legal authority under a voluntary
agreement, the 180-day order, the permanency findings, trial home visits) change during the
stay. A :class:`Track` is such a criterion: its summary as of the evaluation date, the pieces
the month-by-month timeline is built from, and the time limits ahead that decide it.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from coregs.eligibility._base.outcome import Criterion, Outcome

__all__ = ["Piece", "TimeLimit", "Track", "at"]


class Piece(NamedTuple):
    """From ``start`` (until the next piece), the criterion's outcome and why."""

    start: date
    outcome: Outcome
    reason: str
    missing: tuple[str, ...] = ()


class TimeLimit(NamedTuple):
    """A Title IV-E time limit ahead: the date by which something must happen for the child to
    stay eligible (the day-60 finding, the 180-day order, the petition by day 90, the next
    permanency finding, the end of a trial home visit).

    Not a rule's due date (:class:`coregs.rules.Deadline`, checked by the compliance evaluator)
    nor a counted period (:class:`coregs.DueDate`): missing a time limit costs eligibility, and
    it never rolls off a weekend or holiday. Formerly ``EligibilityDeadline``, a name
    :mod:`coregs.eligibility` keeps as a deprecated alias for one release.

    Attributes:
        id: the criterion it keeps (``"permanency-re-finding"``).
        citation: the text that sets it.
        what: what must happen.
        due: by when (an eligibility time limit: it never rolls).
        consequence: what follows if it does not.
    """

    id: str
    citation: str
    what: str
    due: date
    consequence: str


class Track(NamedTuple):
    """A continuing criterion: its state as of the evaluation date, its pieces, its time limits."""

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
