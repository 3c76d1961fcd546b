"""Case facts are confidential (C.R.S. 19-1-307): determinations, reprs and validation errors of
the Title IV-E evaluator never contain a personal value."""

from __future__ import annotations

import json
from datetime import date

import pytest

from coregs import InvalidFactsError
from coregs.eligibility import IVEFacts, afdc_budget, determine_funding, iv_e_compliance

CANARY_DOB = "2011-07-23"
CANARY_18TH = "2029-07-23"
CANARY_INCOME = "1234.56"
CANARY_RESOURCES = "8765.43"
CANARY_REF = "Zebediah-Quuxington"  # what a careless caller might put in an opaque reference

FACTS = {
    "child": {
        "birth_date": CANARY_DOB,
        "citizenship": "us_citizen",
        "citizenship_verified": True,
        "colorado_resident": True,
    },
    "removal": {"manner": "court_order", "removal_date": "2026-03-10", "emergency": True},
    "court_orders": [
        {
            "date": "2026-03-11",
            "sanctions_removal": True,
            "documentation": "signed_order",
            "wording": "case_specific",
            "findings": [
                "contrary_to_welfare",
                "custody_to_county",
                "reasonable_efforts_to_prevent_removal",
            ],
        }
    ],
    "placements": [
        {
            "start": "2026-03-10",
            "setting": "foster_family_home",
            "provider_ref": CANARY_REF,
            "licensing": [{"status": "full", "since": "2020-01-01"}],
        }
    ],
    "removal_home": {
        "relationship": "parent",
        "lived_with": [{"end": "2026-03-10"}],
        "parents": [
            {"status": "in_home", "incapacitated": False, "income": {"earned": CANARY_INCOME}},
            {"status": "absent"},
        ],
        "child_income": {"earned": "0", "unearned": "0"},
        "child_support_received": "0",
        "resources": CANARY_RESOURCES,
    },
    "ssi": {"believed_eligible": True},
}
CANARIES = (CANARY_DOB, CANARY_18TH, CANARY_INCOME, "1,234.56", CANARY_RESOURCES, "8,765.43")


def _all_text(*values: object) -> str:
    return "\n".join(str(v) for v in values)


def test_determinations_carry_no_personal_value():
    """The determination, its text, JSON, records and HTML name facts and rules only."""
    funding = determine_funding(FACTS, as_of=date(2031, 12, 1))
    det = funding.iv_e
    text = _all_text(
        det,
        repr(det),
        funding.render(),
        json.dumps(funding.to_dict()),
        det.to_records(),
        det._repr_html_(),
        iv_e_compliance(FACTS, as_of=date(2031, 12, 1)).render(),
    )
    for canary in CANARIES:
        assert canary not in text, canary
    assert CANARY_REF not in text  # provider references never reach a result


def test_facts_reprs_show_field_names_only():
    facts = IVEFacts.parse(FACTS)
    text = _all_text(repr(facts), repr(facts.child), repr(facts.removal_home), str(facts.child))
    for canary in (*CANARIES, CANARY_REF):
        assert canary not in text
    assert "birth_date" in repr(facts.child)


def test_the_budget_is_figures_on_request_only():
    """The AFDC worksheet shows income figures when rendered on purpose, never in its repr."""
    budget = afdc_budget(FACTS, as_of=date(2026, 12, 1))
    assert CANARY_INCOME not in repr(budget)
    assert "$1,234.56" in budget.render()


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        (("child", "birth_date"), "2011-02-30"),
        (("removal_home", "resources"), "-8765.43"),
        (("removal_home", "parents", 0, "income", "earned"), "1234.567"),
        (("placements", 0, "provider_ref"), "Zebediah Quuxington"),
        (("child", "citizenship"), "Zebediah"),
    ],
)
def test_validation_errors_carry_no_input(path, bad):
    doc = json.loads(json.dumps(FACTS))
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = bad
    with pytest.raises(InvalidFactsError) as info:
        IVEFacts.parse(doc)
    err = info.value
    text = _all_text(err, repr(err), err.args, *(repr(p) for p in err.problems))
    assert bad not in text and bad.lstrip("-") not in text
    assert ".".join(str(p) for p in path[:1]) in str(err)  # the field is named
