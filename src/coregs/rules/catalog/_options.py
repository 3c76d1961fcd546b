"""The interpretation options of the catalog: where the text is silent or ambiguous.

Each option names the question, the readings coregs can apply, the default and why. A caller
overrides one by name (``options={"unqualified_days": "working days"}``), and every result
records the options it was computed with. The four options the rule model itself reads
(calendar, roll, bare days, the date the child enters foster care) are declared in
:mod:`coregs.rules._interpretations` and re-exported here with the rest.
"""

from __future__ import annotations

from enum import StrEnum

from coregs._options import Choice, Interpretation
from coregs.rules._interpretations import (
    CALENDAR_DAY_ROLL,
    ENTERED_FOSTER_CARE_DATE,
    UNQUALIFIED_DAYS,
    WORKING_DAYS_CALENDAR,
    CalendarDayRoll,
    EnteredFosterCareDate,
    UnqualifiedDays,
    WorkingDaysCalendar,
)
from coregs.rules._sources import CCR_7_601

__all__ = [
    "AGREEMENT_REVIEW_ANCHOR",
    "CALENDAR_DAY_ROLL",
    "CORRECTION_LETTER_TRIGGER",
    "ENTERED_FOSTER_CARE_DATE",
    "FRAUD_REFERRAL_TRIGGER",
    "REDETERMINATION_ANCHOR",
    "RE_FINALIZE_INTERVAL_FROM",
    "RE_PREVENT_REMOVAL_TRIGGER",
    "SIX_MONTH_ANCHOR",
    "UNQUALIFIED_DAYS",
    "WORKING_DAYS_CALENDAR",
    "AgreementReviewAnchor",
    "CalendarDayRoll",
    "CorrectionLetterTrigger",
    "EnteredFosterCareDate",
    "FraudReferralTrigger",
    "ReFinalizeIntervalFrom",
    "RePreventRemovalTrigger",
    "RedeterminationAnchor",
    "SixMonthAnchor",
    "UnqualifiedDays",
    "WorkingDaysCalendar",
]


class FraudReferralTrigger(StrEnum):
    """The readings of :data:`FRAUD_REFERRAL_TRIGGER`."""

    DISCREPANCY_ALLEGED = "discrepancy_alleged"
    FRAUD_SUSPECTED = "fraud_suspected"


FRAUD_REFERRAL_TRIGGER = Interpretation.declare(
    FraudReferralTrigger,
    name="fraud_referral_trigger",
    question="Ten (10) working days from what? 7.601.8.A states no starting event.",
    citation=CCR_7_601.cite("8.A"),
    choices=(
        Choice(
            value=FraudReferralTrigger.DISCREPANCY_ALLEGED,
            meaning="the date the county department learns of the alleged discrepancy",
        ),
        Choice(
            value=FraudReferralTrigger.FRAUD_SUSPECTED,
            meaning="the date the county department's review concludes the discrepancy may be "
            "a fraudulent act",
        ),
    ),
    default=FraudReferralTrigger.DISCREPANCY_ALLEGED,
    reason="The duty attaches to 'any alleged discrepancy which may be a fraudulent act', so it "
    "exists as soon as the allegation is known; a later start would let the county's own review "
    "delay the referral to the investigators.",
)


class CorrectionLetterTrigger(StrEnum):
    """The readings of :data:`CORRECTION_LETTER_TRIGGER`."""

    TRAILS_CORRECTED = "trails_corrected"
    FALSIFICATION_CONFIRMED = "falsification_confirmed"


CORRECTION_LETTER_TRIGGER = Interpretation.declare(
    CorrectionLetterTrigger,
    name="correction_letter_trigger",
    question="The mailed notification letters are due 'within ten (10) working days' of what?",
    citation=CCR_7_601.cite("81.F.1, F.2"),
    choices=(
        Choice(
            value=CorrectionLetterTrigger.TRAILS_CORRECTED,
            meaning="the date the county department corrects the record in Trails",
        ),
        Choice(
            value=CorrectionLetterTrigger.FALSIFICATION_CONFIRMED,
            meaning="the date the incident of falsification is confirmed (as in 7.601.81.D, E)",
        ),
    ),
    default=CorrectionLetterTrigger.TRAILS_CORRECTED,
    reason="The letters tell each individual 'that a child welfare record has been corrected', "
    "so they can only go out after the correction; 7.601.81.F.2 counts the court notice 'within "
    "ten (10) working days of making the correction' and the letter sentence follows it.",
)


class SixMonthAnchor(StrEnum):
    """The readings of :data:`SIX_MONTH_ANCHOR`."""

    PREVIOUS_ACT = "previous-act"
    CASE_OPENING = "case-opening"


