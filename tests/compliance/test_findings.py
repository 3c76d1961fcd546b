"""Findings, status by status, as the regulation's sentences require them."""

from __future__ import annotations

from datetime import date

import pytest

from coregs import OutOfRangeError
from coregs.compliance import Case, ComplianceStatus, Finding, check_case
from coregs.periods import Unit
from coregs.rules import RuleNotInForceError

D = date


def _case(*events: dict[str, object], **facts: object) -> Case:
    return Case.parse({**facts, "events": list(events)})


def _ev(kind: str, day: date, **attrs: object) -> dict[str, object]:
    return {"kind": kind, "date": day.isoformat(), **attrs}


def _one(case: Case, rule_id: str, as_of: date, **kw: object) -> Finding:
    (f,) = check_case(case, as_of=as_of, **kw).for_rule(rule_id)  # type: ignore[arg-type]
    return f


REQUEST = "service-request-contact"


class TestMetAndLate:
    """7.601.4.C: "... contact is made within five (5) working days of receiving a request for
    services ..." Received Friday November 20, 2026: due Monday November 30."""

    def test_contact_on_the_due_date_is_on_time(self) -> None:
        case = _case(
            _ev("service_request_received", D(2026, 11, 20)),
            _ev("service_request_contact", D(2026, 11, 30)),
        )
        f = _one(case, REQUEST, D(2026, 12, 31))
        assert f.status is ComplianceStatus.MET_ON_TIME
        assert (f.due, f.satisfied_on, f.satisfied_event) == (D(2026, 11, 30), D(2026, 11, 30), 1)
        assert f.late_by is None

    def test_a_day_later_is_late_by_one_working_day(self) -> None:
        case = _case(
            _ev("service_request_received", D(2026, 11, 20)),
            _ev("service_request_contact", D(2026, 12, 1)),
        )
        f = _one(case, REQUEST, D(2026, 12, 31))
        assert f.status is ComplianceStatus.MET_LATE
        assert (f.late_by, f.late_unit, f.days_late) == (1, Unit.WORKING_DAYS, 1)
        assert "1 working day after the due date 2026-11-30" in f.reason

    def test_a_weekend_act_after_a_friday_deadline_is_late_by_one_working_day(self) -> None:
        """Received Friday Dec 4: due Friday Dec 11; a contact on Saturday Dec 12 is late."""
        case = _case(
            _ev("service_request_received", D(2026, 12, 4)),
            _ev("service_request_contact", D(2026, 12, 12)),
        )
        f = _one(case, REQUEST, D(2026, 12, 31))
        assert (f.status, f.due, f.late_by, f.days_late) == (
            ComplianceStatus.MET_LATE,
            D(2026, 12, 11),
            1,
            1,
        )

    def test_a_contact_before_the_request_does_not_count(self) -> None:
        case = _case(
            _ev("service_request_contact", D(2026, 11, 19)),
            _ev("service_request_received", D(2026, 11, 20)),
        )
        assert _one(case, REQUEST, D(2026, 12, 31)).status is ComplianceStatus.OVERDUE


class TestOpenStatuses:
    CASE = _case(_ev("service_request_received", D(2026, 11, 20)))

    @pytest.mark.parametrize(
        ("as_of", "status"),
        [
            (D(2026, 11, 20), ComplianceStatus.PENDING),  # due in 10 days, horizon 7
            (D(2026, 11, 23), ComplianceStatus.DUE_SOON),  # due in 7 days
            (D(2026, 11, 30), ComplianceStatus.DUE_SOON),  # due today
            (D(2026, 12, 1), ComplianceStatus.OVERDUE),
        ],
    )
    def test_pending_due_soon_overdue(self, as_of: date, status: ComplianceStatus) -> None:
        """Not done: pending, then due soon inside the horizon, then overdue after the due
        date."""
        assert _one(self.CASE, REQUEST, as_of).status is status

    def test_the_horizon_is_configurable(self) -> None:
        f = _one(self.CASE, REQUEST, D(2026, 11, 20), due_soon_days=10)
        assert f.status is ComplianceStatus.DUE_SOON

    def test_overdue_says_by_how_much_in_the_rules_unit(self) -> None:
        f = _one(self.CASE, REQUEST, D(2026, 12, 7))
        assert (f.late_by, f.late_unit, f.days_late) == (5, Unit.WORKING_DAYS, 7)

    def test_acts_after_as_of_are_not_yet_known(self) -> None:
        case = _case(
            _ev("service_request_received", D(2026, 11, 20)),
            _ev("service_request_contact", D(2026, 11, 24)),
        )
        assert _one(case, REQUEST, D(2026, 11, 23)).status is ComplianceStatus.DUE_SOON
        assert _one(case, REQUEST, D(2026, 11, 24)).status is ComplianceStatus.MET_ON_TIME


