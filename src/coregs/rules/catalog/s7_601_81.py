"""7.601.81 PROTOCOL AND NOTIFICATION REQUIREMENTS FOR FALSIFICATION OF CHILD WELFARE RECORDS

The section has no [Eff.] tag; its rules are dated from the last amendment in the history
(9/1/2024), the latest date this text surely supports. The clock of D, E and F.2's court notice
is stated; the mailed letters of F.1 and F.2 say "within ten (10) working days" of nothing (the
option ``correction_letter_trigger``). F.1 covers records with "no corresponding" dependency and
neglect (D&N) or juvenile delinquency (JD) case, F.2 records of an "open" one: a record whose
D&N or JD case is closed falls under neither, and coregs reports both as not applicable.
"""

from __future__ import annotations

from coregs.rules._events import EventKind as E
from coregs.rules._model import Actor, AppliesIf
from coregs.rules._sources import CCR_7_601
from coregs.rules.catalog._declare import on, on_option, rule
from coregs.rules.catalog._options import CORRECTION_LETTER_TRIGGER, CorrectionLetterTrigger
from coregs.rules.catalog._sources import EFFECTIVE_7_601_81

__all__ = [
    "CORRECTION_LETTERS_COURT_CASE",
    "CORRECTION_LETTERS_NO_COURT_CASE",
    "COUNTY_PROTOCOL_RESUBMISSION",
    "COURT_CORRECTION_NOTICE",
    "DIVISION_NOTICE",
    "FALSIFICATION_REFERRAL",
    "PRESERVE_EVIDENCE",
    "RULES",
    "STATE_PROTOCOL_UPDATE_NOTICE",
    "TRAILS_CORRECTION",
    "TRAILS_SUSPENSION_REQUEST",
]

_LETTER = (
    "Additionally, the county department shall make notice to all individuals with the state "
    "approved notification letter which shall be mailed by first class U.S. mail to the last "
    "known address of each individual within ten (10) working days."
)
_NO_COURT_CASE = AppliesIf(
    attribute="dn_or_jd_case",
    one_of=("none",),
    quote="If the falsified record relates to an assessment, referral or case for which there is "
    "no corresponding dependency and neglect or juvenile delinquency case",
    citation=CCR_7_601.cite("81.F.1"),
    description="the falsified record has no corresponding D&N or JD case",
)
_OPEN_COURT_CASE = AppliesIf(
    attribute="dn_or_jd_case",
    one_of=("open",),
    quote="If the falsified child welfare record relates to an open dependency and neglect or "
    "juvenile delinquency case",
    citation=CCR_7_601.cite("81.F.2"),
    description="the falsified record relates to an open D&N or JD case",
)
_LETTER_TRIGGER = on_option(
    CORRECTION_LETTER_TRIGGER,
    {
        CorrectionLetterTrigger.TRAILS_CORRECTED: E.TRAILS_CORRECTED,
        CorrectionLetterTrigger.FALSIFICATION_CONFIRMED: E.FALSIFICATION_CONFIRMED,
    },
)

STATE_PROTOCOL_UPDATE_NOTICE = rule(
    id="state-protocol-update-notice",
    ref="81.A",
    title="The State notifies counties each time its protocol is updated",
    quote="The Colorado Department of Human Services shall notify the county departments each "
    "time the written protocol is updated.",
    timing="each time",
    period=None,
    trigger=on(E.STATE_PROTOCOL_UPDATED),
    satisfied_by=(E.COUNTIES_NOTIFIED_OF_PROTOCOL,),
    actor=Actor.STATE_DEPARTMENT,
    effective=EFFECTIVE_7_601_81,
)

COUNTY_PROTOCOL_RESUBMISSION = rule(
    id="county-protocol-resubmission",
    ref="81.B ¶1",
    title="Submit the county protocol to the Division each time it is updated",
    quote="The county department shall submit its written protocol to the Colorado Department of "
    "Human Services' Division of Child Welfare for review, and submit it again each time the "
    "written protocol is updated.",
    timing="each time",
    period=None,
    trigger=on(E.COUNTY_PROTOCOL_UPDATED),
    satisfied_by=(E.COUNTY_PROTOCOL_SUBMITTED,),
    actor=Actor.COUNTY,
    effective=EFFECTIVE_7_601_81,
)

TRAILS_SUSPENSION_REQUEST = rule(
    id="trails-suspension-request",
    ref="81.B.1",
    title="Ask the State to suspend Trails access within one working day of leave",
    quote="If a county department places an employee on administrative leave or temporary "
    "suspension for the purpose of investigating a suspected incident of falsification of child "
    "welfare records, then the county department shall request that the state department "
    "suspend the employee's access to the comprehensive child welfare information system known "
    "as Trails within one (1) working day from the date the employee is placed on leave.",
    timing="within one (1) working day",
    trigger=on(E.EMPLOYEE_PLACED_ON_LEAVE),
    satisfied_by=(E.TRAILS_SUSPENSION_REQUESTED,),
    actor=Actor.COUNTY,
    notes=(
        "'from the date': the day of leave is day 0, so leave on a Friday is due the next "
        "business day (Monday, or Tuesday after a Monday holiday).",
        "A required content of the county's protocol (7.601.81.B) and a duty under it.",
    ),
    effective=EFFECTIVE_7_601_81,
)

