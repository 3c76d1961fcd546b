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
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, assert_never

from coregs._model import safe_validate
from coregs._options import Options, resolve_options
from coregs.calendar import BusinessCalendar
from coregs.compliance import Case, ComplianceReport, check_case
from coregs.eligibility._base.context import counted
from coregs.eligibility._base.options import (
    ALL_OPTIONS,
    RELINQUISHMENT_REMOVAL,
    RelinquishmentRemoval,
)
from coregs.eligibility._facts import FindingKind as F, IVEFacts, RemovalManner
from coregs.rules import RULEBOOK, EventKind as E, PlacementAuthority, RemovalAuthority, Rulebook
from coregs.rules.catalog import CCR_7_601, RE_PREVENT_REMOVAL_TRIGGER, RePreventRemovalTrigger

__all__ = ["IVE_RULEBOOK", "authorities", "iv_e_case", "iv_e_compliance"]

_SECTIONS = frozenset(CCR_7_601.short(n) for n in ("71", "72", "73"))  # "7.601.71", ...

IVE_RULEBOOK: Rulebook = RULEBOOK.filter(where=lambda r: r.section in _SECTIONS)
"""The rules of the funding sections (7.601.71-7.601.73) that compliance is checked against."""

_OTHER_STATE_RULEBOOK = IVE_RULEBOOK.without(
    *(r.id for r in IVE_RULEBOOK if r.section == CCR_7_601.short("71")),
    name=f"{RULEBOOK.name}, 7.601.72-73 only: another state determines Title IV-E "
    "eligibility (7.601.71.D.4.c)",
)
"""For a child whose residency is from another state: "that state is responsible for
determining Title IV-E eligibility" (D.4.c), so Colorado's time frames for it (the 45-day
determination, the redeterminations, the court's findings of 7.601.71) are not checked."""


def authorities(manner: RemovalManner) -> tuple[RemovalAuthority, PlacementAuthority]:
    """Who removed the child, and under what authority the child is placed, in the rules'
    vocabulary (:class:`~coregs.rules.RemovalAuthority`, :class:`~coregs.rules.PlacementAuthority`),
    for a removal of this manner.

    A relinquished child is removed by the court: the county "shall petition the court to
    judicially remove the child" (7.601.71.G).
    """
    match manner:
        case RemovalManner.COURT_ORDER | RemovalManner.RELINQUISHMENT:
            return RemovalAuthority.COURT_ORDER, PlacementAuthority.COURT_ORDER
        case RemovalManner.VOLUNTARY_PLACEMENT_AGREEMENT:
            return (
                RemovalAuthority.VOLUNTARY_PLACEMENT_AGREEMENT,
                PlacementAuthority.VOLUNTARY_PLACEMENT_AGREEMENT,
            )
        case RemovalManner.VOLUNTARY_SERVICES_AGREEMENT:
            return (
                RemovalAuthority.VOLUNTARY_SERVICES_AGREEMENT,
                PlacementAuthority.VOLUNTARY_SERVICES_AGREEMENT,
            )
        case _:  # pragma: no cover - mypy checks that every manner is mapped
            assert_never(manner)


FINDING_EVENTS: tuple[tuple[frozenset[F], E], ...] = (
    (frozenset((F.CONTRARY_TO_WELFARE, F.BEST_INTERESTS)), E.CTW_FINDING),
    (
        frozenset(
            (
                F.REASONABLE_EFFORTS_TO_PREVENT_REMOVAL,
                F.EMERGENCY_LACK_OF_SERVICES_REASONABLE,
                F.REASONABLE_EFFORTS_NOT_REQUIRED,
            )
        ),
        E.RE_PREVENT_REMOVAL_FINDING,
    ),
    (frozenset((F.ABUSE_OR_NEGLECT_ADJUDICATED,)), E.ADJUDICATION),
    (frozenset((F.CONTINUED_PLACEMENT_BEST_INTERESTS,)), E.BEST_INTERESTS_ORDER),
    (frozenset((F.CUSTODY_TO_COUNTY,)), E.CUSTODY_ORDER),
    (frozenset((F.REASONABLE_EFFORTS_TO_FINALIZE,)), E.PERMANENCY_RE_FINDING),
)
"""The event a court order's findings record on the case timeline, by finding kind."""


