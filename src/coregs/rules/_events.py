"""The closed vocabulary of case events: what can happen on a case timeline, and its attributes.

A rule names the event that starts its clock and the events that satisfy it; a case file records
events of these kinds. The vocabulary is an enum, never free strings, so a misspelt kind is a
validation error, not a rule that silently never fires. Each kind is documented in
:data:`EVENT_KINDS` with the citation that needs it and the attributes it carries.

Attributes are typed and closed too (:class:`RemovalAuthority`, :class:`PlacementAuthority`,
:class:`ContactMode`, :class:`ContactParty`, :class:`CpoChannel`, and the boolean
``emergency``); a kind either requires an attribute, allows it, or forbids it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any

__all__ = [
    "ATTRIBUTES",
    "EVENT_KINDS",
    "ContactMode",
    "ContactParty",
    "CpoChannel",
    "EventKind",
    "EventKindInfo",
    "PlacementAuthority",
    "RemovalAuthority",
]


class EventKind(StrEnum):
    """What happened on a case, as the rules name it. See :data:`EVENT_KINDS` for each meaning."""

    # 7.601.2: cooperative agreements with law enforcement
    LE_AGREEMENT_SIGNED = "le_agreement_signed"
    CSP_AGREEMENT_SIGNED = "csp_agreement_signed"
    AGREEMENT_COPY_SENT_TO_STATE = "agreement_copy_sent_to_state"
    LE_AGREEMENT_REVIEWED = "le_agreement_reviewed"
    # 7.601.3: clients
    CIRCUMSTANCES_CHANGED = "circumstances_changed"
    CHANGE_REPORTED = "change_reported"
    # 7.601.31: removal and the Notice of Rights and Remedies
    REMOVAL = "removal"
    RIGHTS_NOTICE_DELIVERED = "rights_notice_delivered"
    REMOVAL_ORDER_ISSUED = "removal_order_issued"
    REMOVAL_ORDER_COPY_DELIVERED = "removal_order_copy_delivered"
    # 7.601.4: requests for services
    SERVICE_REQUEST_RECEIVED = "service_request_received"
    SERVICE_REQUEST_CONTACT = "service_request_contact"
    # 7.601.6: case documentation
    CASE_OPENED = "case_opened"
    CASE_ACTIVITY_DOCUMENTED = "case_activity_documented"
    CASE_SUMMARY_UPDATED = "case_summary_updated"
    CASE_TRANSFERRED_COUNTY = "case_transferred_county"
    CASEWORKER_CHANGED = "caseworker_changed"
    CASEWORKER_CONTACT = "caseworker_contact"
    CASE_CLOSED = "case_closed"
    CLOSING_SUMMARY_COMPLETED = "closing_summary_completed"
    # 7.601.71: Title IV-E foster care
    PLACED_OUT_OF_HOME = "placed_out_of_home"
    DISCHARGED = "discharged"
    FIRST_REMOVAL_RULING = "first_removal_ruling"
    CTW_FINDING = "ctw_finding"
    RE_PREVENT_REMOVAL_FINDING = "re_prevent_removal_finding"
    ADJUDICATION = "adjudication"
    VPA_SIGNED = "vpa_signed"
    PLACEMENT_REVIEW_PETITION_FILED = "placement_review_petition_filed"
    FYIT_PETITION_FILED = "fyit_petition_filed"
    BEST_INTERESTS_ORDER = "best_interests_order"
    CUSTODY_ORDER = "custody_order"
    IVE_DETERMINATION = "ive_determination"
    GOOD_FAITH_EFFORTS_RECORDED = "good_faith_efforts_recorded"
    IVE_REDETERMINATION = "ive_redetermination"
    PERMANENCY_RE_FINDING = "permanency_re_finding"
    CANDIDACY_DETERMINATION = "candidacy_determination"
    # 7.601.72: SSI
    SSI_APPLICATION_BEGUN = "ssi_application_begun"
    # 7.601.73: Title IV-A Emergency Assistance
    AT_RISK_SERVICES_PROVIDED = "at_risk_services_provided"
    INTAKE_TRANSFERRED_TO_ONGOING = "intake_transferred_to_ongoing"
    EA_ELIGIBILITY_DETERMINED = "ea_eligibility_determined"
    # 7.601.8: fraud
    DISCREPANCY_ALLEGED = "discrepancy_alleged"
    FRAUD_SUSPECTED = "fraud_suspected"
    FRAUD_REFERRED = "fraud_referred"
    # 7.601.81: falsification of child welfare records
    STATE_PROTOCOL_UPDATED = "state_protocol_updated"
    COUNTIES_NOTIFIED_OF_PROTOCOL = "counties_notified_of_protocol"
    COUNTY_PROTOCOL_UPDATED = "county_protocol_updated"
    COUNTY_PROTOCOL_SUBMITTED = "county_protocol_submitted"
    EMPLOYEE_PLACED_ON_LEAVE = "employee_placed_on_leave"
    TRAILS_SUSPENSION_REQUESTED = "trails_suspension_requested"
    FALSIFICATION_SUSPECTED = "falsification_suspected"
    EVIDENCE_PRESERVED = "evidence_preserved"
    FALSIFICATION_CONFIRMED = "falsification_confirmed"
    DIVISION_NOTIFIED = "division_notified"
    FALSIFICATION_REFERRED = "falsification_referred"
    TRAILS_CORRECTED = "trails_corrected"
    COURT_PARTIES_NOTIFIED = "court_parties_notified"
    CORRECTION_LETTERS_MAILED = "correction_letters_mailed"
    # Child Protection Ombudsman case process
    CPO_CONTACT_RECEIVED = "cpo_contact_received"
    CPO_INTAKE_COMPLETED = "cpo_intake_completed"

    @property
    def info(self) -> EventKindInfo:
        """What this kind means, where it comes from and which attributes it carries."""
        return EVENT_KINDS[self]

    @property
    def description(self) -> str:
        """One sentence saying what the event is."""
        return EVENT_KINDS[self].description


class RemovalAuthority(StrEnum):
    """Who or what removed the child from the home (7.601.31.C, 7.601.71.B.1)."""

    COURT_ORDER = "court_order"
    LAW_ENFORCEMENT = "law_enforcement"
    VOLUNTARY_PLACEMENT_AGREEMENT = "voluntary_placement_agreement"
    VOLUNTARY_SERVICES_AGREEMENT = "voluntary_services_agreement"


class PlacementAuthority(StrEnum):
    """The legal basis of an out-of-home placement (7.601.71.B.4, E, F)."""

    COURT_ORDER = "court_order"
    VOLUNTARY_PLACEMENT_AGREEMENT = "voluntary_placement_agreement"
    VOLUNTARY_SERVICES_AGREEMENT = "voluntary_services_agreement"


class ContactMode(StrEnum):
    """How a caseworker made contact (7.601.4.C, 7.601.6.A.3)."""

    IN_PERSON = "in_person"
    TELEPHONE = "telephone"
    WRITTEN = "written"


class ContactParty(StrEnum):
    """With whom a caseworker made contact (7.601.6.A.3: "the child and/or provider")."""

    CHILD = "child"
    PROVIDER = "provider"
    PARENT = "parent"
    OTHER = "other"


class CpoChannel(StrEnum):
    """How a citizen contacted the Ombudsman ("phone and online complaints")."""

    PHONE = "phone"
    ONLINE = "online"


ATTRIBUTES: Mapping[str, type[StrEnum] | type[bool]] = MappingProxyType(
    {
        "emergency": bool,
        "removed_by": RemovalAuthority,
        "authority": PlacementAuthority,
        "mode": ContactMode,
        "party": ContactParty,
        "channel": CpoChannel,
    }
)
"""Every event attribute and its type. Which kinds carry which is in :data:`EVENT_KINDS`."""


@dataclass(frozen=True, slots=True)
class EventKindInfo:
    """The meaning of one :class:`EventKind`.

    Attributes:
        description: what the event is, in one sentence.
        citation: the provision(s) that make the event matter.
        required: attributes the event must carry.
        optional: attributes it may carry.
    """

    description: str
    citation: str
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()

    @property
    def allowed(self) -> frozenset[str]:
        """Every attribute the event may carry."""
        return frozenset(self.required) | frozenset(self.optional)


def _check_value(name: str, value: Any) -> bool:
    kind = ATTRIBUTES[name]
    if kind is bool:
        return type(value) is bool
    return isinstance(value, str) and value in {m.value for m in kind}


_K = EventKind
_I = EventKindInfo

EVENT_KINDS: Mapping[EventKind, EventKindInfo] = MappingProxyType(
    {
        _K.LE_AGREEMENT_SIGNED: _I(
            "A written cooperative agreement with a law enforcement agency is signed by all "
            "parties (a Colorado State Patrol agreement also counts; record it as "
            "csp_agreement_signed).",
            "7.601.2.A, A.6, A.8",
        ),
        _K.CSP_AGREEMENT_SIGNED: _I(
            "The county department's own cooperative agreement with the Colorado State Patrol "
            "is signed (not the State Department's agreement, which needs no copy).",
            "7.601.2.A.7",
        ),
        _K.AGREEMENT_COPY_SENT_TO_STATE: _I(
            "A copy of a signed cooperative agreement is provided to the State Department.",
            "7.601.2.A.7, A.8",
        ),
        _K.LE_AGREEMENT_REVIEWED: _I(
            "A cooperative agreement with law enforcement is reviewed and updated.",
            "7.601.2.A.6",
        ),
        _K.CIRCUMSTANCES_CHANGED: _I(
            "A change of the client's circumstances affecting their eligibility occurs.",
            "7.601.3.B",
        ),
        _K.CHANGE_REPORTED: _I(
            "The client reports a change of circumstances to the county department.",
            "7.601.3.B",
        ),
        _K.REMOVAL: _I(
            "The child is removed from the home. `emergency`: the removal is an emergency "
            "under Section 19-3-401, C.R.S.; `removed_by`: court order, law enforcement, "
            "voluntary placement agreement or voluntary services agreement.",
            "7.601.31.C, 7.601.71.B.1; 45 CFR 1355.20",
            required=("emergency", "removed_by"),
        ),
        _K.RIGHTS_NOTICE_DELIVERED: _I(
            'The "Notice of Rights and Remedies for Families" is delivered to the parents and '
            "family from whom the child is removed.",
            "7.601.31.C",
        ),
        _K.REMOVAL_ORDER_ISSUED: _I(
            "The court order directing the removal becomes available. `emergency`: the "
            "removal it directs is an emergency under Section 19-3-401, C.R.S.",
            "7.601.31.C.1",
            required=("emergency",),
        ),
        _K.REMOVAL_ORDER_COPY_DELIVERED: _I(
            "A copy of the court order directing the removal is delivered to the family.",
            "7.601.31.C.1, C.2",
        ),
        _K.SERVICE_REQUEST_RECEIVED: _I(
            "The county department receives a request for services that does not involve "
            "allegations of abuse and/or neglect.",
            "7.601.4.C",
        ),
        _K.SERVICE_REQUEST_CONTACT: _I(
            "Personal, telephone, or written contact is made on a request for services. "
            "`mode` may record which.",
            "7.601.4.C",
            optional=("mode",),
        ),
        _K.CASE_OPENED: _I("The case is opened.", "7.601.6.A, 7.601.73.C"),
        _K.CASE_ACTIVITY_DOCUMENTED: _I(
            "Case activity is documented in the case record.", "7.601.6.A.1"
        ),
        _K.CASE_SUMMARY_UPDATED: _I(
            "Summary documentation updating the case record is done.", "7.601.6.A.2"
        ),
        _K.CASE_TRANSFERRED_COUNTY: _I(
            "The case is transferred from one county to another.", "7.601.6.A.2, A.3"
        ),
        _K.CASEWORKER_CHANGED: _I(
            "The case moves to a new caseworker in the same county.", "7.601.6.A.2, A.3"
        ),
        _K.CASEWORKER_CONTACT: _I(
            "A caseworker has contact: `mode` in person, telephone or written; `party` the "
            "child, the provider, a parent or someone else.",
            "7.601.6.A.3",
            required=("mode", "party"),
        ),
        _K.CASE_CLOSED: _I("The case is closed.", "7.601.6.A.2, 7.601.6.F"),
        _K.CLOSING_SUMMARY_COMPLETED: _I(
            "The written summary at closure (contacts, reason for closure, services, "
            "effectiveness) is completed.",
            "7.601.6.F",
        ),
        _K.PLACED_OUT_OF_HOME: _I(
            "The child is placed in out-of-home care: the first day of a stay (a move between "
            "providers within one stay is not a new placement). `authority`: court order, "
            "voluntary placement agreement or voluntary services agreement.",
            "7.601.71.B.3, E.4, F.3, F.4, I.1, K.1; 7.601.72.D",
            required=("authority",),
        ),
        _K.DISCHARGED: _I(
            "The child leaves out-of-home care: the end of a stay.",
            "7.601.71.E.3, F.3, K.2",
        ),
        _K.FIRST_REMOVAL_RULING: _I(
            "The first court ruling sanctioning (even temporarily) the child's removal.",
            "7.601.71.B.2",
        ),
        _K.CTW_FINDING: _I(
            "A court finding, in a written order signed by a judge or magistrate (or a "
            "transcript), that continuation in the home would be contrary to the welfare of the "
            "child, or that out-of-home placement is in the child's best interests.",
            "7.601.71.B.2",
        ),
        _K.RE_PREVENT_REMOVAL_FINDING: _I(
            "A court order finding that reasonable efforts were made to prevent removal, that "
            "an emergency made the lack of preventive services reasonable, or that such "
            "efforts were not required.",
            "7.601.71.B.3",
        ),
        _K.ADJUDICATION: _I(
            "The first judicial finding that the child has been subjected to child abuse or "
            "neglect (used for the date the child is considered to have entered foster care).",
            "45 CFR 1355.20; 7.601.71.I.2, K.2",
        ),
        _K.VPA_SIGNED: _I(
            "A voluntary placement agreement is signed by the parent(s) or legal guardian and "
            "the county department.",
            "7.601.71.E.1, E.3",
        ),
        _K.PLACEMENT_REVIEW_PETITION_FILED: _I(
            "A petition to review the need for placement is filed (one that leads to a court "
            "order granting the county department legal custody).",
            "7.601.71.E.3, K.1",
        ),
        _K.FYIT_PETITION_FILED: _I(
            "A petition for a foster youth in transition case is filed.", "7.601.71.F.3"
        ),
        _K.BEST_INTERESTS_ORDER: _I(
            'A court order that "continued placement is in the best interests of the '
            'child" (or youth), or words to that effect.',
            "7.601.71.E.4, F.4",
        ),
        _K.CUSTODY_ORDER: _I(
            "A court order granting the county department legal custody of the child, or legal "
            "authority for continued placement.",
            "7.601.71.K.1",
        ),
        _K.IVE_DETERMINATION: _I(
            "The county department determines the child's Title IV-E eligibility.",
            "7.601.71.I.1",
        ),
        _K.GOOD_FAITH_EFFORTS_RECORDED: _I(
            "Good faith efforts to determine Title IV-E eligibility are recorded in the "
            "child's record.",
            "7.601.71.I.1",
        ),
        _K.IVE_REDETERMINATION: _I(
            "The county redetermines Title IV-E eligibility on the state prescribed form.",
            "7.601.71.I.2",
        ),
        _K.PERMANENCY_RE_FINDING: _I(
            "A court order finding that the county department has made reasonable efforts to "
            "finalize a permanency plan.",
            "7.601.71.K.2",
        ),
        _K.CANDIDACY_DETERMINATION: _I(
            "A determination whether the child is at imminent risk of removal from the home "
            "(a reasonable candidate for foster care).",
            "7.601.71.M",
        ),
        _K.SSI_APPLICATION_BEGUN: _I(
            "An application for Supplemental Security Income benefits for the child is begun.",
            "7.601.72.D",
        ),
        _K.AT_RISK_SERVICES_PROVIDED: _I(
            "Services are provided or purchased for a family with children at risk of placement.",
            "7.601.73",
        ),
        _K.INTAKE_TRANSFERRED_TO_ONGOING: _I(
            "The worker transfers an intake case for on-going services.", "7.601.73"
        ),
        _K.EA_ELIGIBILITY_DETERMINED: _I(
            "The Title IV-A Emergency Assistance eligibility determination is completed.",
            "7.601.73, 7.601.73.C",
        ),
        _K.DISCREPANCY_ALLEGED: _I(
            "The county department learns of an alleged discrepancy which may be a fraudulent "
            "act by a staff member, client, former client, or provider of services.",
            "7.601.8.A",
        ),
        _K.FRAUD_SUSPECTED: _I(
            "The county department's own review concludes that a discrepancy may be a "
            "fraudulent act (the alternative trigger of 7.601.8.A).",
            "7.601.8.A",
        ),
        _K.FRAUD_REFERRED: _I(
            "The discrepancy is referred to the appropriate investigatory agency and the "
            "district attorney (record the date both referrals are made).",
            "7.601.8.A",
        ),
        _K.STATE_PROTOCOL_UPDATED: _I(
            "The Colorado Department of Human Services updates its written falsification protocol.",
            "7.601.81.A",
        ),
        _K.COUNTIES_NOTIFIED_OF_PROTOCOL: _I(
            "The Colorado Department of Human Services notifies the county departments of an "
            "updated protocol.",
            "7.601.81.A",
        ),
        _K.COUNTY_PROTOCOL_UPDATED: _I(
            "The county department updates its written falsification protocol.", "7.601.81.B"
        ),
        _K.COUNTY_PROTOCOL_SUBMITTED: _I(
            "The county department submits its written protocol to the Division of Child Welfare.",
            "7.601.81.B",
        ),
        _K.EMPLOYEE_PLACED_ON_LEAVE: _I(
            "The county department places an employee on administrative leave or temporary "
            "suspension to investigate a suspected incident of falsification.",
            "7.601.81.B.1",
        ),
        _K.TRAILS_SUSPENSION_REQUESTED: _I(
            "The county department asks the state department to suspend the employee's Trails "
            "access.",
            "7.601.81.B.1",
        ),
        _K.FALSIFICATION_SUSPECTED: _I(
            "The county department suspects that a child welfare record has been falsified.",
            "7.601.81.B.2",
        ),
        _K.EVIDENCE_PRESERVED: _I(
            "Evidence that a child welfare record has been falsified is preserved.",
            "7.601.81.B.2",
        ),
        _K.FALSIFICATION_CONFIRMED: _I(
            "An incident of falsification is confirmed: after investigation, the county "
            "establishes it by a preponderance of the evidence (7.601.81.A ¶2).",
            "7.601.81.D, E, F",
        ),
        _K.DIVISION_NOTIFIED: _I(
            "The Division of Child Welfare is notified of a confirmed incident.", "7.601.81.D"
        ),
        _K.FALSIFICATION_REFERRED: _I(
            "A confirmed incident is referred to the appropriate law enforcement agency or the "
            "district attorney.",
            "7.601.81.E",
        ),
        _K.TRAILS_CORRECTED: _I(
            "The county department corrects the record in Trails.", "7.601.81.F, F.2"
        ),
        _K.COURT_PARTIES_NOTIFIED: _I(
            "The court, parties to the case, their legal counsel, and the Guardian ad Litem "
            "are notified that a Trails record has been corrected.",
            "7.601.81.F.2",
        ),
        _K.CORRECTION_LETTERS_MAILED: _I(
            "The state approved notification letters are mailed by first class U.S. mail "
            "(record the date the last letter is mailed).",
            "7.601.81.F.1, F.2",
        ),
        _K.CPO_CONTACT_RECEIVED: _I(
            "The Child Protection Ombudsman receives contact from a citizen (`channel`: phone "
            "or online). Record the local (America/Denver) date of receipt.",
            "CPO Case Process 1",
            optional=("channel",),
        ),
        _K.CPO_INTAKE_COMPLETED: _I("Ombudsman staff complete the intake.", "CPO Case Process 1"),
    }
)
"""The documented meaning of every :class:`EventKind` (a test checks none is missing)."""


def attribute_value_ok(name: str, value: Any) -> bool:
    """Whether ``value`` is a valid value of the event attribute ``name``."""
    return name in ATTRIBUTES and _check_value(name, value)