PRESERVE_EVIDENCE = rule(
    id="preserve-falsification-evidence",
    ref="81.B.2",
    title="Promptly preserve evidence of falsification and restrict the employee's access",
    quote="The county department shall make reasonable efforts to promptly preserve evidence "
    "that a child welfare record has been falsified and supervise or restrict the employee's "
    "access to child welfare records including but not limited to the comprehensive child "
    "welfare information system known as Trails, hard copy case files, and other child welfare "
    "case related documents.",
    timing="promptly",
    trigger=on(E.FALSIFICATION_SUSPECTED),
    satisfied_by=(E.EVIDENCE_PRESERVED,),
    actor=Actor.COUNTY,
    notes=("'reasonable efforts to promptly' sets no computable date.",),
    effective=EFFECTIVE_7_601_81,
)

DIVISION_NOTICE = rule(
    id="falsification-division-notice",
    ref="81.D",
    title="Notify the Division of Child Welfare of a confirmed falsification",
    quote="The county department shall notify the Division of Child Welfare of a confirmed "
    "incident of falsification of child welfare records within three (3) working days of the "
    "confirmation.",
    timing="within three (3) working days",
    trigger=on(E.FALSIFICATION_CONFIRMED),
    satisfied_by=(E.DIVISION_NOTIFIED,),
    actor=Actor.COUNTY,
    effective=EFFECTIVE_7_601_81,
)

FALSIFICATION_REFERRAL = rule(
    id="falsification-referral",
    ref="81.E",
    title="Refer a confirmed falsification to law enforcement or the district attorney",
    quote="The county department shall refer confirmed incidents of falsification of child "
    "welfare records to the appropriate law enforcement agency or the district attorney within "
    "ten (10) working days of the confirmation.",
    timing="within ten (10) working days",
    trigger=on(E.FALSIFICATION_CONFIRMED),
    satisfied_by=(E.FALSIFICATION_REFERRED,),
    actor=Actor.COUNTY,
    effective=EFFECTIVE_7_601_81,
)

TRAILS_CORRECTION = rule(
    id="trails-correction",
    ref="81.F",
    title="Correct Trails when a falsification is confirmed",
    quote="The county department shall correct the comprehensive child welfare information "
    "system known as Trails when an incident of falsification of child welfare records is "
    "confirmed and shall make notice of the correction as follows:",
    timing="when",
    period=None,
    trigger=on(E.FALSIFICATION_CONFIRMED),
    satisfied_by=(E.TRAILS_CORRECTED,),
    actor=Actor.COUNTY,
    notes=("No period is stated; the correction starts the ten working days of F.2.",),
    effective=EFFECTIVE_7_601_81,
)

CORRECTION_LETTERS_NO_COURT_CASE = rule(
    id="correction-letters-no-court-case",
    ref="81.F.1",
    title="Mail the correction letters (no D&N or JD case)",
    quote=_LETTER,
    timing="within ten (10) working days",
    trigger=_LETTER_TRIGGER,
    satisfied_by=(E.CORRECTION_LETTERS_MAILED,),
    actor=Actor.COUNTY,
    applies_if=(_NO_COURT_CASE,),
    notes=("'mailed ... within' is met on the mailing date, not on receipt.",),
    effective=EFFECTIVE_7_601_81,
)

COURT_CORRECTION_NOTICE = rule(
    id="court-correction-notice",
    ref="81.F.2",
    title="Notify the court, parties, counsel and GAL of the correction",
    quote="If the falsified child welfare record relates to an open dependency and neglect or "
    "juvenile delinquency case, the county department shall notify the court, parties to the "
    "case, their legal counsel, and Guardian ad Litem that a record in the comprehensive child "
    "welfare information system known as Trails has been corrected within ten (10) working days "
    "of making the correction.",
    timing="within ten (10) working days",
    trigger=on(E.TRAILS_CORRECTED),
    satisfied_by=(E.COURT_PARTIES_NOTIFIED,),
    actor=Actor.COUNTY,
    applies_if=(_OPEN_COURT_CASE,),
    effective=EFFECTIVE_7_601_81,
)

CORRECTION_LETTERS_COURT_CASE = rule(
    id="correction-letters-court-case",
    ref="81.F.2",
    title="Mail the correction letters (open D&N or JD case)",
    quote=_LETTER,
    timing="within ten (10) working days",
    trigger=_LETTER_TRIGGER,
    satisfied_by=(E.CORRECTION_LETTERS_MAILED,),
    actor=Actor.COUNTY,
    applies_if=(_OPEN_COURT_CASE,),
    notes=("'mailed ... within' is met on the mailing date, not on receipt.",),
    effective=EFFECTIVE_7_601_81,
)

RULES = (
    STATE_PROTOCOL_UPDATE_NOTICE,
    COUNTY_PROTOCOL_RESUBMISSION,
    TRAILS_SUSPENSION_REQUEST,
    PRESERVE_EVIDENCE,
    DIVISION_NOTICE,
    FALSIFICATION_REFERRAL,
    TRAILS_CORRECTION,
    CORRECTION_LETTERS_NO_COURT_CASE,
    COURT_CORRECTION_NOTICE,
    CORRECTION_LETTERS_COURT_CASE,
)
