"""Hand-derived scenarios: one court order, several findings, each proven its own way.

A hearing's order records several findings; the record may prove them differently: one written
in the signed order, another only in the transcript, one qualified "for federal funding
purposes only". ``findings`` are documented and worded as the order is; ``separate_findings``
(``{"kind", "documentation", "wording"}``) each its own way. Each required determination is
verified on its own (45 CFR 1356.21(d)(1): "a transcript of the court proceedings is the only
other documentation that will be accepted to verify that these required determinations have
been made").

The base case is removed and placed 2025-03-10; the one hearing is on 2025-03-12, the first
ruling sanctioning the removal.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from coregs import InvalidFactsError
from coregs.eligibility import (
    CourtOrder,
    DeterminationStatus,
    FindingKind,
    OrderFinding,
    Outcome,
    determine_iv_e,
    iv_e_compliance,
)
from tests.eligibility._cases import CTW, CUSTODY, RE_PREVENT, eligible_facts, order

HEARING = date(2025, 3, 12)


def one_hearing(*findings: str, separate: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return eligible_facts(
        court_orders=[order(HEARING, *findings, separate_findings=separate, **fields)]
    )


def test_a_finding_proven_by_transcript_beside_findings_in_the_signed_order():
    """B.2 ¶2: "If this "best interests" determination is not recorded in the first written court
    order, signed by a judge or magistrate, pertaining to the removal of the child from the
    home, a transcript of the findings and orders from the court proceeding is the only other
    documentation that can be accepted to verify that the required judicial determination was
    made."

    The signed order of 2025-03-12 records custody and reasonable efforts; the contrary-to-the-
    welfare finding of the same hearing is only in the transcript. One order, every finding
    counts: eligible from the placement (2025-03-10), as with every finding in the order.
    """
    facts = one_hearing(
        CUSTODY, RE_PREVENT, separate=[{"kind": CTW, "documentation": "transcript"}]
    )
    det = determine_iv_e(facts, as_of=date(2025, 6, 30))
    assert det.criterion("ctw-first-ruling").outcome is Outcome.MET
    assert det.status is DeterminationStatus.ELIGIBLE
    assert det.effective_date == date(2025, 3, 10)
    # the same as the hearing recorded in two entries
    two = eligible_facts(
        court_orders=[
            order(HEARING, CUSTODY, RE_PREVENT),
            order(HEARING, CTW, documentation="transcript"),
        ]
    )
    other = determine_iv_e(two, as_of=date(2025, 6, 30))
    assert (other.status, other.effective_date, other.months) == (
        det.status,
        det.effective_date,
        det.months,
    )


def test_a_finding_qualified_for_funding_purposes_only_does_not_count():
    """CWPM 8.3A.9c: "When a judicial determination is qualified by language stating or implying
    that it has been made for the purpose of Federal funding only or that it has no precedential
    effect, then a bona fide judicial determination has not been made."

    The reasonable-efforts finding of the hearing is so qualified, the others are not: B.2 is
    met, B.3 is not (no other finding by day 60, 2025-05-09), and the child is not eligible for
    the stay; the reason names the finding and the order.
    """
    facts = one_hearing(
        CTW, CUSTODY, separate=[{"kind": RE_PREVENT, "wording": "funding_purposes_only"}]
    )
    det = determine_iv_e(facts, as_of=date(2025, 6, 30))
    assert det.criterion("ctw-first-ruling").outcome is Outcome.MET
    re = det.criterion("re-prevent-removal-order")
    assert re.outcome is Outcome.NOT_MET
    assert "reasonable efforts to prevent removal finding of court_orders[0]" in re.reason
    assert "funding purposes only" in re.reason
    assert det.status is DeterminationStatus.NOT_ELIGIBLE
    # compliance records only what the court did: no reasonable-efforts finding
    report = iv_e_compliance(facts, as_of=date(2025, 6, 30))
    [finding] = report.for_rule("re-prevent-removal-order")
    assert finding.satisfied_on is None


def test_a_finding_of_its_own_inherits_what_it_does_not_state():
    """B.3 ¶2 (transcript) with 45 CFR 1356.21(d): an order of unstated documentation whose
    reasonable-efforts finding is in the transcript: that finding counts; the others, as the
    order, are unknown, and name the order's documentation as what would settle them."""
    facts = one_hearing(
        CTW,
        CUSTODY,
        separate=[{"kind": RE_PREVENT, "documentation": "transcript"}],
        documentation=None,
    )
    det = determine_iv_e(facts, as_of=date(2025, 6, 30))
    assert det.criterion("re-prevent-removal-order").outcome is Outcome.MET
    ctw = det.criterion("ctw-first-ruling")
    assert ctw.outcome is Outcome.UNKNOWN
    assert ctw.missing == ("court_orders[0].documentation",)


def test_the_python_model_keeps_the_orders_findings_as_they_were():
    """An order written as before reads as before (``findings``, a set of kinds); the findings
    proven their own way are apart, and ``kinds`` gives every kind."""
    o = CourtOrder.parse(
        {
            "date": "2025-03-12",
            "findings": [CTW],
            "separate_findings": [{"kind": RE_PREVENT, "wording": "case_specific"}],
        }
    )
    assert o.findings == {FindingKind.CONTRARY_TO_WELFARE}
    assert o.separate_findings == (
        OrderFinding(
            kind=FindingKind.REASONABLE_EFFORTS_TO_PREVENT_REMOVAL, wording="case_specific"
        ),
    )
    assert o.kinds == {
        FindingKind.CONTRARY_TO_WELFARE,
        FindingKind.REASONABLE_EFFORTS_TO_PREVENT_REMOVAL,
    }


@pytest.mark.parametrize(
    ("finding", "loc"),
    [
        ({"kind": "not_a_finding"}, "court_orders[0].separate_findings[0].kind"),
        ({"documentation": "transcript"}, "court_orders[0].separate_findings[0].kind"),
        (
            {"kind": CTW, "documentation": "fax"},
            "court_orders[0].separate_findings[0].documentation",
        ),
    ],
)
def test_a_bad_finding_is_named_by_its_path(finding, loc):
    with pytest.raises(InvalidFactsError) as caught:
        determine_iv_e(one_hearing(separate=[finding]), as_of=date(2025, 6, 30))
    assert [p.loc for p in caught.value.problems] == [loc]
    assert "fax" not in str(caught.value)
