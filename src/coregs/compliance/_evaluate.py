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

# Enum members bound once: an enum attribute lookup costs ~0.2 µs in Python 3.11, and the
# evaluator compares statuses, anchors and units many times per finding.
_ANCHOR_PREVIOUS_ACT = Anchor.PREVIOUS_ACT
_ANCHOR_TRIGGER = Anchor.TRIGGER
_DUE_SOON = Status.DUE_SOON
_EXCUSED = Status.EXCUSED
_INDETERMINATE = Status.INDETERMINATE
_MET_LATE = Status.MET_LATE
_MET_ON_TIME = Status.MET_ON_TIME
_NOT_APPLICABLE = Status.NOT_APPLICABLE
_NO_FIXED_DEADLINE = Status.NO_FIXED_DEADLINE
_OVERDUE = Status.OVERDUE
_PENDING = Status.PENDING
_UNIT_BUSINESS_DAYS = Unit.BUSINESS_DAYS
_UNIT_CALENDAR_DAYS = Unit.CALENDAR_DAYS
_UNIT_PROMPTLY = Unit.PROMPTLY
_UNIT_WORKING_DAYS = Unit.WORKING_DAYS
_MAX_OCCURRENCES = 1200  # a monthly schedule over a century; a guard, never reached in practice


@dataclass(slots=True)
class _Ctx:
    """One evaluation: the case, its events indexed by kind (in date order) and the settings."""

    case: Case
    events: tuple[Event, ...]
    by_kind: dict[EventKind, list[int]]
    rank: dict[int, int]
    matched: dict[int, list[int]]
    as_of: date
    options: Options
    calendar: BusinessCalendar
    horizon: int
    strict: bool


@dataclass(slots=True)
class _Chain:
    """One obligation: a trigger event, its day 0, and where it ends (if it does)."""

    order: int
    trigger: int
    ref_date: date
    day0: date
    end: int | None
    end_date: date | None
    detail: str = ""
    anchor_date: date = field(default=date.min)
    window: date = field(default=date.min)


@dataclass(frozen=True, slots=True)
class _Plan:
    """What evaluating one rule needs, resolved once per rulebook and options."""

    rule: Rule
    triggers: tuple[EventMatch, ...]
    trigger_kinds: frozenset[EventKind]
    reading: str | None  # "the date the child enters foster care": the option's reading
    acts: tuple[EventMatch, ...]
    ends: tuple[EventMatch, ...]
    period: Period | None  # None: no fixed deadline ("promptly", "whenever")
    counted: Period | None  # the period counted per occurrence (every=True if recurring)
    roll: Roll
    anchor: Anchor
    recurs: bool
    self_triggering: bool
    excuses: tuple[StatedException, ...]


def _plan(rule: Rule, options: Options) -> _Plan:
    triggers = trigger_matches(rule, options)
    kinds = frozenset(m.kind for m in triggers)
    reading = None
    if isinstance(rule.trigger, EnteredFosterCare):
        reading = options[rule.trigger.option]
    period = rule.period_for(options)
    if period is not None and period.unit is _UNIT_PROMPTLY:
        period = None
    recurrence = rule.recurrence
    counted = period
    if period is not None and recurrence is not None:
        counted = Period(period.amount, period.unit, every=True)
    return _Plan(
        rule=rule,
        triggers=triggers,
        trigger_kinds=kinds,
        reading=reading,
        acts=rule.satisfied_by,
        ends=rule.ends.any_of if rule.ends is not None else (),
        period=period,
        counted=counted,
        roll=roll_for(rule, options),
        anchor=recurrence.anchor_for(options) if recurrence is not None else _ANCHOR_TRIGGER,
        recurs=recurrence is not None,
        self_triggering=not kinds.isdisjoint(m.kind for m in rule.satisfied_by),
        excuses=tuple(e for e in rule.exceptions if e.documented_by is not None),
    )


@dataclass(frozen=True, slots=True)
class _Plans:
    """Every rule's plan, which plans each event kind can start, and the named calendar."""

    plans: tuple[_Plan, ...]
    by_kind: dict[EventKind, tuple[int, ...]]
    calendar: BusinessCalendar | None  # None when the options say "caller"
    sources: tuple[str, ...]


def _compile(book: Rulebook, options: Options) -> _Plans:
    plans = tuple(_plan(r, options) for r in book)
    by_kind: dict[EventKind, list[int]] = {}
    for n, plan in enumerate(plans):
        for kind in plan.trigger_kinds:
            by_kind.setdefault(kind, []).append(n)
    named = "working_days_calendar" not in options or options["working_days_calendar"] != "caller"
    return _Plans(
        plans,
        {k: tuple(v) for k, v in by_kind.items()},
        calendar_for(options, None) if named else None,
        tuple(f"{s.title}: {s.version}" for s in book.sources),
    )


