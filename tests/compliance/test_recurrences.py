"""Recurring rules: every occurrence up to as-of and the next one, from their anchor."""

from __future__ import annotations

from datetime import date

from coregs.compliance import Case, ComplianceStatus, check_case

D = date


def _case(*events: dict[str, object], **facts: object) -> Case:
    return Case.parse({**facts, "events": list(events)})


def _ev(kind: str, day: date, **attrs: object) -> dict[str, object]:
    return {"kind": kind, "date": day.isoformat(), **attrs}


def _rows(case: Case, rule_id: str, as_of: date, **options: str) -> list[tuple[object, ...]]:
    report = check_case(case, as_of=as_of, options=options)
    return [(f.occurrence, f.due, f.status) for f in report.for_rule(rule_id)]


REMOVAL = _ev("removal", D(2024, 1, 10), emergency=False, removed_by="court_order")


def test_a_fixed_schedule_reports_each_missed_anniversary_and_the_next() -> None:
    """7.601.71.I.2: "Counties shall redetermine eligibility using the state prescribed form
    every twelve (12) months from the date the child enters foster care." Entry (45 CFR
    1355.20, no adjudication): removal + 60 days = March 10, 2024. Never redetermined."""
    rows = _rows(_case(REMOVAL), "ive-redetermination", D(2026, 12, 1))
    assert rows == [
        (1, D(2025, 3, 10), ComplianceStatus.OVERDUE),
        (2, D(2026, 3, 10), ComplianceStatus.OVERDUE),
        (3, D(2027, 3, 10), ComplianceStatus.PENDING),
    ]


def test_a_rolling_schedule_stops_at_the_first_gap() -> None:
    """7.601.71.K.2: "... and every twelve (12) months thereafter ..." From the last finding,
    the next date is unknowable until the missing finding is made."""
    case = _case(REMOVAL, _ev("permanency_re_finding", D(2025, 2, 1)))
    assert _rows(case, "permanency-re-finding", D(2026, 12, 1)) == [
        (1, D(2025, 3, 10), ComplianceStatus.MET_ON_TIME),
        (2, D(2026, 2, 1), ComplianceStatus.OVERDUE),
    ]


def test_a_late_act_restarts_a_rolling_schedule() -> None:
    """A finding made late is met late, and the next one counts from it."""
    case = _case(REMOVAL, _ev("permanency_re_finding", D(2025, 4, 15)))
    assert _rows(case, "permanency-re-finding", D(2025, 12, 1)) == [
        (1, D(2025, 3, 10), ComplianceStatus.MET_LATE),
        (2, D(2026, 4, 15), ComplianceStatus.PENDING),
    ]


def test_a_discharge_ends_the_schedule() -> None:
    """ "... while the child remains in out-of-home care." After the discharge no finding is
    due; one that fell due before it and was missed stays missed."""
    case = _case(
        REMOVAL,
        _ev("permanency_re_finding", D(2025, 2, 1)),
        _ev("discharged", D(2025, 10, 1)),
    )
    (first, second) = check_case(case, as_of=D(2026, 12, 1)).for_rule("permanency-re-finding")
    assert (first.status, second.status) == (
        ComplianceStatus.MET_ON_TIME,
        ComplianceStatus.NOT_APPLICABLE,
    )
    assert second.end_event == 2


def test_a_child_who_leaves_before_the_entry_date_never_entered() -> None:
    """45 CFR 1355.20: without an adjudication, entry is 60 days after removal; a child home
    after 20 days never reached it."""
    case = _case(REMOVAL, _ev("discharged", D(2024, 1, 30)))
    (f,) = check_case(case, as_of=D(2025, 6, 1)).for_rule("ive-redetermination")
    assert f.status is ComplianceStatus.NOT_APPLICABLE
    assert "left care before" in f.reason
    (g,) = check_case(
        case, as_of=D(2025, 6, 1), options={"entered_foster_care_date": "removal"}
    ).for_rule("ive-redetermination")
    assert g.status is ComplianceStatus.NOT_APPLICABLE
    assert g.end_event == 1


