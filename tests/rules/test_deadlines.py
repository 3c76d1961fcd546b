"""Deadlines of every rule with a period, derived by hand from the text, across the calendar's
hard cases: weekends, Thanksgiving week, Independence Day 2026 (a Saturday, observed Friday
July 3), Christmas and New Year, month ends and leap years.

Convention (docs/counting.md): the trigger is day 0; "within N calendar days of D" is due D + N;
"within N working days" is the N-th business day after D. Whether a calendar-day due date on a
closed day rolls forward is the rule's policy: acts due at a county office roll (C.R.S.
24-11-110), court orders and Title IV-E limits do not. Calendar: Colorado legal holidays as
observed (the default).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from coregs import BusinessCalendar, InputError, OutOfRangeError
from coregs.rules import RULEBOOK, Anchor, RuleNotInForceError

D = date


def due(rule_id: str, trigger: date, *, occurrence: int = 1, **options: str) -> date | None:
    return RULEBOOK.get(rule_id).due(trigger, options=options, occurrence=occurrence).due


class TestWorkingDays:
    """7.601.4.C: "County departments shall ensure that personal, telephone, or written contact
    is made within five (5) working days of receiving a request for services that does not
    involve allegations of abuse and/or neglect ..." """

    @pytest.mark.parametrize(
        ("received", "expected", "why"),
        [
            (D(2026, 11, 20), D(2026, 11, 30), "Thanksgiving Thursday is skipped"),
            (D(2026, 7, 1), D(2026, 7, 9), "Independence Day observed Friday July 3 is skipped"),
            (D(2026, 12, 19), D(2026, 12, 28), "a Saturday trigger; Christmas Friday skipped"),
            (D(2026, 12, 30), D(2027, 1, 7), "New Year's Day Friday is skipped"),
            (D(2026, 3, 30), D(2026, 4, 6), "Cesar Chavez Day (Mar 31) is a working day"),
        ],
    )
    def test_five_working_days_of_receiving_a_request(
        self, received: date, expected: date, why: str
    ) -> None:
        """Five working days, the request day never counting."""
        assert due("service-request-contact", received) == expected, why

    def test_the_days_skipped_over_thanksgiving_are_named(self) -> None:
        """The deadline says which days it skipped and why."""
        deadline = RULEBOOK.get("7.601.4.C").due(D(2026, 11, 20))
        names = {d.date: d.name for d in deadline.skipped}
        assert names[D(2026, 11, 26)] == "Thanksgiving Day"
        assert names[D(2026, 11, 21)] == "Saturday"
        assert "within five (5) working days" in deadline.explain()


