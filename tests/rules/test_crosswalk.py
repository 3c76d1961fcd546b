"""docs/crosswalk.md is generated from the catalog, and every obligation row of the research
crosswalk (notes §2A, 40 rows) is a rule or a documented exclusion."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coregs.cli._crosswalk import render_crosswalk
from coregs.rules import EXCLUSIONS, RULEBOOK

DOC = Path(__file__).parents[2] / "docs" / "crosswalk.md"


def test_docs_crosswalk_is_up_to_date() -> None:
    """Regenerate with: coregs rules --markdown > docs/crosswalk.md"""
    assert DOC.read_text(encoding="utf-8") == render_crosswalk(), (
        "docs/crosswalk.md is stale: run coregs rules --markdown > docs/crosswalk.md"
    )


def test_the_crosswalk_shows_every_rule_option_erratum_and_exclusion() -> None:
    """Each rule's citation and quote, each option, erratum and exclusion appear."""
    doc = render_crosswalk()
    for rule in RULEBOOK:
        assert f"`{rule.id}`" in doc
        assert " ".join(rule.quote.split()) in doc
    for option in RULEBOOK.interpretations:
        assert f"### `{option.name}`" in doc
    for erratum in RULEBOOK.errata:
        assert erratum.citation in doc
    for exclusion in EXCLUSIONS:
        assert exclusion.citation in doc


# notes/crosswalk-and-interop.md §2A, row by row: the rule (or exclusion) that covers it.
ROWS_2A = {
    1: "le-agreement-review",
    2: "csp-agreement-copy",
    3: "le-agreement-copy",
    4: "client-reports-change",
    5: "removal-rights-notice",
    6: "emergency-removal-order-copy",
    7: "nonemergency-removal-order-copy",
    8: "exclusion:12 CCR 2509-7.601.4.A",
    9: "service-request-contact",
    10: "case-activity-documentation",
    11: "case-summary-six-months",
    12: "case-summary-on-change",
    13: "caseworker-change-contact",
    14: "exclusion:12 CCR 2509-7.601.6.D",
    15: "closing-summary",
    16: "first-ruling-ctw-finding",
    17: "re-prevent-removal-order",
    18: "vpa-ninety-day-petition",
    19: "vpa-best-interests-order",
    20: "vsa-ninety-day-petition",
    21: "vsa-best-interests-order",
    22: "ive-initial-determination",
    23: "ive-redetermination",
    24: "vpa-continued-placement-authority",
    25: "permanency-re-finding",
    26: "candidacy-redetermination",
    27: "ssi-application",
    28: "ea-determination-on-services",
    29: "ea-determination",
    30: "fraud-referral",
    31: "state-protocol-update-notice",
    32: "county-protocol-resubmission",
    33: "trails-suspension-request",
    34: "preserve-falsification-evidence",
    35: "falsification-division-notice",
    36: "falsification-referral",
    37: "correction-letters-no-court-case",
    38: "court-correction-notice",
    39: "correction-letters-court-case",
    40: "cpo-intake",
}


@pytest.mark.parametrize(("row", "covered_by"), sorted(ROWS_2A.items()))
def test_every_obligation_row_is_a_rule_or_a_documented_exclusion(
    row: int, covered_by: str
) -> None:
    """Done means: every obligation row of the crosswalk is a rule or an exclusion."""
    if covered_by.startswith("exclusion:"):
        citation = covered_by.removeprefix("exclusion:")
        assert any(x.citation == citation and x.reason for x in EXCLUSIONS)
    else:
        assert covered_by in RULEBOOK


def test_all_forty_rows_are_mapped() -> None:
    """No row of §2A is forgotten."""
    assert sorted(ROWS_2A) == list(range(1, 41))


@pytest.mark.parametrize("doc", ["crosswalk.md", "eligibility-criteria.md"])
def test_every_test_file_a_generated_document_names_exists(doc: str) -> None:
    """Issue 14 §9: docs/crosswalk.md once named tests/rules/test_crosswalk_doc.py, which did
    not exist. A generated document may name only test files that are there."""
    root = Path(__file__).parents[2]
    text = (root / "docs" / doc).read_text(encoding="utf-8")
    named = set(re.findall(r"tests/[\w/]+\.py", text))
    assert named, "the document says which test keeps it up to date"
    assert [p for p in sorted(named) if not (root / p).is_file()] == []
