"""The Rule model: one immutable value per obligation, declared next to the sentence it implements.

A :class:`Rule` holds what a reviewer needs to audit it line by line (citation, verbatim quote,
timing phrase, trigger, the events that satisfy it, actor, recurrence, applicability, stated
exceptions and consequence, interpretation options, roll policy, effective dates, errata) and
computes its own deadline with :meth:`Rule.due`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum
from functools import cache, cached_property
from typing import TYPE_CHECKING, Annotated, Any, Literal, overload

from pydantic import Field, PlainSerializer, field_validator, model_validator

from coregs._model import Record
from coregs._options import Interpretation, Options
from coregs.periods import Period, Roll, Unit
from coregs.rules._events import ATTRIBUTES, EVENT_KINDS, EventKind, attribute_value_ok
from coregs.rules._interpretations import (
    ENTERED_FOSTER_CARE_DATE,
    UNQUALIFIED_DAYS,
    UnqualifiedDays,
)
from coregs.rules._sources import SourceDocument

if TYPE_CHECKING:
    from coregs._columns import Errors
    from coregs.calendar import BusinessCalendar
    from coregs.calendar._engine import Column
    from coregs.rules._deadline import Deadline
    from coregs.rules._reading import RuleReading

__all__ = [
    "Actor",
    "Anchor",
    "AnchorChoice",
    "AppliesIf",
    "AttributeIs",
    "CaseAttribute",
    "EndsWhen",
    "EnteredFosterCare",
    "Erratum",
    "EventMatch",
    "Exclusion",
    "OnEvents",
    "OnOption",
    "OptionField",
    "Quoted",
    "Recurrence",
    "Rule",
    "SourceDocument",
    "StatedException",
    "Trigger",
    "TriggerChoice",
    "normalise",
]

AttrValue = bool | int | str


def normalise(text: str) -> str:
    """Collapse every run of whitespace to one space (the only normalisation quotes get)."""
    return " ".join(text.split())


class Actor(StrEnum):
    """Who must act under a rule: the county department, a court (the county obtains the
    order), the client, the State Department, or the Ombudsman's staff."""

    COUNTY = "county"
    COURT = "court"
    CLIENT = "client"
    STATE_DEPARTMENT = "state department"
    OMBUDSMAN_STAFF = "ombudsman staff"


class Anchor(StrEnum):
    """Where occurrence k of a recurring rule is counted from.

    ``TRIGGER``: a fixed schedule, trigger + k x period, never chained. ``PREVIOUS_ACT``: a
    rolling one, each occurrence due one period after the act that met the previous one.
    """

    TRIGGER = "trigger"
    PREVIOUS_ACT = "previous act"


class Quoted(Record):
    """A verbatim sentence (or part of one) and where it is."""

    citation: str
    text: str


class AttributeIs(Record):
    """An event attribute test: the attribute ``name`` has one of the values ``one_of``."""

    name: str
    one_of: tuple[AttrValue, ...]

    @model_validator(mode="after")
    def _known(self) -> AttributeIs:
        if self.name not in ATTRIBUTES:
            raise ValueError(f"unknown event attribute {self.name!r}")
        for value in self.one_of:
            if not attribute_value_ok(self.name, value):
                raise ValueError(f"invalid value for event attribute {self.name!r}")
        return self


class EventMatch(Record):
    """An event kind, optionally narrowed by attribute tests (all must hold)."""

    kind: EventKind
    where: tuple[AttributeIs, ...] = ()

    @model_validator(mode="after")
    def _attributes_allowed(self) -> EventMatch:
        allowed = EVENT_KINDS[self.kind].allowed
        for test in self.where:
            if test.name not in allowed:
                raise ValueError(f"event kind {self.kind.value} has no attribute {test.name!r}")
        return self

    def matches(self, event: Any) -> bool:
        """Whether ``event`` (anything with ``kind`` and the attributes) matches."""
        if event.kind is not self.kind:
            return False
        return all(getattr(event, t.name, None) in t.one_of for t in self.where)

    def describe(self) -> str:
        """``placed_out_of_home (authority = voluntary_placement_agreement)``."""
        if not self.where:
            return self.kind.value
        tests = "; ".join(
            f"{t.name} = {' or '.join(str(v).lower() for v in t.one_of)}" for t in self.where
        )
        return f"{self.kind.value} ({tests})"


