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

from coregs.eligibility._base.context import Context
from coregs.eligibility._base.options import (
    ProviderClaimStart,
    ProvisionalRelativeAdminWindow,
    TrialHomeVisitAdmin,
)
from coregs.eligibility._base.outcome import MET, NOT_MET, UNKNOWN, Criterion
from coregs.eligibility._base.spec import CriterionSpec
from coregs.eligibility._base.track import Piece
from coregs.eligibility._facts import LicenceStatus, Placement, Setting
from coregs.periods import Month, add_months
from coregs.rules.catalog import CCR_7_601

__all__ = ["ADMIN_EXCEPTIONS", "PROVIDER", "Providers"]

PROVIDER = CriterionSpec(
    id="provider",
    citation=CCR_7_601.cite("71.C; L; A.3.b"),
    title="A Title IV-E eligible provider",
    quote="For the placement costs of a Title IV-E eligible child/youth to be claimable through "
    "Title IV-E funding the provider must be a Title IV-E eligible provider. An out-of-home "
    "provider must be fully licensed or fully certified to be a Title IV-E eligible provider.",
    related=(
        "The date of eligibility of the placement for reimbursements through Title IV-E is the "
        "first day of the month in which all the Title IV-E provider eligibility criteria are "
        "met.",
        "Placement costs of Title IV-E eligible children/youth placed with provisionally "
        "licensed or provisionally certified out-of-home care providers will not be claimable "
        "through Title IV-E foster care as they are not fully licensed or fully certified "
        "providers.",
        "Placement costs of Title IV-E eligible youth who are residing in a supervised "
        "independent living placement as described in 12 CCR 2509-04; 7.305.2(D) and have "
        "reached the age of 18 are claimable.",
        "An out-of-home care provider must be licensed or certified to be a Title IV-E eligible "
        "placement.",
        "Placement costs for a Title IV-E eligible child are only Title IV-E claimable when a "
        "child is placed with a Title IV-E eligible provider.",
        "Effective September 1, 2000, provisionally licensed or provisionally certified "
        "out-of-home care providers will not be claimable placements through Title IV-E foster "
        "care as they are not fully licensed or fully certified.",
    ),
    note="Option provider_claim_start: the first of the month (A.3.b) or the licence date.",
)

ADMIN_EXCEPTIONS = CriterionSpec(
    id="administrative-costs",
    citation=CCR_7_601.cite("71.C ¶3-4"),
    title="Administrative costs outside a claimable placement",
    quote="Administrative costs for an otherwise Title IV-E eligible child who is placed in "
    "less than fully licensed or fully certified out-of-home care placements are not claimable "
    "through Title IV-E funding, except when the child/YOUTH is placed with a relative and the "
    "relative is pursuing full foster care certification. Administrative costs can be claimed "
    "for up to six months while the child/youth remains in placement with a provisionally "
    "certified relative provider.",
    related=(
        "Administrative costs are not claimable through Title IV-E funding for children/YOUTH "
        "who are placed in facilities that are not Title IV-E eligible facilities, such as a "
        "detention placement, except for the calendar month in which a child moves from a "
        "facility that is not eligible for Title IV-E funding to a Title IV-E claimable "
        "out-of-home care facility.",
    ),
    note="Options provisional_relative_admin_window and trial_home_visit_admin.",
)

_NON_IVE = (Setting.DETENTION, Setting.OTHER_NON_IVE_FACILITY)
_SIL = Setting.SUPERVISED_INDEPENDENT_LIVING  # read on every day looked up (an enum read: 0.06 µs)

