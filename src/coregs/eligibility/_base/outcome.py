"""Three-valued outcomes and the criterion result: met, not met, unknown (and not applicable).

An unknown is never silently false or true. Outcomes combine by Kleene's strong three-valued
logic (:func:`all_of`, :func:`any_of`): a conjunction is not met as soon as one part is not met,
whatever the unknowns; it is met only when every part is met. ``NOT_APPLICABLE`` (a criterion
that does not apply to this kind of removal) is neutral in both.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import NamedTuple

__all__ = [
    "MET",
    "NOT_APPLICABLE",
    "NOT_MET",
    "UNKNOWN",
    "Criterion",
    "Outcome",
    "all_of",
    "any_of",
    "negation",
    "outcome_of",
]


class Outcome(StrEnum):
    """The outcome of one eligibility criterion.

    * ``met``: the facts show the criterion is satisfied.
    * ``not_met``: the facts show it is not.
    * ``unknown``: a fact it needs is missing; :attr:`Criterion.missing` names the facts that
      would settle it.
    * ``not_applicable``: the criterion does not apply to this removal (the 60-day
      reasonable-efforts order of 7.601.71.B.3 for a voluntary placement); neutral when combined.
    """

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        """``"met"``, ``"not met"``, ``"unknown"``, ``"not applicable"``."""
        return self.value.replace("_", " ")

    @property
    def decided(self) -> bool:
        """Met or not met: the facts settle it."""
        return self in (Outcome.MET, Outcome.NOT_MET)


# The members as module constants, for the code that reads them most: on Python 3.11
# ``Outcome.MET`` goes through EnumType.__getattr__'s slot hook (about 0.06 µs a read).
MET, NOT_MET, UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
NOT_APPLICABLE = Outcome.NOT_APPLICABLE


def outcome_of(value: bool | None) -> Outcome:
    """A fact as an outcome: ``True`` met, ``False`` not met, ``None`` (not stated) unknown."""
    if value is None:
        return UNKNOWN
    return MET if value else NOT_MET


def negation(outcome: Outcome) -> Outcome:
    """Kleene negation: met and not met swap; unknown and not applicable stay."""
    if outcome is MET:
        return NOT_MET
    if outcome is NOT_MET:
        return MET
    return outcome


def all_of(outcomes: Iterable[Outcome]) -> Outcome:
    """Kleene conjunction: not met if any part is; else unknown if any part is; else met.

    Not-applicable parts are ignored; an empty (or all not-applicable) conjunction is met.
    """
    unknown = False
    for o in outcomes:
        if o is NOT_MET:
            return NOT_MET
        if o is UNKNOWN:
            unknown = True
    return UNKNOWN if unknown else MET


def any_of(outcomes: Iterable[Outcome]) -> Outcome:
    """Kleene disjunction: met if any part is; else unknown if any part is; else not met.

    Not-applicable parts are ignored; an empty (or all not-applicable) disjunction is not met.
    """
    unknown = False
    for o in outcomes:
        if o is MET:
            return MET
        if o is UNKNOWN:
            unknown = True
    return UNKNOWN if unknown else NOT_MET


class Criterion(NamedTuple):
    """The result of one eligibility criterion, explaining itself.

    Reasons name facts and rules, never a personal value: no birth date, no income figure, no
    name. They may state counts and dates the rule computes (the 60th day after placement).

    Attributes:
        id: the criterion's stable id (``"re-prevent-removal-order"``).
        citation: where the text states it (``"12 CCR 2509-7.601.71.B.3"``).
        title: a short name.
        outcome: the :class:`Outcome`.
        reason: why, in plain words.
        missing: for ``unknown``, the fact paths that would settle it (``"court_orders[0].
            documentation"``); empty otherwise.
        met_on: for ``met``, the date from which the facts satisfy it (a court order's date, an
            agreement's signature), when it has one; the latest of these over the initial
            criteria is the month in which "all eligibility criteria ... are met"
            (7.601.71.A.3.a).
        parts: the criteria it is composed of (7.601.71.B.7's AFDC test is composed of D.1-D.4).
    """

    id: str
    citation: str
    title: str
    outcome: Outcome
    reason: str
    missing: tuple[str, ...] = ()
    met_on: date | None = None
    parts: tuple[Criterion, ...] = ()

    def walk(self) -> list[Criterion]:
        """This criterion and every part below it, depth first."""
        if not self.parts:  # most criteria
            return [self]
        out = [self]
        for p in self.parts:
            out += p.walk()
        return out

    def __str__(self) -> str:
        return f"{self.citation} {self.title}: {self.outcome.label} - {self.reason}"
