"""Properties of compliance findings over every valid timeline ``coregs.testing`` generates.

Each property is an invariant a county system or a reviewer relies on; hypothesis searches for
a timeline that breaks it.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings, strategies as st

from coregs.calendar import colorado_legal_holidays
from coregs.compliance import Case, ComplianceReport, ComplianceStatus, Finding, check_case
from coregs.periods import Period, Roll, Unit, add_months, count_due, counter, due_date
from coregs.rules import ATTRIBUTES, RULEBOOK, Anchor, EventMatch
from coregs.testing import as_of_dates, cases
from tests.property._counting import count_by_hand

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _satisfying(report_case: Case, f: Finding) -> list[int]:
    rule = f.rule
    return [
        i for i, e in enumerate(report_case.events) if any(m.matches(e) for m in rule.satisfied_by)
    ]


@SETTINGS
@given(cases(), as_of_dates())
def test_evaluation_never_raises_on_a_valid_timeline(case: Case, as_of: date) -> None:
    """Any timeline the shipped strategy generates evaluates, and every finding explains
    itself."""
    report = check_case(case, as_of=as_of)
    for f in report.findings:
        assert f.reason
        f.to_record()
        f.explain()
    report.render(all_findings=True)
    report.to_dict()


@SETTINGS
@given(cases(), as_of_dates())
def test_an_act_on_or_before_the_due_date_is_never_late(case: Case, as_of: date) -> None:
    """'within N days': acting on the due date is on time; only an act after it is late."""
    for f in check_case(case, as_of=as_of).findings:
        if f.satisfied_on is not None and f.due is not None and f.satisfied_on <= f.due:
            assert f.status is ComplianceStatus.MET_ON_TIME
        if f.status is ComplianceStatus.MET_LATE:
            assert f.due is not None
            assert f.satisfied_on is not None
            assert f.satisfied_on > f.due
            assert f.late_by is not None
            assert f.late_by >= 1
            assert f.days_late == (f.satisfied_on - f.due).days
        if f.status is ComplianceStatus.MET_ON_TIME:
            assert f.satisfied_on is not None
            assert f.due is not None
            assert f.satisfied_on <= f.due


@SETTINGS
@given(cases(), as_of_dates())
def test_overdue_means_no_satisfying_act_was_left_unused(case: Case, as_of: date) -> None:
    """Overdue implies no satisfying event by as-of: every act that could have met the
    occurrence was used by another occurrence of the same rule."""
    report = check_case(case, as_of=as_of)
    used: dict[str, set[int]] = {}
    for f in report.findings:
        if f.satisfied_event is not None:
            used.setdefault(f.rule.id, set()).add(f.satisfied_event)
    for f in report.with_status(ComplianceStatus.OVERDUE):
        assert f.due is not None
        assert f.due < as_of
        assert f.satisfied_on is None
        assert f.window_start is not None
        trigger = case.events[f.trigger_event] if f.trigger_event is not None else None
        limit = as_of
        if f.end_event is not None:
            limit = min(limit, case.events[f.end_event].date)
        for i in _satisfying(case, f):
            e = case.events[i]
            if i == f.trigger_event or not f.window_start <= e.date <= limit:
                continue
            if e.responds_to is not None and (trigger is None or e.responds_to != trigger.id):
                continue
            assert i in used.get(f.rule.id, set()), (f.rule.id, i)


@SETTINGS
@given(cases(), as_of_dates())
def test_open_statuses_agree_with_the_dates(case: Case, as_of: date) -> None:
    """Overdue is past due; due soon is within the horizon; pending is beyond it."""
    report = check_case(case, as_of=as_of, due_soon_days=10)
    for f in report.findings:
        if f.status is ComplianceStatus.OVERDUE:
            assert f.due is not None
            assert f.due < as_of
        elif f.status is ComplianceStatus.DUE_SOON:
            assert f.due is not None
            assert 0 <= (f.due - as_of).days <= 10
        elif f.status is ComplianceStatus.PENDING:
            assert f.due is not None
            assert (f.due - as_of).days > 10
        if f.status.is_open:
            assert f.satisfied_on is None


@SETTINGS
@given(cases(), as_of_dates())
def test_each_act_meets_at_most_one_occurrence_of_a_rule(case: Case, as_of: date) -> None:
    """One act, one occurrence: a single determination never counts twice for a rule."""
    seen: set[tuple[str, int]] = set()
    for f in check_case(case, as_of=as_of).findings:
        if f.satisfied_event is not None:
            key = (f.rule.id, f.satisfied_event)
            assert key not in seen
            seen.add(key)


@SETTINGS
@given(cases(), as_of_dates())
def test_recurrences_never_drift(case: Case, as_of: date) -> None:
    """Occurrence k of a fixed schedule is anchor + k x period (clamped, never chained); a
    rolling one is one period after the act that met the previous occurrence."""
    report = check_case(case, as_of=as_of)
    by_chain: dict[tuple[str, int | None], list[Finding]] = {}
    for f in report.findings:
        if f.rule.recurrence is not None and f.due is not None:
            by_chain.setdefault((f.rule.id, f.trigger_event), []).append(f)
    for chain in by_chain.values():
        chain.sort(key=lambda f: f.occurrence)
        for prev, f in zip([None, *chain], chain, strict=False):
            period = f.rule.recurring_period_for(report.options)
            assert period is not None
            assert f.anchor_date is not None
            months = period.amount * (12 if period.unit is Unit.YEARS else 1)
            if f.anchor is Anchor.TRIGGER:
                assert f.anchor_date == f.trigger_date
                unrolled = add_months(f.anchor_date, months * f.occurrence)
            else:
                if prev is not None:
                    assert f.anchor_date == prev.satisfied_on
                unrolled = add_months(f.anchor_date, months)
            assert f.due is not None
            cal = colorado_legal_holidays()
            assert f.due == (cal.roll_forward(unrolled) if f.roll is Roll.FORWARD else unrolled)


@SETTINGS
@given(cases(), as_of_dates())
def test_the_explanation_agrees_with_the_finding(case: Case, as_of: date) -> None:
    """The counting steps a finding shows end on the due date it reports."""
    for f in check_case(case, as_of=as_of).findings:
        deadline = f.deadline()
        if f.due is not None:
            assert deadline is not None
            assert deadline.due == f.due


@SETTINGS
@given(cases(), as_of_dates())
def test_events_after_as_of_change_nothing(case: Case, as_of: date) -> None:
    """The report as of a date is what was known on that date."""
    if any(e.responds_to is not None or e.id is not None for e in case.events):
        return  # dropping a later event could orphan a reference; checked without links
    known = Case.parse(
        {**case.model_dump(), "events": [e.model_dump() for e in case.events if e.date <= as_of]}
    )
    full, cut = check_case(case, as_of=as_of), check_case(known, as_of=as_of)
    strip = ("trigger_event", "satisfied_event", "exception_event", "reason")

    def rows(report: ComplianceReport) -> list[dict[str, object]]:
        return [{k: v for k, v in r.items() if k not in strip} for r in report.to_records()]

    assert rows(full) == rows(cut)


@SETTINGS
@given(cases(), as_of_dates())
def test_evaluation_is_deterministic(case: Case, as_of: date) -> None:
    """Same case, same date, same options: the same findings."""
    assert check_case(case, as_of=as_of).to_dict() == check_case(case, as_of=as_of).to_dict()


_UNITS = [Unit.CALENDAR_DAYS, Unit.WORKING_DAYS, Unit.BUSINESS_DAYS, Unit.MONTHS, Unit.YEARS]


@settings(max_examples=300, deadline=None)
@given(
    st.dates(date(2001, 1, 1), date(2080, 12, 31)),
    st.sampled_from(_UNITS),
    st.integers(1, 200),
    st.integers(1, 4),
    st.sampled_from(list(Roll)),
)
def test_the_counting_kernel_is_the_convention(
    trigger: date, unit: Unit, amount: int, k: int, roll: Roll
) -> None:
    """count_due, counter (which the evaluator counts with, resolved once per rule) and
    due_date (which explains it) give the date the convention gives, counted day by day."""
    if unit in (Unit.MONTHS, Unit.YEARS):
        amount = min(amount, 24 if unit is Unit.MONTHS else 3)
    period = Period(amount, unit, every=True)
    cal = colorado_legal_holidays()
    expected = count_by_hand(trigger, period, k, roll)
    assert count_due(trigger, period, calendar=cal, roll=roll, occurrence=k) == expected
    count = counter(unit, roll)
    assert count is not None
    assert count(trigger, amount * k, cal) == expected
    assert due_date(trigger, period, calendar=cal, roll=roll, occurrence=k).due == expected


def _event_for(match: EventMatch, day: date) -> dict[str, object]:
    """An event of ``match``'s kind on ``day`` that the match accepts."""
    event: dict[str, object] = {"kind": match.kind.value, "date": day.isoformat()}
    for name in match.kind.info.required:
        kind = ATTRIBUTES[name]
        event[name] = True if kind is bool else next(iter(kind)).value  # type: ignore[call-overload]
    for test in match.where:
        event[test.name] = test.one_of[0]
    return event


@settings(max_examples=40, deadline=None)
@given(st.dates(date(2024, 9, 1), date(2027, 6, 30)))
def test_the_evaluator_counts_every_rule_as_rule_due_does(trigger: date) -> None:
    """For every rule with a fixed deadline, the first due date of a case it triggers is the
    one rule.due() counts from that day 0, and the one the convention gives."""
    options = RULEBOOK.options()
    for rule in RULEBOOK:
        reading = rule.read(options)
        if not reading.has_fixed_deadline:
            continue
        facts = {a.attribute: a.one_of[0] for a in rule.applies_if}
        case = Case.parse({**facts, "events": [_event_for(reading.triggers[0], trigger)]})
        (first, *_) = check_case(case, as_of=trigger).for_rule(rule.id)
        day0 = trigger + timedelta(days=60) if reading.entry is not None else trigger
        assert first.trigger_date == day0, rule.id
        assert first.due == rule.due(day0, options=options).due, rule.id
        assert reading.period is not None
        assert first.due == count_by_hand(day0, reading.period, 1, reading.roll), rule.id
