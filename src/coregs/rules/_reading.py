"""A rule read under a set of interpretation options: each option read once, into typed values.

:meth:`Rule.read` is the one place a rule's options are turned into what they decide (the
period counted, the roll, the recurrence anchor, the trigger events, the reading of "the date
the child enters foster care"). Deadlines (:meth:`Rule.due`) and the compliance evaluator both
count from a :class:`RuleReading`, so no code compares an option's reading to a string.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from coregs._errors import InputError
from coregs._model import Pickled
from coregs._options import Options
from coregs.calendar import BusinessCalendar, calendar_named
from coregs.periods import Period, Roll, Unit, due_date
from coregs.rules._deadline import Deadline
from coregs.rules._interpretations import (
    CALENDAR_DAY_ROLL,
    ENTERED_FOSTER_CARE_DATE,
    WORKING_DAYS_CALENDAR,
    CalendarDayRoll,
    EnteredFosterCareDate,
    WorkingDaysCalendar,
)
from coregs.rules._model import Anchor, EnteredFosterCare, EventMatch
from coregs.rules._rulebook import trigger_matches

if TYPE_CHECKING:
    from coregs.rules._model import Rule

__all__ = ["RuleReading", "named_calendar", "read_rule"]


@dataclass(frozen=True, slots=True)
class RuleReading(Pickled):
    """A rule as read under one set of interpretation options.

    Attributes:
        rule: the rule.
        options: the options it was read under (they cover every option the rule declares).
        period: the first (or only) period, after ``unqualified_days``; ``None`` when the text
            states none ("whenever"). :attr:`counted` is the period counted per occurrence.
        roll: the roll policy after ``calendar_day_roll``.
        anchor: where occurrence k counts from, after the rule's anchor option
            (:attr:`Anchor.TRIGGER` for a one-off rule).
        triggers: the events that start the clock (for "the date the child enters foster
            care", the events the date is derived from).
        entry: the reading of ``entered_foster_care_date`` when the trigger is that date.
    """

    rule: Rule
    options: Options
    period: Period | None
    roll: Roll
    anchor: Anchor
    triggers: tuple[EventMatch, ...]
    entry: EnteredFosterCareDate | None

    @property
    def counted(self) -> Period | None:
        """The period counted for each occurrence: :attr:`period`, recurring when the rule
        recurs (occurrence k is k periods from the anchor)."""
        period = self.period
        if period is None or self.rule.recurrence is None:
            return period
        return Period(period.amount, period.unit, every=True)

    @property
    def has_fixed_deadline(self) -> bool:
        """False for "promptly" and for duties with no stated period."""
        return self.period is not None and self.period.unit is not Unit.PROMPTLY

    def calendar(self, calendar: BusinessCalendar | None = None) -> BusinessCalendar:
        """The calendar to count on: ``calendar`` if given, else the one the options name.

        Raises:
            InputError: ``working_days_calendar`` is ``caller`` and no calendar was given.
        """
        if calendar is not None:
            return calendar
        named = named_calendar(self.options)
        if named is None:
            raise InputError(
                "calendar", f"option {WORKING_DAYS_CALENDAR.name} is 'caller' but none was passed"
            )
        return named

    def deadline(
        self,
        trigger: date,
        *,
        calendar: BusinessCalendar | None = None,
        occurrence: int = 1,
        anchor: Anchor = Anchor.TRIGGER,
    ) -> Deadline:
        """The deadline counted from ``trigger`` under this reading.

        No argument or effective-date check: :meth:`Rule.due` makes them, and an evaluator
        that already decided a finding asks for its counting here.

        Args:
            trigger: day 0.
            calendar: the business-day calendar (see :meth:`calendar`).
            occurrence: for a recurring rule, the k-th occurrence counted from ``trigger``.
            anchor: what ``trigger`` is (the trigger, or the act that met the previous
                occurrence), shown in the explanation.
        """
        period = self.counted
        if period is None:
            return Deadline(self.rule, trigger, None, self.options, occurrence, anchor)
        needs_calendar = period.counts_business_days or self.roll is not Roll.NONE
        cal = self.calendar(calendar) if needs_calendar else None
        counted = due_date(trigger, period, calendar=cal, roll=self.roll, occurrence=occurrence)
        return Deadline(self.rule, trigger, counted, self.options, occurrence, anchor)


def read_rule(rule: Rule, options: Options) -> RuleReading:
    """``rule`` read under ``options`` (see :meth:`Rule.read`)."""
    return RuleReading(
        rule=rule,
        options=options,
        period=rule.period_for(options),
        roll=_roll(rule, options),
        anchor=rule.recurrence.anchor_for(options) if rule.recurrence else Anchor.TRIGGER,
        triggers=trigger_matches(rule, options),
        entry=(
            ENTERED_FOSTER_CARE_DATE.read(options)
            if isinstance(rule.trigger, EnteredFosterCare)
            else None
        ),
    )


def _roll(rule: Rule, options: Options) -> Roll:
    """The rule's roll policy, unless the option ``calendar_day_roll`` overrides it."""
    name = CALENDAR_DAY_ROLL.name
    if name not in rule.option_names or name not in options:
        return rule.roll
    match CALENDAR_DAY_ROLL.read(options):
        case CalendarDayRoll.PER_RULE:
            return rule.roll
        case CalendarDayRoll.NONE:
            return Roll.NONE
        case CalendarDayRoll.FORWARD:
            return Roll.FORWARD


def named_calendar(options: Options) -> BusinessCalendar | None:
    """The calendar the option ``working_days_calendar`` names under ``options`` (the legal
    calendar when the options do not include it), or ``None`` when it reads ``caller``: the
    caller passes its own.

    The option's other readings are the short names of the shipped calendars
    (:data:`coregs.calendar.CALENDARS`).
    """
    name = WORKING_DAYS_CALENDAR.name
    reading = WORKING_DAYS_CALENDAR.read(options) if name in options else WorkingDaysCalendar.LEGAL
    if reading is WorkingDaysCalendar.CALLER:
        return None
    return calendar_named(reading)