# what a day can be on the provider side: fixed answers, shared (their start is not used)
_ANY = date.min
_FULL_THIS_MONTH = Piece(
    _ANY,
    MET,
    "fully licensed or certified this month: eligible from the first day of the month (A.3.b)",
)
_BY_STATUS = {
    LicenceStatus.FULL: Piece(_ANY, MET, "fully licensed or certified"),
    LicenceStatus.PROVISIONAL: Piece(
        _ANY,
        NOT_MET,
        "provisionally licensed or certified: placement costs are not claimable (C ¶2; L ¶2)",
    ),
    LicenceStatus.NONE: Piece(_ANY, NOT_MET, "not licensed or certified (C ¶1)"),
}
_NOT_IVE_FACILITY = {
    s: Piece(
        _ANY,
        NOT_MET,
        f"{s.value.replace('_', ' ')} is not a Title IV-E eligible facility (C ¶4)",
    )
    for s in _NON_IVE
}
_SIL_ADULT = Piece(_ANY, MET, "supervised independent living, the youth 18 or older (C ¶5)")
_SIL_MINOR = Piece(_ANY, NOT_MET, "supervised independent living is claimable only from 18")
_SIL_NO_BIRTH_DATE = Piece(
    _ANY,
    UNKNOWN,
    "supervised independent living is claimable from age 18 (C ¶5); the date of birth is not "
    "stated",
    ("child.birth_date",),
)
_NOT_A_RELATIVE_PURSUING = Piece(
    _ANY,
    NOT_MET,
    "less than fully licensed, and not a relative pursuing full certification (C ¶3)",
)
_RELATIVE_WITHIN_SIX = Piece(
    _ANY, MET, "a relative pursuing full certification, within six months (C ¶3)"
)
_RELATIVE_PAST_SIX = Piece(
    _ANY, NOT_MET, "a relative pursuing certification, past six months (C ¶3)"
)
_MOVE_MONTH = Piece(
    _ANY,
    MET,
    "the calendar month in which the child moves to a claimable facility (C ¶4)",
)
_NOT_IVE_ADMIN = Piece(_ANY, NOT_MET, "in a facility that is not a Title IV-E facility (C ¶4)")
_AT_HOME = Piece(_ANY, NOT_MET, "at home on a trial home visit: no foster care provider")
_VISIT_ADMIN = Piece(_ANY, MET, "still in foster care (option trial_home_visit_admin)")
_VISIT_NO_ADMIN = Piece(
    _ANY, NOT_MET, "at home, in no licensed setting (option trial_home_visit_admin)"
)
_NO_PLACEMENT = Piece(_ANY, UNKNOWN, "no placement is recorded for this day", ("placements",))


@dataclass(frozen=True, slots=True)
class _Day:
    """The provider side of one day: is the placement claimable, and does an administrative
    exception apply."""

    provider: Piece
    exception: Piece


_GAP = _Day(_NO_PLACEMENT, _NO_PLACEMENT)


