"""Hand-derived scenarios: mutual care with a parent that starts at a later placement (7.601.71.H).

"A child residing in mutual out-of-home care with his/her adult parent is not considered
removed from the parent because the child continues to reside with the parent in the same
residence; therefore, the child is not IV-E eligible."

``removal.mutual_care`` is mutual care from the removal itself; ``placements[i].with_parent``
is mutual care that starts at that placement. The scenario: removed and placed 2025-03-10 in a
foster home (eligible from that day); from 2025-05-01 placed together with the adult parent;
from 2025-08-01 in a foster home again. As of 2025-09-30.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from coregs.eligibility import Outcome, determine_iv_e
from tests.eligibility._cases import REMOVED, child_days, eligible_facts, placement

TOGETHER, APART = date(2025, 5, 1), date(2025, 8, 1)
AS_OF = date(2025, 9, 30)


def with_parent(**care: Any) -> dict[str, Any]:
    return eligible_facts(
        placements=[
            placement(REMOVED, TOGETHER),
            {**placement(TOGETHER, APART), "with_parent": care},
            placement(APART),
        ]
    )


ADULT = {"parent_is_minor": False}


def test_the_days_in_mutual_care_with_an_adult_parent_are_not_eligible():
    """H: "the child is not IV-E eligible" while "residing in mutual out-of-home care with
    his/her adult parent".

    March (22 days from the 10th) and April (30) are eligible; May (31), June (30) and July (31)
    are not; from 2025-08-01 the child is apart from the parent on the original removal (option
    mutual_care_interruption = continuous, the default): August (31) and September (30)
    eligible again. Eligibility before and after is the initial determination's, unchanged.
    """
    det = determine_iv_e(with_parent(**ADULT), as_of=AS_OF)
    assert det.effective_date == REMOVED
    assert [child_days(det, m) for m in ("2025-03", "2025-04")] == [(22, 0, 0), (30, 0, 0)]
    for month, days in (("2025-05", 31), ("2025-06", 30), ("2025-07", 31)):
        assert child_days(det, month) == (0, days, 0), month
    assert [child_days(det, m) for m in ("2025-08", "2025-09")] == [(31, 0, 0), (30, 0, 0)]
    crit = det.criterion("mutual-care-placements")
    assert crit.outcome is Outcome.MET and "1 lapse(s)" in crit.reason
    may = next(m for m in det.months if str(m.month) == "2025-05")
    assert any("not considered removed" in r for r in may.reasons)


def test_mutual_care_ends_the_stay_under_the_discharge_reading():
    """H with CWPM 8.3C.2: "the State may treat the placement in a facility that is outside the
    scope of foster care as a discharge from foster care" (option mutual_care_interruption =
    discharge): the separation of 2025-08-01 is a new removal, so August and September are not
    eligible under this episode's findings."""
    det = determine_iv_e(
        with_parent(**ADULT), as_of=AS_OF, options={"mutual_care_interruption": "discharge"}
    )
    assert child_days(det, "2025-08") == (0, 31, 0)
    assert child_days(det, "2025-09") == (0, 30, 0)
    assert det.criterion("mutual-care-placements").outcome is Outcome.NOT_MET


def test_with_a_parent_in_a_family_treatment_facility_under_672_j():
    """42 U.S.C. 672(j): eligible "for a period of not more than 12 months during which the child
    is placed with a parent who is in a licensed residential family-based treatment facility for
    substance abuse" (option mutual_care_treatment_facility = federal-672(j)): May to July,
    three months within the twelve, are eligible."""
    facts = with_parent(parent_is_minor=False, parent_in_family_treatment_facility=True)
    det = determine_iv_e(
        facts, as_of=AS_OF, options={"mutual_care_treatment_facility": "federal-672(j)"}
    )
    for month, days in (("2025-05", 31), ("2025-06", 30), ("2025-07", 31)):
        assert child_days(det, month) == (days, 0, 0), month
    # under the Colorado default, the facility makes no difference
    det = determine_iv_e(facts, as_of=AS_OF)
    assert child_days(det, "2025-06") == (0, 30, 0)


def test_with_a_minor_parent_the_costs_go_through_the_parent():
    """H ¶2: "When the parent is a minor and the minor parent has been determined eligible for
    Title IV-E foster care, the child's placement costs are reimbursable through Title IV-E
    foster funding as an extension of the minor parent's cost of care." Not the child's own
    eligibility: those days are not met, with that reason."""
    det = determine_iv_e(with_parent(parent_is_minor=True), as_of=AS_OF)
    june = next(m for m in det.months if str(m.month) == "2025-06")
    assert tuple(june.child) == (0, 30, 0)
    assert any("minor parent's cost of care" in r for r in june.reasons)


def test_whether_the_parent_is_a_minor_unknown():
    """H distinguishes the adult and the minor parent: not stated, the days are unknown, and
    while the child is there (as of 2025-06-30) the fact is named."""
    det = determine_iv_e(with_parent(), as_of=date(2025, 6, 30))
    assert child_days(det, "2025-06") == (0, 0, 30)
    assert "placements[1].with_parent.parent_is_minor" in det.missing