@dataclass(slots=True)
class _Timeline:
    """The events of the case, in the order they are added (ties on a date keep it)."""

    events: list[dict[str, Any]] = field(default_factory=list)

    def add(self, kind: E, day: date | None, **attrs: Any) -> None:
        if day is not None:
            self.events.append({"kind": kind, "date": day, **attrs})


def _first_removal_ruling(facts: IVEFacts) -> date | None:
    """The date of the first order stated to sanction the removal, if any."""
    return min((o.date for o in facts.court_orders if o.sanctions_removal), default=None)


def _judicial_removal_date(facts: IVEFacts) -> date | None:
    """The first ruling sanctioning the removal, if it comes while the child is in care: a
    ruling after the discharge removes no one from this stay."""
    ruling, discharged = _first_removal_ruling(facts), facts.removal.discharge_date
    if ruling is None or (discharged is not None and ruling > discharged):
        return None
    return ruling


def _removal_events(facts: IVEFacts, timeline: _Timeline, *, judicial: bool) -> None:
    """The removal and placement (each needs the manner), discharge, the agreement and its
    petition. With ``judicial`` (a relinquished child under option relinquishment_removal =
    first-court-order) the removal is the first ruling sanctioning it, as in a determination."""
    removal, add = facts.removal, timeline.add
    if removal.manner is not None:
        removed_by, placed_under = authorities(removal.manner)
        removed_on = _judicial_removal_date(facts) if judicial else removal.removal_date
        if removal.emergency is not None:
            add(E.REMOVAL, removed_on, emergency=removal.emergency, removed_by=removed_by)
        if facts.placements:
            add(E.PLACED_OUT_OF_HOME, facts.placements[0].start, authority=placed_under)
    add(E.DISCHARGED, removal.discharge_date)
    if removal.manner is RemovalManner.VOLUNTARY_PLACEMENT_AGREEMENT:
        add(E.VPA_SIGNED, removal.agreement_signed_on)
        add(E.PLACEMENT_REVIEW_PETITION_FILED, removal.petition_filed_on)
    elif removal.manner is RemovalManner.VOLUNTARY_SERVICES_AGREEMENT:
        add(E.FYIT_PETITION_FILED, removal.petition_filed_on)


def _court_events(facts: IVEFacts, timeline: _Timeline) -> None:
    """The first ruling sanctioning removal, and each finding an acceptable order records (what
    the court did, not what an unacceptable record says it did)."""
    timeline.add(E.FIRST_REMOVAL_RULING, _first_removal_ruling(facts))
    for index, order in enumerate(facts.court_orders):
        found = counted(index, order)
        if found:
            for kinds, kind in FINDING_EVENTS:
                if found & kinds:
                    timeline.add(kind, order.date)


def _county_events(facts: IVEFacts, timeline: _Timeline) -> None:
    """The county's determinations, redeterminations and candidacy determinations."""
    county, add = facts.county, timeline.add
    add(E.IVE_DETERMINATION, county.determined_on)
    add(E.GOOD_FAITH_EFFORTS_RECORDED, county.good_faith_efforts_recorded_on)
    for day in county.redetermined_on:
        add(E.IVE_REDETERMINATION, day)
    for day in facts.candidacy_determined_on:
        add(E.CANDIDACY_DETERMINATION, day)


def _ssi_appropriate(facts: IVEFacts) -> bool | None:
    """7.601.72.B: an application is appropriate when the child is believed to meet SSI criteria
    or is in the CHRP waiver; not when neither; otherwise unknown."""
    ssi = facts.ssi
    if ssi is None:
        return None
    if ssi.believed_eligible or ssi.chrp_waiver:
        return True
    if ssi.believed_eligible is False and ssi.chrp_waiver is False:
        return False
    return None


def _funding_events(facts: IVEFacts, timeline: _Timeline) -> None:
    """The SSI application, the Emergency Assistance case and its determination."""
    ssi, ea = facts.ssi, facts.emergency_assistance
    if ssi is not None:
        timeline.add(E.SSI_APPLICATION_BEGUN, ssi.application_begun_on)
    if ea is not None:
        timeline.add(E.CASE_OPENED, ea.case_opened_on)
        timeline.add(E.EA_ELIGIBILITY_DETERMINED, ea.determined_on)


