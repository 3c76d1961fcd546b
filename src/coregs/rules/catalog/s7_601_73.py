"""7.601.73 Title IV-A Emergency Assistance [Eff. 1/1/15]

The introduction asks for a determination "anytime" services are provided or purchased for a
family with children at risk of placement, or an intake case moves to on-going services (no
period); C gives the only number: thirty business days from case opening.
"""

from __future__ import annotations

from coregs.rules._events import EventKind as E
from coregs.rules._model import Actor, AppliesIf
from coregs.rules._sources import CCR_7_601
from coregs.rules.catalog._declare import on, rule
from coregs.rules.catalog._errata import FUNDING_TIME_FRAMES_CITED_AS_81

__all__ = ["EA_DETERMINATION", "EA_DETERMINATION_ON_SERVICES", "RULES"]

_INTRO = (
    "The county department shall determine eligibility for the Title IV-A Emergency Assistance "
    "Program anytime services are provided or purchased for families with children at risk of "
    "placement or when the worker transfers an intake case for on-going services."
)

EA_DETERMINATION_ON_SERVICES = rule(
    id="ea-determination-on-services",
    ref="73 ¶1",
    title="Determine Emergency Assistance eligibility whenever at-risk services start",
    quote=_INTRO,
    timing="anytime",
    period=None,
    trigger=on(E.AT_RISK_SERVICES_PROVIDED, E.INTAKE_TRANSFERRED_TO_ONGOING),
    satisfied_by=(E.EA_ELIGIBILITY_DETERMINED,),
    actor=Actor.COUNTY,
    notes=(
        "'anytime' states no period; the only number is 7.601.73.C's thirty business days "
        "from case opening.",
    ),
)

EA_DETERMINATION = rule(
    id="ea-determination",
    ref="73.C",
    title="Complete the Emergency Assistance determination within 30 business days",
    quote="The county shall complete the eligibility determination within thirty (30) business "
    "days of case opening.",
    timing="within thirty (30) business days",
    trigger=on(E.CASE_OPENED),
    satisfied_by=(E.EA_ELIGIBILITY_DETERMINED,),
    actor=Actor.COUNTY,
    applies_if=(
        AppliesIf(
            attribute="emergency_assistance_applies",
            one_of=(True,),
            quote=_INTRO,
            citation=CCR_7_601.cite("73 ¶1"),
            description="the case is one 7.601.73 covers: services for a family with children "
            "at risk of placement, or an intake case transferred for on-going services",
        ),
    ),
    errata=(FUNDING_TIME_FRAMES_CITED_AS_81,),
    notes=(
        "The only 'business days' in 7.601 (elsewhere 'working days'); both count the same "
        "days of the same calendar, and the unit is kept as written.",
    ),
)

RULES = (EA_DETERMINATION_ON_SERVICES, EA_DETERMINATION)
