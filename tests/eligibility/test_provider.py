"""Hand-derived scenarios for the provider rules of 12 CCR 2509-7.601.71.A.3.b, C and L: which
days of a month placement costs and administrative costs are claimable.

Every expected day count is worked out from the text by hand. Periods are [start, end): a
placement's ``end`` (or the discharge date) is the first day the child is no longer there, so a
stay from 2026-03-10 to a discharge on 2026-08-10 has its last day in care on 2026-08-09.

The child in every scenario is otherwise eligible from the first day of placement (court order
two days after placement with contrary-to-the-welfare, reasonable-efforts and custody findings;
verified US citizen; Colorado resident; removed from a parent the child lived with; one parent
absent), unless a test changes that on purpose.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from coregs.eligibility import (
    DayCounts,
    DeterminationStatus,
    Outcome,
    determine_funding,
    determine_iv_e,
)
from tests.eligibility._cases import eligible_case as eligible_facts, iso as _iso

MET, NOT_MET = Outcome.MET, Outcome.NOT_MET


def months(facts: dict[str, Any], as_of: date, **options: str) -> dict[str, Any]:
    """The determination's month lines by ``"YYYY-MM"``."""
    det = determine_iv_e(facts, as_of=as_of, options=options)
    assert det.status is DeterminationStatus.ELIGIBLE
    return {str(line.month): line for line in det.months}


def counts(met: int, not_met: int = 0) -> DayCounts:
    return DayCounts(met=met, not_met=not_met, unknown=0)


# -- C ¶2-3, L: a provisionally certified relative -----------------------------------------------

_START = date(2026, 3, 10)  # a Tuesday; six months later is 2026-09-10
_PROVISIONAL = [{"status": "provisional", "since": _iso(_START)}]


def _provisional(relative: bool = True, pursuing: bool = True, discharge: str | None = None):
    facts = eligible_facts(
        _START, relative=relative, pursuing_certification=pursuing, licensing=_PROVISIONAL
    )
    if discharge is not None:
        facts["removal"]["discharge_date"] = discharge
        facts["placements"][0]["end"] = discharge
    return facts


# (discharge, option, {month: (days in care, admin days met)})
_RELATIVE_CASES = [
    # five months: 2026-03-10 .. 2026-08-09, every day inside the six months
    (
        "2026-08-10",
        "six-months-from-placement",
        {"2026-03": (22, 22), "2026-07": (31, 31), "2026-08": (9, 9)},
    ),
    # six months: the last day in care, 2026-09-09, is the last day of the window
    (
        "2026-09-10",
        "six-months-from-placement",
        {"2026-08": (31, 31), "2026-09": (9, 9)},
    ),
    # seven months: 2026-09-10 onwards is past the window
    (
        "2026-10-10",
        "six-months-from-placement",
        {"2026-08": (31, 31), "2026-09": (30, 9), "2026-10": (9, 0)},
    ),
    # calendar months: March (the placement month) through August
    (
        "2026-09-10",
        "six-calendar-months",
        {"2026-08": (31, 31), "2026-09": (9, 0)},
    ),
    (
        "2026-10-10",
        "six-calendar-months",
        {"2026-03": (22, 22), "2026-08": (31, 31), "2026-09": (30, 0), "2026-10": (9, 0)},
    ),
]


@pytest.mark.parametrize(("discharge", "window", "expected"), _RELATIVE_CASES)
def test_provisional_relative_admin_for_up_to_six_months(
    discharge: str, window: str, expected: dict[str, tuple[int, int]]
) -> None:
    """7.601.71.C ¶3: "Administrative costs can be claimed for up to six months while the
    child/youth remains in placement with a provisionally certified relative provider."

    Placed 2026-03-10 with a provisionally certified relative pursuing full certification.
    Default window: 2026-03-10 up to (not including) 2026-09-10, the same day six months later:
    September has 9 claimable days (1-9). Option "six-calendar-months": March through August,
    so nothing in September.
    """
    lines = months(
        _provisional(discharge=discharge),
        date(2026, 12, 31),
        provisional_relative_admin_window=window,
    )
    for month, (in_care, admin_met) in expected.items():
        line = lines[month]
        assert line.days_in_care == in_care, month
        assert line.admin == counts(admin_met, in_care - admin_met), month


