"""Each reading of each interpretation option changes what it says it changes, and nothing else.

The expected effect of every reading is written out here, from the options' documented
meanings (docs/rules.md, "Interpretation options"), not read from the code: a reading wired to
the wrong trigger, anchor, roll, unit or calendar fails, and so does one that leaks into a rule
that does not declare its option.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings, strategies as st

from coregs.calendar import (
    STATUTE,
    BusinessCalendar,
    colorado_legal_holidays,
    colorado_state_offices,
)
from coregs.compliance import Case, ComplianceReport, ComplianceStatus, check_case
from coregs.periods import Period, Roll, Unit
from coregs.rules import RULEBOOK, Anchor, EventKind, Rule
from coregs.testing import as_of_dates, cases
from tests.property._counting import count_by_hand

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# The documented meaning of each reading, written out.
TRIGGERS = {  # the event that starts the clock
    ("fraud_referral_trigger", "discrepancy_alleged"): EventKind.DISCREPANCY_ALLEGED,
    ("fraud_referral_trigger", "fraud_suspected"): EventKind.FRAUD_SUSPECTED,
    ("correction_letter_trigger", "trails_corrected"): EventKind.TRAILS_CORRECTED,
    ("correction_letter_trigger", "falsification_confirmed"): EventKind.FALSIFICATION_CONFIRMED,
    ("re_prevent_removal_trigger", "placement"): EventKind.PLACED_OUT_OF_HOME,
    ("re_prevent_removal_trigger", "removal"): EventKind.REMOVAL,
    ("entered_foster_care_date", "45 CFR 1355.20"): EventKind.REMOVAL,
    ("entered_foster_care_date", "removal"): EventKind.REMOVAL,
    ("entered_foster_care_date", "placement"): EventKind.PLACED_OUT_OF_HOME,
}
ANCHORS = {  # where occurrence k counts from
    ("six_month_anchor", "previous-act"): Anchor.PREVIOUS_ACT,
    ("six_month_anchor", "case-opening"): Anchor.TRIGGER,
    ("redetermination_anchor", "entry-anniversary"): Anchor.TRIGGER,
    ("redetermination_anchor", "last-redetermination"): Anchor.PREVIOUS_ACT,
    ("re_finalize_interval_from", "last-finding"): Anchor.PREVIOUS_ACT,
    ("re_finalize_interval_from", "entry-anniversary"): Anchor.TRIGGER,
    ("agreement_review_anchor", "previous-review"): Anchor.PREVIOUS_ACT,
    ("agreement_review_anchor", "signature"): Anchor.TRIGGER,
}
BARE_DAYS = {"calendar days": Unit.CALENDAR_DAYS, "working days": Unit.WORKING_DAYS}
CALENDARS = {
    "legal": colorado_legal_holidays,
    "state-offices": colorado_state_offices,
    "statute": lambda: colorado_legal_holidays(STATUTE),
}


def test_the_tables_cover_every_reading_of_every_option() -> None:
    """Every reading the catalog offers has a stated effect above (so none goes unchecked)."""
    stated = {*TRIGGERS, *ANCHORS}
    stated |= {("unqualified_days", v) for v in BARE_DAYS}
    stated |= {("working_days_calendar", v) for v in (*CALENDARS, "caller")}
    stated |= {("calendar_day_roll", v) for v in ("per-rule", "none", "forward")}
    offered = {(o.name, c.value) for o in RULEBOOK.interpretations for c in o.choices}
    assert offered == stated


@st.composite
def _overrides(draw: st.DrawFn) -> dict[str, str]:
    out = {}
    for option in RULEBOOK.interpretations:
        values = [c.value for c in option.choices if c.value != "caller"]
        if draw(st.booleans()):
            out[option.name] = draw(st.sampled_from(values))
    return out


def _reading(report: ComplianceReport, name: str) -> str:
    return report.options[name]


def _roll(rule: Rule, reading: str) -> Roll:
    return {"per-rule": rule.roll, "none": Roll.NONE, "forward": Roll.FORWARD}[reading]


def _period(rule: Rule, report: ComplianceReport) -> Period:
    assert rule.period is not None
    if "unqualified_days" not in rule.option_names:
        return rule.period
    unit = BARE_DAYS[_reading(report, "unqualified_days")]
    parsed = Period.parse(rule.timing, unqualified_days=unit)
    return Period(parsed.amount, parsed.unit)


def _calendar(report: ComplianceReport) -> BusinessCalendar:
    return CALENDARS[_reading(report, "working_days_calendar")]()


@SETTINGS
@given(cases(), as_of_dates(), _overrides())
def test_each_reading_changes_what_it_says(
    case: Case, as_of: date, overrides: dict[str, str]
) -> None:
    """Under any combination of readings, each finding's trigger, anchor, roll, unit and
    calendar are the ones its options' readings name, and its due date is the one they give."""
    report = check_case(case, as_of=as_of, options=overrides)
    for name, value in overrides.items():
        assert report.options[name] == value
    assert report.calendar == _calendar(report).name
    for f in report.findings:
        rule = f.rule
        if f.satisfied_on is not None and f.due is not None and f.satisfied_on <= f.due:
            assert f.status is ComplianceStatus.MET_ON_TIME
        trigger = case.events[f.trigger_event] if f.trigger_event is not None else None
        for name in rule.option_names:
            key = (name, _reading(report, name))
            if key in TRIGGERS:
                assert trigger is not None
                assert trigger.kind is TRIGGERS[key], (rule.id, key)
            if key in ANCHORS and f.due is not None:
                assert f.anchor is ANCHORS[key], (rule.id, key)
        _check_entry_date(rule, report, case, f.trigger_date, trigger)
        if f.due is None or rule.period is None or not rule.period.unit.countable:
            continue
        roll = rule.roll
        if "calendar_day_roll" in rule.option_names:
            roll = _roll(rule, _reading(report, "calendar_day_roll"))
        assert f.roll is roll, rule.id
        period = _period(rule, report)
        assert f.anchor_date is not None
        expected = count_by_hand(f.anchor_date, period, f.nth, roll, _calendar(report))
        assert f.due == expected, rule.id


