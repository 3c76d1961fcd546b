"""The status of a finding, and what each status holds.

A finding's status is one :class:`ComplianceStatus`; what the status rests on is one value of
that status's own type (met on a date by an event; late by so many days; overdue by so many;
excused by a quoted exception; not applicable because ...; indeterminate because a fact is
missing). The value decides the status, so the two can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar, NamedTuple

from coregs._model import Pickled
from coregs.periods import Unit
from coregs.rules import AppliesIf, StatedException

__all__ = [
    "STATUS_ORDER",
    "ComplianceStatus",
    "DueSoon",
    "Excused",
    "Indeterminate",
    "Lateness",
    "MetLate",
    "MetOnTime",
    "NoFixedDeadline",
    "NotApplicable",
    "Overdue",
    "Pending",
    "StatusDetail",
]


class ComplianceStatus(StrEnum):
    """The status of one occurrence of a rule, as of a date.

    * ``met_on_time``: a satisfying act on or before the due date.
    * ``met_late``: the act came after the due date (``late_by`` says by how much).
    * ``pending``: not yet done, not yet due, outside the due-soon horizon.
    * ``due_soon``: not yet done, due within the horizon (today included).
    * ``overdue``: not done, and the due date has passed.
    * ``excused``: a stated exception applies, documented by an event (quoted on the finding).
    * ``not_applicable``: the rule does not apply (a condition fails, or the obligation ended
      before it fell due); the reason says which.
    * ``no_fixed_deadline``: the text states no computable period ("promptly", "whenever");
      the finding still says whether and when the act was done.
    * ``indeterminate``: the case does not state a fact the rule's applicability needs; the
      reason names it. Unknown is never silently "not applicable".
    """

    MET_ON_TIME = "met_on_time"
    MET_LATE = "met_late"
    PENDING = "pending"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    EXCUSED = "excused"
    NOT_APPLICABLE = "not_applicable"
    NO_FIXED_DEADLINE = "no_fixed_deadline"
    INDETERMINATE = "indeterminate"

    @property
    def label(self) -> str:
        """``"met on time"``, ``"overdue"`` ..."""
        return self.value.replace("_", " ")

    @property
    def is_open(self) -> bool:
        """Pending, due soon or overdue: something still has to be done."""
        return self in (
            ComplianceStatus.PENDING,
            ComplianceStatus.DUE_SOON,
            ComplianceStatus.OVERDUE,
        )


STATUS_ORDER = (
    ComplianceStatus.OVERDUE,
    ComplianceStatus.DUE_SOON,
    ComplianceStatus.PENDING,
    ComplianceStatus.MET_LATE,
    ComplianceStatus.EXCUSED,
    ComplianceStatus.MET_ON_TIME,
    ComplianceStatus.NO_FIXED_DEADLINE,
    ComplianceStatus.INDETERMINATE,
    ComplianceStatus.NOT_APPLICABLE,
)
"""Statuses in reporting order: what needs attention first."""


class Lateness(NamedTuple):
    """How late an act is (or, for an overdue occurrence, how late it is so far).

    Attributes:
        by: in the rule's unit: working or business days for those rules (an act on a closed
            day counts as the next business day's), calendar days otherwise.
        unit: that unit.
        days: the same in calendar days.
    """

    by: int
    unit: Unit
    days: int

    def words(self) -> str:
        """``"1 working day"``, ``"3 calendar days"``."""
        return f"{self.by} {self.unit.singular if self.by == 1 else self.unit.value}"


@dataclass(frozen=True, slots=True)
class MetOnTime(Pickled):
    """``met_on_time``: met on ``on`` by the act ``events[event]``, on or before the due date."""

    status: ClassVar[ComplianceStatus] = ComplianceStatus.MET_ON_TIME
    on: date
    event: int


@dataclass(frozen=True, slots=True)
class MetLate(Pickled):
    """``met_late``: met on ``on`` by ``events[event]``, ``late`` after the due date."""

    status: ClassVar[ComplianceStatus] = ComplianceStatus.MET_LATE
    on: date
    event: int
    late: Lateness


@dataclass(frozen=True, slots=True)
class Pending(Pickled):
    """``pending``: not done, and not due within the due-soon horizon."""

    status: ClassVar[ComplianceStatus] = ComplianceStatus.PENDING


@dataclass(frozen=True, slots=True)
class DueSoon(Pickled):
    """``due_soon``: not done, and due within the due-soon horizon (today included)."""

    status: ClassVar[ComplianceStatus] = ComplianceStatus.DUE_SOON


@dataclass(frozen=True, slots=True)
class Overdue(Pickled):
    """``overdue``: not done, ``late`` past the due date so far, or until ``ended_by`` (the
    event that ended the obligation after it fell due)."""

    status: ClassVar[ComplianceStatus] = ComplianceStatus.OVERDUE
    late: Lateness
    ended_by: int | None = None


@dataclass(frozen=True, slots=True)
class Excused(Pickled):
    """``excused``: the stated ``exception`` applies, documented by ``events[documented_by]``;
    ``on``/``event`` name the act if it was done anyway."""

    status: ClassVar[ComplianceStatus] = ComplianceStatus.EXCUSED
    exception: StatedException
    documented_by: int
    on: date | None = None
    event: int | None = None


@dataclass(frozen=True, slots=True)
class NotApplicable(Pickled):
    """``not_applicable``, because the ``condition`` of the rule fails, or the obligation ended
    with ``events[ended_by]`` before it fell due, or for the reason ``because``."""

    status: ClassVar[ComplianceStatus] = ComplianceStatus.NOT_APPLICABLE
    condition: AppliesIf | None = None
    ended_by: int | None = None
    because: str = ""


@dataclass(frozen=True, slots=True)
class NoFixedDeadline(Pickled):
    """``no_fixed_deadline``: the text states no period; ``on``/``event`` name the act if it
    was done."""

    status: ClassVar[ComplianceStatus] = ComplianceStatus.NO_FIXED_DEADLINE
    on: date | None = None
    event: int | None = None


@dataclass(frozen=True, slots=True)
class Indeterminate(Pickled):
    """``indeterminate``: the case does not state the fact the ``condition`` tests."""

    status: ClassVar[ComplianceStatus] = ComplianceStatus.INDETERMINATE
    condition: AppliesIf


StatusDetail = (
    MetOnTime
    | MetLate
    | Pending
    | DueSoon
    | Overdue
    | Excused
    | NotApplicable
    | NoFixedDeadline
    | Indeterminate
)
"""What a finding's status rests on: one value of the status's own type."""