class TestFalsificationDeadlines:
    """7.601.81.B.1, D, E and F.2: one, three and ten working days."""

    @pytest.mark.parametrize(
        ("leave", "expected"),
        [
            (D(2026, 7, 2), D(2026, 7, 6)),  # Thursday; Friday July 3 is the observed holiday
            (D(2026, 9, 4), D(2026, 9, 8)),  # Friday before Labor Day
            (D(2026, 11, 25), D(2026, 11, 27)),  # the day after Thanksgiving is a working day
        ],
    )
    def test_suspension_request_within_one_working_day_from_leave(
        self, leave: date, expected: date
    ) -> None:
        """7.601.81.B.1: "... request that the state department suspend the employee's access
        ... within one (1) working day from the date the employee is placed on leave." """
        assert due("trails-suspension-request", leave) == expected

    @pytest.mark.parametrize(
        ("confirmed", "expected"),
        [(D(2026, 11, 25), D(2026, 12, 1)), (D(2026, 12, 24), D(2026, 12, 30))],
    )
    def test_division_notice_within_three_working_days(
        self, confirmed: date, expected: date
    ) -> None:
        """7.601.81.D: "The county department shall notify the Division of Child Welfare of a
        confirmed incident of falsification of child welfare records within three (3) working
        days of the confirmation." """
        assert due("falsification-division-notice", confirmed) == expected

    @pytest.mark.parametrize(
        ("confirmed", "expected"),
        [(D(2026, 11, 16), D(2026, 12, 1)), (D(2026, 12, 18), D(2027, 1, 5))],
    )
    def test_referral_within_ten_working_days(self, confirmed: date, expected: date) -> None:
        """7.601.81.E: "... refer confirmed incidents ... to the appropriate law enforcement
        agency or the district attorney within ten (10) working days of the confirmation." """
        assert due("falsification-referral", confirmed) == expected

    def test_court_notice_within_ten_working_days_of_the_correction(self) -> None:
        """7.601.81.F.2: "... has been corrected within ten (10) working days of making the
        correction." Over the observed Independence Day."""
        assert due("court-correction-notice", D(2026, 6, 24)) == D(2026, 7, 9)
        assert due("correction-letters-court-case", D(2026, 6, 24)) == D(2026, 7, 9)

    def test_fraud_referral_within_ten_working_days(self) -> None:
        """7.601.8.A: "County departments shall refer, within ten (10) working days, to the
        appropriate investigatory agency and the district attorney any alleged discrepancy
        ..." Over Christmas and New Year."""
        assert due("fraud-referral", D(2026, 12, 18)) == D(2027, 1, 5)


class TestBusinessDays:
    def test_emergency_assistance_within_thirty_business_days(self) -> None:
        """7.601.73.C: "The county shall complete the eligibility determination within thirty
        (30) business days of case opening." Over Veterans Day and Thanksgiving."""
        assert due("ea-determination", D(2026, 11, 2)) == D(2026, 12, 16)

    @pytest.mark.parametrize(
        ("contact", "expected"),
        [
            (D(2026, 11, 25), D(2026, 11, 30)),
            (D(2026, 7, 4), D(2026, 7, 7)),  # an online complaint on the holiday itself
            (D(2026, 12, 24), D(2026, 12, 29)),
        ],
    )
    def test_ombudsman_intake_within_two_business_days(self, contact: date, expected: date) -> None:
        """CPO Case Process 1: "Once the CPO receives contact from a citizen, staff will work to
        complete an intake within two-business days." """
        assert due("cpo-intake", contact) == expected


class TestCalendarDaysThatRoll:
    """County acts due on a closed day roll to the next business day (C.R.S. 24-11-110)."""

    @pytest.mark.parametrize(
        ("placed", "expected", "why"),
        [
            (D(2026, 11, 20), D(2027, 1, 4), "day 45 is a Monday"),
            (D(2026, 5, 20), D(2026, 7, 6), "day 45 is Saturday July 4: rolls to Monday"),
            (D(2026, 11, 10), D(2026, 12, 28), "day 45 is Christmas: rolls to Monday"),
            (D(2027, 11, 17), D(2028, 1, 3), "day 45 is Saturday Jan 1, 2028: rolls to Monday"),
        ],
    )
    def test_initial_determination_within_45_calendar_days(
        self, placed: date, expected: date, why: str
    ) -> None:
        """7.601.71.I.1: "The county department is responsible for determining the eligibility
        of every child entering out-of-home foster care within forty-five (45) calendar days of
        the placement date ..." """
        assert due("ive-initial-determination", placed) == expected, why

    def test_ssi_application_within_45_calendar_days(self) -> None:
        """7.601.72.D: "Application for benefits shall begin within forty-five (45) calendar
        days of the child's out-of-home placement in appropriate cases." """
        assert due("ssi-application", D(2026, 5, 20)) == D(2026, 7, 6)

    @pytest.mark.parametrize(
        ("closed", "expected"),
        [(D(2026, 10, 27), D(2026, 11, 27)), (D(2026, 12, 2), D(2027, 1, 4))],
    )
    def test_closing_summary_within_thirty_calendar_days(
        self, closed: date, expected: date
    ) -> None:
        """7.601.6.F: "A written summary shall be completed within thirty (30) calendar days of
        closure ..." Day 30 on Thanksgiving rolls to Friday; on New Year's Day to Monday."""
        assert due("closing-summary", closed) == expected

    def test_new_caseworker_contact_within_thirty_calendar_days(self) -> None:
        """7.601.6.A.3: "... the new caseworker shall have telephone or in-person contact with
        the child and/or provider within thirty (30) calendar days after the change or
        transfer." Day 30 is Friday July 3, 2026, the observed Independence Day."""
        assert due("caseworker-change-contact", D(2026, 6, 3)) == D(2026, 7, 6)

    def test_client_reports_within_thirty_calendar_days(self) -> None:
        """7.601.3.B: "... the client's responsibility to report within thirty (30) calendar
        days, changes of circumstances affecting their eligibility." Day 30 is Christmas."""
        assert due("client-reports-change", D(2026, 11, 25)) == D(2026, 12, 28)

    def test_agreement_copies_within_thirty_days(self) -> None:
        """7.601.2.A.7 and A.8: "... within thirty (30) days of signature." Bare days are
        calendar days by default (option unqualified_days)."""
        assert due("csp-agreement-copy", D(2026, 6, 3)) == D(2026, 7, 6)
        assert due("le-agreement-copy", D(2026, 6, 3)) == D(2026, 7, 6)
        working = {"unqualified_days": "working days"}
        assert due("le-agreement-copy", D(2026, 6, 3), **working) == D(2026, 7, 17)