def test_provisional_relative_admin_total_days() -> None:
    """7.601.71.C ¶3: "Administrative costs can be claimed for up to six months".

    2026-03-10 .. 2026-09-09: 22 + 30 + 31 + 30 + 31 + 31 + 9 = 184 days, and not one more,
    however long the placement lasts.
    """
    lines = months(_provisional(discharge="2026-12-10"), date(2026, 12, 31))
    assert sum(line.admin.met for line in lines.values()) == 184
    assert sum(line.days_in_care for line in lines.values()) == 275  # through 2026-12-09


def test_provisional_relative_window_runs_from_that_placement() -> None:
    """7.601.71.C ¶3: "Administrative costs can be claimed for up to six months while the
    child/youth remains in placement with a provisionally certified relative provider."

    A licensed foster home 2026-03-02 .. 2026-04-14, then a provisionally certified relative
    pursuing certification from 2026-04-15: the six months run from 2026-04-15 to (not including)
    2026-10-15. October: 14 administrative days (1-14); November: none. April: all 30 (licensed
    home, then the relative).
    """
    facts = eligible_facts(end="2026-04-15")
    facts["placements"].append(
        {
            "start": "2026-04-15",
            "setting": "foster_family_home",
            "relative": True,
            "pursuing_certification": True,
            "licensing": [{"status": "provisional", "since": "2026-04-15"}],
        }
    )
    lines = months(facts, date(2026, 11, 30))
    assert lines["2026-04"].placement == counts(14, 16)
    assert lines["2026-04"].admin == counts(30)
    assert lines["2026-10"].admin == counts(14, 17)
    assert lines["2026-11"].admin == counts(0, 30)


@pytest.mark.parametrize(
    ("relative", "pursuing"),
    [(True, True), (False, True), (True, False)],
)
def test_placement_costs_never_claimable_while_provisional(relative: bool, pursuing: bool) -> None:
    """7.601.71.C ¶2: "Placement costs of Title IV-E eligible children/youth placed with
    provisionally licensed or provisionally certified out-of-home care providers will not be
    claimable through Title IV-E foster care as they are not fully licensed or fully certified
    providers." (L ¶2: "Effective September 1, 2000, provisionally licensed or provisionally
    certified out-of-home care providers will not be claimable placements".)"""
    lines = months(_provisional(relative, pursuing, "2026-10-10"), date(2026, 12, 31))
    for month, line in lines.items():
        assert line.child == counts(line.days_in_care), month
        assert line.placement == counts(0, line.days_in_care), month


@pytest.mark.parametrize(("relative", "pursuing"), [(False, True), (True, False)])
def test_admin_not_claimable_for_other_provisional_providers(
    relative: bool, pursuing: bool
) -> None:
    """7.601.71.C ¶3: "Administrative costs for an otherwise Title IV-E eligible child who is
    placed in less than fully licensed or fully certified out-of-home care placements are not
    claimable through Title IV-E funding, except when the child/YOUTH is placed with a relative
    and the relative is pursuing full foster care certification."

    A provisional non-relative home, or a relative not pursuing certification: no administrative
    day at all, even in the first month.
    """
    lines = months(_provisional(relative, pursuing, "2026-05-10"), date(2026, 12, 31))
    for month, line in lines.items():
        assert line.admin == counts(0, line.days_in_care), month


# -- A.3.b: the provider's eligibility date --------------------------------------------------------


def _licensed_on_the_20th() -> dict[str, Any]:
    return eligible_facts(
        licensing=[
            {"status": "provisional", "since": "2026-03-02"},
            {"status": "full", "since": "2026-04-20"},
        ]
    )