def _judicial_removal(facts: IVEFacts, options: Options | None) -> bool:
    """Whether the child's removal is the court's: a relinquished child under option
    relinquishment_removal = first-court-order (7.601.71.G; 45 CFR 1356.21(k)); ``None``: the
    defaults."""
    if facts.removal.manner is not RemovalManner.RELINQUISHMENT:
        return False
    if options is None:  # the default reading
        return RELINQUISHMENT_REMOVAL.default == RelinquishmentRemoval.FIRST_COURT_ORDER
    return RELINQUISHMENT_REMOVAL.read(options) is RelinquishmentRemoval.FIRST_COURT_ORDER


def iv_e_case(
    facts: IVEFacts | Mapping[str, Any], *, options: Mapping[str, str] | Options | None = None
) -> Case:
    """The facts as a compliance :class:`~coregs.Case` timeline.

    A finding becomes an event only when its order is documented acceptably and worded for the
    child (what the court did, not what a nunc pro tunc order says it did). The removal needs
    ``removal.emergency`` and the placement ``removal.manner``; without them those events are
    left out, and the rules they start are reported as not triggered. For a relinquished child
    the removal is dated as a determination dates it (option ``relinquishment_removal``: by
    default the first ruling sanctioning it, and none before the court rules).
    """
    if not isinstance(facts, IVEFacts):
        facts = safe_validate(IVEFacts, facts)
    if options is not None and not isinstance(options, Options):
        options = resolve_options(ALL_OPTIONS, options)
    timeline = _Timeline()
    _removal_events(facts, timeline, judicial=_judicial_removal(facts, options))
    _court_events(facts, timeline)
    _county_events(facts, timeline)
    _funding_events(facts, timeline)
    return Case.parse(
        {
            "case_ref": facts.case_ref,
            "ssi_application_appropriate": _ssi_appropriate(facts),
            "emergency_assistance_applies": facts.emergency_assistance is not None,
            "events": timeline.events,
        }
    )


def _sixty_days_from_the_removal(options: Options | None) -> Options:
    """``options`` with B.3 counted from the removal: for a relinquished child whose removal is
    the first ruling sanctioning it, a determination counts the sixty days from that ruling
    whatever re_prevent_removal_trigger says (option relinquishment_removal)."""
    carried = {c.name: c.value for c in options.set_by_caller()} if options is not None else {}
    carried[RE_PREVENT_REMOVAL_TRIGGER.name] = RePreventRemovalTrigger.REMOVAL.value
    return resolve_options(ALL_OPTIONS, carried)


def iv_e_compliance(
    facts: IVEFacts | Mapping[str, Any],
    *,
    as_of: date,
    calendar: BusinessCalendar | None = None,
    options: Mapping[str, str] | Options | None = None,
    due_soon_days: int = 7,
    effective: Literal["strict", "lenient"] = "strict",
) -> ComplianceReport:
    """The compliance findings of 7.601.71-7.601.73 for these facts, as of ``as_of``.

    Args and raises as for :func:`coregs.check_case` (which this calls with
    :data:`IVE_RULEBOOK`); ``options`` may name any option of
    :data:`~coregs.eligibility.ALL_OPTIONS`, so the same overrides go to a determination and to
    this check: those the rules do not read are recorded as not used. For a child whose
    residency is from another state, which determines Title IV-E eligibility (7.601.71.D.4.c),
    only 7.601.72-73 are checked: Colorado sets none of 7.601.71's time frames for that child,
    and the report's rulebook says so. For a relinquished child whose removal is the court's
    (option ``relinquishment_removal``, the default), B.3's sixty days count from that removal
    as in a determination, and the report's options record ``re_prevent_removal_trigger =
    removal``.
    """
    if not isinstance(facts, IVEFacts):
        facts = safe_validate(IVEFacts, facts)
    if options is not None and not isinstance(options, Options):
        options = resolve_options(ALL_OPTIONS, options)  # any option's name: one set for all
    case = iv_e_case(facts, options=options)
    if _judicial_removal(facts, options):
        options = _sixty_days_from_the_removal(options)
    other_state = facts.child.colorado_resident is False
    return check_case(
        case,
        as_of=as_of,
        rulebook=_OTHER_STATE_RULEBOOK if other_state else IVE_RULEBOOK,
        calendar=calendar,
        options=options,
        due_soon_days=due_soon_days,
        effective=effective,
    )
