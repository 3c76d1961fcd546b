"""7.601.71.B.1-B.4, B.6, E.1, F.1, G and H: how the child was removed, and the court's findings.

The judicial findings are all-or-nothing for the stay: a contrary-to-the-welfare finding missing
from the first ruling, or a reasonable-efforts finding not made within sixty days, makes the
child ineligible "for the duration of that stay in foster care" (45 CFR 1356.21(b)(1)(ii), (c)).
Only the signed written order or a transcript of the proceeding verifies a finding; affidavits
and nunc pro tunc orders never do (B.2 ¶2, B.3 ¶2), nor an order qualified as made for funding
purposes only or one that only cites state law (45 CFR 1356.21(d)(3); CWPM 8.3A.9c).
"""

from __future__ import annotations

from datetime import date, timedelta

from coregs.eligibility._base.context import Context
from coregs.eligibility._base.options import (
    MutualCareTreatmentFacility,
    RelinquishmentLivingWith,
    RelinquishmentRemoval,
)
from coregs.eligibility._base.outcome import (
    MET,
    NOT_MET,
    UNKNOWN,
    Criterion,
    all_of,
    outcome_of,
)
from coregs.eligibility._base.spec import CriterionSpec
from coregs.eligibility._base.track import TimeLimit, time_limit
from coregs.eligibility._facts import FindingKind as F, Relationship, RemovalManner
from coregs.periods import MonthWindow, add_months
from coregs.rules.catalog import CCR_7_601, RePreventRemovalTrigger

__all__ = [
    "AGREEMENT",
    "CONSTRUCTIVE_REMOVAL",
    "CTW_FIRST_RULING",
    "CUSTODY",
    "MUTUAL_CARE",
    "RELINQUISHMENT",
    "REMOVAL",
    "RE_PREVENT_REMOVAL",
    "agreement",
    "constructive_removal",
    "ctw_first_ruling",
    "custody",
    "judicial_removal",
    "mutual_care",
    "re_prevent_due",
    "re_prevent_limit",
    "re_prevent_removal",
    "relinquishment",
    "removal",
    "removal_day",
]

_MANNER = "removal.manner"

REMOVAL = CriterionSpec(
    id="removal",
    citation=CCR_7_601.cite("71.B.1"),
    title="Removed by a voluntary agreement or by order of the court",
    quote="The child was removed from his/her parent(s) or other specified relative either by: "
    "a. A voluntary placement agreement entered into by the child's parent or legal guardian; "
    "or b. A voluntary services agreement entered into by a youth who is participating in the "
    "foster youth in transition program as described in 12 CCR 2509-3; 7.203.4 et seq. c. "
    "Order of the court.",
)


def removal(ctx: Context) -> Criterion:
    """B.1: the manner of removal is one the text allows."""
    manner = ctx.manner
    if manner is None:
        return REMOVAL.unknown("the manner of removal is not stated", _MANNER)
    if ctx.start is None:
        return REMOVAL.unknown(
            "no placement in out-of-home care is recorded on or before the evaluation date",
            "placements",
        )
    if manner is RemovalManner.RELINQUISHMENT:
        return _judicially_removed(ctx)
    return REMOVAL.result(MET, f"removed {_REMOVED_BY[manner]}")


_REMOVED_BY = {
    RemovalManner.COURT_ORDER: "by order of the court (B.1.c)",
    RemovalManner.VOLUNTARY_PLACEMENT_AGREEMENT: "by a voluntary placement agreement (B.1.a)",
    RemovalManner.VOLUNTARY_SERVICES_AGREEMENT: "by a voluntary services agreement (B.1.b)",
}