@pytest.mark.parametrize(
    ("option", "april_met", "met_on"),
    [
        ("first-of-month", 30, date(2026, 4, 1)),  # April 1-30
        ("licence-date", 11, date(2026, 4, 20)),  # April 20-30
    ],
)
def test_provider_eligible_from_the_first_of_the_month(
    option: str, april_met: int, met_on: date
) -> None:
    """7.601.71.A.3.b: "The date of eligibility of the placement for reimbursements through Title
    IV-E is the first day of the month in which all the Title IV-E provider eligibility criteria
    are met."

    A non-relative home, provisional from placement (2026-03-02), fully licensed from 2026-04-20.
    Default: claimable from 2026-04-01, all 30 days of April. Option provider_claim_start=
    "licence-date": from 2026-04-20, 11 days (20-30). March is never claimable (provisional).
    """
    det = determine_iv_e(
        _licensed_on_the_20th(), as_of=date(2026, 5, 31), options={"provider_claim_start": option}
    )
    lines = {str(line.month): line for line in det.months}
    assert lines["2026-03"].placement == counts(0, 30)
    assert lines["2026-04"].placement == counts(april_met, 30 - april_met)
    assert lines["2026-05"].placement == counts(31)
    provider = det.criterion("provider-0")
    assert provider.outcome is MET
    assert provider.met_on == met_on


def test_provisional_relative_fully_certified_in_month_four() -> None:
    """7.601.71.A.3.b: "The date of eligibility of the placement for reimbursements through Title
    IV-E is the first day of the month in which all the Title IV-E provider eligibility criteria
    are met."

    The relative placed 2026-03-10 (provisional, pursuing certification) is fully certified on
    2026-06-20: placement costs from 2026-06-01 (June: all 30 days), none March-May;
    administrative costs on every day (the six-month exception, then a claimable provider).
    """
    facts = _provisional()
    facts["placements"][0]["licensing"].append({"status": "full", "since": "2026-06-20"})
    lines = months(facts, date(2026, 12, 31))
    for month in ("2026-03", "2026-04", "2026-05"):
        assert lines[month].placement.met == 0, month
    assert lines["2026-06"].placement == counts(30)
    assert lines["2026-10"].placement == counts(31)
    for month, line in lines.items():
        assert line.admin == counts(line.days_in_care), month


@pytest.mark.parametrize(
    ("option", "april", "may"),
    [
        # April 1-9 licensed, 10-30 not; May: eligible again from May 1 (A.3.b)
        ("first-of-month", (9, 21), (31, 0)),
        # from the licence date: May 20-31
        ("licence-date", (9, 21), (12, 19)),
    ],
)
def test_licence_lapse_and_renewal(
    option: str, april: tuple[int, int], may: tuple[int, int]
) -> None:
    """7.601.71.L: "An out-of-home care provider must be licensed or certified to be a Title IV-E
    eligible placement." A.3.b: eligibility of the placement from "the first day of the month in
    which all the Title IV-E provider eligibility criteria are met."

    A licensed home whose licence lapses on 2026-04-10 and is renewed on 2026-05-20.
    """
    facts = eligible_facts(
        licensing=[
            {"status": "full", "since": "2020-01-01"},
            {"status": "none", "since": "2026-04-10"},
            {"status": "full", "since": "2026-05-20"},
        ]
    )
    lines = months(facts, date(2026, 6, 30), provider_claim_start=option)
    assert lines["2026-03"].placement == counts(30)
    assert lines["2026-04"].placement == counts(*april)
    assert lines["2026-05"].placement == counts(*may)
    assert lines["2026-06"].placement == counts(30)


# -- C ¶4: detention, and the month of the move ----------------------------------------------------


def _detention_then(next_placement: dict[str, Any], move: str = "2026-04-15") -> dict[str, Any]:
    facts = eligible_facts(setting="detention", licensing=[], end=move)
    facts["placements"].append({"start": move, **next_placement})
    return facts


_LICENSED_HOME = {
    "setting": "foster_family_home",
    "relative": False,
    "pursuing_certification": False,
    "licensing": [{"status": "full", "since": "2020-01-01"}],
}