class TestExcused:
    """7.601.71.I.1: "... within forty-five (45) calendar days of the placement date unless good
    faith efforts have been made and recorded in the child's record." """

    PLACED = _ev("placed_out_of_home", D(2026, 1, 12), authority="court_order")

    def test_good_faith_recorded_by_the_due_date_excuses_a_late_determination(self) -> None:
        case = _case(
            self.PLACED,
            _ev("good_faith_efforts_recorded", D(2026, 2, 20)),
            _ev("ive_determination", D(2026, 3, 16)),
        )
        f = _one(case, "ive-initial-determination", D(2026, 4, 1))
        assert f.status is ComplianceStatus.EXCUSED
        assert f.exception is not None
        assert f.exception.quote == (
            "unless good faith efforts have been made and recorded in the child's record"
        )
        assert (f.exception_event, f.satisfied_event) == (1, 2)
        assert "unless good faith efforts" in f.reason

    def test_good_faith_recorded_after_the_due_date_does_not(self) -> None:
        case = _case(
            self.PLACED,
            _ev("good_faith_efforts_recorded", D(2026, 3, 1)),
            _ev("ive_determination", D(2026, 3, 16)),
        )
        f = _one(case, "ive-initial-determination", D(2026, 4, 1))
        assert (f.status, f.late_by) == (ComplianceStatus.MET_LATE, 18)

    def test_an_excused_determination_not_yet_made_stays_excused(self) -> None:
        """The exception has no end: not late, though still open."""
        case = _case(self.PLACED, _ev("good_faith_efforts_recorded", D(2026, 2, 1)))
        f = _one(case, "ive-initial-determination", D(2026, 6, 1))
        assert f.status is ComplianceStatus.EXCUSED
        assert f.satisfied_on is None


class TestNotApplicableAndIndeterminate:
    CHANGE = _ev("caseworker_changed", D(2026, 6, 3))

    def test_a_condition_that_fails_makes_the_rule_not_applicable(self) -> None:
        """7.601.6.A.3: "For cases in Program Areas 4, 5, and 6, ..." """
        f = _one(_case(self.CHANGE, program_area=3), "caseworker-change-contact", D(2026, 8, 1))
        assert f.status is ComplianceStatus.NOT_APPLICABLE
        assert "Program Area 4, 5 or 6" in f.reason

    def test_an_unknown_fact_is_indeterminate_never_silently_not_applicable(self) -> None:
        f = _one(_case(self.CHANGE), "caseworker-change-contact", D(2026, 8, 1))
        assert f.status is ComplianceStatus.INDETERMINATE
        assert "program_area" in f.reason

    def test_a_contact_that_does_not_count(self) -> None:
        """ "... telephone or in-person contact with the child and/or provider ..." A written
        note, or a call to a parent, does not meet it."""
        case = _case(
            self.CHANGE,
            _ev("caseworker_contact", D(2026, 6, 10), mode="written", party="child"),
            _ev("caseworker_contact", D(2026, 6, 11), mode="telephone", party="parent"),
            _ev("caseworker_contact", D(2026, 6, 12), mode="telephone", party="provider"),
            program_area=5,
        )
        f = _one(case, "caseworker-change-contact", D(2026, 8, 1))
        assert (f.status, f.satisfied_event) == (ComplianceStatus.MET_ON_TIME, 3)

    def test_a_discharge_before_day_ninety_ends_the_petition_duty(self) -> None:
        """7.601.71.E.3: "If placement of the child is to continue beyond ninety (90) calendar
        days, the county department must obtain a petition ..." """
        case = _case(_ev("vpa_signed", D(2026, 1, 12)), _ev("discharged", D(2026, 3, 1)))
        f = _one(case, "vpa-ninety-day-petition", D(2026, 6, 1))
        assert f.status is ComplianceStatus.NOT_APPLICABLE
        assert f.end_event == 1
        assert "placement continues beyond ninety days" in f.reason

    def test_a_discharge_after_the_due_date_does_not_excuse_a_missed_petition(self) -> None:
        case = _case(_ev("vpa_signed", D(2026, 1, 12)), _ev("discharged", D(2026, 5, 1)))
        f = _one(case, "vpa-ninety-day-petition", D(2026, 12, 1))
        assert f.status is ComplianceStatus.OVERDUE
        assert (f.due, f.days_late, f.end_event) == (D(2026, 4, 12), 19, 1)

    @pytest.mark.parametrize(
        ("court_case", "letters_f1", "letters_f2"),
        [
            ("none", ComplianceStatus.MET_ON_TIME, ComplianceStatus.NOT_APPLICABLE),
            ("open", ComplianceStatus.NOT_APPLICABLE, ComplianceStatus.MET_ON_TIME),
            ("closed", ComplianceStatus.NOT_APPLICABLE, ComplianceStatus.NOT_APPLICABLE),
        ],
    )
    def test_corrected_records_with_no_open_or_closed_court_case(
        self, court_case: str, letters_f1: ComplianceStatus, letters_f2: ComplianceStatus
    ) -> None:
        """7.601.81.F.1 covers a record with "no corresponding dependency and neglect or
        juvenile delinquency case", F.2 one that "relates to an open" case: a record whose
        court case is closed falls under neither."""
        case = _case(
            _ev("falsification_confirmed", D(2026, 5, 1)),
            _ev("trails_corrected", D(2026, 5, 4)),
            _ev("correction_letters_mailed", D(2026, 5, 8)),
            dn_or_jd_case=court_case,
        )
        report = check_case(case, as_of=D(2026, 6, 1))
        assert report.for_rule("correction-letters-no-court-case")[0].status is letters_f1
        assert report.for_rule("correction-letters-court-case")[0].status is letters_f2


