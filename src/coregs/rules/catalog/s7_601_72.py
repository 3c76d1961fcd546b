"""7.601.72 Supplemental Security Income (SSI) [Eff. 1/1/15]

"D. Required Time Frames - Application for benefits shall begin within forty-five (45) calendar
days of the child's out-of-home placement in appropriate cases." The appropriate cases are those
of B: a child "believed to meet Supplemental Security Income eligibility criteria", and every
child in the CHRP waiver.
"""

from __future__ import annotations

from coregs.periods import Roll
from coregs.rules._events import EventKind as E
from coregs.rules._model import Actor, AppliesIf
from coregs.rules._sources import CCR_7_601
from coregs.rules.catalog._declare import on, rule
from coregs.rules.catalog._errata import FUNDING_TIME_FRAMES_CITED_AS_81

__all__ = ["RULES", "SSI_APPLICATION"]

SSI_APPLICATION = rule(
    id="ssi-application",
    ref="72.D",
    title="Begin an SSI application within 45 days of placement, in appropriate cases",
    quote="Required Time Frames - Application for benefits shall begin within forty-five (45) "
    "calendar days of the child's out-of-home placement in appropriate cases.",
    timing="within forty-five (45) calendar days",
    trigger=on(E.PLACED_OUT_OF_HOME),
    satisfied_by=(E.SSI_APPLICATION_BEGUN,),
    actor=Actor.COUNTY,
    applies_if=(
        AppliesIf(
            attribute="ssi_application_appropriate",
            one_of=(True,),
            quote="in appropriate cases",
            citation=CCR_7_601.cite("72.D"),
            description="an SSI application is appropriate: the child is believed to meet SSI "
            "eligibility criteria or is enrolled in the CHRP waiver (7.601.72.B)",
        ),
    ),
    roll=Roll.FORWARD,
    errata=(FUNDING_TIME_FRAMES_CITED_AS_81,),
    notes=("'begin' is met when the application is initiated, not when it is decided.",),
)

RULES = (SSI_APPLICATION,)