def test_detention_not_claimable_except_admin_in_the_month_of_the_move() -> None:
    """7.601.71.C ¶4: "Administrative costs are not claimable through Title IV-E funding for
    children/YOUTH who are placed in facilities that are not Title IV-E eligible facilities, such
    as a detention placement, except for the calendar month in which a child moves from a facility
    that is not eligible for Title IV-E funding to a Title IV-E claimable out-of-home care
    facility."

    Detention 2026-03-02 .. 2026-04-14, then a fully licensed foster home from 2026-04-15.
    March (30 days in detention): nothing. April: placement costs for April 15-30 (16 days);
    administrative costs for the whole calendar month of the move (30 days). May: everything.
    """
    lines = months(_detention_then(_LICENSED_HOME), date(2026, 5, 31))
    assert lines["2026-03"].placement == counts(0, 30)
    assert lines["2026-03"].admin == counts(0, 30)
    assert lines["2026-04"].placement == counts(16, 14)
    assert lines["2026-04"].admin == counts(30)
    assert lines["2026-05"].placement == counts(31)
    assert lines["2026-05"].admin == counts(31)


def test_detention_move_on_the_first_gives_no_admin_to_the_month_before() -> None:
    """7.601.71.C ¶4: administrative costs "except for the calendar month in which a child moves"
    to a claimable facility: only that month.

    Detention 2026-03-02 .. 2026-04-30, moving to a licensed home on 2026-05-01: March and April
    get nothing; May everything.
    """
    lines = months(_detention_then(_LICENSED_HOME, move="2026-05-01"), date(2026, 5, 31))
    assert lines["2026-03"].admin == counts(0, 30)
    assert lines["2026-04"].admin == counts(0, 30)
    assert lines["2026-05"].admin == counts(31)


def test_detention_move_to_a_facility_that_is_not_claimable() -> None:
    """7.601.71.C ¶4: the exception is for a move "to a Title IV-E claimable out-of-home care
    facility".

    Detention, then on 2026-04-15 a provisionally licensed non-relative home: no administrative
    day in April.
    """
    provisional = {
        **_LICENSED_HOME,
        "licensing": [{"status": "provisional", "since": "2026-04-15"}],
    }
    lines = months(_detention_then(provisional), date(2026, 5, 31))
    assert lines["2026-04"].admin == counts(0, 30)
    assert lines["2026-04"].placement == counts(0, 30)


# -- C ¶5: supervised independent living -----------------------------------------------------------


@pytest.mark.parametrize(
    "child",
    [
        # a full-time secondary student expected to finish before 19 (2027-05-15)
        {"education": {"fulltime_student": True, "expected_completion": "2026-12-15"}},
        # a foster youth in transition
        {"fyit_participant": True},
    ],
)
def test_supervised_independent_living_from_the_18th_birthday(child: dict[str, Any]) -> None:
    """7.601.71.C ¶5: "Placement costs of Title IV-E eligible youth who are residing in a
    supervised independent living placement as described in 12 CCR 2509-04; 7.305.2(D) and have
    reached the age of 18 are claimable."

    Born 2008-05-15 (18 on 2026-05-15), in supervised independent living from 2026-03-02 and
    eligible throughout (under 18, then a student or a foster youth in transition). March and
    April: no placement day; May: the 15th to the 31st (17 days) but not the 1st to the 14th;
    June: all 30.
    """
    facts = eligible_facts(setting="supervised_independent_living", licensing=[])
    facts["child"]["birth_date"] = "2008-05-15"
    facts["child"].update(child)
    lines = months(facts, date(2026, 6, 30))
    for month in ("2026-03", "2026-04", "2026-05", "2026-06"):
        assert lines[month].child == counts(lines[month].days_in_care), month
    assert lines["2026-03"].placement == counts(0, 30)
    assert lines["2026-04"].placement == counts(0, 30)
    assert lines["2026-05"].placement == counts(17, 14)
    assert lines["2026-06"].placement == counts(30)


# -- C ¶1: claimable placement costs need an eligible child AND an eligible provider ---------------


