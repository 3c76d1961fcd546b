"""Funding sources in a notebook: the Title IV-E determination, then the other sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coregs._display._html import definitions, table, view

if TYPE_CHECKING:
    from coregs.eligibility import FundingDetermination

__all__ = ["funding_html"]


def funding_html(funding: FundingDetermination) -> str:
    """The IV-E view, the other sources' outcomes and reasons, and their dates."""
    rows = ((c.outcome.label, c.citation, c.title, c.reason) for c in funding.sources())
    dates = (
        ("reasonable candidacy: next determination due", funding.candidacy_due),
        ("SSI application to begin by", funding.ssi_due),
        ("Emergency Assistance effective no earlier than", funding.ea_effective_from),
        ("Emergency Assistance determination due", funding.ea_due),
    )
    return view(
        f"Funding sources as of {funding.as_of.isoformat()}",
        funding.iv_e._repr_html_(),
        table(("outcome", "citation", "source", "reason"), rows),
        definitions((label, day.isoformat()) for label, day in dates if day is not None),
    )
