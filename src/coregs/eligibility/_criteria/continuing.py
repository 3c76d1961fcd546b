"""Criteria that hold, lapse and resume during the stay (7.601.71.E.3-E.4, F.4, K.1-K.2).

Each returns a :class:`~coregs.eligibility._base.track.Track`: its state as of the evaluation date,
its pieces over the stay, and the dates ahead that decide it. None of these deadlines rolls off
a weekend or holiday: they are federal Title IV-E time limits (45 CFR 1356.21, 1356.22; 42
U.S.C. 672(e)), and a court order is dated when the court makes it.

Where a finding's documentation or wording is unknown, the track is computed twice, counting
it and not counting it; a day is decided only where the two agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from coregs._options import Options
from coregs.calendar import BusinessCalendar
from coregs.eligibility._base.context import Context, CourtFinding, per_options
from coregs.eligibility._base.options import (
    MutualCareInterruption,
    MutualCareTreatmentFacility,
    ReFinalizeLapseStart,
    TrialHomeVisitLimit,
    VpaDay90Breach,
)
from coregs.eligibility._base.outcome import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    UNKNOWN,
    Criterion,
    Outcome,
)
from coregs.eligibility._base.spec import CriterionSpec
from coregs.eligibility._base.track import (
    Piece,
    TimeLimit,
    TimeLimitStatus,
    Track,
    at,
    time_limit,
)
from coregs.eligibility._criteria.removal import MUTUAL_CARE, not_yet_removed, removal_day
from coregs.eligibility._facts import FindingKind as F, MutualCare, RemovalManner, TrialHomeVisit
from coregs.periods import Month, Period, Roll, add_months, count_due
from coregs.rules import RULEBOOK, Anchor, entered_foster_care_date
from coregs.rules.catalog import CCR_7_601, EnteredFosterCareDate, ReFinalizeIntervalFrom

__all__ = [
    "BEST_INTERESTS_180",
    "MUTUAL_CARE_PLACEMENTS",
    "PERMANENCY",
    "TREATMENT_FACILITY_LIMIT",
    "TRIAL_HOME_VISITS",
    "VPA_AUTHORITY",
    "EntryDate",
    "best_interests_track",
    "entered_foster_care",
    "mutual_care_track",
    "permanency_track",
    "redetermination_limits",
    "treatment_facility_track",
    "trial_home_visit_track",
    "visit_limit",
    "vpa_authority_track",
]

_DAY = timedelta(days=1)
_PAST_180 = timedelta(days=180)


def _today(ctx: Context) -> date:
    """The last day evaluated: ``as_of``, or the last day in care."""
    return min(ctx.as_of, ctx.stop - _DAY)


def _summary(
    spec: CriterionSpec,
    ctx: Context,
    pieces: tuple[Piece, ...],
    extra: str = "",
    time_limits: tuple[TimeLimit, ...] = (),
) -> Track:
    now = at(pieces, _today(ctx)) or pieces[0]
    lapses = sum(1 for p in pieces if p.outcome is NOT_MET)
    tail = f"; {lapses} lapse(s) during the stay" if lapses and now.outcome is MET else ""
    crit = spec.result(now.outcome, now.reason + tail + extra, missing=now.missing)
    return Track(crit, pieces, time_limits)


@lru_cache(maxsize=64)
def _inapplicable(spec: CriterionSpec, reason: str) -> Criterion:
    """A criterion that does not apply, for a reason that names no fact: one value, made once
    (a determination has four or five of them)."""
    return spec.not_applicable(reason)


def _not_applicable(spec: CriterionSpec, ctx: Context, reason: str) -> Track:
    crit = _inapplicable(spec, reason)
    return Track(crit, (Piece(ctx.start or ctx.as_of, NOT_APPLICABLE, reason),))


def _unknown(spec: CriterionSpec, ctx: Context, reason: str, *missing: str) -> Track:
    crit = spec.unknown(reason, *missing)
    return Track(crit, (Piece(ctx.start or ctx.as_of, UNKNOWN, reason, missing),))


def _combine(
    first: date,
    stop: date,
    sure: Callable[[date], Piece],
    hopeful: Callable[[date], Piece],
    points: Sequence[date],
) -> tuple[Piece, ...]:
    """Pieces where ``sure`` (only findings that surely count) and ``hopeful`` (also those that
    may) agree; where they disagree the day is unknown."""
    out: list[Piece] = []
    for day in sorted({first, *(p for p in points if first < p < stop)}):
        a = sure(day)
        b = a if hopeful is sure else hopeful(day)
        piece = a if a.outcome is b.outcome else Piece(day, UNKNOWN, b.reason, b.missing)
        if not out or out[-1][1:] != piece[1:]:
            out.append(piece)
    return tuple(out)


# -- E.4 / F.4: the best-interests order within 180 days ------------------------------------

BEST_INTERESTS_180 = CriterionSpec(
    id="best-interests-order-180",
    citation=CCR_7_601.cite("71.E.4; F.4"),
    title="Best-interests order within 180 days of a voluntary placement",
    quote="There must be an order by the court within one hundred eighty (180) calendar days of "
    "the child's placement in foster care that \"continued placement is in the best interests "
    'of the child", or words to that effect. If such an order is not made by the court within '
    "the allowable one hundred eighty (180) calendar days, the child is not eligible for Title "
    "IV-E foster care reimbursement for the remainder of the child's placement in out-of-home "
    "care.",
    related=(
        "There must be an order by the court within one hundred eighty (180) calendar days of "
        "the youth's placement in foster care that \"continued placement is in the best "
        'interests of the youth", or words to that effect. if such an order is not made by the '
        "court within the allowable one hundred eighty (180) calendar days, the youth is not "
        "eligible for Title IV-E foster care reimbursement for the remainder of the youth's "
        "placement in out-of-home care.",
    ),
    note="Day 0 is the placement; day 180 is on time. A later order, or a later petition, does "
    "not reopen it (CWPM 8.3A.13).",
)


def _first_met(findings: list[CourtFinding]) -> date | None:
    """The date of the first finding that counts."""
    return next((f.date for f in findings if f.valid is MET), None)


def best_interests_track(ctx: Context) -> Track:
    """E.4 / F.4: eligible for the first 180 days; after that only with a timely order."""
    spec = BEST_INTERESTS_180
    if ctx.manner is None:
        return _unknown(spec, ctx, "the manner of removal is not stated", "removal.manner")
    if not ctx.voluntary:
        return _not_applicable(spec, ctx, "removed by order of the court")
    if ctx.start is None:
        return _unknown(spec, ctx, "the placement date is not stated", "placements")
    due = ctx.start + _PAST_180
    all_hits = ctx.findings(F.CONTINUED_PLACEMENT_BEST_INTERESTS)
    hits = [f for f in all_hits if f.date <= due]
    limit = time_limit(
        spec.id,
        spec.citation,
        "a court order that continued placement is in the best interests",
        due,
        "not eligible for the remainder of the placement",
        as_of=ctx.as_of,
        met_on=_first_met(all_hits),
        maybe_in_time=any(f.valid is UNKNOWN for f in hits),
        ended=ctx.facts.removal.discharge_date,
    )
    if limit.status is TimeLimitStatus.MET:
        met = Piece(
            ctx.start,
            MET,
            "the court found continued placement in the best "
            f"interests by day 180 ({due.isoformat()})",
        )
        return Track(spec.result(MET, met.reason), (met,), (limit,))
    first = Piece(ctx.start, MET, f"within the first 180 days (day 180: {due.isoformat()})")
    if ctx.as_of <= due:
        return Track(spec.result(MET, first.reason), (first,), (limit,))
    missing = tuple(m for f in hits for m in f.missing)
    after = Piece(
        due + _DAY,
        UNKNOWN if missing else NOT_MET,
        "an order in time may count, but how it is documented or worded is not stated"
        if missing
        else "no order within 180 days that continued placement is in the best interests: not "
        "eligible for the remainder of the placement",
        missing,
    )
    pieces = (first, after) if after.start < ctx.stop else (first,)
    return _summary(spec, ctx, pieces, time_limits=(limit,))


# -- E.3 / K.1: legal authority under a voluntary placement agreement -----------------------

VPA_AUTHORITY = CriterionSpec(
    id="vpa-legal-authority",
    citation=CCR_7_601.cite("71.E.3; K.1"),
    title="Legal authority for continued placement under a voluntary placement agreement",
    quote="Voluntary placement agreements are limited to ninety (90) calendar days. If "
    "placement of the child is to continue beyond ninety (90) calendar days, the county "
    "department must obtain a petition to review the need for placement that leads to a court "
    "order granting the county department legal custody.",
    related=(
        "A court order must remain in effect which grants legal custody of the child to the "
        "county department or a petition to review the need for placement was filed and the "
        "court has ordered legal authority for continued placement within one hundred eighty "
        "(180) calendar days of the date a child entered out-of-home care by voluntary "
        "placement agreement.",
    ),
    note="Day 0 of the ninety days is the signature. Option vpa_day_90_breach: whether "
    "authority lapses from day 91 without a petition.",
)


@dataclass(frozen=True, slots=True)
class _VpaClock:
    """The dates that decide authority under a voluntary placement agreement (E.3, K.1)."""

    day_90: date
    k1_due: date
    timely_petition: bool
    lapse_at_91: bool

    @classmethod
    def of(cls, ctx: Context, signed: date, placed: date) -> _VpaClock:
        day_90 = signed + timedelta(days=90)
        petition = ctx.facts.removal.petition_filed_on
        return cls(
            day_90=day_90,
            k1_due=placed + _PAST_180,
            timely_petition=petition is not None and petition <= day_90 and petition <= ctx.as_of,
            lapse_at_91=ctx.readings.vpa_day_90_breach is VpaDay90Breach.AUTHORITY_LAPSES,
        )

    def authority(self, custody: list[date]) -> Callable[[date], Piece]:
        """Whether the county has authority on a day, given the custody orders that count."""

        def piece(day: date) -> Piece:
            if any(c <= day for c in custody):
                return Piece(
                    day,
                    MET,
                    "a court order grants the county department "
                    "custody or authority for continued placement",
                )
            if day <= self.day_90 or (not self.lapse_at_91 and day <= self.k1_due):
                return Piece(day, MET, "in care under the agreement")
            if self.timely_petition and day <= self.k1_due:
                return Piece(
                    day,
                    MET,
                    "the petition was filed by day 90; the court has "
                    f"until day 180 ({self.k1_due.isoformat()}) to order authority (K.1)",
                )
            why = (
                "the court ordered no authority for continued placement by day 180 (K.1)"
                if day > self.k1_due
                else "the agreement is limited to ninety days and no petition was filed by day "
                f"90 ({self.day_90.isoformat()}) (E.3)"
            )
            return Piece(day, NOT_MET, why + "; authority returns with a court order")

        return piece

    def time_limits(
        self, ctx: Context, custody: date | None, maybe_custody: bool
    ) -> tuple[TimeLimit, ...]:
        """The petition by day 90 (met by the petition, or by a custody order that counts) and
        the court's order by day 180 (``custody``: the first order that counts)."""
        petition = ctx.facts.removal.petition_filed_on
        ended = ctx.facts.removal.discharge_date
        acts = [d for d in (petition, custody) if d is not None]
        return (
            time_limit(
                VPA_AUTHORITY.id,
                CCR_7_601.cite("71.E.3"),
                "a petition to review the need for placement, if placement continues past 90 days",
                self.day_90,
                "without it the agreement ends and the county has no authority for placement"
                if self.lapse_at_91
                else "required by E.3 (option vpa_day_90_breach: no effect until day 180)",
                as_of=ctx.as_of,
                met_on=min(acts) if acts else None,
                ended=ended,
            ),
            time_limit(
                VPA_AUTHORITY.id,
                CCR_7_601.cite("71.K.1"),
                "a court order granting custody or legal authority for continued placement",
                self.k1_due,
                "no legal authority for placement and care (B.4) until one is made",
                as_of=ctx.as_of,
                met_on=custody,
                maybe_in_time=maybe_custody,
                ended=ended,
            ),
        )