class Providers:
    """The stay's placements and trial home visits, looked up by day."""

    __slots__ = (
        "_adult_from",
        "_ctx",
        "_first_of_month",
        "_starts",
        "_visit",
        "_visits",
        "_window_end",
    )

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._starts = [p.start for _, p in ctx.placements]
        self._visits = [(v.start, v.end) for v in ctx.facts.trial_home_visits]
        born = ctx.facts.child.birth_date
        self._adult_from = add_months(born, 216) if born is not None else None
        self._first_of_month = (
            ctx.readings.provider_claim_start is ProviderClaimStart.FIRST_OF_MONTH
        )
        # C ¶3's six months: read only for a relative known to pursue certification (_placed)
        self._window_end = {
            index: self._relative_window_end(p)
            for index, p in ctx.placements
            if p.relative and p.pursuing_certification
        }
        self._visit = _Day(
            _AT_HOME,
            _VISIT_ADMIN
            if ctx.readings.trial_home_visit_admin is TrialHomeVisitAdmin.CLAIMABLE
            else _VISIT_NO_ADMIN,
        )

    # -- change points ----------------------------------------------------------------------

    def points(self) -> set[date]:
        """Every day on which the provider side may change (and no other: each is a cut of the
        timeline)."""
        ctx = self._ctx
        first_of_month = self._first_of_month
        out: set[date] = set()
        placements = ctx.placements
        for i, (index, p) in enumerate(placements):
            out.add(p.start)
            if p.end is not None:
                out.add(p.end)
                if p.setting in _NON_IVE and i + 1 < len(placements):
                    out.add(placements[i + 1][1].start.replace(day=1))  # C ¶4
            for entry in p.licensing:
                out.add(entry.since)
                if first_of_month and entry.status is LicenceStatus.FULL:
                    out.add(entry.since.replace(day=1))  # A.3.b
            if index in self._window_end:
                out.add(self._window_end[index])  # C ¶3
            if self._adult_from is not None and p.setting in (None, _SIL):
                out.add(self._adult_from)  # C ¶5
        for start, end in self._visits:
            out.add(start)
            if end is not None:
                out.add(end)
        return out

    def _relative_window_end(self, p: Placement) -> date:
        if (
            self._ctx.readings.provisional_relative_admin_window
            is ProvisionalRelativeAdminWindow.SIX_CALENDAR_MONTHS
        ):
            return (Month.of(p.start) + 6).first_day
        return add_months(p.start, 6)

    # -- one day ---------------------------------------------------------------------------

    def day(self, day: date) -> _Day:
        """The provider's claimability and any administrative exception on ``day``."""
        for start, end in self._visits:
            if start <= day and (end is None or day < end):
                return self._visit
        i = bisect.bisect_right(self._starts, day) - 1
        if i >= 0:
            index, p = self._ctx.placements[i]
            if p.end is None or day < p.end:
                return self._placed(index, i, p, day)
        return _GAP

    def provider_on(self, index: int, p: Placement, day: date) -> Piece:
        """Whether placement ``index`` is a claimable Title IV-E provider on ``day``."""
        setting = p.setting
        if setting is None:
            return Piece(
                day, UNKNOWN, "the setting is not stated", (f"placements[{index}].setting",)
            )
        if setting in _NON_IVE:
            return _NOT_IVE_FACILITY[setting]
        if setting is _SIL:
            if self._adult_from is None:
                return _SIL_NO_BIRTH_DATE
            return _SIL_ADULT if day >= self._adult_from else _SIL_MINOR
        status = None
        for entry in p.licensing:
            if entry.since > day:
                if (
                    entry.status is LicenceStatus.FULL
                    and self._first_of_month
                    and entry.since.year == day.year
                    and entry.since.month == day.month
                ):
                    return _FULL_THIS_MONTH
                break
            status = entry.status
        if status is None:
            return Piece(
                day,
                UNKNOWN,
                "the provider's licence status is not stated for this day",
                (f"placements[{index}].licensing",),
            )
        return _BY_STATUS[status]

    def _placed(self, index: int, i: int, p: Placement, day: date) -> _Day:
        provider = self.provider_on(index, p, day)
        if provider.outcome is not NOT_MET:
            return _Day(provider, provider)
        if p.setting in _NON_IVE:
            return _Day(provider, self._move_month(i, day))
        if p.setting is _SIL:
            return _Day(provider, provider)
        # less than fully licensed: the relative pursuing certification (C ¶3)
        if p.relative is False or p.pursuing_certification is False:
            return _Day(provider, _NOT_A_RELATIVE_PURSUING)
        if p.relative is None or p.pursuing_certification is None:
            path = f"placements[{index}]"
            missing = tuple(
                f"{path}.{name}"
                for name, v in (
                    ("relative", p.relative),
                    ("pursuing_certification", p.pursuing_certification),
                )
                if v is None
            )
            return _Day(
                provider,
                Piece(
                    day,
                    UNKNOWN,
                    "whether a relative pursuing full certification is not stated",
                    missing,
                ),
            )
        within = day < self._window_end[index]
        return _Day(provider, _RELATIVE_WITHIN_SIX if within else _RELATIVE_PAST_SIX)

    def _move_month(self, i: int, day: date) -> Piece:
        """C ¶4: administrative costs for the calendar month of a move to a claimable facility."""
        placements = self._ctx.placements
        if i + 1 < len(placements):
            index, nxt = placements[i + 1]
            if nxt.start.year == day.year and nxt.start.month == day.month:
                there = self.provider_on(index, nxt, nxt.start)
                if there.outcome is MET:
                    return _MOVE_MONTH
                if there.outcome is UNKNOWN:
                    return there._replace(start=day)
        return _NOT_IVE_ADMIN

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
            met = piece.outcome is MET
            out.append(
                Criterion(  # PROVIDER's result, under the placement's own id
                    f"provider-{index}",
                    PROVIDER.citation,
                    PROVIDER.title,
                    piece.outcome,
                    f"placements[{index}]: {piece.reason}",
                    piece.missing if piece.outcome is UNKNOWN else (),
                    self._eligible_from(index, p, end) if met else None,
                )
            )
        return tuple(out)

    def _eligible_from(self, index: int, p: Placement, day: date) -> date:
        """The first claimable day of the run of full licensing that contains ``day`` (A.3.b),
        never before the placement (or, in supervised independent living, the 18th birthday)."""
        lo = p.start
        if p.setting is _SIL:
            return max(lo, self._adult_from or lo)
        start = day
        for entry in reversed(p.licensing):
            if entry.since > day:
                continue
            if entry.status is not LicenceStatus.FULL:
                break
            start = entry.since
        if self._first_of_month:
            start = start.replace(day=1)
        return max(start, lo)
