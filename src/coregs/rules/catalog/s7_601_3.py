"""7.601.3 COUNTY RESPONSIBILITIES TO ADVISE CLIENTS - COOPERATION AND RESIDENCE - AVAILABLE
SERVICES [Eff. 1/1/15]

B binds the client, not the county: the county must advise (no time stated), the client must
report a change within thirty calendar days. coregs tracks the client's report, with the client
as the actor, so a reviewer can see when a change went unreported. C makes the county close its
case file "When a client leaves the original county of residence": a duty with no stated
period, whose finding shows whether and when the file was closed.
"""

from __future__ import annotations

from coregs.periods import Roll
from coregs.rules._events import EventKind as E
from coregs.rules._model import Actor, Quoted, StatedException
from coregs.rules._sources import CCR_7_601
from coregs.rules.catalog._declare import on, rule

__all__ = ["CLIENT_REPORTS_CHANGE", "CLOSE_CASE_ON_LEAVING_COUNTY", "RULES"]

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

# C. When a client leaves the original county of residence that county department shall close its
# case file with exceptions found in individual Program Areas ...
CLOSE_CASE_ON_LEAVING_COUNTY = rule(
    id="close-case-on-leaving-county",
    ref="3.C",
    title="Close the case file when the client leaves the county of residence",
    quote="When a client leaves the original county of residence that county department shall "
    "close its case file with exceptions found in individual Program Areas (e.g., Program "
    "Areas 3 and 5).",
    timing="When",
    period=None,
    trigger=on(E.CLIENT_LEFT_COUNTY),
    satisfied_by=(E.CASE_CLOSED,),
    actor=Actor.COUNTY,
    actor_note="the department of the county the client leaves",
    exceptions=(
        StatedException(
            quote="with exceptions found in individual Program Areas (e.g., Program Areas 3 and 5)",
            citation=CCR_7_601.cite("3.C"),
            note="The exceptions are in the Program Areas' own rules, not in 7.601, and 'e.g.' "
            "makes Program Areas 3 and 5 examples, not the list: listed, not evaluated.",
        ),
    ),
    related=(
        Quoted(
            citation=CCR_7_601.cite("3.C"),
            text="Clients are to be advised of the county department's action on the state "
            "prescribed notice of social service action form, if applicable.",
        ),
    ),
    notes=(
        "'When' states no period: the finding shows whether and when the case was closed after "
        "the client left (no fixed deadline).",
    ),
)

RULES = (CLIENT_REPORTS_CHANGE, CLOSE_CASE_ON_LEAVING_COUNTY)
