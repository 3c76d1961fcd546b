"""Defects in the text that touch the catalog's rules: recorded, never followed.

A cross-reference that points at the wrong section keeps what the text cites (``cited_as``) apart
from what it must mean (``resolves_to``); nothing in coregs resolves a citation through an
erratum, so ``RULEBOOK.by_citation("7.601.81.B.2")`` is still the falsification rule.
"""

from __future__ import annotations

from coregs.rules._model import Erratum
from coregs.rules._sources import CCR_7_601

__all__ = ["FUNDING_TIME_FRAMES_CITED_AS_81", "G2_FINDINGS_CITED_AS_81", "VSA_LOWER_CASE_IF"]

FUNDING_TIME_FRAMES_CITED_AS_81 = Erratum(
    citation=CCR_7_601.cite("7 ¶2"),
    text="Eligibility criteria and required time frames for determination are found in "
    "subsections 7.601.81 through 7.601.84.",
    kind="cross-reference",
    cited_as="7.601.81 through 7.601.84",
    resolves_to="7.601.71 through 7.601.74",
    note="The funding subsections of this text are numbered 7.601.71 (Title IV-E) to 7.601.74 "
    "(Without Regard to Income); 7.601.81 is the falsification protocol and 7.601.82-84 do not "
    "exist. Recorded on the time-frame rules the sentence points to.",
)

G2_FINDINGS_CITED_AS_81 = Erratum(
    citation=CCR_7_601.cite("71.G.2"),
    text="The court order contains the findings shown at Section 7.601.81, B, 2.",
    kind="cross-reference",
    cited_as="7.601.81, B, 2",
    resolves_to="7.601.71.B.2",
    note="7.601.81.B.2 is the duty to preserve evidence of falsification; the findings a "
    "relinquishment order must contain are those of 7.601.71.B.2 (contrary to the welfare, or "
    "best interests). Recorded on the rule it resolves to.",
)

VSA_LOWER_CASE_IF = Erratum(
    citation=CCR_7_601.cite("71.F.4"),
    text="if such an order is not made by the court",
    kind="wording",
    note="The consequence sentence starts with a lower-case 'if'; the meaning is unaffected "
    "and the quote keeps it as written.",
)