def vpa_authority_track(ctx: Context) -> Track:
    """E.3 / K.1: the agreement's ninety days, the petition, the court's order by day 180."""
    spec = VPA_AUTHORITY
    if ctx.manner is None:
        return _unknown(spec, ctx, "the manner of removal is not stated", "removal.manner")
    if ctx.manner is not RemovalManner.VOLUNTARY_PLACEMENT_AGREEMENT:
        return _not_applicable(spec, ctx, "not a voluntary placement agreement")
    signed = ctx.facts.removal.agreement_signed_on
    if signed is None or ctx.start is None:
        field = "removal.agreement_signed_on" if signed is None else "placements"
        return _unknown(spec, ctx, "the agreement's or the placement's date is unknown", field)
    clock = _VpaClock.of(ctx, signed, ctx.start)
    orders = ctx.findings(F.CUSTODY_TO_COUNTY)
    sure = [f.date for f in orders if f.valid is MET]
    maybe = [f.date for f in orders if f.valid is UNKNOWN]
    maybe_missing = tuple(m for f in orders for m in f.missing)
    points = [clock.day_90 + _DAY, clock.k1_due + _DAY, *sure, *maybe]
    sure_state = clock.authority(sure)
    pieces = _combine(
        ctx.start,
        ctx.stop,
        sure_state,
        clock.authority(sure + maybe) if maybe else sure_state,
        points,
    )
    pieces = tuple(p._replace(missing=maybe_missing) if p.outcome is UNKNOWN else p for p in pieces)
    first = min(sure) if sure else None
    in_time = any(d <= clock.k1_due for d in maybe) and (first is None or first > clock.k1_due)
    return _summary(spec, ctx, pieces, time_limits=clock.time_limits(ctx, first, in_time))


