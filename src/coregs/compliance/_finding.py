"""Findings: the status of one occurrence of one rule on one case, explaining itself."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple

from coregs._options import Options
from coregs.calendar import BusinessCalendar
from coregs.periods import Period, Roll, Unit
from coregs.rules._deadline import Deadline, deadline_for
from coregs.rules._model import Anchor, AppliesIf, Rule, StatedException

__all__ = ["Finding", "Status"]


class Status(StrEnum):
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
        return self in (Status.PENDING, Status.DUE_SOON, Status.OVERDUE)


STATUS_ORDER = (
    Status.OVERDUE,
    Status.DUE_SOON,
    Status.PENDING,
    Status.MET_LATE,
    Status.EXCUSED,
    Status.MET_ON_TIME,
    Status.NO_FIXED_DEADLINE,
    Status.INDETERMINATE,
    Status.NOT_APPLICABLE,
)
"""Statuses in reporting order: what needs attention first."""


def _ev(index: int | None) -> str:
    return f"events[{index}]" if index is not None else "the timeline"


class Finding(NamedTuple):
    """The status of one occurrence of one rule on a case, as of a date.

    An immutable record (a named tuple: a case's findings are built by the thousand, and a
    tuple is the cheapest immutable value Python has). Read it by field name.

    Attributes:
        rule: the rule.
        status: the :class:`Status`.
        occurrence: 1 for a one-off rule; the k-th occurrence of a recurring one.
        trigger_event: index (in ``case.events``) of the event that started the clock.
        trigger_date: day 0 of the rule for that trigger (for "the date the child enters
            foster care", the derived date).
        anchor_date: day 0 of this occurrence's count (the previous act, for a rolling
            recurrence).
        due: the due date, or ``None`` (no fixed deadline; not applicable; indeterminate).
        window_start: the earliest date an act counts for this occurrence (the trigger; the
            previous act for a rolling recurrence; the day after the previous due date for a
            fixed schedule).
        satisfied_on, satisfied_event: the act that met it, and its index.
        late_by, late_unit: how late, in the rule's unit (working/business days for those
            rules, calendar days otherwise); for an overdue finding, how late so far.
        days_late: the same in calendar days.
        exception, exception_event: for ``excused``, the stated exception and the event that
            documents it.
        end_event: the event that ended the obligation, if one did.
        condition: the applicability condition behind ``not_applicable``/``indeterminate``.
        detail: anything else the reason needs (a derived trigger, an effective date).
        options: the interpretation options the finding was computed with.
        calendar, nth, anchor, roll: what the due date was counted with (the calendar; the
            occurrence counted from ``anchor_date``; what that anchor is; the roll policy), so
            :meth:`deadline` can show the counting.
    """

    rule: Rule
    status: Status
    occurrence: int
    trigger_event: int | None
    trigger_date: date | None
    anchor_date: date | None
    due: date | None
    window_start: date | None = None
    satisfied_on: date | None = None
    satisfied_event: int | None = None
    late_by: int | None = None
    late_unit: Unit | None = None
    days_late: int | None = None
    exception: StatedException | None = None
    exception_event: int | None = None
    end_event: int | None = None
    condition: AppliesIf | None = None
    detail: str = ""
    options: Options | None = None
    calendar: BusinessCalendar | None = None
    nth: int = 1
    anchor: Anchor = Anchor.TRIGGER
    roll: Roll = Roll.NONE

    @property
    def rule_id(self) -> str:
        """The rule's id."""
        return self.rule.id

    @property
    def citation(self) -> str:
        """The rule's citation."""
        return self.rule.citation

    @property
    def reason(self) -> str:
        """Why the finding has its status, in one sentence (no case values but dates)."""
        s = self.status
        due = self.due.isoformat() if self.due else ""
        if s is Status.MET_ON_TIME:
            text = f"met on {self.satisfied_on} ({_ev(self.satisfied_event)}), due {due}"
        elif s is Status.MET_LATE:
            text = (
                f"met on {self.satisfied_on} ({_ev(self.satisfied_event)}), "
                f"{self.late_by} {self._unit_words()} after the due date {due}"
            )
        elif s is Status.OVERDUE:
            text = f"not done; due {due}, overdue by {self.late_by} {self._unit_words()}"
            if self.end_event is not None:
                text += f"; the obligation ended with {_ev(self.end_event)}"
        elif s is Status.DUE_SOON:
            text = f"not done yet; due {due}"
        elif s is Status.PENDING:
            text = f"not due yet; due {due}"
        elif s is Status.EXCUSED:
            assert self.exception is not None
            text = (
                f'excused: "{self.exception.quote}" ({self.exception.citation}), documented '
                f"by {_ev(self.exception_event)}"
            )
            if self.satisfied_on is not None:
                text += f"; done on {self.satisfied_on} ({_ev(self.satisfied_event)})"
        elif s is Status.NO_FIXED_DEADLINE:
            text = f'no fixed deadline ("{self.rule.timing}")'
            text += (
                f"; done on {self.satisfied_on} ({_ev(self.satisfied_event)})"
                if self.satisfied_on is not None
                else "; not recorded as done"
            )
        elif s is Status.NOT_APPLICABLE:
            if self.condition is not None:
                text = f"applies only when {self.condition.description}"
            elif self.end_event is not None:
                assert self.rule.ends is not None
                text = f"ended by {_ev(self.end_event)} before it fell due: {self.rule.ends.reason}"
            else:
                text = self.detail
        else:
            assert self.condition is not None
            text = (
                f"the case does not state {self.condition.attribute}, needed to know whether "
                f"{self.condition.description}"
            )
        if self.detail and s is not Status.NOT_APPLICABLE:
            text += f" [{self.detail}]"
        return text

    def _unit_words(self) -> str:
        unit = self.late_unit or Unit.CALENDAR_DAYS
        return unit.singular if self.late_by == 1 else unit.value

    def deadline(self) -> Deadline | None:
        """The counting behind ``due``, step by step (``None`` when there is no count)."""
        if self.anchor_date is None or self.options is None:
            return None
        if self.status in (Status.NOT_APPLICABLE, Status.INDETERMINATE) and self.due is None:
            return None
        return deadline_for(
            self.rule,
            self.anchor_date,
            calendar=self.calendar,
            options=self.options,
            occurrence=self.nth,
            anchor=self.anchor,
            check_in_force=False,
        )

    def explain(self) -> str:
        """The finding, its reason and the counting behind the due date."""
        head = (
            f"{self.rule.short_citation} {self.rule.id} (occurrence {self.occurrence}): "
            f"{self.status.label} - {self.reason}"
        )
        deadline = self.deadline()
        return head if deadline is None else head + "\n" + deadline.explain()

    def to_record(self) -> dict[str, Any]:
        """A flat, JSON-ready record (one DataFrame row): dates as ISO strings."""
        period: Period | None = self.rule.period_for(self.options)
        return {
            "rule_id": self.rule.id,
            "citation": self.rule.citation,
            "title": self.rule.title,
            "actor": self.rule.actor.value,
            "occurrence": self.occurrence,
            "status": self.status.value,
            "trigger_event": self.trigger_event,
            "trigger_date": _iso(self.trigger_date),
            "due_date": _iso(self.due),
            "satisfied_on": _iso(self.satisfied_on),
            "satisfied_event": self.satisfied_event,
            "late_by": self.late_by,
            "late_unit": self.late_unit.value if self.late_unit else None,
            "days_late": self.days_late,
            "period": str(period) if period is not None else None,
            "recurs": self.rule.recurrence is not None,
            "roll": self.roll.value,
            "calendar": self.calendar.name if self.calendar is not None else None,
            "exception": self.exception.quote if self.exception else None,
            "exception_event": self.exception_event,
            "reason": self.reason,
        }

    def __repr__(self) -> str:
        return (
            f"Finding(rule={self.rule.id!r}, occurrence={self.occurrence}, "
            f"status={self.status.value})"
        )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
