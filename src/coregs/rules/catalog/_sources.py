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
    "EFFECTIVE_FYIT",
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

EFFECTIVE_FYIT = (
    date(2024, 9, 1),
    "the foster youth in transition wording of 7.601.71 (B.1.b, B.4, B.5, D.1, D.2.e, "
    "D.4.a(i), F, J.5, K.3) cites the program of C.R.S. 19-7-301 et seq. and its voluntary "
    "services agreement (19-7-306), created by HB 21-1094 (signed 2021-06-25), so it cannot "
    "predate the first amendment after it in the rule history (45 CR 07, effective 4/30/2022); "
    "which amendment added it is not verified, so it is dated from the last amendment in the "
    "history (47 CR 15, effective 9/1/2024), the latest date the text surely supports, as for "
    "7.601.81; no earlier date is claimed",
)
"""The Foster Youth in Transition wording: the latest date the text surely supports, not the
section's [Eff. 1/1/15] tag (issue 14 §6)."""

EFFECTIVE_CPO = (
    None,
    "the Ombudsman's page states no effective date; its intake target applies on any date",
)
"""The Ombudsman's practice statement: no effective date stated."""
