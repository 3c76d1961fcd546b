"""Hand-derived scenarios: how a relinquishment's removal and its judicial findings are dated.

7.601.71.G: "If a child is relinquished to the county department, the county shall petition
the court to judicially remove the child even though the parent relinquished the child to the
agency." Federally a relinquishment is no removal (CWPM 8.3A.14); the removal is the court's:
"A child is considered constructively removed on the date of the first judicial order removing
custody, even temporarily" (45 CFR 1356.21(k)(3)), and the reasonable-efforts finding "must be
made no later than 60 days from the date the child is removed from the home pursuant to
paragraph (k)(1)(ii)" (1356.21(b)(1)(i)). Option ``relinquishment_removal`` reads it so by
default (``first-court-order``), or as B.3 reads every child (``placement``: sixty days "after
the date the child is placed in out-of-home care").

The scenario: relinquished and placed Monday 2025-03-10 (lived with the parent until then); the
county petitions on 2025-05-01; the first ruling sanctioning the removal, 2025-05-05, finds
contrary to the welfare and grants custody; the reasonable-efforts finding comes on 2025-06-20.

Day 60 from the judicial removal: 2025-05-05 + 26 (to 05-31) + 30 (to 06-30) + 4 = 2025-07-04.
Day 60 from the relinquishment placement: 2025-03-10 + 21 + 30 + 9 = 2025-05-09.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from coregs.eligibility import DeterminationStatus, Outcome, determine_iv_e
from tests.eligibility._cases import (
    ADJUDICATED,
    CTW,
    CUSTODY,
    RE_PREVENT,
    child_days,
    eligible_facts,
    order,
)

RELINQUISHED = date(2025, 3, 10)
PETITION = date(2025, 5, 1)
JUDICIAL_REMOVAL = date(2025, 5, 5)
RE_FINDING = date(2025, 6, 20)
DAY_60_FROM_ORDER = date(2025, 7, 4)
DAY_60_FROM_PLACEMENT = date(2025, 5, 9)


def relinquished(*orders: dict[str, Any]) -> dict[str, Any]:
    return eligible_facts(
        RELINQUISHED,
        removal={"manner": "relinquishment", "petition_filed_on": PETITION},
        court_orders=list(orders),
    )


FULL = (
    order(JUDICIAL_REMOVAL, CTW, CUSTODY),
    order(RE_FINDING, RE_PREVENT, sanctions_removal=False),
)


def test_the_sixty_days_run_from_the_judicial_removal():
    """45 CFR 1356.21(b)(1)(i): the finding "must be made no later than 60 days from the date
    the child is removed from the home pursuant to paragraph (k)(1)(ii)"; (k)(3): "the date of
    the first judicial order removing custody".

    The finding of 2025-06-20 is day 46 after the judicial removal of 2025-05-05 (day 60 is
    2025-07-04): met. All criteria are met in June 2025, so eligibility is effective
    2025-06-01; the relinquished days before it (March to May) are not eligible.
    """
    det = determine_iv_e(relinquished(*FULL), as_of=date(2025, 8, 31))
    re = det.criterion("re-prevent-removal-order")
    assert re.outcome is Outcome.MET
    assert DAY_60_FROM_ORDER.isoformat() in re.reason
    assert det.criterion("removal").met_on == JUDICIAL_REMOVAL
    assert det.status is DeterminationStatus.ELIGIBLE
    assert det.effective_date == date(2025, 6, 1)
    assert child_days(det, "2025-05") == (0, 31, 0)
    assert child_days(det, "2025-06") == (30, 0, 0)


def test_under_the_placement_reading_the_same_finding_is_late():
    """B.3: "There must be an order of the court within sixty (60) calendar days after the date
    the child is placed in out-of-home care" (option relinquishment_removal = placement).

    Counted from the relinquishment placement, day 60 is 2025-05-09; the finding of 2025-06-20
    is late, which costs the whole stay (45 CFR 1356.21(b)(1)(ii)).
    """
    det = determine_iv_e(
        relinquished(*FULL),
        as_of=date(2025, 8, 31),
        options={"relinquishment_removal": "placement"},
    )
    re = det.criterion("re-prevent-removal-order")
    assert re.outcome is Outcome.NOT_MET
    assert DAY_60_FROM_PLACEMENT.isoformat() in re.reason
    assert det.status is DeterminationStatus.NOT_ELIGIBLE


def test_before_the_court_acts_a_relinquished_child_is_not_yet_removed():
    """G: "the county shall petition the court to judicially remove the child even though the
    parent relinquished the child to the agency"; CWPM 8.3A.14: a relinquishment "does not
    meet the definition of a voluntary placement ... nor is it a placement resulting from a
    judicial determination".

    As of 2025-04-15 no ruling exists: the removal (B.1) and the sixty days' start are unknown,
    naming the ruling that would settle them, and no day-60 limit is set yet.
    """
    det = determine_iv_e(relinquished(), as_of=date(2025, 4, 15))
    removal = det.criterion("removal")
    assert removal.outcome is Outcome.UNKNOWN
    assert removal.missing == ("court_orders (the first ruling sanctioning removal)",)
    re = det.criterion("re-prevent-removal-order")
    assert re.outcome is Outcome.UNKNOWN
    assert "re-prevent-removal-order" not in {d.id for d in det.deadlines}
    assert det.status is DeterminationStatus.UNDETERMINED


def test_after_the_judicial_removal_the_day_60_limit_counts_from_it():
    """1356.21(b)(1)(i) as above: as of 2025-05-20, after the first ruling (2025-05-05) and
    before the finding, the finding is due by 2025-07-04."""
    det = determine_iv_e(
        relinquished(order(JUDICIAL_REMOVAL, CTW, CUSTODY)), as_of=date(2025, 5, 20)
    )
    due = {d.id: d.due for d in det.deadlines}
    assert due["re-prevent-removal-order"] == DAY_60_FROM_ORDER


def test_the_date_the_child_enters_foster_care_counts_from_the_judicial_removal():
    """45 CFR 1355.20: "the earlier of: The date of the first judicial finding that the child has
    been subjected to child abuse or neglect; or, the date that is 60 calendar days after the
    date on which the child is removed from the home pursuant to § 1356.21(k)"; K.2: the
    permanency finding "must be made within twelve (12) months of the date the child enters
    foster care".

    No adjudication: entry is the judicial removal + 60 = 2025-07-04, and the first permanency
    finding is due by 2026-07-04 (not 2026-05-09, twelve months after 2025-03-10 + 60).
    """
    det = determine_iv_e(relinquished(*FULL), as_of=date(2025, 8, 31))
    due = {d.id: d.due for d in det.deadlines}
    assert due["permanency-re-finding"] == date(2026, 7, 4)
    # an adjudication before that date is the earlier of the two
    adjudicated = (*FULL, order(date(2025, 6, 25), ADJUDICATED, sanctions_removal=False))
    det = determine_iv_e(relinquished(*adjudicated), as_of=date(2025, 8, 31))
    due = {d.id: d.due for d in det.deadlines}
    assert due["permanency-re-finding"] == date(2026, 6, 25)
