"""coregs.testing's strategies: each draws one value of the type its name says, valid and
varied, and a failing example shows synthetic values while real ones stay hidden."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from coregs import (
    BusinessCalendar,
    Case,
    Closure,
    Event,
    IVEFacts,
    IVEHistory,
    Layer,
    Period,
    Rule,
    Unit,
    check_case,
    due_date,
)
from coregs.testing import (
    FactPair,
    as_of_dates,
    calendars,
    cases,
    closures,
    events,
    iv_e_fact_pairs,
    iv_e_facts,
    iv_e_histories,
    periods,
    rules,
)

FAST = settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
FAILING = settings(max_examples=50, database=None, phases=[Phase.generate])
"""For properties meant to fail: no shrinking (slow on facts), the failing example replayed."""


@FAST
@given(
    st.one_of(
        periods().map(lambda v: (v, Period)),
        closures().map(lambda v: (v, Closure)),
        calendars().map(lambda v: (v, BusinessCalendar)),
        rules(variants=True).map(lambda v: (v, Rule)),
        events().map(lambda v: (v, Event)),
        cases().map(lambda v: (v, Case)),
        iv_e_facts().map(lambda v: (v, IVEFacts)),
        iv_e_fact_pairs().map(lambda v: (v, FactPair)),
        iv_e_histories().map(lambda v: (v, IVEHistory)),
    )
)
def test_every_strategy_draws_one_value_of_its_type(drawn: tuple[object, type]) -> None:
    """One return shape: each strategy yields a coregs value (no tuples of dicts and dates)."""
    value, kind = drawn
    assert isinstance(value, kind)


@FAST
@given(periods(recurring=True))
def test_recurring_periods_recur(period: Period) -> None:
    assert period.every and period.unit.countable and period.amount >= 1


@FAST
@given(periods([Unit.WORKING_DAYS], max_amount=10))
def test_periods_stay_in_the_units_and_bounds_asked(period: Period) -> None:
    assert period.unit is Unit.WORKING_DAYS and 0 <= period.amount <= 10


@FAST
@given(calendars(start=date(2026, 1, 1), end=date(2026, 12, 31)), st.data())
def test_generated_closures_are_closed_days_of_the_calendar(cal: BusinessCalendar, data) -> None:
    """Every local closure a drawn calendar carries is a non-business day of it."""
    local = [c for c in cal.closures if c.layer is Layer.LOCAL]
    assert all(not cal.is_business_day(c.date) for c in local)
    period = data.draw(periods([Unit.WORKING_DAYS], max_amount=30))
    start = data.draw(st.dates(date(2026, 1, 1), date(2026, 11, 30)))
    due = due_date(start, period, calendar=cal).due
    assert due is not None and (period.amount == 0 or cal.is_business_day(due))


@FAST
@given(rules(variants=True), st.dates(date(2025, 1, 1), date(2027, 12, 31)))
def test_rule_variants_are_valid_rules_that_count(rule: Rule, trigger: date) -> None:
    """A county variant keeps the rule's shape and computes its own deadline."""
    deadline = rule.due(trigger, as_of=max(trigger, rule.effective_from or trigger))
    if rule.id.endswith("-variant"):
        assert rule.recurrence is None and rule.period is not None
    if deadline.due is not None:
        assert deadline.due >= trigger


@FAST
@given(rules(fixed_deadline=False, variants=True))
def test_rules_without_a_fixed_deadline_stay_so(rule: Rule) -> None:
    assert not rule.has_fixed_deadline


@FAST
@given(st.data())
def test_as_of_dates_around_a_value_span_it(data) -> None:
    """Evaluation dates drawn around a case or facts start at their first date."""
    case = data.draw(cases())
    as_of = data.draw(as_of_dates(around=case))
    if case.events:
        assert min(e.date for e in case.events) <= as_of
    check_case(case, as_of=as_of)
    facts = data.draw(iv_e_facts())
    assert facts.removal.removal_date is not None
    assert data.draw(as_of_dates(around=facts)) >= facts.removal.removal_date


def _failure(test) -> str:
    """The text hypothesis attaches to a failing property (its notes and failing example)."""
    with pytest.raises(AssertionError) as info:
        test()
    return "\n".join(getattr(info.value, "__notes__", []))


def test_a_failing_property_shows_synthetic_values_as_code() -> None:
    """The issue's complaint: a failing example printed ``case=Case(case_ref=…, events=…)``.
    Synthetic cases now print as ``Case.parse({...})`` with every value."""

    @FAILING
    @given(cases(max_events=5))
    def needs_events(case: Case) -> None:
        assert not case.events

    text = _failure(needs_events)
    assert "Case.parse(" in text
    assert "'kind':" in text and "'date':" in text
    assert "…" not in text


def test_a_value_nested_in_a_tuple_is_still_shown_by_its_note() -> None:
    """Drawn inside another strategy, hypothesis cannot show the call: the note does."""

    @FAILING
    @given(st.tuples(iv_e_facts(), st.integers()))
    def fails(drawn: tuple[IVEFacts, int]) -> None:
        raise AssertionError

    text = _failure(fails)
    assert "facts (synthetic, drawn by coregs.testing): IVEFacts.parse({" in text
    assert "'removal_date':" in text


def test_a_calendar_shows_its_generated_closures() -> None:
    @FAILING
    @given(calendars(max_closures=3))
    def no_local_closures(cal: BusinessCalendar) -> None:
        assert not [c for c in cal.closures if c.layer is Layer.LOCAL]

    text = _failure(no_local_closures)
    assert "calendar (synthetic, drawn by coregs.testing): calendar_named(" in text
    assert "Closure(date(" in text


def test_real_data_stays_hidden() -> None:
    """A case that did not come from a strategy gets no note and keeps its private repr."""
    real = Case.parse(
        {"case_ref": "REAL-1", "events": [{"kind": "case_opened", "date": "2026-01-05"}]}
    )

    @settings(max_examples=1, database=None)
    @given(st.just(real))
    def fails(case: Case) -> None:
        raise AssertionError

    text = _failure(fails)
    assert "2026-01-05" not in text and "REAL-1" not in text
    assert "synthetic" not in text


@FAST
@given(iv_e_histories())
def test_histories_draw_every_way_an_episode_begins(history: IVEHistory) -> None:
    """The drawn histories are valid (parsed), and reach each shape: checked over a sample."""
    assert history.episodes and history.episodes[0].begins is None


def test_the_history_strategy_reaches_every_link() -> None:
    seen: set[object] = set()

    @settings(max_examples=150, database=None, suppress_health_check=list(HealthCheck))
    @given(iv_e_histories())
    def collect(history: IVEHistory) -> None:
        seen.update(e.begins for e in history.episodes[1:])
        seen.update("open case" for e in history.episodes if not e.placements)

    collect()
    assert seen >= {"new_removal", "return_after_trial_home_visit", "fyit_continuation"}
    assert "open case" in seen