class OnEvents(Record):
    """The clock starts on any event matching one of ``any_of``."""

    type: Literal["events"] = "events"
    any_of: tuple[EventMatch, ...]

    def describe(self, options: Options | None = None) -> str:
        """The trigger in words."""
        return " or ".join(m.describe() for m in self.any_of)


OptionField = Annotated[Interpretation[Any], PlainSerializer(lambda o: o.name, return_type=str)]
"""A rule field that holds an interpretation option itself (not its name), so that a misspelt
option is a ``NameError`` or a type error at declaration; a dump (and a schema) shows the
option's name. Give the field its title: a schema drawn from a serializer has none."""


def _readings_of(option: Interpretation[Any], values: list[str], what: str) -> None:
    if sorted(values) != sorted(c.value for c in option.choices):
        raise ValueError(f"{what}: give exactly one choice per reading of option {option.name}")


class TriggerChoice(Record):
    """The events one reading of an option makes the trigger."""

    value: str
    any_of: tuple[EventMatch, ...]


class OnOption(Record):
    """The trigger depends on an interpretation option (the text leaves it unstated)."""

    # (The docstring is the schema's description, in the service's OpenAPI document.)
    # option: the option itself, dumped by name; choices: the events each of its readings makes
    # the trigger, one per reading.

    type: Literal["option"] = "option"
    option: OptionField = Field(title="Option")
    choices: tuple[TriggerChoice, ...]

    @model_validator(mode="after")
    def _one_choice_per_reading(self) -> OnOption:
        _readings_of(self.option, [c.value for c in self.choices], "trigger")
        return self

    def events_for(self, reading: str) -> tuple[EventMatch, ...]:
        """The events that start the clock under ``reading`` (a member of the option's
        readings)."""
        for choice in self.choices:
            if choice.value == reading:
                return choice.any_of
        raise KeyError(reading)

    def describe(self, options: Options | None = None) -> str:
        """The trigger in words (under ``options``, or every reading)."""
        name = self.option.name
        if options is not None and name in options:
            events = self.events_for(self.option.read(options))
            return " or ".join(m.describe() for m in events) + f" (option {name})"
        return f"per option {name}: " + "; ".join(
            f"{c.value} -> {' or '.join(m.describe() for m in c.any_of)}" for c in self.choices
        )


class EnteredFosterCare(Record):
    """The trigger is "the date the child enters foster care", which 7.601 does not define.

    The date is derived from the timeline by :func:`coregs.rules.entered_foster_care_date` under
    the option ``option`` (45 CFR 1355.20 by default; or the removal or placement date).
    """

    type: Literal["entered_foster_care"] = "entered_foster_care"
    option: OptionField = Field(default=ENTERED_FOSTER_CARE_DATE, title="Option")

    @model_validator(mode="after")
    def _the_entry_option(self) -> EnteredFosterCare:
        if self.option.name != ENTERED_FOSTER_CARE_DATE.name:
            raise ValueError(f"the entry date is read under {ENTERED_FOSTER_CARE_DATE.name}")
        return self

    def describe(self, options: Options | None = None) -> str:
        """The trigger in words."""
        name = self.option.name
        reading = self.option.read(options) if options is not None and name in options else None
        head = "the date the child enters foster care"
        return f"{head} ({reading})" if reading else f"{head} (per option {name})"


Trigger = Annotated[OnEvents | OnOption | EnteredFosterCare, Field(discriminator="type")]
"""What starts a rule's clock: fixed events, events chosen by an option, or a derived date."""


class AnchorChoice(Record):
    """The anchor one reading of an option selects."""

    value: str
    anchor: Anchor


