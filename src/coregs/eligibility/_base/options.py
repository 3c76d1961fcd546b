"""The interpretation options of the Title IV-E evaluator: every judgement call, by name.

Where 7.601.71 is silent, ambiguous, or at odds with the federal rule it implements, coregs
picks a documented default and lets the caller choose otherwise (``options={"resource_comparison":
"not-more-than"}``). Every determination records the options it used. Three options are shared
with the rule catalog (the date the child enters foster care, the start of the 60-day count, and
what the 12-month permanency interval is counted from), so a compliance check and a
determination made with the same overrides read the text the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from coregs._options import Choice, Interpretation, Options
from coregs.rules.catalog import (
    CCR_7_601,
    ENTERED_FOSTER_CARE_DATE,
    RE_FINALIZE_INTERVAL_FROM,
    RE_PREVENT_REMOVAL_TRIGGER,
    RULEBOOK,
    EnteredFosterCareDate,
    ReFinalizeIntervalFrom,
    RePreventRemovalTrigger,
)

__all__ = [
    "ALL_OPTIONS",
    "DETERMINATION_READS",
    "FUNDING_READS",
    "IVE_OPTIONS",
    "AdminCostPartialMonth",
    "Age18End",
    "ChildSupportPlacementDays",
    "GrossLimitRounding",
    "MutualCareInterruption",
    "MutualCareTreatmentFacility",
    "ProviderClaimStart",
    "ProvisionalRelativeAdminWindow",
    "ReFinalizeLapseStart",
    "Readings",
    "RelinquishmentLivingWith",
    "RelinquishmentRemoval",
    "ResourceComparison",
    "ThirtyAndOneThird",
    "TrialHomeVisitAdmin",
    "TrialHomeVisitLimit",
    "UnemploymentDeprivation",
    "VpaDay90Breach",
]


class ReFinalizeLapseStart(StrEnum):
    """The readings of :data:`RE_FINALIZE_LAPSE_START`."""

    END_OF_DUE_MONTH = "end-of-due-month"
    DAY_AFTER_DUE = "day-after-due"


RE_FINALIZE_LAPSE_START = Interpretation.declare(
    ReFinalizeLapseStart,
    name="re_finalize_lapse_start",
    question="When twelve months pass without a finding of reasonable efforts to finalize the "
    "permanency plan, on which day does eligibility 'temporarily end'?",
    citation=CCR_7_601.cite("71.K.2"),
    choices=(
        Choice(
            value=ReFinalizeLapseStart.END_OF_DUE_MONTH,
            meaning="from the first day of the month after the month the finding was due (45 "
            "CFR 1356.21(b)(2)(ii): 'ineligible ... at the end of the month in which the "
            "judicial determination was required to have been made')",
        ),
        Choice(
            value=ReFinalizeLapseStart.DAY_AFTER_DUE,
            meaning="from the day after the finding was due",
        ),
    ),
    default=ReFinalizeLapseStart.END_OF_DUE_MONTH,
    reason="K.2 says only 'if twelve (12) months elapse'; the federal rule it implements fixes "
    "the day, and K.2's own resumption rule ('the 1st day of the month in which the finding is "
    "made') is month-granular too.",
)


class ResourceComparison(StrEnum):
    """The readings of :data:`RESOURCE_COMPARISON`."""

    LESS_THAN = "less-than"
    NOT_MORE_THAN = "not-more-than"


RESOURCE_COMPARISON = Interpretation.declare(
    ResourceComparison,
    name="resource_comparison",
    question="Is a family with exactly $10,000 in countable resources within the limit?",
    citation=CCR_7_601.cite("71.D.3.a"),
    choices=(
        Choice(
            value=ResourceComparison.LESS_THAN,
            meaning="'less than $10,000' (Colorado): $10,000 fails",
        ),
        Choice(
            value=ResourceComparison.NOT_MORE_THAN,
            meaning="'not more than $10,000' (42 U.S.C. 672(a)(3)(B)): $10,000 passes",
        ),
    ),
    default=ResourceComparison.LESS_THAN,
    reason="The Colorado text says 'The family must have less than $10,000 in countable "
    "resources'; a state may be stricter than the federal ceiling.",
)


class VpaDay90Breach(StrEnum):
    """The readings of :data:`VPA_DAY_90_BREACH`."""

    AUTHORITY_LAPSES = "authority-lapses"
    NO_EFFECT_UNTIL_180 = "no-effect-until-180"


VPA_DAY_90_BREACH = Interpretation.declare(
    VpaDay90Breach,
    name="vpa_day_90_breach",
    question="A voluntary placement continues past ninety days with no petition filed: does the "
    "county keep legal authority for placement and care (7.601.71.B.4)?",
    citation=CCR_7_601.cite("71.E.3"),
    choices=(
        Choice(
            value=VpaDay90Breach.AUTHORITY_LAPSES,
            meaning="from day 91 the agreement no longer gives authority; it returns with a "
            "court order granting custody or authority",
        ),
        Choice(
            value=VpaDay90Breach.NO_EFFECT_UNTIL_180,
            meaning="the agreement carries authority to day 180; only K.1's court order is "
            "needed after that",
        ),
    ),
    default=VpaDay90Breach.AUTHORITY_LAPSES,
    reason="'Voluntary placement agreements are limited to ninety (90) calendar days': past "
    "day 90 the agreement itself has ended unless the petition E.3 requires was filed to carry "
    "the placement to the court's order (K.1).",
)


class UnemploymentDeprivation(StrEnum):
    """The readings of :data:`UNEMPLOYMENT_DEPRIVATION`."""

    COLORADO_71_D_2_D = "colorado-71.D.2.d"
    AFDC_UP_1996 = "afdc-up-1996"


UNEMPLOYMENT_DEPRIVATION = Interpretation.declare(
    UnemploymentDeprivation,
    name="unemployment_deprivation",
    question="What makes a child deprived of parental support by a parent's unemployment?",
    citation=CCR_7_601.cite("71.D.2.d"),
    choices=(
        Choice(
            value=UnemploymentDeprivation.COLORADO_71_D_2_D,
            meaning="both natural or adoptive parents resided in the removal home in the month, "
            "and the household income is less than the need standard",
        ),
        Choice(
            value=UnemploymentDeprivation.AFDC_UP_1996,
            meaning="also the 1996 unemployed-parent test of 45 CFR 233.101(a): the principal "
            "earner worked fewer than 100 hours in the month, was unemployed for 30 days, "
            "refused no offer of work, and has six quarters of work in 13 or unemployment "
            "insurance within the year",
        ),
    ),
    default=UnemploymentDeprivation.COLORADO_71_D_2_D,
    reason="D.2.d states the test in full ('deprivation due to unemployment exists when ...'); "
    "the 1996 federal test adds conditions a federal reviewer may apply, so it is offered.",
)


class MutualCareTreatmentFacility(StrEnum):
    """The readings of :data:`MUTUAL_CARE_TREATMENT_FACILITY`."""

    COLORADO_71_H = "colorado-71.H"
    FEDERAL_672_J = "federal-672(j)"


MUTUAL_CARE_TREATMENT_FACILITY = Interpretation.declare(
    MutualCareTreatmentFacility,
    name="mutual_care_treatment_facility",
    question="A child placed with an adult parent in a licensed residential family-based "
    "treatment facility for substance abuse: removed or not?",
    citation=CCR_7_601.cite("71.H"),
    choices=(
        Choice(
            value=MutualCareTreatmentFacility.COLORADO_71_H,
            meaning="not removed, so not eligible, like any child in mutual care with an adult "
            "parent",
        ),
        Choice(
            value=MutualCareTreatmentFacility.FEDERAL_672_J,
            meaning="eligible for up to 12 months without regard to removal from that parent "
            "or the AFDC test (42 U.S.C. 672(j), Family First 2018)",
        ),
    ),
    default=MutualCareTreatmentFacility.COLORADO_71_H,
    reason="71.H makes no exception; 672(j) is a federal option the State must elect, which "
    "this text does not show.",
)


class ProvisionalRelativeAdminWindow(StrEnum):
    """The readings of :data:`PROVISIONAL_RELATIVE_ADMIN_WINDOW`."""

    SIX_MONTHS_FROM_PLACEMENT = "six-months-from-placement"
    SIX_CALENDAR_MONTHS = "six-calendar-months"


PROVISIONAL_RELATIVE_ADMIN_WINDOW = Interpretation.declare(
    ProvisionalRelativeAdminWindow,
    name="provisional_relative_admin_window",
    question="'Administrative costs can be claimed for up to six months': six months counted how?",
    citation=CCR_7_601.cite("71.C ¶3"),
    choices=(
        Choice(
            value=ProvisionalRelativeAdminWindow.SIX_MONTHS_FROM_PLACEMENT,
            meaning="from the first day with the provisional relative to the same day of the "
            "month six months later (C.R.S. 2-4-108(3)), that day excluded",
        ),
        Choice(
            value=ProvisionalRelativeAdminWindow.SIX_CALENDAR_MONTHS,
            meaning="the calendar month of that first day and the five months after it",
        ),
    ),
    default=ProvisionalRelativeAdminWindow.SIX_MONTHS_FROM_PLACEMENT,
    reason="A period of months in a state rule runs to the same day of the month (C.R.S. "
    "2-4-108(3)); the text does not say calendar months, as it does for the month of a move "
    "(C ¶4).",
)


class ProviderClaimStart(StrEnum):
    """The readings of :data:`PROVIDER_CLAIM_START`."""

    FIRST_OF_MONTH = "first-of-month"
    LICENCE_DATE = "licence-date"


PROVIDER_CLAIM_START = Interpretation.declare(
    ProviderClaimStart,
    name="provider_claim_start",
    question="From which day is a newly fully licensed provider a Title IV-E eligible placement?",
    citation=CCR_7_601.cite("71.A.3.b"),
    choices=(
        Choice(
            value=ProviderClaimStart.FIRST_OF_MONTH,
            meaning="'the first day of the month in which all the Title IV-E provider "
            "eligibility criteria are met'",
        ),
        Choice(
            value=ProviderClaimStart.LICENCE_DATE,
            meaning="the date the full licence or certification takes effect (45 CFR "
            "1355.20: 'Anything less than full licensure or approval is insufficient')",
        ),
    ),
    default=ProviderClaimStart.FIRST_OF_MONTH,
    reason="The Colorado text states the date; the federal reading is offered for a review "
    "that disallows the days of the month before the licence.",
)


class Age18End(StrEnum):
    """The readings of :data:`AGE_18_END`."""

    DAY_BEFORE_BIRTHDAY = "day-before-birthday"
    END_OF_BIRTHDAY_MONTH = "end-of-birthday-month"


AGE_18_END = Interpretation.declare(
    Age18End,
    name="age_18_end",
    question="A child who is not a student: is the month of the 18th birthday eligible?",
    citation=CCR_7_601.cite("71.D.4.a"),
    choices=(
        Choice(
            value=Age18End.DAY_BEFORE_BIRTHDAY,
            meaning="eligible while 'under eighteen (18) years': through the day before the "
            "18th birthday",
        ),
        Choice(
            value=Age18End.END_OF_BIRTHDAY_MONTH,
            meaning="eligible through the last day of the month of the 18th birthday",
        ),
    ),
    default=Age18End.DAY_BEFORE_BIRTHDAY,
    reason="The text says 'under eighteen (18) years' and, unlike the student rule ('through "
    "the month of completion'), gives no month; federal law (former 42 U.S.C. 606(a)) says "
    "'under the age of 18' and states' AFDC manuals differed on the birthday month.",
)


class ChildSupportPlacementDays(StrEnum):
    """The readings of :data:`CHILD_SUPPORT_PLACEMENT_DAYS`."""

    DAYS_IN_CARE = "days-in-care"
    INCLUSIVE = "inclusive"


CHILD_SUPPORT_PLACEMENT_DAYS = Interpretation.declare(
    ChildSupportPlacementDays,
    name="child_support_placement_days",
    question="'continuous placement for less than thirty-one (31) days': how are the days counted?",
    citation=CCR_7_601.cite("71.J.1"),
    choices=(
        Choice(
            value=ChildSupportPlacementDays.DAYS_IN_CARE,
            meaning="discharge date minus placement date (the nights in care)",
        ),
        Choice(
            value=ChildSupportPlacementDays.INCLUSIVE,
            meaning="both the placement and the discharge day count",
        ),
    ),
    default=ChildSupportPlacementDays.DAYS_IN_CARE,
    reason="A placement from the 1st to the 31st of a month is 30 nights in care; the "
    "inclusive count makes it 31.",
)


class ThirtyAndOneThird(StrEnum):
    """The readings of :data:`THIRTY_AND_ONE_THIRD`."""

    NEVER = "never"
    COLORADO_WORKS_COUNTS = "colorado-works-counts"


THIRTY_AND_ONE_THIRD = Interpretation.declare(
    ThirtyAndOneThird,
    name="thirty_and_one_third",
    question="Does the $30 plus one-third earned-income disregard apply to the removal home?",
    citation="45 CFR 233.20(a)(11)(i)(C), (a)(7)(ii)",
    choices=(
        Choice(
            value=ThirtyAndOneThird.NEVER,
            meaning="only for someone who 'received assistance in one of the four prior "
            "months' of AFDC, which no longer exists",
        ),
        Choice(
            value=ThirtyAndOneThird.COLORADO_WORKS_COUNTS,
            meaning="Colorado Works (TANF) in one of the four prior months counts as assistance",
        ),
    ),
    default=ThirtyAndOneThird.NEVER,
    reason="The disregard is for AFDC recipients; applicants are tested without it (45 CFR "
    "233.20(a)(7)(ii)), and a removal home cannot have received AFDC since 1997.",
)


class RelinquishmentLivingWith(StrEnum):
    """The readings of :data:`RELINQUISHMENT_LIVING_WITH`."""

    DATE_BASED = "date-based"
    MONTH_BASED = "month-based"


RELINQUISHMENT_LIVING_WITH = Interpretation.declare(
    RelinquishmentLivingWith,
    name="relinquishment_living_with",
    question="A relinquished child 'had last been living with the parent within six (6) months "
    "of the date court proceedings were initiated': a date window or a month window?",
    citation=CCR_7_601.cite("71.G.1"),
    choices=(
        Choice(
            value=RelinquishmentLivingWith.DATE_BASED,
            meaning="the last day the child lived there is no more than six months before the "
            "date proceedings were initiated (as written)",
        ),
        Choice(
            value=RelinquishmentLivingWith.MONTH_BASED,
            meaning="in the month, or the six months preceding the month, of the proceedings, "
            "as in B.5, D.1 and 45 CFR 1356.21(l)",
        ),
    ),
    default=RelinquishmentLivingWith.DATE_BASED,
    reason="G.1 is written with a date ('within six (6) months of the date'), unlike B.5 and "
    "D.1; the month reading is offered for consistency with federal review.",
)


class RelinquishmentRemoval(StrEnum):
    """The readings of :data:`RELINQUISHMENT_REMOVAL`."""

    FIRST_COURT_ORDER = "first-court-order"
    PLACEMENT = "placement"


RELINQUISHMENT_REMOVAL = Interpretation.declare(
    RelinquishmentRemoval,
    name="relinquishment_removal",
    question="A relinquished child is in care before any court acts: from which day do the "
    "sixty days of the reasonable-efforts finding run, and on which day was the child removed?",
    citation=CCR_7_601.cite("71.G; B.3"),
    choices=(
        Choice(
            value=RelinquishmentRemoval.FIRST_COURT_ORDER,
            meaning="the removal is the first court ruling sanctioning it, the judicial removal "
            "the county petitions for (G; 45 CFR 1356.21(k)(1)(ii), (k)(3): 'the date of the "
            "first judicial order removing custody'): the sixty days count from it (1356.21"
            "(b)(1)(i)), and it is the removal date of 45 CFR 1355.20",
        ),
        Choice(
            value=RelinquishmentRemoval.PLACEMENT,
            meaning="as for any child: the sixty days count from the first day of placement "
            "(B.3; or the recorded removal date under re_prevent_removal_trigger), which for a "
            "relinquished child is the relinquishment",
        ),
    ),
    default=RelinquishmentRemoval.FIRST_COURT_ORDER,
    reason="A relinquishment is no removal (CWPM 8.3A.14: it 'does not meet the definition of a "
    "voluntary placement ... nor is it a placement resulting from a judicial determination'); "
    "the removal is the court's, on the county's petition (G). G.1 allows the proceedings up to "
    "six months after the child left the parent, so counting B.3 from the relinquishment would "
    "make most such children ineligible before the court could rule.",
)


class TrialHomeVisitLimit(StrEnum):
    """The readings of :data:`TRIAL_HOME_VISIT_LIMIT`."""

    NEW_PLACEMENT = "new-placement"
    NONE = "none"


TRIAL_HOME_VISIT_LIMIT = Interpretation.declare(
    TrialHomeVisitLimit,
    name="trial_home_visit_limit",
    question="A trial home visit longer than six months, not authorized by the court, and the "
    "child returns to care: is the return a new placement?",
    citation="45 CFR 1356.21(e)",
    choices=(
        Choice(
            value=TrialHomeVisitLimit.NEW_PLACEMENT,
            meaning="yes: 'that placement must then be considered a new placement and title IV-E "
            "eligibility must be newly established'",
        ),
        Choice(value=TrialHomeVisitLimit.NONE, meaning="no limit (7.601.71 is silent)"),
    ),
    default=TrialHomeVisitLimit.NEW_PLACEMENT,
    reason="7.601.71 is silent and the federal rule binds any Title IV-E claim.",
)


class MutualCareInterruption(StrEnum):
    """The readings of :data:`MUTUAL_CARE_INTERRUPTION`."""

    CONTINUOUS = "continuous"
    DISCHARGE = "discharge"


MUTUAL_CARE_INTERRUPTION = Interpretation.declare(
    MutualCareInterruption,
    name="mutual_care_interruption",
    question="A removed child is later placed together with an adult parent (mutual care, H), "
    "then apart again: is the child eligible after the mutual care ends?",
    citation=CCR_7_601.cite("71.H"),
    choices=(
        Choice(
            value=MutualCareInterruption.CONTINUOUS,
            meaning="yes, on the original removal: not eligible while in mutual care, eligible "
            "again after it while the court order is in effect (CWPM 8.3A.4: the State 'may "
            "choose to treat the foster care placement as continuous')",
        ),
        Choice(
            value=MutualCareInterruption.DISCHARGE,
            meaning="no: mutual care ends the stay (CWPM 8.3C.2: the State 'may treat the "
            "placement ... as a discharge'); a later separation is a new removal, determined as "
            "a new episode",
        ),
    ),
    default=MutualCareInterruption.CONTINUOUS,
    reason="H says only that a child in mutual care 'is not considered removed'; the federal "
    "answers for a stay interrupted by a setting outside foster care let the State treat it as "
    "continuous or as a discharge, and a county that keeps custody treats it as continuous.",
)


class TrialHomeVisitAdmin(StrEnum):
    """The readings of :data:`TRIAL_HOME_VISIT_ADMIN`."""

    NOT_CLAIMABLE = "not-claimable"
    CLAIMABLE = "claimable"


TRIAL_HOME_VISIT_ADMIN = Interpretation.declare(
    TrialHomeVisitAdmin,
    name="trial_home_visit_admin",
    question="Are administrative costs claimable while the child is at home on a trial home visit?",
    citation="42 U.S.C. 672(i); 45 CFR 1356.21(e)",
    choices=(
        Choice(
            value=TrialHomeVisitAdmin.NOT_CLAIMABLE,
            meaning="no: the child is in no licensed home or institution, and 672(i) lists the "
            "only cases in which administrative costs are claimable then",
        ),
        Choice(
            value=TrialHomeVisitAdmin.CLAIMABLE, meaning="yes: the child remains in foster care"
        ),
    ),
    default=TrialHomeVisitAdmin.NOT_CLAIMABLE,
    reason="Neither 7.601.71 nor the federal rules found say so; 672(i) allows administrative "
    "costs outside a licensed setting only for a pending relative home, the month of a move, "
    "and candidates. This is coregs' reading, unverified against federal guidance.",
)


class AdminCostPartialMonth(StrEnum):
    """The readings of :data:`ADMIN_COST_PARTIAL_MONTH`."""

    BY_DAY = "by-day"
    WHOLE_MONTH = "whole-month"


ADMIN_COST_PARTIAL_MONTH = Interpretation.declare(
    AdminCostPartialMonth,
    name="admin_cost_partial_month",
    question="'May a State claim administrative costs on behalf of an otherwise eligible child "
    "for an entire month when the child is placed in a licensed or approved foster family home "
    "or child care institution for less than an entire month?' (Child Welfare Policy Manual "
    "8.1, question 6; 8.1C, question 4 asks the same of a licence in force for part of a "
    "month.)",
    citation=f"45 CFR 1356.60(c); CWPM 8.1 Q6, 8.1C Q4; {CCR_7_601.cite('71.C')}",
    choices=(
        Choice(
            value=AdminCostPartialMonth.BY_DAY,
            meaning="the days the eligible child is in a claimable setting, or covered by an "
            "exception of C ¶3-4 (a relative pursuing certification, the calendar month of a "
            "move), counted like the placement days",
        ),
        Choice(
            value=AdminCostPartialMonth.WHOLE_MONTH,
            meaning="every day in care on which the child is eligible, in a month in which "
            "administrative costs are claimable on at least one day",
        ),
    ),
    default=AdminCostPartialMonth.BY_DAY,
    reason="coregs' behaviour before the option, kept because no source that could be quoted "
    "settles the question. The answers to CWPM 8.1 Q6 and 8.1C Q4 could not be retrieved (only "
    "the questions were), so ACF's federal default is unverified. What can be quoted speaks of "
    "calendar months only for a move: 42 U.S.C. 672(i)(1)(B), 'a period of not more than 1 "
    "calendar month when a child moves from a facility not eligible for payments ... into a "
    "foster family home or child care institution licensed or approved by the State', CWPM "
    "8.1B Q12 and 7.601.71.C ¶4, which coregs applies under both readings; 45 CFR 1356.60(c) "
    "leaves the allocation to 'The State's cost allocation plan', and federal reviews disallow "
    "partial-month overpayments of maintenance (DAB No. 2253). Choose whole-month if your "
    "cost allocation plan or ACF's answer to 8.1 Q6 says so.",
)


class GrossLimitRounding(StrEnum):
    """The readings of :data:`GROSS_LIMIT_ROUNDING`."""

    ROUND_DOWN = "round-down"
    EXACT = "exact"


GROSS_LIMIT_ROUNDING = Interpretation.declare(
    GrossLimitRounding,
    name="gross_limit_rounding",
    question="Is 185 percent of the need standard rounded (185% of $421 is $778.85)?",
    citation="45 CFR 233.20(a)(3)(xiii), (a)(2)(iv)",
    choices=(
        Choice(
            value=GrossLimitRounding.ROUND_DOWN,
            meaning="to the next lower whole dollar, as (a)(2)(iv) rounds 'the standard of need'",
        ),
        Choice(value=GrossLimitRounding.EXACT, meaning="to the cent"),
    ),
    default=GrossLimitRounding.ROUND_DOWN,
    reason="The gross limit is a standard of need, which AFDC rounded down to the dollar.",
)

IVE_OPTIONS: tuple[Interpretation[Any], ...] = (
    ENTERED_FOSTER_CARE_DATE,
    RE_PREVENT_REMOVAL_TRIGGER,
    RE_FINALIZE_INTERVAL_FROM,
    RE_FINALIZE_LAPSE_START,
    VPA_DAY_90_BREACH,
    RESOURCE_COMPARISON,
    GROSS_LIMIT_ROUNDING,
    THIRTY_AND_ONE_THIRD,
    UNEMPLOYMENT_DEPRIVATION,
    AGE_18_END,
    RELINQUISHMENT_LIVING_WITH,
    RELINQUISHMENT_REMOVAL,
    MUTUAL_CARE_TREATMENT_FACILITY,
    MUTUAL_CARE_INTERRUPTION,
    PROVIDER_CLAIM_START,
    PROVISIONAL_RELATIVE_ADMIN_WINDOW,
    TRIAL_HOME_VISIT_LIMIT,
    TRIAL_HOME_VISIT_ADMIN,
    ADMIN_COST_PARTIAL_MONTH,
    CHILD_SUPPORT_PLACEMENT_DAYS,
)
"""Every interpretation option the evaluator reads, with its default."""

ALL_OPTIONS: tuple[Interpretation[Any], ...] = (
    *IVE_OPTIONS,
    *(o for o in RULEBOOK.interpretations if o.name not in {i.name for i in IVE_OPTIONS}),
)
"""Every interpretation option coregs declares: the evaluator's, then the rule catalog's.