class TestCourtDeadlinesNeverRoll:
    """Court orders are dated when made; Title IV-E limits have no holiday extension."""

    @pytest.mark.parametrize(
        ("placed", "expected"),
        [(D(2026, 5, 5), D(2026, 7, 4)), (D(2026, 10, 27), D(2026, 12, 26))],
    )
    def test_reasonable_efforts_order_within_sixty_calendar_days(
        self, placed: date, expected: date
    ) -> None:
        """7.601.71.B.3: "There must be an order of the court within sixty (60) calendar days
        after the date the child is placed in out-of-home care ..." Day 60 on a Saturday stays
        on the Saturday."""
        assert due("re-prevent-removal-order", placed) == expected

    def test_voluntary_placement_limited_to_ninety_calendar_days(self) -> None:
        """7.601.71.E.3: "Voluntary placement agreements are limited to ninety (90) calendar
        days." Day 90 is Saturday July 4, 2026."""
        assert due("vpa-ninety-day-petition", D(2026, 4, 5)) == D(2026, 7, 4)

    def test_voluntary_services_petition_by_day_ninety(self) -> None:
        """7.601.71.F.3: "If the placement of the youth is to continue beyond ninety (90)
        calendar days, the county department must file a petition ..." """
        assert due("vsa-ninety-day-petition", D(2026, 10, 2)) == D(2026, 12, 31)

    @pytest.mark.parametrize(
        ("placed", "expected", "why"),
        [
            (D(2026, 9, 3), D(2027, 3, 2), "February 2027 has 28 days"),
            (D(2027, 9, 3), D(2028, 3, 1), "February 2028 has 29 days"),
        ],
    )
    def test_best_interests_order_within_180_calendar_days(
        self, placed: date, expected: date, why: str
    ) -> None:
        """7.601.71.E.4, F.4 and K.1: "... within one hundred eighty (180) calendar days of the
        child's placement in foster care ..." """
        for rule_id in (
            "vpa-best-interests-order",
            "vsa-best-interests-order",
            "vpa-continued-placement-authority",
        ):
            assert due(rule_id, placed) == expected, (rule_id, why)

    def test_permanency_finding_within_twelve_months(self) -> None:
        """7.601.71.K.2: "This finding must be made within twelve (12) months of the date the
        child enters foster care ..." A Sunday due date stays a Sunday."""
        assert due("permanency-re-finding", D(2026, 7, 4)) == D(2027, 7, 4)
        assert due("permanency-re-finding", D(2024, 2, 29)) == D(2025, 2, 28)

    def test_candidacy_at_least_every_six_months(self) -> None:
        """7.601.71.M: "A determination must be made as to whether the child is at imminent
        risk of removal from the home no less frequently than every six (6) months." """
        assert due("candidacy-redetermination", D(2026, 1, 4)) == D(2026, 7, 4)

    def test_first_ruling_is_due_at_the_ruling(self) -> None:
        """7.601.71.B.2: "The first court ruling sanctioning the removal of the child from the
        home must contain findings ..." Due on the ruling's own date."""
        assert due("first-ruling-ctw-finding", D(2026, 7, 3)) == D(2026, 7, 3)


