"""Determinations as DataFrames: the months of a Title IV-E determination, the funding sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coregs._frames import DATE, INT, MONTH, Spec, frame
from coregs.eligibility import Coverage, Outcome

if TYPE_CHECKING:
    import pandas as pd

    from coregs.eligibility import (
        FundingDetermination,
        IVEDetermination,
        IVEHistoryDetermination,
    )

__all__ = [
    "FUNDING_COLUMNS",
    "HISTORY_COLUMNS",
    "MONTH_COLUMNS",
    "funding_frame",
    "history_frame",
    "months_frame",
]

_COVERAGE = [c.value for c in Coverage]
MONTH_COLUMNS: Spec = {
    "month": MONTH,
    "days_in_care": INT,
    "child_eligible_days": INT,
    "child_unknown_days": INT,
    "child_coverage": _COVERAGE,
    "placement_claimable_days": INT,
    "placement_unknown_days": INT,
    "placement_coverage": _COVERAGE,
    "admin_claimable_days": INT,
    "admin_unknown_days": INT,
    "admin_coverage": _COVERAGE,
}
"""The typed columns of a determination's month frame."""

HISTORY_COLUMNS: Spec = {**MONTH_COLUMNS, "candidate_days": INT}
"""The typed columns of a history's month frame (``episodes`` stays text: "0 1")."""

FUNDING_COLUMNS: Spec = {
    "as_of": DATE,
    "outcome": [o.value for o in Outcome],
    "due": DATE,
}
"""The typed columns of a funding frame."""


def months_frame(det: IVEDetermination) -> pd.DataFrame:
    """``det.to_records()``: one row per month, days eligible and claimable, typed."""
    return frame(det.to_records(), MONTH_COLUMNS)


def history_frame(history: IVEHistoryDetermination) -> pd.DataFrame:
    """``history.to_records()``: one row per month of a child's history, with the episodes in
    care and the candidate days, typed."""
    return frame(history.to_records(), HISTORY_COLUMNS)


def funding_frame(funding: FundingDetermination) -> pd.DataFrame:
    """One row per funding source other than Title IV-E: outcome, reason, what would settle
    an unknown, and the source's next due date."""
    due = {
        funding.candidacy.id: funding.candidacy_due,
        funding.ssi.id: funding.ssi_due,
        funding.emergency_assistance.id: funding.ea_due,
    }
    rows = [
        {
            "case_ref": funding.iv_e.case_ref,
            "as_of": funding.as_of,
            "source": c.id,
            "citation": c.citation,
            "title": c.title,
            "outcome": c.outcome.value,
            "reason": c.reason,
            "missing": ", ".join(c.missing),
            "due": due.get(c.id),
        }
        for c in funding.sources()
    ]
    return frame(rows, FUNDING_COLUMNS)