class TestNoFixedDeadline:
    def test_promptly_reports_whether_and_when_it_was_done(self) -> None:
        """7.601.31.C.1: "... shall be delivered to the family promptly upon its availability." """
        order = _ev("removal_order_issued", D(2026, 3, 10), emergency=True)
        done = _case(order, _ev("removal_order_copy_delivered", D(2026, 3, 12)))
        f = _one(done, "emergency-removal-order-copy", D(2026, 4, 1))
        assert (f.status, f.due, f.satisfied_on) == (
            ComplianceStatus.NO_FIXED_DEADLINE,
            None,
            D(2026, 3, 12),
        )
        g = _one(_case(order), "emergency-removal-order-copy", D(2026, 4, 1))
        assert g.status is ComplianceStatus.NO_FIXED_DEADLINE
        assert "not recorded as done" in g.reason

    def test_a_non_emergency_order_is_due_at_the_time_of_removal_instead(self) -> None:
        """7.601.31.C.2: "If the removal ... is not an emergency, a copy of the court order ...
        shall also be provided ... at the time of removal." """
        removal = _ev("removal", D(2026, 3, 10), emergency=False, removed_by="court_order")
        case = _case(removal, _ev("removal_order_copy_delivered", D(2026, 3, 11)))
        report = check_case(case, as_of=D(2026, 4, 1))
        (f,) = report.for_rule("nonemergency-removal-order-copy")
        assert (f.status, f.due, f.late_by) == (ComplianceStatus.MET_LATE, D(2026, 3, 10), 1)
        assert not report.for_rule("emergency-removal-order-copy")


