"""The Child Protection Ombudsman's case process: "1. Intake".

"Clients contact the CPO in two manners – phone and online complaints. Once the CPO receives
contact from a citizen, staff will work to complete an intake within two-business days." The
words "will work to" make it a target the office sets itself, not a mandate; its business days
are the Ombudsman's own (it sits in the judicial department with its own personnel rules, C.R.S.
19-3.3-102), so pass its calendar, or accept the default, which the result names.
"""

from __future__ import annotations

from coregs.rules._events import EventKind as E
from coregs.rules._model import Actor
from coregs.rules.catalog._declare import on, rule
from coregs.rules.catalog._sources import CPO_CASE_PROCESS, EFFECTIVE_CPO

__all__ = ["CPO_INTAKE", "RULES"]

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

RULES = (CPO_INTAKE,)