# -- K.2: reasonable efforts to finalize the permanency plan -------------------------------

PERMANENCY = CriterionSpec(
    id="permanency-re-finding",
    citation=CCR_7_601.cite("71.K.2"),
    title="Finding of reasonable efforts to finalize the permanency plan every twelve months",
    quote="Effective March 27, 2001, there must be an order of the court finding that the "
    "county department has made reasonable efforts to finalize a permanency plan. This finding "
    "must be made within twelve (12) months of the date the child enters foster care, and "
    "every twelve (12) months thereafter while the child remains in out-of-home care. If "
    "twelve (12) months elapse without this judicial determination, eligibility for Title IV-E "
    "foster care temporarily ends. Title IV-E eligibility can resume the 1st day of the month "
    "in which the finding is made.",
    note="'The date the child enters foster care' per option entered_foster_care_date (45 CFR "
    "1355.20 by default); the next finding is due twelve months after the last one (option "
    "re_finalize_interval_from); a lapse starts at the end of the month the finding was due "
    "(option re_finalize_lapse_start). Twelve months never roll.",
)


class EntryDate(NamedTuple):
    """ "The date the child enters foster care" (option entered_foster_care_date), as the facts
    bound it.

    ``earliest`` and ``latest`` differ when the first abuse or neglect adjudication may or may
    not count (its order's documentation or wording is not stated): under 45 CFR 1355.20 the
    date is the adjudication's if it counts, else 60 days after removal. ``missing`` names the
    facts that would settle it; ``needed`` the facts without which there is no date at all
    (``earliest`` is then ``None``).
    """

    earliest: date | None
    latest: date | None
    missing: tuple[str, ...]
    needed: tuple[str, ...] = ()

    @property
    def known(self) -> date | None:
        """The date, when the facts settle it."""
        return self.earliest if self.earliest == self.latest else None


