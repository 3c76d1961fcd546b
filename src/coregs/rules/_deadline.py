"""A rule's deadline: the due date counted from a trigger, with the counting steps and the quote.

:meth:`Rule.due` is the public entry point: it checks its arguments and the rule's effective
dates, resolves the options, and counts through the rule's reading (:meth:`Rule.read`); the
counting itself is :func:`coregs.periods.due_date`, the one counting convention.

Distinct words for distinct things: a :class:`~coregs.periods.DueDate` is arithmetic (a period
counted from a date, with its steps; no rule); a :class:`Deadline` is a rule's due date for one
trigger (the rule, its quote, the options, and the ``DueDate``). The eligibility evaluator's
deadlines are a third thing, dates a determination says must be met to stay eligible.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from coregs._errors import InputError, OutOfRangeError, require_iterable
from coregs._options import (
    Interpretation,
    OptionChoice,
    Options,
    checked_overrides,
    resolve_options,
)
from coregs.calendar import BusinessCalendar, NonBusinessDay
from coregs.periods import DueDate, Period, Roll, count_due
from coregs.rules._errors import RuleNotInForceError
from coregs.rules._interpretations import WORKING_DAYS_CALENDAR, WorkingDaysCalendar
from coregs.rules._model import Anchor

if TYPE_CHECKING:
    from coregs._columns import Errors
    from coregs.rules._model import Rule
    from coregs.rules._reading import RuleReading

__all__ = ["Deadline", "deadline_for", "require_in_force", "resolve_rule_options"]


@dataclass(frozen=True, slots=True, repr=False)
class Deadline:
    """A rule's due date for one trigger, explaining itself: the rule and its quote, the
    options applied, and the counting (a :class:`~coregs.periods.DueDate`).

    Attributes:
        rule: the rule.
        trigger: day 0 (for a rolling recurrence, the previous act).
        due_date: the counting (:class:`~coregs.DueDate`), or ``None`` when the text states no
            period ("whenever", "each time"); a "promptly" rule has a ``DueDate`` whose ``due``
            is ``None``.
        options: the interpretation options applied.
        occurrence: for a recurring rule, which occurrence counted from ``trigger``.
        anchor: what ``trigger`` is for a recurring rule (the trigger, or the previous act).
    """

    rule: Rule
    trigger: date
    due_date: DueDate | None
    options: Options
    occurrence: int = 1
    anchor: Anchor = Anchor.TRIGGER

    @property
    def due(self) -> date | None:
        """The due date, or ``None`` when there is no fixed deadline."""
        return self.due_date.due if self.due_date is not None else None

    @property
    def has_fixed_date(self) -> bool:
        """False for "promptly" and for duties with no stated period."""
        return self.due is not None

    @property
    def citation(self) -> str:
        """The rule's citation."""
        return self.rule.citation

    @property
    def quote(self) -> str:
        """The sentence the rule implements, verbatim."""
        return self.rule.quote

    @property
    def period(self) -> Period | None:
        """The period counted (``None`` when the text states none)."""
        return self.due_date.period if self.due_date is not None else None

    @property
    def calendar(self) -> str | None:
        """The calendar used for business days or rolling, by name."""
        return self.due_date.calendar if self.due_date is not None else None

    @property
    def skipped(self) -> tuple[NonBusinessDay, ...]:
        """Each non-business day passed over, counting or rolling, with its name."""
        if self.due_date is None:
            return ()
        return (*self.due_date.skipped, *self.due_date.rolled_over)

    def steps(self) -> tuple[str, ...]:
        """The rule, the counting step by step, the roll and the options, in words."""
        rule = self.rule
        out = [f"{rule.citation} ({rule.id}): {rule.title}.", f'"{rule.quote}"']
        if self.due_date is None:
            out.append(f"Trigger {self.trigger.isoformat()}.")
            out.append(f'No period is stated ("{rule.timing}"): no fixed deadline.')
        else:
            if self.anchor is Anchor.PREVIOUS_ACT:
                out.append("Counted from the act that met the previous occurrence.")
            out.extend(self.due_date.steps())
            if self.due_date.roll is not Roll.NONE or rule.roll is not Roll.NONE:
                out.append(f"Roll {self.due_date.roll.value}: {rule.roll_basis}")
        used = [
            f"{c.name}={c.value}{'' if c.is_default else ' (overridden)'}"
            for c in self.options.chosen
            if c.name in rule.option_names
        ]
        if used:
            out.append("Options: " + ", ".join(used))
        return tuple(out)

    def explain(self) -> str:
        """:meth:`steps` as one text block."""
        return "\n".join(self.steps())

    def __repr__(self) -> str:
        return (
            f"Deadline(rule={self.rule.id!r}, period={self.period}, occurrence={self.occurrence})"
        )

    def __str__(self) -> str:
        due = self.due.isoformat() if self.due else "no fixed deadline"
        return f"{self.rule.short_citation} {self.rule.id}: {due}"

    def _repr_html_(self) -> str:
        from coregs._display.rules import deadline_html  # noqa: PLC0415 - display, on demand

        return deadline_html(self)


