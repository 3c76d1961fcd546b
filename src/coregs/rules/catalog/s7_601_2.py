"""7.601.2 COUNTY RESPONSIBILITIES FOR COOPERATIVE AGREEMENTS WITH LAW ENFORCEMENT, CHILDREN'S
ADVOCACY CENTERS, AND OTHER AGENCIES [Eff. 1/1/15]

"A. County departments shall develop written, time limited cooperative agreements with
incorporated and unincorporated municipality, city, county, and state law enforcement agencies
that include: ..." Items 1-5 are contents of the agreement with no time; item 6 makes the
agreement promise a review every four years; items 7 and 8 are standalone county duties with a
thirty-day deadline, counted in bare "days" (the option ``unqualified_days``).
"""

from __future__ import annotations

from coregs.periods import Roll
from coregs.rules._events import EventKind as E
from coregs.rules._model import Actor, Anchor
from coregs.rules.catalog._declare import anchor_by, on, rule
from coregs.rules.catalog._options import (
    AGREEMENT_REVIEW_ANCHOR,
    UNQUALIFIED_DAYS,
    AgreementReviewAnchor,
)

__all__ = ["AGREEMENT_REVIEW", "CSP_AGREEMENT_COPY", "LE_AGREEMENT_COPY", "RULES"]

# A.6 Procedures to ensure review and updates to the agreement every four years.
AGREEMENT_REVIEW = rule(
    id="le-agreement-review",
    ref="2.A.6",
    title="Review and update each law-enforcement cooperative agreement every four years",
    quote="Procedures to ensure review and updates to the agreement every four years.",
    timing="every four years",
    trigger=on(E.LE_AGREEMENT_SIGNED, E.CSP_AGREEMENT_SIGNED),
    satisfied_by=(E.LE_AGREEMENT_REVIEWED,),
    actor=Actor.COUNTY,
    actor_note="the county department and the law enforcement agency, under the agreement",
    anchor=anchor_by(
        AGREEMENT_REVIEW_ANCHOR,
        {
            AgreementReviewAnchor.PREVIOUS_REVIEW: Anchor.PREVIOUS_ACT,
            AgreementReviewAnchor.SIGNATURE: Anchor.TRIGGER,
        },
    ),
    roll=Roll.FORWARD,
    notes=(
        "The text makes the review a required content of the agreement; coregs tracks the "
        "review the agreement must promise.",
    ),
)

# A.7 County departments shall sign the State Department's cooperative agreement with the
# Colorado State Patrol, or submit a copy of the county department's signed cooperative
# agreement with the Colorado State Patrol within thirty (30) days of signature.
CSP_AGREEMENT_COPY = rule(
    id="csp-agreement-copy",
    ref="2.A.7",
    title="Submit a copy of the county's own Colorado State Patrol agreement",
    quote="County departments shall sign the State Department's cooperative agreement with the "
    "Colorado State Patrol, or submit a copy of the county department's signed cooperative "
    "agreement with the Colorado State Patrol within thirty (30) days of signature.",
    timing="within thirty (30) days",
    trigger=on(E.CSP_AGREEMENT_SIGNED),
    satisfied_by=(E.AGREEMENT_COPY_SENT_TO_STATE,),
    actor=Actor.COUNTY,
    options=(UNQUALIFIED_DAYS,),
    roll=Roll.FORWARD,
    notes=(
        "Signing the State Department's own agreement is the alternative and needs no copy; "
        "record only the county's own agreement as csp_agreement_signed.",
        "'of signature' is read as the date the agreement is fully signed.",
    ),
)

# A.8 County departments shall provide the State Department with a copy of all signed
# cooperative agreements with law enforcement within thirty (30) days of signature.
LE_AGREEMENT_COPY = rule(
    id="le-agreement-copy",
    ref="2.A.8",
    title="Provide the State Department a copy of each signed law-enforcement agreement",
    quote="County departments shall provide the State Department with a copy of all signed "
    "cooperative agreements with law enforcement within thirty (30) days of signature.",
    timing="within thirty (30) days",
    trigger=on(E.LE_AGREEMENT_SIGNED, E.CSP_AGREEMENT_SIGNED),
    satisfied_by=(E.AGREEMENT_COPY_SENT_TO_STATE,),
    actor=Actor.COUNTY,
    options=(UNQUALIFIED_DAYS,),
    roll=Roll.FORWARD,
    notes=(
        "A Colorado State Patrol agreement is also a law-enforcement agreement: one copy "
        "sent meets A.7 and A.8.",
    ),
)

RULES = (AGREEMENT_REVIEW, CSP_AGREEMENT_COPY, LE_AGREEMENT_COPY)
