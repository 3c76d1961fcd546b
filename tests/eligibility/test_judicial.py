"""Hand-derived scenarios for the initial Title IV-E criteria (12 CCR 2509-7.601.71.A.3, B, E-H).

Every expected date below is computed by hand from the text, with the arithmetic written out in
a comment; none is taken from the library. The base case is a court-ordered removal on Monday
2025-03-10 into a fully licensed foster family home the same day, with the first ruling two days
later making every finding, so that each test changes only the piece it is about.

Day counting: "within sixty (60) calendar days after the date the child is placed" makes the
placement day 0, so day 60 after 2025-03-10 is 2025-03-10 + 21 (to 03-31) + 30 (to 04-30) + 9
= 2025-05-09, and day 61 is 2025-05-10.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from coregs.eligibility import DeterminationStatus, Outcome, determine_iv_e
from tests.eligibility._cases import (
    BEST_INTERESTS,
    CTW,
    CUSTODY,
    EMERGENCY,
    RE_NOT_REQUIRED,
    RE_PREVENT,
    REMOVED,
    child_days,
    eligible_facts,
    order,
)

DAY_60 = date(2025, 5, 9)  # 2025-03-10 + 60 calendar days, by hand (see module docstring)
DAY_61 = date(2025, 5, 10)

NO_INCOME = {"earned": "0", "unearned": "0"}


def vpa_facts(signed: date, placed: date = REMOVED, **removal: Any) -> dict[str, Any]:
    """The base case removed instead by a completed voluntary placement agreement."""
    return eligible_facts(
        removal={
            "manner": "voluntary_placement_agreement",
            "removal_date": placed,
            "petition_filed_on": None,
            "agreement_signed_on": signed,
            "agreement_complete": True,
            **removal,
        },
        court_orders=[],
        placements=[
            {
                "start": placed,
                "setting": "foster_family_home",
                "licensing": [{"status": "full", "since": date(2024, 1, 1)}],
            }
        ],
    )


def assert_whole_stay_ineligible(det: Any) -> None:
    assert det.months, "the stay has months"
    for line in det.months:
        assert line.child.met == 0, str(line.month)
        assert line.child.not_met == line.days_in_care, str(line.month)


def test_base_case_is_eligible_from_the_placement_date():
    """A.3.a: "The eligibility effective date of the child for Title IV-E shall be the first day
    of the month in which all eligibility criteria for the child are met, but can be no earlier
    than the first day of placement."

    Placed 2025-03-10, every finding on 2025-03-12: all criteria are met in March, whose first
    day (03-01) is before the placement, so the effective date is the placement date.
    """
    det = determine_iv_e(eligible_facts(), as_of=date(2025, 6, 30))
    assert det.status is DeterminationStatus.ELIGIBLE
    assert det.effective_date == date(2025, 3, 10)
    assert str(det.eligible_from) == "2025-03"
    assert child_days(det, "2025-03") == (22, 0, 0)  # 03-10 .. 03-31
    assert child_days(det, "2025-06") == (30, 0, 0)
    assert det.missing == ()


# -- B.2: contrary to the welfare in the first ruling -------------------------------------------


@pytest.mark.parametrize("finding", [CTW, BEST_INTERESTS])
def test_b2_finding_in_first_ruling_is_met(finding):
    """B.2: "The first court ruling sanctioning the removal of the child from the home must
    contain findings to the effect that: a. Continuation in the home would be contrary to the
    welfare of the child; or, b. Out-of-home placement is in the best interests of the child."
    """
    facts = eligible_facts(court_orders=[order(date(2025, 3, 12), finding, RE_PREVENT, CUSTODY)])
    det = determine_iv_e(facts, as_of=date(2025, 6, 30))
    ctw = det.criterion("ctw-first-ruling")
    assert ctw.outcome is Outcome.MET
    assert ctw.met_on == date(2025, 3, 12)
    assert det.status is DeterminationStatus.ELIGIBLE


def test_b2_finding_only_in_a_later_order_costs_the_whole_stay():
    """B.2: "The first court ruling sanctioning the removal of the child from the home must
    contain findings to the effect that: a. Continuation in the home would be contrary to the
    welfare of the child".

    The first ruling (03-12) grants custody and finds reasonable efforts, but the
    contrary-to-the-welfare finding comes only in the order of 04-02: not the first ruling, so
    not met, and the child is ineligible for every day of the stay (45 CFR 1356.21(c): "the
    child is not eligible under the title IV-E foster care maintenance payments program for the
    duration of that stay").
    """
    facts = eligible_facts(
        court_orders=[
            order(date(2025, 3, 12), RE_PREVENT, CUSTODY),
            order(date(2025, 4, 2), CTW),
        ]
    )
    det = determine_iv_e(facts, as_of=date(2025, 8, 31))
    assert det.criterion("ctw-first-ruling").outcome is Outcome.NOT_MET
    assert det.status is DeterminationStatus.NOT_ELIGIBLE
    assert det.effective_date is None
    assert_whole_stay_ineligible(det)


# The first ruling (03-12) makes the contrary-to-the-welfare finding; the reasonable-efforts
# finding and custody come in a separate, properly signed order on 03-20 (day 10), so only the
# first ruling's documentation is varied.
@pytest.mark.parametrize(
    ("documentation", "outcome", "status"),
    [
        ("signed_order", Outcome.MET, DeterminationStatus.ELIGIBLE),
        ("transcript", Outcome.MET, DeterminationStatus.ELIGIBLE),
        ("nunc_pro_tunc", Outcome.NOT_MET, DeterminationStatus.NOT_ELIGIBLE),
        ("affidavit", Outcome.NOT_MET, DeterminationStatus.NOT_ELIGIBLE),
    ],
)
def test_b2_documentation(documentation, outcome, status):
    """B.2 ¶2: "If this "best interests" determination is not recorded in the first written court
    order, signed by a judge or magistrate, pertaining to the removal of the child from the
    home, a transcript of the findings and orders from the court proceeding is the only other
    documentation that can be accepted to verify that the required judicial determination was
    made. Neither affidavits nor subsequent "nunc pro tunc" orders are acceptable verification
    for meeting the "best interests" requirement."
    """
    facts = eligible_facts(
        court_orders=[
            order(date(2025, 3, 12), CTW, documentation=documentation),
            order(date(2025, 3, 20), RE_PREVENT, CUSTODY),
        ]
    )
    det = determine_iv_e(facts, as_of=date(2025, 6, 30))
    assert det.criterion("ctw-first-ruling").outcome is outcome
    assert det.status is status
    if status is DeterminationStatus.NOT_ELIGIBLE:
        assert_whole_stay_ineligible(det)


@pytest.mark.parametrize("wording", ["funding_purposes_only", "state_law_reference_only"])
def test_b2_wording_that_is_no_case_specific_finding_is_rejected(wording):
    """45 CFR 1356.21(d): the judicial determinations "must be explicitly documented and must be
    made on a case-by-case basis and so stated in the court order"; (d)(3): "Court orders that
    reference State law to substantiate judicial determinations are not acceptable, even if
    State law provides that a removal must be based on a judicial determination that remaining
    in the home would be contrary to the child's welfare".

    7.601.71.B.2 asks for "findings to the effect that" continuation in the home "would be
    contrary to the welfare of the child"; a finding qualified as made for funding purposes
    only, or a bare reference to state law, is no such finding.
    """
    facts = eligible_facts(
        court_orders=[
            order(date(2025, 3, 12), CTW, wording=wording),
            order(date(2025, 3, 20), RE_PREVENT, CUSTODY),
        ]
    )
    det = determine_iv_e(facts, as_of=date(2025, 6, 30))
    assert det.criterion("ctw-first-ruling").outcome is Outcome.NOT_MET
    assert det.status is DeterminationStatus.NOT_ELIGIBLE


def test_b2_documentation_not_stated_is_unknown_and_named():
    """B.2 ¶2: "a transcript of the findings and orders from the court proceeding is the only
    other documentation that can be accepted to verify that the required judicial determination
    was made."

    Whether the first ruling's finding is in a signed order, a transcript, an affidavit or a nunc
    pro tunc order decides it, so with that fact left out the criterion is unknown (never not
    met), and names the fact.
    """
    first = order(date(2025, 3, 12), CTW)
    del first["documentation"]
    facts = eligible_facts(court_orders=[first, order(date(2025, 3, 20), RE_PREVENT, CUSTODY)])
    det = determine_iv_e(facts, as_of=date(2025, 6, 30))
    ctw = det.criterion("ctw-first-ruling")
    assert ctw.outcome is Outcome.UNKNOWN
    assert "court_orders[0].documentation" in ctw.missing
    assert det.status is DeterminationStatus.UNDETERMINED
    assert "court_orders[0].documentation" in det.missing


# -- B.3: reasonable efforts to prevent removal within sixty days ----------------------------


@pytest.mark.parametrize("finding", [RE_PREVENT, EMERGENCY, RE_NOT_REQUIRED])
def test_b3_finding_on_day_60_is_met(finding):
    """B.3: "There must be an order of the court within sixty (60) calendar days after the date
    the child is placed in out-of-home care with a finding to the effect that: a. Reasonable
    efforts were made to prevent the removal of the child from the home; or b. An emergency
    situation exists such that the lack of preventative services was reasonable; or, c.
    Reasonable efforts to prevent the removal of the child from the home were not required."

    Placed 2025-03-10; day 60 is 2025-05-09 (21 + 30 + 9 days).
    """
    facts = eligible_facts(
        court_orders=[order(date(2025, 3, 12), CTW, CUSTODY), order(DAY_60, finding)]
    )
    det = determine_iv_e(facts, as_of=date(2025, 7, 31))
    re = det.criterion("re-prevent-removal-order")
    assert re.outcome is Outcome.MET
    assert re.met_on == DAY_60
    assert det.status is DeterminationStatus.ELIGIBLE


def test_b3_finding_on_day_61_costs_the_whole_stay():
    """B.3: "There must be an order of the court within sixty (60) calendar days after the date
    the child is placed in out-of-home care with a finding to the effect that: a. Reasonable
    efforts were made to prevent the removal of the child from the home".

    Day 61 (2025-05-10) is too late; 45 CFR 1356.21(b)(1)(ii): "the child is not eligible under
    the title IV-E foster care maintenance payments program for the duration of that stay in
    foster care".
    """
    facts = eligible_facts(
        court_orders=[order(date(2025, 3, 12), CTW, CUSTODY), order(DAY_61, RE_PREVENT)]
    )
    det = determine_iv_e(facts, as_of=date(2025, 7, 31))
    assert det.criterion("re-prevent-removal-order").outcome is Outcome.NOT_MET
    assert det.status is DeterminationStatus.NOT_ELIGIBLE
    assert_whole_stay_ineligible(det)


@pytest.mark.parametrize(
    ("documentation", "outcome"),
    [
        ("signed_order", Outcome.MET),
        ("transcript", Outcome.MET),
        ("nunc_pro_tunc", Outcome.NOT_MET),
        ("affidavit", Outcome.NOT_MET),
    ],
)
def test_b3_documentation(documentation, outcome):
    """B.3 ¶2: "If a "reasonable efforts to prevent the removal" determination was made by the
    court as required, but was not recorded in the original written court order signed by the
    judge or magistrate pertaining to that judicial determination, a transcript of the findings
    and orders from the court proceeding is the only other documentation that can be accepted to
    verify that the required determination was made. Neither affidavits nor subsequent "nunc pro
    tunc" orders are acceptable verification for meeting this "reasonable efforts"
    requirement."
    """
    facts = eligible_facts(
        court_orders=[
            order(date(2025, 3, 12), CTW, CUSTODY),
            order(date(2025, 4, 1), RE_PREVENT, documentation=documentation),
        ]
    )
    det = determine_iv_e(facts, as_of=date(2025, 7, 31))  # past day 60
    assert det.criterion("re-prevent-removal-order").outcome is outcome


# Removed 2025-03-01, placed 2025-03-10. From the removal, day 60 is 2025-03-01 + 30 (to 03-31)
# + 30 (to 04-30) = 2025-04-30; from the placement it is 2025-05-09.
@pytest.mark.parametrize(
    ("finding_on", "trigger", "outcome"),
    [
        (date(2025, 5, 5), "placement", Outcome.MET),  # day 56 after placement
        (date(2025, 5, 5), "removal", Outcome.NOT_MET),  # day 65 after removal
        (date(2025, 4, 30), "removal", Outcome.MET),  # day 60 after removal
        (date(2025, 5, 1), "removal", Outcome.NOT_MET),  # day 61 after removal
    ],
)
def test_b3_sixty_days_from_removal_under_the_option(finding_on, trigger, outcome):
    """B.3: "There must be an order of the court within sixty (60) calendar days after the date
    the child is placed in out-of-home care"; 45 CFR 1356.21(b)(1)(i): "must be made no later
    than 60 days from the date the child is removed from the home" (option
    re_prevent_removal_trigger="removal").
    """
    removed = date(2025, 3, 1)
    facts = eligible_facts(
        removed,
        court_orders=[order(date(2025, 3, 3), CTW, CUSTODY), order(finding_on, RE_PREVENT)],
        placements=[
            {
                "start": date(2025, 3, 10),
                "setting": "foster_family_home",
                "licensing": [{"status": "full", "since": date(2024, 1, 1)}],
            }
        ],
    )
    det = determine_iv_e(
        facts, as_of=date(2025, 7, 31), options={"re_prevent_removal_trigger": trigger}
    )
    assert det.criterion("re-prevent-removal-order").outcome is outcome


@pytest.mark.parametrize(
    ("as_of", "outcome"),
    [
        (date(2025, 4, 20), Outcome.UNKNOWN),  # day 41: the court still has time
        (DAY_60, Outcome.UNKNOWN),  # day 60 itself: still in time
        (DAY_61, Outcome.NOT_MET),  # day 61: too late
    ],
)
def test_b3_before_day_60_without_a_finding_is_pending(as_of, outcome):
    """B.3: "There must be an order of the court within sixty (60) calendar days after the date
    the child is placed in out-of-home care with a finding to the effect that: a. Reasonable
    efforts were made to prevent the removal of the child from the home".

    With no finding yet, the criterion cannot be not met while the sixty days are still
    running: it is unknown (pending) through day 60 and not met from day 61.
    """
    facts = eligible_facts(court_orders=[order(date(2025, 3, 12), CTW, CUSTODY)])
    det = determine_iv_e(facts, as_of=as_of)
    re = det.criterion("re-prevent-removal-order")
    assert re.outcome is outcome
    if outcome is Outcome.UNKNOWN:
        assert re.missing
        assert det.status is DeterminationStatus.UNDETERMINED
    else:
        assert det.status is DeterminationStatus.NOT_ELIGIBLE


# -- A.3.a / E.2: the effective date ----------------------------------------------------------


def test_a3a_finding_in_the_next_month_makes_its_first_day_the_effective_date():
    """A.3.a: "The eligibility effective date of the child for Title IV-E shall be the first day
    of the month in which all eligibility criteria for the child are met, but can be no earlier
    than the first day of placement."

    Placed 2025-03-10; the reasonable-efforts finding (on time: day 28) comes on 2025-04-07, so
    all criteria are first met in April: effective 2025-04-01, and the March days are not
    eligible.
    """
    facts = eligible_facts(
        court_orders=[order(date(2025, 3, 12), CTW, CUSTODY), order(date(2025, 4, 7), RE_PREVENT)]
    )
    det = determine_iv_e(facts, as_of=date(2025, 5, 31))
    assert det.status is DeterminationStatus.ELIGIBLE
    assert det.effective_date == date(2025, 4, 1)
    assert str(det.eligible_from) == "2025-04"
    assert child_days(det, "2025-03") == (0, 22, 0)
    assert child_days(det, "2025-04") == (30, 0, 0)


@pytest.mark.parametrize(
    ("signed", "effective", "march"),
    [
        # signed after the placement: 03-14 .. 03-31 eligible (18 days), 03-10 .. 03-13 not (4)
        (date(2025, 3, 14), date(2025, 3, 14), (18, 4, 0)),
        # signed before the placement: eligible from the first day of placement
        (date(2025, 3, 5), date(2025, 3, 10), (22, 0, 0)),
    ],
)
def test_e2_vpa_eligibility_begins_no_earlier_than_the_signature(signed, effective, march):
    """E.2: "Eligibility for Title IV-E foster care can begin no earlier than the signature date
    of the voluntary placement agreement."; A.3.a: "can be no earlier than the first day of
    placement."
    """
    det = determine_iv_e(vpa_facts(signed), as_of=date(2025, 4, 30))
    assert det.status is DeterminationStatus.ELIGIBLE
    assert det.criterion("voluntary-agreement").outcome is Outcome.MET
    assert det.criterion("ctw-first-ruling").outcome is Outcome.NOT_APPLICABLE
    assert det.criterion("re-prevent-removal-order").outcome is Outcome.NOT_APPLICABLE
    assert det.effective_date == effective
    assert child_days(det, "2025-03") == march


# -- E.1 / F: voluntary agreements ----------------------------------------------------------


def test_e1_vpa_not_completed_is_not_met():
    """E.1: "A voluntary placement agreement must be completed and signed by the parent(s) or
    legal guardian and the county department."
    """
    facts = vpa_facts(date(2025, 3, 10), agreement_complete=False)
    det = determine_iv_e(facts, as_of=date(2025, 4, 30))
    assert det.criterion("voluntary-agreement").outcome is Outcome.NOT_MET
    assert det.status is DeterminationStatus.NOT_ELIGIBLE


def test_vsa_youth_living_with_met_by_b5_and_deprivation_not_applicable():
    """B.5: "The child must have lived with a parent or other specified relative from whom the
    child is removed through a voluntary placement agreement or court-ordered custody with the
    county department in the month, or within the six (6) months preceding the month, in which
    the voluntary placement agreement was signed or court proceedings were initiated to remove
    the child or the child has entered into a voluntary services agreement pursuant to section
    19-7-306, C.R.S."; D.2.e: "Deprivation of parental support findings are not required when
    the youth is participating in the foster youth in transition program."

    An 18-year-old foster youth in transition signs a voluntary services agreement on
    2025-03-10; the youth last lived with a parent in 2023, far outside any six-month window,
    and both parents are in the home and able (no deprivation factor): B.5's own alternative
    meets living-with, and deprivation is not required.
    """
    facts = eligible_facts(
        child={"birth_date": date(2007, 1, 20), "fyit_participant": True},
        removal={
            "manner": "voluntary_services_agreement",
            "petition_filed_on": None,
            "agreement_signed_on": date(2025, 3, 10),
            "agreement_complete": True,
        },
        court_orders=[],
        removal_home={
            "lived_with": [{"start": date(2007, 1, 20), "end": date(2023, 1, 1)}],
            "parents": [
                {"status": "in_home", "incapacitated": False, "income": NO_INCOME},
                {"status": "in_home", "incapacitated": False, "income": NO_INCOME},
            ],
        },
    )
    det = determine_iv_e(facts, as_of=date(2025, 4, 30))
    assert det.criterion("living-with-relative").outcome is Outcome.MET
    assert det.criterion("afdc-deprivation").outcome is Outcome.NOT_APPLICABLE
    assert det.criterion("voluntary-agreement").outcome is Outcome.MET
    assert det.status is DeterminationStatus.ELIGIBLE


# -- G: relinquishment --------------------------------------------------------------------------

# Relinquished 2025-09-10; the county's petition is filed 2025-09-15 (the date court proceedings
# were initiated; the first ruling follows on 09-17); six months before it is 2025-03-15. A
# ``lived_with`` period ends on the day the child left, so the last day with the parent is
# ``end`` - 1.
PETITION = date(2025, 9, 15)


def relinquished(last_day_with_parent: date) -> dict[str, Any]:
    return eligible_facts(
        date(2025, 9, 10),
        removal={"manner": "relinquishment", "petition_filed_on": PETITION},
        court_orders=[order(date(2025, 9, 17), CTW, RE_PREVENT, CUSTODY)],
        removal_home={
            "lived_with": [
                {"start": date(2017, 6, 15), "end": last_day_with_parent + timedelta(days=1)}
            ]
        },
    )


@pytest.mark.parametrize(
    ("last_day", "outcome"),
    [
        (date(2025, 3, 15), Outcome.MET),  # exactly six months before 2025-09-15
        (date(2025, 3, 14), Outcome.NOT_MET),  # six months and a day
        (date(2025, 2, 15), Outcome.NOT_MET),  # seven months
    ],
)
def test_g1_lived_with_parent_within_six_months_of_the_petition_date(last_day, outcome):
    """G.1: "The child had last been living with the parent within six (6) months of the date
    court proceedings were initiated."
    """
    det = determine_iv_e(relinquished(last_day), as_of=date(2025, 10, 31))
    assert det.criterion("relinquishment-living-with").outcome is outcome
    assert det.criterion("removal").outcome is Outcome.MET
    assert det.status is (
        DeterminationStatus.ELIGIBLE if outcome is Outcome.MET else DeterminationStatus.NOT_ELIGIBLE
    )


@pytest.mark.parametrize(
    ("last_day", "reading", "outcome"),
    [
        # 2025-03-05: more than six months before 2025-09-15, but in March, one of the six
        # months (March .. August) preceding September, the month of the petition
        (date(2025, 3, 5), "date-based", Outcome.NOT_MET),
        (date(2025, 3, 5), "month-based", Outcome.MET),
        # February is outside both windows
        (date(2025, 2, 28), "month-based", Outcome.NOT_MET),
    ],
)
def test_g1_month_based_reading(last_day, reading, outcome):
    """G.1: "The child had last been living with the parent within six (6) months of the date
    court proceedings were initiated."; the month-based option reads it as B.5 does: "in the
    month, or within the six (6) months preceding the month, in which ... court proceedings were
    initiated".
    """
    det = determine_iv_e(
        relinquished(last_day),
        as_of=date(2025, 10, 31),
        options={"relinquishment_living_with": reading},
    )
    assert det.criterion("relinquishment-living-with").outcome is outcome


# -- B.6: constructive removal ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("with_caretaker", "caretaker_is_provider", "outcome", "status"),
    [
        (True, True, Outcome.MET, DeterminationStatus.ELIGIBLE),
        (True, False, Outcome.NOT_MET, DeterminationStatus.NOT_ELIGIBLE),
        (False, True, Outcome.NOT_MET, DeterminationStatus.NOT_ELIGIBLE),
    ],
)
def test_b6_constructive_removal(with_caretaker, caretaker_is_provider, outcome, status):
    """B.6: "A constructive removal occurs when all of the following apply: a. The child resides
    with a non-parent caretaker who is not the legal custodian or guardian of the child; b. The
    child is court ordered into the custody of the county department or placed through a
    voluntary placement agreement; and c. The child remains in the home of the caretaker who
    serves as the out-of-home care provider to the child after the county is awarded custody or
    obtains the agreement for voluntary placement."

    The child left the parent on 2025-01-10 (within the six months before March, B.5) and lived
    with a caretaker until the court ordered custody in March.
    """
    facts = eligible_facts(
        removal={
            "constructive_removal": {
                "resided_with_non_parent_caretaker": with_caretaker,
                "remains_with_caretaker_as_provider": caretaker_is_provider,
            }
        },
        removal_home={"lived_with": [{"start": date(2017, 6, 15), "end": date(2025, 1, 10)}]},
    )
    det = determine_iv_e(facts, as_of=date(2025, 6, 30))
    assert det.criterion("constructive-removal").outcome is outcome
    assert det.criterion("living-with-relative").outcome is Outcome.MET
    assert det.status is status


# -- H: mutual care ---------------------------------------------------------------------------


def test_h_child_with_adult_parent_is_not_removed():
    """H: "A child residing in mutual out-of-home care with his/her adult parent is not
    considered removed from the parent because the child continues to reside with the parent in
    the same residence; therefore, the child is not IV-E eligible."
    """
    facts = eligible_facts(removal={"mutual_care": {"parent_is_minor": False}})
    det = determine_iv_e(facts, as_of=date(2025, 6, 30))
    assert det.criterion("mutual-care").outcome is Outcome.NOT_MET
    assert det.status is DeterminationStatus.NOT_ELIGIBLE
    assert det.minor_parent_extension is None
    assert_whole_stay_ineligible(det)


@pytest.mark.parametrize(
    ("parent_eligible", "extension"),
    [(True, Outcome.MET), (False, Outcome.NOT_MET), (None, Outcome.UNKNOWN)],
)
def test_h_child_with_minor_parent_is_covered_through_the_parent(parent_eligible, extension):
    """H ¶2: "When the parent is a minor and the minor parent has been determined eligible for
    Title IV-E foster care, the child's placement costs are reimbursable through Title IV-E
    foster funding as an extension of the minor parent's cost of care."

    The child is still not removed (not eligible in its own right); whether the costs are
    reimbursable turns on the minor parent's own eligibility.
    """
    mutual = {"parent_is_minor": True, "parent_ive_eligible": parent_eligible}
    det = determine_iv_e(eligible_facts(removal={"mutual_care": mutual}), as_of=date(2025, 6, 30))
    assert det.status is DeterminationStatus.NOT_ELIGIBLE
    assert det.minor_parent_extension is extension


def treatment_facility_facts(in_facility: bool) -> dict[str, Any]:
    return eligible_facts(
        removal={
            "mutual_care": {
                "parent_is_minor": False,
                "parent_in_family_treatment_facility": in_facility,
            }
        },
        placements=[
            {
                "start": REMOVED,
                "setting": "child_care_institution",
                "licensing": [{"status": "full", "since": date(2024, 1, 1)}],
            }
        ],
    )


_672J = {"mutual_care_treatment_facility": "federal-672(j)"}


def test_h_672j_parent_in_treatment_facility_is_eligible_for_twelve_months():
    """42 U.S.C. 672(j)(1): a child "shall be eligible for the payments for a period of not more
    than 12 months during which the child is placed with a parent who is in a licensed
    residential family-based treatment facility for substance abuse", and that "without regard
    to" the AFDC test of 672(a)(3) (option mutual_care_treatment_facility="federal-672(j)"; H
    itself makes no exception).

    Placed with the parent 2025-03-10: twelve months run through 2026-03-09; from 2026-03-10
    the child is not eligible (March 2026: 9 days eligible, 22 not).
    """
    facts = treatment_facility_facts(True)
    det = determine_iv_e(facts, as_of=date(2026, 4, 30), options=_672J)
    assert det.status is DeterminationStatus.ELIGIBLE
    assert det.criterion("mutual-care").outcome is Outcome.MET
    assert det.criterion("afdc").outcome is Outcome.NOT_APPLICABLE
    assert det.criterion("treatment-facility-limit").outcome is Outcome.NOT_MET
    assert child_days(det, "2025-03") == (22, 0, 0)
    assert child_days(det, "2026-02") == (28, 0, 0)
    assert child_days(det, "2026-03") == (9, 22, 0)
    assert child_days(det, "2026-04") == (0, 30, 0)

    within = determine_iv_e(facts, as_of=date(2026, 3, 9), options=_672J)
    assert within.criterion("treatment-facility-limit").outcome is Outcome.MET
    assert within.eligible_now is Outcome.MET


@pytest.mark.parametrize(
    ("in_facility", "options"),
    [(True, {}), (False, _672J)],
    ids=["default-colorado-71H", "672j-but-not-in-a-facility"],
)
def test_h_adult_parent_without_the_672j_exception_is_not_eligible(in_facility, options):
    """H: "A child residing in mutual out-of-home care with his/her adult parent is not
    considered removed from the parent because the child continues to reside with the parent in
    the same residence; therefore, the child is not IV-E eligible."
    """
    facts = treatment_facility_facts(in_facility)
    det = determine_iv_e(facts, as_of=date(2025, 6, 30), options=options)
    assert det.criterion("mutual-care").outcome is Outcome.NOT_MET
    assert det.status is DeterminationStatus.NOT_ELIGIBLE