def resolve_rule_options(
    declared: tuple[Interpretation[Any], ...],
    options: Options | Mapping[str, str] | None,
    *,
    calendar_given: bool = False,
) -> Options:
    """Resolve overrides against ``declared``; a passed calendar sets the calendar option.

    A mapping is checked: an override that names an option the rule does not declare is an
    error, so a typo never goes unnoticed. An :class:`~coregs.Options` value (one set of options
    resolved for every entry point, or for a whole rulebook) was checked when it was resolved:
    its choices of the declared options apply, and the other choices the caller made are
    recorded as not used.

    Raises:
        UnknownOptionError: an unknown option or choice.
        InputError: both a calendar and a named ``working_days_calendar`` were given.
    """
    names = {o.name for o in declared}
    foreign: tuple[OptionChoice, ...] = ()
    if isinstance(options, Options):
        carried = options.set_by_caller()
        overrides = {c.name: c.value for c in carried if c.name in names}
        foreign = tuple(c for c in carried if c.name not in names)
    else:
        overrides = checked_overrides(options)
    name = WORKING_DAYS_CALENDAR.name
    if calendar_given and name in names:  # a calendar passed is the reading "caller"
        if overrides.get(name, WorkingDaysCalendar.CALLER) != WorkingDaysCalendar.CALLER:
            raise InputError(
                f"options.{name}", "pass either a calendar or a named calendar option, not both"
            )
        overrides[name] = WorkingDaysCalendar.CALLER
    resolved = resolve_options(declared, overrides)
    if not foreign:
        return resolved
    return Options(chosen=resolved.chosen, not_used=(*resolved.not_used, *foreign))


def require_in_force(rule: Rule, day: date, field: str) -> None:
    """Strict effective dating: raise unless ``rule`` is in force on ``day``."""
    if not rule.in_force_on(day):
        raise _not_in_force(rule, field)


def _not_in_force(rule: Rule, field: str) -> RuleNotInForceError:
    return RuleNotInForceError(
        field,
        f"outside the effective interval {rule.effective_text()} of this rule "
        f"({rule.effective_basis})",
        rule=rule.id,
    )


