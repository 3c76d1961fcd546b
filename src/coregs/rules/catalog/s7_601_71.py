"""7.601.71 Title IV-E Foster Care [Eff. 1/1/15]

The time-bound duties of the Title IV-E section: court findings the county must obtain (B.2,
B.3, E.4, F.4, K.1, K.2), petitions when a voluntary placement runs past ninety days (E.3, F.3),
and the county's own determinations (I.1, I.2, M). Eligibility itself (who is eligible, from
which date, for which months) is the Title IV-E evaluator's job, not a deadline; those date rules
are in the exclusion table with a pointer to it.

Court-order deadlines never roll: a court order is dated when the court makes it, and the
federal limits behind them (45 CFR 1356.21) have no weekend or holiday extension. The county's
own determinations roll forward like any act due at a county office (C.R.S. 24-11-110).
"""

from __future__ import annotations

from coregs.periods import Period, Roll, Unit
from coregs.rules._events import EventKind as E
from coregs.rules._model import (
    Actor,
    Anchor,
    EndsWhen,
    EnteredFosterCare,
    Quoted,
    StatedException,
)
from coregs.rules._sources import CCR_7_601
from coregs.rules.catalog._declare import (
    NEVER_ROLLS_COURT,
    anchor_by,
    event,
    on,
    on_option,
    rule,
    where,
)
from coregs.rules.catalog._errata import (
    FUNDING_TIME_FRAMES_CITED_AS_81,
    G2_FINDINGS_CITED_AS_81,
    VSA_LOWER_CASE_IF,
)
from coregs.rules.catalog._options import (
    RE_FINALIZE_INTERVAL_FROM,
    RE_PREVENT_REMOVAL_TRIGGER,
    REDETERMINATION_ANCHOR,
    RedeterminationAnchor,
    ReFinalizeIntervalFrom,
    RePreventRemovalTrigger,
)
from coregs.rules.catalog._sources import EFFECTIVE_FYIT

__all__ = [
    "CANDIDACY_REDETERMINATION",
    "FIRST_RULING_CTW",
    "IVE_INITIAL_DETERMINATION",
    "IVE_REDETERMINATION",
    "PERMANENCY_RE_FINDING",
    "RE_PREVENT_REMOVAL_ORDER",
    "RULES",
    "VPA_BEST_INTERESTS_ORDER",
    "VPA_CONTINUED_PLACEMENT_AUTHORITY",
    "VPA_NINETY_DAY_PETITION",
    "VSA_BEST_INTERESTS_ORDER",
    "VSA_NINETY_DAY_PETITION",
]

_COURT = "the county department obtains the order; the court makes it"
_VPA_PLACEMENT = event(E.PLACED_OUT_OF_HOME, where("authority", "voluntary_placement_agreement"))
_VSA_PLACEMENT = event(E.PLACED_OUT_OF_HOME, where("authority", "voluntary_services_agreement"))
_DISCHARGE = (event(E.DISCHARGED),)

# B.2 The first court ruling sanctioning the removal ... must contain findings ...
FIRST_RULING_CTW = rule(
    id="first-ruling-ctw-finding",
    ref="71.B.2",
    title="The first ruling sanctioning removal contains a contrary-to-the-welfare finding",
    quote="The first court ruling sanctioning the removal of the child from the home must "
    "contain findings to the effect that: a. Continuation in the home would be contrary to the "
    "welfare of the child; or, b. Out-of-home placement is in the best interests of the child.",
    timing="The first court ruling",
    period=Period(0, Unit.AT_THE_TIME_OF),
    trigger=on(E.FIRST_REMOVAL_RULING),
    satisfied_by=(E.CTW_FINDING,),
    actor=Actor.COURT,
    actor_note=_COURT,
    roll_basis=NEVER_ROLLS_COURT,
    related=(
        Quoted(
            citation=CCR_7_601.cite("71.B.2 ¶2"),
            text='If this "best interests" determination is not recorded in the first written '
            "court order, signed by a judge or magistrate, pertaining to the removal of the "
            "child from the home, a transcript of the findings and orders from the court "
            "proceeding is the only other documentation that can be accepted to verify that "
            "the required judicial determination was made. Neither affidavits nor subsequent "
            '"nunc pro tunc" orders are acceptable verification for meeting the "best '
            'interests" requirement.',
        ),
    ),
    errata=(G2_FINDINGS_CITED_AS_81,),
    notes=(
        "Due on the date of the first ruling: a finding dated later (a subsequent order) is "
        "reported as met late, and the text does not accept it.",
        "The text states no consequence; federally the child is ineligible 'for the duration "
        "of that stay in foster care' (45 CFR 1356.21(c)).",
    ),
)