def _plans(book: Rulebook, options: Options, *, default: bool) -> _Plans:
    if default:  # the defaults: the common case, keyed without hashing the options
        return book.memo("compliance-plan", lambda: _compile(book, options))
    key = ("compliance-plan", tuple((c.name, c.value) for c in options.chosen))
    return book.memo(key, lambda: _compile(book, options))


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
    if rulebook is not None and not isinstance(rulebook, Rulebook):
        raise InputError("rulebook", "expected a Rulebook")
    if calendar is not None and not isinstance(calendar, BusinessCalendar):
        raise InputError("calendar", "expected a BusinessCalendar")
    book = rulebook if rulebook is not None else RULEBOOK
    default = not options and calendar is None
    opts = book.options(options, calendar_given=calendar is not None)
    compiled = _plans(book, opts, default=default)
    cal = calendar if calendar is not None else compiled.calendar
    if cal is None:
        raise InputError("options.working_days_calendar", "is 'caller', but no calendar was passed")
    years = cal.years
    if as_of.year not in years:
        raise OutOfRangeError("as_of", f"outside the calendar's years {years[0]}-{years[-1]}")
    events = case.events
    keyed = sorted((e.date, i) for i, e in enumerate(events) if e.date <= as_of)
    if keyed:
        for day, i in (keyed[0], keyed[-1]):
            if day.year not in years:
                raise OutOfRangeError(
                    f"events[{i}].date", f"outside the calendar's years {years[0]}-{years[-1]}"
                )
    rank: dict[int, int] = {}
    by_kind: dict[EventKind, list[int]] = {}
    for position, (_, i) in enumerate(keyed):
        rank[i] = position
        kind = events[i].kind
        if kind in by_kind:
            by_kind[kind].append(i)
        else:
            by_kind[kind] = [i]
    strict = effective == "strict"
    ctx = _Ctx(case, events, by_kind, rank, {}, as_of, opts, cal, due_soon_days, strict)
    candidates: set[int] = set()
    for kind in by_kind:
        candidates.update(compiled.by_kind.get(kind, ()))
    findings: list[Finding] = []
    not_triggered: list[str] = []
    for n, plan in enumerate(compiled.plans):
        produced = _evaluate(plan, ctx) if n in candidates else None
        if produced is None:
            not_triggered.append(plan.rule.id)
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
        sources=compiled.sources,
        due_soon_days=due_soon_days,
        effective=effective,
    )


# -- one rule -------------------------------------------------------------------------------


def _matching(ctx: _Ctx, matches: tuple[EventMatch, ...]) -> list[int]:
    """Indices of the events matching any of ``matches``, in date order (read-only)."""
    if len(matches) == 1 and not matches[0].where:
        return ctx.by_kind.get(matches[0].kind, _NONE)
    # several rules share these tuples (a discharge ends seven rules): once per evaluation
    key = id(matches)  # the tuples live in the compiled plans, so their ids are stable
    found = ctx.matched.get(key)
    if found is None:
        found = []
        events = ctx.events
        for m in matches:
            for i in ctx.by_kind.get(m.kind, _NONE):
                if not m.where or m.matches(events[i]):
                    found.append(i)
        if len(matches) > 1:  # merge the kinds back into date order (rank: position by date)
            found = sorted(dict.fromkeys(found), key=ctx.rank.__getitem__)
        ctx.matched[key] = found
    return found


def _first_end(ctx: _Ctx, plan: _Plan, trigger: int, ref_date: date) -> int | None:
    if not plan.ends:
        return None
    tid = ctx.events[trigger].id
    for i in _matching(ctx, plan.ends):
        e = ctx.events[i]
        if i != trigger and e.date >= ref_date and (e.responds_to is None or e.responds_to == tid):
            return i
    return None


def _chains(plan: _Plan, ctx: _Ctx, triggers: list[int]) -> list[_Chain]:
    events = ctx.events
    chains = []
    for n, t in enumerate(triggers):
        ref = events[t].date
        end = _first_end(ctx, plan, t, ref) if plan.ends else None
        if plan.reading is None:
            day0, detail = ref, ""
        else:
            day0, detail = _entry_date(plan.reading, ctx, t)
        end_date = events[end].date if end is not None else None
        chains.append(_Chain(n, t, ref, day0, end, end_date, detail))
    return chains


