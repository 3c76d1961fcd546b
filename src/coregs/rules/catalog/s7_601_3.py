"""7.601.3 COUNTY RESPONSIBILITIES TO ADVISE CLIENTS - COOPERATION AND RESIDENCE - AVAILABLE
SERVICES [Eff. 1/1/15]

B binds the client, not the county: the county must advise (no time stated), the client must
report a change within thirty calendar days. coregs tracks the client's report, with the client
as the actor, so a reviewer can see when a change went unreported.
"""

from __future__ import annotations

from coregs.periods import Roll
from coregs.rules._events import EventKind as E
from coregs.rules._model import Actor, Quoted
from coregs.rules._sources import CCR_7_601
from coregs.rules.catalog._declare import on, rule

__all__ = ["CLIENT_REPORTS_CHANGE", "RULES"]

# B. County departments shall ensure that clients are advised in writing and orally of the
# client's responsibility to report within thirty (30) calendar days, changes of circumstances
# affecting their eligibility.
CLIENT_REPORTS_CHANGE = rule(
    id="client-reports-change",
    ref="3.B",
    title="The client reports a change of circumstances",
    quote="County departments shall ensure that clients are advised in writing and orally of the "
    "client's responsibility to report within thirty (30) calendar days, changes of "
    "circumstances affecting their eligibility.",
    timing="within thirty (30) calendar days",
    trigger=on(E.CIRCUMSTANCES_CHANGED),
    satisfied_by=(E.CHANGE_REPORTED,),
    actor=Actor.CLIENT,
    actor_note="the county department's duty is to advise the client; no time is stated for it",
    roll=Roll.FORWARD,
    related=(
        Quoted(
            citation=CCR_7_601.cite("3.A"),
            text="Failure of clients to participate or cooperate may result in modification or "
            "termination of services.",
        ),
    ),
)

RULES = (CLIENT_REPORTS_CHANGE,)
