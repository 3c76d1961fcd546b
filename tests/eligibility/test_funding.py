"""Hand-derived scenarios for the other funding sources of 12 CCR 2509-7.601: the child support
referral (71.J), reasonable candidates (71.M), SSI (7.601.72), Title IV-A Emergency Assistance
(7.601.73) and Without Regard to Income (7.601.74).

Every date below is derived by hand. Day counts take the trigger as day 0 ("within 45 calendar
days of the placement" on D is due D + 45). Business days are the days Colorado's legal holidays
(C.R.S. 24-11-101, as observed) and weekends leave open; in November-December 2026 the holidays
are Veterans Day (Wed Nov 11), Thanksgiving (Thu Nov 26), Christmas (Fri Dec 25) and New Year's
Day (Fri 2027-01-01). The Friday after Thanksgiving (Nov 27) is not a legal holiday.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from coregs.eligibility import DeterminationStatus, Outcome, determine_funding
from tests.eligibility._cases import eligible_case as eligible_facts, iso as _iso

MET, NOT_MET, UNKNOWN, NOT_APPLICABLE = (
    Outcome.MET,
    Outcome.NOT_MET,
    Outcome.UNKNOWN,
    Outcome.NOT_APPLICABLE,
)
AS_OF = date(2026, 6, 30)


def funding(facts: dict[str, Any], as_of: date = AS_OF, **options: str):
    return determine_funding(facts, as_of=as_of, options=options)


def discharged(on: str) -> dict[str, Any]:
    facts = eligible_facts()
    facts["removal"]["discharge_date"] = on
    facts["placements"][0]["end"] = on
    return facts


# -- 71.J child support referral ------------------------------------------------------------------


def test_child_support_referral_required_when_eligible() -> None:
    """7.601.71.J: "The county department shall refer every child/youth determined eligible for
    Title IV-E foster care to the county department's Child Support Enforcement Unit for child
    support services, except when the:" (J.1-J.5).

    Eligible, in care since 2026-03-02 (well past 31 days), the absent parent known, no
    best-interests bar, deprived by continued absence, not a foster youth in transition: required.
    """
    result = funding(eligible_facts())
    assert result.iv_e.status is DeterminationStatus.ELIGIBLE
    assert result.child_support.id == "child-support-referral"
    assert result.child_support.outcome is MET


@pytest.mark.parametrize(
    ("discharge", "option", "expected"),
    [
        # 2026-03-02 to a discharge on 2026-04-01: 30 days in care: less than 31
        ("2026-04-01", "days-in-care", NOT_MET),
        # discharge 2026-04-02: 31 days: not less than 31, referral required
        ("2026-04-02", "days-in-care", MET),
        # inclusive count: 2026-03-02 .. 2026-04-01 both counted = 31 days
        ("2026-04-01", "inclusive", MET),
        # inclusive: 2026-03-02 .. 2026-03-31 = 30 days
        ("2026-03-31", "inclusive", NOT_MET),
    ],
)
def test_j1_continuous_placement_less_than_31_days(
    discharge: str, option: str, expected: Outcome
) -> None:
    """7.601.71.J.1: "Child is in continuous placement for less than thirty-one (31) days."

    Not met means the referral is not required (the exception applies).
    """
    result = funding(discharged(discharge), child_support_placement_days=option)
    assert result.iv_e.status is DeterminationStatus.ELIGIBLE
    assert result.child_support.outcome is expected
    if expected is NOT_MET:
        assert "J.1" in result.child_support.reason


@pytest.mark.parametrize(
    ("as_of", "option", "expected"),
    [
        # in care 2026-03-02 .. 2026-03-30 so far: a discharge on 03-31 would be 29 days
        (date(2026, 3, 30), "days-in-care", UNKNOWN),
        # a discharge on 2026-04-01 would still be 30 days: not settled
        (date(2026, 3, 31), "days-in-care", UNKNOWN),
        # inclusive: a discharge on 03-31 would count 30 days: not settled
        (date(2026, 3, 30), "inclusive", UNKNOWN),
        # 31 days counted even if discharged the next day: required
        (date(2026, 4, 2), "days-in-care", MET),
    ],
)
def test_j1_still_in_care(as_of: date, option: str, expected: Outcome) -> None:
    """7.601.71.J.1: "Child is in continuous placement for less than thirty-one (31) days."

    No discharge yet: the child is in care on ``as_of`` (``discharge_date=None`` means still in
    care), so a discharge can come no earlier than the day after. The exception is open only while
    that earliest discharge would still make the placement shorter than 31 days.
    """
    result = funding(eligible_facts(), as_of=as_of, child_support_placement_days=option)
    assert result.child_support.outcome is expected


@pytest.mark.parametrize(
    ("as_of", "option"),
    [
        # in care 2026-03-02 .. 2026-04-01: the earliest discharge is 04-02, 31 days
        (date(2026, 4, 1), "days-in-care"),
        # inclusive: in care through 03-31, earliest discharge 04-01: 30 + 1 = 31 days
        (date(2026, 3, 31), "inclusive"),
    ],
)
def test_j1_settled_on_the_31st_day_in_care(as_of: date, option: str) -> None:
    """7.601.71.J.1: "Child is in continuous placement for less than thirty-one (31) days."

    Placed 2026-03-02 and still in care on ``as_of`` (the determination's own timeline counts
    ``as_of`` as a day in care): the earliest possible discharge is the day after, which already
    makes the placement 31 days under the chosen count. The exception cannot apply: the referral
    is required (met), not unknown.
    """
    result = funding(eligible_facts(), as_of=as_of, child_support_placement_days=option)
    assert sum(m.days_in_care for m in result.iv_e.months) == (as_of - date(2026, 3, 2)).days + 1
    assert result.child_support.outcome is MET


def _unemployment_only(facts: dict[str, Any]) -> dict[str, Any]:
    """Both parents in the home, neither incapacitated, no income (under the $439 need of 2
    caretakers + 1 child): deprived by unemployment (71.D.2.d) and nothing else."""
    parent = {
        "status": "in_home",
        "incapacitated": False,
        "income": {"earned": "0", "unearned": "0"},
    }
    facts["removal_home"]["parents"] = [parent, dict(parent)]
    return facts


def _fyit_youth(facts: dict[str, Any]) -> dict[str, Any]:
    """An 18-year-old (born 2007-06-01) who signed a voluntary services agreement on placement."""
    facts["child"].update(birth_date="2007-06-01", fyit_participant=True)
    facts["removal"] = {
        "manner": "voluntary_services_agreement",
        "removal_date": "2026-03-02",
        "agreement_signed_on": "2026-03-02",
        "agreement_complete": True,
    }
    facts["court_orders"] = []
    return facts


def _county(**flags: bool):
    def apply(facts: dict[str, Any]) -> dict[str, Any]:
        facts["county"].update(flags)
        return facts

    return apply


@pytest.mark.parametrize(
    ("exception", "change", "as_of"),
    [
        ("J.2", _county(absent_parent_unknown=True), AS_OF),
        ("J.3", _county(referral_not_in_best_interests=True), AS_OF),
        ("J.4", _unemployment_only, AS_OF),
        ("J.5", _fyit_youth, date(2026, 4, 30)),
    ],
)
def test_j2_to_j5_exceptions(exception: str, change, as_of: date) -> None:
    """7.601.71.J: refer every eligible child "except when the: ... 2. Child's absent parent is
    unknown. 3. Best interests of the child would not be served, such as when parental rights
    have been terminated or the Family Services Plan documents that family contact is
    inappropriate. 4. Child's deprivation status under Title IV-E eligibility is "Unemployment".
    5. Youth is participating in the foster youth in transition program."

    Each scenario is otherwise the required referral above; the child stays eligible.
    """
    result = funding(change(eligible_facts()), as_of=as_of)
    assert result.iv_e.status is DeterminationStatus.ELIGIBLE
    assert result.child_support.outcome is NOT_MET
    assert exception in result.child_support.reason


def test_j4_deprivation_status_is_unemployment() -> None:
    """7.601.71.D.2.d: "deprivation due to unemployment exists when: 1) Both of the child's natural
    or adoptive parents resided in the removal home ...; and 2) The household income ... is less
    than the need standard for the household." (the premise of the J.4 scenario)"""
    det = funding(_unemployment_only(eligible_facts())).iv_e
    parts = {p.id: p.outcome for p in det.criterion("afdc-deprivation").parts}
    assert parts == {
        "afdc-deprivation-death": NOT_MET,
        "afdc-deprivation-incapacity": NOT_MET,
        "afdc-deprivation-continued-absence": NOT_MET,
        "afdc-deprivation-unemployment": MET,
    }


