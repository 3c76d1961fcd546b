"""7.601.71.B.5, B.7 and D: the child would have been eligible for AFDC as of July 16, 1996.

"The AFDC eligibility month is the month court proceedings leading to the removal were
initiated or the month in which a voluntary placement agreement was signed." Every test here
reads the removal home as it was in that month, except age, which holds over the whole stay
(:func:`age_track`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from coregs.eligibility._base.context import Context
from coregs.eligibility._base.options import Age18End, UnemploymentDeprivation
from coregs.eligibility._base.outcome import (
    MET,
    NOT_MET,
    UNKNOWN,
    Criterion,
    Outcome,
    all_of,
    any_of,
    outcome_of,
)
from coregs.eligibility._base.spec import CriterionSpec
from coregs.eligibility._base.track import Piece, Track, at
from coregs.eligibility._criteria.need import income, resources
from coregs.eligibility._facts import Citizenship, Education, Parent, ParentStatus, RemovalManner
from coregs.periods import Month, MonthWindow, add_months
from coregs.rules.catalog import CCR_7_601

_ONE_DAY = timedelta(days=1)

__all__ = [
    "AFDC",
    "AGE",
    "CITIZENSHIP",
    "DEPRIVATION",
    "LIVING_WITH",
    "RESIDENCY",
    "afdc",
    "age_track",
    "citizenship",
    "deprivation",
    "living_with",
    "residency",
]

LIVING_WITH = CriterionSpec(
    id="living-with-relative",
    citation=CCR_7_601.cite("71.B.5; D.1"),
    title="Lived with a parent or specified relative in the month or the six months before",
    quote="The child must have lived with a parent or other specified relative from whom the "
    "child is removed through a voluntary placement agreement or court-ordered custody with "
    "the county department in the month, or within the six (6) months preceding the month, in "
    "which the voluntary placement agreement was signed or court proceedings were initiated to "
    "remove the child or the child has entered into a voluntary services agreement pursuant to "
    "section 19-7-306, C.R.S.",
    related=(
        "Living with a Relative - The child/youth must have lived with a parent or other "
        "specified relative: a. During the month in which court proceedings to remove the "
        "child/youth were initiated or a voluntary placement agreement/voluntary services "
        "agreement was signed; or b. Sometime within the six (6) months preceding the month in "
        "which court proceedings to remove the child/youth were initiated or a voluntary "
        "placement agreement/voluntary services agreement was signed.",
    ),
    note="Month-granular: any day in the window's months counts (coregs.periods.MonthWindow). "
    "B.5 exempts a youth under a voluntary services agreement; D.1 names that month too, and "
    "the specific exemption is followed. A relinquished child is tested by G.1 instead.",
)


@lru_cache(maxsize=256)
def _b5_window(month: Month) -> tuple[date, date, str]:
    """B.5's window, ``month`` and the six months before it: its first day, the day after its
    last, and its text (the same for every determination of that month: made once)."""
    window = MonthWindow.preceding(month, 6)
    return window.start, window.end + _ONE_DAY, str(window)


def living_with(ctx: Context) -> Criterion:
    """B.5 / D.1: lived with the specified relative in the eligibility month or the six before."""
    if ctx.manner is None:
        return LIVING_WITH.unknown("the manner of removal is not stated", "removal.manner")
    if ctx.manner is RemovalManner.VOLUNTARY_SERVICES_AGREEMENT:
        return LIVING_WITH.result(
            MET, "the youth has entered into a voluntary services agreement (B.5)"
        )
    if ctx.manner is RemovalManner.RELINQUISHMENT:
        return LIVING_WITH.not_applicable("a relinquished child is tested by G.1")
    home = ctx.facts.removal_home
    if ctx.eligibility_month is None:
        what = "agreement was signed" if ctx.voluntary else "court proceedings were initiated"
        return LIVING_WITH.unknown(f"the month the {what} is unknown", *ctx.proceedings_missing)
    if home.relationship is None:
        return LIVING_WITH.unknown(
            "who the child lived with is not stated", "removal_home.relationship"
        )
    if not home.relationship.specified:
        return LIVING_WITH.result(
            NOT_MET,
            "the removal home is not that of a parent or other specified relative",
        )
    if not home.lived_with:
        return LIVING_WITH.unknown(
            "when the child lived in the removal home is not stated", "removal_home.lived_with"
        )
    start, after, window = _b5_window(ctx.eligibility_month)
    for span in home.lived_with:
        if (span.start is None or span.start < after) and (span.end is None or span.end > start):
            return LIVING_WITH.result(
                MET,
                f"lived with the {home.relationship.value.replace('_', ' ')} within the months "
                f"{window}",
            )
    return LIVING_WITH.result(
        NOT_MET,
        f"did not live with the {home.relationship.value.replace('_', ' ')} in any month of "
        f"{window}",
    )


DEPRIVATION = CriterionSpec(
    id="afdc-deprivation",
    citation=CCR_7_601.cite("71.D.2"),
    title="Deprived of parental support or care",
    quote="Deprivation of Parental Support - The child/youth must be deprived of parental "
    "support or care of one or both parents by reason of: a. Death; b. Incapacity - physical or "
    "mental; c. Continued absence from the home; or d. Unemployment",
    related=(
        "Unemployment - deprivation due to unemployment exists when: 1) Both of the child's "
        "natural or adoptive parents resided in the removal home in the month the voluntary "
        "placement agreement was signed or court proceedings were initiated to remove the child "
        "from the home; and 2) The household income, after AFDC income tests are applied, is "
        "less than the need standard for the household.",
        "Deprivation of parental support findings are not required when the youth is "
        "participating in the foster youth in transition program.",
    ),
    note="Judged for the child's natural or adoptive parents (45 CFR 233.90(a)(1)); list both. "
    "A youth under a voluntary services agreement participates in the foster youth in "
    "transition program (B.1.b), so D.2.e applies whatever child.fyit_participant says. Option "
    "unemployment_deprivation adds the 1996 unemployed-parent test of 45 CFR 233.101(a).",
)

_FACTORS = {  # each factor of D.2: its id, citation and title
    name: (
        f"afdc-deprivation-{name}",
        CCR_7_601.cite(f"71.D.2.{letter}"),
        name.replace("-", " ").capitalize(),
    )
    for name, letter in zip(
        ("death", "incapacity", "continued-absence", "unemployment"), "abcd", strict=True
    )
}


def _factor(name: str, outcome: Outcome, reason: str, missing: tuple[str, ...]) -> Criterion:
    return Criterion(*_FACTORS[name], outcome, reason, missing if outcome is UNKNOWN else ())


def _afdc_up(ctx: Context) -> tuple[Outcome, tuple[str, ...]]:
    """The 1996 unemployed-parent conditions for the principal earner (45 CFR 233.101(a))."""
    parents = ctx.facts.removal_home.parents
    earners = [(i, p) for i, p in enumerate(parents) if p.unemployment is not None]
    principal = [(i, p) for i, p in earners if p.unemployment and p.unemployment.principal_earner]
    if not principal:
        unknown = [
            f"removal_home.parents[{i}].unemployment.principal_earner"
            for i, p in enumerate(parents)
            if p.unemployment is None or p.unemployment.principal_earner is None
        ]
        return (UNKNOWN if unknown else NOT_MET), tuple(unknown)
    i, parent = principal[0]
    u = parent.unemployment
    assert u is not None
    path = f"removal_home.parents[{i}].unemployment"
    tests = (
        (None if u.hours_worked is None else u.hours_worked < 100, f"{path}.hours_worked"),
        (u.unemployed_30_days, f"{path}.unemployed_30_days"),
        (None if u.refused_work is None else not u.refused_work, f"{path}.refused_work"),
    )
    work_history = any_of(
        (
            outcome_of(None if u.quarters_of_work is None else u.quarters_of_work >= 6),
            outcome_of(u.unemployment_insurance),
        )
    )
    outcomes = [outcome_of(ok) for ok, _ in tests]
    missing = [path for ok, path in tests if ok is None]
    if work_history is UNKNOWN:
        missing += [f"{path}.quarters_of_work", f"{path}.unemployment_insurance"]
    return all_of((*outcomes, work_history)), tuple(missing)


_WITHIN_71 = CCR_7_601.cite("71.")  # a part's citation, shortened to within 7.601.71


class _Parents(NamedTuple):
    """What D.2 reads of the child's natural or adoptive parents (45 CFR 233.90(a)(1)).

    ``unsettled`` names the facts without which no factor can be ruled out: a parent's status,
    or the second parent when only one is listed.
    """

    statuses: list[ParentStatus | None]
    in_home: list[tuple[int, Parent]]
    unsettled: tuple[str, ...]


def _parents(ctx: Context) -> _Parents:
    parents = ctx.facts.removal_home.parents
    statuses = [p.status for p in parents]
    in_home = [(i, p) for i, p in enumerate(parents) if p.status is ParentStatus.IN_HOME]
    unsettled: tuple[str, ...] = ()
    if None in statuses:
        unsettled = tuple(
            f"removal_home.parents[{i}].status" for i, s in enumerate(statuses) if s is None
        )
    if len(parents) != 2:
        unsettled += ("removal_home.parents (both of the child's parents)",)
    return _Parents(statuses, in_home, unsettled)


def _by_status(name: str, status: ParentStatus, parents: _Parents) -> Criterion:
    """D.2.a death, D.2.c continued absence: a parent of that status."""
    if status in parents.statuses:
        return _factor(name, MET, f"a parent is {status.value}", ())
    if parents.unsettled:
        return _factor(name, UNKNOWN, "not every parent's status is known", parents.unsettled)
    return _factor(name, NOT_MET, f"no parent is {status.value}", ())


def _incapacity(parents: _Parents) -> Criterion:
    """D.2.b: a parent in the home is physically or mentally incapacitated."""
    flags = [p.incapacitated for _, p in parents.in_home]
    if any(flags):
        return _factor("incapacity", MET, "a parent in the home is incapacitated", ())
    if None in flags or parents.unsettled:
        return _factor(
            "incapacity",
            UNKNOWN,
            "whether a parent in the home is incapacitated is not known",
            tuple(
                f"removal_home.parents[{i}].incapacitated"
                for i, p in parents.in_home
                if p.incapacitated is None
            )
            + parents.unsettled,
        )
    return _factor("incapacity", NOT_MET, "no parent in the home is incapacitated", ())


def _unemployment(ctx: Context, parents: _Parents, income_result: Criterion) -> Criterion:
    """D.2.d: both parents in the home and income under the need standard (and, under option
    unemployment_deprivation, the 1996 unemployed-parent test)."""
    two_home = UNKNOWN if parents.unsettled else MET if len(parents.in_home) == 2 else NOT_MET
    up_missing: tuple[str, ...] = ()
    conditions = [two_home, income_result.outcome]
    if (
        ctx.readings.unemployment_deprivation is UnemploymentDeprivation.AFDC_UP_1996
        and two_home is MET
    ):
        up, up_missing = _afdc_up(ctx)
        conditions.append(up)
    unemployed = all_of(conditions)
    if unemployed is MET:
        why = (
            "both parents resided in the removal home and its income is less than the need "
            "standard (D.2.d)"
        )
    elif unemployed is NOT_MET:
        why = (
            "not both parents resided in the removal home (D.2.d.1)"
            if two_home is NOT_MET
            else "the household income is not less than the need standard (D.2.d.2)"
            if income_result.outcome is NOT_MET
            else "the principal earner does not meet the 1996 unemployed-parent test (45 CFR "
            "233.101(a))"
        )
    else:
        why = (
            "whether both parents were in the home and its income was under the need standard "
            "is not known"
        )
    missing = parents.unsettled + income_result.missing + up_missing
    return _factor("unemployment", unemployed, why, missing)


def deprivation(ctx: Context, income_result: Criterion) -> Criterion:
    """D.2: death, incapacity, continued absence or unemployment of a parent; not required for
    a foster youth in transition (D.2.e)."""
    if ctx.fyit is MET:
        return DEPRIVATION.not_applicable(
            "deprivation findings are not required for a foster youth in transition (D.2.e)"
        )
    parents = _parents(ctx)
    factors = (
        _by_status("death", ParentStatus.DECEASED, parents),
        _incapacity(parents),
        _by_status("continued-absence", ParentStatus.ABSENT, parents),
        _unemployment(ctx, parents, income_result),
    )
    found = any_of([f.outcome for f in factors])
    if found is MET:
        named = ", ".join(f.title.lower() for f in factors if f.outcome is MET)
        return DEPRIVATION.result(MET, f"deprived by reason of {named}", parts=factors)
    if found is NOT_MET and ctx.fyit is UNKNOWN:
        return DEPRIVATION.unknown(
            "no deprivation factor applies, and whether the youth is a foster youth in transition "
            "(D.2.e) is not known",
            *ctx.fyit_missing,
        )._replace(parts=factors)
    if found is NOT_MET:
        return DEPRIVATION.result(NOT_MET, "no deprivation factor applies", parts=factors)
    missing = tuple(dict.fromkeys(m for f in factors for m in f.missing))
    return DEPRIVATION.unknown("no factor is shown, and some are not known", *missing)._replace(
        parts=factors
    )


AGE = CriterionSpec(
    id="afdc-age",
    citation=CCR_7_601.cite("71.D.4.a"),
    title="Under 18, or a student who will finish before 19, or a foster youth in transition",
    quote="Age - The child must be under eighteen (18) years, or if over eighteen (18) but not "
    "yet nineteen (19) years of age, must be a fulltime student in a secondary school or in the "
    "equivalent level of vocational or technical training and expected to complete the program "
    "before age 19. Such children are eligible for Title IV-E though the month of completion of "
    "the educational program.",
    related=(
        "(i) The youth is participating in the foster youth in transition program and meets "
        "eligibility criteria described in 12 CCR 2509-037.203.4.",
    ),
    note="'though' reads 'through', and (i)'s '2509-037.203.4' is garbled for 2509-3, 7.203.4 "
    "(both in RULEBOOK.errata); a "
    "foster youth in transition is eligible to 21 (C.R.S. 19-7-303). Birthdays are the same "
    "day of the month (Feb 29 -> Feb 28). "
    "Option age_18_end: through the day before the 18th birthday, or the end of that month.",
)


def _after(month_of: date) -> date:
    return (Month.of(month_of) + 1).first_day


def _student_route(
    edu: Education | None, b19: date
) -> tuple[Outcome, tuple[str, ...], date | None]:
    """D.4.a after 18: a full-time student expected to complete the program before 19,
    "eligible for Title IV-E though the month of completion"; the outcome, the facts missing,
    and the first day after the month of completion."""
    if edu is None or edu.fulltime_student is None:
        return (
            UNKNOWN,
            ("child.education" if edu is None else "child.education.fulltime_student",),
            None,
        )
    if not edu.fulltime_student:
        return NOT_MET, (), None
    if edu.expected_completion is None:
        return UNKNOWN, ("child.education.expected_completion",), None
    if edu.expected_completion >= b19:
        return NOT_MET, (), None
    done = edu.completed_on if edu.completed_on is not None else edu.expected_completion
    return MET, (), _after(done)


def age_track(ctx: Context) -> Track:
    """D.4.a over the stay: pieces from the placement date to the end of the evaluation."""
    first = ctx.start or ctx.as_of
    child = ctx.facts.child
    if child.birth_date is None:
        crit = AGE.unknown("the child's date of birth is not stated", "child.birth_date")
        return Track(crit, (Piece(first, UNKNOWN, crit.reason, crit.missing),))
    born = child.birth_date
    b18 = add_months(born, 216)
    end18 = b18 if ctx.readings.age_18_end is Age18End.DAY_BEFORE_BIRTHDAY else _after(b18)
    pieces = [Piece(first, MET, "under 18")] if first < end18 else []
    if first >= end18 or end18 < ctx.stop:  # 18 before the end of the evaluation
        pieces += _over_18(ctx, born, max(first, end18))
    track = tuple(pieces)
    now = at(track, min(ctx.as_of, ctx.stop - _ONE_DAY)) or track[0]
    return Track(AGE.result(now.outcome, now.reason, missing=now.missing), track)


def _over_18(ctx: Context, born: date, start: date) -> list[Piece]:
    """D.4.a from the first day at 18 or over (``start``): the student route and the foster
    youth in transition route (D.4.a(i)), each piece until the next change."""
    b19, b21 = add_months(born, 228), add_months(born, 252)
    student, student_missing, student_end = _student_route(ctx.facts.child.education, b19)
    fyit, fyit_missing = ctx.fyit, ctx.fyit_missing

    def piece(day: date) -> Piece:
        s = student if student_end is None or day < student_end else NOT_MET
        y = fyit if day < b21 else NOT_MET
        outcome = any_of((s, y))
        if outcome is MET:
            why = (
                "a full-time student expected to complete the program before 19, eligible "
                "through the month of completion (D.4.a)"
                if s is MET
                else "participating in the foster youth in transition program (D.4.a(i))"
            )
        elif outcome is NOT_MET:
            why = (
                "18 or older, and neither a full-time student who will complete the program "
                "before 19 (through its month) nor a foster youth in transition under 21"
            )
        else:
            why = (
                "18 or older: whether a full-time student or a foster youth in transition is "
                "not known"
            )
        missing = (student_missing if s is UNKNOWN else ()) + (fyit_missing if y is UNKNOWN else ())
        return Piece(day, outcome, why, missing)

    points = {start} | {d for d in (student_end, b21) if d is not None and start < d < ctx.stop}
    return _merge(piece(d) for d in sorted(points))


def _merge(pieces: Iterable[Piece]) -> list[Piece]:
    """Drop a piece that only repeats the one before it."""
    out: list[Piece] = []
    for p in pieces:
        if not out or out[-1][1:] != p[1:]:
            out.append(p)
    return out


CITIZENSHIP = CriterionSpec(
    id="afdc-citizenship",
    citation=CCR_7_601.cite("71.D.4.b; A.1"),
    title="A citizen or qualified non-citizen, verified",
    quote="Citizenship - The child must be a United States citizen, naturalized citizen, or "
    "qualified non-citizen to be eligible for Title IV-E.",
    related=("Verification of the child's citizenship or non-citizen status is required.",),
)


def citizenship(ctx: Context) -> Criterion:
    """D.4.b with A.1: an eligible status, and verified."""
    child = ctx.facts.child
    if child.citizenship is None:
        return CITIZENSHIP.unknown(
            "the child's citizenship or non-citizen status is not stated", "child.citizenship"
        )
    if child.citizenship is Citizenship.OTHER_NON_CITIZEN:
        return CITIZENSHIP.result(NOT_MET, "neither a citizen nor a qualified non-citizen")
    if child.citizenship_verified is None:
        return CITIZENSHIP.unknown(
            "whether the status has been verified (A.1) is not stated",
            "child.citizenship_verified",
        )
    if not child.citizenship_verified:
        return CITIZENSHIP.result(NOT_MET, "the status has not been verified, which A.1 requires")
    return CITIZENSHIP.result(MET, f"{child.citizenship.value.replace('_', ' ')}, verified")


RESIDENCY = CriterionSpec(
    id="afdc-residency",
    citation=CCR_7_601.cite("71.D.4.c"),
    title="A resident of Colorado",
    quote="Residency - The child must be a resident of Colorado. If the child's residency is "
    "from another state, that state is responsible for determining Title IV-E eligibility of "
    "the child.",
    note="A child whose residency is from another state gets no Colorado determination (status "
    "other_state): no other criterion is evaluated, nothing is claimable and no time limit is "
    "set; iv_e_compliance leaves out the time frames of 7.601.71. Residency follows placement "
    "and care responsibility: the state whose court or agreement removed the child determines "
    "and claims (42 U.S.C. 672(a)(2)(B); CWPM 8.2A.1 by analogy; 12 CCR 2509-3 7.203.22.A).",
)


def residency(ctx: Context) -> Criterion:
    """D.4.c: a Colorado resident."""
    resident = ctx.facts.child.colorado_resident
    if resident is None:
        return RESIDENCY.unknown(
            "whether the child is a Colorado resident is not stated", "child.colorado_resident"
        )
    if not resident:
        return RESIDENCY.result(
            NOT_MET,
            "the child's residency is from another state, which is responsible for determining "
            "Title IV-E eligibility (D.4.c): Colorado makes no determination and claims nothing",
        )
    return RESIDENCY.result(MET, "a Colorado resident")


AFDC = CriterionSpec(
    id="afdc",
    citation=CCR_7_601.cite("71.B.7; D"),
    title="Eligible for AFDC as of July 16, 1996",
    quote="To be eligible for Title IV-E, the child must be determined eligible for Aid to "
    "Families with Dependent Children (AFDC) in accordance with the July 16, 1996, regulations "
    "(and exceptions as allowed).",
    related=(
        "Title IV-E requires that eligibility for Aid to Families with Dependent Children (AFDC) "
        "must be determined in accordance with the regulations as in effect on July 16, 1996, "
        "and exceptions as allowed.",
        "The AFDC eligibility month is the month court proceedings leading to the removal were "
        "initiated or the month in which a voluntary placement agreement was signed.",
    ),
    note="Composed of living with a relative (B.5 / D.1), deprivation (D.2), resources and "
    "income (D.3), age at placement (D.4.a; over the stay it is a continuing criterion), "
    "citizenship (D.4.b) and residency (D.4.c).",
)


def afdc(ctx: Context, age_at_start: Criterion, *, waived: bool = False) -> Criterion:
    """B.7: all the AFDC tests, or not applicable when 42 U.S.C. 672(j) waives them."""
    if waived:
        return AFDC.not_applicable(
            "42 U.S.C. 672(j) applies 'without regard to' the AFDC test (option "
            "mutual_care_treatment_facility)"
        )
    income_result = income(ctx)
    parts = (
        living_with(ctx),
        deprivation(ctx, income_result),
        resources(ctx),
        income_result,
        age_at_start,
        citizenship(ctx),
        residency(ctx),
    )
    outcome = all_of([p.outcome for p in parts])
    if outcome is MET:
        return AFDC.result(outcome, "every AFDC test is met", parts=parts)
    if outcome is NOT_MET:
        failed = ", ".join(
            p.citation.removeprefix(_WITHIN_71) for p in parts if p.outcome is NOT_MET
        )
        return AFDC.result(outcome, f"not met: {failed}", parts=parts)
    return AFDC.result(
        outcome,
        "some AFDC tests cannot be decided from the facts given",
        missing=tuple(dict.fromkeys(m for p in parts for m in p.missing)),
        parts=parts,
    )
