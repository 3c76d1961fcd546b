"""7.601.4 COUNTY RESPONSIBILITIES TO RESPOND TO REFERRALS [Eff. 1/1/15]

A (staff "continuously available twenty-four (24) hours a day") is an availability standard
that no case timeline can show; it is in the exclusion table. C is a case deadline.
"""

from __future__ import annotations

from coregs.rules._events import EventKind as E
from coregs.rules._model import Actor, StatedException
from coregs.rules._sources import CCR_7_601
from coregs.rules.catalog._declare import on, rule

__all__ = ["RULES", "SERVICE_REQUEST_CONTACT"]

SERVICE_REQUEST_CONTACT = rule(
    id="service-request-contact",
    ref="4.C",
    title="Contact on a request for services (no abuse or neglect alleged)",
    quote="County departments shall ensure that personal, telephone, or written contact is made "
    "within five (5) working days of receiving a request for services that does not involve "
    "allegations of abuse and/or neglect or as otherwise specified for target groups within "
    "Program Areas.",
    timing="within five (5) working days",
    trigger=on(E.SERVICE_REQUEST_RECEIVED),
    satisfied_by=(E.SERVICE_REQUEST_CONTACT,),
    actor=Actor.COUNTY,
    exceptions=(
        StatedException(
            quote="or as otherwise specified for target groups within Program Areas",
            citation=CCR_7_601.cite("4.C"),
            note="Program Area rules are outside 7.601; a county whose target group has "
            "another time frame replaces this rule in its own rulebook.",
        ),
    ),
)

RULES = (SERVICE_REQUEST_CONTACT,)