# B.3 There must be an order of the court within sixty (60) calendar days after the date the
# child is placed in out-of-home care with a finding to the effect that ...
RE_PREVENT_REMOVAL_ORDER = rule(
    id="re-prevent-removal-order",
    ref="71.B.3",
    title="Court order on reasonable efforts to prevent removal within 60 days",
    quote="There must be an order of the court within sixty (60) calendar days after the date "
    "the child is placed in out-of-home care with a finding to the effect that: a. Reasonable "
    "efforts were made to prevent the removal of the child from the home; or b. An emergency "
    "situation exists such that the lack of preventative services was reasonable; or, c. "
    "Reasonable efforts to prevent the removal of the child from the home were not required.",
    timing="within sixty (60) calendar days",
    trigger=on_option(
        RE_PREVENT_REMOVAL_TRIGGER,
        {
            RePreventRemovalTrigger.PLACEMENT: event(
                E.PLACED_OUT_OF_HOME, where("authority", "court_order")
            ),
            RePreventRemovalTrigger.REMOVAL: event(
                E.REMOVAL, where("removed_by", "court_order", "law_enforcement")
            ),
        },
    ),
    satisfied_by=(E.RE_PREVENT_REMOVAL_FINDING,),
    actor=Actor.COURT,
    actor_note=_COURT,
    roll_basis=NEVER_ROLLS_COURT,
    related=(
        Quoted(
            citation=CCR_7_601.cite("71.B.3 ¶2"),
            text='If a "reasonable efforts to prevent the removal" determination was made by '
            "the court as required, but was not recorded in the original written court order "
            "signed by the judge or magistrate pertaining to that judicial determination, a "
            "transcript of the findings and orders from the court proceeding is the only other "
            "documentation that can be accepted to verify that the required determination was "
            'made. Neither affidavits nor subsequent "nunc pro tunc" orders are acceptable '
            'verification for meeting this "reasonable efforts" requirement.',
        ),
    ),
    notes=(
        "Applies to court-ordered placements: a voluntary placement is reviewed by the court "
        "under E.4 / F.4 instead (45 CFR 1356.22).",
        "A discharge does not end it: federally a missing finding makes the child ineligible "
        "for the whole stay, however short (45 CFR 1356.21(b)(1)(ii)).",
    ),
)

# E.3 Voluntary placement agreements are limited to ninety (90) calendar days ...
VPA_NINETY_DAY_PETITION = rule(
    id="vpa-ninety-day-petition",
    ref="71.E.3",
    title="Petition to review the need for placement before a VPA passes 90 days",
    quote="Voluntary placement agreements are limited to ninety (90) calendar days. If "
    "placement of the child is to continue beyond ninety (90) calendar days, the county "
    "department must obtain a petition to review the need for placement that leads to a court "
    "order granting the county department legal custody.",
    timing="ninety (90) calendar days",
    trigger=on(E.VPA_SIGNED),
    satisfied_by=(E.PLACEMENT_REVIEW_PETITION_FILED,),
    actor=Actor.COUNTY,
    ends=EndsWhen(
        any_of=_DISCHARGE,
        reason="the petition is needed only if placement continues beyond ninety days",
        quote="If placement of the child is to continue beyond ninety (90) calendar days",
    ),
    roll_basis="the agreement's own time limit: a placement continues into day 91 whatever "
    "day of the week it is",
    notes=(
        "Counted from the agreement's signature, since 'agreements are limited to ninety (90) "
        "calendar days'; the petition must be filed by day 90.",
    ),
)

