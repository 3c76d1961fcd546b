"""The documents the catalog quotes, their versions, and the effective dates they support."""

from __future__ import annotations

from datetime import date

from coregs.rules._model import SourceDocument

__all__ = [
    "CCR_7_601",
    "CPO_CASE_PROCESS",
    "EFFECTIVE_7_601",
    "EFFECTIVE_7_601_81",
    "EFFECTIVE_CPO",
    "TEXT_VERSION",
]

TEXT_VERSION = "Current through Register Vol. 47, No. 22, November 25, 2024"
"""The version statement of the 12 CCR 2509-7.601 text every quote is checked against."""

CCR_7_601 = SourceDocument(
    key="12 CCR 2509-",
    title="12 CCR 2509-7.601 County Responsibilities",
    version=TEXT_VERSION,
    version_date=date(2024, 11, 25),
    stem="7.601",
)
"""Colorado's county-responsibility rules for child welfare (Volume 7)."""

CPO_CASE_PROCESS = SourceDocument(
    key="CPO Case Process",
    title="Colorado Child Protection Ombudsman: CPO Case Process",
    version="the Ombudsman's web page as stored in tests/data/ombudsman-case-process.txt (undated)",
)
"""The Child Protection Ombudsman's published case process (Intake, Review, Closure, Trends)."""

EFFECTIVE_7_601 = (date(2015, 1, 1), "the section heading's tag [Eff. 1/1/15]")
"""Most sections: in force from the heading's effective-date tag."""

EFFECTIVE_7_601_81 = (
    date(2024, 9, 1),
    "7.601.81 has no [Eff.] tag; the last amendment in the rule history (47 CR 15) took effect "
    "9/1/2024, so this wording is in force at least from then; no earlier date is claimed",
)
"""7.601.81 (falsification protocol): the latest date the text surely supports."""

EFFECTIVE_CPO = (
    None,
    "the Ombudsman's page states no effective date; its intake target applies on any date",
)
"""The Ombudsman's practice statement: no effective date stated."""