def entered_foster_care(ctx: Context) -> EntryDate:
    """The date the child enters foster care (K.2, I.2) under the option, bounded by the facts;
    the removal is that of 45 CFR 1356.21(k) (for a relinquished child, option
    relinquishment_removal)."""
    reading = ctx.readings.entered_foster_care_date
    removed, removal_missing = removal_day(ctx)
    if reading is EnteredFosterCareDate.PLACEMENT:
        if ctx.start is None:
            return EntryDate(None, None, ("placements",), ("placements",))
    elif removed is None:
        return EntryDate(None, None, removal_missing, removal_missing)
    adjudications = [
        f for f in ctx.findings(F.ABUSE_OR_NEGLECT_ADJUDICATED) if f.valid is not NOT_MET
    ]
    sure = next((f for f in adjudications if f.valid is MET), None)
    maybe = adjudications[0] if adjudications else None  # the earliest that may count

    def entry(adjudicated: CourtFinding | None) -> date:
        return entered_foster_care_date(
            reading=reading,
            removal=removed,
            first_adjudication=adjudicated.date if adjudicated else None,
            placement=ctx.start,
        )

    earliest = entry(maybe)
    latest = earliest if sure is maybe else entry(sure)
    missing = maybe.missing if maybe is not None and earliest != latest else ()
    return EntryDate(earliest, latest, missing)


