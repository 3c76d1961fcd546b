"""The closed vocabulary of case events: what can happen on a case timeline, and its attributes.

A rule names the event that starts its clock and the events that satisfy it; a case file records
events of these kinds. The vocabulary is an enum, never free strings, so a misspelt kind is a
validation error, not a rule that silently never fires. Each kind is declared once, as a member
of :class:`EventKind` together with its meaning (:class:`EventKindInfo`: what it is, the citation
that needs it, the attributes it carries); :data:`EVENT_KINDS` maps every kind to that info.

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

from coregs.rules._sources import CCR_7_601, CPO_CASE_PROCESS

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


class EventKind(StrEnum):
    """What happened on a case, as the rules name it. See :data:`EVENT_KINDS` for each meaning."""

    # The docstring above is the kind's description in the case JSON Schema. Each member is
    # declared once, with its meaning (EventKind.REMOVAL.info.required == ("emergency",
    # "removed_by")); EVENT_KINDS is derived from the members.

    _value_: str
    _info: EventKindInfo

    def __new__(cls, value: str, info: EventKindInfo) -> EventKind:
        member = str.__new__(cls, value)
        member._value_ = value
        member._info = info
        return member

    # 7.601.2: cooperative agreements with law enforcement
    LE_AGREEMENT_SIGNED = (
        "le_agreement_signed",
        EventKindInfo(
            "A written cooperative agreement with a law enforcement agency is signed by all "
            "parties (a Colorado State Patrol agreement also counts; record it as "
            "csp_agreement_signed).",
            CCR_7_601.short("2.A, A.6, A.8"),
        ),
    )
    CSP_AGREEMENT_SIGNED = (
        "csp_agreement_signed",
        EventKindInfo(
            "The county department's own cooperative agreement with the Colorado State Patrol is "
            "signed (not the State Department's agreement, which needs no copy).",
            CCR_7_601.short("2.A.7"),
        ),
    )
    AGREEMENT_COPY_SENT_TO_STATE = (
        "agreement_copy_sent_to_state",
        EventKindInfo(
            "A copy of a signed cooperative agreement is provided to the State Department.",
            CCR_7_601.short("2.A.7, A.8"),
        ),
    )
    LE_AGREEMENT_REVIEWED = (
        "le_agreement_reviewed",
        EventKindInfo(
            "A cooperative agreement with law enforcement is reviewed and updated.",
            CCR_7_601.short("2.A.6"),
        ),
    )
    # 7.601.3: clients
    CIRCUMSTANCES_CHANGED = (
        "circumstances_changed",
        EventKindInfo(
            "A change of the client's circumstances affecting their eligibility occurs.",
            CCR_7_601.short("3.B"),
        ),
    )
    CHANGE_REPORTED = (
        "change_reported",
        EventKindInfo(
            "The client reports a change of circumstances to the county department.",
            CCR_7_601.short("3.B"),
        ),
    )
    CLIENT_LEFT_COUNTY = (
        "client_left_county",
        EventKindInfo(
            "The client leaves the original county of residence (the county whose department "
            "holds the case).",
            CCR_7_601.short("3.C"),
        ),
    )
    # 7.601.31: removal and the Notice of Rights and Remedies
    REMOVAL = (
        "removal",
        EventKindInfo(
            "The child is removed from the home. `emergency`: the removal is an emergency under "
            "Section 19-3-401, C.R.S.; `removed_by`: court order, law enforcement, voluntary "
            "placement agreement or voluntary services agreement.",
            f"{CCR_7_601.short('31.C', '71.B.1')}; 45 CFR 1355.20",
            required=("emergency", "removed_by"),
        ),
    )
    RIGHTS_NOTICE_DELIVERED = (
        "rights_notice_delivered",
        EventKindInfo(
            'The "Notice of Rights and Remedies for Families" is delivered to the parents and '
            "family from whom the child is removed.",
            CCR_7_601.short("31.C"),
        ),
    )
    REMOVAL_ORDER_ISSUED = (
        "removal_order_issued",
        EventKindInfo(
            "The court order directing the removal becomes available. `emergency`: the removal it "
            "directs is an emergency under Section 19-3-401, C.R.S.",
            CCR_7_601.short("31.C.1"),
            required=("emergency",),
        ),
    )
    REMOVAL_ORDER_COPY_DELIVERED = (
        "removal_order_copy_delivered",
        EventKindInfo(
            "A copy of the court order directing the removal is delivered to the family.",
            CCR_7_601.short("31.C.1, C.2"),
        ),
    )
    # 7.601.4: requests for services
    SERVICE_REQUEST_RECEIVED = (
        "service_request_received",
        EventKindInfo(
            "The county department receives a request for services that does not involve "
            "allegations of abuse and/or neglect.",
            CCR_7_601.short("4.C"),
        ),
    )
    SERVICE_REQUEST_CONTACT = (
        "service_request_contact",
        EventKindInfo(
            "Personal, telephone, or written contact is made on a request for services. `mode` "
            "may record which.",
            CCR_7_601.short("4.C"),
            optional=("mode",),
        ),
    )
    # 7.601.6: case documentation
    CASE_OPENED = (
        "case_opened",
        EventKindInfo(
            "The case is opened.",
            CCR_7_601.short("6.A", "73.C"),
        ),
    )
    CASE_ACTIVITY_DOCUMENTED = (
        "case_activity_documented",
        EventKindInfo(
            "Case activity is documented in the case record.",
            CCR_7_601.short("6.A.1"),
        ),
    )
    CASE_SUMMARY_UPDATED = (
        "case_summary_updated",
        EventKindInfo(
            "Summary documentation updating the case record is done.",
            CCR_7_601.short("6.A.2"),
        ),
    )
    CASE_TRANSFERRED_COUNTY = (
        "case_transferred_county",
        EventKindInfo(
            "The case is transferred from one county to another.",
            CCR_7_601.short("6.A.2, A.3"),
        ),
    )
    CASEWORKER_CHANGED = (
        "caseworker_changed",
        EventKindInfo(
            "The case moves to a new caseworker in the same county.",
            CCR_7_601.short("6.A.2, A.3"),
        ),
    )
    CASEWORKER_CONTACT = (
        "caseworker_contact",
        EventKindInfo(
            "A caseworker has contact: `mode` in person, telephone or written; `party` the child, "
            "the provider, a parent or someone else.",
            CCR_7_601.short("6.A.3"),
            required=("mode", "party"),
        ),
    )
    CASE_CLOSED = (
        "case_closed",
        EventKindInfo(
            "The case is closed (its case file closed).",
            CCR_7_601.short("3.C", "6.A.2", "6.F"),
        ),
    )
    ADMINISTRATIVE_REVIEW_FINDINGS_SUBMITTED = (
        "administrative_review_findings_submitted",
        EventKindInfo(
            "The findings of an Administrative Review substituting for a court review are "
            "submitted to the court.",
            CCR_7_601.short("6.B ¶2"),
        ),
    )
    ADMINISTRATIVE_REVIEW_SUMMARY_SUBMITTED = (
        "administrative_review_summary_submitted",
        EventKindInfo(
            "The written narrative summary of case activity (7.601.6.B.1-7) is submitted to the "
            "court with the Administrative Review findings.",
            CCR_7_601.short("6.B ¶2"),
        ),
    )
    CLOSING_SUMMARY_COMPLETED = (
        "closing_summary_completed",
        EventKindInfo(
            "The written summary at closure (contacts, reason for closure, services, "
            "effectiveness) is completed.",
            CCR_7_601.short("6.F"),
        ),
    )
    # 7.601.71: Title IV-E foster care
    PLACED_OUT_OF_HOME = (
        "placed_out_of_home",
        EventKindInfo(
            "The child is placed in out-of-home care: the first day of a stay (a move between "
            "providers within one stay is not a new placement). `authority`: court order, "
            "voluntary placement agreement or voluntary services agreement.",
            f"{CCR_7_601.short('71.B.3, E.4, F.3, F.4, I.1, K.1')}; {CCR_7_601.short('72.D')}",
            required=("authority",),
        ),
    )
    DISCHARGED = (
        "discharged",
        EventKindInfo(
            "The child leaves out-of-home care: the end of a stay.",
            CCR_7_601.short("71.E.3, F.3, K.2"),
        ),
    )
    FIRST_REMOVAL_RULING = (
        "first_removal_ruling",
        EventKindInfo(
            "The first court ruling sanctioning (even temporarily) the child's removal.",
            CCR_7_601.short("71.B.2"),
        ),
    )
    CTW_FINDING = (
        "ctw_finding",
        EventKindInfo(
            "A court finding, in a written order signed by a judge or magistrate (or a "
            "transcript), that continuation in the home would be contrary to the welfare of the "
            "child, or that out-of-home placement is in the child's best interests.",
            CCR_7_601.short("71.B.2"),
        ),
    )
    RE_PREVENT_REMOVAL_FINDING = (
        "re_prevent_removal_finding",
        EventKindInfo(
            "A court order finding that reasonable efforts were made to prevent removal, that an "
            "emergency made the lack of preventive services reasonable, or that such efforts were "
            "not required.",
            CCR_7_601.short("71.B.3"),
        ),
    )
    ADJUDICATION = (
        "adjudication",
        EventKindInfo(
            "The first judicial finding that the child has been subjected to child abuse or "
            "neglect (used for the date the child is considered to have entered foster care).",
            f"45 CFR 1355.20; {CCR_7_601.short('71.I.2, K.2')}",
        ),
    )
    VPA_SIGNED = (
        "vpa_signed",
        EventKindInfo(
            "A voluntary placement agreement is signed by the parent(s) or legal guardian and the "
            "county department.",
            CCR_7_601.short("71.E.1, E.3"),
        ),
    )
    PLACEMENT_REVIEW_PETITION_FILED = (
        "placement_review_petition_filed",
        EventKindInfo(
            "A petition to review the need for placement is filed (one that leads to a court "
            "order granting the county department legal custody).",
            CCR_7_601.short("71.E.3, K.1"),
        ),
    )
    FYIT_PETITION_FILED = (
        "fyit_petition_filed",
        EventKindInfo(
            "A petition for a foster youth in transition case is filed.",
            CCR_7_601.short("71.F.3"),
        ),
    )
    BEST_INTERESTS_ORDER = (
        "best_interests_order",
        EventKindInfo(
            'A court order that "continued placement is in the best interests of the child" (or '
            "youth), or words to that effect.",
            CCR_7_601.short("71.E.4, F.4"),
        ),
    )
    CUSTODY_ORDER = (
        "custody_order",
        EventKindInfo(
            "A court order granting the county department legal custody of the child, or legal "
            "authority for continued placement.",
            CCR_7_601.short("71.K.1"),
        ),
    )
    IVE_DETERMINATION = (
        "ive_determination",
        EventKindInfo(
            "The county department determines the child's Title IV-E eligibility.",
            CCR_7_601.short("71.I.1"),
        ),
    )
    GOOD_FAITH_EFFORTS_RECORDED = (
        "good_faith_efforts_recorded",
        EventKindInfo(
            "Good faith efforts to determine Title IV-E eligibility are recorded in the child's "
            "record.",
            CCR_7_601.short("71.I.1"),
        ),
    )
    IVE_REDETERMINATION = (
        "ive_redetermination",
        EventKindInfo(
            "The county redetermines Title IV-E eligibility on the state prescribed form.",
            CCR_7_601.short("71.I.2"),
        ),
    )
    PERMANENCY_RE_FINDING = (
        "permanency_re_finding",
        EventKindInfo(
            "A court order finding that the county department has made reasonable efforts to "
            "finalize a permanency plan.",
            CCR_7_601.short("71.K.2"),
        ),
    )
    CANDIDACY_DETERMINATION = (
        "candidacy_determination",
        EventKindInfo(
            "A determination whether the child is at imminent risk of removal from the home (a "
            "reasonable candidate for foster care).",
            CCR_7_601.short("71.M"),
        ),
    )
    # 7.601.72: SSI
    SSI_APPLICATION_BEGUN = (
        "ssi_application_begun",
        EventKindInfo(
            "An application for Supplemental Security Income benefits for the child is begun.",
            CCR_7_601.short("72.D"),
        ),
    )
    # 7.601.73: Title IV-A Emergency Assistance
    AT_RISK_SERVICES_PROVIDED = (
        "at_risk_services_provided",
        EventKindInfo(
            "Services are provided or purchased for a family with children at risk of placement.",
            CCR_7_601.short("73"),
        ),
    )
    INTAKE_TRANSFERRED_TO_ONGOING = (
        "intake_transferred_to_ongoing",
        EventKindInfo(
            "The worker transfers an intake case for on-going services.",
            CCR_7_601.short("73"),
        ),
    )
    EA_ELIGIBILITY_DETERMINED = (
        "ea_eligibility_determined",
        EventKindInfo(
            "The Title IV-A Emergency Assistance eligibility determination is completed.",
            CCR_7_601.short("73", "73.C"),
        ),
    )
    # 7.601.8: fraud
    DISCREPANCY_ALLEGED = (
        "discrepancy_alleged",
        EventKindInfo(
            "The county department learns of an alleged discrepancy which may be a fraudulent act "
            "by a staff member, client, former client, or provider of services.",
            CCR_7_601.short("8.A"),
        ),
    )
    FRAUD_SUSPECTED = (
        "fraud_suspected",
        EventKindInfo(
            "The county department's own review concludes that a discrepancy may be a fraudulent "
            "act (the alternative trigger of 7.601.8.A).",
            CCR_7_601.short("8.A"),
        ),
    )
    FRAUD_REFERRED = (
        "fraud_referred",
        EventKindInfo(
            "The discrepancy is referred to the appropriate investigatory agency and the district "
            "attorney (record the date both referrals are made).",
            CCR_7_601.short("8.A"),
        ),
    )
    # 7.601.81: falsification of child welfare records
    STATE_PROTOCOL_UPDATED = (
        "state_protocol_updated",
        EventKindInfo(
            "The Colorado Department of Human Services updates its written falsification protocol.",
            CCR_7_601.short("81.A"),
        ),
    )
    COUNTIES_NOTIFIED_OF_PROTOCOL = (
        "counties_notified_of_protocol",
        EventKindInfo(
            "The Colorado Department of Human Services notifies the county departments of an "
            "updated protocol.",
            CCR_7_601.short("81.A"),
        ),
    )
    COUNTY_PROTOCOL_UPDATED = (
        "county_protocol_updated",
        EventKindInfo(
            "The county department updates its written falsification protocol.",
            CCR_7_601.short("81.B"),
        ),
    )
    COUNTY_PROTOCOL_SUBMITTED = (
        "county_protocol_submitted",
        EventKindInfo(
            "The county department submits its written protocol to the Division of Child Welfare.",
            CCR_7_601.short("81.B"),
        ),
    )
    EMPLOYEE_PLACED_ON_LEAVE = (
        "employee_placed_on_leave",
        EventKindInfo(
            "The county department places an employee on administrative leave or temporary "
            "suspension to investigate a suspected incident of falsification.",
            CCR_7_601.short("81.B.1"),
        ),
    )
    TRAILS_SUSPENSION_REQUESTED = (
        "trails_suspension_requested",
        EventKindInfo(
            "The county department asks the state department to suspend the employee's Trails "
            "access.",
            CCR_7_601.short("81.B.1"),
        ),
    )
    FALSIFICATION_SUSPECTED = (
        "falsification_suspected",
        EventKindInfo(
            "The county department suspects that a child welfare record has been falsified.",
            CCR_7_601.short("81.B.2"),
        ),
    )
    EVIDENCE_PRESERVED = (
        "evidence_preserved",
        EventKindInfo(
            "Evidence that a child welfare record has been falsified is preserved.",
            CCR_7_601.short("81.B.2"),
        ),
    )
    FALSIFICATION_CONFIRMED = (
        "falsification_confirmed",
        EventKindInfo(
            "An incident of falsification is confirmed: after investigation, the county "
            "establishes it by a preponderance of the evidence (7.601.81.A ¶2).",
            CCR_7_601.short("81.D, E, F"),
        ),
    )
    DIVISION_NOTIFIED = (
        "division_notified",
        EventKindInfo(
            "The Division of Child Welfare is notified of a confirmed incident.",
            CCR_7_601.short("81.D"),
        ),
    )
    FALSIFICATION_REFERRED = (
        "falsification_referred",
        EventKindInfo(
            "A confirmed incident is referred to the appropriate law enforcement agency or the "
            "district attorney.",
            CCR_7_601.short("81.E"),
        ),
    )
    TRAILS_CORRECTED = (
        "trails_corrected",
        EventKindInfo(
            "The county department corrects the record in Trails.",
            CCR_7_601.short("81.F, F.2"),
        ),
    )
    COURT_PARTIES_NOTIFIED = (
        "court_parties_notified",
        EventKindInfo(
            "The court, parties to the case, their legal counsel, and the Guardian ad Litem are "
            "notified that a Trails record has been corrected.",
            CCR_7_601.short("81.F.2"),
        ),
    )
    CORRECTION_LETTERS_MAILED = (
        "correction_letters_mailed",
        EventKindInfo(
            "The state approved notification letters are mailed by first class U.S. mail (record "
            "the date the last letter is mailed).",
            CCR_7_601.short("81.F.1, F.2"),
        ),
    )
    # Child Protection Ombudsman case process
    CPO_CONTACT_RECEIVED = (
        "cpo_contact_received",
        EventKindInfo(
            "The Child Protection Ombudsman receives contact from a citizen (`channel`: phone or "
            "online). Record the local (America/Denver) date of receipt.",
            CPO_CASE_PROCESS.cite("1"),
            optional=("channel",),
        ),
    )
    CPO_INTAKE_COMPLETED = (
        "cpo_intake_completed",
        EventKindInfo(
            "Ombudsman staff complete the intake.",
            CPO_CASE_PROCESS.cite("1"),
        ),
    )
    CPO_CASE_RESOLVED = (
        "cpo_case_resolved",
        EventKindInfo(
            "The Ombudsman's case is resolved.",
            CPO_CASE_PROCESS.cite("3"),
        ),
    )
    CPO_CLIENT_INFORMED = (
        "cpo_client_informed",
        EventKindInfo(
            "The Client Services Analyst informs the client of the steps taken to address the "
            "issues and of the outcome of the case.",
            CPO_CASE_PROCESS.cite("3"),
        ),
    )

    @property
    def info(self) -> EventKindInfo:
        """What this kind means, where it comes from and which attributes it carries."""
        return self._info

    @property
    def description(self) -> str:
        """One sentence saying what the event is."""
        return self._info.description


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


def _check_value(name: str, value: Any) -> bool:
    kind = ATTRIBUTES[name]
    if kind is bool:
        return type(value) is bool
    return isinstance(value, str) and value in {m.value for m in kind}


EVENT_KINDS: Mapping[EventKind, EventKindInfo] = MappingProxyType({k: k.info for k in EventKind})
"""The documented meaning of every :class:`EventKind`, in declaration order."""


def attribute_value_ok(name: str, value: Any) -> bool:
    """Whether ``value`` is a valid value of the event attribute ``name``."""
    return name in ATTRIBUTES and _check_value(name, value)
