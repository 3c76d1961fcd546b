"""Interpretation options: each ambiguity has a documented default, can be overridden by name,
and is recorded on every result."""

from __future__ import annotations

from datetime import date

import pytest

from coregs import UnknownOptionError
from coregs.calendar import colorado_legal_holidays
from coregs.compliance import Case, ComplianceStatus, check_case
from coregs.rules import RULEBOOK, entered_foster_care_date

D = date


def _case(*events: dict[str, object], **facts: object) -> Case:
    return Case.parse({**facts, "events": list(events)})


def _ev(kind: str, day: date, **attrs: object) -> dict[str, object]:
    return {"kind": kind, "date": day.isoformat(), **attrs}


def test_every_option_has_a_default_a_reason_and_a_citation() -> None:
    """The options the issue names are all declared, each with a default and why."""
    names = {o.name for o in RULEBOOK.interpretations}
    assert {
        "unqualified_days",
        "fraud_referral_trigger",
        "correction_letter_trigger",
        "six_month_anchor",
        "entered_foster_care_date",
        "working_days_calendar",
    } <= names
    for o in RULEBOOK.interpretations:
        assert o.reason
        assert o.citation
        assert o.default in {c.value for c in o.choices}


def test_unknown_options_and_choices_are_errors() -> None:
    """A typo never goes unnoticed."""
    with pytest.raises(UnknownOptionError):
        RULEBOOK.options({"unqualified_dayz": "calendar days"})
    with pytest.raises(UnknownOptionError):
        RULEBOOK.get("7.601.2.A.7").due(D(2026, 6, 3), options={"unqualified_days": "weeks"})
    with pytest.raises(UnknownOptionError):  # an option this rule does not have
        RULEBOOK.get("7.601.4.C").due(D(2026, 6, 3), options={"unqualified_days": "weeks"})


def test_unqualified_days_are_calendar_days_by_default() -> None:
    """7.601.2.A.8: "... within thirty (30) days of signature." """
    rule = RULEBOOK.get("7.601.2.A.8")
    default = rule.due(D(2026, 6, 3))
    assert default.due == D(2026, 7, 6)
    assert default.options["unqualified_days"] == "calendar days"
    working = rule.due(D(2026, 6, 3), options={"unqualified_days": "working days"})
    assert working.due == D(2026, 7, 17)
    assert [c.name for c in working.options.overridden] == ["unqualified_days"]


def test_the_missing_trigger_of_the_fraud_referral() -> None:
    """7.601.8.A: "County departments shall refer, within ten (10) working days, ... any
    alleged discrepancy ..." The text says ten working days of nothing."""
    case = _case(
        _ev("discrepancy_alleged", D(2026, 3, 2)),
        _ev("fraud_suspected", D(2026, 3, 20)),
        _ev("fraud_referred", D(2026, 3, 25)),
    )
    as_of = D(2026, 4, 30)
    (default,) = check_case(case, as_of=as_of).for_rule("fraud-referral")
    assert default.due == D(2026, 3, 16)
    assert default.status is ComplianceStatus.MET_LATE
    report = check_case(case, as_of=as_of, options={"fraud_referral_trigger": "fraud_suspected"})
    (suspected,) = report.for_rule("fraud-referral")
    assert suspected.due == D(2026, 4, 3)
    assert suspected.status is ComplianceStatus.MET_ON_TIME
    assert report.options["fraud_referral_trigger"] == "fraud_suspected"


def test_the_trigger_of_the_mailed_correction_letters() -> None:
    """7.601.81.F.1: "... which shall be mailed by first class U.S. mail to the last known
    address of each individual within ten (10) working days." Of the correction (default) or
    of the confirmation."""
    case = _case(
        _ev("falsification_confirmed", D(2026, 5, 1)),
        _ev("trails_corrected", D(2026, 5, 11)),
        _ev("correction_letters_mailed", D(2026, 5, 20)),
        dn_or_jd_case="none",
    )
    as_of = D(2026, 6, 30)
    (f,) = check_case(case, as_of=as_of).for_rule("correction-letters-no-court-case")
    assert (f.due, f.status) == (
        D(2026, 5, 26),
        ComplianceStatus.MET_ON_TIME,
    )  # Memorial Day skipped
    report = check_case(
        case, as_of=as_of, options={"correction_letter_trigger": "falsification_confirmed"}
    )
    (g,) = report.for_rule("correction-letters-no-court-case")
    assert (g.due, g.status, g.late_by) == (D(2026, 5, 15), ComplianceStatus.MET_LATE, 3)