CTW_FIRST_RULING = CriterionSpec(
    id="ctw-first-ruling",
    citation=CCR_7_601.cite("71.B.2"),
    title="The first ruling sanctioning removal finds it contrary to the welfare",
    quote="The first court ruling sanctioning the removal of the child from the home must "
    "contain findings to the effect that: a. Continuation in the home would be contrary to the "
    "welfare of the child; or, b. Out-of-home placement is in the best interests of the child.",
    related=(
        'If this "best interests" determination is not recorded in the first written court '
        "order, signed by a judge or magistrate, pertaining to the removal of the child from "
        "the home, a transcript of the findings and orders from the court proceeding is the "
        "only other documentation that can be accepted to verify that the required judicial "
        "determination was made.",
        'Neither affidavits nor subsequent "nunc pro tunc" orders are acceptable verification '
        'for meeting the "best interests" requirement.',
        "The court order contains the findings shown at Section 7.601.81, B, 2.",
    ),
    note="For a relinquished child, G.2 requires the same findings: its cross-reference to "
    "'Section 7.601.81, B, 2' is an erratum for 7.601.71.B.2 (7.601.81.B.2 is about preserving "
    "evidence of falsified records), recorded and never followed. A finding made only in a "
    "later order does not count (45 CFR 1356.21(c)).",
)


_FIRST_RULING = "court_orders (the first ruling sanctioning removal)"
_CTW_KINDS = frozenset((F.CONTRARY_TO_WELFARE, F.BEST_INTERESTS))


def _first_ruling(ctx: Context) -> tuple[date | None, list[str]]:
    """The date of the first ruling sanctioning the removal, and the orders on or before it of
    which it is not stated whether they sanction it (``court_orders[i].sanctions_removal``)."""
    first_date: date | None = None
    undecided: list[str] = []
    for index, order in ctx.orders:
        if first_date is not None and order.date > first_date:
            break
        if order.sanctions_removal is None:
            undecided.append(f"court_orders[{index}].sanctions_removal")
        elif order.sanctions_removal:
            first_date = order.date
    return first_date, undecided


def _judicially_removed(ctx: Context) -> Criterion:
    """B.1.c for a relinquished child: removed once the court sanctions the removal the county
    petitions for (G); the relinquishment itself is no removal (CWPM 8.3A.14)."""
    day, missing = judicial_removal(ctx)
    if day is None:
        return REMOVAL.unknown(
            "relinquished to the county department, which must petition the court to "
            "judicially remove the child (7.601.71.G): no ruling sanctioning the removal is "
            "recorded yet, and a relinquishment alone is no removal (CWPM 8.3A.14)",
            *missing,
        )
    return REMOVAL.result(
        MET,
        "relinquished, then removed by order of the court on the county's petition (G; B.1.c)",
        met_on=day,
    )


def judicial_removal(ctx: Context) -> tuple[date | None, tuple[str, ...]]:
    """The first court ruling sanctioning the removal (45 CFR 1356.21(k)(3): "the date of the
    first judicial order removing custody, even temporarily"), or ``None`` and the facts that
    would settle it."""
    day, undecided = _first_ruling(ctx)
    if undecided:
        return None, tuple(undecided)
    if day is None:
        return None, (_FIRST_RULING,)
    return day, ()


def _removed_by_the_court(ctx: Context) -> bool:
    """A relinquished child under option relinquishment_removal = first-court-order: removed
    by the first ruling sanctioning it (7.601.71.G; 45 CFR 1356.21(k))."""
    return (
        ctx.manner is RemovalManner.RELINQUISHMENT
        and ctx.readings.relinquishment_removal is RelinquishmentRemoval.FIRST_COURT_ORDER
    )


def not_yet_removed(ctx: Context) -> bool:
    """A relinquished child whose removal is the court's (option relinquishment_removal =
    first-court-order) and whom no recorded ruling has removed yet. With every order through
    the evaluation date on record (the facts convention), the child has not entered foster
    care as of that date, so the clocks that start there have not begun; any later ruling
    starts them after it. An order that may sanction the removal leaves it open."""
    if not _removed_by_the_court(ctx):
        return False
    day, undecided = _first_ruling(ctx)
    return day is None and not undecided