def _schedule(
    entry: date, findings: list[date], *, anniversary: bool, until: date
) -> tuple[list[tuple[date, date | None]], date]:
    """``(due, finding)`` for each occurrence the findings meet (on time or late) and each
    missed before ``until`` (finding ``None``), in order, and the next due date after the last
    finding. A late finding on the anniversary schedule answers every occurrence it passed."""
    out: list[tuple[date, date | None]] = []
    previous = entry
    k, floor = 1, date.min
    pending = sorted(findings)
    while True:
        due = add_months(entry, 12 * k) if anniversary else add_months(previous, 12)
        later = [f for f in pending if f > floor]
        if not later:
            if due < until:
                out.append((due, None))
            return out, due
        f = later[0]
        pending.remove(f)
        out.append((due, f))
        if anniversary:
            while add_months(entry, 12 * k) < f:
                k += 1
            floor = add_months(entry, 12 * k)
            k += 1
        else:
            previous = floor = f


def permanency_track(ctx: Context, entry: EntryDate) -> Track:
    """K.2: the findings' schedule, its lapses and resumptions, and the next finding due.

    Computed twice where the facts leave it open: at worst (the earliest date the child may
    have entered foster care, only the findings that surely count) and at best (the latest
    entry date, every finding that may count); a day is decided where the two agree.
    """
    spec = PERMANENCY
    if entry.earliest is None and ctx.start is not None and not_yet_removed(ctx):
        return _not_applicable(
            spec,
            ctx,
            "no ruling has removed the relinquished child yet (G; option "
            "relinquishment_removal): the twelve months have not begun",
        )
    if entry.earliest is None or entry.latest is None or ctx.start is None:
        return _unknown(
            spec,
            ctx,
            "the date the child enters foster care cannot be derived",
            *(entry.needed if entry.earliest is None else ("placements",)),
        )
    hits = ctx.findings(F.REASONABLE_EFFORTS_TO_FINALIZE)
    sure = [f.date for f in hits if f.valid is MET]
    maybe = [f.date for f in hits if f.valid is UNKNOWN]
    maybe_missing = tuple(m for f in hits for m in f.missing) + entry.missing
    anniversary = ctx.readings.re_finalize_interval_from is ReFinalizeIntervalFrom.ENTRY_ANNIVERSARY
    month_end = ctx.readings.re_finalize_lapse_start is ReFinalizeLapseStart.END_OF_DUE_MONTH

    def lapse_start(due: date) -> date:
        return (Month.of(due) + 1).first_day if month_end else due + _DAY

    def state(
        entered: date, found: list[date]
    ) -> tuple[Callable[[date], Piece], list[date], list[tuple[date, date | None]], date]:
        schedule, next_due = _schedule(entered, found, anniversary=anniversary, until=ctx.as_of)
        spans = []
        for due, made in schedule:
            if made is not None and made <= due:
                continue
            lo = lapse_start(due)
            hi = made.replace(day=1) if made is not None else None
            if hi is None or hi > lo:
                spans.append((lo, hi, due))

        def piece(day: date) -> Piece:
            for lo, hi, due in spans:
                if lo <= day and (hi is None or day < hi):
                    return Piece(
                        day,
                        NOT_MET,
                        f"no finding by {due.isoformat()}: eligibility temporarily ends; it "
                        "resumes the 1st day of the month in which the finding is made",
                    )
            return Piece(day, MET, "findings made within each twelve months")

        points = [p for lo, hi, _ in spans for p in (lo, hi) if p is not None]
        return piece, points, schedule, next_due

    worst, worst_points, schedule, next_due = state(entry.earliest, sure)
    open_ = maybe_missing != ()
    best, best_points, best_schedule, _ = (
        state(entry.latest, sure + maybe) if open_ else (worst, [], schedule, next_due)
    )
    pieces = _combine(ctx.start, ctx.stop, worst, best, worst_points + best_points)
    pieces = tuple(p._replace(missing=maybe_missing) if p.outcome is UNKNOWN else p for p in pieces)
    consequence = (
        "eligibility temporarily ends at "
        + ("the end of that month" if month_end else "the end of that day")
        + ", until the month of the finding"
    )
    what = "a court finding of reasonable efforts to finalize the permanency plan"
    ended = ctx.facts.removal.discharge_date
    limits = [
        time_limit(
            spec.id,
            spec.citation,
            what,
            due,
            consequence,
            as_of=ctx.as_of,
            met_on=made,
            maybe_in_time=open_ and (due, made) not in best_schedule,
            ended=ended,
        )
        for due, made in schedule
    ]
    if ended is None:  # still in care: the next finding
        limits.append(
            time_limit(spec.id, spec.citation, what, next_due, consequence, as_of=ctx.as_of)
        )
    return _summary(
        spec, ctx, pieces, f"; next finding due by {next_due.isoformat()}", tuple(limits)
    )