def test_six_months_from_the_previous_act_or_from_case_opening() -> None:
    """7.601.6.A.2: "Summary documentation updating a case record shall be done at least every
    six (6) months ..." Counted from the previous summary (default) or on a fixed schedule from
    case opening."""
    case = _case(
        _ev("case_opened", D(2026, 1, 15)),
        _ev("case_summary_updated", D(2026, 5, 1)),
        _ev("case_summary_updated", D(2026, 11, 20)),
    )
    as_of = D(2026, 12, 1)
    rolling = check_case(case, as_of=as_of).for_rule("case-summary-six-months")
    assert [(f.due, f.status) for f in rolling] == [
        (D(2026, 7, 15), ComplianceStatus.MET_ON_TIME),
        (
            D(2026, 11, 2),
            ComplianceStatus.MET_LATE,
        ),  # May 1 + 6 months is a Sunday: rolled to Monday
        (D(2027, 5, 20), ComplianceStatus.PENDING),
    ]
    fixed = check_case(case, as_of=as_of, options={"six_month_anchor": "case-opening"})
    assert [(f.due, f.status) for f in fixed.for_rule("case-summary-six-months")] == [
        (D(2026, 7, 15), ComplianceStatus.MET_ON_TIME),
        (D(2027, 1, 15), ComplianceStatus.MET_ON_TIME),  # Nov 20 falls in the second window
        (D(2027, 7, 15), ComplianceStatus.PENDING),  # the next one after as-of
    ]


def test_the_date_the_child_enters_foster_care() -> None:
    """7.601.71.K.2: "This finding must be made within twelve (12) months of the date the child
    enters foster care ..." 45 CFR 1355.20: the earlier of the first adjudication and 60 days
    after removal (default); or the removal or placement date."""
    assert entered_foster_care_date(removal=D(2026, 1, 10)) == D(2026, 3, 11)
    assert entered_foster_care_date(removal=D(2026, 1, 10), first_adjudication=D(2026, 2, 2)) == D(
        2026, 2, 2
    )
    assert entered_foster_care_date(removal=D(2026, 1, 10), first_adjudication=D(2025, 12, 1)) == D(
        2026, 1, 10
    )
    assert entered_foster_care_date(reading="removal", removal=D(2026, 1, 10)) == D(2026, 1, 10)
    assert entered_foster_care_date(reading="placement", placement=D(2026, 1, 12)) == D(2026, 1, 12)
    case = _case(
        _ev("removal", D(2026, 1, 10), emergency=True, removed_by="law_enforcement"),
        _ev("placed_out_of_home", D(2026, 1, 12), authority="court_order"),
    )
    dues = {}
    for reading in ("45 CFR 1355.20", "removal", "placement"):
        report = check_case(
            case, as_of=D(2026, 6, 1), options={"entered_foster_care_date": reading}
        )
        (f,) = report.for_rule("permanency-re-finding")
        dues[reading] = f.due
    assert dues == {
        "45 CFR 1355.20": D(2027, 3, 11),
        "removal": D(2027, 1, 10),
        "placement": D(2027, 1, 12),
    }


def test_which_calendar_counts_working_days() -> None:
    """The calendar is named on every result. The state-offices calendar adds governor's
    holidays (Friday July 5, 2024 after Independence Day); a caller may pass its own."""
    rule = RULEBOOK.get("7.601.4.C")
    legal = rule.due(D(2024, 7, 3))
    assert legal.due == D(2024, 7, 11)
    assert legal.calendar == "Colorado legal holidays, as observed"
    offices = rule.due(D(2024, 7, 3), options={"working_days_calendar": "state-offices"})
    assert offices.due == D(2024, 7, 12)
    assert offices.calendar == "Colorado state offices"
    cal = colorado_legal_holidays().with_closures([], name="Example County DHS")
    own = rule.due(D(2024, 7, 3), calendar=cal)
    assert own.calendar == "Example County DHS"
    assert own.options["working_days_calendar"] == "caller"