class TestEffectiveDating:
    def test_a_trigger_before_a_rule_took_effect_raises_naming_rule_and_event(self) -> None:
        """Strict by default: 7.601.81 is dated from 9/1/2024 in this text."""
        case = _case(_ev("falsification_confirmed", D(2024, 8, 1)))
        with pytest.raises(RuleNotInForceError) as caught:
            check_case(case, as_of=D(2024, 12, 1))
        assert caught.value.field == "events[0].date"
        assert caught.value.rule in {
            "falsification-division-notice",
            "falsification-referral",
            "trails-correction",
        }
        assert "2024-08-01" not in str(caught.value)

    def test_a_due_date_past_the_calendar_raises_naming_the_due_date(self) -> None:
        """7.601.4.C: five working days from Tuesday December 28, 2100 end in 2101, past the
        calendar's years: the event is in them, the due date counted from it is not."""
        case = _case(_ev("service_request_received", D(2100, 12, 28)))
        with pytest.raises(OutOfRangeError) as caught:
            check_case(case, as_of=D(2100, 12, 31))
        assert str(caught.value) == (
            "due: the due date falls outside the supported years 2000-2100 of calendar "
            "'Colorado legal holidays, as observed'"
        )

    def test_lenient_mode_reports_it_as_not_applicable(self) -> None:
        case = _case(_ev("falsification_confirmed", D(2024, 8, 1)))
        report = check_case(case, as_of=D(2024, 12, 1), effective="lenient")
        (f,) = report.for_rule("falsification-division-notice")
        assert f.status is ComplianceStatus.NOT_APPLICABLE
        assert "before the rule took effect" in f.reason


class TestLinkingActsToTriggers:
    def test_an_act_answers_the_request_it_names(self) -> None:
        """Two requests, one contact: the contact answers the request it responds to."""
        case = _case(
            _ev("service_request_received", D(2026, 3, 2), id="r1"),
            _ev("service_request_received", D(2026, 3, 3), id="r2"),
            _ev("service_request_contact", D(2026, 3, 4), responds_to="r2"),
        )
        first, second = check_case(case, as_of=D(2026, 3, 20)).for_rule(REQUEST)
        assert (first.trigger_event, first.status) == (0, ComplianceStatus.OVERDUE)
        assert (second.trigger_event, second.status) == (1, ComplianceStatus.MET_ON_TIME)

    def test_without_links_the_earliest_due_takes_the_earliest_act(self) -> None:
        case = _case(
            _ev("service_request_received", D(2026, 3, 2)),
            _ev("service_request_received", D(2026, 3, 3)),
            _ev("service_request_contact", D(2026, 3, 4)),
        )
        first, second = check_case(case, as_of=D(2026, 3, 20)).for_rule(REQUEST)
        assert (first.status, second.status) == (
            ComplianceStatus.MET_ON_TIME,
            ComplianceStatus.OVERDUE,
        )


class TestStatusDetails:
    """Each status holds its own detail value, and the status is read off it."""

    def test_a_late_act_holds_when_and_how_late(self) -> None:
        """7.601.4.C, received Friday Nov 20, 2026, due Monday Nov 30; contact Tuesday Dec 1."""
        from coregs.compliance import Lateness, MetLate

        case = _case(
            _ev("service_request_received", D(2026, 11, 20)),
            _ev("service_request_contact", D(2026, 12, 1)),
        )
        f = _one(case, REQUEST, D(2026, 12, 31))
        assert f.status_detail == MetLate(D(2026, 12, 1), 1, Lateness(1, Unit.WORKING_DAYS, 1))
        assert f.status is f.status_detail.status is ComplianceStatus.MET_LATE
        assert f.status_detail.late.words() == "1 working day"

    def test_an_excused_occurrence_holds_the_exception_and_its_event(self) -> None:
        """7.601.71.I.1: "... within forty-five (45) calendar days of the placement date unless
        good faith efforts have been made and recorded in the child's record.\""""
        from coregs.compliance import Excused

        case = _case(
            _ev("placed_out_of_home", D(2026, 3, 2), authority="court_order"),
            _ev("good_faith_efforts_recorded", D(2026, 4, 1)),
        )
        f = _one(case, "ive-initial-determination", D(2026, 6, 1))
        assert isinstance(f.status_detail, Excused)
        assert (f.status_detail.documented_by, f.status_detail.on) == (1, None)
        assert f.exception is f.status_detail.exception
        assert f.exception_event == 1

    def test_details_of_different_statuses_never_compare_equal(self) -> None:
        """A status is a type, not a shape: two details without data are still different."""
        from coregs.compliance import DueSoon, MetOnTime, NoFixedDeadline, Pending

        assert Pending() != DueSoon()
        assert MetOnTime(D(2026, 1, 5), 3) != NoFixedDeadline(D(2026, 1, 5), 3)

    def test_an_overdue_occurrence_holds_how_late_so_far(self) -> None:
        from coregs.compliance import Overdue

        case = _case(_ev("service_request_received", D(2026, 11, 20)))
        f = _one(case, REQUEST, D(2026, 12, 2))
        assert isinstance(f.status_detail, Overdue)
        assert (f.status_detail.late.by, f.status_detail.ended_by) == (2, None)
        assert f.reason == "not done; due 2026-11-30, overdue by 2 working days"


