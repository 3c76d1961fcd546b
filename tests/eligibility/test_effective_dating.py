"""Strict effective dating of the determination: the text, and its foster youth in transition
wording, applied only on days it is surely in force (issue 14 §6)."""

from __future__ import annotations

from datetime import date

import pytest

from coregs import OutOfRangeError
from coregs.eligibility import DeterminationStatus, determine_funding, determine_iv_e
from tests.eligibility._cases import eligible_facts


def _vsa(placed: date) -> dict[str, object]:
    """A youth of 19 placed under a voluntary services agreement signed the same day."""
    return eligible_facts(
        placed,
        child={"birth_date": date(placed.year - 19, 1, 5), "fyit_participant": True},
        removal={
            "manner": "voluntary_services_agreement",
            "agreement_signed_on": placed,
            "agreement_complete": True,
        },
        court_orders=[],
    )


def test_a_voluntary_services_placement_before_the_wording_is_surely_in_force_is_refused() -> None:
    """7.601.71.B.1.b: "A voluntary services agreement entered into by a youth who is
    participating in the foster youth in transition program ..." This text surely has that
    wording from 9/1/2024 only (coregs.rules.catalog.EFFECTIVE_FYIT); a placement under such an
    agreement on 2024-08-01 is refused in strict mode, naming the field and the provisions, and
    evaluated in lenient mode."""
    facts = _vsa(date(2024, 8, 1))
    with pytest.raises(OutOfRangeError) as caught:
        determine_iv_e(facts, as_of=date(2024, 8, 20))
    error = caught.value
    assert error.field == "removal.manner"
    assert "2024-09-01" in error.problem and "not verified" in error.problem
    assert "7.601.71.B.1.b" in (error.rule or "")
    assert "2024-08" not in str(error)  # the case's dates are never echoed
    lenient = determine_iv_e(facts, as_of=date(2024, 8, 20), effective="lenient")
    assert lenient.criterion("removal").outcome.value == "met"
    with pytest.raises(OutOfRangeError):
        determine_funding(facts, as_of=date(2024, 8, 20))
    assert determine_iv_e(_vsa(date(2024, 9, 3)), as_of=date(2024, 9, 20)).status is not None


def test_a_youth_in_the_program_is_evaluated_with_its_wording_only_from_then() -> None:
    """D.2.e ("Deprivation of parental support findings are not required when the youth is
    participating in the foster youth in transition program") and D.4.a(i) apply to a youth
    in the program: an evaluation as of 2024-06-30 would apply them before 9/1/2024."""
    facts = eligible_facts(child={"fyit_participant": True})
    with pytest.raises(OutOfRangeError) as caught:
        determine_iv_e(facts, as_of=date(2024, 6, 30))
    assert caught.value.field == "child.fyit_participant"
    assert determine_iv_e(facts, as_of=date(2025, 6, 30)).status is DeterminationStatus.ELIGIBLE


def test_other_removals_keep_the_sections_date() -> None:
    """A court-ordered removal of a child not in the program, placed in 2023, is evaluated
    under this text from its [Eff. 1/1/15] tag, as before."""
    facts = eligible_facts(date(2023, 3, 10), child={"fyit_participant": False})
    assert determine_iv_e(facts, as_of=date(2023, 6, 30)).status is DeterminationStatus.ELIGIBLE