# -- I.2: the 12-month redeterminations, a compliance date kept beside the time limits --------

_REDETERMINATION = RULEBOOK.get("ive-redetermination")


@per_options
def _redetermination_counting(options: Options) -> tuple[Period, Roll, BusinessCalendar, bool]:
    """The redetermination rule read under ``options``, once per set of options: the period,
    the roll, the calendar it rolls on, and whether the schedule is fixed (entry anniversaries)."""
    reading = _REDETERMINATION.read(options)
    assert reading.counted is not None  # "every twelve (12) months"
    return reading.counted, reading.roll, reading.calendar(), reading.anchor is Anchor.TRIGGER


def redetermination_limits(ctx: Context, entry: EntryDate) -> tuple[TimeLimit, ...]:
    """I.2: "Counties shall redetermine eligibility using the state prescribed form every
    twelve (12) months from the date the child enters foster care": each occurrence due up to
    the evaluation date and the next, counted by the catalog's rule under the options (a
    county's act: it rolls off a closed day; on the option redetermination_anchor's fixed or
    rolling schedule), with the redetermination that met it. A compliance date, not an
    eligibility one (CWPM 8.3A.10): ``keeps_eligibility`` is false. From the earliest date the
    child may have entered foster care, as K.2's time limits."""
    first = entry.earliest
    if first is None or ctx.start is None:
        return ()
    period, roll, calendar, fixed = _redetermination_counting(ctx.options)
    acts = sorted(ctx.facts.county.redetermined_on)
    ended = ctx.facts.removal.discharge_date
    out: list[TimeLimit] = []
    window, k = first, 1
    while True:
        # the rule's own counting (coregs.periods.count_due): it rolls off a closed day
        due = (
            count_due(first, period, calendar, roll, k)
            if fixed
            else count_due(window, period, calendar, roll)
        )
        assert due is not None  # twelve months: always a date
        if ended is not None and ended <= due:  # the stay ended before it fell due
            break
        act = next((a for a in acts if a >= window), None)
        out.append(
            time_limit(
                _REDETERMINATION.id,
                _REDETERMINATION.citation,
                "a redetermination of eligibility on the state prescribed form",
                due,
                "a compliance finding (7.601.71.I.2), not an eligibility failure (CWPM 8.3A.10)",
                as_of=ctx.as_of,
                met_on=act,
                keeps_eligibility=False,
            )
        )
        # as the compliance check lists them: an open occurrence (not done, due today or later,
        # or any not done on the rolling schedule) is the last one shown
        if due > ctx.as_of or (act is None and (not fixed or due == ctx.as_of)):
            return tuple(out)
        if act is not None:
            acts.remove(act)
        window, k = (due + _DAY, k + 1) if fixed else (act or due, k)
    return tuple(out)


# -- 45 CFR 1356.21(e): trial home visits ----------------------------------------------------

