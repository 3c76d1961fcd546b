"""Defects in the text: recorded, never followed, and listed in one place (:data:`ERRATA`).

A cross-reference that points at the wrong section keeps what the text cites (``cited_as``) apart
from what it must mean (``resolves_to``); nothing in coregs resolves a citation through an
erratum, so ``RULEBOOK.by_citation("7.601.81.B.2")`` is still the falsification rule. An erratum
that touches a rule is also on that rule (``rule.errata``); the others touch an excluded
sentence, an eligibility criterion, or no computed result at all, and are listed here all the
same, so ``RULEBOOK.errata`` is every defect found in the text.
"""

from __future__ import annotations

from coregs.rules._model import Erratum
from coregs.rules._sources import CCR_7_601

__all__ = [
    "AGE_FYIT_CITED_AS_037",
    "AGE_THOUGH_FOR_THROUGH",
    "CONTACT_SHEETS_MISSING_WORD",
    "ERRATA",
    "FUNDING_TIME_FRAMES_CITED_AS_81",
    "G2_FINDINGS_CITED_AS_81",
    "REFERRALS_OUTLINED_DESCRIBED",
    "VSA_LOWER_CASE_IF",
]

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

REFERRALS_OUTLINED_DESCRIBED = Erratum(
    citation=CCR_7_601.cite("4.B.3"),
    text="as outlined in described in 7.103.9, A.",
    kind="wording",
    note="Two verbs where one was meant ('as outlined in' or 'as described in'); the reference "
    "to 7.103.9.A is unaffected. No rule reads it: the written protocol of 4.B states no time.",
)

CONTACT_SHEETS_MISSING_WORD = Erratum(
    citation=CCR_7_601.cite("6.D"),
    text="Documentation of all pertinent contact sheets shall be prepared and prior to the "
    "periodic summary of such activities.",
    kind="wording",
    note="A word is missing after 'prepared and' (perhaps 'completed' or 'filed'): what must "
    "precede the periodic summary is not fully stated. The sentence is in the exclusion table; "
    "coregs does not guess the word.",
)

AGE_THOUGH_FOR_THROUGH = Erratum(
    citation=CCR_7_601.cite("71.D.4.a"),
    text="Such children are eligible for Title IV-E though the month of completion of the "
    "educational program.",
    kind="wording",
    note="'though' for 'through': a student is eligible through the month of completion. The "
    "eligibility criterion afdc-age reads 'through'.",
)

AGE_FYIT_CITED_AS_037 = Erratum(
    citation=CCR_7_601.cite("71.D.4.a(i)"),
    text=f"meets eligibility criteria described in {CCR_7_601.key}037.203.4.",
    kind="cross-reference",
    cited_as=f"{CCR_7_601.key}037.203.4",
    resolves_to=f"{CCR_7_601.key}3, 7.203.4",
    note="A garbled citation: the foster youth in transition program is in Volume 3 at "
    "7.203.4, as 7.601.71.B.1.b cites it ('... 2509-3; 7.203.4 et seq.'). The eligibility "
    "criterion afdc-age reads the program's own age limit (21, C.R.S. 19-7-303).",
)

ERRATA: tuple[Erratum, ...] = (
    REFERRALS_OUTLINED_DESCRIBED,
    CONTACT_SHEETS_MISSING_WORD,
    FUNDING_TIME_FRAMES_CITED_AS_81,
    G2_FINDINGS_CITED_AS_81,
    AGE_THOUGH_FOR_THROUGH,
    AGE_FYIT_CITED_AS_037,
    VSA_LOWER_CASE_IF,
)
"""Every defect found in the text, in its order (the rulebook's ``errata``)."""