# E.4 There must be an order by the court within one hundred eighty (180) calendar days ...
VPA_BEST_INTERESTS_ORDER = rule(
    id="vpa-best-interests-order",
    ref="71.E.4",
    title="Best-interests order within 180 days of a voluntary placement",
    quote="There must be an order by the court within one hundred eighty (180) calendar days of "
    "the child's placement in foster care that \"continued placement is in the best interests "
    'of the child", or words to that effect.',
    timing="within one hundred eighty (180) calendar days",
    trigger=on(_VPA_PLACEMENT),
    satisfied_by=(E.BEST_INTERESTS_ORDER,),
    actor=Actor.COURT,
    actor_note=_COURT,
    consequence=Quoted(
        citation=CCR_7_601.cite("71.E.4"),
        text="If such an order is not made by the court within the allowable one hundred "
        "eighty (180) calendar days, the child is not eligible for Title IV-E foster care "
        "reimbursement for the remainder of the child's placement in out-of-home care.",
    ),
    ends=EndsWhen(
        any_of=_DISCHARGE,
        reason="the order is required only for a child who 'has remained in voluntary "
        "placement for a period in excess of 180 days' (42 U.S.C. 672(e))",
    ),
    roll_basis=NEVER_ROLLS_COURT,
    notes=(
        "'or words to that effect': record any order with equivalent words as "
        "best_interests_order.",
    ),
)

# F.3 If the placement of the youth is to continue beyond ninety (90) calendar days ...
VSA_NINETY_DAY_PETITION = rule(
    id="vsa-ninety-day-petition",
    ref="71.F.3",
    title="Petition for a foster youth in transition case before a VSA placement passes 90 days",
    quote="If the placement of the youth is to continue beyond ninety (90) calendar days, the "
    "county department must file a petition for a foster youth in transition case to ensure "
    "judicial oversight.",
    timing="ninety (90) calendar days",
    trigger=on(_VSA_PLACEMENT),
    satisfied_by=(E.FYIT_PETITION_FILED,),
    actor=Actor.COUNTY,
    ends=EndsWhen(
        any_of=_DISCHARGE,
        reason="the petition is needed only if placement continues beyond ninety days",
        quote="If the placement of the youth is to continue beyond ninety (90) calendar days",
    ),
    roll_basis="a placement continues into day 91 whatever day of the week it is",
    effective=EFFECTIVE_FYIT,
    notes=("Counted from the placement, the words F.3 uses ('the placement of the youth').",),
)

# F.4 There must be an order by the court within one hundred eighty (180) calendar days of the
# youth's placement ...
VSA_BEST_INTERESTS_ORDER = rule(
    id="vsa-best-interests-order",
    ref="71.F.4",
    title="Best-interests order within 180 days of a voluntary services placement",
    quote="There must be an order by the court within one hundred eighty (180) calendar days of "
    "the youth's placement in foster care that \"continued placement is in the best interests "
    'of the youth", or words to that effect.',
    timing="within one hundred eighty (180) calendar days",
    trigger=on(_VSA_PLACEMENT),
    satisfied_by=(E.BEST_INTERESTS_ORDER,),
    actor=Actor.COURT,
    actor_note=_COURT,
    consequence=Quoted(
        citation=CCR_7_601.cite("71.F.4"),
        text="if such an order is not made by the court within the allowable one hundred "
        "eighty (180) calendar days, the youth is not eligible for Title IV-E foster care "
        "reimbursement for the remainder of the youth's placement in out-of-home care.",
    ),
    ends=EndsWhen(
        any_of=_DISCHARGE,
        reason="as for 7.601.71.E.4: the order matters only for a placement beyond 180 days",
    ),
    roll_basis=NEVER_ROLLS_COURT,
    effective=EFFECTIVE_FYIT,
    errata=(VSA_LOWER_CASE_IF,),
)

