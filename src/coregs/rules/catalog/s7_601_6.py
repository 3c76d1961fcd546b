"""7.601.6 COUNTY RESPONSIBILITIES FOR CASE DOCUMENTATION [Eff. 1/1/15]

"A. There shall be case documentation in all active cases as required by the individual Program
Area." A.1 and A.2 recur every six months while the case is open (the option
``six_month_anchor`` says from what); A.2 also asks for a summary "whenever" a case changes hands
or closes, with no period; A.3 and F have thirty-calendar-day deadlines. Where an Administrative
Review substitutes for a court review (B ¶2), the written summary goes to the court with the
review's findings. D ("prepared and prior
to the periodic summary") is an ordering constraint with a missing word, in the exclusion table.
"""

from __future__ import annotations

from coregs.periods import Period, Roll, Unit
from coregs.rules._events import EventKind as E
from coregs.rules._model import Actor, Anchor, AppliesIf, EndsWhen
from coregs.rules._sources import CCR_7_601
from coregs.rules.catalog._declare import anchor_by, event, on, rule, where
from coregs.rules.catalog._options import SIX_MONTH_ANCHOR, SixMonthAnchor

__all__ = [
    "ADMINISTRATIVE_REVIEW_SUMMARY",
    "CASEWORKER_CHANGE_CONTACT",
    "CASE_ACTIVITY_DOCUMENTATION",
    "CASE_SUMMARY_EVERY_SIX_MONTHS",
    "CASE_SUMMARY_ON_CHANGE",
    "CLOSING_SUMMARY",
    "RULES",
]

_WHILE_OPEN = EndsWhen(
    any_of=(event(E.CASE_CLOSED),),
    reason="documentation is required 'in all active cases'; closing the case ends the schedule",
    quote="There shall be case documentation in all active cases as required by the individual "
    "Program Area.",
)
_SIX_MONTHS_FROM = anchor_by(
    SIX_MONTH_ANCHOR,
    {SixMonthAnchor.PREVIOUS_ACT: Anchor.PREVIOUS_ACT, SixMonthAnchor.CASE_OPENING: Anchor.TRIGGER},
)
_PROGRAM_AREAS_4_5_6 = (4, 5, 6)
_SUMMARY_SENTENCE = (
    "Summary documentation updating a case record shall be done at least every six (6) months "
    "or whenever a case is transferred from county to county, between workers in a county, or "
    "when a case is closed."
)

CASE_ACTIVITY_DOCUMENTATION = rule(
    id="case-activity-documentation",
    ref="6.A.1",
    title="Document case activity at least every six months",
    quote="Frequency of case documentation of case activity will be at a minimum every six (6) "
    "months and more often as needed, according to the case plan or Family Service Plan.",
    timing="at a minimum every six (6) months",
    trigger=on(E.CASE_OPENED),
    satisfied_by=(E.CASE_ACTIVITY_DOCUMENTED,),
    actor=Actor.COUNTY,
    anchor=_SIX_MONTHS_FROM,
    ends=_WHILE_OPEN,
    roll=Roll.FORWARD,
    notes=("'more often as needed, according to the case plan' sets no computable date.",),
)

CASE_SUMMARY_EVERY_SIX_MONTHS = rule(
    id="case-summary-six-months",
    ref="6.A.2",
    title="Update the case summary at least every six months",
    quote=_SUMMARY_SENTENCE,
    timing="at least every six (6) months",
    trigger=on(E.CASE_OPENED),
    satisfied_by=(E.CASE_SUMMARY_UPDATED,),
    actor=Actor.COUNTY,
    anchor=_SIX_MONTHS_FROM,
    ends=_WHILE_OPEN,
    roll=Roll.FORWARD,
)

CASE_SUMMARY_ON_CHANGE = rule(
    id="case-summary-on-change",
    ref="6.A.2",
    title="Update the case summary on a transfer, a change of worker, or closure",
    quote=_SUMMARY_SENTENCE,
    timing="whenever",
    period=None,
    trigger=on(E.CASE_TRANSFERRED_COUNTY, E.CASEWORKER_CHANGED, E.CASE_CLOSED),
    satisfied_by=(E.CASE_SUMMARY_UPDATED, E.CLOSING_SUMMARY_COMPLETED),
    actor=Actor.COUNTY,
    notes=(
        "'whenever' states no period: findings show whether and when a summary followed. At "
        "closure, 7.601.6.F gives the closing summary thirty calendar days.",
    ),
)

