"""7.601.71.A.3.b, C and L: the provider, and which costs of an eligible child are claimable.

Placement costs are claimable only with a Title IV-E eligible provider: fully licensed or fully
certified (C ¶1, L), from "the first day of the month in which all the Title IV-E provider
eligibility criteria are met" (A.3.b), never while provisional (C ¶2, L ¶2) or in a facility
that is not a Title IV-E facility such as detention (C ¶4); a youth of 18 or older in supervised
independent living is claimable (C ¶5). Administrative costs follow the same line, with two
exceptions: a relative pursuing full certification, for up to six months (C ¶3), and the
calendar month in which a child moves from a non-Title IV-E facility to a claimable one (C ¶4).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, timedelta

from coregs.eligibility._context import Context
from coregs.eligibility._facts import LicenceStatus, Placement, Setting
from coregs.eligibility._outcome import Criterion, Outcome
from coregs.eligibility._spec import CriterionSpec
from coregs.eligibility._track import Piece
from coregs.periods import Month, add_months

__all__ = ["ADMIN_EXCEPTIONS", "PROVIDER", "Providers"]

_IVE = "12 CCR 2509-7.601.71"

PROVIDER = CriterionSpec(
    id="provider",
    citation=f"{_IVE}.C; L; A.3.b",
    title="A Title IV-E eligible provider",
    quote="For the placement costs of a Title IV-E eligible child/youth to be claimable through "
    "Title IV-E funding the provider must be a Title IV-E eligible provider. An out-of-home "
    "provider must be fully licensed or fully certified to be a Title IV-E eligible provider.",
    note="A.3.b: 'The date of eligibility of the placement for reimbursements through Title "
    "IV-E is the first day of the month in which all the Title IV-E provider eligibility "
    "criteria are met' (option provider_claim_start). L ¶2: 'Effective September 1, 2000, "
    "provisionally licensed or provisionally certified out-of-home care providers will not be "
    "claimable placements'. C ¶5: supervised independent living at 18 or older is claimable.",
)

ADMIN_EXCEPTIONS = CriterionSpec(
    id="administrative-costs",
    citation=f"{_IVE}.C ¶3-4",
    title="Administrative costs outside a claimable placement",
    quote="Administrative costs for an otherwise Title IV-E eligible child who is placed in "
    "less than fully licensed or fully certified out-of-home care placements are not claimable "
    "through Title IV-E funding, except when the child/YOUTH is placed with a relative and the "
    "relative is pursuing full foster care certification. Administrative costs can be claimed "
    "for up to six months while the child/youth remains in placement with a provisionally "
    "certified relative provider.",
    note="C ¶4: 'Administrative costs are not claimable through Title IV-E funding for "
    "children/YOUTH who are placed in facilities that are not Title IV-E eligible facilities, "
    "such as a detention placement, except for the calendar month in which a child moves from "
    "a facility that is not eligible for Title IV-E funding to a Title IV-E claimable "
    "out-of-home care facility.' Option provisional_relative_admin_window; option "
    "trial_home_visit_admin.",
)

_NON_IVE = (Setting.DETENTION, Setting.OTHER_NON_IVE_FACILITY)


@dataclass(frozen=True, slots=True)
class _Day:
    """The provider side of one day: is the placement claimable, and does an administrative
    exception apply."""

    provider: Piece
    exception: Piece


class Providers:
    """The stay's placements and trial home visits, looked up by day."""

    __slots__ = ("_adult_from", "_ctx", "_starts", "_visits")

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._starts = [p.start for _, p in ctx.placements]
        self._visits = [(v.start, v.end) for v in ctx.facts.trial_home_visits]
        born = ctx.facts.child.birth_date
        self._adult_from = add_months(born, 216) if born is not None else None

    # -- change points ----------------------------------------------------------------------

    def points(self) -> set[date]:
        """Every day on which the provider side may change."""
        ctx = self._ctx
        out: set[date] = set()
        for _, p in ctx.placements:
            out.add(p.start)
            if p.end is not None:
                out.add(p.end)
                out.add(Month.of(p.end).first_day)
                out.add((Month.of(p.end) + 1).first_day)
            for entry in p.licensing:
                out.add(entry.since)
                out.add(Month.of(entry.since).first_day)
            out.add(self._relative_window_end(p))
        for start, end in self._visits:
            out.add(start)
            if end is not None:
                out.add(end)
        if self._adult_from is not None:
            out.add(self._adult_from)
        return out

    def _relative_window_end(self, p: Placement) -> date:
        if self._ctx.option["provisional_relative_admin_window"] == "six-calendar-months":
            return (Month.of(p.start) + 6).first_day
        return add_months(p.start, 6)

    # -- one day ---------------------------------------------------------------------------

    def day(self, day: date) -> _Day:
        """The provider's claimability and any administrative exception on ``day``."""
        for start, end in self._visits:
            if start <= day and (end is None or day < end):
                return self._visit()
        i = bisect.bisect_right(self._starts, day) - 1
        if i >= 0:
            index, p = self._ctx.placements[i]
            if p.end is None or day < p.end:
                return self._placed(index, i, p, day)
        gap = Piece(day, Outcome.UNKNOWN, "no placement is recorded for this day", ("placements",))
        return _Day(gap, gap)

    def _visit(self) -> _Day:
        provider = Piece(
            date.min, Outcome.NOT_MET, "at home on a trial home visit: no foster care provider"
        )
        if self._ctx.option["trial_home_visit_admin"] == "claimable":
            exception = Piece(
                date.min, Outcome.MET, "still in foster care (option trial_home_visit_admin)"
            )
        else:
            exception = Piece(
                date.min,
                Outcome.NOT_MET,
                "at home, in no licensed setting (option trial_home_visit_admin)",
            )
        return _Day(provider, exception)

    def provider_on(self, index: int, p: Placement, day: date) -> Piece:
        """Whether placement ``index`` is a claimable Title IV-E provider on ``day``."""
        path = f"placements[{index}]"
        setting = p.setting
        if setting is None:
            return Piece(day, Outcome.UNKNOWN, "the setting is not stated", (f"{path}.setting",))
        if setting in _NON_IVE:
            return Piece(
                day,
                Outcome.NOT_MET,
                f"{setting.value.replace('_', ' ')} is not a Title IV-E eligible facility (C ¶4)",
            )
        if setting is Setting.SUPERVISED_INDEPENDENT_LIVING:
            if self._adult_from is None:
                return Piece(
                    day,
                    Outcome.UNKNOWN,
                    "supervised independent living is claimable from age 18 (C ¶5); the date "
                    "of birth is not stated",
                    ("child.birth_date",),
                )
            if day >= self._adult_from:
                return Piece(
                    day, Outcome.MET, "supervised independent living, the youth 18 or older (C ¶5)"
                )
            return Piece(
                day, Outcome.NOT_MET, "supervised independent living is claimable only from 18"
            )
        status = None
        for entry in p.licensing:
            if entry.since > day:
                if (
                    entry.status is LicenceStatus.FULL
                    and self._ctx.option["provider_claim_start"] == "first-of-month"
                    and Month.of(entry.since).contains(day)
                ):
                    return Piece(
                        day,
                        Outcome.MET,
                        "fully licensed or certified this month: eligible from the first day "
                        "of the month (A.3.b)",
                    )
                break
            status = entry.status
        if status is None:
            return Piece(
                day,
                Outcome.UNKNOWN,
                "the provider's licence status is not stated for this day",
                (f"{path}.licensing",),
            )
        if status is LicenceStatus.FULL:
            return Piece(day, Outcome.MET, "fully licensed or certified")
        if status is LicenceStatus.PROVISIONAL:
            return Piece(
                day,
                Outcome.NOT_MET,
                "provisionally licensed or certified: placement costs are not claimable (C ¶2; "
                "L ¶2)",
            )
        return Piece(day, Outcome.NOT_MET, "not licensed or certified (C ¶1)")

    def _placed(self, index: int, i: int, p: Placement, day: date) -> _Day:
        provider = self.provider_on(index, p, day)
        if provider.outcome is not Outcome.NOT_MET:
            return _Day(provider, provider)
        path = f"placements[{index}]"
        if p.setting in _NON_IVE:
            return _Day(provider, self._move_month(i, day))
        if p.setting is Setting.SUPERVISED_INDEPENDENT_LIVING:
            return _Day(provider, provider)
        # less than fully licensed: the relative pursuing certification (C ¶3)
        window_end = self._relative_window_end(p)
        flags = (
            (p.relative, f"{path}.relative"),
            (p.pursuing_certification, f"{path}.pursuing_certification"),
        )
        if any(v is False for v, _ in flags):
            return _Day(
                provider,
                Piece(
                    day,
                    Outcome.NOT_MET,
                    "less than fully licensed, and not a relative "
                    "pursuing full certification (C ¶3)",
                ),
            )
        if any(v is None for v, _ in flags):
            return _Day(
                provider,
                Piece(
                    day,
                    Outcome.UNKNOWN,
                    "whether a relative pursuing full certification is not stated",
                    tuple(path for v, path in flags if v is None),
                ),
            )
        if day < window_end:
            return _Day(
                provider,
                Piece(
                    day,
                    Outcome.MET,
                    "a relative pursuing full certification, within six months (C ¶3)",
                ),
            )
        return _Day(
            provider,
            Piece(
                day, Outcome.NOT_MET, "a relative pursuing certification, past six months (C ¶3)"
            ),
        )

    def _move_month(self, i: int, day: date) -> Piece:
        """C ¶4: administrative costs for the calendar month of a move to a claimable facility."""
        placements = self._ctx.placements
        if i + 1 < len(placements):
            index, nxt = placements[i + 1]
            if Month.of(nxt.start).contains(day):
                there = self.provider_on(index, nxt, nxt.start)
                if there.outcome is Outcome.MET:
                    return Piece(
                        day,
                        Outcome.MET,
                        "the calendar month in which the child moves to a claimable facility "
                        "(C ¶4)",
                    )
                if there.outcome is Outcome.UNKNOWN:
                    return there._replace(start=day)
        return Piece(day, Outcome.NOT_MET, "in a facility that is not a Title IV-E facility (C ¶4)")

    # -- per placement -----------------------------------------------------------------------

    def criteria(self) -> tuple[Criterion, ...]:
        """One provider criterion per placement, as of its last evaluated day."""
        ctx = self._ctx
        out = []
        last_day = min(ctx.as_of, ctx.stop - timedelta(days=1))
        for index, p in ctx.placements:
            end = min(last_day, p.end - timedelta(days=1)) if p.end is not None else last_day
            end = max(end, p.start)
            piece = self.provider_on(index, p, end)
            met_on = self._eligible_from(index, p, end) if piece.outcome is Outcome.MET else None
            out.append(
                PROVIDER.result(
                    piece.outcome,
                    f"placements[{index}]: {piece.reason}",
                    missing=piece.missing,
                    met_on=met_on,
                )._replace(id=f"provider-{index}")
            )
        return tuple(out)

    def _eligible_from(self, index: int, p: Placement, day: date) -> date:
        """The first claimable day of the run of full licensing that contains ``day`` (A.3.b),
        never before the placement (or, in supervised independent living, the 18th birthday)."""
        lo = p.start
        if p.setting is Setting.SUPERVISED_INDEPENDENT_LIVING:
            return max(lo, self._adult_from or lo)
        start = day
        for entry in reversed(p.licensing):
            if entry.since > day:
                continue
            if entry.status is not LicenceStatus.FULL:
                break
            start = entry.since
        if self._ctx.option["provider_claim_start"] == "first-of-month":
            start = Month.of(start).first_day
        return max(start, lo)