def deadline_for(
    rule: Rule,
    trigger: Any,
    *,
    calendar: BusinessCalendar | None = None,
    options: Options | Mapping[str, str] | None = None,
    occurrence: int = 1,
    as_of: date | None = None,
    errors: Errors = "raise",
    previous_acts: Sequence[date] = (),
) -> Any:
    """The :class:`Deadline` of ``rule`` from ``trigger``, or a column of due dates from a
    column of triggers (see :meth:`Rule.due`)."""
    column = type(trigger) is not date and hasattr(trigger, "__array__")
    if type(trigger) is not date and not column:
        raise InputError("trigger", "expected a datetime.date", rule=rule.id)
    if type(occurrence) is not int or occurrence < 1:
        raise InputError("occurrence", "expected a positive int", rule=rule.id)
    if occurrence > 1 and rule.recurrence is None:
        raise InputError("occurrence", "this rule does not recur", rule=rule.id)
    if as_of is not None or not column:
        when, field = (as_of, "as_of") if as_of is not None else (trigger, "trigger")
        require_in_force(rule, when, field)
    resolved = resolve_rule_options(
        rule.interpretations, options, calendar_given=calendar is not None
    )
    reading = rule.read(resolved)
    rolling = occurrence > 1 and reading.anchor is Anchor.PREVIOUS_ACT
    if column and rolling:
        raise InputError(
            "occurrence",
            "on a rolling schedule each occurrence counts from the act that met the "
            "previous one: pass those acts as the column of triggers, with occurrence=1",
            rule=rule.id,
        )
    try:
        if column:
            return _due_column(
                reading, trigger, calendar, occurrence, checked=as_of is not None, errors=errors
            )
        if rolling:  # occurrence k is one period after the act that met k - 1
            last = _last_act(rule, reading.options, trigger, occurrence, previous_acts)
            return reading.deadline(last, calendar=calendar, anchor=Anchor.PREVIOUS_ACT)
        return reading.deadline(trigger, calendar=calendar, occurrence=occurrence)
    except OutOfRangeError as exc:  # the counting's: a date of this rule's outside a calendar
        counted_from = f"previous_acts[{occurrence - 2}]" if rolling else "trigger"
        field = counted_from if exc.field == "trigger" else exc.field
        raise OutOfRangeError(field, exc.problem, rule=rule.id) from None


def _last_act(
    rule: Rule, options: Options, trigger: date, occurrence: int, acts: Sequence[date]
) -> date:
    """The act that met occurrence ``occurrence - 1`` of a rolling schedule, from
    ``previous_acts`` (one act per earlier occurrence, in order, none before the trigger).

    Raises:
        InputError: the acts are missing or not what they should be; the message says which
            option makes the schedule rolling.
    """
    acts = tuple(require_iterable(acts, "previous_acts"))
    if len(acts) != occurrence - 1:
        option = rule.recurrence.anchor_option if rule.recurrence is not None else None
        why = (
            f"under {option.name}={option.read(options)} each occurrence counts from the act "
            "that met the previous one"
            if option is not None
            else "each occurrence counts from the act that met the previous one"
        )
        raise InputError(
            "previous_acts",
            f"{why}: pass the date of the act that met each of the {occurrence - 1} earlier "
            "occurrence(s), or pass the last act as the trigger with occurrence=1",
            rule=rule.id,
        )
    before = trigger
    for act in acts:
        if type(act) is not date:
            raise InputError("previous_acts", "expected datetime.date values", rule=rule.id)
        if act < before:
            raise InputError(
                "previous_acts",
                "expected acts in date order, none before the trigger",
                rule=rule.id,
            )
        before = act
    return before


def _due_column(
    reading: RuleReading,
    triggers: Any,
    calendar: BusinessCalendar | None,
    occurrence: int,
    *,
    checked: bool,
    errors: Errors,
) -> Any:
    """The due dates of a column of triggers: a row before the rule took effect (unless
    ``as_of`` was checked instead) raises naming it, or is ``NaT`` (``errors="coerce"``)."""
    from coregs import _columns as columns  # noqa: PLC0415 - numpy, only for columns

    columns.check_errors(errors)
    rule = reading.rule
    if not checked:
        first, last = rule.effective_from, rule.effective_to
        triggers = columns.rows_within(
            triggers, first, last, errors, lambda loc: _not_in_force(rule, loc)
        )
    period = reading.counted
    if period is None:  # no period stated: no due date on any row
        return columns.missing_like(triggers)
    needs_calendar = period.counts_business_days or reading.roll is not Roll.NONE
    cal = reading.calendar(calendar) if needs_calendar else None
    return count_due(triggers, period, cal, reading.roll, occurrence, errors=errors)