CASEWORKER_CHANGE_CONTACT = rule(
    id="caseworker-change-contact",
    ref="6.A.3",
    title="New caseworker contacts the child or provider after a change or transfer",
    quote="For cases in Program Areas 4, 5, and 6, when there is a change in caseworker or a "
    "transfer of a service case to another county, the new caseworker shall have telephone or "
    "in-person contact with the child and/or provider within thirty (30) calendar days after "
    "the change or transfer.",
    timing="within thirty (30) calendar days",
    trigger=on(E.CASEWORKER_CHANGED, E.CASE_TRANSFERRED_COUNTY),
    satisfied_by=(
        event(
            E.CASEWORKER_CONTACT,
            where("mode", "in_person", "telephone"),
            where("party", "child", "provider"),
        ),
    ),
    actor=Actor.COUNTY,
    actor_note="the new caseworker",
    applies_if=(
        AppliesIf(
            attribute="program_area",
            one_of=_PROGRAM_AREAS_4_5_6,
            quote="For cases in Program Areas 4, 5, and 6",
            citation=CCR_7_601.cite("6.A.3"),
            description="the case is in Program Area 4, 5 or 6",
        ),
    ),
    roll=Roll.FORWARD,
    notes=("'the child and/or provider': contact with either meets it; written contact does not.",),
)

# B ¶2 ... The county shall submit this written summary with the Administrative Review findings
# to the court.
ADMINISTRATIVE_REVIEW_SUMMARY = rule(
    id="administrative-review-summary-to-court",
    ref="6.B ¶2",
    title="Submit the written summary to the court with the Administrative Review findings",
    quote="For cases in Program Areas 4, 5, and 6 in which an Administrative Review is "
    "substituting for a court review, the county shall assure that a written summary "
    "containing the above information is complete and present in the case file. The county "
    "shall submit this written summary with the Administrative Review findings to the court.",
    timing="with the Administrative Review findings",
    period=Period(0, Unit.AT_THE_TIME_OF),
    trigger=on(E.ADMINISTRATIVE_REVIEW_FINDINGS_SUBMITTED),
    satisfied_by=(E.ADMINISTRATIVE_REVIEW_SUMMARY_SUBMITTED,),
    actor=Actor.COUNTY,
    applies_if=(
        AppliesIf(
            attribute="program_area",
            one_of=_PROGRAM_AREAS_4_5_6,
            quote="For cases in Program Areas 4, 5, and 6 in which an Administrative Review is "
            "substituting for a court review",
            citation=CCR_7_601.cite("6.B ¶2"),
            description="the case is in Program Area 4, 5 or 6",
        ),
    ),
    notes=(
        "'with the Administrative Review findings': due the day the findings go to the court; a "
        "summary sent later is met late.",
        "An Administrative Review substituting for a court review is what the trigger event "
        "records; the summary's contents are 6.B.1-7.",
    ),
)

CLOSING_SUMMARY = rule(
    id="closing-summary",
    ref="6.F",
    title="Complete the written summary at closure",
    quote="A written summary shall be completed within thirty (30) calendar days of closure "
    "which shall include:",
    timing="within thirty (30) calendar days",
    trigger=on(E.CASE_CLOSED),
    satisfied_by=(E.CLOSING_SUMMARY_COMPLETED,),
    actor=Actor.COUNTY,
    roll=Roll.FORWARD,
)

RULES = (
    CASE_ACTIVITY_DOCUMENTATION,
    CASE_SUMMARY_EVERY_SIX_MONTHS,
    CASE_SUMMARY_ON_CHANGE,
    CASEWORKER_CHANGE_CONTACT,
    ADMINISTRATIVE_REVIEW_SUMMARY,
    CLOSING_SUMMARY,
)