def removal_day(ctx: Context) -> tuple[date | None, tuple[str, ...]]:
    """The day the child was removed from the home (45 CFR 1356.21(k)), or ``None`` and the
    facts that would settle it: the recorded removal date, except for a relinquished child under
    option relinquishment_removal = first-court-order, whose removal is the court's."""
    if _removed_by_the_court(ctx):
        return judicial_removal(ctx)
    day = ctx.facts.removal.removal_date
    if day is None:
        return None, ("removal.removal_date",)
    judicial = ctx.readings.relinquishment_removal is RelinquishmentRemoval.FIRST_COURT_ORDER
    if judicial and ctx.manner is None and judicial_removal(ctx)[0] != day:
        return None, (_MANNER,)  # a relinquishment would date it by the court's ruling
    return day, ()


def ctw_first_ruling(ctx: Context) -> Criterion:
    """B.2 (and G.2): the first ruling sanctioning removal has a CTW or best-interests finding."""
    if ctx.manner is None:
        return CTW_FIRST_RULING.unknown("the manner of removal is not stated", _MANNER)
    if ctx.voluntary:
        return CTW_FIRST_RULING.not_applicable(
            "removed by a voluntary agreement: no ruling sanctions the removal"
        )
    if not ctx.orders:
        return CTW_FIRST_RULING.unknown("no court order is recorded", _FIRST_RULING)
    first_date, undecided = _first_ruling(ctx)
    if first_date is None:
        return CTW_FIRST_RULING.unknown(
            "no recorded ruling is stated to sanction the removal",
            *(undecided or [_FIRST_RULING]),
        )
    if undecided:
        return CTW_FIRST_RULING.unknown(
            "an earlier or same-day order may be the first ruling sanctioning removal",
            *undecided,
        )
    return _ctw_in_first_ruling(ctx, first_date)


def _ctw_in_first_ruling(ctx: Context, first_date: date) -> Criterion:
    """B.2 once the first ruling is known: its finding, and whether the finding counts."""
    found = {
        i
        for i, o in ctx.orders
        if o.date == first_date and o.sanctions_removal and _CTW_KINDS & o.kinds
    }
    if not found:
        return CTW_FIRST_RULING.result(
            NOT_MET,
            "the first ruling sanctioning the removal records neither a contrary-to-the-welfare "
            "nor a best-interests finding; the child is not eligible for the duration of the "
            "stay (45 CFR 1356.21(c))",
        )
    hits = ctx.findings(*_CTW_KINDS)
    same_day = [f for f in hits if f.date == first_date and f.order in found]
    for f in same_day:
        if f.valid is MET:
            return CTW_FIRST_RULING.result(
                MET,
                f"court_orders[{f.order}], the first ruling sanctioning removal, finds that "
                "continuation in the home is contrary to the welfare or that placement is in "
                "the best interests",
                met_on=f.date,
            )
    missing = tuple(m for f in same_day for m in f.missing)
    if missing:
        return CTW_FIRST_RULING.unknown(
            "the first ruling records the finding, but how it is documented or worded is not "
            "stated",
            *missing,
        )
    return CTW_FIRST_RULING.result(
        NOT_MET,
        same_day[0].problem + "; the child is not eligible for the duration of the stay",
    )


RE_PREVENT_REMOVAL = CriterionSpec(
    id="re-prevent-removal-order",
    citation=CCR_7_601.cite("71.B.3"),
    title="Reasonable-efforts finding within sixty days",
    quote="There must be an order of the court within sixty (60) calendar days after the date "
    "the child is placed in out-of-home care with a finding to the effect that: a. Reasonable "
    "efforts were made to prevent the removal of the child from the home; or b. An emergency "
    "situation exists such that the lack of preventative services was reasonable; or, c. "
    "Reasonable efforts to prevent the removal of the child from the home were not required.",
    related=(
        'If a "reasonable efforts to prevent the removal" determination was made by the court '
        "as required, but was not recorded in the original written court order signed by the "
        "judge or magistrate pertaining to that judicial determination, a transcript of the "
        "findings and orders from the court proceeding is the only other documentation that "
        "can be accepted to verify that the required determination was made.",
        'Neither affidavits nor subsequent "nunc pro tunc" orders are acceptable verification '
        'for meeting this "reasonable efforts" requirement.',
    ),
    note="Day 0 is the placement (option re_prevent_removal_trigger: or the removal, as 45 CFR "
    "1356.21(b)(1) says); for a relinquished child, the first ruling sanctioning the removal "
    "(option relinquishment_removal). Day 60 is on time, day 61 too late, with no weekend or "
    "holiday extension. A finding missing by day 60 costs the whole stay (1356.21(b)(1)(ii)).",
)

