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
  act that has not happened. A schedule always ends, with no cap on its length: a fixed
  schedule's due dates strictly increase (a recurring period is at least one of a countable
  unit) until one falls after ``as_of``; each occurrence of a rolling one after the first takes
  an act of its own.
* A chain whose ending event (a discharge, a closure) comes on or before the due date of an
  unmet occurrence is not applicable from then on.

The steps, in order: each rule is read under the options once per rulebook (:class:`_Plan`,
remembered by the rulebook); the case's events are indexed by kind (:class:`_Timeline`); then
each triggered rule turns its trigger events into chains, sets aside the chains it does not
apply to, and serves the occurrences of the rest in due-date order.

Speed (``benchmarks/bench_compliance.py``, a 20-event case in about 110 µs): the plans are
compiled once per rulebook and options, and the events are indexed by kind, so a check touches
only the rules its events trigger; the event selections a plan needs are numbered when the plans
are compiled, so several rules sharing one (a discharge ends seven) find its events once per
check. Counting goes through the periods kernel, resolved once per plan
(:func:`coregs.periods.counter`). A case's cost grows linearly with its findings: each search
among a kind's events (acts, ends, excuses, adjudications) starts at its window by bisection.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice
from typing import Literal, NamedTuple

from coregs._errors import InputError, OutOfRangeError, require_date
from coregs._options import Options
from coregs.calendar import BusinessCalendar
from coregs.compliance._case import Case, Event
from coregs.compliance._finding import Finding, new_finding
from coregs.compliance._report import ComplianceReport
from coregs.compliance._status import (
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
from coregs.periods import Period, Unit, counter
from coregs.rules import (
    RULEBOOK,
    Anchor,
    EventKind,
    EventMatch,
    Rule,
    Rulebook,
    RuleNotInForceError,
    RuleReading,
    StatedException,
    entered_foster_care_date,
    named_calendar,
)
from coregs.rules.catalog import EnteredFosterCareDate

__all__ = ["check_case"]

_ONE_DAY = timedelta(days=1)
_SIXTY_DAYS = timedelta(days=60)
_PENDING = Pending()
_DUE_SOON = DueSoon()
_SCHEDULE_STOPS = (NotApplicable, Pending, DueSoon)
"""After an occurrence with one of these, a recurring rule shows no later one: it does not apply
any more, or it is the next one not yet due."""
_NO_EVENTS: list[int] = []  # what a selection with no events finds; never mutated


class _Selection(NamedTuple):
    """Events a plan looks for (its triggers, its acts, what ends it), numbered when the plans
    are compiled, so that an evaluation finds each selection's events once."""

    number: int
    matches: tuple[EventMatch, ...]
    kind: EventKind | None  # the kind, when the selection is one kind with no attribute test


# -- the plan: each rule read once per rulebook and options ---------------------------------


@dataclass(frozen=True, slots=True)
class _Plan:
    """What evaluating one rule needs, resolved once per rulebook and options."""

    rule: Rule
    reading: RuleReading  # the rule read under the options: what its findings count with
    triggers: _Selection
    trigger_kinds: frozenset[EventKind]
    entry: EnteredFosterCareDate | None  # "the date the child enters foster care": the reading
    acts: _Selection
    ends: _Selection | None
    period: Period | None  # the period counted per occurrence; None: no fixed deadline
    # the period's unit counted under the rule's roll, resolved once: (anchor, n, calendar)
    count: Callable[[date, int, BusinessCalendar], date] | None
    effective: tuple[date, date]  # the first and last day the rule is in force
    rolling: bool  # each occurrence counts from the act that met the previous one
    recurs: bool
    self_triggering: bool
    excuses: tuple[StatedException, ...]
    late_in_business_days: bool


@dataclass(frozen=True, slots=True)
class _Plans:
    """Every rule's plan under ``options``, the event selections they use, which plans each
    event kind can start, and the calendar the options name."""

    options: Options
    plans: tuple[_Plan, ...]
    selections: int
    by_kind: Mapping[EventKind, tuple[int, ...]]
    calendar: BusinessCalendar | None  # None when the options say "caller"
    sources: tuple[str, ...]


def _compile(book: Rulebook, options: Options) -> _Plans:
    numbered: dict[tuple[EventMatch, ...], _Selection] = {}

    def number(matches: tuple[EventMatch, ...]) -> _Selection:
        if matches not in numbered:
            simple = len(matches) == 1 and not matches[0].where
            numbered[matches] = _Selection(
                len(numbered), matches, matches[0].kind if simple else None
            )
        return numbered[matches]

    plans = tuple(_plan(rule, options, number) for rule in book)
    by_kind: dict[EventKind, list[int]] = {}
    for n, plan in enumerate(plans):
        for kind in plan.trigger_kinds:
            by_kind.setdefault(kind, []).append(n)
    return _Plans(
        options=options,
        plans=plans,
        selections=len(numbered),
        by_kind={kind: tuple(ns) for kind, ns in by_kind.items()},
        calendar=named_calendar(options),
        sources=tuple(f"{s.title}: {s.version}" for s in book.sources),
    )


def _plan(
    rule: Rule, options: Options, number: Callable[[tuple[EventMatch, ...]], _Selection]
) -> _Plan:
    reading = rule.read(options)
    period = reading.counted if reading.has_fixed_deadline else None
    kinds = frozenset(m.kind for m in reading.triggers)
    return _Plan(
        rule=rule,
        reading=reading,
        triggers=number(reading.triggers),
        trigger_kinds=kinds,
        entry=reading.entry,
        acts=number(rule.satisfied_by),
        ends=number(rule.ends.any_of) if rule.ends is not None else None,
        period=period,
        count=counter(period.unit, reading.roll) if period is not None else None,
        effective=(rule.effective_from or date.min, rule.effective_to or date.max),
        rolling=reading.anchor is Anchor.PREVIOUS_ACT,
        recurs=rule.recurrence is not None,
        self_triggering=not kinds.isdisjoint(m.kind for m in rule.satisfied_by),
        excuses=tuple(e for e in rule.exceptions if e.documented_by is not None),
        late_in_business_days=period is not None and period.counts_business_days,
    )


def _plans(book: Rulebook, options: Options, *, default: bool) -> _Plans:
    if default:  # the defaults: the common case, remembered without hashing the options
        return book.memo("compliance-plan", lambda: _compile(book, options))
    # the options not used are part of the key: the report and its findings hold this value
    key = (
        "compliance-plan",
        tuple((c.name, c.value) for c in options.chosen),
        tuple((c.name, c.value) for c in options.not_used),
    )
    return book.memo(key, lambda: _compile(book, options))


# -- the case: events indexed by kind -------------------------------------------------------


@dataclass(slots=True)
class _Timeline:
    """One evaluation: the case, its events up to ``as_of`` indexed by kind (in date order, ties
    in the file's order), and the settings. ``found`` remembers the events of each event
    selection, once it is asked for."""

    case: Case
    events: tuple[Event, ...]
    dates: list[date]  # each event's date, read once
    date_of: Callable[[int], date]  # dates.__getitem__: the key to bisect a list of events by
    by_kind: dict[EventKind, list[int]]
    found: list[list[int] | None]
    as_of: date
    calendar: BusinessCalendar
    horizon: int
    strict: bool

    def select(self, selection: _Selection) -> list[int]:
        """Indices of the events ``selection`` matches, in date order (read-only)."""
        if selection.kind is not None:
            return self.by_kind.get(selection.kind, _NO_EVENTS)
        found = self.found[selection.number]
        if found is None:
            found = self.found[selection.number] = self._find(selection.matches)
        return found

    def _find(self, matches: tuple[EventMatch, ...]) -> list[int]:
        events, found = self.events, []
        for m in matches:
            for i in self.by_kind.get(m.kind, _NO_EVENTS):
                if not m.where or m.matches(events[i]):
                    found.append(i)
        if len(matches) > 1 and len(found) > 1:  # merge the kinds back into date order
            found = sorted(set(found))  # by position in the file, then (stably) by date
            found.sort(key=self.date_of)
        return found


def _timeline(
    case: Case,
    *,
    as_of: date,
    plans: _Plans,
    calendar: BusinessCalendar,
    horizon: int,
    strict: bool,
) -> _Timeline:
    years = calendar.years
    if as_of.year not in years:
        raise OutOfRangeError("as_of", f"outside the calendar's years {years[0]}-{years[-1]}")
    events = case.events
    dates = [e.date for e in events]
    date_of = dates.__getitem__
    in_order = sorted(range(len(events)), key=date_of)  # a stable sort: ties in file order
    del in_order[bisect_right(in_order, as_of, key=date_of) :]  # after as_of: ignored
    for i in in_order[:1] + in_order[-1:]:  # the earliest and the latest event
        if dates[i].year not in years:
            raise OutOfRangeError(
                f"events[{i}].date", f"outside the calendar's years {years[0]}-{years[-1]}"
            )
    by_kind: dict[EventKind, list[int]] = {}
    for i in in_order:
        by_kind.setdefault(events[i].kind, []).append(i)
    return _Timeline(
        case=case,
        events=events,
        dates=dates,
        date_of=date_of,
        by_kind=by_kind,
        found=[None] * plans.selections,
        as_of=as_of,
        calendar=calendar,
        horizon=horizon,
        strict=strict,
    )


def check_case(
    case: Case | Mapping[str, object],
    *,
    as_of: date,
    rulebook: Rulebook | None = None,
    calendar: BusinessCalendar | None = None,
    options: Mapping[str, str] | Options | None = None,
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
        options: interpretation overrides by name (see ``RULEBOOK.interpretations``), or an
            :class:`~coregs.Options` value resolved once for every entry point (its options
            the rulebook does not declare are recorded as not used, ``report.options``).
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
    opts = book.options(options, calendar_given=calendar is not None)
    compiled = _plans(book, opts, default=not options and calendar is None)
    cal = calendar if calendar is not None else compiled.calendar
    if cal is None:
        raise InputError("options.working_days_calendar", "is 'caller', but no calendar was passed")
    timeline = _timeline(
        case,
        as_of=as_of,
        plans=compiled,
        calendar=cal,
        horizon=due_soon_days,
        strict=effective == "strict",
    )
    candidates = {n for kind in timeline.by_kind for n in compiled.by_kind.get(kind, ())}
    findings: list[Finding] = []
    not_triggered: list[str] = []
    for n, plan in enumerate(compiled.plans):
        produced = _evaluate(plan, timeline) if n in candidates else None
        if produced is None:
            not_triggered.append(plan.rule.id)
        else:
            findings.extend(produced)
    return ComplianceReport(
        case_ref=case.case_ref,
        as_of=as_of,
        findings=tuple(findings),
        not_triggered=tuple(not_triggered),
        options=compiled.options,  # equal to opts, and the very value the findings hold
        calendar=cal.name,
        rulebook=book.name,
        sources=compiled.sources,
        due_soon_days=due_soon_days,
        effective=effective,
    )


# -- one rule -------------------------------------------------------------------------------


class _Chain(NamedTuple):
    """One obligation: a trigger event, its day 0, and where it ends (if it does)."""

    order: int
    trigger: int
    trigger_id: str | None
    day0: date
    end: int | None
    end_date: date | None
    last_day: date  # the last day an act counts: as_of, or the end of the obligation
    note: str  # how day 0 was derived, if it was


def _evaluate(plan: _Plan, tl: _Timeline) -> list[Finding] | None:
    """Every finding of ``plan``'s rule, or ``None`` when nothing triggered it."""
    triggers = tl.select(plan.triggers)
    if not triggers:
        return None
    out: list[Finding] = []
    live = _chains(plan, tl, triggers, out)
    if not live:
        return out
    blocked = _inapplicable(plan, tl, live) if plan.rule.applies_if else None
    if blocked:
        return out + blocked
    if plan.entry is not None:
        live = _still_in_care(plan, tl, live, out)
    acts = tl.select(plan.acts)
    taken: set[int] = set()
    if plan.count is None:
        out.extend(_without_deadline(plan, tl, live, acts, taken))
    elif plan.self_triggering:  # a chain's trigger may be an earlier chain's act
        for chain in live:
            if chain.trigger not in taken:
                out.extend(_occurrences(plan, tl, [chain], acts, taken))
    else:
        out.extend(_occurrences(plan, tl, live, acts, taken))
    return out


def _chains(plan: _Plan, tl: _Timeline, triggers: list[int], out: list[Finding]) -> list[_Chain]:
    """The obligations the trigger events start, in force on their day 0. One whose day 0 is
    outside the rule's effective interval raises under strict effective dating, and is reported
    as not applicable in ``out`` under lenient dating."""
    (first, last), chains = plan.effective, []
    for order, t in enumerate(triggers):
        ref, trigger_id = tl.dates[t], tl.events[t].id
        end = _first_end(tl, plan.ends, t, trigger_id, ref) if plan.ends is not None else None
        end_date = tl.dates[end] if end is not None else None
        last_day = end_date if end_date is not None and end_date < tl.as_of else tl.as_of
        day0, note = (ref, "") if plan.entry is None else _entry_date(plan.entry, tl, ref)
        chain = _Chain(order, t, trigger_id, day0, end, end_date, last_day, note)
        if first <= day0 <= last:
            chains.append(chain)
        else:
            out.append(_not_in_force(plan, tl, chain))
    return chains


def _first_end(
    tl: _Timeline, ends: _Selection, trigger: int, trigger_id: str | None, ref: date
) -> int | None:
    """The first event that ends the obligation a trigger started."""
    found = tl.select(ends)
    for i in islice(found, bisect_left(found, ref, key=tl.date_of), None):
        if i != trigger and tl.events[i].responds_to in (None, trigger_id):
            return i
    return None


def _entry_date(reading: EnteredFosterCareDate, tl: _Timeline, start: date) -> tuple[date, str]:
    """The date the child enters foster care, counted from a removal (or a placement)."""
    match reading:
        case EnteredFosterCareDate.PLACEMENT:
            return start, "entered foster care on the placement date (option placement)"
        case EnteredFosterCareDate.REMOVAL:
            return start, "entered foster care on the removal date (option removal)"
    sixty = start + _SIXTY_DAYS
    # a finding made before an earlier stay ended belongs to that stay, not to this removal
    dates, date_of = tl.dates, tl.date_of
    discharges = tl.by_kind.get(EventKind.DISCHARGED, _NO_EVENTS)
    before = bisect_left(discharges, start, key=date_of)  # the discharges before this removal
    since = dates[discharges[before - 1]] if before else date.min
    adjudications = tl.by_kind.get(EventKind.ADJUDICATION, _NO_EVENTS)
    after = bisect_right(adjudications, since, key=date_of)  # the first one after ``since``
    first = dates[adjudications[after]] if after < len(adjudications) else None
    if first is not None and first >= sixty:
        first = None
    day0 = entered_foster_care_date(removal=start, first_adjudication=first)
    if day0 == sixty:
        how = "60 days after removal (45 CFR 1355.20)"
        if sixty > tl.as_of:
            how += "; an earlier adjudication would move it earlier"
    else:
        how = "the first adjudication of abuse or neglect (45 CFR 1355.20)"
    return day0, f"entered foster care {day0.isoformat()}: {how}"


def _not_in_force(plan: _Plan, tl: _Timeline, chain: _Chain) -> Finding:
    """Strict effective dating raises; lenient reports the chain as not applicable."""
    rule = plan.rule
    if tl.strict:
        raise RuleNotInForceError(
            f"events[{chain.trigger}].date",
            f"before this rule took effect ({rule.effective_text()}; {rule.effective_basis}); "
            "pass effective='lenient' to report it as not applicable",
            rule=rule.id,
        )
    because = f"the trigger falls before the rule took effect ({rule.effective_text()})"
    return _uncounted(plan, tl, chain, NotApplicable(because=because))


def _inapplicable(plan: _Plan, tl: _Timeline, live: list[_Chain]) -> list[Finding]:
    """For the first condition of the rule the case fails or leaves unknown, a finding per
    chain (not applicable, or indeterminate); none when every condition holds."""
    for condition in plan.rule.applies_if:
        verdict = condition.test(tl.case)
        if verdict is not True:
            detail: StatusDetail = (
                NotApplicable(condition=condition) if verdict is False else Indeterminate(condition)
            )
            return [_uncounted(plan, tl, chain, detail) for chain in live]
    return []


def _still_in_care(
    plan: _Plan, tl: _Timeline, live: list[_Chain], out: list[Finding]
) -> list[_Chain]:
    """The chains of a child still in care on the date it is considered to have entered it;
    the others are reported as not applicable in ``out``."""
    kept = []
    for chain in live:
        if chain.end_date is not None and chain.day0 > chain.end_date:
            because = (
                "the child left care before the date the child is considered to have entered "
                f"foster care ({chain.note})"
            )
            out.append(_uncounted(plan, tl, chain, NotApplicable(because=because)))
        else:
            kept.append(chain)
    return kept


def _uncounted(
    plan: _Plan, tl: _Timeline, chain: _Chain, detail: StatusDetail, window: date | None = None
) -> Finding:
    """A finding with no due date counted (not applicable, indeterminate, no fixed deadline);
    ``window`` is where an act counts from, when one is looked for."""
    return new_finding(
        reading=plan.reading,
        status_detail=detail,
        occurrence=1,
        trigger_event=chain.trigger,
        trigger_date=chain.day0,
        anchor_date=chain.day0,
        due=None,
        window_start=window,
        note=chain.note,
        calendar=tl.calendar,
    )


def _without_deadline(
    plan: _Plan, tl: _Timeline, live: list[_Chain], acts: list[int], taken: set[int]
) -> list[Finding]:
    """No fixed deadline ("promptly", "whenever"): whether and when the act was done."""
    out = []
    for chain in live:
        if chain.trigger in taken:
            continue
        act = _first_act(tl, chain, acts, taken, chain.day0)
        if act is not None:
            taken.add(act)
        detail = NoFixedDeadline(tl.dates[act], act) if act is not None else NoFixedDeadline()
        out.append(_uncounted(plan, tl, chain, detail, chain.day0))
    return out


def _first_act(
    tl: _Timeline, chain: _Chain, acts: list[int], taken: set[int], start: date
) -> int | None:
    """The earliest act of ``acts`` not yet ``taken`` (each act meets at most one occurrence
    of a rule), dated from ``start`` to the chain's last day, that may answer ``chain``.

    ``acts`` is in date order: the search starts at ``start`` (a bisection), so that the cost
    does not grow with the acts before the window."""
    if not acts:
        return None
    dates, limit = tl.dates, chain.last_day
    n = bisect_left(acts, start, key=tl.date_of)
    while n < len(acts):  # a plain loop: most rules have an act or two, where it is fastest
        i = acts[n]
        if dates[i] > limit:
            return None
        if (
            i not in taken
            and i != chain.trigger
            and tl.events[i].responds_to in (None, chain.trigger_id)
        ):
            return i
        n += 1
    return None


# -- occurrences ----------------------------------------------------------------------------


class _Occurrence(NamedTuple):
    """Occurrence ``k`` of ``chain``: due on ``due``, counted from ``anchor_date``, met by an
    act from ``window`` on. Ordered by due date, then by chain (a chain has one occurrence
    waiting at a time, so the order never compares further): the order they are served in."""

    due: date
    order: int
    chain: _Chain
    k: int
    anchor_date: date
    window: date


def _occurrences(
    plan: _Plan, tl: _Timeline, chains: list[_Chain], acts: list[int], taken: set[int]
) -> list[Finding]:
    """Serve the chains' occurrences in due-date order (see the module docstring)."""
    count, period = plan.count, plan.period
    assert count is not None  # only a plan with a fixed deadline has occurrences
    assert period is not None
    queue = []
    for chain in chains:
        due = count(chain.day0, period.amount, tl.calendar)
        queue.append(_Occurrence(due, chain.order, chain, 1, chain.day0, chain.day0))
    heapq.heapify(queue)
    out = []
    while queue:
        occurrence = heapq.heappop(queue)
        chain = occurrence.chain
        found = _first_act(tl, chain, acts, taken, occurrence.window)
        detail, act = _status(plan, tl, chain, occurrence, found)
        if act is not None:
            taken.add(act)
        out.append(
            new_finding(
                reading=plan.reading,
                status_detail=detail,
                occurrence=occurrence.k,
                trigger_event=chain.trigger,
                trigger_date=chain.day0,
                anchor_date=occurrence.anchor_date,
                due=occurrence.due,
                window_start=occurrence.window,
                note=chain.note,
                calendar=tl.calendar,
            )
        )
        if plan.recurs and not isinstance(detail, _SCHEDULE_STOPS):
            following = _next(plan, tl, chain, occurrence, act)
            if following is not None:
                heapq.heappush(queue, following)
    return out


def _status(
    plan: _Plan, tl: _Timeline, chain: _Chain, occurrence: _Occurrence, act: int | None
) -> tuple[StatusDetail, int | None]:
    """The status of ``occurrence``, given the first ``act`` it could take, with what it rests
    on; and the act it takes (the one that met it, or one done though excused)."""
    due, as_of = occurrence.due, tl.as_of
    done = tl.dates[act] if act is not None else None
    if act is not None and done is not None and done <= due:
        return MetOnTime(done, act), act
    if chain.end_date is not None and chain.end_date <= due:
        return NotApplicable(ended_by=chain.end), None
    excuse = _excuse(plan, tl, chain, occurrence) if plan.excuses else None
    if excuse is not None:
        return Excused(excuse[0], excuse[1], done, act), act
    if act is not None and done is not None:
        return MetLate(done, act, _late(plan, tl, due, done)), act
    if as_of > due:
        ended = chain.end if chain.end_date is not None and chain.end_date < as_of else None
        return Overdue(_late(plan, tl, due, chain.last_day), ended), None
    return (_DUE_SOON if (due - as_of).days <= tl.horizon else _PENDING), None


def _late(plan: _Plan, tl: _Timeline, due: date, when: date) -> Lateness:
    """How late ``when`` (after ``due``) is: in the rule's unit (an act on a closed day
    counts as the next business day's), and in calendar days.

    In business days: those after ``due`` up to the day the act counts as, which are the
    business days strictly before ``when`` and that day itself (one count, not a roll and a
    count)."""
    days = (when - due).days
    if plan.late_in_business_days:
        assert plan.period is not None
        before = tl.calendar.business_days_between(due, when - _ONE_DAY)
        return Lateness(before + 1, plan.period.unit, days)
    return Lateness(days, Unit.CALENDAR_DAYS, days)


def _excuse(
    plan: _Plan, tl: _Timeline, chain: _Chain, occurrence: _Occurrence
) -> tuple[StatedException, int] | None:
    """A stated exception documented by an event in the window, on or before the due date."""
    limit = min(occurrence.due, tl.as_of)
    for exception in plan.excuses:
        assert exception.documented_by is not None
        documents = tl.by_kind.get(exception.documented_by, _NO_EVENTS)
        for i in islice(documents, bisect_left(documents, occurrence.window, key=tl.date_of), None):
            if tl.dates[i] > limit:
                break
            if tl.events[i].responds_to in (None, chain.trigger_id):
                return exception, i
    return None


def _next(
    plan: _Plan, tl: _Timeline, chain: _Chain, occurrence: _Occurrence, act: int | None
) -> _Occurrence | None:
    """Occurrence k + 1 of ``chain``, after occurrence k took ``act``; ``None`` when there is
    none to show."""
    k, count, period = occurrence.k, plan.count, plan.period
    assert count is not None
    assert period is not None
    if plan.rolling:
        if act is None:
            return None  # overdue, or excused with no act: the next date depends on an act
        anchor_date = window = tl.dates[act]
        due = count(anchor_date, period.amount, tl.calendar)
    else:
        anchor_date, window = occurrence.anchor_date, occurrence.due + _ONE_DAY
        due = count(chain.day0, period.amount * (k + 1), tl.calendar)
    if chain.end_date is not None and chain.end_date < window:
        return None  # the obligation ended before the next occurrence's window opened
    return _Occurrence(due, chain.order, chain, k + 1, anchor_date, window)