def test_child_support_not_applicable_when_not_eligible() -> None:
    """7.601.71.J: "The county department shall refer every child/youth determined eligible for
    Title IV-E foster care".

    $20,000 in resources fails D.3.a ("less than $10,000"): not eligible, so no referral is
    called for by J.
    """
    facts = eligible_facts()
    facts["removal_home"]["resources"] = "20000"
    result = funding(facts)
    assert result.iv_e.status is DeterminationStatus.NOT_ELIGIBLE
    assert result.child_support.outcome is NOT_APPLICABLE


# -- 7.601.72 SSI ---------------------------------------------------------------------------------


def _with_ssi(start: date, **ssi: Any) -> dict[str, Any]:
    facts = eligible_facts(start)
    facts["ssi"] = ssi
    return facts


@pytest.mark.parametrize(
    ("ssi", "expected"),
    [
        ({"believed_eligible": True, "chrp_waiver": False}, MET),
        ({"believed_eligible": False, "chrp_waiver": True}, MET),
        ({"believed_eligible": True, "chrp_waiver": True}, MET),
        ({"believed_eligible": False, "chrp_waiver": False}, NOT_MET),
        ({"chrp_waiver": False}, UNKNOWN),
    ],
)
def test_ssi_application_required(ssi: dict[str, Any], expected: Outcome) -> None:
    """7.601.72.B: "The county department shall make application to the Social Security
    Administration for any child who is believed to meet Supplemental Security Income eligibility
    criteria. Application for Supplemental Security Income is required for all children enrolled
    in the Children's Habilitation Residential Program (CHRP) waiver." """
    result = funding(_with_ssi(date(2026, 3, 2), **ssi))
    assert result.ssi.id == "ssi-application"
    assert result.ssi.outcome is expected
    if expected is UNKNOWN:
        assert "ssi.believed_eligible" in result.ssi.missing