One set of options for every entry point: ``coregs.resolve_options(ALL_OPTIONS, {...})`` gives
an :class:`~coregs.Options` value that a compliance check, a determination, a funding
determination and a rule's deadline all accept; each reads its own and records the others as
not used. The evaluators also accept a mapping naming any of these."""


def _rule_options(*ids: str) -> frozenset[str]:
    return frozenset(o.name for rule_id in ids for o in RULEBOOK.get(rule_id).interpretations)


DETERMINATION_READS = frozenset(o.name for o in IVE_OPTIONS) | _rule_options("ive-redetermination")
"""The options a determination reads: the evaluator's, and the redetermination rule's (its
dates in the determination's ledger of time limits)."""

FUNDING_READS = DETERMINATION_READS | _rule_options("ssi-application", "ea-determination")
"""The options a funding determination reads: also the SSI application's 45 days (which roll)
and Emergency Assistance's thirty business days (which calendar)."""


@dataclass(frozen=True, slots=True)
class Readings:
    """Every option's reading, resolved once per determination into a member of its enum.

    Criteria branch on members (``ctx.readings.resource_comparison is
    ResourceComparison.NOT_MORE_THAN``), so a misspelt reading fails type-checking instead of
    silently taking the other branch. One field per option of :data:`IVE_OPTIONS`, in its
    order (a test keeps the two in step).
    """

    entered_foster_care_date: EnteredFosterCareDate
    re_prevent_removal_trigger: RePreventRemovalTrigger
    re_finalize_interval_from: ReFinalizeIntervalFrom
    re_finalize_lapse_start: ReFinalizeLapseStart
    vpa_day_90_breach: VpaDay90Breach
    resource_comparison: ResourceComparison
    gross_limit_rounding: GrossLimitRounding
    thirty_and_one_third: ThirtyAndOneThird
    unemployment_deprivation: UnemploymentDeprivation
    age_18_end: Age18End
    relinquishment_living_with: RelinquishmentLivingWith
    relinquishment_removal: RelinquishmentRemoval
    mutual_care_treatment_facility: MutualCareTreatmentFacility
    mutual_care_interruption: MutualCareInterruption
    provider_claim_start: ProviderClaimStart
    provisional_relative_admin_window: ProvisionalRelativeAdminWindow
    trial_home_visit_limit: TrialHomeVisitLimit
    trial_home_visit_admin: TrialHomeVisitAdmin
    admin_cost_partial_month: AdminCostPartialMonth
    child_support_placement_days: ChildSupportPlacementDays

    @classmethod
    def of(cls, options: Options) -> Readings:
        """The readings ``options`` gives (resolved with :data:`IVE_OPTIONS`)."""
        return cls(
            entered_foster_care_date=ENTERED_FOSTER_CARE_DATE.read(options),
            re_prevent_removal_trigger=RE_PREVENT_REMOVAL_TRIGGER.read(options),
            re_finalize_interval_from=RE_FINALIZE_INTERVAL_FROM.read(options),
            re_finalize_lapse_start=RE_FINALIZE_LAPSE_START.read(options),
            vpa_day_90_breach=VPA_DAY_90_BREACH.read(options),
            resource_comparison=RESOURCE_COMPARISON.read(options),
            gross_limit_rounding=GROSS_LIMIT_ROUNDING.read(options),
            thirty_and_one_third=THIRTY_AND_ONE_THIRD.read(options),
            unemployment_deprivation=UNEMPLOYMENT_DEPRIVATION.read(options),
            age_18_end=AGE_18_END.read(options),
            relinquishment_living_with=RELINQUISHMENT_LIVING_WITH.read(options),
            relinquishment_removal=RELINQUISHMENT_REMOVAL.read(options),
            mutual_care_treatment_facility=MUTUAL_CARE_TREATMENT_FACILITY.read(options),
            mutual_care_interruption=MUTUAL_CARE_INTERRUPTION.read(options),
            provider_claim_start=PROVIDER_CLAIM_START.read(options),
            provisional_relative_admin_window=PROVISIONAL_RELATIVE_ADMIN_WINDOW.read(options),
            trial_home_visit_limit=TRIAL_HOME_VISIT_LIMIT.read(options),
            trial_home_visit_admin=TRIAL_HOME_VISIT_ADMIN.read(options),
            admin_cost_partial_month=ADMIN_COST_PARTIAL_MONTH.read(options),
            child_support_placement_days=CHILD_SUPPORT_PLACEMENT_DAYS.read(options),
        )
