"""The Title IV-E determination: every criterion, the effective date, the months, the deadlines.

:func:`determine_iv_e` is pure: facts and an evaluation date in, an immutable
:class:`IVEDetermination` out, recording the interpretation options and the text version it
used. Compliance (was the determination made within 45 days? are redeterminations on time?) is
kept apart from eligibility, as federal policy keeps it (CWPM 8.3A.10): see
:func:`coregs.eligibility.iv_e_compliance`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from coregs._errors import InputError, OutOfRangeError, require_date
from coregs._model import safe_validate
from coregs._options import Options
from coregs.eligibility._base.context import Context, build_context, resolve_ive_options
from coregs.eligibility._base.options import DETERMINATION_READS, AdminCostPartialMonth
from coregs.eligibility._base.outcome import Criterion, Outcome, all_of, outcome_of
from coregs.eligibility._base.parameters import NeedStandard
from coregs.eligibility._base.spec import CriterionSpec
from coregs.eligibility._base.track import Piece, TimeLimit, TimeLimitStatus, Track
from coregs.eligibility._criteria import (
    afdc as _afdc,
    continuing as _continuing,
    removal as _removal,
)
from coregs.eligibility._criteria.provider import Providers
from coregs.eligibility._determination.timeline import MonthLine, timeline
from coregs.eligibility._facts import IVEFacts, RemovalManner
from coregs.periods import Month
from coregs.rules.catalog import CCR_7_601, EFFECTIVE_FYIT, TEXT_VERSION

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "EFFECTIVE_DATE",
    "DeterminationStatus",
    "IVEDetermination",
    "determine_episode",
    "determine_iv_e",
]

TEXT_IN_FORCE = date(2015, 1, 1)
"""7.601.71's heading tag, "[Eff. 1/1/15]": the first day this text is known to be in force."""

FYIT_IN_FORCE = EFFECTIVE_FYIT[0]
"""The first day this text surely has its foster youth in transition wording (B.1.b, D.2.e,
D.4.a(i), F, J.5, K.3): see :data:`coregs.rules.catalog.EFFECTIVE_FYIT` for why."""


EFFECTIVE_DATE = CriterionSpec(
    id="effective-date",
    citation=CCR_7_601.cite("71.A.3.a"),
    title="The eligibility effective date",
    quote="The eligibility effective date of the child for Title IV-E shall be the first day of "
    "the month in which all eligibility criteria for the child are met, but can be no earlier "
    "than the first day of placement.",
    related=(
        "The county department shall use the following eligibility effective dates in the "
        "state automated case management system:",
        "Eligibility for Title IV-E foster care can begin no earlier than the signature date of "
        "the voluntary placement agreement.",
        "Eligibility for Title IV-E foster care can begin no earlier than the signature date of "
        "the voluntary services agreement.",
    ),
    note="The month in which all criteria are met is that of the latest date an initial "
    "criterion is met from (an order, a signature); the effective date is the later of its "
    "first day, the placement date and the agreement's signature date.",
)
"""How :func:`determine_iv_e` dates eligibility (A.3.a, E.2, F.2)."""


class DeterminationStatus(StrEnum):
    """The initial determination (7.601.71.B): eligible, not eligible, or undetermined; or none
    at all, because another state determines.

    The status of a determination, not of a compliance finding (another enum). Formerly
    ``Status``, a name :mod:`coregs.eligibility` keeps as a deprecated alias for one release.
    """

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    UNDETERMINED = "undetermined"
    OTHER_STATE = "other_state"
    """7.601.71.D.4.c: "If the child's residency is from another state, that state is
    responsible for determining Title IV-E eligibility of the child." Colorado makes no
    determination, claims nothing and sets no time limit."""

    @property
    def label(self) -> str:
        """``"eligible"``, ``"not eligible"``, ``"undetermined"``, ``"determined by another
        state"``."""
        if self is DeterminationStatus.OTHER_STATE:
            return "determined by another state"
        return self.value.replace("_", " ")