@pytest.mark.parametrize(
    ("placed", "due"),
    [
        # Mon 2026-03-02 + 45 = Thu 2026-04-16 (March 29 days left + 16): an open day
        (date(2026, 3, 2), date(2026, 4, 16)),
        # Wed 2026-03-04 + 45 = Sat 2026-04-18 (27 days to March 31, then 18): rolls to Mon 04-20
        (date(2026, 3, 4), date(2026, 4, 20)),
        # Fri 2026-04-10 + 45 = Mon 2026-05-25, Memorial Day (last Monday of May): Tue 05-26
        (date(2026, 4, 10), date(2026, 5, 26)),
    ],
)
def test_ssi_application_due_45_calendar_days_after_placement(placed: date, due: date) -> None:
    """7.601.72.D: "Required Time Frames - Application for benefits shall begin within forty-five
    (45) calendar days of the child's out-of-home placement in appropriate cases."

    Day 45 after the placement; a due date on a weekend or legal holiday moves to the next day
    the county office is open.
    """
    result = funding(_with_ssi(placed, believed_eligible=True, chrp_waiver=False), as_of=due)
    assert result.ssi.outcome is MET
    assert result.ssi_due == due


def test_ssi_no_due_date_when_not_required() -> None:
    """7.601.72.D: "Required Time Frames - Application for benefits shall begin within forty-five
    (45) calendar days of the child's out-of-home placement in appropriate cases."

    A child neither believed SSI eligible nor in the CHRP waiver (72.B) is not an appropriate
    case: no application, no due date.
    """
    result = funding(_with_ssi(date(2026, 3, 4), believed_eligible=False, chrp_waiver=False))
    assert result.ssi.outcome is NOT_MET
    assert result.ssi_due is None


# -- 7.601.73 Title IV-A Emergency Assistance -----------------------------------------------------

