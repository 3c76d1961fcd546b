"""Supplying a missing fact never flips a decided criterion: the examples hypothesis found.

Each pair is a falsifying example of
tests/property/test_eligibility_properties.py::test_supplying_a_missing_fact_never_flips_a_decided_criterion
(kept in /work/research: eligibility-afdc-deprivation-flip.txt, eligibility-permanency-flip.txt),
run through the property's own check, with the criterion it flipped spelled out by hand.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from coregs.eligibility import IVEFacts, Outcome, determine_iv_e
from tests.property.test_eligibility_properties import assert_refines

_ZERO = {"earned": "0", "unearned": "0", "student": False}
_OK = {"sanctions_removal": False, "documentation": "signed_order", "wording": "case_specific"}


def _episode(**changes: Any) -> dict[str, Any]:
    """The facts both examples share (the strategies' "healthy" episode), with ``changes``."""
    facts: dict[str, Any] = {
        "child": {
            "birth_date": "2014-06-01",
            "citizenship": "us_citizen",
            "citizenship_verified": True,
            "colorado_resident": True,
            "fyit_participant": False,
            "education": {"fulltime_student": False, "expected_completion": "2032-05-27"},
        },
        "court_orders": [
            {"date": "2015-06-01", **_OK, "findings": ["contrary_to_welfare", "custody_to_county"]},
            {
                "date": "2015-06-01",
                **_OK,
                "findings": [
                    "reasonable_efforts_to_prevent_removal",
                    "continued_placement_best_interests",
                    "abuse_or_neglect_adjudicated",
                ],
            },
        ],
        "placements": [
            {
                "start": "2015-06-01",
                "setting": "foster_family_home",
                "relative": False,
                "pursuing_certification": False,
                "licensing": [{"status": "full", "since": "2015-05-02"}],
            }
        ],
        "removal_home": {
            "relationship": "parent",
            "lived_with": [{"end": "2015-06-01"}],
            "parents": [
                {"status": "in_home", "incapacitated": False, "income": _ZERO},
                {"status": "absent"},
            ],
            "members": [],
            "child_income": _ZERO,
            "child_support_received": "0",
            "resources": "0",
            "colorado_works_in_prior_four_months": False,
        },
        "county": {"determined_on": "2015-06-01"},
        "ssi": {"believed_eligible": False, "chrp_waiver": False},
    }
    for section, value in changes.items():
        facts[section] = value
    return facts


def test_a_voluntary_services_agreement_makes_deprivation_not_required_even_unstated() -> None:
    """7.601.71.D.2.e: "Deprivation of parental support findings are not required when the
    youth is participating in the foster youth in transition program." A voluntary services
    agreement is one "entered into by a youth who is participating in the foster youth in
    transition program" (B.1.b). With the agreement on record, D.2 is not applicable; with the
    manner left out, no factor applies but the youth may be in the program, so D.2 is unknown,
    not "not met" (it was not met: the flip)."""
    home = _episode()["removal_home"]
    home["parents"] = [
        {"status": "in_home", "incapacitated": False, "income": _ZERO},
        {"status": "in_home", "incapacitated": False, "income": _ZERO},
    ]
    home["child_income"] = {"earned": "529", "unearned": "0", "student": False}
    home["resources"] = "10000"
    removal = {
        "manner": "voluntary_services_agreement",
        "removal_date": "2015-06-01",
        "emergency": False,
        "agreement_signed_on": "2015-06-01",
        "agreement_complete": True,
        "petition_filed_on": "2015-06-02",
    }
    complete = _episode(
        child={**_episode()["child"], "birth_date": "2015-06-01", "citizenship_verified": False},
        removal=removal,
        removal_home=home,
    )
    partial = copy.deepcopy(complete)
    del partial["removal"]["manner"]
    as_of = date(2015, 6, 1)
    full = determine_iv_e(complete, as_of=as_of, effective="lenient")
    part = determine_iv_e(partial, as_of=as_of, effective="lenient")
    assert full.criterion("afdc-deprivation").outcome is Outcome.NOT_APPLICABLE
    unknown = part.criterion("afdc-deprivation")
    assert unknown.outcome is Outcome.UNKNOWN
    assert "removal.manner" in unknown.missing
    assert_refines(IVEFacts.parse(complete), IVEFacts.parse(partial), as_of)


def test_an_adjudication_that_may_not_count_leaves_the_permanency_schedule_open() -> None:
    """7.601.71.K.2: "This finding must be made within twelve (12) months of the date the child
    enters foster care", the earlier of the first abuse or neglect adjudication and 60 days
    after removal (45 CFR 1355.20). Removed 2015-06-01 and adjudicated that day by a signed
    order: entry 2015-06-01, the finding due 2016-06-01, none made, eligibility ends at the end
    of June 2016, so on 2016-07-01 K.2 is not met. With the order's documentation left out the
    adjudication may not count (entry 2015-07-31, due 2016-07-31, met on 2016-07-01): coregs
    said met (the flip); it is unknown, naming the documentation."""
    removal = {
        "manner": "court_order",
        "removal_date": "2015-06-01",
        "emergency": False,
        "agreement_signed_on": "2015-06-01",
        "agreement_complete": True,
    }
    episode = _episode(removal=removal)
    episode["court_orders"][0]["sanctions_removal"] = True
    episode["placements"] = [
        {**episode["placements"][0], "end": "2015-06-06"},
        {
            **episode["placements"][0],
            "start": "2015-06-06",
            "end": "2015-06-11",
            "licensing": [{"status": "full", "since": "2015-05-07"}],
        },
        {
            **episode["placements"][0],
            "start": "2015-06-11",
            "licensing": [{"status": "full", "since": "2015-05-12"}],
        },
    ]
    partial = copy.deepcopy(episode)
    del partial["court_orders"][1]["documentation"]
    as_of = date(2016, 7, 1)
    full = determine_iv_e(episode, as_of=as_of, effective="lenient")
    part = determine_iv_e(partial, as_of=as_of, effective="lenient")
    assert full.criterion("permanency-re-finding").outcome is Outcome.NOT_MET
    unknown = part.criterion("permanency-re-finding")
    assert unknown.outcome is Outcome.UNKNOWN
    assert "court_orders[1].documentation" in unknown.missing
    assert_refines(IVEFacts.parse(episode), IVEFacts.parse(partial), as_of)
