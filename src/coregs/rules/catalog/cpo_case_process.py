"""The Child Protection Ombudsman's case process: "1. Intake" and "3. Closure".

"Clients contact the CPO in two manners – phone and online complaints. Once the CPO receives
contact from a citizen, staff will work to complete an intake within two-business days." The
words "will work to" make it a target the office sets itself, not a mandate; its business days
are the Ombudsman's own (it sits in the judicial department with its own personnel rules, C.R.S.
19-3.3-102), so pass its calendar, or accept the default, which the result names. At closure,
"Upon resolution of the case" the analyst informs the client: no period, a target too.
"""

from __future__ import annotations

from coregs.rules._events import EventKind as E
from coregs.rules._model import Actor
from coregs.rules.catalog._declare import on, rule
from coregs.rules.catalog._sources import CPO_CASE_PROCESS, EFFECTIVE_CPO

__all__ = ["CPO_CLOSURE", "CPO_INTAKE", "RULES"]

CPO_INTAKE = rule(
    id="cpo-intake",
    ref="1 (Intake)",
    source=CPO_CASE_PROCESS,
    title="Ombudsman staff complete an intake within two business days",
    quote="Once the CPO receives contact from a citizen, staff will work to complete an intake "
    "within two-business days.",
    timing="within two-business days",
    trigger=on(E.CPO_CONTACT_RECEIVED),
    satisfied_by=(E.CPO_INTAKE_COMPLETED,),
    actor=Actor.OMBUDSMAN_STAFF,
    effective=EFFECTIVE_CPO,
    notes=(
        "'will work to' is a target: a late intake is reported as met late, not as a breach of "
        "a mandate.",
        "A contact received after hours or online counts from its local (America/Denver) date "
        "of receipt: that date is day 0.",
    ),
)

CPO_CLOSURE = rule(
    id="cpo-closure",
    ref="3 (Closure)",
    source=CPO_CASE_PROCESS,
    title="Ombudsman staff inform the client of the steps taken and the outcome at closure",
    quote="Upon resolution of the case, the CSA will work to inform the client of the steps "
    "taken to address the issues and the outcome of the case.",
    timing="Upon resolution of the case",
    period=None,
    trigger=on(E.CPO_CASE_RESOLVED),
    satisfied_by=(E.CPO_CLIENT_INFORMED,),
    actor=Actor.OMBUDSMAN_STAFF,
    actor_note="the Client Services Analyst (CSA)",
    effective=EFFECTIVE_CPO,
    notes=(
        "'Upon resolution' states no period: the finding shows whether and when the client was "
        "informed (no fixed deadline). 'will work to' makes it a target, as at intake.",
    ),
)

RULES = (CPO_INTAKE, CPO_CLOSURE)