# I.1 ... within forty-five (45) calendar days of the placement date unless good faith efforts
# have been made and recorded in the child's record.
IVE_INITIAL_DETERMINATION = rule(
    id="ive-initial-determination",
    ref="71.I.1",
    title="Determine Title IV-E eligibility within 45 days of placement",
    quote="The county department is responsible for determining the eligibility of every child "
    "entering out-of-home foster care within forty-five (45) calendar days of the placement "
    "date unless good faith efforts have been made and recorded in the child's record.",
    timing="within forty-five (45) calendar days",
    trigger=on(E.PLACED_OUT_OF_HOME),
    satisfied_by=(E.IVE_DETERMINATION,),
    actor=Actor.COUNTY,
    exceptions=(
        StatedException(
            quote="unless good faith efforts have been made and recorded in the child's record",
            citation=CCR_7_601.cite("71.I.1"),
            documented_by=E.GOOD_FAITH_EFFORTS_RECORDED,
            note="Excused when good faith efforts are recorded by the due date. The exception "
            "has no end: the determination stays open, but it is not late.",
        ),
    ),
    roll=Roll.FORWARD,
    errata=(FUNDING_TIME_FRAMES_CITED_AS_81,),
)

# I.2 Counties shall redetermine eligibility using the state prescribed form every twelve (12)
# months from the date the child enters foster care.
IVE_REDETERMINATION = rule(
    id="ive-redetermination",
    ref="71.I.2",
    title="Redetermine Title IV-E eligibility every 12 months",
    quote="Counties shall redetermine eligibility using the state prescribed form every twelve "
    "(12) months from the date the child enters foster care.",
    timing="every twelve (12) months",
    trigger=EnteredFosterCare(),
    satisfied_by=(E.IVE_REDETERMINATION,),
    actor=Actor.COUNTY,
    anchor=anchor_by(
        REDETERMINATION_ANCHOR,
        {
            RedeterminationAnchor.ENTRY_ANNIVERSARY: Anchor.TRIGGER,
            RedeterminationAnchor.LAST_REDETERMINATION: Anchor.PREVIOUS_ACT,
        },
    ),
    ends=EndsWhen(
        any_of=_DISCHARGE,
        reason="redetermination is for a child in foster care; a discharge ends the stay",
    ),
    roll=Roll.FORWARD,
    related=(
        Quoted(
            citation=CCR_7_601.cite("71.K.3"),
            text="Redeterminations of AFDC requirements are not required for youth "
            "participating in the foster youth in transition program.",
        ),
    ),
    errata=(FUNDING_TIME_FRAMES_CITED_AS_81,),
    notes=(
        "A late redetermination is a compliance finding, not an eligibility failure (federal "
        "policy, CWPM 8.3A.10).",
    ),
)

# K.1 ... within one hundred eighty (180) calendar days of the date a child entered out-of-home
# care by voluntary placement agreement.
VPA_CONTINUED_PLACEMENT_AUTHORITY = rule(
    id="vpa-continued-placement-authority",
    ref="71.K.1",
    title="Court authority for continued placement within 180 days of a VPA entry",
    quote="A court order must remain in effect which grants legal custody of the child to the "
    "county department or a petition to review the need for placement was filed and the court "
    "has ordered legal authority for continued placement within one hundred eighty (180) "
    "calendar days of the date a child entered out-of-home care by voluntary placement "
    "agreement.",
    timing="within one hundred eighty (180) calendar days",
    trigger=on(_VPA_PLACEMENT),
    satisfied_by=(E.CUSTODY_ORDER,),
    actor=Actor.COURT,
    actor_note=_COURT,
    ends=EndsWhen(
        any_of=_DISCHARGE,
        reason="the authority is needed for continued placement; a discharge ends it",
    ),
    roll_basis=NEVER_ROLLS_COURT,
    notes=(
        "The redetermination-time restatement of E.4 for the custody order itself; E.4's "
        "consequence is the one the text states.",
    ),
)

