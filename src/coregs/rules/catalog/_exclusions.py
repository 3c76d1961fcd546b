"""Sentences with a period or timing phrase that are deliberately not rules, each with a reason.

The coverage test scans the regulation texts for every sentence with a number of days, hours,
weeks, months or years, "working"/"business", or a timing phrase ("promptly", "at the time of",
"at such times", "every ... months", "whenever", "each time", "anytime", "prior to" ...); each
must be quoted by a rule or listed here. Most entries are Title IV-E eligibility date rules:
they decide who is eligible and from when, which the eligibility evaluator computes, and are not
deadlines on an act.
"""

from __future__ import annotations

from coregs.rules._model import Exclusion
from coregs.rules._sources import CCR_7_601

__all__ = ["EXCLUSIONS"]

_ELIGIBILITY = "the Title IV-E eligibility evaluator (coregs.eligibility)"

EXCLUSIONS: tuple[Exclusion, ...] = (
    Exclusion(
        citation=CCR_7_601.cite("1.B"),
        text="County departments shall report to the State Department at such times and in "
        "such manner and form as the State Department requires, including through the state "
        "automated case management system.",
        reason="The State Department sets the reporting times; 7.601 states none to compute.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("4.A"),
        text="County departments shall have staff continuously available twenty-four (24) "
        "hours a day to receive referrals of alleged abuse and/or neglect",
        reason="An availability standard for the county's intake, not a deadline on a case: no "
        "case timeline can show it, so it is attested, not computed.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("6.D"),
        text="Documentation of all pertinent contact sheets shall be prepared and prior to the "
        "periodic summary of such activities.",
        reason="An ordering constraint, not a period, and a word is missing ('prepared and "
        "prior to'): what must precede the summary is not fully stated, and coregs does not "
        "guess.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.B.5"),
        text="The child must have lived with a parent or other specified relative from whom the "
        "child is removed through a voluntary placement agreement or court-ordered custody with "
        "the county department in the month, or within the six (6) months preceding the month",
        reason="A Title IV-E eligibility condition (a month-granular look-back window), not a "
        "deadline on an act.",
        handled_by=_ELIGIBILITY + " with coregs.periods.MonthWindow",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.C ¶3"),
        text="Administrative costs can be claimed for up to six months while the child/youth "
        "remains in placement with a provisionally certified relative provider.",
        reason="A limit on claiming administrative costs, not a deadline on an act.",
        handled_by=_ELIGIBILITY,
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.D.1.b"),
        text="Sometime within the six (6) months preceding the month in which court proceedings "
        "to remove the child/youth were initiated or a voluntary placement agreement/voluntary "
        "services agreement was signed.",
        reason="An AFDC living-with-a-relative test (a month-granular look-back), not a deadline.",
        handled_by=_ELIGIBILITY,
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.D.4.a"),
        text="Age - The child must be under eighteen (18) years, or if over eighteen (18) but "
        "not yet nineteen (19) years of age",
        reason="Age thresholds for AFDC eligibility, not periods.",
        handled_by=_ELIGIBILITY,
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.G.1"),
        text="The child had last been living with the parent within six (6) months of the date "
        "court proceedings were initiated.",
        reason="A relinquishment eligibility test (a date-granular look-back), not a deadline.",
        handled_by=_ELIGIBILITY,
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.J.1"),
        text="Child is in continuous placement for less than thirty-one (31) days.",
        reason="A threshold in an exception to the Child Support Enforcement referral, which "
        "itself has no deadline (7.601.71.J).",
        handled_by=_ELIGIBILITY,
    ),
    Exclusion(
        citation=CCR_7_601.cite("72 ¶1"),
        text="Supplemental Security Income is a federal monthly award granted to a child 0-21 "
        "years of age who has a verified disability.",
        reason="Describes the benefit and its age range; no duty and no period.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("73.A.2"),
        text="Whether the child has lived with a relative anytime within the six (6) months "
        "preceding the Title IV-A Emergency Assistance application.",
        reason="An Emergency Assistance eligibility factor (a look-back window), not a deadline.",
        handled_by=_ELIGIBILITY,
    ),
    Exclusion(
        citation=CCR_7_601.cite("81.F.1"),
        text="If the falsified record relates to an assessment, referral or case for which "
        "there is no corresponding dependency and neglect or juvenile delinquency case, the "
        "county department shall notify the parents and guardians",
        reason="'age ten (10) years old' decides who is notified; this notice states no period "
        "(only the mailed letter does, rule correction-letters-no-court-case).",
    ),
    Exclusion(
        citation=CCR_7_601.cite("81.F.2"),
        text="The county department shall notify the parents and guardians of the child/youth "
        "who was alleged or found to be the victim of abuse or neglect or a youth in conflict",
        reason="'age ten (10) years old' decides who is notified; this notice states no period "
        "(only the mailed letter does, rule correction-letters-court-case).",
    ),
    Exclusion(
        citation="CPO What We Do",
        text="Since our inception in 2010, the Colorado’s Child Protection Ombudsman (CPO) has "
        "received more than 8,300 calls – up to 25 new cases per week – from Colorado citizens "
        "seeking answers and help.",
        reason="Describes the office's history and caseload; no duty.",
    ),
    Exclusion(
        citation="CPO Our Impact",
        text="Up to 25 new cases per week",
        reason="A caseload statistic; no duty.",
    ),
)