TRIAL_HOME_VISITS = CriterionSpec(
    id="trial-home-visits",
    citation="45 CFR 1356.21(e)",
    title="A trial home visit no longer than six months, unless the court orders longer",
    quote="A trial home visit may not exceed six months in duration, unless a court orders a "
    "longer trial home visit. If a trial home visit extends beyond six months and has not been "
    "authorized by the court, or exceeds the time period the court has deemed appropriate, and "
    "the child is subsequently returned to foster care, that placement must then be considered "
    "a new placement and title IV-E eligibility must be newly established.",
    note="7.601.71 is silent; the federal rule applies (option trial_home_visit_limit). The "
    "new placement needs its own determination, with new contrary-to-the-welfare and "
    "reasonable-efforts findings: evaluate it as a new episode.",
)


def visit_limit(visit: TrialHomeVisit) -> date:
    """The last day a trial home visit may last: six months from its first day, or longer
    if "a court orders a longer trial home visit" (45 CFR 1356.21(e)). A visit that ends
    later (the child still at home the day after) exceeded it."""
    limit = add_months(visit.start, 6)
    if visit.court_authorized_until is not None:
        limit = max(limit, visit.court_authorized_until)
    return limit


def trial_home_visit_track(ctx: Context) -> Track:
    """1356.21(e): a return after an over-long visit is a new placement, needing a new
    determination; this episode's eligibility ends there."""
    spec = TRIAL_HOME_VISITS
    first = ctx.start or ctx.as_of
    visits = [v for v in ctx.facts.trial_home_visits if v.start <= ctx.as_of]
    if not visits:
        return _not_applicable(spec, ctx, "no trial home visit")
    if ctx.readings.trial_home_visit_limit is TrialHomeVisitLimit.NONE:
        return _not_applicable(spec, ctx, "no limit applied (option trial_home_visit_limit)")
    over = [  # past the limit, with no return in this episode (the next episode's, if any)
        i
        for i, v in enumerate(visits)
        if v.end is not None
        and v.end <= ctx.as_of
        and v.end - _DAY > visit_limit(v)
        and not any(p.start >= v.end for _, p in ctx.placements)
    ]
    pieces = [
        Piece(
            first,
            MET,
            f"trial_home_visits[{over[0]}] exceeded its limit, and no return to care follows "
            "in this episode (a return would be a new placement, 45 CFR 1356.21(e))"
            if over
            else "no trial home visit exceeded its limit",
        )
    ]
    time_limits = []
    for i, visit in enumerate(visits):
        limit = visit_limit(visit)
        home_until = visit.end  # set aside when after the evaluation date (known_on)
        time_limits.append(
            time_limit(
                spec.id,
                spec.citation,
                f"trial_home_visits[{i}]: end the visit or obtain a court order extending it",
                limit,
                "a later return to care is a new placement needing a new determination",
                as_of=ctx.as_of,
                met_on=home_until - _DAY if home_until is not None else None,  # the last day home
            )
        )
        if home_until is None:
            continue
        returned = any(p.start >= home_until for _, p in ctx.placements)
        if home_until - _DAY > limit and returned and home_until < ctx.stop:
            pieces.append(
                Piece(
                    home_until,
                    NOT_MET,
                    f"trial_home_visits[{i}] exceeded six months without the court's "
                    "authority: the return is a new placement, whose eligibility must be newly "
                    "established",
                )
            )
            break
    return _summary(spec, ctx, tuple(pieces), time_limits=tuple(time_limits))


# -- 42 U.S.C. 672(j): at most twelve months with a parent in a treatment facility ----------

TREATMENT_FACILITY_LIMIT = CriterionSpec(
    id="treatment-facility-limit",
    citation="42 U.S.C. 672(j)",
    title="At most twelve months with a parent in a family-based treatment facility",
    quote="for a period of not more than 12 months during which the child is placed with a "
    "parent who is in a licensed residential family-based treatment facility for substance "
    "abuse",
    note="Applies only under option mutual_care_treatment_facility = federal-672(j).",
)


def _twelve_months_with_parent(start: date, stop: date) -> list[Piece]:
    """672(j): met for twelve months from ``start``, then not met (pieces before ``stop``)."""
    end = add_months(start, 12)
    pieces = [Piece(start, MET, "within twelve months of placement with the parent")]
    if end < stop:
        pieces.append(Piece(end, NOT_MET, "more than twelve months (672(j))"))
    return pieces