_RE_KINDS = (
    F.REASONABLE_EFFORTS_TO_PREVENT_REMOVAL,
    F.EMERGENCY_LACK_OF_SERVICES_REASONABLE,
    F.REASONABLE_EFFORTS_NOT_REQUIRED,
)
_SIXTY = timedelta(days=60)


def re_prevent_due(ctx: Context) -> tuple[date | None, tuple[str, ...]]:
    """The 60th day for the B.3 finding, or ``None`` and the facts it would be counted from.

    Day 0 is the placement, or under option re_prevent_removal_trigger the removal; for a
    relinquished child under option relinquishment_removal = first-court-order, the judicial
    removal either way (45 CFR 1356.21(b)(1)(i): "60 days from the date the child is removed
    from the home pursuant to paragraph (k)(1)(ii)").
    """
    if (
        _removed_by_the_court(ctx)
        or ctx.readings.re_prevent_removal_trigger is RePreventRemovalTrigger.REMOVAL
    ):
        day0, missing = removal_day(ctx)
    else:
        day0 = ctx.start
        missing = () if day0 is not None else ("placements[0].start",)
    return (day0 + _SIXTY if day0 is not None else None), missing


def re_prevent_limit(ctx: Context) -> TimeLimit | None:
    """B.3's day 60 as a time limit of the stay (for a removal by the court), with the first
    finding that counts; ``None`` when it does not apply or its day 0 is unknown. A discharge
    does not end it: a finding missing by day 60 costs the whole stay, however short."""
    due, _ = re_prevent_due(ctx)
    if ctx.manner is None or ctx.voluntary or due is None:
        return None
    hits = ctx.findings(*_RE_KINDS)
    return time_limit(
        RE_PREVENT_REMOVAL.id,
        RE_PREVENT_REMOVAL.citation,
        "a court order finding reasonable efforts to prevent removal (or an emergency, or "
        "none required)",
        due,
        "not eligible for the duration of the stay (45 CFR 1356.21(b)(1)(ii))",
        as_of=ctx.as_of,
        met_on=next((f.date for f in hits if f.valid is MET), None),
        maybe_in_time=any(f.valid is UNKNOWN and f.date <= due for f in hits),
    )


def re_prevent_removal(ctx: Context) -> Criterion:
    """B.3: an order within sixty days finding reasonable efforts (or an emergency, or none
    required)."""
    if ctx.manner is None:
        return RE_PREVENT_REMOVAL.unknown("the manner of removal is not stated", _MANNER)
    if ctx.voluntary:
        return RE_PREVENT_REMOVAL.not_applicable(
            "removed by a voluntary agreement: the court reviews the placement under E.4 / F.4"
        )
    due, unsettled = re_prevent_due(ctx)
    if due is None:
        return RE_PREVENT_REMOVAL.unknown(
            "the day the sixty days count from is unknown", *unsettled
        )
    hits = ctx.findings(*_RE_KINDS)
    in_time = [f for f in hits if f.date <= due]
    for f in in_time:
        if f.valid is MET:
            return RE_PREVENT_REMOVAL.result(
                MET,
                f"court_orders[{f.order}] makes the finding by day 60 ({due.isoformat()})",
                met_on=f.date,
            )
    missing = tuple(m for f in in_time for m in f.missing)
    if missing:
        return RE_PREVENT_REMOVAL.unknown(
            "an order in time records the finding, but how it is documented or worded is not "
            "stated",
            *missing,
        )
    if ctx.as_of <= due:
        return RE_PREVENT_REMOVAL.unknown(
            f"not made yet; the court has until {due.isoformat()} (day 60)",
            "court_orders (a finding of reasonable efforts to prevent removal by day 60)",
        )
    late = [f for f in hits if f.date > due and f.valid is not NOT_MET]
    why = (
        f"the finding came on day {(late[0].date - due).days + 60}, after day 60"
        if late
        else "no order made the finding by day 60"
    )
    invalid = [f.problem for f in in_time if f.valid is NOT_MET]
    if invalid and not late:
        why = invalid[0]
    return RE_PREVENT_REMOVAL.result(
        NOT_MET,
        f"{why} ({due.isoformat()}); the child is not eligible for the duration of the stay "
        "(45 CFR 1356.21(b)(1)(ii))",
    )