def _check_entry_date(
    rule: Rule, report: ComplianceReport, case: Case, day0: date | None, trigger: Any
) -> None:
    """The date the child enters foster care, under each reading of the option."""
    if "entered_foster_care_date" not in rule.option_names or trigger is None:
        return
    reading = _reading(report, "entered_foster_care_date")
    if reading in ("removal", "placement"):
        assert day0 == trigger.date
        return
    # 45 CFR 1355.20: the earlier of 60 days after removal and the first adjudication
    sixty = trigger.date + timedelta(days=60)
    adjudications = {e.date for e in case.events if e.kind is EventKind.ADJUDICATION}
    assert day0 is not None
    assert trigger.date <= day0 <= sixty
    assert day0 == sixty or day0 in adjudications or day0 == trigger.date


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), as_of_dates())
def test_a_reading_changes_only_the_rules_that_declare_its_option(case: Case, as_of: date) -> None:
    """Switching any option from its default to any other reading leaves every rule that does
    not declare that option unchanged."""
    default = check_case(case, as_of=as_of)
    for option in RULEBOOK.interpretations:
        for choice in option.choices:
            if choice.value in (option.default, "caller"):
                continue
            other = check_case(case, as_of=as_of, options={option.name: choice.value})
            assert _unaffected(default, option.name) == _unaffected(other, option.name), (
                option.name,
                choice.value,
            )


def _unaffected(report: ComplianceReport, name: str) -> list[dict[str, object]]:
    """The records of the rules option ``name`` cannot change."""

    def affected(rule: Rule) -> bool:
        if name in rule.option_names:
            return True
        # the calendar also decides where a calendar-day due date rolls to
        return name == "working_days_calendar" and rule.roll is not Roll.NONE

    records = zip(report.findings, report.to_records(), strict=True)
    # every finding names the calendar of the check, whichever rule it is
    return [{**r, "calendar": None} for f, r in records if not affected(f.rule)]