def treatment_facility_track(ctx: Context, applies: bool) -> Track:
    """672(j): eligible for at most twelve months from the placement with the parent."""
    spec = TREATMENT_FACILITY_LIMIT
    if not applies or ctx.start is None:
        return _not_applicable(spec, ctx, "42 U.S.C. 672(j) does not apply")
    return _summary(spec, ctx, tuple(_twelve_months_with_parent(ctx.start, ctx.stop)))


# -- H: mutual care that starts at a later placement -----------------------------------------

MUTUAL_CARE_PLACEMENTS = CriterionSpec(
    id="mutual-care-placements",
    citation=CCR_7_601.cite("71.H"),
    title="Not in mutual care with a parent during the stay",
    quote=MUTUAL_CARE.quote,  # H, read over the stay rather than at the removal
    related=MUTUAL_CARE.related,
    note="Mutual care that starts after the removal, at a placement (placements[i].with_parent; "
    "mutual care from the removal itself is the initial criterion mutual-care): not eligible "
    "on its days. After it, eligible again on the original removal, or not at all, the "
    "separation being a new removal (option mutual_care_interruption). Under option "
    "mutual_care_treatment_facility = federal-672(j), with a parent in a licensed residential "
    "family-based treatment facility: eligible for up to twelve months of it (42 U.S.C. 672(j)).",
)


def _with_parent(
    ctx: Context, index: int, care: MutualCare
) -> tuple[Outcome, str, tuple[str, ...]]:
    """H on the days of placements[index], placed together with a parent."""
    path = f"placements[{index}].with_parent"
    if care.parent_is_minor is None:
        return (
            UNKNOWN,
            "whether the parent is a minor is not stated",
            (f"{path}.parent_is_minor",),
        )
    if care.parent_is_minor:
        return (
            NOT_MET,
            "placed together with the minor parent: the child's placement costs are "
            "reimbursable as an extension of the minor parent's cost of care when the minor "
            "parent is eligible (H ¶2)",
            (),
        )
    if ctx.readings.mutual_care_treatment_facility is MutualCareTreatmentFacility.FEDERAL_672_J:
        if care.parent_in_family_treatment_facility is None:
            return (
                UNKNOWN,
                "whether the parent is in a family-based treatment facility is not stated",
                (f"{path}.parent_in_family_treatment_facility",),
            )
        if care.parent_in_family_treatment_facility:
            return (
                MET,
                "placed with the parent in a licensed residential family-based treatment "
                "facility (42 U.S.C. 672(j), option mutual_care_treatment_facility)",
                (),
            )
    return (
        NOT_MET,
        "residing in mutual out-of-home care with the adult parent, the child is not "
        "considered removed (H)",
        (),
    )


def mutual_care_track(ctx: Context) -> Track:
    """H over the stay: the days of each placement together with a parent, and after them."""
    spec = MUTUAL_CARE_PLACEMENTS
    together = [(i, p) for i, p in ctx.placements if p.with_parent is not None]
    if not together or ctx.start is None:
        return _not_applicable(spec, ctx, "no placement together with a parent")
    ends_stay = ctx.readings.mutual_care_interruption is MutualCareInterruption.DISCHARGE
    pieces = [Piece(ctx.start, MET, "not placed together with a parent")]
    starts = {p.start for _, p in together}
    for i, p in together:
        assert p.with_parent is not None
        outcome, why, missing = _with_parent(ctx, i, p.with_parent)
        if outcome is MET:  # 672(j): twelve months of it at most
            pieces += _twelve_months_with_parent(p.start, p.end or ctx.stop)
        else:
            pieces.append(Piece(p.start, outcome, f"placements[{i}]: {why}", missing))
        if p.end is None or p.end >= ctx.stop:
            break
        if ends_stay and outcome is NOT_MET:
            pieces.append(
                Piece(
                    p.end,
                    NOT_MET,
                    f"the mutual care of placements[{i}] ended the stay (option "
                    "mutual_care_interruption): a later separation from the parent is a new "
                    "removal, determined as a new episode",
                )
            )
            break
        if p.end not in starts:  # else the next placement together with a parent follows
            pieces.append(
                Piece(p.end, MET, f"placements[{i}] ended: not placed together with a parent")
            )
    return _summary(spec, ctx, tuple(q for q in pieces if q.start < ctx.stop))