AGREEMENT = CriterionSpec(
    id="voluntary-agreement",
    citation=CCR_7_601.cite("71.E.1, F.1"),
    title="The voluntary agreement is completed and signed",
    quote="A voluntary placement agreement must be completed and signed by the parent(s) or "
    "legal guardian and the county department.",
    related=(
        "A voluntary services agreement must be completed and signed by the youth and the "
        "county department.",
    ),
    note="Eligibility begins no earlier than the signature date (E.2, F.2): see the effective "
    "date.",
)


def agreement(ctx: Context) -> Criterion:
    """E.1 / F.1: the agreement is complete and signed; met on its signature date."""
    if ctx.manner is None:
        return AGREEMENT.unknown("the manner of removal is not stated", _MANNER)
    if not ctx.voluntary:
        return AGREEMENT.not_applicable("removed by order of the court, not by agreement")
    removal_facts = ctx.facts.removal
    signed = removal_facts.agreement_signed_on
    complete = removal_facts.agreement_complete
    if complete is False:
        return AGREEMENT.result(
            NOT_MET, "the agreement is not completed and signed by both parties"
        )
    missing = [
        name
        for name, value in (
            ("removal.agreement_complete", complete),
            ("removal.agreement_signed_on", signed),
        )
        if value is None
    ]
    if missing:
        return AGREEMENT.unknown(
            "whether and when the agreement was signed is not stated", *missing
        )
    assert signed is not None
    if signed > ctx.as_of:
        return AGREEMENT.unknown("the agreement is dated after the evaluation date", "as_of")
    return AGREEMENT.result(
        MET,
        "completed and signed by the parties; eligibility begins no earlier than the signature "
        "date (E.2 / F.2)",
        met_on=signed,
    )


CUSTODY = CriterionSpec(
    id="custody-or-agreement",
    citation=CCR_7_601.cite("71.B.4"),
    title="Legal custody or authority for placement and care",
    quote="The county is granted legal custody/authority for placement and care of the "
    "child/youth or the child/youth is in out-of-home care under a voluntary placement "
    "agreement/voluntary services agreement.",
    related=(
        "With respect to the court order/petition, the date that is used is the date of the "
        "court order or the date a petition is filed for custody/authority for care and "
        "placement of the child/youth which eventually leads to a court ordered removal of the "
        "child from the home.",
    ),
    note="For a court-ordered removal, met from the order granting custody, dated from the "
    "petition that led to it when that came first (A.3.c); A.3.c also dates the AFDC "
    "eligibility month. With every order through the evaluation date on record (a list is the "
    "complete record) and none granting custody in a way that counts, not met as of that date: "
    "a later order meets it from its month. Continued authority under a voluntary agreement is "
    "E.3 / K.1.",
)


def custody(ctx: Context, agreement_result: Criterion) -> Criterion:
    """B.4: custody granted to the county, or placement under a voluntary agreement."""
    if ctx.manner is None:
        return CUSTODY.unknown("the manner of removal is not stated", _MANNER)
    if ctx.voluntary:
        return CUSTODY.result(
            agreement_result.outcome,
            "in out-of-home care under the agreement (E.1 / F.1): " + agreement_result.reason,
            missing=agreement_result.missing,
            met_on=agreement_result.met_on,
        )
    hits = ctx.findings(F.CUSTODY_TO_COUNTY)
    for f in hits:
        if f.valid is MET:
            petition = ctx.facts.removal.petition_filed_on
            met_on = petition if petition is not None and petition < f.date else f.date
            return CUSTODY.result(
                MET,
                f"court_orders[{f.order}] grants the county department legal custody or "
                "authority for placement and care"
                + (" (dated from the petition that led to it, A.3.c)" if met_on != f.date else ""),
                met_on=met_on,
            )
    missing = tuple(m for f in hits for m in f.missing)
    if missing:
        return CUSTODY.unknown(
            "an order grants custody, but how it is documented or worded is not stated", *missing
        )
    if not ctx.orders:
        return CUSTODY.unknown("no court order is recorded", "court_orders")
    # every order through the evaluation date is on record (a list is the complete record):
    # none grants custody in a way that counts, so the county has no custody as of that date
    why = (
        hits[0].problem
        if hits
        else "no order through the evaluation date grants the county department legal custody "
        "or authority for placement and care"
    )
    return CUSTODY.result(
        NOT_MET,
        f"{why}; B.4 is met from the order that grants it (an eligibility criterion, not a time "
        "limit: a later order makes the child eligible from its month)",
    )


