"""What every criterion reads: the facts as of the evaluation date, and the dates derived once.

Facts dated after ``as_of`` are not yet known and are set aside here, once (:func:`known_on`):
court orders made later, placements that start later, a licence that takes effect later, an
end, a petition, a completion or a county act dated later. The derived dates (the placement
date, the date court proceedings were initiated, the AFDC eligibility month) are computed here
so that each criterion reads them the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from functools import lru_cache, wraps
from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel

from coregs._errors import InputError, OutOfRangeError
from coregs._model import FIRST_DATE, LAST_DATE
from coregs._options import Options, checked_overrides, resolve_options
from coregs.eligibility._base.options import ALL_OPTIONS, DETERMINATION_READS, Readings
from coregs.eligibility._base.outcome import MET, NOT_MET, UNKNOWN, Outcome
from coregs.eligibility._base.parameters import AFDC_DAY, NEED_STANDARD, NeedStandard
from coregs.eligibility._facts import (
    CountyActions,
    CourtOrder,
    Documentation,
    EmergencyAssistanceFacts,
    FindingKind,
    IVEFacts,
    Placement,
    RemovalManner,
    Wording,
)
from coregs.periods import Month

__all__ = [
    "Context",
    "CourtFinding",
    "build_context",
    "counted",
    "fyit_participation",
    "known_on",
    "per_options",
    "recorded",
    "resolve_ive_options",
    "validity",
]

_VOLUNTARY = (
    RemovalManner.VOLUNTARY_PLACEMENT_AGREEMENT,
    RemovalManner.VOLUNTARY_SERVICES_AGREEMENT,
)
_ONE_DAY = timedelta(days=1)
_SHIPPED_NEED_STANDARD = NEED_STANDARD.at(AFDC_DAY)


class CourtFinding(NamedTuple):
    """A finding recorded by a court order, and whether it counts (not a compliance finding,
    :class:`coregs.compliance.Finding`).

    ``valid`` is met when the order is documented acceptably (signed order or transcript) and
    worded for this child; not met when either disqualifies it; unknown otherwise, with
    ``missing`` naming the facts that would settle it.
    """

    order: int
    date: date
    valid: Outcome
    problem: str
    missing: tuple[str, ...]


def validity(index: int, order: CourtOrder) -> tuple[Outcome, str, tuple[str, ...]]:
    """Whether the findings of ``court_orders[index]`` count, as the order is documented and
    worded: acceptably documented (signed order or transcript) and worded for this child; the
    problem in words; the facts missing. A finding with its own documentation or wording
    (:class:`~coregs.eligibility.OrderFinding`) is judged by :func:`recorded`."""
    return _validity(None, index, order.documentation, order.wording)


_COUNTS = (MET, "", ())
_ACCEPTABLE = frozenset(d for d in Documentation if d.acceptable)


def _validity(
    what: str | None, index: int, doc: Documentation | None, wording: Wording | None
) -> tuple[Outcome, str, tuple[str, ...]]:
    """As :func:`validity`; ``what`` names the finding in a problem (default: the order)."""
    if doc in _ACCEPTABLE and wording is Wording.CASE_SPECIFIC:  # the usual order: no words
        return _COUNTS
    what = what or f"court_orders[{index}]"
    if doc is not None and not doc.acceptable:
        return (
            NOT_MET,
            f"{what} is documented by {doc.value.replace('_', ' ')}, which is "
            "not acceptable verification (7.601.71.B.2 ¶2, B.3 ¶2)",
            (),
        )
    if wording is not None and wording is not Wording.CASE_SPECIFIC:
        why = (
            "is qualified as made for funding purposes only, so no bona fide determination was "
            "made (CWPM 8.3A.9c)"
            if wording is Wording.FUNDING_PURPOSES_ONLY
            else "only references state law, which is not acceptable (45 CFR 1356.21(d)(3))"
        )
        return NOT_MET, f"{what} {why}", ()
    missing = tuple(
        f"court_orders[{index}].{name}"
        for name, value in (("documentation", doc), ("wording", wording))
        if value is None
    )
    if missing:
        return (
            UNKNOWN,
            f"{what}: how the finding is documented or worded is not stated",
            missing,
        )
    return _COUNTS


def counted(index: int, order: CourtOrder) -> frozenset[FindingKind]:
    """The kinds of finding ``court_orders[index]`` records that count (acceptably documented,
    worded for this child): what the court did, not what an unacceptable record says it did."""
    if not order.separate_findings:
        found = order.findings
        return found if found and validity(index, order)[0] is MET else frozenset()
    return frozenset(k for f, kinds in recorded(index, order) if f.valid is MET for k in kinds)


def recorded(index: int, order: CourtOrder) -> list[tuple[CourtFinding, frozenset[FindingKind]]]:
    """The findings of ``court_orders[index]``, grouped by how they are documented and worded,
    each group with whether it counts: one group when every finding is documented and worded as
    the order is; more when some are proven otherwise (a transcript for one finding of the
    hearing, "for funding purposes only" on another). Each required determination is verified
    on its own (45 CFR 1356.21(d)(1))."""
    if not order.separate_findings:  # the usual order: one group, documented as the order is
        return [(CourtFinding(index, order.date, *validity(index, order)), order.findings)]
    own = (order.documentation, order.wording)
    groups: dict[tuple[Documentation | None, Wording | None], set[FindingKind]] = {}
    if order.findings:
        groups[own] = set(order.findings)
    for f in order.separate_findings:
        key = (f.documentation or order.documentation, f.wording or order.wording)
        groups.setdefault(key, set()).add(f.kind)
    out = []
    for (doc, wording), kinds in sorted(groups.items(), key=lambda g: sorted(g[1])):
        what = None
        if (doc, wording) != own:
            words = " and ".join(sorted(k.value.replace("_", " ") for k in kinds))
            what = f"the {words} finding of court_orders[{index}]"
        valid = CourtFinding(index, order.date, *_validity(what, index, doc, wording))
        out.append((valid, frozenset(kinds)))
    return out


_M = TypeVar("_M", bound=BaseModel)
_T = TypeVar("_T")


def _until(day: date | None, as_of: date) -> date | None:
    """A date that may lie ahead: known on ``as_of`` only if it is not after it."""
    return day if day is not None and day <= as_of else None


def _dates_until(days: tuple[date, ...], as_of: date) -> tuple[date, ...]:
    """The dates of ``days`` known on ``as_of``: ``days`` itself when all are (most often)."""
    if not days or max(days) <= as_of:
        return days
    return tuple(d for d in days if d <= as_of)


def _updated(model: _M, **values: Any) -> _M:
    """``model`` with ``values``, copied only when one differs (most facts lie in the past)."""
    for name, value in values.items():
        old = getattr(model, name)
        # the same object, most often: pydantic's == on models compares every field
        if old is not value and old != value:
            return model.model_copy(update=values)
    return model


def _placement_on(p: Placement, as_of: date) -> Placement:
    if (p.end is None or p.end <= as_of) and (not p.licensing or p.licensing[-1].since <= as_of):
        return p  # nothing after as_of (licensing is validated in date order)
    return _updated(
        p,
        end=_until(p.end, as_of),
        licensing=tuple(entry for entry in p.licensing if entry.since <= as_of),
    )


def _county_on(c: CountyActions, as_of: date) -> CountyActions:
    return _updated(
        c,
        determined_on=_until(c.determined_on, as_of),
        good_faith_efforts_recorded_on=_until(c.good_faith_efforts_recorded_on, as_of),
        redetermined_on=_dates_until(c.redetermined_on, as_of),
        child_support_referral_on=_until(c.child_support_referral_on, as_of),
    )


def _ea_on(ea: EmergencyAssistanceFacts, as_of: date) -> EmergencyAssistanceFacts:
    dated = ("case_opened_on", "application_initiated_on", "determined_on")
    return _updated(ea, **{name: _until(getattr(ea, name), as_of) for name in dated})


def known_on(facts: IVEFacts, as_of: date) -> IVEFacts:
    """``facts`` as known on ``as_of``: what is dated after it set aside.

    Placements and trial home visits that start later are dropped (they are in date order, so
    the others keep their index); an end, a licence status, a petition, a discharge, a school
    completion, a county act, an SSI application or an Emergency Assistance date after
    ``as_of`` is not yet known (an end or a petition not yet: the placement goes on, no petition
    is filed). Court orders are kept with their index and read through
    :attr:`Context.orders`. The removal date, the agreement's signature and the removal
    home's facts describe what had happened and are kept as stated. Nothing is copied that
    does not change.
    """
    removal, child, ssi, ea = facts.removal, facts.child, facts.ssi, facts.emergency_assistance
    edu = child.education
    return _updated(
        facts,
        removal=_updated(
            removal,
            petition_filed_on=_until(removal.petition_filed_on, as_of),
            discharge_date=_until(removal.discharge_date, as_of),
        ),
        child=child
        if edu is None
        else _updated(child, education=_updated(edu, completed_on=_until(edu.completed_on, as_of))),
        placements=tuple(_placement_on(p, as_of) for p in facts.placements if p.start <= as_of),
        trial_home_visits=tuple(
            _updated(v, end=_until(v.end, as_of))
            for v in facts.trial_home_visits
            if v.start <= as_of
        ),
        county=_county_on(facts.county, as_of),
        ssi=None
        if ssi is None
        else _updated(ssi, application_begun_on=_until(ssi.application_begun_on, as_of)),
        emergency_assistance=None if ea is None else _ea_on(ea, as_of),
        candidacy_determined_on=_dates_until(facts.candidacy_determined_on, as_of),
    )


def fyit_participation(facts: IVEFacts) -> tuple[Outcome, tuple[str, ...]]:
    """Whether the youth participates in the foster youth in transition program (D.2.e,
    D.4.a(i), J.5, K.3), and the facts that would settle it when unknown.

    A voluntary services agreement is "entered into by a youth who is participating in the
    foster youth in transition program" (B.1.b): under one, the youth participates whatever
    ``child.fyit_participant`` says. Otherwise that fact decides, and it is only "not
    participating" when the manner of removal is known not to be such an agreement.
    """
    youth, manner = facts.child.fyit_participant, facts.removal.manner
    if youth or manner is RemovalManner.VOLUNTARY_SERVICES_AGREEMENT:
        return MET, ()
    if youth is False and manner is not None:
        return NOT_MET, ()
    missing = ("child.fyit_participant",) if youth is None else ()
    return UNKNOWN, missing + (("removal.manner",) if manner is None else ())


class Context(NamedTuple):
    """The facts as of ``as_of``, with the derived dates every criterion shares (a
    ``NamedTuple``: built once a determination, it costs a third of a frozen dataclass, whose
    ``__init__`` sets each of its sixteen fields through ``object.__setattr__``).

    Attributes:
        facts: the validated facts.
        as_of: the evaluation date.
        options: the interpretation options in force, as recorded on the result.
        readings: the same, each resolved once into its enum member (what criteria branch on).
        need_standard: the AFDC need standard table.
        manner: the removal's manner, or ``None`` if unknown.
        orders: court orders dated on or before ``as_of``, as ``(index, order)`` in date order.
        checked: the same orders with findings, each checked once for whether it counts.
        placements: placements starting on or before ``as_of``, as ``(index, placement)``.
        start: the first day of placement (7.601.71.A.3.a), or ``None``.
        stop: the first day not evaluated: the discharge date or the day after ``as_of``.
        proceedings: the date court proceedings were initiated or the agreement was signed.
        proceedings_missing: when that date is unknown, the facts that would settle it.
        eligibility_month: the AFDC eligibility month (7.601.71.D ¶1), or ``None``.
        fyit: whether the youth participates in the foster youth in transition program
            (:func:`fyit_participation`); ``fyit_missing`` the facts that would settle it.
    """

    facts: IVEFacts
    as_of: date
    options: Options
    readings: Readings
    need_standard: NeedStandard
    manner: RemovalManner | None
    orders: tuple[tuple[int, CourtOrder], ...]
    checked: tuple[tuple[CourtFinding, frozenset[FindingKind]], ...]
    placements: tuple[tuple[int, Placement], ...]
    start: date | None
    stop: date
    proceedings: date | None
    proceedings_missing: tuple[str, ...]
    eligibility_month: Month | None
    fyit: Outcome
    fyit_missing: tuple[str, ...]

    @property
    def voluntary(self) -> bool:
        """Removed by a voluntary placement or services agreement."""
        return self.manner in _VOLUNTARY

    def findings(self, *kinds: FindingKind) -> list[CourtFinding]:
        """Each order recording any of ``kinds``, in date order, with whether it counts."""
        return [f for f, found in self.checked if not found.isdisjoint(kinds)]


def per_options(derive: Callable[[Options], _T]) -> Callable[[Options], _T]:
    """``derive`` cached by the value of its :class:`~coregs.Options` (``lru_cache``), and the
    ``Options`` object it saw last recognised by identity, unhashed.

    Hashing an ``Options`` value (pydantic's hash of twenty-odd choices) costs about 3 µs, and
    a determination looks two derivations up: at the 5,000 determinations a second of
    ``benchmarks/bench_eligibility.py`` that is 3 %. Callers resolve their options once and
    pass the same object to every evaluation (``resolve_ive_options`` caches them too), so the
    identity check is what answers. The last pair is held whole, so its ``id`` cannot be
    reused while it is compared, and replaced in one assignment (safe across threads).
    """
    by_value = lru_cache(maxsize=64)(derive)
    last: tuple[Options, _T] | None = None

    @wraps(derive)
    def lookup(options: Options) -> _T:
        nonlocal last
        seen = last
        if seen is not None and seen[0] is options:
            return seen[1]
        value = by_value(options)
        last = (options, value)
        return value

    return lookup


@per_options
def _readings(options: Options) -> Readings:
    return Readings.of(options)


@lru_cache(maxsize=64)
def _resolve(overrides: Options | frozenset[tuple[str, str]], reads: frozenset[str]) -> Options:
    given = overrides if isinstance(overrides, Options) else dict(overrides)
    return resolve_options(ALL_OPTIONS, given, used=reads)


def resolve_ive_options(
    overrides: Mapping[str, str] | Options | None, reads: frozenset[str] = DETERMINATION_READS
) -> Options:
    """The options an evaluation reads (``reads``): defaults plus ``overrides``, checked by name
    and choice against every option coregs declares (:data:`ALL_OPTIONS`); an override of an
    option it does not read is recorded as not used."""
    key = (
        overrides
        if isinstance(overrides, Options)
        else frozenset(checked_overrides(overrides).items())
    )
    return _resolve(key, reads)


def _proceedings_initiated(
    petition: date | None, orders: tuple[tuple[int, CourtOrder], ...]
) -> tuple[date | None, tuple[str, ...]]:
    """A.3.c: the earlier of the petition and the first ruling sanctioning the removal; or,
    when an earlier order's role is unknown, ``None`` and the facts that would settle it."""
    best = petition
    for index, order in orders:
        if best is not None and order.date >= best:
            break
        if order.sanctions_removal:
            return order.date, ()
        if order.sanctions_removal is None:
            return None, (f"court_orders[{index}].sanctions_removal",)
    if best is None:
        return None, ("removal.petition_filed_on",)
    return best, ()


def build_context(
    facts: IVEFacts, as_of: date, options: Options, need_standard: NeedStandard | None
) -> Context:
    """The shared view of ``facts`` as of ``as_of`` (what is dated after it set aside), with the
    caller's need standard or the shipped one (the parameter's value on July 16, 1996)."""
    if not FIRST_DATE <= as_of <= LAST_DATE:  # facts are dated in these years too
        raise OutOfRangeError("as_of", "expected a date in years 1900-2199")
    facts = known_on(facts, as_of)
    orders = tuple(
        sorted(
            ((i, o) for i, o in enumerate(facts.court_orders) if o.date <= as_of),
            key=lambda pair: (pair[1].date, pair[0]),
        )
    )
    placements = tuple(enumerate(facts.placements))
    start = placements[0][1].start if placements else None
    removal = facts.removal
    if need_standard is not None and not isinstance(need_standard, NeedStandard):
        raise InputError("need_standard", "expected a NeedStandard")
    stop = as_of + _ONE_DAY
    if removal.discharge_date is not None and removal.discharge_date < stop:
        stop = removal.discharge_date
    manner = removal.manner
    proceedings: date | None
    if manner in _VOLUNTARY:
        proceedings = removal.agreement_signed_on
        unsettled: tuple[str, ...] = () if proceedings else ("removal.agreement_signed_on",)
    else:
        proceedings, unsettled = _proceedings_initiated(removal.petition_filed_on, orders)
    fyit, fyit_missing = fyit_participation(facts)
    readings = _readings(options)
    checked: list[tuple[CourtFinding, frozenset[FindingKind]]] = []
    for index, order in orders:
        if order.findings or order.separate_findings:
            checked += recorded(index, order)
    return Context(
        facts=facts,
        as_of=as_of,
        options=options,
        readings=readings,
        checked=tuple(checked),
        need_standard=need_standard or _SHIPPED_NEED_STANDARD,
        manner=manner,
        orders=orders,
        placements=placements,
        start=start,
        stop=stop,
        proceedings=proceedings,
        proceedings_missing=unsettled,
        eligibility_month=Month.of(proceedings) if proceedings is not None else None,
        fyit=fyit,
        fyit_missing=fyit_missing,
    )
