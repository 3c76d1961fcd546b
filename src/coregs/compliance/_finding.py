"""Findings: the status of one occurrence of one rule on one case, explaining itself."""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from coregs._options import Options
from coregs.calendar import BusinessCalendar
from coregs.compliance._status import (
    ComplianceStatus,
    DueSoon,
    Excused,
    Indeterminate,
    Lateness,
    MetLate,
    MetOnTime,
    NoFixedDeadline,
    NotApplicable,
    Overdue,
    Pending,
    StatusDetail,
)
from coregs.periods import Roll, Unit
from coregs.rules import Anchor, AppliesIf, Deadline, Rule, RuleReading, StatedException

__all__ = ["Finding", "new_finding"]

_ACTED = (MetOnTime, MetLate, Excused, NoFixedDeadline)  # details that may name an act
_LATE = (MetLate, Overdue)
_ENDED = (Overdue, NotApplicable)
_NOT_APPLYING = (NotApplicable, Indeterminate)  # the rule does not, or may not, apply


def _ev(index: int | None) -> str:
    return f"events[{index}]" if index is not None else "the timeline"


def _done(on: date | None, event: int | None) -> str:
    return f"; done on {on} ({_ev(event)})" if on is not None else ""


def _ended(event: int | None) -> str:
    return f"; the obligation ended with {_ev(event)}" if event is not None else ""