class TestAtTheTimeOfAndPromptly:
    def test_notice_at_the_time_of_removal(self) -> None:
        """7.601.31.C: "The notice shall be delivered at the time of a child's removal ..." Due
        on the removal date, a holiday or not."""
        assert due("removal-rights-notice", D(2026, 7, 4)) == D(2026, 7, 4)
        assert due("nonemergency-removal-order-copy", D(2026, 12, 25)) == D(2026, 12, 25)

    def test_promptly_has_no_fixed_deadline(self) -> None:
        """7.601.31.C.1: "... shall be delivered to the family promptly upon its availability." """
        deadline = RULEBOOK.get("7.601.31.C.1").due(D(2026, 7, 4))
        assert deadline.due is None
        assert not deadline.has_fixed_date
        assert '"promptly" sets no computable due date.' in deadline.explain()

    def test_whenever_has_no_period_at_all(self) -> None:
        """7.601.6.A.2: "... or whenever a case is transferred from county to county ..." """
        deadline = RULEBOOK.get("case-summary-on-change").due(D(2026, 7, 4))
        assert deadline.due_date is None
        assert deadline.due is None
        assert "no fixed deadline" in deadline.explain()

    def test_the_summary_goes_with_the_administrative_review_findings(self) -> None:
        """7.601.6.B ¶2: "The county shall submit this written summary with the Administrative
        Review findings to the court." Due the day the findings go, a Saturday or not."""
        assert due("administrative-review-summary-to-court", D(2026, 5, 12)) == D(2026, 5, 12)
        assert due("administrative-review-summary-to-court", D(2026, 7, 4)) == D(2026, 7, 4)

    @pytest.mark.parametrize(
        ("rule_id", "words"),
        [
            ("close-case-on-leaving-county", '"When"'),
            ("cpo-closure", '"Upon resolution of the case"'),
        ],
    )
    def test_when_and_upon_state_no_period(self, rule_id: str, words: str) -> None:
        """7.601.3.C: "When a client leaves the original county of residence that county
        department shall close its case file ..."; the Ombudsman's closure: "Upon resolution of
        the case, the CSA will work to inform the client ..." No period: no fixed deadline."""
        deadline = RULEBOOK.get(rule_id).due(D(2026, 4, 10))
        assert deadline.due_date is None
        assert f"No period is stated ({words}): no fixed deadline." in deadline.explain()