def test_case_documentation_stops_when_the_case_closes() -> None:
    """7.601.6.A: "There shall be case documentation in all active cases ..." """
    case = _case(
        _ev("case_opened", D(2026, 1, 15)),
        _ev("case_activity_documented", D(2026, 6, 1)),
        _ev("case_closed", D(2026, 9, 30)),
    )
    assert _rows(case, "case-activity-documentation", D(2027, 6, 1)) == [
        (1, D(2026, 7, 15), ComplianceStatus.MET_ON_TIME),
        (2, D(2026, 12, 1), ComplianceStatus.NOT_APPLICABLE),
    ]


def test_candidacy_determinations_chain_until_removal() -> None:
    """7.601.71.M: "A determination must be made as to whether the child is at imminent risk of
    removal from the home no less frequently than every six (6) months." The first
    determination starts the clock; each later one meets it and restarts it; a removal ends
    candidacy, and a later determination starts a new chain."""
    case = _case(
        _ev("candidacy_determination", D(2025, 1, 6)),
        _ev("candidacy_determination", D(2025, 7, 1)),
        _ev("candidacy_determination", D(2026, 1, 20)),
        _ev("removal", D(2026, 3, 2), emergency=True, removed_by="law_enforcement"),
        _ev("candidacy_determination", D(2026, 9, 1)),
    )
    report = check_case(case, as_of=D(2026, 12, 1))
    rows = [
        (f.trigger_event, f.occurrence, f.due, f.status)
        for f in report.for_rule("candidacy-redetermination")
    ]
    assert rows == [
        (0, 1, D(2025, 7, 6), ComplianceStatus.MET_ON_TIME),
        (0, 2, D(2026, 1, 1), ComplianceStatus.MET_LATE),
        (0, 3, D(2026, 7, 20), ComplianceStatus.NOT_APPLICABLE),
        (4, 1, D(2027, 3, 1), ComplianceStatus.PENDING),
    ]


def test_an_early_act_shows_the_next_occurrence() -> None:
    """A recurring rule lists every occurrence up to as-of and the next one after it."""
    case = _case(_ev("case_opened", D(2026, 1, 15)), _ev("case_summary_updated", D(2026, 3, 1)))
    assert _rows(case, "case-summary-six-months", D(2026, 4, 1)) == [
        (1, D(2026, 7, 15), ComplianceStatus.MET_ON_TIME),
        (2, D(2026, 9, 1), ComplianceStatus.PENDING),
    ]


def test_a_re_entry_is_dated_from_its_own_adjudication() -> None:
    """45 CFR 1355.20 dates each stay: an adjudication from an earlier, ended stay does not
    make a later removal's entry date its removal date; 60 days after it applies."""
    case = _case(
        REMOVAL,
        _ev("adjudication", D(2024, 2, 1)),
        _ev("discharged", D(2024, 6, 1)),
        _ev("removal", D(2025, 3, 3), emergency=True, removed_by="law_enforcement"),
    )
    report = check_case(case, as_of=D(2025, 4, 1))
    first, second = report.for_rule("permanency-re-finding")
    assert first.trigger_date == D(2024, 2, 1)
    assert second.trigger_date == D(2025, 5, 2)  # 60 days after the second removal


def test_a_rolling_schedule_shows_every_act_however_many() -> None:
    """7.601.6.A.1: "Frequency of case documentation of case activity will be at a minimum every
    six (6) months". Each act restarts the count, so a case documented every other day for
    eight years has one met occurrence per act, and the next one due six months after the last
    act. (The evaluator once stopped a schedule after 1,200 occurrences, dropping the later
    acts and the open occurrence without a word.) The rule rolls a due date on a closed day
    forward."""
    opened = D(2015, 1, 5)
    acts = [D.fromordinal(opened.toordinal() + 2 * k) for k in range(1, 1_501)]
    case = _case(_ev("case_opened", opened), *(_ev("case_activity_documented", d) for d in acts))
    rows = _rows(case, "case-activity-documentation", D(2026, 12, 1))
    assert len(rows) == 1_501
    # 2015-07-05 is a Sunday: due Monday 2015-07-06
    assert rows[0] == (1, D(2015, 7, 6), ComplianceStatus.MET_ON_TIME)
    assert all(status is ComplianceStatus.MET_ON_TIME for _, _, status in rows[:-1])
    # the last act is 3,000 days after 2015-01-05: 2023-03-24; six months later is Sunday
    # 2023-09-24, so due Monday 2023-09-25, before the as-of date and never met
    assert acts[-1] == D(2023, 3, 24)
    assert rows[-1] == (1_501, D(2023, 9, 25), ComplianceStatus.OVERDUE)
