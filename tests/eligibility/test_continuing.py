"""Hand-derived scenarios for the criteria that hold, lapse and resume over the stay.

12 CCR 2509-7.601.71.E.3-E.4, K.1-K.2, D.4.a, and the federal rules on trial home visits (45 CFR
1356.21(e)) and on the date a child enters foster care (45 CFR 1355.20). Every expected date and
day count is worked out by hand in a comment; none is taken from the library. Days are calendar
days with the starting day as day 0 ("within ... calendar days of the child's placement").

Reference arithmetic for a placement (or signature) on 2025-03-10:
  day 90  = 03-10 + 21 (to 03-31) + 30 (to 04-30) + 31 (to 05-31) + 8  = 2025-06-08
  day 91  = 2025-06-09
  day 180 = day 90 (06-08) + 22 (to 06-30) + 31 (to 07-31) + 31 (to 08-31) + 6 = 2025-09-06
  day 181 = 2025-09-07
  removal + 60 days = 03-10 + 21 + 30 + 9 = 2025-05-09
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from coregs.eligibility import DeterminationStatus, Outcome, TimeLimitStatus, determine_iv_e
from tests.eligibility._cases import (
    ADJUDICATED,
    CONTINUED_BI,
    CTW,
    CUSTODY,
    RE_FINALIZE,
    RE_PREVENT,
    REMOVED as PLACED,
    child_days,
    eligible_facts,
    order,
    placement,
)

DAY_90 = date(2025, 6, 8)
DAY_180 = date(2025, 9, 6)
DAY_181 = date(2025, 9, 7)

K2 = "12 CCR 2509-7.601.71.K.2"


def vpa_facts(
    orders: list[dict[str, Any]], petition: date | None = None, signed: date = PLACED
) -> dict[str, Any]:
    """The base case removed instead by a voluntary placement agreement, placed 2025-03-10."""
    return eligible_facts(
        removal={
            "manner": "voluntary_placement_agreement",
            "petition_filed_on": petition,
            "agreement_signed_on": signed,
            "agreement_complete": True,
        },
        court_orders=orders,
    )


def k2_due(det: Any) -> date:
    (deadline,) = [d for d in det.deadlines if d.citation == K2]
    return deadline.due


def assert_no_ineligible_day(det: Any) -> None:
    for line in det.months:
        assert line.child == (line.days_in_care, 0, 0), str(line.month)


# -- E.4: the best-interests order within 180 days of a voluntary placement -------------------

# Petition filed 2025-05-20 (by day 90) and custody granted 2025-08-01 (by day 180), so the
# agreement's legal authority (E.3 / K.1) holds throughout; only the E.4 order varies.
_AUTHORITY = [order(date(2025, 8, 1), CUSTODY)]


def test_e4_best_interests_order_on_day_180_keeps_the_child_eligible():
    """E.4: "There must be an order by the court within one hundred eighty (180) calendar days
    of the child's placement in foster care that "continued placement is in the best interests
    of the child", or words to that effect."

    Placed 2025-03-10; day 180 is 2025-09-06; the order on that day is on time.
    """
    facts = vpa_facts([*_AUTHORITY, order(DAY_180, CONTINUED_BI)], petition=date(2025, 5, 20))
    det = determine_iv_e(facts, as_of=date(2025, 10, 31))
    assert det.status is DeterminationStatus.ELIGIBLE
    assert det.criterion("best-interests-order-180").outcome is Outcome.MET
    assert child_days(det, "2025-09") == (30, 0, 0)
    assert child_days(det, "2025-10") == (31, 0, 0)


@pytest.mark.parametrize("late_order", [DAY_181, None], ids=["day-181", "never"])
def test_e4_no_order_by_day_180_ends_eligibility_for_the_remainder(late_order):
    """E.4: "If such an order is not made by the court within the allowable one hundred eighty
    (180) calendar days, the child is not eligible for Title IV-E foster care reimbursement for
    the remainder of the child's placement in out-of-home care."

    Day 181 is 2025-09-07: September has 6 eligible days (09-01 .. 09-06) and 24 not; every
    later month is not eligible, and an order on day 181 does not revive it.
    """
    orders = list(_AUTHORITY)
    if late_order is not None:
        orders.append(order(late_order, CONTINUED_BI))
    det = determine_iv_e(vpa_facts(orders, petition=date(2025, 5, 20)), as_of=date(2026, 1, 31))
    assert det.criterion("best-interests-order-180").outcome is Outcome.NOT_MET
    assert child_days(det, "2025-08") == (31, 0, 0)
    assert child_days(det, "2025-09") == (6, 24, 0)
    for month in ("2025-10", "2025-11", "2025-12"):
        assert child_days(det, month)[0] == 0, month
    assert child_days(det, "2026-01") == (0, 31, 0)
    assert det.eligible_now is Outcome.NOT_MET


# -- E.3 / K.1: legal authority under a voluntary placement agreement ---------------------------

# In these the E.4 order is made in time (2025-08-01) unless the row says otherwise, so only the
# agreement's authority varies.
_BI_IN_TIME = order(date(2025, 8, 1), CONTINUED_BI)


def test_vpa_deadlines_ahead():
    """E.3: "If placement of the child is to continue beyond ninety (90) calendar days, the
    county department must obtain a petition to review the need for placement"; K.1: "the court
    has ordered legal authority for continued placement within one hundred eighty (180)
    calendar days"; E.4: "There must be an order by the court within one hundred eighty (180)
    calendar days of the child's placement in foster care"; K.2: "This finding must be made
    within twelve (12) months of the date the child enters foster care".

    Signed and placed 2025-03-10, nothing filed or ordered yet on 2025-05-01: the petition is
    due by day 90 (2025-06-08), the custody and best-interests orders by day 180 (2025-09-06),
    and the permanency finding twelve months after entering foster care on removal + 60 days
    (2025-05-09), i.e. by 2026-05-09.
    """
    det = determine_iv_e(vpa_facts([]), as_of=date(2025, 5, 1))
    due = {d.citation.removeprefix("12 CCR 2509-7.601.71."): d.due for d in det.deadlines}
    assert due == {
        "E.3": DAY_90,
        "K.1": DAY_180,
        "E.4; F.4": DAY_180,
        "K.2": date(2026, 5, 9),
    }


@pytest.mark.parametrize(
    ("signed", "june"),
    [
        # signed on the placement day: day 91 = 2025-06-09; June: 8 days in, 22 out
        (PLACED, (8, 22, 0)),
        # signed 2025-03-14: day 91 = 03-14 + 17 + 30 + 31 + 13 = 2025-06-13; June: 12 in, 18 out
        (date(2025, 3, 14), (12, 18, 0)),
    ],
)
def test_e3_no_petition_by_day_90_ends_authority_from_day_91(signed, june):
    """E.3: "Voluntary placement agreements are limited to ninety (90) calendar days. If
    placement of the child is to continue beyond ninety (90) calendar days, the county
    department must obtain a petition to review the need for placement that leads to a court
    order granting the county department legal custody."

    The ninety days are the agreement's, counted from its signature (day 0).
    """
    facts = vpa_facts([_BI_IN_TIME], signed=signed)
    det = determine_iv_e(facts, as_of=date(2025, 7, 31))
    assert det.criterion("vpa-legal-authority").outcome is Outcome.NOT_MET
    assert child_days(det, "2025-05") == (31, 0, 0)
    assert child_days(det, "2025-06") == june
    assert child_days(det, "2025-07") == (0, 31, 0)


def test_e3_petition_on_day_90_carries_authority_to_day_180():
    """K.1: "A court order must remain in effect which grants legal custody of the child to the
    county department or a petition to review the need for placement was filed and the court
    has ordered legal authority for continued placement within one hundred eighty (180)
    calendar days of the date a child entered out-of-home care by voluntary placement
    agreement."

    Petition on day 90 (2025-06-08), but the court never orders custody: authority holds
    through day 180 (2025-09-06) and ends on day 181 (2025-09-07).
    """
    facts = vpa_facts([_BI_IN_TIME], petition=DAY_90)
    det = determine_iv_e(facts, as_of=date(2025, 10, 31))
    assert det.criterion("vpa-legal-authority").outcome is Outcome.NOT_MET
    assert child_days(det, "2025-06") == (30, 0, 0)
    assert child_days(det, "2025-08") == (31, 0, 0)
    assert child_days(det, "2025-09") == (6, 24, 0)
    assert child_days(det, "2025-10") == (0, 31, 0)


def test_e3_petition_and_custody_order_in_time_keep_authority():
    """K.1: "a petition to review the need for placement was filed and the court has ordered
    legal authority for continued placement within one hundred eighty (180) calendar days of the
    date a child entered out-of-home care by voluntary placement agreement."
    """
    facts = vpa_facts([order(date(2025, 8, 1), CUSTODY, CONTINUED_BI)], petition=DAY_90)
    det = determine_iv_e(facts, as_of=date(2025, 12, 31))
    assert det.criterion("vpa-legal-authority").outcome is Outcome.MET
    assert_no_ineligible_day(det)


def test_e3_petition_on_day_91_is_too_late():
    """E.3: "If placement of the child is to continue beyond ninety (90) calendar days, the
    county department must obtain a petition to review the need for placement that leads to a
    court order granting the county department legal custody."

    A petition on day 91 (2025-06-09) does not carry the agreement past day 90.
    """
    facts = vpa_facts([_BI_IN_TIME], petition=date(2025, 6, 9))
    det = determine_iv_e(facts, as_of=date(2025, 7, 31))
    assert child_days(det, "2025-06") == (8, 22, 0)
    assert child_days(det, "2025-07") == (0, 31, 0)


def test_e3_custody_order_restores_authority():
    """E.3: the petition must lead "to a court order granting the county department legal
    custody"; B.4: "The county is granted legal custody/authority for placement and care of the
    child/youth".

    No petition by day 90, so authority ends 2025-06-09 (June: 8 in, 22 out); the court grants
    custody (and finds continued placement in the best interests) on 2025-07-15, which restores
    it: July has 14 days out (07-01 .. 07-14) and 17 in (07-15 .. 07-31).
    """
    facts = vpa_facts([order(date(2025, 7, 15), CUSTODY, CONTINUED_BI)])
    det = determine_iv_e(facts, as_of=date(2025, 8, 31))
    assert det.criterion("vpa-legal-authority").outcome is Outcome.MET
    assert child_days(det, "2025-06") == (8, 22, 0)
    assert child_days(det, "2025-07") == (17, 14, 0)
    assert child_days(det, "2025-08") == (31, 0, 0)


@pytest.mark.parametrize(
    ("orders", "breach", "months"),
    [
        # no petition, custody and best interests ordered 2025-08-20 (day 163)
        (
            [order(date(2025, 8, 20), CUSTODY, CONTINUED_BI)],
            "authority-lapses",
            {"2025-06": (8, 22, 0), "2025-07": (0, 31, 0), "2025-08": (12, 19, 0)},
        ),
        (
            [order(date(2025, 8, 20), CUSTODY, CONTINUED_BI)],
            "no-effect-until-180",
            {"2025-06": (30, 0, 0), "2025-07": (31, 0, 0), "2025-09": (30, 0, 0)},
        ),
        # no petition and no custody order: K.1 still ends authority after day 180
        (
            [_BI_IN_TIME],
            "no-effect-until-180",
            {"2025-06": (30, 0, 0), "2025-08": (31, 0, 0), "2025-09": (6, 24, 0)},
        ),
    ],
    ids=["default-lapses", "no-effect-order-day-163", "no-effect-no-order"],
)
def test_e3_option_day_90_breach(orders, breach, months):
    """E.3: "Voluntary placement agreements are limited to ninety (90) calendar days."; K.1: the
    court must have "ordered legal authority for continued placement within one hundred eighty
    (180) calendar days of the date a child entered out-of-home care by voluntary placement
    agreement." (option vpa_day_90_breach).

    Default: from day 91 (2025-06-09) until the order of 2025-08-20 there is no authority
    (August: 19 days out, 12 in). Under "no-effect-until-180" the agreement carries to day 180
    (2025-09-06), and only K.1's order matters after that.
    """
    det = determine_iv_e(
        vpa_facts(orders), as_of=date(2025, 10, 31), options={"vpa_day_90_breach": breach}
    )
    for month, days in months.items():
        assert child_days(det, month) == days, month


# -- K.2: reasonable efforts to finalize the permanency plan ---------------------------------

# Removed and placed 2025-01-14. 45 CFR 1355.20: the child enters foster care on the earlier of
# the first adjudication of abuse or neglect and removal + 60 days
# = 01-14 + 17 (to 01-31) + 28 (to 02-28) + 15 = 2025-03-15. Unless a row adjudicates earlier,
# the adjudication comes on 2025-03-20, so the entry date is 2025-03-15 and the first finding
# is due 2026-03-15.
REMOVED_K2 = date(2025, 1, 14)


def k2_facts(*findings: date, adjudicated: date = date(2025, 3, 20)) -> dict[str, Any]:
    return eligible_facts(
        REMOVED_K2,
        court_orders=[
            order(date(2025, 1, 16), CTW, RE_PREVENT, CUSTODY),
            order(adjudicated, ADJUDICATED),
            *(order(f, RE_FINALIZE) for f in findings),
        ],
    )


@pytest.mark.parametrize(
    ("adjudicated", "due"),
    [
        (date(2025, 3, 20), date(2026, 3, 15)),  # removal + 60 (03-15) is earlier
        (date(2025, 2, 20), date(2026, 2, 20)),  # the adjudication is earlier
        (date(2025, 3, 15), date(2026, 3, 15)),  # the same day
    ],
)
def test_k2_first_finding_due_twelve_months_after_entering_foster_care(adjudicated, due):
    """K.2: "This finding must be made within twelve (12) months of the date the child enters
    foster care"; 45 CFR 1355.20: the date the child is considered to have entered foster care
    is "the earlier of: the date of the first judicial finding that the child has been subjected
    to child abuse or neglect; or, the date that is 60 calendar days after the date on which the
    child is removed from the home".
    """
    det = determine_iv_e(k2_facts(adjudicated=adjudicated), as_of=date(2025, 12, 31))
    assert det.criterion("permanency-re-finding").outcome is Outcome.MET
    assert k2_due(det) == due


@pytest.mark.parametrize(
    ("finding", "next_due"),
    [
        (date(2026, 3, 10), date(2027, 3, 10)),
        (date(2026, 3, 15), date(2027, 3, 15)),  # on the due date itself
    ],
)
def test_k2_finding_on_time_no_lapse(finding, next_due):
    """K.2: "This finding must be made within twelve (12) months of the date the child enters
    foster care, and every twelve (12) months thereafter while the child remains in out-of-home
    care."

    Due 2026-03-15; made in time, no day is lost, and the next is due twelve months after it.
    """
    det = determine_iv_e(k2_facts(finding), as_of=date(2026, 6, 30))
    assert det.criterion("permanency-re-finding").outcome is Outcome.MET
    assert_no_ineligible_day(det)
    assert k2_due(det) == next_due


def test_k2_one_month_late_under_the_default_loses_no_day():
    """K.2: "If twelve (12) months elapse without this judicial determination, eligibility for
    Title IV-E foster care temporarily ends. Title IV-E eligibility can resume the 1st day of
    the month in which the finding is made."; 45 CFR 1356.21(b)(2)(ii): "the child becomes
    ineligible under title IV-E at the end of the month in which the judicial determination was
    required to have been made".

    Due 2026-03-15, made 2026-04-10: ineligible from the end of March (04-01), eligible again
    from the 1st of April, the month of the finding: no day is lost.
    """
    det = determine_iv_e(k2_facts(date(2026, 4, 10)), as_of=date(2026, 5, 31))
    assert child_days(det, "2026-03") == (31, 0, 0)
    assert child_days(det, "2026-04") == (30, 0, 0)
    assert_no_ineligible_day(det)
    assert k2_due(det) == date(2027, 4, 10)


def test_k2_one_month_late_day_after_due_option():
    """K.2: "If twelve (12) months elapse without this judicial determination, eligibility for
    Title IV-E foster care temporarily ends. Title IV-E eligibility can resume the 1st day of
    the month in which the finding is made." (option re_finalize_lapse_start="day-after-due").

    Due 2026-03-15, made 2026-04-10: not eligible 03-16 .. 03-31 (16 days), eligible again from
    04-01.
    """
    det = determine_iv_e(
        k2_facts(date(2026, 4, 10)),
        as_of=date(2026, 5, 31),
        options={"re_finalize_lapse_start": "day-after-due"},
    )
    assert child_days(det, "2026-02") == (28, 0, 0)
    assert child_days(det, "2026-03") == (15, 16, 0)
    assert child_days(det, "2026-04") == (30, 0, 0)


@pytest.mark.parametrize(
    ("lapse_start", "march"),
    [("end-of-due-month", (31, 0, 0)), ("day-after-due", (15, 16, 0))],
)
def test_k2_three_months_late_loses_the_whole_months_between(lapse_start, march):
    """K.2: "If twelve (12) months elapse without this judicial determination, eligibility for
    Title IV-E foster care temporarily ends. Title IV-E eligibility can resume the 1st day of
    the month in which the finding is made."

    Due 2026-03-15, made 2026-06-10: April and May are not eligible; eligibility resumes
    2026-06-01.
    """
    det = determine_iv_e(
        k2_facts(date(2026, 6, 10)),
        as_of=date(2026, 6, 30),
        options={"re_finalize_lapse_start": lapse_start},
    )
    assert child_days(det, "2026-03") == march
    assert child_days(det, "2026-04") == (0, 30, 0)
    assert child_days(det, "2026-05") == (0, 31, 0)
    assert child_days(det, "2026-06") == (30, 0, 0)
    assert det.criterion("permanency-re-finding").outcome is Outcome.MET
    assert det.eligible_now is Outcome.MET


def test_k2_finding_still_not_made_is_a_current_lapse():
    """K.2: "If twelve (12) months elapse without this judicial determination, eligibility for
    Title IV-E foster care temporarily ends."

    Due 2026-03-15, none made by 2026-04-15: ineligible since 04-01 (15 days of April).
    """
    det = determine_iv_e(k2_facts(), as_of=date(2026, 4, 15))
    assert det.criterion("permanency-re-finding").outcome is Outcome.NOT_MET
    assert child_days(det, "2026-03") == (31, 0, 0)
    assert child_days(det, "2026-04") == (0, 15, 0)
    assert det.eligible_now is Outcome.NOT_MET


@pytest.mark.parametrize(
    ("interval_from", "december", "next_due"),
    [
        # twelve months after 2025-11-20 is 2026-11-20: missed; lapse from 12-01, resumes 01-01
        ("last-finding", (0, 31, 0), date(2028, 1, 10)),
        # anniversaries 2026-03-15 (met by 2025-11-20) and 2027-03-15 (met by 2027-01-10)
        ("entry-anniversary", (31, 0, 0), date(2028, 3, 15)),
    ],
)
def test_k2_every_twelve_months_thereafter_option(interval_from, december, next_due):
    """K.2: "This finding must be made within twelve (12) months of the date the child enters
    foster care, and every twelve (12) months thereafter while the child remains in out-of-home
    care." (option re_finalize_interval_from).

    Entered foster care 2025-03-15; findings on 2025-11-20 and 2027-01-10.
    """
    det = determine_iv_e(
        k2_facts(date(2025, 11, 20), date(2027, 1, 10)),
        as_of=date(2027, 1, 31),
        options={"re_finalize_interval_from": interval_from},
    )
    assert child_days(det, "2026-11") == (30, 0, 0)
    assert child_days(det, "2026-12") == december
    assert child_days(det, "2027-01") == (31, 0, 0)
    assert k2_due(det) == next_due


@pytest.mark.parametrize(
    ("entered", "february"),
    [
        ("45 CFR 1355.20", (28, 0, 0)),  # entry 2025-03-15: due 2026-03-15, on time
        ("removal", (0, 28, 0)),  # entry 2025-01-14: due 2026-01-14, lapse 02-01 .. 02-28
    ],
)
def test_k2_entered_foster_care_date_option(entered, february):
    """K.2: "This finding must be made within twelve (12) months of the date the child enters
    foster care" (option entered_foster_care_date="removal": the removal date itself).

    Removed 2025-01-14, finding on 2026-03-10. Counting from the removal, it was due 2026-01-14;
    eligibility ends at the end of January and resumes 2026-03-01.
    """
    det = determine_iv_e(
        k2_facts(date(2026, 3, 10)),
        as_of=date(2026, 3, 31),
        options={"entered_foster_care_date": entered},
    )
    assert child_days(det, "2026-01") == (31, 0, 0)
    assert child_days(det, "2026-02") == february
    assert child_days(det, "2026-03") == (31, 0, 0)


# -- 45 CFR 1356.21(e): trial home visits ------------------------------------------------------

# Placed 2025-03-10; home on a trial visit from 2025-06-01; back in a placement on ``returned``.
# Six months from 2025-06-01 run to 2025-12-01.


def thv_facts(returned: date, court_authorized_until: date | None = None) -> dict[str, Any]:
    return eligible_facts(
        placements=[placement(PLACED, date(2025, 6, 1)), placement(returned)],
        trial_home_visits=[
            {
                "start": date(2025, 6, 1),
                "end": returned,
                "court_authorized_until": court_authorized_until,
            }
        ],
    )


def test_thv_over_six_months_without_the_court_is_a_new_placement():
    """45 CFR 1356.21(e): "A trial home visit may not exceed six months in duration, unless a
    court orders a longer trial home visit. If a trial home visit extends beyond six months and
    has not been authorized by the court, or exceeds the time period the court has deemed
    appropriate, and the child is subsequently returned to foster care, that placement must
    then be considered a new placement and title IV-E eligibility must be newly established."

    Home 2025-06-01 .. 2026-01-14 (seven and a half months), back in care 2026-01-15: this
    episode's eligibility ends on the return (January: 14 days in, 17 out).
    """
    det = determine_iv_e(thv_facts(date(2026, 1, 15)), as_of=date(2026, 2, 28))
    assert det.criterion("trial-home-visits").outcome is Outcome.NOT_MET
    assert child_days(det, "2025-12") == (31, 0, 0)
    assert child_days(det, "2026-01") == (14, 17, 0)
    assert child_days(det, "2026-02") == (0, 28, 0)


@pytest.mark.parametrize(
    ("returned", "authorized", "options"),
    [
        (date(2026, 1, 15), date(2026, 2, 1), {}),  # the court authorized it through 02-01
        (date(2026, 1, 15), None, {"trial_home_visit_limit": "none"}),
        (date(2025, 11, 15), None, {}),  # five and a half months
    ],
    ids=["court-authorized", "option-none", "under-six-months"],
)
def test_thv_within_its_limit_keeps_eligibility(returned, authorized, options):
    """45 CFR 1356.21(e): "A trial home visit may not exceed six months in duration, unless a
    court orders a longer trial home visit."
    """
    det = determine_iv_e(thv_facts(returned, authorized), as_of=date(2026, 2, 28), options=options)
    assert det.criterion("trial-home-visits").outcome is not Outcome.NOT_MET
    assert_no_ineligible_day(det)


def test_thv_placement_costs_not_claimable_during_the_visit():
    """L: "Placement costs for a Title IV-E eligible child are only Title IV-E claimable when a
    child is placed with a Title IV-E eligible provider."

    At home for all of July 2025, the child is still in foster care and eligible, but there is
    no provider whose costs could be claimed.
    """
    det = determine_iv_e(thv_facts(date(2025, 11, 15)), as_of=date(2025, 12, 31))
    (july,) = [line for line in det.months if str(line.month) == "2025-07"]
    assert july.child == (31, 0, 0)
    assert july.placement.met == 0
    (december,) = [line for line in det.months if str(line.month) == "2025-12"]
    assert december.placement == (31, 0, 0)  # back with a fully licensed home


# -- D.4.a: age ---------------------------------------------------------------------------------

# Born 2008-07-20: 16 at the placement on 2025-03-10, 18 on 2026-07-20, 19 on 2027-07-20 and
# 21 on 2029-07-20. The entry date is 2025-05-09 (removal + 60), so findings of reasonable
# efforts to finalize are made every spring to keep K.2 out of the way.
_PERMANENCY = [date(2026, 4, 1), date(2027, 3, 15), date(2028, 3, 1), date(2029, 2, 15)]


def youth_facts(**child: Any) -> dict[str, Any]:
    return eligible_facts(
        child={"birth_date": date(2008, 7, 20), **child},
        court_orders=[
            order(date(2025, 3, 12), CTW, RE_PREVENT, CUSTODY),
            *(order(f, RE_FINALIZE) for f in _PERMANENCY),
        ],
    )


@pytest.mark.parametrize(
    ("age_18_end", "july", "august"),
    [
        ("day-before-birthday", (19, 12, 0), (0, 31, 0)),  # eligible 07-01 .. 07-19
        ("end-of-birthday-month", (31, 0, 0), (0, 31, 0)),
    ],
)
def test_d4a_turning_18_not_a_student(age_18_end, july, august):
    """D.4.a: "Age - The child must be under eighteen (18) years, or if over eighteen (18) but not
    yet nineteen (19) years of age, must be a fulltime student in a secondary school or in the
    equivalent level of vocational or technical training and expected to complete the program
    before age 19." (option age_18_end).
    """
    facts = youth_facts(education={"fulltime_student": False}, fyit_participant=False)
    det = determine_iv_e(facts, as_of=date(2026, 8, 31), options={"age_18_end": age_18_end})
    assert det.status is DeterminationStatus.ELIGIBLE
    assert child_days(det, "2026-06") == (30, 0, 0)
    assert child_days(det, "2026-07") == july
    assert child_days(det, "2026-08") == august
    assert det.criterion("afdc-age").outcome is Outcome.NOT_MET


def test_d4a_student_completing_before_19_eligible_through_month_of_completion():
    """D.4.a: "Such children are eligible for Title IV-E though the month of completion of the
    educational program."

    Expected to complete on 2027-05-28, before the 19th birthday (2027-07-20): eligible past
    the 18th birthday through 2027-05-31, not eligible from 2027-06-01.
    """
    facts = youth_facts(
        education={"fulltime_student": True, "expected_completion": date(2027, 5, 28)},
        fyit_participant=False,
    )
    det = determine_iv_e(facts, as_of=date(2027, 6, 30))
    assert child_days(det, "2026-07") == (31, 0, 0)
    assert child_days(det, "2026-08") == (31, 0, 0)
    assert child_days(det, "2027-05") == (31, 0, 0)
    assert child_days(det, "2027-06") == (0, 30, 0)


@pytest.mark.parametrize(
    "completion",
    [date(2027, 7, 20), date(2027, 8, 15)],
    ids=["on-19th-birthday", "after-19th-birthday"],
)
def test_d4a_student_completing_at_or_after_19_not_eligible_after_18(completion):
    """D.4.a: "or if over eighteen (18) but not yet nineteen (19) years of age, must be a
    fulltime student in a secondary school or in the equivalent level of vocational or technical
    training and expected to complete the program before age 19."

    Completion on or after the 19th birthday (2027-07-20) is not before age 19: eligibility ends
    the day before the 18th birthday (2026-07-19).
    """
    facts = youth_facts(
        education={"fulltime_student": True, "expected_completion": completion},
        fyit_participant=False,
    )
    det = determine_iv_e(facts, as_of=date(2026, 8, 31))
    assert child_days(det, "2026-07") == (19, 12, 0)
    assert child_days(det, "2026-08") == (0, 31, 0)


def test_d4a_foster_youth_in_transition_eligible_to_21():
    """D.4.a(i): "The youth is participating in the foster youth in transition program and meets
    eligibility criteria described in 12 CCR 2509-037.203.4."

    A participant, not a student, stays eligible past 18 and 19 (through 2029-06, the month
    before the 21st birthday) and is not eligible once 21 (all of 2029-08).
    """
    facts = youth_facts(education={"fulltime_student": False}, fyit_participant=True)
    det = determine_iv_e(facts, as_of=date(2029, 8, 31))
    assert child_days(det, "2026-07") == (31, 0, 0)
    assert child_days(det, "2027-08") == (31, 0, 0)
    assert child_days(det, "2029-06") == (30, 0, 0)
    assert child_days(det, "2029-08") == (0, 31, 0)
    assert det.criterion("afdc-age").outcome is Outcome.NOT_MET

    before_21 = determine_iv_e(facts, as_of=date(2029, 6, 30))
    assert before_21.criterion("afdc-age").outcome is Outcome.MET


# -- the ledger of the stay's time limits, in both directions (issue 14 §2) ---------------------


def _ledger(det: Any) -> list[tuple[str, date, str, date | None]]:
    return [
        (t.citation.removeprefix("12 CCR 2509-7.601.71."), t.due, t.status.value, t.met_on)
        for t in det.time_limits
    ]


def test_the_ledger_holds_every_time_limit_past_and_ahead():
    """B.3: "There must be an order of the court within sixty (60) calendar days after the date
    the child is placed in out-of-home care ..."; K.2: "This finding must be made within twelve
    (12) months of the date the child enters foster care, and every twelve (12) months
    thereafter"; I.2: "Counties shall redetermine eligibility using the state prescribed form
    every twelve (12) months from the date the child enters foster care."

    Removed and placed 2025-03-10; the first ruling (2025-03-12) finds reasonable efforts; the
    abuse is adjudicated 2025-04-20, before removal + 60 days (2025-05-09), so the child enters
    foster care 2025-04-20 (45 CFR 1355.20). Permanency findings 2026-03-15 (due 2026-04-20: on
    time), then due 12 months after it, 2027-03-15, made 2027-05-10 (late); the next is due
    2028-05-10. Redeterminations on the entry anniversaries: 2026-04-20 (done 2026-04-10),
    2027-04-20 (not done: missed), 2028-04-20 (ahead; a Thursday, no roll). As of 2027-08-01
    the ledger holds all of them by due date; the forward view keeps only what keeps the child
    eligible and is still ahead: the permanency finding of 2028-05-10."""
    facts = eligible_facts(
        court_orders=[
            order(date(2025, 3, 12), CTW, RE_PREVENT, CUSTODY),
            order(date(2025, 4, 20), ADJUDICATED, sanctions_removal=False),
            order(date(2026, 3, 15), RE_FINALIZE, sanctions_removal=False),
            order(date(2027, 5, 10), RE_FINALIZE, sanctions_removal=False),
        ],
        county={"redetermined_on": [date(2026, 4, 10)]},
    )
    det = determine_iv_e(facts, as_of=date(2027, 8, 1))
    assert det.entered_foster_care == date(2025, 4, 20)
    assert _ledger(det) == [
        ("B.3", date(2025, 5, 9), "met", date(2025, 3, 12)),
        ("K.2", date(2026, 4, 20), "met", date(2026, 3, 15)),
        ("I.2", date(2026, 4, 20), "met", date(2026, 4, 10)),
        ("K.2", date(2027, 3, 15), "late", date(2027, 5, 10)),
        ("I.2", date(2027, 4, 20), "missed", None),
        ("I.2", date(2028, 4, 20), "pending", None),
        ("K.2", date(2028, 5, 10), "pending", None),
    ]
    assert [t.keeps_eligibility for t in det.time_limits if "I.2" in t.citation] == [False] * 3
    assert [(d.citation, d.due) for d in det.deadlines] == [(K2, date(2028, 5, 10))]
    assert set(det.deadlines) <= set(det.time_limits)  # the forward view is a filter
    assert det.to_dict()["time_limits"][3] == {
        "id": "permanency-re-finding",
        "citation": K2,
        "what": "a court finding of reasonable efforts to finalize the permanency plan",
        "due": "2027-03-15",
        "consequence": "eligibility temporarily ends at the end of that month, until the month "
        "of the finding",
        "met_on": "2027-05-10",
        "status": "late",
        "keeps_eligibility": True,
    }


def test_a_voluntary_placements_time_limits_and_the_stay_ending_first():
    """E.3: "If placement of the child is to continue beyond ninety (90) calendar days, the
    county department must obtain a petition ..."; K.1: "... the court has ordered legal
    authority for continued placement within one hundred eighty (180) calendar days"; E.4: "an
    order by the court within one hundred eighty (180) calendar days".

    Signed and placed 2025-03-10; the petition 2025-06-20 (after day 90, 2025-06-08: late); the
    custody and best-interests orders 2025-08-01 (by day 180, 2025-09-06: met). The first
    redetermination is due twelve months after entering foster care on removal + 60 days
    (2025-05-09): Saturday 2026-05-09, a county act, rolled to Monday 2026-05-11. Then the same
    placement discharged on 2025-05-01, before day 90: the petition and the orders were not
    required (the time limits of a stay that ended first)."""
    orders = [order(date(2025, 8, 1), CUSTODY), order(date(2025, 8, 1), CONTINUED_BI)]
    det = determine_iv_e(vpa_facts(orders, petition=date(2025, 6, 20)), as_of=date(2025, 10, 31))
    assert [(c, d, s, m) for c, d, s, m in _ledger(det) if c != "K.2"] == [
        ("E.3", DAY_90, "late", date(2025, 6, 20)),
        ("K.1", DAY_180, "met", date(2025, 8, 1)),
        ("E.4; F.4", DAY_180, "met", date(2025, 8, 1)),
        ("I.2", date(2026, 5, 11), "pending", None),
    ]
    short = vpa_facts([])
    short["removal"]["discharge_date"] = date(2025, 5, 1)
    short["placements"][0]["end"] = date(2025, 5, 1)
    det = determine_iv_e(short, as_of=date(2025, 10, 31))
    statuses = {c: s for c, _, s, _ in _ledger(det)}
    assert statuses == {"E.3": "not_required", "K.1": "not_required", "E.4; F.4": "not_required"}
    assert det.deadlines == ()


def test_the_ledger_keeps_a_finding_that_may_not_count_unknown():
    """B.3 and 45 CFR 1356.21(d): a finding counts only when documented by the signed order or
    a transcript. The only reasonable-efforts finding is in time (2025-03-12) but its
    documentation is not stated: the day-60 time limit is unknown, not met and not missed."""
    facts = eligible_facts(
        court_orders=[order(date(2025, 3, 12), CTW, RE_PREVENT, CUSTODY, documentation=None)]
    )
    det = determine_iv_e(facts, as_of=date(2025, 6, 1))
    (b3,) = [t for t in det.time_limits if t.citation.endswith("B.3")]
    assert (b3.due, b3.status, b3.met_on) == (date(2025, 5, 9), TimeLimitStatus.UNKNOWN, None)


def test_without_custody_yet_the_deadlines_ahead_are_still_shown():
    """B.4: "The county is granted legal custody/authority for placement and care of the
    child/youth ...": with every order on record and none granting custody, B.4 is not met as
    of the evaluation date, so the child is not eligible; but an order the court may still make
    would meet it from its month, so the time limits that keep the stay eligible are still
    ahead (unlike a missed day-60 finding, which costs the whole stay). Removed and placed
    2025-03-10, the first ruling (2025-03-12) finds only contrary to the welfare; as of
    2025-03-20: the day-60 finding by 2025-05-09 and the permanency finding by 2026-05-09
    (entered foster care on removal + 60 days)."""
    facts = eligible_facts(court_orders=[order(date(2025, 3, 12), CTW)])
    det = determine_iv_e(facts, as_of=date(2025, 3, 20))
    assert det.status is DeterminationStatus.NOT_ELIGIBLE
    assert det.criterion("custody-or-agreement").outcome is Outcome.NOT_MET
    assert [(d.citation[-5:], d.due) for d in det.deadlines] == [
        ("1.B.3", date(2025, 5, 9)),
        ("1.K.2", date(2026, 5, 9)),
    ]
