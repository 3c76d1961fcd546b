"""Small helpers that keep the catalog modules reading like the regulation.

:func:`rule` fills what follows from the text itself: the period parsed from the timing words,
the recurrence when the words say "every", the full citation, and the cross-cutting options
(which calendar counts working days; whether a calendar-day due date rolls).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from coregs._options import Interpretation
from coregs.periods import Period, Roll
from coregs.rules._events import EventKind
from coregs.rules._model import (
    Actor,
    Anchor,
    AnchorChoice,
    AppliesIf,
    AttributeIs,
    EndsWhen,
    EnteredFosterCare,
    Erratum,
    EventMatch,
    OnEvents,
    OnOption,
    Quoted,
    Recurrence,
    Rule,
    SourceDocument,
    StatedException,
    TriggerChoice,
)
from coregs.rules.catalog._options import CALENDAR_DAY_ROLL, WORKING_DAYS_CALENDAR
from coregs.rules.catalog._sources import CCR_7_601, EFFECTIVE_7_601

__all__ = ["AUTO", "ROLLS_AT_OFFICE", "event", "on", "on_option", "rule", "where"]

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


def on(*matches: EventMatch | EventKind) -> OnEvents:
    """A trigger on any of these events."""
    return OnEvents(any_of=tuple(m if isinstance(m, EventMatch) else event(m) for m in matches))


def on_option(option: Interpretation[Any], **choices: EventMatch | EventKind) -> OnOption:
    """A trigger chosen by ``option``; keyword names are the option's choice values."""
    declared = {c.value for c in option.choices}
    if set(choices) != declared:
        raise ValueError(f"on_option({option.name}): give one trigger per choice")
    return OnOption(
        option=option.name,
        choices=tuple(
            TriggerChoice(value=k, any_of=(v if isinstance(v, EventMatch) else event(v),))
            for k, v in choices.items()
        ),
    )


def rule(
    *,
    id: str,
    citation: str,
    title: str,
    quote: str,
    timing: str,
    trigger: OnEvents | OnOption | EnteredFosterCare,
    satisfied_by: tuple[EventMatch | EventKind, ...],
    actor: Actor,
    period: Period | None = AUTO,
    actor_note: str = "",
    anchor: Anchor | None = None,
    anchor_option: Interpretation[Any] | None = None,
    anchor_choices: dict[str, Anchor] | None = None,
    recurrence_phrase: str | None = None,
    applies_if: tuple[AppliesIf, ...] = (),
    exceptions: tuple[StatedException, ...] = (),
    consequence: Quoted | None = None,
    related: tuple[Quoted, ...] = (),
    ends: EndsWhen | None = None,
    options: tuple[Interpretation[Any], ...] = (),
    roll: Roll = Roll.NONE,
    roll_basis: str = "",
    effective: tuple[date | None, str] = EFFECTIVE_7_601,
    source: SourceDocument = CCR_7_601,
    errata: tuple[Erratum, ...] = (),
    notes: tuple[str, ...] = (),
) -> Rule:
    """Declare a rule; see :class:`~coregs.rules.Rule` for the fields.

    ``period`` defaults to the timing words parsed (``"within five (5) working days"``); a
    recurring phrase ("at least every six (6) months") also makes the recurrence, anchored on
    ``anchor`` (optionally chosen by ``anchor_option``). ``citation`` is the short form.
    """
    recurrence = None
    if period is AUTO:
        parsed = Period.parse(timing)
        period = Period(parsed.amount, parsed.unit)
        if parsed.every:
            recurrence_phrase = recurrence_phrase or timing
    if recurrence_phrase is not None:
        assert period is not None
        assert anchor is not None
        recurrence = Recurrence(
            every=Period(period.amount, period.unit, every=True),
            phrase=recurrence_phrase,
            anchor=anchor,
            anchor_option=anchor_option.name if anchor_option else None,
            anchor_choices=tuple(
                AnchorChoice(value=k, anchor=v) for k, v in (anchor_choices or {}).items()
            ),
        )
    declared = list(options)
    if anchor_option is not None:
        declared.append(anchor_option)
    if period is not None and period.unit.countable:
        declared.append(WORKING_DAYS_CALENDAR if period.counts_business_days else CALENDAR_DAY_ROLL)
    if roll is not Roll.NONE and not roll_basis:
        roll_basis = ROLLS_AT_OFFICE
    full = citation if citation.startswith(source.key) else f"{source.key}{citation}"
    return Rule(
        id=id,
        citation=full,
        source=source,
        title=title,
        quote=quote,
        timing=timing,
        period=period,
        trigger=trigger,
        satisfied_by=tuple(m if isinstance(m, EventMatch) else event(m) for m in satisfied_by),
        actor=actor,
        actor_note=actor_note,
        recurrence=recurrence,
        applies_if=applies_if,
        exceptions=exceptions,
        consequence=consequence,
        related=related,
        ends=ends,
        interpretations=tuple(declared),
        roll=roll,
        roll_basis=roll_basis,
        effective_from=effective[0],
        effective_basis=effective[1],
        errata=errata,
        notes=notes,
    )
