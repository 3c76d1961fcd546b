"""Evaluating a case against a rulebook as of a date: one finding per rule occurrence.

How a timeline is read (stated once):

* Events after ``as_of`` are ignored: the result is what was known on ``as_of``.
* Each event matching a rule's trigger starts a *chain* (one obligation). "The date the child
  enters foster care" is derived per removal (or placement) under the option
  ``entered_foster_care_date``.
* An act meets an occurrence if it matches ``satisfied_by``, is dated on or after the
  occurrence's window start (the trigger; for a rolling recurrence the previous act; for a fixed
  schedule the day after the previous due date), is on or before ``as_of`` and, if the rule can
  end, on or before the ending event. Each act meets at most one occurrence of a rule; an act
  with ``responds_to`` meets only the chain of the event it names. Occurrences are served in
  due-date order, each taking the earliest act it can.
* A recurring rule yields every occurrence due up to ``as_of`` and the next one after it. A
  rolling recurrence with an overdue occurrence stops there: its next due date depends on an
  act that has not happened.
* A chain whose ending event (a discharge, a closure) comes on or before the due date of an
  unmet occurrence is not applicable from then on.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from coregs._errors import InputError, OutOfRangeError, require_date
from coregs._options import Options
from coregs.calendar import BusinessCalendar
from coregs.compliance._case import Case, Event
from coregs.compliance._finding import Finding, Status
from coregs.compliance._report import ComplianceReport
from coregs.periods import Period, Roll, Unit
from coregs.rules._deadline import calendar_for, fast_due, roll_for
from coregs.rules._errors import RuleNotInForceError
from coregs.rules._events import EventKind
from coregs.rules._foster_care import entered_foster_care_date
from coregs.rules._model import (
    Anchor,
    AppliesIf,
    EnteredFosterCare,
    EventMatch,
    Rule,
    StatedException,
)
from coregs.rules._rulebook import Rulebook, trigger_matches
from coregs.rules.catalog import RULEBOOK

__all__ = ["check_case"]

_ONE_DAY = timedelta(days=1)
_MAX_OCCURRENCES = 1200  # a monthly schedule over a century; a guard, never reached in practice


@dataclass(slots=True)
class _Ctx:
    case: Case
    events: tuple[Event, ...]
    by_kind: dict[object, list[int]]
    as_of: date
    options: Options
    calendar: BusinessCalendar
    horizon: int
    strict: bool


@dataclass(slots=True)
class _Chain:
    order: int
    trigger: int
    ref_date: date
    day0: date
    end: int | None
    end_date: date | None
    detail: str = ""
    k: int = 1
    anchor_date: date = field(default=date.min)
    window: date = field(default=date.min)


def check_case(
    case: Case | Mapping[str, object],
    *,
    as_of: date,
    rulebook: Rulebook | None = None,
    calendar: BusinessCalendar | None = None,
    options: Mapping[str, str] | None = None,
    due_soon_days: int = 7,
    effective: Literal["strict", "lenient"] = "strict",
) -> ComplianceReport:
    """Evaluate ``case`` against every rule of ``rulebook`` as of ``as_of``.

    Args:
        case: a :class:`Case` (or a mapping, validated into one).
        as_of: the evaluation date; events after it are ignored.
        rulebook: the rules (default: the built-in :data:`coregs.RULEBOOK`).
        calendar: the business-day calendar; by default the one the option
            ``working_days_calendar`` names (Colorado legal holidays as observed).
        options: interpretation overrides by name (see ``RULEBOOK.interpretations``).
        due_soon_days: an open occurrence due within this many calendar days of ``as_of``
            (``as_of`` itself included) is ``due_soon`` rather than ``pending``.
        effective: ``"strict"`` (default) raises :class:`~coregs.rules.RuleNotInForceError`
            when a trigger falls before a rule took effect; ``"lenient"`` reports it as not
            applicable instead.

    Raises:
        InvalidFactsError: ``case`` is a mapping that is not a valid case.
        RuleNotInForceError: strict effective dating, as above (names the rule and event).
        OutOfRangeError: a date outside the calendar's years.
        UnknownOptionError: an unknown option or choice.
    """
    if not isinstance(case, Case):
        case = Case.parse(case)
    require_date(as_of, "as_of")
    if type(due_soon_days) is not int or due_soon_days < 0:
        raise InputError("due_soon_days", "expected a whole number of days, zero or more")
    if effective not in ("strict", "lenient"):
        raise InputError("effective", "expected 'strict' or 'lenient'")
    book = rulebook if rulebook is not None else RULEBOOK
    opts = book.options(options, calendar_given=calendar is not None)
    cal = calendar_for(opts, calendar)
    years = cal.years
    if as_of.year not in years:
        raise OutOfRangeError("as_of", f"outside the calendar's years {years[0]}-{years[-1]}")
    events = case.events
    order = sorted(
        (i for i, e in enumerate(events) if e.date <= as_of), key=lambda i: (events[i].date, i)
    )
    by_kind: dict[object, list[int]] = {}
    for i in order:
        if events[i].date.year not in years:
            raise OutOfRangeError(
                f"events[{i}].date", f"outside the calendar's years {years[0]}-{years[-1]}"
            )
        by_kind.setdefault(events[i].kind, []).append(i)
    ctx = _Ctx(case, events, by_kind, as_of, opts, cal, due_soon_days, effective == "strict")
    findings: list[Finding] = []
    not_triggered: list[str] = []
    for rule in book:
        produced = _evaluate_rule(rule, ctx)
        if produced is None:
            not_triggered.append(rule.id)
        else:
            findings.extend(produced)
    return ComplianceReport(
        case_ref=case.case_ref,
        as_of=as_of,
        findings=tuple(findings),
        not_triggered=tuple(not_triggered),
        options=opts,
        calendar=cal.name,
        rulebook=book.name,
        sources=tuple(f"{s.title}: {s.version}" for s in book.sources),
        due_soon_days=due_soon_days,
        effective=effective,
    )


# -- one rule -------------------------------------------------------------------------------


def _matching(ctx: _Ctx, matches: tuple[EventMatch, ...]) -> list[int]:
    found: list[int] = []
    for m in matches:
        for i in ctx.by_kind.get(m.kind, ()):
            if not m.where or m.matches(ctx.events[i]):
                found.append(i)
    if len(matches) > 1:
        events = ctx.events
        found = sorted(set(found), key=lambda i: (events[i].date, i))
    return found


def _first_end(ctx: _Ctx, rule: Rule, trigger: int, ref_date: date) -> int | None:
    if rule.ends is None:
        return None
    tid = ctx.events[trigger].id
    for i in _matching(ctx, rule.ends.any_of):
        e = ctx.events[i]
        if i != trigger and e.date >= ref_date and (e.responds_to is None or e.responds_to == tid):
            return i
    return None


def _chains(rule: Rule, ctx: _Ctx, triggers: list[int]) -> list[_Chain]:
    events = ctx.events
    chains = []
    derived = isinstance(rule.trigger, EnteredFosterCare)
    for n, t in enumerate(triggers):
        ref = events[t].date
        day0, detail = ref, ""
        end = _first_end(ctx, rule, t, ref)
        if derived:
            day0, detail = _entry_date(rule, ctx, t, end)
        chains.append(
            _Chain(n, t, ref, day0, end, events[end].date if end is not None else None, detail)
        )
    return chains


def _entry_date(rule: Rule, ctx: _Ctx, trigger: int, end: int | None) -> tuple[date, str]:
    assert isinstance(rule.trigger, EnteredFosterCare)
    reading = ctx.options[rule.trigger.option]
    start = ctx.events[trigger].date
    if reading == "placement":
        return start, "entered foster care on the placement date (option placement)"
    if reading == "removal":
        return start, "entered foster care on the removal date (option removal)"
    sixty = start + timedelta(days=60)
    adjudications = ctx.by_kind.get(_ADJUDICATION, ())
    first = next((ctx.events[i].date for i in adjudications if ctx.events[i].date < sixty), None)
    day0 = entered_foster_care_date(removal=start, first_adjudication=first)
    if day0 == sixty:
        how = "60 days after removal (45 CFR 1355.20)"
        if sixty > ctx.as_of:
            how += "; an earlier adjudication would move it earlier"
    else:
        how = "the first adjudication of abuse or neglect (45 CFR 1355.20)"
    return day0, f"entered foster care {day0.isoformat()}: {how}"


def _evaluate_rule(rule: Rule, ctx: _Ctx) -> list[Finding] | None:
    triggers = _matching(ctx, trigger_matches(rule, ctx.options))
    if not triggers:
        return None
    chains = _chains(rule, ctx, triggers)
    out: list[Finding] = []
    live: list[_Chain] = []
    for chain in chains:
        if not rule.in_force_on(chain.day0):
            if ctx.strict:
                raise RuleNotInForceError(
                    f"events[{chain.trigger}].date",
                    f"before this rule took effect ({rule.effective_text()}; "
                    f"{rule.effective_basis}); pass effective='lenient' to report it as not "
                    "applicable",
                    rule=rule.id,
                )
            out.append(
                _plain(
                    rule,
                    ctx,
                    chain,
                    Status.NOT_APPLICABLE,
                    detail=f"the trigger falls before the rule took effect "
                    f"({rule.effective_text()})",
                )
            )
            continue
        live.append(chain)
    if not live:
        return out
    for condition in rule.applies_if:
        verdict = condition.test(ctx.case)
        if verdict is not True:
            status = Status.NOT_APPLICABLE if verdict is False else Status.INDETERMINATE
            out.extend(_plain(rule, ctx, c, status, condition=condition) for c in live)
            return out
    if derived_after_end := [c for c in live if c.end_date is not None and c.day0 > c.end_date]:
        for c in derived_after_end:
            out.append(
                _plain(
                    rule,
                    ctx,
                    c,
                    Status.NOT_APPLICABLE,
                    detail="the child left care before the date the child is considered to "
                    f"have entered foster care ({c.detail})",
                )
            )
        live = [c for c in live if c not in derived_after_end]
    period = rule.period_for(ctx.options)
    acts = _matching(ctx, rule.satisfied_by)
    consumed: set[int] = set()
    if period is None or period.unit is Unit.PROMPTLY:
        for c in live:
            if c.trigger in consumed:
                continue
            act = _first_act(ctx, c, acts, consumed, start=c.day0, limit=_limit(ctx, c))
            if act is not None:
                consumed.add(act)
            out.append(_no_fixed(rule, ctx, c, act))
        return out
    self_triggering = not {m.kind for m in trigger_matches(rule, ctx.options)}.isdisjoint(
        m.kind for m in rule.satisfied_by
    )
    if self_triggering:
        for c in live:
            if c.trigger in consumed:
                continue
            out.extend(_run(rule, ctx, [c], period=period, acts=acts, consumed=consumed))
        return out
    out.extend(_run(rule, ctx, live, period=period, acts=acts, consumed=consumed))
    return out


_ADJUDICATION = EventKind.ADJUDICATION


def _limit(ctx: _Ctx, chain: _Chain) -> date:
    if chain.end_date is not None and chain.end_date < ctx.as_of:
        return chain.end_date
    return ctx.as_of


def _first_act(
    ctx: _Ctx,
    chain: _Chain,
    acts: list[int],
    consumed: set[int],
    *,
    start: date,
    limit: date,
) -> int | None:
    events = ctx.events
    tid = events[chain.trigger].id
    lo = bisect_left(acts, start, key=lambda i: events[i].date)
    for i in acts[lo:]:
        e = events[i]
        if e.date > limit:
            return None
        if i in consumed or i == chain.trigger:
            continue
        if e.responds_to is not None and e.responds_to != tid:
            continue
        return i
    return None


# -- occurrences ----------------------------------------------------------------------------


def _run(
    rule: Rule,
    ctx: _Ctx,
    chains: list[_Chain],
    *,
    period: Period,
    acts: list[int],
    consumed: set[int],
) -> list[Finding]:
    """Serve the chains' occurrences in due-date order (see the module docstring)."""
    cal = ctx.calendar
    roll = roll_for(rule, ctx.options)
    recurrence = rule.recurrence
    anchor = recurrence.anchor_for(ctx.options) if recurrence is not None else Anchor.TRIGGER
    heap: list[tuple[date, int, int]] = []
    for c in chains:
        c.anchor_date = c.day0
        c.window = c.day0
        due = fast_due(c.day0, period, 1, cal, roll)
        assert due is not None
        heap.append((due, c.order, 1))
    heapq.heapify(heap)
    by_order = {c.order: c for c in chains}
    out: list[Finding] = []
    while heap:
        due, order, k = heapq.heappop(heap)
        c = by_order[order]
        count = k if anchor is Anchor.TRIGGER else 1
        finding, act = _occurrence(
            rule,
            ctx,
            c,
            k=k,
            due=due,
            count=count,
            anchor=anchor,
            roll=roll,
            acts=acts,
            consumed=consumed,
        )
        out.append(finding)
        if recurrence is None or k >= _MAX_OCCURRENCES:
            continue
        if finding.status in _STOPS:
            continue
        if anchor is Anchor.PREVIOUS_ACT:
            if act is None:
                continue  # overdue, or excused with no act: the next date depends on an act
            c.anchor_date = c.window = ctx.events[act].date
            next_due = fast_due(c.anchor_date, period, 1, cal, roll)
        else:
            c.window = due + _ONE_DAY
            next_due = fast_due(c.day0, period, k + 1, cal, roll)
        if c.end_date is not None and c.end_date < c.window:
            continue  # the obligation ended before the next occurrence's window opened
        assert next_due is not None
        heapq.heappush(heap, (next_due, order, k + 1))
    return out


