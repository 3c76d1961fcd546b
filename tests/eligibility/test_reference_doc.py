"""docs/eligibility-criteria.md is generated from the evaluator's declarations."""

from __future__ import annotations

from pathlib import Path

from coregs.cli.eligibility_reference import render_reference
from coregs.eligibility import CRITERIA, IVE_OPTIONS, IVE_PARAMETERS, NOT_EVALUATED

DOC = Path(__file__).parents[2] / "docs" / "eligibility-criteria.md"


def test_docs_eligibility_criteria_is_up_to_date() -> None:
    """Regenerate with: python -m coregs.cli.eligibility_reference > docs/eligibility-criteria.md"""
    assert DOC.read_text(encoding="utf-8") == render_reference(), (
        "docs/eligibility-criteria.md is stale: run "
        "python -m coregs.cli.eligibility_reference > docs/eligibility-criteria.md"
    )


def test_the_reference_shows_every_criterion_option_exclusion_and_parameter() -> None:
    doc = render_reference()
    for c in CRITERIA:
        assert f"### `{c.id}`" in doc
        assert " ".join(c.quote.split()) in doc
    for o in IVE_OPTIONS:
        assert f"### `{o.name}`" in doc
    for e in NOT_EVALUATED:
        assert " ".join(e.text.split()) in doc
    for p in IVE_PARAMETERS:
        assert f"| `{p.name}` |" in doc