class Recurrence(Record):
    """A rule that recurs: "every six (6) months".

    Attributes:
        every: the recurring period (``every=True``); it equals the rule's first period.
        phrase: the verbatim words that make it recur.
        anchor: the default anchor (:class:`Anchor`).
        anchor_option: an option choosing the anchor, if the text is ambiguous.
        anchor_choices: what each reading of that option selects.
    """

    # (The docstring is the schema's description, in the service's OpenAPI document.) The
    # option is held itself and dumped by name; with one, ``anchor`` is what its default reading
    # selects, and the choices cover each of its readings once.

    every: Period
    phrase: str
    anchor: Anchor
    anchor_option: OptionField | None = Field(default=None, title="Anchor Option")
    anchor_choices: tuple[AnchorChoice, ...] = ()

    @model_validator(mode="after")
    def _recurs(self) -> Recurrence:
        if not self.every.every:
            raise ValueError("recurrence.every must be a recurring period")
        if self.anchor_option is None:
            if self.anchor_choices:
                raise ValueError("recurrence.anchor_choices need an anchor_option")
            return self
        option = self.anchor_option
        _readings_of(option, [c.value for c in self.anchor_choices], "recurrence")
        if self._chosen(option.default) is not self.anchor:
            raise ValueError(
                f"recurrence.anchor must be what the default reading of {option.name} selects"
            )
        return self

    def _chosen(self, reading: str) -> Anchor:
        for choice in self.anchor_choices:
            if choice.value == reading:
                return choice.anchor
        raise KeyError(reading)

    def anchor_for(self, options: Options) -> Anchor:
        """The anchor under ``options``."""
        if self.anchor_option is None:
            return self.anchor
        return self._chosen(self.anchor_option.read(options))


CaseAttribute = Literal[
    "program_area", "dn_or_jd_case", "ssi_application_appropriate", "emergency_assistance_applies"
]
"""The case-level facts a rule's applicability can test (fields of :class:`coregs.Case`)."""


class AppliesIf(Record):
    """A condition on the case for the rule to apply; unknown facts make it indeterminate.

    Attributes:
        attribute: the case fact tested.
        one_of: the values for which the rule applies.
        quote: the words that limit the rule.
        citation: where they are.
        description: the condition in words (names values, not case facts).
    """

    attribute: CaseAttribute
    one_of: tuple[AttrValue, ...]
    quote: str
    citation: str
    description: str

    def test(self, case: Any) -> bool | None:
        """True / False, or None when the case does not state the fact."""
        value = getattr(case, self.attribute, None)
        if value is None:
            return None
        return value in self.one_of


class StatedException(Record):
    """An exception the text states, quoted.

    Attributes:
        quote: the exception's words.
        citation: where they are.
        documented_by: the event kind that records that the exception applies, or ``None``
            when no case event can show it (the exception is then listed, not evaluated).
        note: how coregs applies it.
    """

    quote: str
    citation: str
    documented_by: EventKind | None = None
    note: str = ""


class EndsWhen(Record):
    """Events that end the obligation (a discharge ends a stay; a closure ends a case).

    An occurrence not yet met when such an event happens, and not yet due, is not applicable;
    a recurring rule has no occurrence due after it.

    Attributes:
        any_of: the ending events.
        reason: why they end it, in words.
        quote: the words of the text that say so, if any.
    """

    any_of: tuple[EventMatch, ...]
    reason: str
    quote: str | None = None


class Erratum(Record):
    """A defect in the text, recorded and never followed.

    Attributes:
        citation: where the defect is.
        text: the defective words, verbatim.
        kind: ``"cross-reference"`` (points at the wrong place) or ``"wording"``.
        cited_as: for a cross-reference, what the text cites.
        resolves_to: for a cross-reference, what it must mean.
        note: why.
    """

    citation: str
    text: str
    kind: Literal["cross-reference", "wording"]
    cited_as: str | None = None
    resolves_to: str | None = None
    note: str

    @model_validator(mode="after")
    def _cross_reference_resolves(self) -> Erratum:
        if self.kind == "cross-reference" and not (self.cited_as and self.resolves_to):
            raise ValueError("a cross-reference erratum needs cited_as and resolves_to")
        return self