_STOPS = frozenset({Status.NOT_APPLICABLE, Status.PENDING, Status.DUE_SOON})


def _occurrence(
    rule: Rule,
    ctx: _Ctx,
    c: _Chain,
    *,
    k: int,
    due: date,
    count: int,
    anchor: Anchor,
    roll: Roll,
    acts: list[int],
    consumed: set[int],
) -> tuple[Finding, int | None]:
    """The finding for occurrence ``k`` of chain ``c``, and the act it consumed."""
    as_of = ctx.as_of
    events = ctx.events
    act = _first_act(ctx, c, acts, consumed, start=c.window, limit=_limit(ctx, c))

    def make(status: Status, **extra: object) -> Finding:
        return Finding(
            rule=rule,
            status=status,
            occurrence=k,
            trigger_event=c.trigger,
            trigger_date=c.day0,
            anchor_date=c.anchor_date,
            due=due,
            window_start=c.window,
            detail=c.detail,
            options=ctx.options,
            calendar=ctx.calendar,
            count=count,
            anchor=anchor,
            roll=roll,
            **extra,  # type: ignore[arg-type]
        )

    if act is not None and events[act].date <= due:
        consumed.add(act)
        return make(Status.MET_ON_TIME, satisfied_on=events[act].date, satisfied_event=act), act
    if c.end_date is not None and c.end_date <= due:
        return make(Status.NOT_APPLICABLE, end_event=c.end), None
    excuse = _excuse(rule, ctx, c, due)
    if excuse is not None:
        if act is not None:
            consumed.add(act)
        return make(
            Status.EXCUSED,
            satisfied_on=events[act].date if act is not None else None,
            satisfied_event=act,
            exception=excuse[0],
            exception_event=excuse[1],
        ), act
    period = rule.period_for(ctx.options)
    assert period is not None
    if act is not None:
        consumed.add(act)
        when = events[act].date
        late_by, unit = _late(period.unit, due, when, ctx.calendar)
        return make(
            Status.MET_LATE,
            satisfied_on=when,
            satisfied_event=act,
            late_by=late_by,
            late_unit=unit,
            days_late=(when - due).days,
        ), act
    if as_of > due:
        upto, ended = as_of, None
        if c.end_date is not None and c.end_date < as_of:
            upto, ended = c.end_date, c.end
        late_by, unit = _late(period.unit, due, upto, ctx.calendar)
        return make(
            Status.OVERDUE,
            late_by=late_by,
            late_unit=unit,
            days_late=(upto - due).days,
            end_event=ended,
        ), None
    status = Status.DUE_SOON if (due - as_of).days <= ctx.horizon else Status.PENDING
    return make(status), None