class TestTwoConventionsOfTheChecker:
    """Issue 14 §13: two conventions tested but not written down, now in docs/rules.md
    ("Two counting conventions of the checker")."""

    @pytest.mark.parametrize(
        ("as_of", "late_by", "days_late"),
        [(D(2026, 12, 12), 1, 1), (D(2026, 12, 13), 1, 2), (D(2026, 12, 14), 1, 3)],
    )
    def test_a_closed_day_counts_as_the_next_business_days(
        self, as_of: date, late_by: int, days_late: int
    ) -> None:
        """7.601.4.C: "... contact is made within five (5) working days of receiving a request
        for services ..." Received Friday 2026-12-04, due Friday 2026-12-11. Not done: on
        Saturday the 12th, Sunday the 13th and Monday the 14th it is overdue by 1 working day
        (the weekend counts as Monday), and by 1, 2 and 3 calendar days."""
        case = _case(_ev("service_request_received", D(2026, 12, 4)))
        f = _one(case, REQUEST, as_of)
        assert (f.status, f.due) == (ComplianceStatus.OVERDUE, D(2026, 12, 11))
        assert (f.late_by, f.late_unit, f.days_late) == (late_by, Unit.WORKING_DAYS, days_late)

    @pytest.mark.parametrize(
        ("discharged", "status"),
        [
            (D(2026, 4, 12), ComplianceStatus.NOT_APPLICABLE),  # on the due day: ended
            (D(2026, 4, 13), ComplianceStatus.OVERDUE),  # the day after: it was missed
        ],
    )
    def test_a_discharge_on_the_due_day_itself_ends_the_duty(
        self, discharged: date, status: ComplianceStatus
    ) -> None:
        """7.601.71.E.3: "If placement of the child is to continue beyond ninety (90) calendar
        days, the county department must obtain a petition ...". Signed 2026-01-12, day 90 is
        2026-04-12: a discharge that day means placement did not continue beyond ninety days
        (the discharge date is the first day out of care): "on or before" the due date ends the
        duty, not only "before"."""
        case = _case(_ev("vpa_signed", D(2026, 1, 12)), _ev("discharged", discharged))
        f = _one(case, "vpa-ninety-day-petition", D(2026, 6, 1))
        assert (f.status, f.due) == (status, D(2026, 4, 12))


def test_the_evaluators_finding_factory_puts_each_keyword_in_its_field() -> None:
    """``new_finding`` builds a finding positionally from keywords: each value must land in
    the field of its name (a distinct marker per field shows a swap)."""
    import inspect

    from coregs.compliance._finding import new_finding

    assert tuple(inspect.signature(new_finding).parameters) == Finding._fields
    markers = {name: object() for name in Finding._fields}
    built = new_finding(**markers)  # type: ignore[arg-type]
    assert {name: getattr(built, name) for name in Finding._fields} == markers


def test_a_report_records_its_own_callers_options_not_used() -> None:
    """The plans are remembered per set of options: a check given an Options value whose
    not-used choices differ from an earlier check's (or that has none) records its own, never
    the earlier caller's (issue 14 §1)."""
    from coregs import ALL_OPTIONS, resolve_options

    case = Case.parse({"events": [{"kind": "service_request_received", "date": "2026-03-02"}]})
    day = date(2026, 4, 1)
    iv_e = resolve_options(ALL_OPTIONS, {"relinquishment_removal": "placement"})
    other = resolve_options(ALL_OPTIONS, {"relinquishment_removal": "first-court-order"})
    plain = resolve_options(ALL_OPTIONS, {"six_month_anchor": "case-opening"})
    assert [c.value for c in check_case(case, as_of=day, options=iv_e).options.not_used] == [
        "placement"
    ]
    assert check_case(case, as_of=day, options=other).options.not_used == ()
    assert check_case(case, as_of=day, options=plain).options.not_used == ()
    assert [c.value for c in check_case(case, as_of=day, options=iv_e).options.not_used] == [
        "placement"
    ]