def test_placement_costs_need_an_eligible_child() -> None:
    """7.601.71.C ¶1: "For the placement costs of a Title IV-E eligible child/youth to be
    claimable through Title IV-E funding the provider must be a Title IV-E eligible provider."
    And A.3.a: the child's eligibility begins "the first day of the month in which all
    eligibility criteria for the child are met".

    Placed 2026-03-20 in a fully licensed home; the first order (2026-03-23) finds contrary to the
    welfare and grants custody, but the reasonable-efforts finding comes on 2026-04-10 (day 21,
    in time). All criteria are met in April: effective 2026-04-01. March's 12 days in care (20-31)
    are claimable for neither placement nor administrative costs, although the provider is
    eligible; April's 30 are.
    """
    facts = eligible_facts(date(2026, 3, 20))
    facts["court_orders"][0]["findings"] = ["contrary_to_welfare", "custody_to_county"]
    facts["court_orders"].append(
        {
            "date": "2026-04-10",
            "sanctions_removal": False,
            "documentation": "signed_order",
            "wording": "case_specific",
            "findings": ["reasonable_efforts_to_prevent_removal"],
        }
    )
    det = determine_iv_e(facts, as_of=date(2026, 4, 30))
    assert det.status is DeterminationStatus.ELIGIBLE
    assert det.effective_date == date(2026, 4, 1)
    assert det.criterion("provider-0").outcome is MET
    march, april = det.months
    assert (str(march.month), march.days_in_care) == ("2026-03", 12)
    assert march.child == counts(0, 12)
    assert march.placement == counts(0, 12)
    assert march.admin == counts(0, 12)
    assert april.child == april.placement == april.admin == counts(30)


def test_placement_claimable_days_never_exceed_child_or_provider_days() -> None:
    """7.601.71.C ¶1 and L ¶1: "Placement costs for a Title IV-E eligible child are only Title
    IV-E claimable when a child is placed with a Title IV-E eligible provider."

    Across the scenarios above, a placement day is met only if the child's day is met.
    """
    scenarios = [
        _provisional(discharge="2026-10-10"),
        _licensed_on_the_20th(),
        _detention_then(_LICENSED_HOME),
    ]
    for facts in scenarios:
        for line in months(facts, date(2026, 12, 31)).values():
            assert line.placement.met <= line.child.met
            assert line.admin.met <= line.child.met


def test_a_full_licence_dated_after_the_evaluation_date_is_not_yet_known() -> None:
    """Issue 14 §12: A.3.b "The date of eligibility of the placement for reimbursements through
    Title IV-E is the first day of the month in which all the Title IV-E provider eligibility
    criteria are met", and C ¶2: placement costs with a provisionally certified provider "will
    not be claimable". Removed and placed 2022-01-10 with a provider provisionally certified
    from that day and fully certified from 2022-03-20. As of 2022-03-10 the full certification
    lies ahead: the 10 March days in care are not claimable (coregs counted all 10, reading the
    later licence as known). As of 2022-03-31 the provider is fully certified in March: all 31
    days are, from the first of the month."""
    licensing = [
        {"status": "provisional", "since": "2022-01-10"},
        {"status": "full", "since": "2022-03-20"},
    ]
    facts = eligible_facts(date(2022, 1, 10), licensing=licensing)
    early = months(facts, date(2022, 3, 10))["2022-03"]
    assert (early.days_in_care, early.child, early.placement) == (10, counts(10), counts(0, 10))
    assert early.admin == counts(0, 10)  # not a relative pursuing certification (C ¶3)
    late = months(facts, date(2022, 3, 31))["2022-03"]
    assert (late.days_in_care, late.placement, late.admin) == (31, counts(31), counts(31))


def test_other_facts_dated_after_the_evaluation_date_are_set_aside_too() -> None:
    """The facts convention: "Facts dated after as_of are set aside: a determination as of a
    date sees what was known then." A discharge, a placement's end and the SSI application dated
    later are not yet known: the child is in care on the evaluation date, and the application
    (7.601.72.D: "shall begin within forty-five (45) calendar days of the child's out-of-home
    placement") has not begun."""
    facts = eligible_facts(date(2026, 3, 2), end="2026-05-01")
    facts["removal"]["discharge_date"] = "2026-05-01"
    facts["ssi"] = {"believed_eligible": True, "application_begun_on": "2026-04-20"}
    det = determine_iv_e(facts, as_of=date(2026, 4, 10))
    assert sum(m.days_in_care for m in det.months) == 40  # 30 in March, 10 in April
    funding = determine_funding(facts, as_of=date(2026, 4, 10))
    assert funding.ssi.outcome is MET
    assert "not begun" in funding.ssi.reason and "2026-04-20" not in funding.ssi.reason
