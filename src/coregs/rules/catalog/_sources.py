"""The effective dates the catalog's source documents support (the documents themselves are
declared in :mod:`coregs.rules._sources`)."""

from __future__ import annotations

from datetime import date

from coregs.rules._sources import CCR_7_601, CPO_CASE_PROCESS, TEXT_VERSION

__all__ = [
    "CCR_7_601",
    "CPO_CASE_PROCESS",
    "EFFECTIVE_7_601",
    "EFFECTIVE_7_601_81",
    "EFFECTIVE_CPO",
    "TEXT_VERSION",
]

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