@dataclass(frozen=True, slots=True, repr=False)
class IVEDetermination:
    """A child's Title IV-E foster care determination as of a date, explaining itself.

    It holds no personal value: reasons name facts and rules; dates are the rule's own (a due
    date, an order's date, an effective date), never a birth date; no income figure appears
    (ask :func:`coregs.eligibility.afdc_budget` for the worksheet, deliberately).

    Attributes:
        case_ref: the facts' opaque reference.
        as_of: the evaluation date.
        status: the initial determination (7.601.71.B).
        initial: each initial criterion (B.1-B.7, E.1/F.1, G.1, H), with its parts.
        continuing: each criterion that holds over the stay (age, E.3/K.1, E.4/F.4, K.2, trial
            home visits), as of ``as_of``.
        providers: each placement's provider criterion (C, L, A.3.b).
        eligible_from: the month in which all eligibility criteria are met.
        effective_date: "the first day of the month in which all eligibility criteria for the
            child are met, but ... no earlier than the first day of placement" (A.3.a), nor
            than the agreement's signature (E.2, F.2).
        eligible_now: whether the child is eligible on ``as_of`` (or the last day in care).
        months: the month-by-month timeline.
        entered_foster_care: "the date the child enters foster care" (45 CFR 1355.20 by
            default, option ``entered_foster_care_date``), from which the 12-month findings
            (K.2) and redeterminations (I.2) count; ``None`` when the facts do not settle it.
        time_limits: the ledger of the stay's time limits, past and ahead, by due date: the
            day-60 finding (B.3), the petition by day 90 and the orders by day 180 (E.3, K.1,
            E.4, F.4), each 12-month permanency finding (K.2), each trial home visit's limit,
            and each 12-month redetermination (I.2, a compliance date), each with when it was
            met and its :class:`TimeLimitStatus`.
        deadlines: the forward view of ``time_limits``: what must still happen, by when, for the
            child to stay eligible (pending, due on or after ``as_of``); none once the child is
            not eligible for the rest of the stay.
        minor_parent_extension: for a child in mutual care with a minor parent, whether the
            placement costs are reimbursable through the parent's eligibility (H ¶2).
        missing: every fact that would settle an unknown, once.
        options: the interpretation options used.
        text_version: the version of 12 CCR 2509-7.601 applied.
        need_standard: the source of the AFDC need standard applied.
        effective: ``"strict"`` or ``"lenient"`` effective dating.
    """

    case_ref: str | None
    as_of: date
    status: DeterminationStatus
    initial: tuple[Criterion, ...]
    continuing: tuple[Criterion, ...]
    providers: tuple[Criterion, ...]
    eligible_from: Month | None
    effective_date: date | None
    eligible_now: Outcome
    months: tuple[MonthLine, ...]
    entered_foster_care: date | None
    time_limits: tuple[TimeLimit, ...]
    deadlines: tuple[TimeLimit, ...]
    minor_parent_extension: Outcome | None
    missing: tuple[str, ...]
    options: Options
    text_version: str
    need_standard: str
    effective: str

    def criteria(self) -> tuple[Criterion, ...]:
        """Every criterion and part, depth first: initial, continuing, providers."""
        return tuple(
            c for top in (*self.initial, *self.continuing, *self.providers) for c in top.walk()
        )

    def criterion(self, id: str) -> Criterion:
        """The criterion (or part) with ``id``.

        Raises:
            KeyError: no such criterion.
        """
        for c in self.criteria():
            if c.id == id:
                return c
        raise KeyError(id)

    def render(self) -> str:
        """The determination as text for a terminal."""
        from coregs.eligibility._render import render  # noqa: PLC0415 - edge code, on demand

        return render(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO strings)."""
        from coregs.eligibility._render import to_dict  # noqa: PLC0415

        return to_dict(self)

    def to_records(self) -> list[dict[str, Any]]:
        """The months as flat records, one per month (for a DataFrame)."""
        from coregs.eligibility._render import month_records  # noqa: PLC0415

        return month_records(self)

    def to_frame(self) -> pd.DataFrame:
        """The months as a pandas DataFrame (needs ``coregs[pandas]``): the month as
        ``period[M]``, day counts as nullable ``Int64``, coverage as ordered categoricals."""
        from coregs._frames.eligibility import months_frame  # noqa: PLC0415 - optional pandas

        return months_frame(self)

    def _repr_html_(self) -> str:
        from coregs.eligibility._render import html  # noqa: PLC0415

        return html(self)

    def __repr__(self) -> str:
        effective = self.effective_date.isoformat() if self.effective_date else None
        return (
            f"IVEDetermination(as_of={self.as_of.isoformat()}, status={self.status.value}, "
            f"effective_date={effective}, months={len(self.months)})"
        )

    def __str__(self) -> str:
        return self.render()


class _Initial(NamedTuple):
    """The initial criteria (7.601.71.B.1-B.7, E.1/F.1, G.1, H), in the order they are reported."""

    removal: Criterion
    ctw_first_ruling: Criterion
    re_prevent_removal: Criterion
    custody: Criterion
    agreement: Criterion
    constructive_removal: Criterion
    relinquishment: Criterion
    afdc: Criterion
    mutual_care: Criterion


class _Continuing(NamedTuple):
    """The criteria that hold, lapse and resume over the stay, in the order they are reported."""

    age: Track
    vpa_authority: Track
    best_interests: Track
    permanency: Track
    trial_home_visits: Track
    treatment_facility: Track
    mutual_care: Track


_STATUS = {
    Outcome.MET: DeterminationStatus.ELIGIBLE,
    Outcome.NOT_MET: DeterminationStatus.NOT_ELIGIBLE,
    Outcome.UNKNOWN: DeterminationStatus.UNDETERMINED,
}


def _check_dates(ctx: Context, effective: str) -> None:
    """Strict effective dating: the text, and its foster youth in transition wording, must be
    in force on the days it is applied to."""
    if effective not in ("strict", "lenient"):
        raise InputError("effective", "expected 'strict' or 'lenient'")
    if effective == "lenient":
        return
    if ctx.start is not None and ctx.start < TEXT_IN_FORCE:
        raise OutOfRangeError(
            "placements[0].start",
            f"placed before {CCR_7_601.cite()} took effect (2015-01-01), so this text may not "
            "govern the stay; pass effective='lenient' to apply it anyway",
            rule=f"{CCR_7_601.cite('71')} [Eff. 1/1/15]",
        )
    if ctx.manner is RemovalManner.VOLUNTARY_SERVICES_AGREEMENT:
        field, day, what = (
            "removal.manner",
            ctx.start,
            "placed under a voluntary services agreement",
        )
    elif ctx.facts.child.fyit_participant:
        field, day, what = "child.fyit_participant", ctx.as_of, "a youth in the program evaluated"
    else:
        return
    if day is not None and day < FYIT_IN_FORCE:
        raise OutOfRangeError(
            field,
            f"{what} before {FYIT_IN_FORCE.isoformat()}, the first day this text surely has its "
            "foster youth in transition wording (the amendment that added it is not verified); "
            "pass effective='lenient' to apply it anyway",
            rule=f"{CCR_7_601.cite('71.B.1.b')}, D.2.e, D.4.a(i), F, J.5, K.3",
        )


def _initial(ctx: Context, age: Track, established_afdc: Criterion | None) -> _Initial:
    """The initial criteria; the AFDC test reads the age at placement, and is waived when 42
    U.S.C. 672(j) is elected and applies (mutual care met), or taken as established in an
    earlier episode of the same stay (``established_afdc``)."""
    agreement = _removal.agreement(ctx)
    mutual = _removal.mutual_care(ctx)
    afdc = (
        established_afdc
        if established_afdc is not None
        else _afdc.afdc(ctx, _age_at_start(age), waived=mutual.outcome is Outcome.MET)
    )
    return _Initial(
        removal=_removal.removal(ctx),
        ctw_first_ruling=_removal.ctw_first_ruling(ctx),
        re_prevent_removal=_removal.re_prevent_removal(ctx),
        custody=_removal.custody(ctx, agreement),
        agreement=agreement,
        constructive_removal=_removal.constructive_removal(ctx),
        relinquishment=_removal.relinquishment(ctx),
        afdc=afdc,
        mutual_care=mutual,
    )


def _age_at_start(age: Track) -> Criterion:
    first = age.pieces[0]
    at_start = _afdc.AGE.result(
        first.outcome, f"at placement: {first.reason}", missing=first.missing
    )
    return at_start._replace(id="afdc-age-at-placement")


def _continuing_criteria(
    ctx: Context, age: Track, initial: _Initial, entry: _continuing.EntryDate
) -> _Continuing:
    return _Continuing(
        age=age,
        vpa_authority=_continuing.vpa_authority_track(ctx),
        best_interests=_continuing.best_interests_track(ctx),
        permanency=_continuing.permanency_track(ctx, entry),
        trial_home_visits=_continuing.trial_home_visit_track(ctx),
        treatment_facility=_continuing.treatment_facility_track(
            ctx, initial.mutual_care.outcome is Outcome.MET
        ),
        mutual_care=_continuing.mutual_care_track(ctx),
    )


def _effective_date(
    ctx: Context, status: DeterminationStatus, initial: _Initial, parts: list[Criterion]
) -> tuple[Month | None, date | None, Piece]:
    """A.3.a, E.2, F.2: the month all criteria are met (the latest date a criterion or part is
    met from), the effective date, and the initial determination as the first piece of the
    timeline (met from the effective date)."""
    first = ctx.start or ctx.as_of
    if status is DeterminationStatus.ELIGIBLE and ctx.start is not None:
        met_on = [c.met_on for c in parts if c.met_on is not None]
        latest = max(met_on) if met_on else ctx.start
        eligible_from = Month.of(max(latest, ctx.start))
        floors = [eligible_from.first_day, ctx.start]
        if ctx.voluntary and ctx.facts.removal.agreement_signed_on is not None:
            floors.append(ctx.facts.removal.agreement_signed_on)
        effective_date = max(floors)
        return (
            eligible_from,
            effective_date,
            Piece(effective_date, Outcome.MET, "initial criteria met"),
        )
    if status is DeterminationStatus.NOT_ELIGIBLE:
        failed = "; ".join(
            f"{CCR_7_601.shorten(c.citation)}: {c.reason}"
            for c in initial
            if c.outcome is Outcome.NOT_MET
        )
        return None, None, Piece(first, Outcome.NOT_MET, f"not initially eligible ({failed})")
    return None, None, Piece(first, Outcome.UNKNOWN, "initial eligibility is undetermined")


_DUE = attrgetter("due")


def _ledger(
    ctx: Context, tracks: _Continuing, entry: _continuing.EntryDate
) -> tuple[TimeLimit, ...]:
    """Every time limit of the stay, past and ahead, by due date: B.3's day 60, the
    continuing criteria's (E.3/K.1, E.4/F.4, each K.2 finding, trial home visits) and I.2's
    redeterminations."""
    out = [t for track in tracks for t in track.time_limits]
    re_order = _removal.re_prevent_limit(ctx)
    if re_order is not None:
        out.append(re_order)
    out += _continuing.redetermination_limits(ctx, entry)
    return tuple(sorted(out, key=_DUE))


_NOT_YET = frozenset((_removal.CUSTODY.id,))
"""Initial criteria whose "not met" may change later in the stay: custody is granted by an
order the court may still make (the child is eligible from its month)."""


def _ahead(
    ctx: Context,
    status: DeterminationStatus,
    initial: _Initial,
    tracks: _Continuing,
    ledger: tuple[TimeLimit, ...],
) -> tuple[TimeLimit, ...]:
    """The forward view of the ledger: what must still happen by when to stay eligible; none
    once the child is not eligible for the rest of the stay (an initial criterion other than
    custody not met, or no 180-day order: "for the remainder")."""
    if status is DeterminationStatus.NOT_ELIGIBLE and any(
        c.outcome is Outcome.NOT_MET and c.id not in _NOT_YET for c in initial
    ):
        return ()
    if any(p.outcome is Outcome.NOT_MET for p in tracks.best_interests.pieces):
        return ()
    return tuple(
        t
        for t in ledger
        if t.keeps_eligibility and t.status is TimeLimitStatus.PENDING and t.due >= ctx.as_of
    )


def _minor_parent_extension(ctx: Context) -> Outcome | None:
    """H ¶2: with a minor parent, whether the placement costs are reimbursable through the
    parent's eligibility."""
    minor = ctx.facts.removal.mutual_care
    if minor is not None and minor.parent_is_minor:
        return outcome_of(minor.parent_ive_eligible)
    return None


