"""7.601.31 Required Notice of Rights and Remedies [Eff. 1/1/15]

"C. The notice shall be delivered at the time of a child's removal to the parent(s) and family
from whom the child is removed by court order or by law enforcement personnel." The sentences
are passive: the county supplies the notice (B), and law enforcement may deliver it.
"""

from __future__ import annotations

from coregs.rules._events import EventKind as E
from coregs.rules._model import Actor
from coregs.rules.catalog._declare import event, on, rule, where

__all__ = ["EMERGENCY_ORDER_COPY", "NONEMERGENCY_ORDER_COPY", "REMOVAL_NOTICE", "RULES"]

_PASSIVE = (
    "the text is passive; the county department supplies the notice (7.601.31.B) and law "
    "enforcement may deliver it"
)
_BY_COURT_OR_POLICE = where("removed_by", "court_order", "law_enforcement")

REMOVAL_NOTICE = rule(
    id="removal-rights-notice",
    ref="31.C",
    title="Deliver the Notice of Rights and Remedies at removal",
    quote="The notice shall be delivered at the time of a child's removal to the parent(s) and "
    "family from whom the child is removed by court order or by law enforcement personnel.",
    timing="at the time of",
    trigger=on(event(E.REMOVAL, _BY_COURT_OR_POLICE)),
    satisfied_by=(E.RIGHTS_NOTICE_DELIVERED,),
    actor=Actor.COUNTY,
    actor_note=_PASSIVE,
    notes=("'at the time of' is a period of zero: due on the removal date.",),
)

EMERGENCY_ORDER_COPY = rule(
    id="emergency-removal-order-copy",
    ref="31.C.1",
    title="Deliver a copy of the emergency removal order promptly",
    quote="If the removal is an emergency pursuant to Section 19-3-401, C.R.S., a copy of the "
    "court order directing the removal of the child or children from the home shall be "
    "delivered to the family promptly upon its availability.",
    timing="promptly",
    trigger=on(event(E.REMOVAL_ORDER_ISSUED, where("emergency", True))),
    satisfied_by=(E.REMOVAL_ORDER_COPY_DELIVERED,),
    actor=Actor.COUNTY,
    actor_note=_PASSIVE,
    notes=(
        "'promptly' sets no computable date: findings say whether and when the copy was "
        "delivered. A county that sets its own number of days can replace this rule in its "
        "rulebook (see docs/rules.md).",
    ),
)

NONEMERGENCY_ORDER_COPY = rule(
    id="nonemergency-removal-order-copy",
    ref="31.C.2",
    title="Provide a copy of the removal order at the time of a non-emergency removal",
    quote="If the removal of the child or children is not an emergency, a copy of the court "
    "order directing the removal shall also be provided to the parents and family at the time "
    "of removal.",
    timing="at the time of",
    trigger=on(event(E.REMOVAL, where("emergency", False), _BY_COURT_OR_POLICE)),
    satisfied_by=(E.REMOVAL_ORDER_COPY_DELIVERED,),
    actor=Actor.COUNTY,
    actor_note=_PASSIVE,
)

RULES = (REMOVAL_NOTICE, EMERGENCY_ORDER_COPY, NONEMERGENCY_ORDER_COPY)
