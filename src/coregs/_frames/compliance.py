"""A compliance report as a DataFrame: one row per finding (``report.to_frame()``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coregs._frames import DATE, INT, Spec, frame
from coregs.compliance import STATUS_ORDER
from coregs.periods import Roll, Unit
from coregs.rules import Actor

if TYPE_CHECKING:
    import pandas as pd

    from coregs.compliance import ComplianceReport

__all__ = ["FINDING_COLUMNS", "report_frame"]

FINDING_COLUMNS: Spec = {
    "as_of": DATE,
    "occurrence": INT,
    "status": [s.value for s in STATUS_ORDER],  # what needs attention first sorts first
    "actor": [a.value for a in Actor],
    "trigger_event": INT,
    "trigger_date": DATE,
    "due_date": DATE,
    "satisfied_on": DATE,
    "satisfied_event": INT,
    "late_by": INT,
    "late_unit": [u.value for u in Unit],
    "days_late": INT,
    "roll": [r.value for r in Roll],
    "exception_event": INT,
}
"""The typed columns of a findings frame; the others (ids, citations, reasons) are text."""


def report_frame(report: ComplianceReport) -> pd.DataFrame:
    """``report.to_records()`` with dates, nullable ints and ordered categoricals."""
    return frame(report.to_records(), FINDING_COLUMNS)