class Exclusion(Record):
    """A sentence with a period or timing phrase that is deliberately not a rule, and why."""

    citation: str
    text: str
    reason: str
    handled_by: str = ""


_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class Rule(Record):
    """One obligation of the regulation, as data.

    Attributes:
        id: a stable slug (``"service-request-contact"``).
        citation: the full citation (``"12 CCR 2509-7.601.4.C"``, ``"... 7.601.6.B ¶2"``).
        source: the document quoted.
        title: a short name.
        quote: the sentence(s) the rule implements, verbatim.
        timing: the timing words, verbatim and inside ``quote`` ("within five (5) working
            days", "promptly", "whenever").
        period: the first (or only) period; ``None`` when the text states none ("whenever",
            "each time", "anytime"), which is a rule with no fixed deadline.
        trigger: what starts the clock.
        satisfied_by: events that meet it (any of them).
        actor: who must act; ``actor_note`` says more when the text is passive.
        recurrence: how it recurs, or ``None`` for a one-off.
        applies_if: conditions on the case (all must hold).
        exceptions: stated exceptions, each quoted.
        consequence: the stated consequence of missing it, quoted, or ``None``.
        related: other sentences that bear on it (evidence limits, restatements).
        ends: events that end the obligation.
        interpretations: the options that change how it is read.
        roll: whether a calendar-day or month due date on a closed day rolls, and
            ``roll_basis`` why.
        effective_from, effective_to: the interval in which the rule is in force (``None``:
            open); ``effective_basis`` says where the dates come from.
        errata: defects in the text that touch this rule.
        notes: how coregs reads it, in words.
    """

    id: str
    citation: str
    source: SourceDocument
    title: str
    quote: str
    timing: str
    period: Period | None
    trigger: Trigger
    satisfied_by: tuple[EventMatch, ...]
    actor: Actor
    actor_note: str = ""
    recurrence: Recurrence | None = None
    applies_if: tuple[AppliesIf, ...] = ()
    exceptions: tuple[StatedException, ...] = ()
    consequence: Quoted | None = None
    related: tuple[Quoted, ...] = ()
    ends: EndsWhen | None = None
    interpretations: tuple[Interpretation[Any], ...] = ()
    roll: Roll = Roll.NONE
    roll_basis: str = ""
    effective_from: date | None = None
    effective_to: date | None = None
    effective_basis: str = ""
    errata: tuple[Erratum, ...] = ()
    notes: tuple[str, ...] = ()

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("rule id must be a lower-case slug such as 'service-request-contact'")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Rule:
        for check in (
            self._words_problem,
            self._options_problem,
            self._periods_problem,
            self._effective_problem,
        ):
            if problem := check():
                raise ValueError(f"rule {self.id}: {problem}")
        return self

    def _words_problem(self) -> str:
        """The citation, timing words and acts a rule is read from."""
        if not self.citation.startswith(self.source.key):
            return f"citation must start with {self.source.key!r}"
        if normalise(self.timing) not in normalise(self.quote):
            return "the timing words must appear in the quote"
        if not self.satisfied_by:
            return "satisfied_by must name at least one event"
        return ""

    def _options_problem(self) -> str:
        """Options are declared once each, and every option used is declared."""
        names = [o.name for o in self.interpretations]
        if len(set(names)) != len(names):
            return "interpretation names must be unique"
        for needed in self._option_names_used():
            if needed not in names:
                return f"option {needed!r} is used but not declared"
        return ""

    def _periods_problem(self) -> str:
        """The first period is one-off; a recurring rule's equals its recurring period."""
        if self.recurrence is not None:
            if self.period is None or self.period.unit != self.recurrence.every.unit:
                return "a recurring rule needs a period in its unit"
            if self.period.amount != self.recurrence.every.amount:
                return "the first period must equal the recurring one"
            if normalise(self.recurrence.phrase) not in normalise(self.quote):
                return "the recurrence words must appear in the quote"
        if self.period is not None and self.period.every:
            return "period is the one-off first period"
        return ""

    def _effective_problem(self) -> str:
        start, end = self.effective_from, self.effective_to
        if start is not None and end is not None and end < start:
            return "effective_to is before effective_from"
        return ""

    def _option_names_used(self) -> tuple[str, ...]:
        used: list[str] = []
        if isinstance(self.trigger, OnOption | EnteredFosterCare):
            used.append(self.trigger.option.name)
        if self.recurrence is not None and self.recurrence.anchor_option is not None:
            used.append(self.recurrence.anchor_option.name)
        return tuple(used)

    # -- reading the rule ---------------------------------------------------------------------

    @property
    def short_citation(self) -> str:
        """The citation without the document prefix for 12 CCR (``"7.601.4.C"``)."""
        return self.source.shorten(self.citation)

    @property
    def section(self) -> str:
        """The regulation section (``"7.601.71"``), or the document for other sources."""
        return self.source.section(self.citation)

    @property
    def has_fixed_deadline(self) -> bool:
        """False for "promptly" and for duties with no period ("whenever", "each time")."""
        return self.period is not None and self.period.unit is not Unit.PROMPTLY

    @cached_property
    def option_names(self) -> frozenset[str]:
        """The names of the interpretation options this rule declares."""
        return frozenset(o.name for o in self.interpretations)

    def period_for(self, options: Options | None = None) -> Period | None:
        """The first period under ``options`` (only the option ``unqualified_days`` changes it:
        what a bare "days" in the timing words counts)."""
        name = UNQUALIFIED_DAYS.name
        if self.period is None or options is None or name not in self.option_names:
            return self.period
        if name not in options:
            return self.period
        return _reparse(self.timing, UNQUALIFIED_DAYS.read(options))

    def recurring_period_for(self, options: Options | None = None) -> Period | None:
        """The recurring period (``every=True``), or ``None`` for a one-off rule."""
        if self.recurrence is None:
            return None
        first = self.period_for(options)
        assert first is not None
        return Period(first.amount, first.unit, every=True)

    def in_force_on(self, day: date) -> bool:
        """Whether the rule is in force on ``day``."""
        if self.effective_from is not None and day < self.effective_from:
            return False
        return not (self.effective_to is not None and day > self.effective_to)

    def effective_text(self) -> str:
        """The effective interval in words."""
        start = self.effective_from.isoformat() if self.effective_from else "(no start stated)"
        end = self.effective_to.isoformat() if self.effective_to else "open"
        return f"{start} .. {end}"

    def read(self, options: Options) -> RuleReading:
        """This rule under ``options``: each option it declares read once into a typed value
        (the period counted, the roll, the anchor, the trigger events, the entry-date reading).

        ``options`` must cover the rule's options (:meth:`resolve` gives such a value, and so
        does ``Rulebook.options``).

        Raises:
            UnknownOptionError: ``options`` lacks an option the rule declares.
        """
        from coregs.rules._reading import read_rule  # noqa: PLC0415

        return read_rule(self, options)

    def resolve(
        self,
        options: Options | Mapping[str, str] | None = None,
        *,
        calendar_given: bool = False,
    ) -> Options:
        """The interpretation options for this rule: defaults plus ``options`` overrides."""
        from coregs.rules._deadline import resolve_rule_options  # noqa: PLC0415

        return resolve_rule_options(self.interpretations, options, calendar_given=calendar_given)

    @overload
    def due(
        self,
        trigger: date,
        *,
        calendar: BusinessCalendar | None = None,
        options: Options | Mapping[str, str] | None = None,
        occurrence: int = 1,
        as_of: date | None = None,
        errors: Errors = "raise",
        previous_acts: Sequence[date] = (),
    ) -> Deadline: ...
    @overload
    def due(
        self,
        trigger: Column,
        *,
        calendar: BusinessCalendar | None = None,
        options: Options | Mapping[str, str] | None = None,
        occurrence: int = 1,
        as_of: date | None = None,
        errors: Errors = "raise",
    ) -> Column: ...
    def due(
        self,
        trigger: Any,
        *,
        calendar: BusinessCalendar | None = None,
        options: Options | Mapping[str, str] | None = None,
        occurrence: int = 1,
        as_of: date | None = None,
        errors: Errors = "raise",
        previous_acts: Sequence[date] = (),
    ) -> Any:
        """The deadline counted from ``trigger``, with the counting steps and the quote.

        ``trigger`` may be a column of dates (a numpy ``datetime64`` array, a pandas Series or
        DatetimeIndex; needs numpy): the due dates come as a column of its shape (``NaT`` where
        the rule states no period), without the explanations. A row before the rule took
        effect (when no ``as_of`` is given), or out of the calendar's years, raises naming the
        row, or is ``NaT`` with ``errors="coerce"``.

        Args:
            trigger: day 0 (the trigger event's date; for a rolling recurrence, the previous
                act's date).
            calendar: the business-day calendar; by default the one the option
                ``working_days_calendar`` names (Colorado legal holidays as observed).
            options: interpretation overrides by name, or an :class:`~coregs.Options` value.
            occurrence: for a recurring rule, the k-th occurrence: on a fixed schedule counted
                from ``trigger`` (trigger + k x period, never chained); on a rolling one (the
                rule's anchor option reads "previous act", or 7.601.71.M) one period after the
                act that met occurrence k - 1, which ``previous_acts`` must then give.
            as_of: if given, the rule must be in force on this date (strict effective dating).
            previous_acts: for a rolling schedule, the date of the act that met each earlier
                occurrence, in order; a fixed schedule does not move with acts and ignores them.
                (For a column on a rolling schedule, pass the previous acts as the triggers,
                with ``occurrence=1``.)

        Raises:
            RuleNotInForceError: ``as_of`` (or, without it, ``trigger``) is outside the rule's
                effective interval.
            UnknownOptionError: an option or a choice that does not exist.
            OutOfRangeError: the count leaves the calendar's years, naming the rule and
                ``trigger`` (on a rolling schedule ``previous_acts[k]``; a column's row
                ``trigger[i]``) when it is outside them, else ``due`` (``due[i]``).
            InputError: a trigger that is not a date, a bad occurrence; on a rolling schedule,
                ``occurrence > 1`` without one previous act per earlier occurrence (the options
                say to count from them, and nothing else is computed in their place).
        """
        from coregs.rules._deadline import deadline_for  # noqa: PLC0415

        return deadline_for(
            self,
            trigger,
            calendar=calendar,
            options=options,
            occurrence=occurrence,
            as_of=as_of,
            errors=errors,
            previous_acts=previous_acts,
        )

    def revise(self, **changes: Any) -> Rule:
        """A validated copy with ``changes`` (a county's variant: another id, period ...).

        Unlike ``model_copy(update=...)``, the copy is checked like any rule (the timing words
        must still be in the quote, options used must be declared, ...).

        Example:
            >>> from coregs.periods import Period, Unit
            >>> from coregs.rules import RULEBOOK
            >>> rule = RULEBOOK.get("emergency-removal-order-copy")
            >>> county = rule.revise(id="county-order-copy", period=Period(2, Unit.WORKING_DAYS))
            >>> county.period
            Period(2, Unit.WORKING_DAYS)
        """
        data = {name: getattr(self, name) for name in type(self).model_fields}
        data.update(changes)
        return type(self).model_validate(data)

    def __str__(self) -> str:
        return f"{self.short_citation} {self.id}: {self.title}"

    def __repr__(self) -> str:
        from coregs._display.rules import rule_repr  # noqa: PLC0415 - display, on demand

        return rule_repr(self)

    def _repr_html_(self) -> str:
        from coregs._display.rules import rule_html  # noqa: PLC0415

        return rule_html(self)


_BARE_DAYS = {
    UnqualifiedDays.CALENDAR_DAYS: Unit.CALENDAR_DAYS,
    UnqualifiedDays.WORKING_DAYS: Unit.WORKING_DAYS,
}
"""What each reading of ``unqualified_days`` makes a bare "days" count."""


@cache
def _reparse(timing: str, reading: UnqualifiedDays) -> Period:
    parsed = Period.parse(timing, unqualified_days=_BARE_DAYS[reading])
    return Period(parsed.amount, parsed.unit)
