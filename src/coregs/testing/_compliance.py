"""Hypothesis strategies for valid case timelines.

Every case these strategies generate passes :meth:`coregs.Case.parse`, and
:func:`coregs.check_case` must evaluate it without raising (a property the coregs test suite
checks). By default a case is built around one to three rules of the rulebook, drawing its
events from the kinds those rules use, so that triggers, acts, exceptions and ending events meet
often enough to exercise the evaluator.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import strategies as st

from coregs.compliance import Case, Event
from coregs.rules import (
    ATTRIBUTES,
    EVENT_KINDS,
    RULEBOOK,
    EnteredFosterCare,
    EventKind,
    OnEvents,
    OnOption,
    Rule,
    Rulebook,
)
from coregs.testing._dates import DEFAULT_END, DEFAULT_START
from coregs.testing._show import parser

__all__ = ["cases", "events"]


def _attribute(name: str) -> st.SearchStrategy[Any]:
    kind = ATTRIBUTES[name]
    if kind is bool:
        return st.booleans()
    return st.sampled_from([m.value for m in kind])


def _event_data(pool: list[EventKind], start: date, end: date) -> st.SearchStrategy[dict[str, Any]]:
    """One event as plain data: a kind from ``pool``, a date, its attributes."""

    @st.composite
    def draw(draw: st.DrawFn) -> dict[str, Any]:
        kind = draw(st.sampled_from(pool))
        info = EVENT_KINDS[kind]
        out: dict[str, Any] = {"kind": kind.value, "date": draw(st.dates(start, end))}
        for name in info.required:
            out[name] = draw(_attribute(name))
        for name in info.optional:
            if draw(st.booleans()):
                out[name] = draw(_attribute(name))
        return out

    return draw()


def events(
    kinds: tuple[EventKind, ...] | None = None,
    *,
    start: date = DEFAULT_START,
    end: date = DEFAULT_END,
) -> st.SearchStrategy[Event]:
    """One :class:`~coregs.Event`: a kind from ``kinds`` (default: any), a date in
    ``start..end``, the attributes its kind requires, and sometimes those it allows."""
    pool = list(kinds) if kinds else list(EventKind)
    return _event_data(pool, start, end).map(parser("Event", Event.parse, "event"))


def _kinds_of(rule: Rule) -> set[EventKind]:
    kinds = {m.kind for m in rule.satisfied_by}
    trigger = rule.trigger
    if isinstance(trigger, OnEvents):
        kinds |= {m.kind for m in trigger.any_of}
    elif isinstance(trigger, OnOption):
        kinds |= {m.kind for c in trigger.choices for m in c.any_of}
    elif isinstance(trigger, EnteredFosterCare):
        kinds |= {EventKind.REMOVAL, EventKind.PLACED_OUT_OF_HOME, EventKind.ADJUDICATION}
    if rule.ends is not None:
        kinds |= {m.kind for m in rule.ends.any_of}
    kinds |= {e.documented_by for e in rule.exceptions if e.documented_by is not None}
    return kinds


def cases(
    *,
    rulebook: Rulebook = RULEBOOK,
    start: date = DEFAULT_START,
    end: date = DEFAULT_END,
    max_events: int = 20,
    focus: bool = True,
) -> st.SearchStrategy[Case]:
    """Valid :class:`~coregs.Case` values with up to ``max_events`` events in ``start..end``.

    Args:
        rulebook: the rules whose event kinds the timeline is drawn from.
        start, end: the range of event dates.
        max_events: the most events a case has.
        focus: draw events from the kinds of one to three rules (default), rather than from
            the whole vocabulary.
    """
    rules = list(rulebook)

    @st.composite
    def draw(draw: st.DrawFn) -> dict[str, Any]:
        if focus and rules:
            chosen = draw(st.lists(st.sampled_from(rules), min_size=1, max_size=3))
            pool = sorted(set().union(*(_kinds_of(r) for r in chosen)))
        else:
            pool = list(EventKind)
        raw = draw(st.lists(_event_data(pool, start, end), max_size=max_events))
        for i, event in enumerate(raw):
            if draw(st.integers(0, 3)) == 0:
                event["id"] = f"e{i}"
        ids = [e["id"] for e in raw if "id" in e]
        if ids:
            for event in raw:
                if draw(st.integers(0, 5)) == 0:
                    target = draw(st.sampled_from(ids))
                    if target != event.get("id"):
                        event["responds_to"] = target
        data: dict[str, Any] = {
            "case_ref": draw(st.none() | st.just("GEN-1")),
            "program_area": draw(st.sampled_from([None, 3, 4, 5, 6])),
            "dn_or_jd_case": draw(st.sampled_from([None, "none", "open", "closed"])),
            "ssi_application_appropriate": draw(st.sampled_from([None, True, False])),
            "emergency_assistance_applies": draw(st.sampled_from([None, True, False])),
            "events": raw,
        }
        return data

    return draw().map(parser("Case", Case.parse, "case"))