class TestRecurrencesFromTheirAnchor:
    @pytest.mark.parametrize(
        ("occurrence", "expected", "why"),
        [
            (1, D(2025, 2, 28), "Feb 28, 2025 is a Friday"),
            (2, D(2026, 3, 2), "Feb 28, 2026 is a Saturday: rolls to Monday"),
            (3, D(2027, 3, 1), "Feb 28, 2027 is a Sunday: rolls to Monday"),
            (4, D(2028, 2, 29), "2028 is a leap year: back to the 29th, never drifted"),
        ],
    )
    def test_redetermination_every_twelve_months_from_entry(
        self, occurrence: int, expected: date, why: str
    ) -> None:
        """7.601.71.I.2: "Counties shall redetermine eligibility using the state prescribed
        form every twelve (12) months from the date the child enters foster care." From a
        February 29 entry."""
        got = due("ive-redetermination", D(2024, 2, 29), occurrence=occurrence)
        assert got == expected, why

    @pytest.mark.parametrize(
        ("occurrence", "expected"),
        [(1, D(2027, 3, 1)), (2, D(2027, 8, 31)), (3, D(2028, 2, 29)), (4, D(2028, 8, 31))],
    )
    def test_six_month_documentation_from_august_31(self, occurrence: int, expected: date) -> None:
        """7.601.6.A.1: "Frequency of case documentation of case activity will be at a minimum
        every six (6) months ..." On the fixed schedule (six_month_anchor=case-opening), Aug 31
        + 6 months is Feb 28, 2027 (a Sunday, rolled to Monday), then Aug 31 again: counted
        from the anchor, never chained to the 28th."""
        fixed = {"six_month_anchor": "case-opening"}
        for rule_id in ("case-activity-documentation", "case-summary-six-months"):
            assert due(rule_id, D(2026, 8, 31), occurrence=occurrence, **fixed) == expected

    def test_agreement_review_every_four_years(self) -> None:
        """7.601.2.A.6: "Procedures to ensure review and updates to the agreement every four
        years." July 4, 2026 is a Saturday: the review rolls to Monday July 6."""
        assert due("le-agreement-review", D(2022, 7, 4)) == D(2026, 7, 6)
        assert due("le-agreement-review", D(2024, 2, 29)) == D(2028, 2, 29)
        signature = {"agreement_review_anchor": "signature"}  # the fixed schedule
        assert due("le-agreement-review", D(2024, 2, 29), occurrence=2, **signature) == D(
            2032, 3, 1
        )


class TestRollingSchedulesCountFromThePreviousAct:
    """Issue 14 §4: under a "previous act" reading, `rule.due(anchor, occurrence=k)` counted k
    periods from the anchor while recording six_month_anchor=previous-act. Occurrence k is one
    period after the act that met occurrence k - 1; without that act nothing is computed."""

    def test_the_next_documentation_is_six_months_after_the_last_one(self) -> None:
        """7.601.6.A.1, "at a minimum every six (6) months", six_month_anchor=previous-act (the
        default): case opened Aug 31, 2026, activity documented Nov 10, 2026; the next is due
        six months after Nov 10: May 10, 2027 (a Monday), not Aug 31, 2027."""
        rule = RULEBOOK.get("case-activity-documentation")
        deadline = rule.due(D(2026, 8, 31), occurrence=2, previous_acts=[D(2026, 11, 10)])
        assert deadline.due == D(2027, 5, 10)
        assert deadline.trigger == D(2026, 11, 10)
        assert deadline.anchor is Anchor.PREVIOUS_ACT
        assert "Counted from the act that met the previous occurrence." in deadline.explain()
        assert "six_month_anchor=previous-act" in deadline.explain()

    def test_without_the_previous_acts_it_says_what_it_needs(self) -> None:
        """No silent fallback to the fixed schedule: the error names the argument, the option
        and the rule, and no date."""
        with pytest.raises(InputError) as caught:
            RULEBOOK.get("case-summary-six-months").due(D(2026, 8, 31), occurrence=3)
        error = caught.value
        assert error.field == "previous_acts"
        assert error.rule == "case-summary-six-months"
        assert "six_month_anchor=previous-act" in error.problem
        assert "2026" not in str(error)

    def test_the_fixed_schedule_ignores_the_acts(self) -> None:
        """six_month_anchor=case-opening: occurrences are counted from the opening, whatever
        was done in between (Aug 31, 2026 + 12 months = Aug 31, 2027, a Tuesday)."""
        rule = RULEBOOK.get("case-activity-documentation")
        deadline = rule.due(
            D(2026, 8, 31),
            occurrence=2,
            previous_acts=[D(2026, 11, 10)],
            options={"six_month_anchor": "case-opening"},
        )
        assert deadline.due == D(2027, 8, 31)
        assert deadline.anchor is Anchor.TRIGGER

    def test_candidacy_always_counts_from_the_last_determination(self) -> None:
        """7.601.71.M: "no less frequently than every six (6) months" from each determination
        (no option): determined Jan 15, 2026, again May 1, 2026; the third is due Nov 1, 2026
        (a Sunday: a claiming limit, it does not roll)."""
        rule = RULEBOOK.get("candidacy-redetermination")
        assert rule.due(D(2026, 1, 15), occurrence=2, previous_acts=[D(2026, 5, 1)]).due == D(
            2026, 11, 1
        )

    def test_acts_out_of_order_or_before_the_trigger_are_refused(self) -> None:
        rule = RULEBOOK.get("permanency-re-finding")
        for acts in ([D(2026, 1, 1)], [D(2027, 5, 1), D(2027, 4, 1)]):
            with pytest.raises(InputError, match="previous_acts: expected acts in date order"):
                rule.due(D(2026, 3, 1), occurrence=len(acts) + 1, previous_acts=acts)