def test_calendar_day_roll_can_be_switched_off_or_forced() -> None:
    """C.R.S. 24-11-110 rolls acts due at a closed office; a reviewer may count raw days."""
    rule = RULEBOOK.get("7.601.71.I.1")
    assert rule.due(D(2026, 5, 20)).due == D(2026, 7, 6)
    assert rule.due(D(2026, 5, 20), options={"calendar_day_roll": "none"}).due == D(2026, 7, 4)
    court = RULEBOOK.get("7.601.71.B.3")
    assert court.due(D(2026, 5, 5)).due == D(2026, 7, 4)
    assert court.due(D(2026, 5, 5), options={"calendar_day_roll": "forward"}).due == D(2026, 7, 6)


def test_reasonable_efforts_from_placement_or_removal() -> None:
    """7.601.71.B.3 counts "after the date the child is placed in out-of-home care"; federal
    law counts "from the date the child is removed" (45 CFR 1356.21(b)(1))."""
    case = _case(
        _ev("removal", D(2026, 3, 1), emergency=True, removed_by="law_enforcement"),
        _ev("placed_out_of_home", D(2026, 3, 4), authority="court_order"),
    )
    (f,) = check_case(case, as_of=D(2026, 3, 10)).for_rule("re-prevent-removal-order")
    assert f.due == D(2026, 5, 3)
    report = check_case(
        case, as_of=D(2026, 3, 10), options={"re_prevent_removal_trigger": "removal"}
    )
    (g,) = report.for_rule("re-prevent-removal-order")
    assert g.due == D(2026, 4, 30)


def test_redetermination_and_permanency_anchors() -> None:
    """7.601.71.I.2 "every twelve (12) months from the date the child enters foster care"
    (fixed by default); K.2 "every twelve (12) months thereafter" (from the last finding by
    default)."""
    case = _case(
        _ev("removal", D(2025, 1, 10), emergency=False, removed_by="court_order"),
        _ev("adjudication", D(2025, 2, 3)),
        _ev("ive_redetermination", D(2025, 11, 3)),
        _ev("permanency_re_finding", D(2025, 11, 3)),
    )
    as_of = D(2026, 1, 5)
    report = check_case(case, as_of=as_of)
    assert [f.due for f in report.for_rule("ive-redetermination")] == [
        D(2026, 2, 3),
        D(2027, 2, 3),
    ]
    assert [f.due for f in report.for_rule("permanency-re-finding")] == [
        D(2026, 2, 3),
        D(2026, 11, 3),
    ]
    swapped = check_case(
        case,
        as_of=as_of,
        options={
            "redetermination_anchor": "last-redetermination",
            "re_finalize_interval_from": "entry-anniversary",
        },
    )
    assert [f.due for f in swapped.for_rule("ive-redetermination")][-1] == D(2026, 11, 3)
    assert [f.due for f in swapped.for_rule("permanency-re-finding")][-1] == D(2027, 2, 3)


def test_every_result_records_the_options_it_used() -> None:
    """Two reviewers who disagree can see why: the options are on every finding and report."""
    case = _case(_ev("service_request_received", D(2026, 11, 20)))
    report = check_case(case, as_of=D(2026, 11, 21), options={"six_month_anchor": "case-opening"})
    assert report.options["six_month_anchor"] == "case-opening"
    assert [c.name for c in report.options.overridden] == ["six_month_anchor"]
    (f,) = report.findings
    assert f.options is report.options
    assert {"name": "six_month_anchor", "value": "case-opening", "default": False} in [
        {k: o[k] for k in ("name", "value", "default")} for o in report.to_dict()["options"]
    ]
