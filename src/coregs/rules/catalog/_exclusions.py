"""Sentences with a period or timing phrase that are deliberately not rules, each with a reason.

The coverage test scans the regulation texts for every sentence with a number of days, hours,
weeks, months or years, "working"/"business", or a timing phrase ("promptly", "at the time of",
"at such times", "every ... months", "whenever", "when", "upon", "each time", "anytime", "prior
to" ...); each must be quoted by a rule or listed here. Most entries are Title IV-E eligibility
rules: they decide who is eligible and from when, which the eligibility evaluator computes, and
are not deadlines on an act. A "when" that only states a condition (of eligibility, of a
protocol's contents, of which letter to use) is listed here with the rule or criterion that
reads it.
"""

from __future__ import annotations

from coregs.rules._model import Exclusion
from coregs.rules._sources import CCR_7_601

__all__ = ["EXCLUSIONS"]

_ELIGIBILITY = "the Title IV-E eligibility evaluator (coregs.eligibility)"
_FUNDING = "the funding evaluator (coregs.eligibility.determine_funding)"
_CONDITION = "A condition of Title IV-E eligibility stated with 'when', not a deadline on an act."

EXCLUSIONS: tuple[Exclusion, ...] = (
    Exclusion(
        citation=CCR_7_601.cite("2.A.2"),
        text="Protocols for distributing the Notice of Rights and Remedies when required by "
        "Section 19-3-212, C.R.S., and Section 7.601.31, of these rules",
        reason="What a cooperative agreement with law enforcement must contain; the Notice's "
        "own timing is rule removal-rights-notice (7.601.31.C).",
    ),
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
        citation=CCR_7_601.cite("8.C"),
        text="County departments shall take whatever action is necessary to recover payments "
        "when staff members, current or former clients and/or providers owe money to the state "
        "and/or county department",
        reason="A standing duty to pursue money owed: 'whatever action is necessary' names no "
        "act and no time a case timeline can show.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.B.6"),
        text="A constructive removal occurs when all of the following apply:",
        reason=_CONDITION,
        handled_by=_ELIGIBILITY + " (criterion constructive-removal)",
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
        citation=CCR_7_601.cite("71.C ¶3"),
        text="Administrative costs for an otherwise Title IV-E eligible child who is placed in "
        "less than fully licensed or fully certified out-of-home care placements are not "
        "claimable through Title IV-E funding, except when the child/YOUTH is placed with a "
        "relative and the relative is pursuing full foster care certification.",
        reason="Which administrative costs are claimable, not a deadline on an act.",
        handled_by=_ELIGIBILITY + " (the months' administrative-cost days)",
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
        citation=CCR_7_601.cite("71.D.2.d"),
        text="Unemployment - deprivation due to unemployment exists when:",
        reason=_CONDITION,
        handled_by=_ELIGIBILITY + " (criterion afdc-deprivation-unemployment)",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.D.2.e"),
        text="Deprivation of parental support findings are not required when the youth is "
        "participating in the foster youth in transition program.",
        reason=_CONDITION,
        handled_by=_ELIGIBILITY + " (criterion afdc-deprivation)",
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
        citation=CCR_7_601.cite("71.G"),
        text="Children relinquished to the county department can be Title IV-E eligible when:",
        reason=_CONDITION,
        handled_by=_ELIGIBILITY + " (criteria relinquishment-living-with, ctw-first-ruling)",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.H ¶2"),
        text="When the parent is a minor and the minor parent has been determined eligible for "
        "Title IV-E foster care, the child's placement costs are reimbursable through Title IV-E "
        "foster funding as an extension of the minor parent's cost of care.",
        reason="Whose eligibility covers a child placed with a minor parent, not a deadline.",
        handled_by=_ELIGIBILITY + " (minor_parent_extension)",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.J"),
        text="The county department shall refer every child/youth determined eligible for "
        "Title IV-E foster care to the county department's Child Support Enforcement Unit for "
        "child support services, except when the:",
        reason="The referral states no time; whether it is required, and which of the five "
        "exceptions applies, is a funding criterion.",
        handled_by=_FUNDING + " (criterion child-support-referral)",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.J.1"),
        text="Child is in continuous placement for less than thirty-one (31) days.",
        reason="A threshold in an exception to the Child Support Enforcement referral, which "
        "itself has no deadline (7.601.71.J).",
        handled_by=_ELIGIBILITY,
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.J.3"),
        text="Best interests of the child would not be served, such as when parental rights "
        "have been terminated or the Family Services Plan documents that family contact is "
        "inappropriate.",
        reason="An exception to the referral, stated as a condition.",
        handled_by=_FUNDING + " (criterion child-support-referral)",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.L"),
        text="Placement costs for a Title IV-E eligible child are only Title IV-E claimable "
        "when a child is placed with a Title IV-E eligible provider.",
        reason="Which placement costs are claimable, not a deadline on an act.",
        handled_by=_ELIGIBILITY + " (criterion provider, the months' placement days)",
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
        citation=CCR_7_601.cite("73.C"),
        text="The eligibility effective date can be no earlier than the date when the "
        "application is initiated.",
        reason="A floor on the Emergency Assistance effective date, not a deadline on an act.",
        handled_by=_FUNDING + " (ea_effective_from)",
    ),
    Exclusion(
        citation=CCR_7_601.cite("74"),
        text="The Without Regard to Income entitlement shall be the default funding stream "
        "when a case is opened in the state automated case management system.",
        reason="Which funding stream is the default, not a deadline on an act.",
        handled_by=_FUNDING + " (criterion without-regard-to-income)",
    ),
    Exclusion(
        citation=CCR_7_601.cite("81.A"),
        text="The Colorado Department of Human Services shall maintain and utilize a written "
        "protocol regarding the quality assurance process when the Division of Child Welfare is "
        "notified by a county department of a confirmed incident of falsification of child "
        "welfare records.",
        reason="A standing duty to keep a protocol; the State Department's notice each time it "
        "is updated is rule state-protocol-update-notice.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("81.B.3"),
        text="The investigation shall be completed by the county department even when the "
        "employee subject of the investigation resigns, is terminated, or is no longer employed "
        "by the county department",
        reason="States that the investigation survives the employee's departure; no period. The "
        "deadlines of a confirmed incident are rules falsification-division-notice and "
        "falsification-referral.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("81.B.4"),
        text="The county department shall use a state department approved letter of notice "
        "when there is a confirmed incident of falsified child welfare records.",
        reason="Which letter to use; its mailing deadlines are rules "
        "correction-letters-no-court-case and correction-letters-court-case.",
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