def _entry_date(reading: str, ctx: _Ctx, trigger: int) -> tuple[date, str]:
    start = ctx.events[trigger].date
    if reading == "placement":
        return start, "entered foster care on the placement date (option placement)"
    if reading == "removal":
        return start, "entered foster care on the removal date (option removal)"
    sixty = start + timedelta(days=60)
    # a finding made before an earlier stay ended belongs to that stay, not to this removal
    since = date.min
    for i in ctx.by_kind.get(_DISCHARGED, ()):
        if ctx.events[i].date < start:
            since = ctx.events[i].date
    first = next(
        (
            ctx.events[i].date
            for i in ctx.by_kind.get(_ADJUDICATION, ())
            if since < ctx.events[i].date < sixty
        ),
        None,
    )
    day0 = entered_foster_care_date(removal=start, first_adjudication=first)
    if day0 == sixty:
        how = "60 days after removal (45 CFR 1355.20)"
        if sixty > ctx.as_of:
            how += "; an earlier adjudication would move it earlier"
    else:
        how = "the first adjudication of abuse or neglect (45 CFR 1355.20)"
    return day0, f"entered foster care {day0.isoformat()}: {how}"


def _evaluate(plan: _Plan, ctx: _Ctx) -> list[Finding] | None:
    rule = plan.rule
    triggers = _matching(ctx, plan.triggers)
    if not triggers:
        return None
    chains = _chains(plan, ctx, triggers)
    out: list[Finding] = []
    live: list[_Chain] = []
    start, stop = rule.effective_from, rule.effective_to
    for chain in chains:
        if (start is not None and chain.day0 < start) or (stop is not None and chain.day0 > stop):
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
                    _NOT_APPLICABLE,
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
            status = _NOT_APPLICABLE if verdict is False else _INDETERMINATE
            out.extend(_plain(rule, ctx, c, status, condition=condition) for c in live)
            return out
    if plan.reading is not None and (
        derived_after_end := [c for c in live if c.end_date is not None and c.day0 > c.end_date]
    ):
        for c in derived_after_end:
            out.append(
                _plain(
                    rule,
                    ctx,
                    c,
                    _NOT_APPLICABLE,
                    detail="the child left care before the date the child is considered to "
                    f"have entered foster care ({c.detail})",
                )
            )
        live = [c for c in live if c not in derived_after_end]
    acts = _matching(ctx, plan.acts)
    consumed: set[int] = set()
    if plan.period is None:
        for c in live:
            if c.trigger in consumed:
                continue
            act = _first_act(ctx, c, acts, consumed, start=c.day0, limit=_limit(ctx, c))
            if act is not None:
                consumed.add(act)
            out.append(_no_fixed(rule, ctx, c, act))
        return out
    if plan.self_triggering:
        for c in live:
            if c.trigger in consumed:
                continue
            out.extend(_run(plan, ctx, [c], acts=acts, consumed=consumed))
        return out
    if not plan.recurs and len(live) == 1:  # the common case, without the heap
        c = live[0]
        c.anchor_date = c.window = c.day0
        assert plan.counted is not None
        due = fast_due(c.day0, plan.counted, 1, ctx.calendar, plan.roll)
        assert due is not None
        out.append(_occurrence(plan, ctx, c, 1, due, acts, consumed)[0])
        return out
    out.extend(_run(plan, ctx, live, acts=acts, consumed=consumed))
    return out


_ADJUDICATION = EventKind.ADJUDICATION
_DISCHARGED = EventKind.DISCHARGED
_NONE: list[int] = []  # shared empty result of _matching; never mutated


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
    """The earliest unused act dated ``start`` to ``limit`` that may answer ``chain``."""
    events = ctx.events
    tid = events[chain.trigger].id
    for i in acts:  # in date order; a case has few acts of one kind, so a scan beats bisect
        e = events[i]
        day = e.date
        if day < start or i in consumed or i == chain.trigger:
            continue
        if day > limit:
            return None
        if e.responds_to is not None and e.responds_to != tid:
            continue
        return i
    return None


# -- occurrences ----------------------------------------------------------------------------


def _run(
    plan: _Plan,
    ctx: _Ctx,
    chains: list[_Chain],
    *,
    acts: list[int],
    consumed: set[int],
) -> list[Finding]:
    """Serve the chains' occurrences in due-date order (see the module docstring)."""
    assert plan.counted is not None
    out: list[Finding] = []
    firsts = []
    for c in chains:
        c.anchor_date = c.window = c.day0
        due = fast_due(c.day0, plan.counted, 1, ctx.calendar, plan.roll)
        assert due is not None
        firsts.append((due, c.order, 1))
    if len(chains) == 1:  # one obligation: its occurrences in order, no heap needed
        c = chains[0]
        next_due: date | None = firsts[0][0]
        k = 1
        while next_due is not None:
            finding, act = _occurrence(plan, ctx, c, k, next_due, acts, consumed)
            out.append(finding)
            next_due = _next_due(plan, ctx, c, k, next_due, finding.status, act)
            k += 1
        return out
    heap = firsts
    heapq.heapify(heap)
    by_order = {c.order: c for c in chains}
    while heap:
        due, order, k = heapq.heappop(heap)
        c = by_order[order]
        finding, act = _occurrence(plan, ctx, c, k, due, acts, consumed)
        out.append(finding)
        following = _next_due(plan, ctx, c, k, due, finding.status, act)
        if following is not None:
            heapq.heappush(heap, (following, order, k + 1))
    return out


