"""Small helpers that keep the catalog modules reading like the regulation.

:func:`rule` derives what follows from the text itself and passes every other field to
:class:`~coregs.rules.Rule` unchanged (each field is declared once, on the model): the full
citation from the reference within the source document, the period parsed from the timing words,
the recurrence when the words say "every", the options the trigger and the anchor use, and the
cross-cutting options (which calendar counts working days; whether a calendar-day due date
rolls). :func:`on_option` and :func:`anchor_by` take one entry per reading of an option, keyed
by the option's ``StrEnum``, so a misspelt reading fails type-checking.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from coregs._options import Interpretation
from coregs.periods import Period, Roll
from coregs.rules._events import EventKind
from coregs.rules._model import (
    Anchor,
    AnchorChoice,
    AttributeIs,
    EnteredFosterCare,
    EventMatch,
    OnEvents,
    OnOption,
    Recurrence,
    Rule,
    SourceDocument,
    Trigger,
    TriggerChoice,
)
from coregs.rules.catalog._options import CALENDAR_DAY_ROLL, WORKING_DAYS_CALENDAR
from coregs.rules.catalog._sources import CCR_7_601, EFFECTIVE_7_601

__all__ = [
    "AUTO",
    "NEVER_ROLLS_COURT",
    "ROLLS_AT_OFFICE",
    "AnchorByOption",
    "anchor_by",
    "event",
    "on",
    "on_option",
    "rule",
    "where",
]

R = TypeVar("R", bound=StrEnum)

AUTO: Any = object()
"""Marker: derive the period from the timing words."""

ROLLS_AT_OFFICE = (
    "an act due at or by a county department or other public office on a day it is closed "
    "stands continued to its next full business day (C.R.S. 24-11-110)"
)
NEVER_ROLLS_COURT = (
    "a court order is dated when the court makes it, and Title IV-E time limits (45 CFR "
    "1356.21) have no weekend or holiday extension"
)


def where(name: str, *values: bool | str) -> AttributeIs:
    """An attribute test: ``where("authority", "voluntary_placement_agreement")``."""
    return AttributeIs(name=name, one_of=values)


def event(kind: EventKind, *tests: AttributeIs) -> EventMatch:
    """An event kind, narrowed by attribute tests."""
    return EventMatch(kind=kind, where=tests)


def _match(m: EventMatch | EventKind) -> EventMatch:
    return m if isinstance(m, EventMatch) else event(m)


def on(*matches: EventMatch | EventKind) -> OnEvents:
    """A trigger on any of these events."""
    return OnEvents(any_of=tuple(_match(m) for m in matches))


def on_option(option: Interpretation[R], choices: Mapping[R, EventMatch | EventKind]) -> OnOption:
    """A trigger chosen by ``option``: the event each of its readings makes the trigger."""
    return OnOption(
        option=option,
        choices=tuple(TriggerChoice(value=k, any_of=(_match(v),)) for k, v in choices.items()),
    )


@dataclass(frozen=True, slots=True)
class AnchorByOption(Generic[R]):
    """A recurrence anchor chosen by an option: the anchor each of its readings selects."""

    option: Interpretation[R]
    choices: Mapping[R, Anchor]


def anchor_by(option: Interpretation[R], choices: Mapping[R, Anchor]) -> AnchorByOption[R]:
    """The anchor is ``choices[reading]`` under the reading of ``option``."""
    return AnchorByOption(option, choices)


def _recurrence(period: Period, phrase: str, anchor: Anchor | AnchorByOption[Any]) -> Recurrence:
    every = Period(period.amount, period.unit, every=True)
    if isinstance(anchor, Anchor):
        return Recurrence(every=every, phrase=phrase, anchor=anchor)
    option = anchor.option
    return Recurrence(
        every=every,
        phrase=phrase,
        anchor=anchor.choices[option.readings(option.default)],
        anchor_option=option,
        anchor_choices=tuple(AnchorChoice(value=k, anchor=v) for k, v in anchor.choices.items()),
    )


def _trigger_option(trigger: Trigger) -> tuple[Interpretation[Any], ...]:
    return (trigger.option,) if isinstance(trigger, OnOption | EnteredFosterCare) else ()


def rule(
    *,
    ref: str,
    timing: str,
    trigger: Trigger,
    satisfied_by: tuple[EventMatch | EventKind, ...],
    period: Period | None = AUTO,
    anchor: Anchor | AnchorByOption[Any] | None = None,
    recurrence_phrase: str | None = None,
    options: tuple[Interpretation[Any], ...] = (),
    roll: Roll = Roll.NONE,
    roll_basis: str = "",
    effective: tuple[date | None, str] = EFFECTIVE_7_601,
    source: SourceDocument = CCR_7_601,
    **fields: Any,
) -> Rule:
    """Declare a rule; every field not named here is a :class:`~coregs.rules.Rule` field.

    Args:
        ref: the reference within ``source`` (``"4.C"`` in 12 CCR 2509-7.601, ``"1 (Intake)"``
            in the Ombudsman's case process); the rule's citation is ``source.cite(ref)``.
        timing: the timing words; ``period`` defaults to them parsed (``"within five (5)
            working days"``), and a recurring phrase ("at least every six (6) months") also
            makes the recurrence.
        anchor: for a recurring rule, where occurrences count from: an :class:`Anchor`, or
            :func:`anchor_by` an option.
        recurrence_phrase: the words that make the rule recur, when they are not the timing
            words (7.601.71.K.2: "within twelve (12) months ... and every twelve (12) months
            thereafter").
        options: interpretation options the rule declares beyond those its trigger, its anchor
            and its period already use.
        roll, roll_basis: the roll policy and why (an office's act rolls forward by default).
        effective: the effective-from date and where it comes from.
    """
    if period is AUTO:
        parsed = Period.parse(timing)
        period = Period(parsed.amount, parsed.unit)
        if parsed.every:
            recurrence_phrase = recurrence_phrase or timing
    recurrence = None
    if recurrence_phrase is not None:
        if period is None or anchor is None:
            raise ValueError(f"rule {ref}: a recurring rule needs a period and an anchor")
        recurrence = _recurrence(period, recurrence_phrase, anchor)
    elif anchor is not None:
        raise ValueError(f"rule {ref}: an anchor is only for a recurring rule")
    declared = [*_trigger_option(trigger), *options]
    if recurrence is not None and recurrence.anchor_option is not None:
        declared.append(recurrence.anchor_option)
    if period is not None and period.unit.countable:
        declared.append(WORKING_DAYS_CALENDAR if period.counts_business_days else CALENDAR_DAY_ROLL)
    return Rule(
        citation=source.cite(ref),
        source=source,
        timing=timing,
        period=period,
        trigger=trigger,
        satisfied_by=tuple(_match(m) for m in satisfied_by),
        recurrence=recurrence,
        interpretations=tuple(declared),
        roll=roll,
        roll_basis=roll_basis or (ROLLS_AT_OFFICE if roll is not Roll.NONE else ""),
        effective_from=effective[0],
        effective_basis=effective[1],
        **fields,
    )