CONSTRUCTIVE_REMOVAL = CriterionSpec(
    id="constructive-removal",
    citation=CCR_7_601.cite("71.B.6"),
    title="A constructive removal meets B.6.a-c",
    quote='A child removed through a "constructive removal" shall be determined Title IV-E '
    "eligible if all other applicable criteria for Title IV-E eligibility are met.",
    related=(
        "A constructive removal occurs when all of the following apply: a. The child resides "
        "with a non-parent caretaker who is not the legal custodian or guardian of the child; b. "
        "The child is court ordered into the custody of the county department or placed through "
        "a voluntary placement agreement; and c. The child remains in the home of the caretaker "
        "who serves as the out-of-home care provider to the child after the county is awarded "
        "custody or obtains the agreement for voluntary placement.",
    ),
)


def constructive_removal(ctx: Context) -> Criterion:
    """B.6: all three conditions of a constructive removal hold."""
    facts = ctx.facts.removal.constructive_removal
    if facts is None:
        return CONSTRUCTIVE_REMOVAL.not_applicable("a physical removal")
    parts = {
        "a": (
            facts.resided_with_non_parent_caretaker,
            "removal.constructive_removal.resided_with_non_parent_caretaker",
        ),
        "b": (
            None
            if ctx.manner is None
            else ctx.manner
            in (RemovalManner.COURT_ORDER, RemovalManner.VOLUNTARY_PLACEMENT_AGREEMENT),
            _MANNER,
        ),
        "c": (
            facts.remains_with_caretaker_as_provider,
            "removal.constructive_removal.remains_with_caretaker_as_provider",
        ),
    }
    outcomes = {k: outcome_of(v) for k, (v, _) in parts.items()}
    result = all_of(outcomes.values())
    if result is MET:
        return CONSTRUCTIVE_REMOVAL.result(MET, "B.6.a, b and c all apply")
    if result is NOT_MET:
        failed = ", ".join(f"B.6.{k}" for k, o in outcomes.items() if o is NOT_MET)
        return CONSTRUCTIVE_REMOVAL.result(
            NOT_MET, f"not a constructive removal: {failed} does not apply"
        )
    return CONSTRUCTIVE_REMOVAL.unknown(
        "whether every condition of a constructive removal applies is not stated",
        *(field for k, (v, field) in parts.items() if v is None),
    )


RELINQUISHMENT = CriterionSpec(
    id="relinquishment-living-with",
    citation=CCR_7_601.cite("71.G.1"),
    title="A relinquished child lived with the parent within six months",
    quote="The child had last been living with the parent within six (6) months of the date "
    "court proceedings were initiated.",
    related=(
        "If a child is relinquished to the county department, the county shall petition the "
        "court to judicially remove the child even though the parent relinquished the child to "
        "the agency.",
        "Children relinquished to the county department can be Title IV-E eligible when:",
        "The child meets other eligibility factors.",
    ),
    note="G.2 (the court order's findings, cited as 'Section 7.601.81, B, 2', an erratum for "
    "7.601.71.B.2) is the ctw-first-ruling criterion; G.3 is every other criterion. Option "
    "relinquishment_living_with: the date window as written, or the month window of B.5.",
)