def _late(unit: Unit, due: date, when: date, cal: BusinessCalendar) -> tuple[int, Unit]:
    """How late ``when`` is, in the rule's unit (an act on a closed day counts as the next
    business day's)."""
    if unit is Unit.WORKING_DAYS or unit is Unit.BUSINESS_DAYS:
        return cal.business_days_between(due, cal.roll_forward(when)), unit
    return (when - due).days, Unit.CALENDAR_DAYS


def _excuse(rule: Rule, ctx: _Ctx, c: _Chain, due: date) -> tuple[StatedException, int] | None:
    """A stated exception documented by an event in the window, on or before the due date."""
    limit = min(due, ctx.as_of)
    tid = ctx.events[c.trigger].id
    for exception in rule.exceptions:
        if exception.documented_by is None:
            continue
        for i in ctx.by_kind.get(exception.documented_by, ()):
            e = ctx.events[i]
            if e.date > limit:
                break
            if e.date >= c.window and (e.responds_to is None or e.responds_to == tid):
                return exception, i
    return None


def _plain(
    rule: Rule,
    ctx: _Ctx,
    c: _Chain,
    status: Status,
    *,
    condition: AppliesIf | None = None,
    detail: str = "",
) -> Finding:
    return Finding(
        rule=rule,
        status=status,
        occurrence=1,
        trigger_event=c.trigger,
        trigger_date=c.day0,
        anchor_date=c.day0,
        due=None,
        condition=condition,
        detail=detail or c.detail,
        options=ctx.options,
        calendar=ctx.calendar,
    )


def _no_fixed(rule: Rule, ctx: _Ctx, c: _Chain, act: int | None) -> Finding:
    return Finding(
        rule=rule,
        status=Status.NO_FIXED_DEADLINE,
        occurrence=1,
        trigger_event=c.trigger,
        trigger_date=c.day0,
        anchor_date=c.day0,
        due=None,
        window_start=c.day0,
        satisfied_on=ctx.events[act].date if act is not None else None,
        satisfied_event=act,
        detail=c.detail,
        options=ctx.options,
        calendar=ctx.calendar,
    )
