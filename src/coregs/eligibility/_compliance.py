"""Compliance dates alongside eligibility, never mixed into it.

The time frames of 7.601.71-7.601.73 (determine within 45 days of placement, unless good faith
efforts are recorded; redetermine every 12 months; the court's findings by their dates; the
petition before a voluntary placement passes 90 days; begin an SSI application within 45 days;
determine Emergency Assistance within 30 business days) are rules of the catalog
(:data:`coregs.RULEBOOK`). Rather than compute them a second time, the facts are turned into a
case timeline (:func:`iv_e_case`) and checked by the compliance evaluator
(:func:`coregs.check_case`) against the rules of those sections: one finding per occurrence,
met on time, late, pending, overdue or excused, each with its quote.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Literal

from coregs._model import safe_validate
from coregs.calendar import BusinessCalendar
from coregs.compliance import Case, ComplianceReport, check_case
from coregs.eligibility._base.context import validity
from coregs.eligibility._base.outcome import Outcome
from coregs.eligibility._facts import FindingKind as F, IVEFacts, RemovalManner
from coregs.rules import RULEBOOK, Rulebook

__all__ = ["IVE_RULEBOOK", "iv_e_case", "iv_e_compliance"]

IVE_RULEBOOK: Rulebook = RULEBOOK.filter(
    where=lambda r: r.section in ("7.601.71", "7.601.72", "7.601.73")
)
"""The rules of the funding sections (7.601.71-7.601.73) that compliance is checked against."""

_AUTHORITY = {
    RemovalManner.COURT_ORDER: "court_order",
    RemovalManner.RELINQUISHMENT: "court_order",
    RemovalManner.VOLUNTARY_PLACEMENT_AGREEMENT: "voluntary_placement_agreement",
    RemovalManner.VOLUNTARY_SERVICES_AGREEMENT: "voluntary_services_agreement",
}
_FINDING_EVENTS = (
    ((F.CONTRARY_TO_WELFARE, F.BEST_INTERESTS), "ctw_finding"),
    (
        (
            F.REASONABLE_EFFORTS_TO_PREVENT_REMOVAL,
            F.EMERGENCY_LACK_OF_SERVICES_REASONABLE,
            F.REASONABLE_EFFORTS_NOT_REQUIRED,
        ),
        "re_prevent_removal_finding",
    ),
    ((F.ABUSE_OR_NEGLECT_ADJUDICATED,), "adjudication"),
    ((F.CONTINUED_PLACEMENT_BEST_INTERESTS,), "best_interests_order"),
    ((F.CUSTODY_TO_COUNTY,), "custody_order"),
    ((F.REASONABLE_EFFORTS_TO_FINALIZE,), "permanency_re_finding"),
)


def iv_e_case(facts: IVEFacts | Mapping[str, Any]) -> Case:
    """The facts as a compliance :class:`~coregs.Case` timeline.

    A finding becomes an event only when its order is documented acceptably and worded for the
    child (what the court did, not what a nunc pro tunc order says it did). The removal needs
    ``removal.emergency`` and the placement ``removal.manner``; without them those events are
    left out, and the rules they start are reported as not triggered.
    """
    if not isinstance(facts, IVEFacts):
        facts = safe_validate(IVEFacts, facts)
    removal = facts.removal
    events: list[dict[str, Any]] = []

    def add(kind: str, day: date | None, **attrs: Any) -> None:
        if day is not None:
            events.append({"kind": kind, "date": day, **attrs})

    authority = _AUTHORITY.get(removal.manner) if removal.manner else None
    if removal.emergency is not None and authority is not None:
        add("removal", removal.removal_date, emergency=removal.emergency, removed_by=authority)
    if facts.placements and authority is not None:
        add("placed_out_of_home", facts.placements[0].start, authority=authority)
    add("discharged", removal.discharge_date)
    if removal.manner is RemovalManner.VOLUNTARY_PLACEMENT_AGREEMENT:
        add("vpa_signed", removal.agreement_signed_on)
        add("placement_review_petition_filed", removal.petition_filed_on)
    elif removal.manner is RemovalManner.VOLUNTARY_SERVICES_AGREEMENT:
        add("fyit_petition_filed", removal.petition_filed_on)
    orders = sorted(facts.court_orders, key=lambda o: o.date)
    first = next((o for o in orders if o.sanctions_removal), None)
    if first is not None:
        add("first_removal_ruling", first.date)
    for index, order in enumerate(facts.court_orders):
        if validity(index, order)[0] is not Outcome.MET:
            continue  # what the court did, not what an unacceptable record says it did
        for kinds, kind in _FINDING_EVENTS:
            if order.findings & frozenset(kinds):
                add(kind, order.date)
    county = facts.county
    add("ive_determination", county.determined_on)
    add("good_faith_efforts_recorded", county.good_faith_efforts_recorded_on)
    for day in county.redetermined_on:
        add("ive_redetermination", day)
    for day in facts.candidacy_determined_on:
        add("candidacy_determination", day)
    ssi, ea = facts.ssi, facts.emergency_assistance
    appropriate = None
    if ssi is not None:
        add("ssi_application_begun", ssi.application_begun_on)
        if ssi.believed_eligible or ssi.chrp_waiver:
            appropriate = True
        elif ssi.believed_eligible is False and ssi.chrp_waiver is False:
            appropriate = False
    if ea is not None:
        add("case_opened", ea.case_opened_on)
        add("ea_eligibility_determined", ea.determined_on)
    return Case.parse(
        {
            "case_ref": facts.case_ref,
            "ssi_application_appropriate": appropriate,
            "emergency_assistance_applies": ea is not None,
            "events": events,
        }
    )


def iv_e_compliance(
    facts: IVEFacts | Mapping[str, Any],
    *,
    as_of: date,
    calendar: BusinessCalendar | None = None,
    options: Mapping[str, str] | None = None,
    due_soon_days: int = 7,
    effective: Literal["strict", "lenient"] = "strict",
) -> ComplianceReport:
    """The compliance findings of 7.601.71-7.601.73 for these facts, as of ``as_of``.

    Args and raises as for :func:`coregs.check_case` (which this calls with
    :data:`IVE_RULEBOOK`); ``options`` are the catalog's interpretation options.
    """
    return check_case(
        iv_e_case(facts),
        as_of=as_of,
        rulebook=IVE_RULEBOOK,
        calendar=calendar,
        options=options,
        due_soon_days=due_soon_days,
        effective=effective,
    )
