"""What every criterion reads: the facts as of the evaluation date, and the dates derived once.

Facts dated after ``as_of`` are not yet known and are set aside here, once: court orders made
later, placements that start later. The derived dates (the placement date, the date court
proceedings were initiated, the AFDC eligibility month) are computed here so that each
criterion reads them the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from coregs._errors import InputError, OutOfRangeError
from coregs._model import FIRST_DATE, LAST_DATE
from coregs._options import Options, checked_overrides, resolve_options
from coregs.eligibility._base.options import IVE_OPTIONS, Readings
from coregs.eligibility._base.outcome import Outcome
from coregs.eligibility._base.parameters import AFDC_DAY, NEED_STANDARD, NeedStandard
from coregs.eligibility._facts import (
    CourtOrder,
    Documentation,
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
    return _validity(f"court_orders[{index}]", index, order.documentation, order.wording)


def _validity(
    what: str, index: int, doc: Documentation | None, wording: Wording | None
) -> tuple[Outcome, str, tuple[str, ...]]:
    if doc is not None and not doc.acceptable:
        return (
            Outcome.NOT_MET,
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
        return Outcome.NOT_MET, f"{what} {why}", ()
    missing = tuple(
        f"court_orders[{index}].{name}"
        for name, value in (("documentation", doc), ("wording", wording))
        if value is None
    )
    if missing:
        return (
            Outcome.UNKNOWN,
            f"{what}: how the finding is documented or worded is not stated",
            missing,
        )
    return Outcome.MET, "", ()


def counted(index: int, order: CourtOrder) -> frozenset[FindingKind]:
    """The kinds of finding ``court_orders[index]`` records that count (acceptably documented,
    worded for this child): what the court did, not what an unacceptable record says it did."""
    if not order.separate_findings:
        found = order.findings
        return found if found and validity(index, order)[0] is Outcome.MET else frozenset()
    return frozenset(
        k for f, kinds in recorded(index, order) if f.valid is Outcome.MET for k in kinds
    )


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
        what = f"court_orders[{index}]"
        if (doc, wording) != own:
            words = " and ".join(sorted(k.value.replace("_", " ") for k in kinds))
            what = f"the {words} finding of {what}"
        valid = CourtFinding(index, order.date, *_validity(what, index, doc, wording))
        out.append((valid, frozenset(kinds)))
    return out


@dataclass(frozen=True, slots=True)
class Context:
    """The facts as of ``as_of``, with the derived dates every criterion shares.

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

    @property
    def voluntary(self) -> bool:
        """Removed by a voluntary placement or services agreement."""
        return self.manner in _VOLUNTARY

    def findings(self, *kinds: FindingKind) -> list[CourtFinding]:
        """Each order recording any of ``kinds``, in date order, with whether it counts."""
        wanted = frozenset(kinds)
        return [f for f, found in self.checked if wanted & found]

    def first_valid(self, *kinds: FindingKind, by: date | None = None) -> CourtFinding | None:
        """The earliest counting finding of ``kinds`` (dated on or before ``by``, if given)."""
        for f in self.findings(*kinds):
            if by is not None and f.date > by:
                break
            if f.valid is Outcome.MET:
                return f
        return None


@lru_cache(maxsize=64)
def _resolve(items: frozenset[tuple[str, str]]) -> tuple[Options, Readings]:
    options = resolve_options(IVE_OPTIONS, dict(items))
    return options, Readings.of(options)


def _resolved(overrides: Mapping[str, str] | Options | None) -> tuple[Options, Readings]:
    if isinstance(overrides, Options):  # its overrides alone resolve to it again
        overrides = {
            c.name: c.value for c in overrides.chosen if not c.is_default and c.name in _NAMES
        }
    return _resolve(frozenset(checked_overrides(overrides).items()))


def resolve_ive_options(overrides: Mapping[str, str] | Options | None) -> Options:
    """The evaluator's options: defaults plus ``overrides`` (validated by name and choice)."""
    return _resolved(overrides)[0]


_NAMES = frozenset(o.name for o in IVE_OPTIONS)


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
    """The shared view of ``facts`` as of ``as_of``, with the caller's need standard or the
    shipped one (the parameter's value on July 16, 1996)."""
    orders = tuple(
        sorted(
            ((i, o) for i, o in enumerate(facts.court_orders) if o.date <= as_of),
            key=lambda pair: (pair[1].date, pair[0]),
        )
    )
    checked: list[tuple[CourtFinding, frozenset[FindingKind]]] = []
    for index, order in orders:
        if order.findings or order.separate_findings:
            checked += recorded(index, order)
    placements = tuple((i, p) for i, p in enumerate(facts.placements) if p.start <= as_of)
    start = placements[0][1].start if placements else None
    removal = facts.removal
    if need_standard is not None and not isinstance(need_standard, NeedStandard):
        raise InputError("need_standard", "expected a NeedStandard")
    if not FIRST_DATE <= as_of <= LAST_DATE:  # facts are dated in these years too
        raise OutOfRangeError("as_of", "expected a date in years 1900-2199")
    stop = as_of + _ONE_DAY
    if removal.discharge_date is not None and removal.discharge_date < stop:
        stop = removal.discharge_date
    manner = removal.manner
    proceedings: date | None
    if manner in _VOLUNTARY:
        proceedings = removal.agreement_signed_on
        unsettled: tuple[str, ...] = () if proceedings else ("removal.agreement_signed_on",)
    else:
        petition = removal.petition_filed_on
        proceedings, unsettled = _proceedings_initiated(
            petition if petition is not None and petition <= as_of else None, orders
        )
    return Context(
        facts=facts,
        as_of=as_of,
        options=options,
        readings=_resolved(options)[1],
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
    )
