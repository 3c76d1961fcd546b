"""7.601.8 COUNTY RESPONSIBILITIES TO REPORT FRAUD - RECOVER MONIES OWED AND REPORT FALSIFICATION
[Eff. 1/1/15]

A gives ten working days but no starting event: the option ``fraud_referral_trigger`` supplies
one. B and C (recovery) state no time.
"""

from __future__ import annotations

from coregs.rules._events import EventKind as E
from coregs.rules._model import Actor
from coregs.rules.catalog._declare import on_option, rule
from coregs.rules.catalog._options import FRAUD_REFERRAL_TRIGGER, FraudReferralTrigger

__all__ = ["FRAUD_REFERRAL", "RULES"]

FRAUD_REFERRAL = rule(
    id="fraud-referral",
    ref="8.A",
    title="Refer an alleged fraudulent discrepancy to investigators and the district attorney",
    quote="County departments shall refer, within ten (10) working days, to the appropriate "
    "investigatory agency and the district attorney any alleged discrepancy which may be a "
    "fraudulent act or suspected fraudulent act by a staff member, client, former client, or "
    "provider of services.",
    timing="within ten (10) working days",
    trigger=on_option(
        FRAUD_REFERRAL_TRIGGER,
        {
            FraudReferralTrigger.DISCREPANCY_ALLEGED: E.DISCREPANCY_ALLEGED,
            FraudReferralTrigger.FRAUD_SUSPECTED: E.FRAUD_SUSPECTED,
        },
    ),
    satisfied_by=(E.FRAUD_REFERRED,),
    actor=Actor.COUNTY,
    notes=("Both referrals are required; record fraud_referred when both are made.",),
)

RULES = (FRAUD_REFERRAL,)