def relinquishment(ctx: Context) -> Criterion:
    """G.1: lived with the parent within six months of the date proceedings were initiated."""
    if ctx.manner is None:
        return RELINQUISHMENT.unknown("the manner of removal is not stated", _MANNER)
    if ctx.manner is not RemovalManner.RELINQUISHMENT:
        return RELINQUISHMENT.not_applicable("not a relinquishment")
    home = ctx.facts.removal_home
    if ctx.proceedings is None:
        return RELINQUISHMENT.unknown(
            "the date court proceedings were initiated is unknown", *ctx.proceedings_missing
        )
    if home.relationship is None:
        return RELINQUISHMENT.unknown(
            "who the child lived with is not stated", "removal_home.relationship"
        )
    if not home.lived_with:
        return RELINQUISHMENT.unknown(
            "when the child lived with the parent is not stated", "removal_home.lived_with"
        )
    if home.relationship is not Relationship.PARENT:
        return RELINQUISHMENT.result(
            NOT_MET, "G.1 requires that the child had lived with the parent"
        )
    if ctx.readings.relinquishment_living_with is RelinquishmentLivingWith.MONTH_BASED:
        assert ctx.eligibility_month is not None
        window = MonthWindow.preceding(ctx.eligibility_month, 6)
        lo, hi = window.start, window.end + timedelta(days=1)
        words = f"in the months {window}"
    else:
        lo, hi = add_months(ctx.proceedings, -6), ctx.proceedings + timedelta(days=1)
        words = "within six months before the date proceedings were initiated"
    for span in home.lived_with:
        if (span.start is None or span.start < hi) and (span.end is None or span.end > lo):
            return RELINQUISHMENT.result(MET, f"lived with the parent {words}")
    return RELINQUISHMENT.result(NOT_MET, f"had not lived with the parent {words}")


MUTUAL_CARE = CriterionSpec(
    id="mutual-care",
    citation=CCR_7_601.cite("71.H"),
    title="A child in mutual care with a parent",
    quote="A child residing in mutual out-of-home care with his/her adult parent is not "
    "considered removed from the parent because the child continues to reside with the parent "
    "in the same residence; therefore, the child is not IV-E eligible.",
    related=(
        "When the parent is a minor and the minor parent has been determined eligible for "
        "Title IV-E foster care, the child's placement costs are reimbursable through Title "
        "IV-E foster funding as an extension of the minor parent's cost of care.",
    ),
    note="A child with a minor parent is covered through the parent (H ¶2), not by the child's "
    "own eligibility. Option "
    "mutual_care_treatment_facility: the federal 672(j) exception for a parent in a licensed "
    "residential family-based treatment facility for substance abuse.",
)


def mutual_care(ctx: Context) -> Criterion:
    """H: a child placed with a parent is not removed, unless 672(j) is elected and applies."""
    facts = ctx.facts.removal.mutual_care
    if facts is None:
        return MUTUAL_CARE.not_applicable("not placed together with a parent")
    if facts.parent_is_minor is None:
        return MUTUAL_CARE.unknown(
            "whether the parent is a minor is not stated", "removal.mutual_care.parent_is_minor"
        )
    if facts.parent_is_minor:
        return MUTUAL_CARE.result(
            NOT_MET,
            "the child resides with the minor parent and is not removed; the placement costs "
            "are reimbursable as an extension of the minor parent's cost of care when the "
            "minor parent is eligible (H ¶2)",
        )
    if ctx.readings.mutual_care_treatment_facility is MutualCareTreatmentFacility.FEDERAL_672_J:
        in_facility = facts.parent_in_family_treatment_facility
        if in_facility is None:
            return MUTUAL_CARE.unknown(
                "whether the parent is in a family-based treatment facility is not stated",
                "removal.mutual_care.parent_in_family_treatment_facility",
            )
        if in_facility:
            return MUTUAL_CARE.result(
                MET,
                "placed with the parent in a licensed residential family-based treatment "
                "facility: eligible for up to 12 months without regard to the AFDC test (42 "
                "U.S.C. 672(j), option mutual_care_treatment_facility)",
            )
    return MUTUAL_CARE.result(
        NOT_MET,
        "residing with the adult parent, the child is not considered removed (H)",
    )