_EA = {
    "case_opened_on": "2026-11-02",
    "application_initiated_on": "2026-10-28",
    "emergency": True,
    "lived_with_relative_within_six_months": True,
    "family_gross_annual_income": "74999.99",
    "living_with_parent_or_adult_relative": True,
}


def _with_ea(**change: Any) -> dict[str, Any]:
    facts = eligible_facts()
    facts["emergency_assistance"] = {**_EA, **change}
    return facts


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({}, MET),
        ({"family_gross_annual_income": "75000"}, NOT_MET),
        ({"family_gross_annual_income": "75000.01"}, NOT_MET),
        ({"emergency": False}, NOT_MET),
        ({"lived_with_relative_within_six_months": False}, NOT_MET),
        ({"family_gross_annual_income": None}, UNKNOWN),
        ({"emergency": None}, UNKNOWN),
    ],
)
def test_emergency_assistance_factors(change: dict[str, Any], expected: Outcome) -> None:
    """7.601.73.A: the determination "shall include: 1. Whether an emergency exists ... 2. Whether
    the child has lived with a relative anytime within the six (6) months preceding the Title IV-A
    Emergency Assistance application. ... 3. Whether the family's total gross annual income is
    under $75,000."

    All three must hold; $74,999.99 is under $75,000, $75,000.00 is not.
    """
    ea = {k: v for k, v in {**_EA, **change}.items() if v is not None}
    facts = eligible_facts()
    facts["emergency_assistance"] = ea
    result = funding(facts, as_of=date(2026, 12, 31))
    assert result.emergency_assistance.id == "emergency-assistance"
    assert result.emergency_assistance.outcome is expected


@pytest.mark.parametrize(
    ("opened", "due"),
    [
        # Mon 2026-11-02: Nov 3-6 (4), 9-10 (6), Veterans Day Wed 11 skipped, 12-13 (8),
        # 16-20 (13), 23-25 (16), Thanksgiving Thu 26 skipped, Fri 27 counts (17), Nov 30-Dec 4
        # (22), Dec 7-11 (27), Dec 14, 15, 16 (30)
        (date(2026, 11, 2), date(2026, 12, 16)),
        # Fri 2026-11-20: Nov 23-25 (3), Thanksgiving skipped, Fri 27 (4), Nov 30-Dec 4 (9),
        # Dec 7-11 (14), 14-18 (19), 21-24 (23), Christmas Fri 25 skipped, 28-31 (27),
        # New Year's Day Fri 2027-01-01 skipped, Jan 4, 5, 6 (30)
        (date(2026, 11, 20), date(2027, 1, 6)),
    ],
)
def test_emergency_assistance_due_30_business_days_after_case_opening(
    opened: date, due: date
) -> None:
    """7.601.73.C: "The county shall complete the eligibility determination within thirty (30)
    business days of case opening." """
    result = funding(_with_ea(case_opened_on=_iso(opened)), as_of=opened)
    assert result.ea_due == due


def test_emergency_assistance_effective_no_earlier_than_the_application() -> None:
    """7.601.73.C: "The eligibility effective date can be no earlier than the date when the
    application is initiated." """
    result = funding(_with_ea(), as_of=date(2026, 12, 31))
    assert result.emergency_assistance.outcome is MET
    assert result.ea_effective_from == date(2026, 10, 28)


@pytest.mark.parametrize(("living", "expected"), [(True, MET), (False, NOT_MET), (None, UNKNOWN)])
def test_emergency_assistance_maintenance_of_effort(living: bool | None, expected: Outcome) -> None:
    """7.601.73.B: "Expenditures of services to or on behalf of eligible members of an Emergency
    Assistance eligible family can be attributed to the State's TANF Maintenance of Effort
    requirement if a child is living in the household with the parent or other adult
    relative." """
    ea = dict(_EA)
    if living is None:
        del ea["living_with_parent_or_adult_relative"]
    else:
        ea["living_with_parent_or_adult_relative"] = living
    facts = eligible_facts()
    facts["emergency_assistance"] = ea
    assert funding(facts, as_of=date(2026, 12, 31)).ea_maintenance_of_effort is expected