class TestEffectiveDating:
    def test_a_rule_asked_for_before_it_took_effect_raises_naming_the_rule(self) -> None:
        """7.601.81 has no [Eff.] tag; this text is in force from 9/1/2024 (the last amendment
        in its history), and coregs claims no earlier date."""
        rule = RULEBOOK.get("7.601.81.D")
        with pytest.raises(RuleNotInForceError) as caught:
            rule.due(D(2024, 8, 30))
        assert caught.value.rule == "falsification-division-notice"
        assert "2024-09-01" in str(caught.value)
        assert rule.due(D(2024, 9, 3)).due == D(2024, 9, 6)

    def test_the_ombudsman_intake_states_no_effective_date(self) -> None:
        """The Ombudsman's page states no effective date: its target applies on any date."""
        assert due("cpo-intake", D(2012, 3, 1)) == D(2012, 3, 5)

    @pytest.mark.parametrize("rule_id", ["vsa-ninety-day-petition", "vsa-best-interests-order"])
    def test_the_voluntary_services_rules_are_dated_from_the_text_not_the_section_tag(
        self, rule_id: str
    ) -> None:
        """Issue 14 §6: 7.601.71.F.3, F.4 ("If the placement of the youth is to continue beyond
        ninety (90) calendar days, the county department must file a petition for a foster
        youth in transition case ...") were dated from the section's [Eff. 1/1/15] tag, but the
        voluntary services agreements of C.R.S. 19-7-306 came with HB 21-1094 in 2021. The
        wording cannot predate 45 CR 07 (effective 4/30/2022), and which amendment added it is
        not verified: like 7.601.81, the rules are dated from the last amendment, 9/1/2024."""
        rule = RULEBOOK.get(rule_id)
        assert rule.effective_from == D(2024, 9, 1)
        for words in ("HB 21-1094", "45 CR 07", "47 CR 15", "not verified"):
            assert words in rule.effective_basis
        with pytest.raises(RuleNotInForceError) as caught:
            rule.due(D(2023, 5, 1))
        assert caught.value.rule == rule_id
        assert rule.due(D(2024, 9, 2)).due is not None
        # the voluntary placement agreement's rules keep the section's date
        assert RULEBOOK.get("vpa-ninety-day-petition").effective_from == D(2015, 1, 1)