SIX_MONTH_ANCHOR = Interpretation.declare(
    SixMonthAnchor,
    name="six_month_anchor",
    question="'At a minimum every six (6) months': six months after the previous documentation, "
    "or on a fixed schedule from case opening?",
    citation=CCR_7_601.cite("6.A.1, A.2"),
    choices=(
        Choice(
            value=SixMonthAnchor.PREVIOUS_ACT,
            meaning="each occurrence is due six months after the act that met the previous one",
        ),
        Choice(
            value=SixMonthAnchor.CASE_OPENING, meaning="due at case opening + 6, 12, 18 ... months"
        ),
    ),
    default=SixMonthAnchor.PREVIOUS_ACT,
    reason="'at a minimum every' and 'at least every' bound the gap between two acts: a case "
    "documented in month 5 is next due in month 11, and a late act restarts the clock instead "
    "of leaving every later date in breach.",
)


class ReFinalizeIntervalFrom(StrEnum):
    """The readings of :data:`RE_FINALIZE_INTERVAL_FROM`."""

    LAST_FINDING = "last-finding"
    ENTRY_ANNIVERSARY = "entry-anniversary"


RE_FINALIZE_INTERVAL_FROM = Interpretation.declare(
    ReFinalizeIntervalFrom,
    name="re_finalize_interval_from",
    question="'every twelve (12) months thereafter': twelve months after the previous finding, "
    "or after each anniversary of entering foster care?",
    citation=CCR_7_601.cite("71.K.2"),
    choices=(
        Choice(
            value=ReFinalizeIntervalFrom.LAST_FINDING,
            meaning="twelve months after the previous finding",
        ),
        Choice(
            value=ReFinalizeIntervalFrom.ENTRY_ANNIVERSARY,
            meaning="entry + 12, 24, 36 ... months, whenever the findings were made",
        ),
    ),
    default=ReFinalizeIntervalFrom.LAST_FINDING,
    reason="45 CFR 1356.21(b)(2)(i) requires the finding 'at least once every twelve months "
    "thereafter', and federal policy counts the next one from the previous finding.",
)


class RedeterminationAnchor(StrEnum):
    """The readings of :data:`REDETERMINATION_ANCHOR`."""

    ENTRY_ANNIVERSARY = "entry-anniversary"
    LAST_REDETERMINATION = "last-redetermination"


REDETERMINATION_ANCHOR = Interpretation.declare(
    RedeterminationAnchor,
    name="redetermination_anchor",
    question="'every twelve (12) months from the date the child enters foster care': fixed "
    "anniversaries, or twelve months after the previous redetermination?",
    citation=CCR_7_601.cite("71.I.2"),
    choices=(
        Choice(
            value=RedeterminationAnchor.ENTRY_ANNIVERSARY, meaning="entry + 12, 24, 36 ... months"
        ),
        Choice(
            value=RedeterminationAnchor.LAST_REDETERMINATION,
            meaning="twelve months after the previous redetermination",
        ),
    ),
    default=RedeterminationAnchor.ENTRY_ANNIVERSARY,
    reason="The text counts 'from the date the child enters foster care', a fixed anchor.",
)


class AgreementReviewAnchor(StrEnum):
    """The readings of :data:`AGREEMENT_REVIEW_ANCHOR`."""

    PREVIOUS_REVIEW = "previous-review"
    SIGNATURE = "signature"


AGREEMENT_REVIEW_ANCHOR = Interpretation.declare(
    AgreementReviewAnchor,
    name="agreement_review_anchor",
    question="'review and updates to the agreement every four years': four years from the "
    "previous review, or from the original signature?",
    citation=CCR_7_601.cite("2.A.6"),
    choices=(
        Choice(
            value=AgreementReviewAnchor.PREVIOUS_REVIEW,
            meaning="four years after the previous review",
        ),
        Choice(value=AgreementReviewAnchor.SIGNATURE, meaning="signature + 4, 8, 12 ... years"),
    ),
    default=AgreementReviewAnchor.PREVIOUS_REVIEW,
    reason="The agreements are 'time limited' (7.601.2.A): a review renews the agreement, and "
    "the next review runs from that renewal.",
)


class RePreventRemovalTrigger(StrEnum):
    """The readings of :data:`RE_PREVENT_REMOVAL_TRIGGER`."""

    PLACEMENT = "placement"
    REMOVAL = "removal"


RE_PREVENT_REMOVAL_TRIGGER = Interpretation.declare(
    RePreventRemovalTrigger,
    name="re_prevent_removal_trigger",
    question="Sixty (60) days after placement (7.601.71.B.3) or after removal (45 CFR "
    "1356.21(b)(1))?",
    citation=CCR_7_601.cite("71.B.3"),
    choices=(
        Choice(
            value=RePreventRemovalTrigger.PLACEMENT,
            meaning="'after the date the child is placed in out-of-home care' (Colorado's words)",
        ),
        Choice(
            value=RePreventRemovalTrigger.REMOVAL,
            meaning="'no later than 60 days from the date the child is removed' (federal)",
        ),
    ),
    default=RePreventRemovalTrigger.PLACEMENT,
    reason="The Colorado text says placement and the two dates usually coincide; choose "
    "'removal' to apply the federal rule where they differ.",
)