def _missing(parts: list[Criterion], tracks: _Continuing) -> tuple[str, ...]:
    """Every fact that would settle an unknown, once, in the order the criteria report them."""
    criteria = parts + [c for t in tracks for c in t.criterion.walk()]
    return tuple(dict.fromkeys(m for c in criteria for m in c.missing))


def determine_iv_e(
    facts: IVEFacts | Mapping[str, Any],
    *,
    as_of: date,
    options: Mapping[str, str] | Options | None = None,
    need_standard: NeedStandard | None = None,
    effective: Literal["strict", "lenient"] = "strict",
) -> IVEDetermination:
    """Determine a child's Title IV-E foster care eligibility (12 CCR 2509-7.601.71) as of a date.

    Args:
        facts: an :class:`IVEFacts` value, or a mapping validated into one.
        as_of: the evaluation date; facts dated after it are set aside.
        options: interpretation overrides by name, any of
            :data:`coregs.eligibility.ALL_OPTIONS` (the evaluator's and the rule catalog's), or
            an :class:`~coregs.Options` value resolved once for every entry point; the options
            a determination does not read are recorded as not used
            (``det.options.not_used``).
        need_standard: the AFDC need standard (default
            :data:`~coregs.eligibility.COLORADO_NEED_STANDARD`, with its caveat).
        effective: ``"strict"`` (default) refuses a stay that began before this text took
            effect (2015-01-01), or foster youth in transition wording applied before 9/1/2024;
            ``"lenient"`` evaluates it under this text anyway.

    Raises:
        InvalidFactsError: ``facts`` is a mapping that is not valid (names the field, never
            the value).
        UnknownOptionError: an unknown option or choice.
        OutOfRangeError: strict effective dating, as above.
    """
    if not isinstance(facts, IVEFacts):
        facts = safe_validate(IVEFacts, facts)
    require_date(as_of, "as_of")
    return determine_episode(
        facts,
        as_of=as_of,
        options=resolve_ive_options(options, DETERMINATION_READS),
        need_standard=need_standard,
        effective=effective,
    )