class TestOutsideTheCalendar:
    """A count that leaves the calendar's years names the caller's argument and the rule: the
    trigger (a previous act on a rolling schedule) when it is outside the years, else the due
    date counted from it. Calendar: weekends only, 2026 alone."""

    YEAR = BusinessCalendar("2026 only", first_year=2026, last_year=2026)
    SPAN = "the supported years 2026-2026 of calendar '2026 only'"

    def _refused(self, rule_id: str, trigger: object, **kwargs: object) -> OutOfRangeError:
        with pytest.raises(OutOfRangeError) as caught:
            RULEBOOK.get(rule_id).due(trigger, calendar=self.YEAR, **kwargs)
        assert caught.value.rule == rule_id
        return caught.value

    def test_a_trigger_outside_is_named(self) -> None:
        """7.601.4.C: five working days from Monday January 4, 2027."""
        error = self._refused("service-request-contact", D(2027, 1, 4))
        assert str(error) == f"trigger: outside {self.SPAN} (service-request-contact)"

    def test_a_due_date_outside_is_named(self) -> None:
        """Monday December 28 + 5 working days: Tue 29, Wed 30, Thu 31, then 2027."""
        error = self._refused("service-request-contact", D(2026, 12, 28))
        assert str(error) == (
            f"due: the due date falls outside {self.SPAN} (service-request-contact)"
        )

    def test_a_column_names_the_row(self) -> None:
        triggers = np.array(["2026-11-20", "2027-01-04", "2026-12-28"], dtype="datetime64[D]")
        error = self._refused("service-request-contact", triggers)
        assert (error.field, error.problem) == ("trigger[1]", f"outside {self.SPAN}")
        error = self._refused("service-request-contact", triggers[[0, 2]])
        assert error.field == "due[1]"

    def test_an_occurrence_on_a_fixed_schedule(self) -> None:
        """7.601.6.A.1 counted from case opening: Monday January 5, 2026 + 2 x 6 months is
        January 5, 2027; occurrence 1 is Sunday July 5, rolled forward to Monday the 6th."""
        fixed = {"six_month_anchor": "case-opening"}
        rule = RULEBOOK.get("case-activity-documentation")
        assert rule.due(D(2026, 1, 5), calendar=self.YEAR, options=fixed).due == D(2026, 7, 6)
        error = self._refused(
            "case-activity-documentation", D(2026, 1, 5), options=fixed, occurrence=2
        )
        assert error.field == "due"

    def test_a_rolling_schedule_names_the_previous_act(self) -> None:
        """7.601.6.A.1 on its rolling schedule counts occurrence 2 from the act that met the
        first: Monday January 4, 2027 is outside; Monday August 31, 2026 + 6 months is
        February 28, 2027, outside."""
        error = self._refused(
            "case-activity-documentation",
            D(2026, 1, 5),
            occurrence=2,
            previous_acts=[D(2027, 1, 4)],
        )
        assert (error.field, error.problem) == ("previous_acts[0]", f"outside {self.SPAN}")
        error = self._refused(
            "case-activity-documentation",
            D(2026, 1, 5),
            occurrence=3,
            previous_acts=[D(2026, 6, 1), D(2026, 8, 31)],
        )
        assert error.field == "due"

    def test_a_pandas_trigger_pandas_cannot_hold_is_named(self) -> None:
        """A Series of ``datetime64[s]`` holds 3026-06-03 (a typo for 2026), which comes back
        as no pandas date (``datetime64[ns]`` ends in 2262): the row is named, or ``NaT``."""
        pd = pytest.importorskip("pandas")
        rule = RULEBOOK.get("service-request-contact")  # in force from 2015, open-ended
        typo = pd.Series(np.array(["2026-11-20", "3026-06-03"], dtype="datetime64[s]"))
        with pytest.raises(OutOfRangeError) as caught:
            rule.due(typo)
        assert (caught.value.field, caught.value.rule) == ("trigger[1]", rule.id)
        assert str(caught.value.problem).startswith("the date falls outside 1677-09-22..")
        due = rule.due(typo, errors="coerce").tolist()
        assert due[0] == pd.Timestamp("2026-11-30") and pd.isna(due[1])