def test_emergency_assistance_not_applicable_without_facts() -> None:
    """7.601.73: "The county department shall determine eligibility for the Title IV-A Emergency
    Assistance Program anytime services are provided or purchased for families with children at
    risk of placement or when the worker transfers an intake case for on-going services."

    No Emergency Assistance facts (no such services, no transfer): nothing to determine, no due
    date.
    """
    result = funding(eligible_facts())
    assert result.emergency_assistance.outcome is NOT_APPLICABLE
    assert result.ea_due is None


# -- 7.601.74 Without Regard to Income ------------------------------------------------------------


def _not_eligible() -> dict[str, Any]:
    facts = eligible_facts()
    facts["removal_home"]["resources"] = "20000"
    return facts


def _undetermined() -> dict[str, Any]:
    facts = eligible_facts()
    del facts["removal_home"]["resources"]
    return facts


@pytest.mark.parametrize(
    ("make", "status"),
    [
        (eligible_facts, DeterminationStatus.ELIGIBLE),
        (_not_eligible, DeterminationStatus.NOT_ELIGIBLE),
        (_undetermined, DeterminationStatus.UNDETERMINED),
    ],
)
def test_without_regard_to_income_is_always_the_default(make, status: DeterminationStatus) -> None:
    """7.601.74: "The Without Regard to Income entitlement shall be the default funding stream when
    a case is opened in the state automated case management system." """
    result = funding(make())
    assert result.iv_e.status is status
    assert result.without_regard_to_income.id == "without-regard-to-income"
    assert result.without_regard_to_income.outcome is MET


def test_sources_in_the_texts_order() -> None:
    """7.601.7: "Eligibility shall be documented for each funding source for which the child is
    eligible." One criterion for each source of 7.601.71.J, M and 7.601.72-7.601.74, in the
    text's order."""
    ids = [c.id for c in funding(eligible_facts()).sources()]
    assert ids == [
        "child-support-referral",
        "reasonable-candidate",
        "ssi-application",
        "emergency-assistance",
        "without-regard-to-income",
    ]


# -- 71.M reasonable candidates -------------------------------------------------------------------


def _candidate(*determined: str) -> dict[str, Any]:
    """A child at home (no removal, no placement), determined at imminent risk on each date."""
    return {
        "child": {"birth_date": "2018-03-15", "colorado_resident": True},
        "candidacy_determined_on": list(determined),
    }


@pytest.mark.parametrize(
    ("determined", "as_of", "expected", "due"),
    [
        # 2026-01-10 + six months = 2026-07-10
        (("2026-01-10",), date(2026, 4, 1), MET, date(2026, 7, 10)),
        (("2026-01-10",), date(2026, 7, 10), MET, date(2026, 7, 10)),
        (("2026-01-10",), date(2026, 7, 11), NOT_MET, date(2026, 7, 10)),
        # a redetermination restarts the six months: 2026-07-01 + six months = 2027-01-01
        (("2026-01-10", "2026-07-01"), date(2026, 12, 31), MET, date(2027, 1, 1)),
        # 2026-08-31 + six months: February has no 31st, so its last day, 2027-02-28
        (("2026-08-31",), date(2027, 2, 28), MET, date(2027, 2, 28)),
        (("2026-08-31",), date(2027, 3, 1), NOT_MET, date(2027, 2, 28)),
    ],
)
def test_candidacy_redetermined_every_six_months(
    determined: tuple[str, ...], as_of: date, expected: Outcome, due: date
) -> None:
    """7.601.71.M: "A determination must be made as to whether the child is at imminent risk of
    removal from the home no less frequently than every six (6) months."

    A period of months ends on the same day of the month (the last day when the month is shorter;
    C.R.S. 2-4-108(3)).
    """
    result = funding(_candidate(*determined), as_of=as_of)
    assert result.candidacy.id == "reasonable-candidate"
    assert result.candidacy.outcome is expected
    assert result.candidacy_due == due


def test_candidacy_not_applicable_once_placed() -> None:
    """7.601.71.M: "Reasonable candidates for foster care ... are children determined to be at risk
    of imminent placement out of the home": a child already placed is not a candidate."""
    facts = eligible_facts()
    facts["candidacy_determined_on"] = ["2026-01-10"]
    assert funding(facts).candidacy.outcome is NOT_APPLICABLE