def _next_due(  # noqa: PLR0917 - a hot path: positional on purpose
    plan: _Plan, ctx: _Ctx, c: _Chain, k: int, due: date, status: Status, act: int | None
) -> date | None:
    """The due date of occurrence k + 1 of ``c``, or ``None`` when there is none to show."""
    if not plan.recurs or k >= _MAX_OCCURRENCES or status in _STOPS:
        return None
    assert plan.counted is not None
    if plan.anchor is _ANCHOR_PREVIOUS_ACT:
        if act is None:
            return None  # overdue, or excused with no act: the next date depends on an act
        c.anchor_date = c.window = ctx.events[act].date
        following = fast_due(c.anchor_date, plan.counted, 1, ctx.calendar, plan.roll)
    else:
        c.window = due + _ONE_DAY
        following = fast_due(c.day0, plan.counted, k + 1, ctx.calendar, plan.roll)
    if c.end_date is not None and c.end_date < c.window:
        return None  # the obligation ended before the next occurrence's window opened
    return following


_STOPS = frozenset({_NOT_APPLICABLE, _PENDING, _DUE_SOON})


def _occurrence(  # noqa: PLR0917 - a hot path: positional on purpose
    plan: _Plan,
    ctx: _Ctx,
    c: _Chain,
    k: int,
    due: date,
    acts: list[int],
    consumed: set[int],
) -> tuple[Finding, int | None]:
    """The finding for occurrence ``k`` of chain ``c``, and the act it consumed."""
    as_of = ctx.as_of
    events = ctx.events
    end_date = c.end_date
    limit = end_date if end_date is not None and end_date < as_of else as_of
    act = _first_act(ctx, c, acts, consumed, start=c.window, limit=limit) if acts else None
    status: Status
    when: date | None = None
    late: tuple[int, Unit, int] | None = None
    exception: StatedException | None = None
    documented: int | None = None
    ended: int | None = None
    used = act
    if act is not None and events[act].date <= due:
        status, when = _MET_ON_TIME, events[act].date
    elif c.end_date is not None and c.end_date <= due:
        status, ended, used = _NOT_APPLICABLE, c.end, None
    elif plan.excuses and (excuse := _excuse(plan, ctx, c, due)) is not None:
        status, (exception, documented) = _EXCUSED, excuse
        when = events[act].date if act is not None else None
    elif act is not None:
        status, when = _MET_LATE, events[act].date
        late = _late(plan, due, when, ctx.calendar)
    elif as_of > due:
        upto = as_of
        if c.end_date is not None and c.end_date < as_of:
            upto, ended = c.end_date, c.end
        status, late = _OVERDUE, _late(plan, due, upto, ctx.calendar)
    elif (due - as_of).days <= ctx.horizon:
        status = _DUE_SOON
    else:
        status = _PENDING
    if used is not None:
        consumed.add(used)
    finding = Finding(
        plan.rule,
        status,
        k,
        c.trigger,
        c.day0,
        c.anchor_date,
        due,
        c.window,
        when,
        used,
        late[0] if late else None,
        late[1] if late else None,
        late[2] if late else None,
        exception,
        documented,
        ended,
        None,
        c.detail,
        ctx.options,
        ctx.calendar,
        k if plan.anchor is _ANCHOR_TRIGGER else 1,
        plan.anchor,
        plan.roll,
    )
    return finding, used


def _late(plan: _Plan, due: date, when: date, cal: BusinessCalendar) -> tuple[int, Unit, int]:
    """How late ``when`` is: in the rule's unit (an act on a closed day counts as the next
    business day's), the unit, and in calendar days."""
    assert plan.period is not None
    unit = plan.period.unit
    days = (when - due).days
    if unit is _UNIT_WORKING_DAYS or unit is _UNIT_BUSINESS_DAYS:
        return cal.business_days_between(due, cal.roll_forward(when)), unit, days
    return days, _UNIT_CALENDAR_DAYS, days


def _excuse(plan: _Plan, ctx: _Ctx, c: _Chain, due: date) -> tuple[StatedException, int] | None:
    """A stated exception documented by an event in the window, on or before the due date."""
    limit = min(due, ctx.as_of)
    tid = ctx.events[c.trigger].id
    for exception in plan.excuses:
        assert exception.documented_by is not None
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
        status=_NO_FIXED_DEADLINE,
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