class Finding(NamedTuple):
    """The status of one occurrence of one rule on a case, as of a date.

    An immutable record (a named tuple: a case's findings are built by the thousand, and a
    tuple is the cheapest immutable value Python has). Read it by field name.

    Attributes:
        reading: the rule as read under the interpretation options the finding was computed
            with (:attr:`rule`, :attr:`options`, the anchor and roll it counts with).
        status_detail: what the status rests on, one value of the status's own type
            (:class:`MetOnTime`, :class:`MetLate`, :class:`Pending`, :class:`DueSoon`,
            :class:`Overdue`, :class:`Excused`, :class:`NotApplicable`,
            :class:`NoFixedDeadline`, :class:`Indeterminate`); :attr:`status` is read off it.
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
        note: how day 0 was derived, when it was (the date the child entered foster care).
        calendar: the business-day calendar the due date was counted on.

    The flat view a table needs (``satisfied_on``, ``late_by``, ``exception``, ...) is read off
    :attr:`status_detail` by the properties below; :meth:`to_record` gives it as one row.
    """

    reading: RuleReading
    status_detail: StatusDetail
    occurrence: int
    trigger_event: int | None
    trigger_date: date | None
    anchor_date: date | None
    due: date | None
    window_start: date | None = None
    note: str = ""
    calendar: BusinessCalendar | None = None

    @property
    def rule(self) -> Rule:
        """The rule."""
        return self.reading.rule

    @property
    def options(self) -> Options:
        """The interpretation options the finding was computed with."""
        return self.reading.options

    @property
    def anchor(self) -> Anchor:
        """What :attr:`anchor_date` is: the trigger, or the act that met the previous occurrence
        of a rolling recurrence (the trigger when no due date was counted)."""
        return self.reading.anchor if self.due is not None else Anchor.TRIGGER

    @property
    def roll(self) -> Roll:
        """The roll policy the due date was counted with (none when no due date was counted)."""
        return self.reading.roll if self.due is not None else Roll.NONE

    # -- what the status rests on, as flat fields -------------------------------------------

    @property
    def status(self) -> ComplianceStatus:
        """The :class:`ComplianceStatus`, read off :attr:`status_detail`."""
        return self.status_detail.status

    @property
    def satisfied_on(self) -> date | None:
        """The date of the act that met the occurrence (or was done anyway, when excused or
        with no fixed deadline)."""
        d = self.status_detail
        return d.on if isinstance(d, _ACTED) else None

    @property
    def satisfied_event(self) -> int | None:
        """The index of that act."""
        d = self.status_detail
        return d.event if isinstance(d, _ACTED) else None

    @property
    def lateness(self) -> Lateness | None:
        """How late (met late), or how late so far (overdue)."""
        d = self.status_detail
        return d.late if isinstance(d, _LATE) else None

    @property
    def late_by(self) -> int | None:
        """How late, in :attr:`late_unit`."""
        late = self.lateness
        return late.by if late is not None else None

    @property
    def late_unit(self) -> Unit | None:
        """The rule's unit for working/business-day rules, calendar days otherwise."""
        late = self.lateness
        return late.unit if late is not None else None

    @property
    def days_late(self) -> int | None:
        """How late, in calendar days."""
        late = self.lateness
        return late.days if late is not None else None

    @property
    def exception(self) -> StatedException | None:
        """For ``excused``, the stated exception."""
        d = self.status_detail
        return d.exception if isinstance(d, Excused) else None

    @property
    def exception_event(self) -> int | None:
        """For ``excused``, the event that documents the exception."""
        d = self.status_detail
        return d.documented_by if isinstance(d, Excused) else None

    @property
    def end_event(self) -> int | None:
        """The event that ended the obligation, if one did."""
        d = self.status_detail
        return d.ended_by if isinstance(d, _ENDED) else None

    @property
    def condition(self) -> AppliesIf | None:
        """The applicability condition behind ``not_applicable``/``indeterminate``."""
        d = self.status_detail
        return d.condition if isinstance(d, _NOT_APPLYING) else None

    @property
    def detail(self) -> str:
        """Why a finding is not applicable when no condition or ending event says it, else
        :attr:`note`."""
        d = self.status_detail
        return d.because if isinstance(d, NotApplicable) and d.because else self.note

    @property
    def nth(self) -> int:
        """The occurrence counted from :attr:`anchor_date` (1 when counted from the previous
        act)."""
        return self.occurrence if self.anchor is Anchor.TRIGGER else 1

    @property
    def rule_id(self) -> str:
        """The rule's id."""
        return self.rule.id

    @property
    def citation(self) -> str:
        """The rule's citation."""
        return self.rule.citation

    # -- explaining it ----------------------------------------------------------------------

    @property
    def reason(self) -> str:
        """Why the finding has its status, in one sentence (no case values but dates)."""
        due = self.due.isoformat() if self.due else ""
        match self.status_detail:
            case MetOnTime(on, event):
                text = f"met on {on} ({_ev(event)}), due {due}"
            case MetLate(on, event, late):
                text = f"met on {on} ({_ev(event)}), {late.words()} after the due date {due}"
            case Overdue(late, ended_by):
                text = f"not done; due {due}, overdue by {late.words()}{_ended(ended_by)}"
            case DueSoon():
                text = f"not done yet; due {due}"
            case Pending():
                text = f"not due yet; due {due}"
            case Excused(exception, documented_by, on, event):
                text = (
                    f'excused: "{exception.quote}" ({exception.citation}), documented by '
                    f"{_ev(documented_by)}{_done(on, event)}"
                )
            case NoFixedDeadline(on, event):
                done = _done(on, event) or "; not recorded as done"
                text = f'no fixed deadline ("{self.rule.timing}"){done}'
            case NotApplicable(AppliesIf() as condition):
                return f"applies only when {condition.description}"
            case NotApplicable(None, int() as ended_by):
                assert self.rule.ends is not None
                return f"ended by {_ev(ended_by)} before it fell due: {self.rule.ends.reason}"
            case NotApplicable(because=because):
                return because
            case Indeterminate(condition):
                text = (
                    f"the case does not state {condition.attribute}, needed to know whether "
                    f"{condition.description}"
                )
        return f"{text} [{self.note}]" if self.note else text

    def deadline(self) -> Deadline | None:
        """The counting behind ``due``, step by step (``None`` when there is no count)."""
        if self.anchor_date is None:
            return None
        if isinstance(self.status_detail, _NOT_APPLYING) and self.due is None:
            return None
        return self.reading.deadline(
            self.anchor_date, calendar=self.calendar, occurrence=self.nth, anchor=self.anchor
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
        d, rule, period = self.status_detail, self.reading.rule, self.reading.period
        on, event = (d.on, d.event) if isinstance(d, _ACTED) else (None, None)
        late = d.late if isinstance(d, _LATE) else None
        excused = d if isinstance(d, Excused) else None
        return {
            "rule_id": rule.id,
            "citation": rule.citation,
            "title": rule.title,
            "actor": rule.actor.value,
            "occurrence": self.occurrence,
            "status": d.status.value,
            "trigger_event": self.trigger_event,
            "trigger_date": _iso(self.trigger_date),
            "due_date": _iso(self.due),
            "satisfied_on": _iso(on),
            "satisfied_event": event,
            "late_by": late.by if late else None,
            "late_unit": late.unit.value if late else None,
            "days_late": late.days if late else None,
            "period": str(period) if period is not None else None,
            "recurs": rule.recurrence is not None,
            "roll": self.roll.value,
            "calendar": self.calendar.name if self.calendar is not None else None,
            "exception": excused.exception.quote if excused else None,
            "exception_event": excused.documented_by if excused else None,
            "reason": self.reason,
        }

    def __repr__(self) -> str:
        return (
            f"Finding(rule={self.rule.id!r}, occurrence={self.occurrence}, "
            f"status={self.status.value})"
        )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def new_finding(
    *,
    reading: RuleReading,
    status_detail: StatusDetail,
    occurrence: int,
    trigger_event: int | None,
    trigger_date: date | None,
    anchor_date: date | None,
    due: date | None,
    window_start: date | None = None,
    note: str = "",
    calendar: BusinessCalendar | None = None,
) -> Finding:
    """``Finding(...)`` by keyword, for the evaluator, which builds one per occurrence.

    Calling a class with keywords makes CPython gather them in a dict for ``__new__`` (about
    0.25 µs for a finding's ten, a fifth of a finding's cost); a function takes keywords
    without one. The parameters are the fields, in order (a test pins it).
    """
    return Finding(
        reading,
        status_detail,
        occurrence,
        trigger_event,
        trigger_date,
        anchor_date,
        due,
        window_start,
        note,
        calendar,
    )
