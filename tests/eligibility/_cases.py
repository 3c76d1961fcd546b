"""Shared facts builders for the hand-derived Title IV-E scenarios.

Two bases, each an otherwise-eligible court-ordered removal that a test changes in one place:
:func:`eligible_facts` (removed and placed 2025-03-10, the first ruling two days later; sections
merge by name) and :func:`eligible_case` (placed 2026-03-02, the only order ``order_after`` days
later). Every expected value in the tests is derived by hand from these facts.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

REMOVED = date(2025, 3, 10)

CTW = "contrary_to_welfare"
BEST_INTERESTS = "best_interests"
RE_PREVENT = "reasonable_efforts_to_prevent_removal"
EMERGENCY = "emergency_lack_of_services_reasonable"
RE_NOT_REQUIRED = "reasonable_efforts_not_required"
CUSTODY = "custody_to_county"
CONTINUED_BI = "continued_placement_best_interests"
RE_FINALIZE = "reasonable_efforts_to_finalize"
ADJUDICATED = "abuse_or_neglect_adjudicated"

FULL_LICENCE = [{"status": "full", "since": date(2024, 1, 1)}]


def iso(day: date) -> str:
    return day.isoformat()


def order(on: date, *findings: str, **fields: Any) -> dict[str, Any]:
    """A signed, case-specific court order sanctioning the removal, recording ``findings``."""
    base = {
        "date": on,
        "sanctions_removal": True,
        "documentation": "signed_order",
        "wording": "case_specific",
        "findings": list(findings),
    }
    return {**base, **fields}


def placement(start: date, end: date | None = None) -> dict[str, Any]:
    return {"start": start, "end": end, "setting": "foster_family_home", "licensing": FULL_LICENCE}


def eligible_facts(removed: date = REMOVED, **sections: Any) -> dict[str, Any]:
    """A complete, otherwise-eligible court-ordered removal on ``removed``.

    A US citizen (verified) Colorado resident born 2017-06-15, removed and placed the same day
    in a fully licensed foster family home; the first ruling, two days later, finds contrary to
    the welfare, reasonable efforts to prevent removal, and grants custody. The removal home:
    the child lived with a parent until the removal date; one parent in the home (not
    incapacitated, $300 earnings), the other absent; resources $1,200.

    ``sections`` override the top-level sections: a dict merges into the section of the same
    name, anything else replaces it.
    """
    facts: dict[str, Any] = {
        "child": {
            "birth_date": date(2017, 6, 15),
            "citizenship": "us_citizen",
            "citizenship_verified": True,
            "colorado_resident": True,
        },
        "removal": {
            "manner": "court_order",
            "removal_date": removed,
            "petition_filed_on": removed,
        },
        "court_orders": [order(removed + timedelta(days=2), CTW, RE_PREVENT, CUSTODY)],
        "placements": [placement(removed)],
        "removal_home": {
            "relationship": "parent",
            "lived_with": [{"start": date(2017, 6, 15), "end": removed}],
            "parents": [
                {
                    "status": "in_home",
                    "incapacitated": False,
                    "income": {"earned": "300", "unearned": "0"},
                },
                {"status": "absent"},
            ],
            "members": [],
            "child_income": {"earned": "0", "unearned": "0"},
            "child_support_received": "0",
            "resources": "1200",
        },
    }
    for key, value in sections.items():
        if isinstance(value, dict) and isinstance(facts.get(key), dict):
            facts[key] = {**facts[key], **value}
        else:
            facts[key] = value
    return facts


def child_days(det: Any, month: str) -> tuple[int, int, int]:
    """(met, not met, unknown) days of the child's eligibility in ``month`` ("YYYY-MM")."""
    for line in det.months:
        if str(line.month) == month:
            return tuple(line.child)
    raise KeyError(month)


def eligible_case(
    start: date = date(2026, 3, 2), *, order_after: int = 2, **placement: Any
) -> dict[str, Any]:
    """A complete facts document for an eligible child of about eight placed on ``start``
    (removal, petition and placement the same day; the only court order two days later).

    ``order_after`` days after ``start`` the only court order; ``placement`` overrides fields of
    the single placement (by default a fully licensed, non-relative foster family home).
    """
    order = start + timedelta(days=order_after)
    first = {
        "start": iso(start),
        "setting": "foster_family_home",
        "relative": False,
        "pursuing_certification": False,
        "licensing": [{"status": "full", "since": "2020-01-01"}],
    }
    first.update(placement)
    return {
        "child": {
            "birth_date": "2018-03-15",
            "citizenship": "us_citizen",
            "citizenship_verified": True,
            "colorado_resident": True,
            "fyit_participant": False,
        },
        "removal": {
            "manner": "court_order",
            "removal_date": iso(start),
            "petition_filed_on": iso(start),
        },
        "court_orders": [
            {
                "date": iso(order),
                "sanctions_removal": True,
                "documentation": "signed_order",
                "wording": "case_specific",
                "findings": [
                    "contrary_to_welfare",
                    "reasonable_efforts_to_prevent_removal",
                    "custody_to_county",
                ],
            }
        ],
        "placements": [first],
        "removal_home": {
            "relationship": "parent",
            "lived_with": [{"start": "2018-03-15", "end": iso(start)}],
            "parents": [
                {
                    "status": "in_home",
                    "incapacitated": False,
                    "income": {"earned": "0", "unearned": "0"},
                },
                {"status": "absent", "incapacitated": False},
            ],
            "members": [],
            "child_income": {"earned": "0", "unearned": "0"},
            "child_support_received": "0",
            "resources": "0",
            "colorado_works_in_prior_four_months": False,
        },
        "county": {"absent_parent_unknown": False, "referral_not_in_best_interests": False},
    }
