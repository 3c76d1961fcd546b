"""The other funding sources (7.601.71.J, M; 7.601.72-7.601.74), beside Title IV-E.

* **Child support** (71.J): every child determined eligible is referred to Child Support
  Enforcement, unless one of five stated exceptions applies.
* **Reasonable candidates** (71.M): administrative costs for a child at imminent risk of
  removal, determined "no less frequently than every six (6) months".
* **SSI** (7.601.72): apply for any child believed to meet SSI criteria, and every child in the
  CHRP waiver, within 45 calendar days of placement; concurrent with Title IV-E.
* **Title IV-A Emergency Assistance** (7.601.73): three factors, determined within thirty
  business days of case opening, effective no earlier than the application.
* **Without Regard to Income** (7.601.74): the default funding stream.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from coregs._errors import require_date
from coregs._model import safe_validate
from coregs._options import Options
from coregs.calendar import BusinessCalendar
from coregs.eligibility._base.context import fyit_participation, known_on, resolve_ive_options
from coregs.eligibility._base.options import (
    CHILD_SUPPORT_PLACEMENT_DAYS,
    FUNDING_READS,
    ChildSupportPlacementDays,
)
from coregs.eligibility._base.outcome import (
    Criterion,
    Outcome,
    all_of,
    any_of,
    negation,
    outcome_of,
)
from coregs.eligibility._base.parameters import EA_INCOME_LIMIT, TEXT_DAY, NeedStandard
from coregs.eligibility._base.spec import CriterionSpec
from coregs.eligibility._determination.determine import (
    DeterminationStatus,
    IVEDetermination,
    determine_episode,
)
from coregs.eligibility._facts import IVEFacts
from coregs.periods import add_months
from coregs.rules import RULEBOOK
from coregs.rules.catalog import CCR_7_601

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "FundingDetermination",
    "candidacy_current_through",
    "determine_funding",
    "funding_beside",
]

_J = {
    1: "Child is in continuous placement for less than thirty-one (31) days.",
    2: "Child's absent parent is unknown.",
    3: "Best interests of the child would not be served, such as when parental rights have "
    "been terminated or the Family Services Plan documents that family contact is "
    "inappropriate.",
    4: 'Child\'s deprivation status under Title IV-E eligibility is "Unemployment".',
    5: "Youth is participating in the foster youth in transition program.",
}
"""The five exceptions of 7.601.71.J, verbatim."""

CHILD_SUPPORT = CriterionSpec(
    id="child-support-referral",
    citation=CCR_7_601.cite("71.J"),
    title="Referral to Child Support Enforcement required",
    quote="The county department shall refer every child/youth determined eligible for Title "
    "IV-E foster care to the county department's Child Support Enforcement Unit for child "
    "support services, except when the:",
    related=tuple(_J.values()),
    note="Met means the referral is required; not met names the exception that applies.",
)


def _short_placement(facts: IVEFacts, det: IVEDetermination, as_of: date) -> Outcome:
    """J.1: "continuous placement for less than thirty-one (31) days" (option
    child_support_placement_days)."""
    placement = facts.placements[0].start if facts.placements else None
    discharge = facts.removal.discharge_date
    inclusive = (
        CHILD_SUPPORT_PLACEMENT_DAYS.read(det.options) is ChildSupportPlacementDays.INCLUSIVE
    )
    if placement is None:
        return Outcome.UNKNOWN
    if discharge is not None and discharge <= as_of:
        days = (discharge - placement).days + (1 if inclusive else 0)
        return Outcome.MET if days < 31 else Outcome.NOT_MET
    # still in care on as_of: the earliest discharge is the day after
    at_least = (as_of - placement).days + 1 + (1 if inclusive else 0)
    return Outcome.NOT_MET if at_least >= 31 else Outcome.UNKNOWN


def _unemployment_only(det: IVEDetermination) -> Outcome:
    """J.4: the deprivation status is "Unemployment" when it is the only factor met."""
    try:
        deprivation = det.criterion("afdc-deprivation")
        factors = {p.id.removeprefix("afdc-deprivation-"): p.outcome for p in deprivation.parts}
    except KeyError:
        factors = {}
    return all_of(
        (
            factors.get("unemployment", Outcome.NOT_MET),
            *(negation(o) for k, o in factors.items() if k != "unemployment"),
        )
    )


def _child_support(facts: IVEFacts, det: IVEDetermination, as_of: date) -> Criterion:
    if det.status is DeterminationStatus.NOT_ELIGIBLE:
        return CHILD_SUPPORT.not_applicable("the child is not determined eligible for Title IV-E")
    if det.status is DeterminationStatus.OTHER_STATE:
        return CHILD_SUPPORT.not_applicable(
            "another state determines the child's Title IV-E eligibility (7.601.71.D.4.c)"
        )
    if det.status is DeterminationStatus.UNDETERMINED:
        return CHILD_SUPPORT.unknown(
            "the Title IV-E determination is undetermined", *det.missing[:5]
        )
    exceptions = {
        1: _short_placement(facts, det, as_of),
        2: outcome_of(facts.county.absent_parent_unknown),
        3: outcome_of(facts.county.referral_not_in_best_interests),
        4: _unemployment_only(det),
        5: fyit_participation(facts)[0],
    }
    applies = [n for n, o in exceptions.items() if o is Outcome.MET]
    if applies:
        n = applies[0]
        return CHILD_SUPPORT.result(
            Outcome.NOT_MET, f'not required: exception J.{n} applies: "{_J[n]}"'
        )
    if any_of(exceptions.values()) is Outcome.UNKNOWN:
        fields = {
            1: "removal.discharge_date (placement under 31 days)",
            2: "county.absent_parent_unknown",
            3: "county.referral_not_in_best_interests",
            4: "removal_home (deprivation factors)",
            5: "child.fyit_participant (or removal.manner)",
        }
        return CHILD_SUPPORT.unknown(
            "required unless an exception applies, and some exceptions are not settled",
            *(fields[n] for n, o in exceptions.items() if o is Outcome.UNKNOWN),
        )
    made = facts.county.child_support_referral_on
    done = f"; referred on {made.isoformat()}" if made and made <= as_of else "; not yet referred"
    return CHILD_SUPPORT.result(Outcome.MET, "required: no exception of J.1-J.5 applies" + done)


CANDIDACY = CriterionSpec(
    id="reasonable-candidate",
    citation=CCR_7_601.cite("71.M"),
    title="A reasonable candidate for foster care, redetermined every six months",
    quote="A determination must be made as to whether the child is at imminent risk of removal "
    "from the home no less frequently than every six (6) months.",
    related=(
        "Reasonable candidates for foster care, for the purposes of Title IV-E program, are "
        "children determined to be at risk of imminent placement out of the home as defined in "
        "Section 19-1-103(64), C.R.S.",
        "Administrative costs may be claimed for children who are determined to be at imminent "
        "risk of removal from the home through a voluntary placement agreement or court-ordered "
        "custody with the county department.",
    ),
    note="Candidacy is current from a determination until six months after it; placement in "
    "out-of-home care ends it.",
)


def candidacy_current_through(determined: date) -> date:
    """The last day a determination of imminent risk made on ``determined`` keeps the child a
    reasonable candidate: the next is due "no less frequently than every six (6) months"
    (71.M), six months to the same day of the month (C.R.S. 2-4-108(3))."""
    return add_months(determined, 6)


def _candidacy(facts: IVEFacts, as_of: date) -> tuple[Criterion, date | None]:
    dates = sorted(d for d in facts.candidacy_determined_on if d <= as_of)
    if not dates:
        return CANDIDACY.not_applicable("no imminent-risk determination is recorded"), None
    due = candidacy_current_through(dates[-1])
    placed = facts.placements and facts.placements[0].start <= as_of
    if placed:
        return CANDIDACY.not_applicable("the child has been placed in out-of-home care"), None
    if as_of <= due:
        return CANDIDACY.result(
            Outcome.MET,
            f"determined at imminent risk; the next determination is due by {due.isoformat()}",
        ), due
    return CANDIDACY.result(
        Outcome.NOT_MET,
        f"the six-month redetermination was due by {due.isoformat()}: candidacy is not current",
    ), due


SSI = CriterionSpec(
    id="ssi-application",
    citation=CCR_7_601.cite("72.B"),
    title="An SSI application is required",
    quote="The county department shall make application to the Social Security Administration "
    "for any child who is believed to meet Supplemental Security Income eligibility criteria. "
    "Application for Supplemental Security Income is required for all children enrolled in the "
    "Children's Habilitation Residential Program (CHRP) waiver.",
    related=(
        "Recipients of Social Security Administration (SSA) death benefits or Supplemental "
        "Security Disability Income for Dependents (SSDI) shall not be coded in this fund "
        "source.",
        "Concurrent eligibility for Title IV-E foster care and Supplemental Security Income "
        "(SSI) is allowed.",
        "Required Time Frames - Application for benefits shall begin within forty-five (45) "
        "calendar days of the child's out-of-home placement in appropriate cases.",
    ),
    note="The 45 days are the catalog rule ssi-application (it rolls forward off a closed "
    "day, like any act due at a county office).",
)


def _ssi(
    facts: IVEFacts, calendar: BusinessCalendar | None, options: Options
) -> tuple[Criterion, date | None]:
    ssi = facts.ssi
    if ssi is None:
        return SSI.unknown("no SSI facts are given", "ssi"), None
    required = any_of((outcome_of(ssi.believed_eligible), outcome_of(ssi.chrp_waiver)))
    due = None
    if facts.placements:
        rule = RULEBOOK.get("ssi-application")
        due = rule.due(facts.placements[0].start, calendar=calendar, options=options).due
    note = ""
    if ssi.ssa_death_benefits_or_ssdi:
        note = "; SSA death benefits or SSDI are not coded as SSI (72.A)"
    if ssi.receiving_ssi:
        note += "; receiving SSI, concurrently with Title IV-E where eligible (72.C)"
    if required is Outcome.MET:
        begun = ssi.application_begun_on
        when = f"begun {begun.isoformat()}" if begun else "not begun"
        by = f", due to begin by {due.isoformat()} (72.D)" if due else ""
        return SSI.result(Outcome.MET, f"required ({when}{by}){note}"), due
    if required is Outcome.NOT_MET:
        return SSI.result(
            Outcome.NOT_MET, "not believed to meet SSI criteria and not in the CHRP waiver" + note
        ), None
    return SSI.unknown(
        "whether the child is believed to meet SSI criteria, or is in the CHRP waiver, is not "
        "stated",
        *(
            f"ssi.{n}"
            for n, v in (
                ("believed_eligible", ssi.believed_eligible),
                ("chrp_waiver", ssi.chrp_waiver),
            )
            if v is None
        ),
    ), due


EMERGENCY_ASSISTANCE = CriterionSpec(
    id="emergency-assistance",
    citation=CCR_7_601.cite("73.A"),
    title="Title IV-A Emergency Assistance eligible",
    quote="The eligibility determination shall be documented on the state prescribed form and "
    "shall include: 1. Whether an emergency exists, defined as the removal of a child from his "
    "or her home into publicly funded care or state or county supervision, or risk of such "
    "removal as determined by the responsible state or county agency officials. 2. Whether the "
    "child has lived with a relative anytime within the six (6) months preceding the Title IV-A "
    "Emergency Assistance application. See the Income Maintenance manual for requirements of "
    "relative (9 CCR 2503-1). 3. Whether the family's total gross annual income is under "
    "$75,000.",
    related=(
        "Expenditures of services to or on behalf of eligible members of an Emergency "
        "Assistance eligible family can be attributed to the State's TANF Maintenance of Effort "
        "requirement if a child is living in the household with the parent or other adult "
        "relative.",
        "The Maintenance of Effort entitlement shall be recorded in the state automated case "
        "management system if a case is opened for the child.",
        "The county shall complete the eligibility determination within thirty (30) business "
        "days of case opening.",
        "The eligibility effective date can be no earlier than the date when the application "
        "is initiated.",
    ),
    note="The thirty business days are the catalog rule ea-determination.",
)

_EA_INCOME = EA_INCOME_LIMIT.at(TEXT_DAY)


def _emergency_assistance(
    facts: IVEFacts, calendar: BusinessCalendar | None, options: Options
) -> tuple[Criterion, date | None, date | None, Outcome]:
    ea = facts.emergency_assistance
    if ea is None:
        return (
            EMERGENCY_ASSISTANCE.not_applicable("no Emergency Assistance facts are given"),
            None,
            None,
            Outcome.NOT_APPLICABLE,
        )
    income = ea.family_gross_annual_income
    factors = (
        (outcome_of(ea.emergency), "emergency_assistance.emergency", "A.1 an emergency"),
        (
            outcome_of(ea.lived_with_relative_within_six_months),
            "emergency_assistance.lived_with_relative_within_six_months",
            "A.2 lived with a relative within six months",
        ),
        (
            outcome_of(None if income is None else income < _EA_INCOME),
            "emergency_assistance.family_gross_annual_income",
            f"A.3 gross annual income under ${_EA_INCOME:,}",
        ),
    )
    outcome = all_of(o for o, _, _ in factors)
    due = None
    if ea.case_opened_on is not None:
        rule = RULEBOOK.get("ea-determination")
        due = rule.due(ea.case_opened_on, calendar=calendar, options=options).due
    moe = outcome_of(ea.living_with_parent_or_adult_relative)
    if outcome is Outcome.MET:
        start = ea.application_initiated_on
        eff = f"; effective no earlier than {start.isoformat()} (C)" if start else ""
        crit = EMERGENCY_ASSISTANCE.result(Outcome.MET, "A.1, A.2 and A.3 are met" + eff)
    elif outcome is Outcome.NOT_MET:
        failed = ", ".join(w for o, _, w in factors if o is Outcome.NOT_MET)
        crit = EMERGENCY_ASSISTANCE.result(Outcome.NOT_MET, f"not met: {failed}")
    else:
        crit = EMERGENCY_ASSISTANCE.unknown(
            "some factors are not stated", *(f for o, f, _ in factors if o is Outcome.UNKNOWN)
        )
    return crit, ea.application_initiated_on, due, moe


WITHOUT_REGARD_TO_INCOME = CriterionSpec(
    id="without-regard-to-income",
    citation=CCR_7_601.cite("74"),
    title="Without Regard to Income: the default funding stream",
    quote="The Without Regard to Income entitlement shall be the default funding stream when a "
    "case is opened in the state automated case management system.",
)


@dataclass(frozen=True, slots=True, repr=False)
class FundingDetermination:
    """Every funding source of 7.601.71-7.601.74 for one child, as of a date.

    Attributes:
        as_of: the evaluation date.
        iv_e: the Title IV-E determination.
        child_support: whether the 71.J referral is required, or which exception applies.
        candidacy: 71.M reasonable candidacy, and ``candidacy_due`` the next determination.
        ssi: 7.601.72, and ``ssi_due`` the day the application must have begun by.
        emergency_assistance: 7.601.73 eligibility; ``ea_effective_from`` the earliest
            effective date (the application); ``ea_due`` the determination's due date (30
            business days); ``ea_maintenance_of_effort`` whether 73.B's MOE attribution applies.
        without_regard_to_income: 7.601.74, always the default stream.
    """

    as_of: date
    iv_e: IVEDetermination
    child_support: Criterion
    candidacy: Criterion
    candidacy_due: date | None
    ssi: Criterion
    ssi_due: date | None
    emergency_assistance: Criterion
    ea_effective_from: date | None
    ea_due: date | None
    ea_maintenance_of_effort: Outcome
    without_regard_to_income: Criterion

    def sources(self) -> tuple[Criterion, ...]:
        """The funding criteria other than Title IV-E itself, in the text's order."""
        return (
            self.child_support,
            self.candidacy,
            self.ssi,
            self.emergency_assistance,
            self.without_regard_to_income,
        )

    def render(self) -> str:
        """The funding sources as text (the IV-E determination first)."""
        from coregs.eligibility._render import render_funding  # noqa: PLC0415

        return render_funding(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        from coregs.eligibility._render import funding_dict  # noqa: PLC0415

        return funding_dict(self)

    def __repr__(self) -> str:
        return (
            f"FundingDetermination(as_of={self.as_of.isoformat()}, iv_e={self.iv_e.status.value})"
        )

    def to_frame(self) -> pd.DataFrame:
        """The funding sources other than Title IV-E, one row each, as a pandas DataFrame
        (needs ``coregs[pandas]``): outcome, reason, missing facts, next due date."""
        from coregs._frames.eligibility import funding_frame  # noqa: PLC0415 - optional pandas

        return funding_frame(self)

    def _repr_html_(self) -> str:
        from coregs._display.eligibility import funding_html  # noqa: PLC0415 - display

        return funding_html(self)


def determine_funding(
    facts: IVEFacts | Mapping[str, Any],
    *,
    as_of: date,
    options: Mapping[str, str] | Options | None = None,
    need_standard: NeedStandard | None = None,
    calendar: BusinessCalendar | None = None,
    effective: Literal["strict", "lenient"] = "strict",
) -> FundingDetermination:
    """Every funding source of 12 CCR 2509-7.601.71-7.601.74 for one child, as of ``as_of``.

    Args:
        facts, as_of, options, need_standard, effective: as for
            :func:`~coregs.eligibility.determine_iv_e`; the options also reach the SSI
            application's 45 days (``calendar_day_roll``) and Emergency Assistance's thirty
            business days (``working_days_calendar``), recorded on ``iv_e.options``.
        calendar: the business-day calendar for 73.C's thirty business days (default: Colorado
            legal holidays as observed).
    """
    if not isinstance(facts, IVEFacts):
        facts = safe_validate(IVEFacts, facts)
    require_date(as_of, "as_of")
    iv_e = determine_episode(
        facts,
        as_of=as_of,
        options=resolve_ive_options(options, FUNDING_READS),
        need_standard=need_standard,
        effective=effective,
    )
    return funding_beside(facts, iv_e, calendar)


def funding_beside(
    facts: IVEFacts, iv_e: IVEDetermination, calendar: BusinessCalendar | None
) -> FundingDetermination:
    """The other funding sources of ``facts``, beside their Title IV-E determination ``iv_e``
    (made as of its date, with its options)."""
    as_of = iv_e.as_of
    facts = known_on(facts, as_of)  # what is dated later is not yet known (the determination too)
    candidacy, candidacy_due = _candidacy(facts, as_of)
    ssi, ssi_due = _ssi(facts, calendar, iv_e.options)
    ea, ea_from, ea_due, moe = _emergency_assistance(facts, calendar, iv_e.options)
    return FundingDetermination(
        as_of=as_of,
        iv_e=iv_e,
        child_support=_child_support(facts, iv_e, as_of),
        candidacy=candidacy,
        candidacy_due=candidacy_due,
        ssi=ssi,
        ssi_due=ssi_due,
        emergency_assistance=ea,
        ea_effective_from=ea_from,
        ea_due=ea_due,
        ea_maintenance_of_effort=moe,
        without_regard_to_income=WITHOUT_REGARD_TO_INCOME.result(
            Outcome.MET, "the default funding stream from case opening (7.601.74)"
        ),
    )
