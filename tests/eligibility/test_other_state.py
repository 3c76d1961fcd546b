"""Hand-derived scenarios: a child whose residency is from another state (7.601.71.D.4.c).

"Residency - The child must be a resident of Colorado. If the child's residency is from another
state, that state is responsible for determining Title IV-E eligibility of the child."

Colorado then makes no determination: a status of its own (``other_state``, not "not
eligible"), nothing claimable, no eligibility time limit, and none of 7.601.71's compliance time
frames. The base case (tests/eligibility/_cases.py) is removed and placed Monday 2025-03-10,
the first ruling on 2025-03-12.
"""

from __future__ import annotations

from datetime import date

from coregs.eligibility import (
    DeterminationStatus,
    Outcome,
    determine_funding,
    determine_iv_e,
    iv_e_compliance,
)
from tests.eligibility._cases import CTW, CUSTODY, eligible_facts, order

ELSEWHERE = {"colorado_resident": False}


def test_another_states_child_gets_no_colorado_determination_and_no_claim():
    """D.4.c: "If the child's residency is from another state, that state is responsible for
    determining Title IV-E eligibility of the child."

    Placed 2025-03-10, as of 2025-06-30: March has 22 days in care (10th to 31st), April 30,
    May 31, June 30; none is claimable, and the only criterion reported is residency.
    """
    det = determine_iv_e(eligible_facts(child=ELSEWHERE), as_of=date(2025, 6, 30))
    assert det.status is DeterminationStatus.OTHER_STATE
    assert det.status.label == "determined by another state"
    assert [c.id for c in det.initial] == ["afdc-residency"]
    assert det.initial[0].outcome is Outcome.NOT_MET
    assert "another state" in det.initial[0].reason
    assert det.continuing == det.providers == det.deadlines == det.missing == ()
    assert det.effective_date is None and det.eligible_from is None
    assert det.eligible_now is Outcome.NOT_APPLICABLE
    in_care = {str(m.month): m.days_in_care for m in det.months}
    assert in_care == {"2025-03": 22, "2025-04": 30, "2025-05": 31, "2025-06": 30}
    for m in det.months:
        assert (m.child.met, m.placement.met, m.admin.met) == (0, 0, 0)
    assert "NONE BY COLORADO" in det.render()
    assert det.to_dict()["status"] == "other_state"


def test_no_colorado_time_limit_where_a_resident_would_have_one():
    """D.4.c, against B.3: "There must be an order of the court within sixty (60) calendar days
    after the date the child is placed in out-of-home care ...".

    Only the contrary-to-the-welfare finding and custody on 2025-03-12; as of 2025-04-01 a
    Colorado resident has the reasonable-efforts finding ahead, due by day 60 = 2025-03-10 + 21
    (to 03-31) + 30 (to 04-30) + 9 = 2025-05-09. The other state's child has none.
    """
    orders = [order(date(2025, 3, 12), CTW, CUSTODY)]
    resident = determine_iv_e(eligible_facts(court_orders=orders), as_of=date(2025, 4, 1))
    due = {d.id: d.due for d in resident.deadlines}
    assert due["re-prevent-removal-order"] == date(2025, 5, 9)
    elsewhere = determine_iv_e(
        eligible_facts(court_orders=orders, child=ELSEWHERE), as_of=date(2025, 4, 1)
    )
    assert elsewhere.deadlines == ()


def test_residency_unknown_is_still_a_criterion_to_settle():
    """D.4.c: "The child must be a resident of Colorado." Not stated: undetermined, naming the
    fact (never silently another state's, nor Colorado's)."""
    facts = eligible_facts()
    del facts["child"]["colorado_resident"]
    det = determine_iv_e(facts, as_of=date(2025, 6, 30))
    assert det.status is DeterminationStatus.UNDETERMINED
    assert "child.colorado_resident" in det.missing


def test_no_colorado_compliance_time_frames_for_another_states_child():
    """D.4.c with I.1: "The county department is responsible for determining the eligibility of
    every child entering out-of-home foster care within forty-five (45) calendar days of the
    placement date".

    For a resident placed 2025-03-10 with no determination recorded, the 45-day determination
    was due 2025-03-10 + 45 = 2025-04-24 and is overdue on 2025-06-30; for another state's child
    Colorado sets no such time frame (nor any other of 7.601.71), and the report says why.
    """
    resident = iv_e_compliance(eligible_facts(), as_of=date(2025, 6, 30))
    [found] = resident.for_rule("ive-initial-determination")
    assert found.due == date(2025, 4, 24)
    elsewhere = iv_e_compliance(eligible_facts(child=ELSEWHERE), as_of=date(2025, 6, 30))
    assert elsewhere.for_rule("ive-initial-determination") == ()
    assert all(not f.citation.startswith("12 CCR 2509-7.601.71") for f in elsewhere.findings)
    assert "7.601.71.D.4.c" in elsewhere.render()


def test_no_child_support_referral_for_another_states_child():
    """71.J: "The county department shall refer every child/youth determined eligible for Title
    IV-E foster care": Colorado determines nothing, so nothing to refer."""
    funding = determine_funding(eligible_facts(child=ELSEWHERE), as_of=date(2025, 6, 30))
    assert funding.child_support.outcome is Outcome.NOT_APPLICABLE
    assert "another state" in funding.child_support.reason