# K.2 This finding must be made within twelve (12) months of the date the child enters foster
# care, and every twelve (12) months thereafter while the child remains in out-of-home care.
PERMANENCY_RE_FINDING = rule(
    id="permanency-re-finding",
    ref="71.K.2",
    title="Reasonable efforts to finalize the permanency plan: a finding every 12 months",
    quote="Effective March 27, 2001, there must be an order of the court finding that the county "
    "department has made reasonable efforts to finalize a permanency plan. This finding must be "
    "made within twelve (12) months of the date the child enters foster care, and every twelve "
    "(12) months thereafter while the child remains in out-of-home care.",
    timing="within twelve (12) months",
    recurrence_phrase="every twelve (12) months thereafter",
    trigger=EnteredFosterCare(),
    satisfied_by=(E.PERMANENCY_RE_FINDING,),
    actor=Actor.COURT,
    actor_note=_COURT,
    anchor=anchor_by(
        RE_FINALIZE_INTERVAL_FROM,
        {
            ReFinalizeIntervalFrom.LAST_FINDING: Anchor.PREVIOUS_ACT,
            ReFinalizeIntervalFrom.ENTRY_ANNIVERSARY: Anchor.TRIGGER,
        },
    ),
    consequence=Quoted(
        citation=CCR_7_601.cite("71.K.2"),
        text="If twelve (12) months elapse without this judicial determination, eligibility "
        "for Title IV-E foster care temporarily ends. Title IV-E eligibility can resume the 1st "
        "day of the month in which the finding is made.",
    ),
    ends=EndsWhen(
        any_of=_DISCHARGE,
        reason="required only while the child remains in out-of-home care",
        quote="while the child remains in out-of-home care",
    ),
    roll_basis=NEVER_ROLLS_COURT,
    notes=(
        "'Effective March 27, 2001' is older than this text's [Eff. 1/1/15] tag, which "
        "bounds what this version of the text can attest.",
    ),
)

# M. A determination must be made ... no less frequently than every six (6) months.
CANDIDACY_REDETERMINATION = rule(
    id="candidacy-redetermination",
    ref="71.M",
    title="Redetermine imminent risk of removal at least every six months",
    quote="A determination must be made as to whether the child is at imminent risk of removal "
    "from the home no less frequently than every six (6) months.",
    timing="no less frequently than every six (6) months",
    trigger=on(E.CANDIDACY_DETERMINATION),
    satisfied_by=(E.CANDIDACY_DETERMINATION,),
    actor=Actor.COUNTY,
    anchor=Anchor.PREVIOUS_ACT,
    ends=EndsWhen(
        any_of=(event(E.REMOVAL), event(E.CASE_CLOSED)),
        reason="a child removed from the home, or whose case is closed, is no longer a "
        "candidate for foster care",
    ),
    roll_basis="a Title IV-E claiming limit ('not less often than every 6 months', 42 U.S.C. "
    "672(i)(2)); it has no weekend or holiday extension",
    notes=(
        "The first determination starts the clock; each later one meets the previous "
        "occurrence and restarts it.",
    ),
)

RULES = (
    FIRST_RULING_CTW,
    RE_PREVENT_REMOVAL_ORDER,
    VPA_NINETY_DAY_PETITION,
    VPA_BEST_INTERESTS_ORDER,
    VSA_NINETY_DAY_PETITION,
    VSA_BEST_INTERESTS_ORDER,
    IVE_INITIAL_DETERMINATION,
    IVE_REDETERMINATION,
    VPA_CONTINUED_PLACEMENT_AUTHORITY,
    PERMANENCY_RE_FINDING,
    CANDIDACY_REDETERMINATION,
)