def determine_episode(
    facts: IVEFacts,
    *,
    as_of: date,
    options: Options,
    need_standard: NeedStandard | None,
    effective: str,
    established_afdc: Criterion | None = None,
) -> IVEDetermination:
    """:func:`determine_iv_e` on validated facts and resolved options; with
    ``established_afdc``, the AFDC test (B.7, D) is not made again but taken as established in
    an earlier episode of the same stay (7.601.71.K.3), which is how a history carries it."""
    ctx = build_context(facts, as_of, options, need_standard)
    _check_dates(ctx, effective)
    if facts.child.colorado_resident is False:
        return _other_state(ctx, effective)
    age = _afdc.age_track(ctx)
    initial = _initial(ctx, age, established_afdc)
    status = _STATUS[all_of(c.outcome for c in initial)]
    entry = _continuing.entered_foster_care(ctx)  # K.2's and I.2's day 0, derived once
    tracks = _continuing_criteria(ctx, age, initial, entry)
    parts = [c for top in initial for c in top.walk()]
    eligible_from, effective_date, start = _effective_date(ctx, status, initial, parts)
    providers = Providers(ctx)
    months, now = (
        timeline(
            ctx.start,
            ctx.stop,
            start,
            tracks,
            providers,
            whole_month_admin=ctx.readings.admin_cost_partial_month
            is AdminCostPartialMonth.WHOLE_MONTH,
        )
        if ctx.start is not None
        else ((), Outcome.UNKNOWN)
    )
    ledger = _ledger(ctx, tracks, entry)
    return IVEDetermination(
        case_ref=facts.case_ref,
        as_of=as_of,
        status=status,
        initial=tuple(initial),
        continuing=tuple(t.criterion for t in tracks),
        providers=providers.criteria(),
        eligible_from=eligible_from,
        effective_date=effective_date,
        eligible_now=now,
        months=months,
        entered_foster_care=entry.known,
        time_limits=ledger,
        deadlines=_ahead(ctx, status, initial, tracks, ledger),
        minor_parent_extension=_minor_parent_extension(ctx),
        missing=_missing(parts, tracks),
        options=options,
        text_version=TEXT_VERSION,
        need_standard=ctx.need_standard.source,
        effective=effective,
    )


def _other_state(ctx: Context, effective: str) -> IVEDetermination:
    """D.4.c: another state determines. Colorado makes no determination: the one criterion
    that says so, no time limit, and month lines that claim nothing."""
    residency = _afdc.residency(ctx)
    months: tuple[MonthLine, ...] = ()
    if ctx.start is not None:
        nothing = Piece(
            ctx.start,
            Outcome.NOT_MET,
            "another state determines Title IV-E eligibility (D.4.c): Colorado claims nothing",
        )
        months, _ = timeline(ctx.start, ctx.stop, nothing, (), Providers(ctx))
    return IVEDetermination(
        case_ref=ctx.facts.case_ref,
        as_of=ctx.as_of,
        status=DeterminationStatus.OTHER_STATE,
        initial=(residency,),
        continuing=(),
        providers=(),
        eligible_from=None,
        effective_date=None,
        eligible_now=Outcome.NOT_APPLICABLE,
        months=months,
        entered_foster_care=None,
        time_limits=(),
        deadlines=(),
        minor_parent_extension=None,
        missing=(),
        options=ctx.options,
        text_version=TEXT_VERSION,
        need_standard=ctx.need_standard.source,
        effective=effective,
    )
