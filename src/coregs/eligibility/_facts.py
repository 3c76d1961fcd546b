"""The facts of one removal episode, as the Title IV-E evaluator reads them.

Every model is a :class:`~coregs._model.Facts`: frozen, ``extra="forbid"``, a ``repr`` that
shows field names only, and validation errors (:class:`~coregs.InvalidFactsError`) that name the
field path and what was expected, never the value.

**Absent means unknown.** A fact left out (``None``) is one nobody supplied; a criterion
that needs it is ``unknown`` and names it, never ``not met``. That holds for every status,
yes/no, amount and classification, and for the dates of things that must have happened (a
birth, the removal, a voluntary agreement's signature). The dates of things that may not have
happened yet are different, and each says so: ``discharge_date=None`` means the child is still
in care, a county act with no date has not been done, and under a voluntary agreement no
``petition_filed_on`` means no petition has been filed. ``constructive_removal=None`` means the
removal was physical; ``mutual_care=None`` means the child is not placed with a parent. A list
is the complete record of its kind (every court order through the evaluation date, every
placement, every member of the removal household); an empty list where the evaluator needs
records is unknown.

**Periods** (``start``/``end``) use one convention: ``start`` is the first day, ``end`` the day
it ended (the first day it no longer held; the day a child moved is a day in the *new*
placement); ``end=None`` means it had not ended.

Field names follow AFCARS where one exists, and the AFCARS / NCANDS spellings are accepted on
input (``DOB``, ``LatRemDt``, ``DoDFCDt``, ``PetDate``, ``CurSetDt``); coregs emits its own.
"""

from __future__ import annotations

import datetime as dt
import itertools
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AliasChoices, Field, StrictBool, field_validator

from coregs._model import Date, Facts, Money, Ref, Whole, facts_error

__all__ = [
    "Child",
    "Citizenship",
    "ConstructiveRemoval",
    "CountyActions",
    "CourtOrder",
    "DependentCare",
    "Documentation",
    "Education",
    "EmergencyAssistanceFacts",
    "FindingKind",
    "IVEFacts",
    "Income",
    "LicenceStatus",
    "Licensing",
    "LivedWith",
    "Member",
    "MemberRole",
    "MutualCare",
    "OrderFinding",
    "Parent",
    "ParentStatus",
    "Placement",
    "Relationship",
    "Removal",
    "RemovalHome",
    "RemovalManner",
    "Setting",
    "SsiFacts",
    "TrialHomeVisit",
    "Unemployment",
    "Wording",
]


def _afcars(name: str, *aliases: str, note: str) -> Any:
    """A field that also accepts its AFCARS / NCANDS spelling, documented in the schema."""
    return Field(
        default=None,
        validation_alias=AliasChoices(name, *aliases),
        description=note,
        json_schema_extra={"x-afcars": ", ".join(aliases)},
    )


def _check_period(start: dt.date, end: dt.date | None) -> None:
    if end is not None and end < start:
        raise facts_error("date_order", "end is before start")


# -- the child ----------------------------------------------------------------------------------


class Citizenship(StrEnum):
    """The child's citizenship or non-citizen status (7.601.71.D.4.b)."""

    US_CITIZEN = "us_citizen"
    NATURALIZED_CITIZEN = "naturalized_citizen"
    QUALIFIED_NON_CITIZEN = "qualified_non_citizen"
    OTHER_NON_CITIZEN = "other_non_citizen"


class Education(Facts):
    """School facts for a youth of 18 (7.601.71.D.4.a).

    Attributes:
        fulltime_student: a full-time student in a secondary school, or in the equivalent level
            of vocational or technical training.
        expected_completion: the date the youth is expected to complete the program.
        completed_on: the date the youth completed it (or left it), if that has happened.
    """

    fulltime_student: StrictBool | None = None
    expected_completion: Date | None = None
    completed_on: Date | None = None


class Child(Facts):
    """The child or youth.

    Attributes:
        birth_date: date of birth (AFCARS ``DOB``); never echoed by any output.
        citizenship: citizenship or non-citizen status (7.601.71.D.4.b).
        citizenship_verified: the status has been verified, as 7.601.71.A.1 requires.
        colorado_resident: the child is a resident of Colorado (7.601.71.D.4.c).
        education: school facts, needed from the 18th birthday.
        fyit_participant: the youth participates in the foster youth in transition program and
            meets its eligibility criteria (7.601.71.D.4.a(i), D.2.e, J.5, K.3).
    """

    birth_date: Date | None = _afcars("birth_date", "DOB", note="date of birth")
    citizenship: Citizenship | None = None
    citizenship_verified: StrictBool | None = None
    colorado_resident: StrictBool | None = None
    education: Education | None = None
    fyit_participant: StrictBool | None = None


# -- the removal ----------------------------------------------------------------------------------


class RemovalManner(StrEnum):
    """How the child was removed (7.601.71.B.1, G; AFCARS legacy element 25 ``ManRem``)."""

    COURT_ORDER = "court_order"
    VOLUNTARY_PLACEMENT_AGREEMENT = "voluntary_placement_agreement"
    VOLUNTARY_SERVICES_AGREEMENT = "voluntary_services_agreement"
    RELINQUISHMENT = "relinquishment"


class ConstructiveRemoval(Facts):
    """The facts of a "constructive removal" (7.601.71.B.6).

    Present only when the removal was constructive (a paper removal of custody); leave
    ``Removal.constructive_removal`` out for a physical removal.

    Attributes:
        resided_with_non_parent_caretaker: "The child resides with a non-parent caretaker who is
            not the legal custodian or guardian of the child" (B.6.a).
        remains_with_caretaker_as_provider: "The child remains in the home of the caretaker who
            serves as the out-of-home care provider to the child after the county is awarded
            custody or obtains the agreement for voluntary placement" (B.6.c).
    """

    resided_with_non_parent_caretaker: StrictBool | None = None
    remains_with_caretaker_as_provider: StrictBool | None = None


class MutualCare(Facts):
    """The child is placed in out-of-home care together with his or her parent (7.601.71.H).

    Attributes:
        parent_is_minor: the parent is a minor.
        parent_ive_eligible: the minor parent has been determined eligible for Title IV-E
            foster care.
        parent_in_family_treatment_facility: the parent is in a licensed residential
            family-based treatment facility for substance abuse (42 U.S.C. 672(j)), which matters
            only under the option ``mutual_care_treatment_facility``.
    """

    parent_is_minor: StrictBool | None = None
    parent_ive_eligible: StrictBool | None = None
    parent_in_family_treatment_facility: StrictBool | None = None


class Removal(Facts):
    """The removal that starts the episode.

    Attributes:
        manner: court order, voluntary placement agreement (VPA), voluntary services agreement
            (VSA) or relinquishment.
        removal_date: the date the child was removed from the home (AFCARS ``LatRemDt``).
        emergency: the removal was an emergency removal under C.R.S. 19-3-401 (the compliance
            rules of 7.601.31 need it; eligibility does not).
        petition_filed_on: the date court proceedings to remove the child were initiated: the
            petition for custody or authority for placement (7.601.71.A.3.c, D; NCANDS
            ``PetDate``); when absent, the first ruling sanctioning the removal dates them
            (A.3.c: "the date of the court order or the date a petition is filed"). Under a VPA,
            the petition to review the need for placement (E.3); under a VSA, the petition for a
            foster youth in transition case (F.3); absent, none has been filed.
        agreement_signed_on: the date the VPA or VSA was signed by all parties (E.2, F.2).
        agreement_complete: the agreement was completed and signed by the parent(s) or legal
            guardian (for a VSA, the youth) and the county department (E.1, F.1).
        constructive_removal: present when the removal was constructive (B.6).
        mutual_care: present when the child is placed together with a parent (H).
        discharge_date: the day the child left out-of-home care (AFCARS ``DoDFCDt``);
            ``None``: still in care.
    """

    manner: RemovalManner | None = None
    removal_date: Date | None = _afcars(
        "removal_date", "LatRemDt", "RmvDate", note="date of removal from the home"
    )
    emergency: StrictBool | None = None
    petition_filed_on: Date | None = _afcars(
        "petition_filed_on", "PetDate", note="date court proceedings to remove were initiated"
    )
    agreement_signed_on: Date | None = None
    agreement_complete: StrictBool | None = None
    constructive_removal: ConstructiveRemoval | None = None
    mutual_care: MutualCare | None = None
    discharge_date: Date | None = _afcars(
        "discharge_date", "DoDFCDt", note="date of discharge from foster care"
    )


# -- court orders -------------------------------------------------------------------------------


class FindingKind(StrEnum):
    """A judicial determination a court order records, explicitly and for this child."""

    CONTRARY_TO_WELFARE = "contrary_to_welfare"
    """B.2.a: "Continuation in the home would be contrary to the welfare of the child"."""
    BEST_INTERESTS = "best_interests"
    """B.2.b: "Out-of-home placement is in the best interests of the child"."""
    REASONABLE_EFFORTS_TO_PREVENT_REMOVAL = "reasonable_efforts_to_prevent_removal"
    """B.3.a: "Reasonable efforts were made to prevent the removal"."""
    EMERGENCY_LACK_OF_SERVICES_REASONABLE = "emergency_lack_of_services_reasonable"
    """B.3.b: "An emergency situation exists such that the lack of preventative services was
    reasonable"."""
    REASONABLE_EFFORTS_NOT_REQUIRED = "reasonable_efforts_not_required"
    """B.3.c: "Reasonable efforts to prevent the removal ... were not required"."""
    CUSTODY_TO_COUNTY = "custody_to_county"
    """B.4, K.1: the court grants the county department legal custody, or legal authority for
    placement and care (continued placement)."""
    CONTINUED_PLACEMENT_BEST_INTERESTS = "continued_placement_best_interests"
    """E.4, F.4: "continued placement is in the best interests of the child", or words to that
    effect."""
    REASONABLE_EFFORTS_TO_FINALIZE = "reasonable_efforts_to_finalize"
    """K.2: "the county department has made reasonable efforts to finalize a permanency
    plan"."""
    ABUSE_OR_NEGLECT_ADJUDICATED = "abuse_or_neglect_adjudicated"
    """The first judicial finding that the child has been subjected to abuse or neglect (45 CFR
    1355.20: dates "the date the child enters foster care")."""


class Documentation(StrEnum):
    """How the order's findings are documented (7.601.71.B.2 ¶2, B.3 ¶2; 45 CFR 1356.21(d)).

    Only the signed written order and a transcript of the proceeding are acceptable; "Neither
    affidavits nor subsequent 'nunc pro tunc' orders are acceptable verification".
    """

    SIGNED_ORDER = "signed_order"
    TRANSCRIPT = "transcript"
    NUNC_PRO_TUNC = "nunc_pro_tunc"
    AFFIDAVIT = "affidavit"

    @property
    def acceptable(self) -> bool:
        """Whether a finding documented this way counts."""
        return self in (Documentation.SIGNED_ORDER, Documentation.TRANSCRIPT)


class Wording(StrEnum):
    """How the findings are worded (45 CFR 1356.21(d)(3); CWPM 8.3A.9c).

    ``case_specific``: explicit, made for this child. ``funding_purposes_only``: qualified as made
    "for the purpose of Federal funding only" (no bona fide determination).
    ``state_law_reference_only``: a bare reference to state law in place of a finding ("not
    acceptable, even if such law provides that a removal must be based on" the finding).
    """

    CASE_SPECIFIC = "case_specific"
    FUNDING_PURPOSES_ONLY = "funding_purposes_only"
    STATE_LAW_REFERENCE_ONLY = "state_law_reference_only"


class OrderFinding(Facts):
    """One finding of a court order whose documentation or wording is its own
    (``CourtOrder.separate_findings``).

    A court record often holds several findings of one hearing, proven differently: one written
    in the signed order, another only in the transcript of the proceeding (B.2 ¶2, B.3 ¶2), one
    qualified as made "for federal funding purposes only" (CWPM 8.3A.9c). Each required
    determination is verified on its own: nothing in 45 CFR 1356.21(d) requires two findings
    to be proven by the same document.

    Attributes:
        kind: the finding.
        documentation: how this finding is documented; absent, as the order states.
        wording: how this finding is worded; absent, as the order states.
    """

    kind: FindingKind
    documentation: Documentation | None = None
    wording: Wording | None = None


class CourtOrder(Facts):
    """One court ruling and the findings it records.

    Attributes:
        date: the date the order was made (NIEM ``hs:CourtOrderRenderedDate``).
        sanctions_removal: the ruling sanctions (even temporarily) the removal of the child
            from the home; the earliest such ruling is "the first court ruling" of B.2.
        documentation: how its findings are documented.
        wording: how they are worded.
        findings: the findings it records for this child, documented and worded as the order
            is.
        separate_findings: findings of the same ruling documented or worded their own way
            (one only in the transcript, one qualified "for federal funding purposes only"):
            one hearing, several findings, proven differently.
    """

    date: Date
    sanctions_removal: StrictBool | None = None
    documentation: Documentation | None = None
    wording: Wording | None = None
    findings: frozenset[FindingKind] = frozenset()
    separate_findings: tuple[OrderFinding, ...] = ()

    @property
    def kinds(self) -> frozenset[FindingKind]:
        """The kinds of finding the order records, however each is documented."""
        if not self.separate_findings:
            return self.findings
        return self.findings | {f.kind for f in self.separate_findings}


# -- placements ---------------------------------------------------------------------------------


class Setting(StrEnum):
    """The kind of out-of-home setting (7.601.71.C; AFCARS 1355.44(e)).

    ``foster_family_home`` (including a kinship or relative foster home) and
    ``child_care_institution`` (group home, residential treatment) are Title IV-E settings when
    fully licensed or certified. ``supervised_independent_living`` is claimable for a youth who
    has reached 18 (C ¶5). ``detention`` (a detention facility, forestry camp, training school,
    or other facility operated primarily for the detention of delinquent children) and
    ``other_non_ive_facility`` (a psychiatric hospital, any other facility not eligible for
    Title IV-E) are not.
    """

    FOSTER_FAMILY_HOME = "foster_family_home"
    CHILD_CARE_INSTITUTION = "child_care_institution"
    SUPERVISED_INDEPENDENT_LIVING = "supervised_independent_living"
    DETENTION = "detention"
    OTHER_NON_IVE_FACILITY = "other_non_ive_facility"

    @property
    def ive_setting(self) -> bool:
        """A setting that can be a Title IV-E provider (if licensed, or for SIL at 18+)."""
        return self in (
            Setting.FOSTER_FAMILY_HOME,
            Setting.CHILD_CARE_INSTITUTION,
            Setting.SUPERVISED_INDEPENDENT_LIVING,
        )


class LicenceStatus(StrEnum):
    """A provider's licence or certification: full, provisional, or none."""

    FULL = "full"
    PROVISIONAL = "provisional"
    NONE = "none"


class Licensing(Facts):
    """From ``since``, the provider's licence or certification status is ``status``."""

    status: LicenceStatus
    since: Date


class Placement(Facts):
    """One living arrangement in out-of-home care.

    Attributes:
        start: the first day (AFCARS ``CurSetDt``; 1355.44(e)(1)).
        end: the day the child left (a day of the next placement); ``None``: still there.
        setting: the kind of setting.
        provider_ref: an opaque reference to the provider, never a name.
        relative: the provider is a relative of the child.
        pursuing_certification: the relative is pursuing full foster care certification
            (7.601.71.C ¶3).
        licensing: the provider's licence status over time, each entry from its ``since`` date
            (in date order); before the first entry the status is unknown.
        with_parent: present when the child lives in this placement together with a parent
            (7.601.71.H): mutual care that starts after the removal, at this placement.
            ``removal.mutual_care`` is mutual care from the removal itself.
    """

    start: Date = Field(validation_alias=AliasChoices("start", "CurSetDt"))
    end: Date | None = None
    setting: Setting | None = None
    provider_ref: Ref | None = None
    relative: StrictBool | None = None
    pursuing_certification: StrictBool | None = None
    licensing: tuple[Licensing, ...] = ()
    with_parent: MutualCare | None = None

    _cross_field_rules = ("end is not before start", "licensing is in date order, one per date")

    def _check_whole(self) -> None:
        _check_period(self.start, self.end)
        for a, b in itertools.pairwise(self.licensing):
            if b.since <= a.since:
                raise facts_error(
                    "date_order", "licensing entries must be in date order, one per date"
                )


class TrialHomeVisit(Facts):
    """A trial home visit: the child is at home while still in foster care (45 CFR 1356.21(e)).

    Attributes:
        start: the first day at home.
        end: the day the visit ended (the child returned to a placement, or was discharged);
            ``None``: still at home.
        court_authorized_until: a court ordered a visit longer than six months, through this
            date.
    """

    start: Date
    end: Date | None = None
    court_authorized_until: Date | None = None

    _cross_field_rules = ("end is not before start",)

    def _check_whole(self) -> None:
        _check_period(self.start, self.end)


# -- the removal home (AFDC as of July 16, 1996) -------------------------------------------------


class Relationship(StrEnum):
    """Who the child lived with and was removed from (7.601.71.B.5: "a parent or other
    specified relative"; former 42 U.S.C. 606(a)).

    ``parent`` (natural or adoptive), ``stepparent``, ``grandparent``, ``sibling``,
    ``aunt_or_uncle``, ``other_specified_relative`` (any other relative by blood, adoption or
    marriage within the fifth degree, or the spouse of one) are specified relatives;
    ``non_relative_guardian`` and ``non_relative`` are not.
    """

    PARENT = "parent"
    STEPPARENT = "stepparent"
    GRANDPARENT = "grandparent"
    SIBLING = "sibling"
    AUNT_OR_UNCLE = "aunt_or_uncle"
    OTHER_SPECIFIED_RELATIVE = "other_specified_relative"
    NON_RELATIVE_GUARDIAN = "non_relative_guardian"
    NON_RELATIVE = "non_relative"

    @property
    def specified(self) -> bool:
        """Whether this is a parent or other specified relative."""
        return self not in (Relationship.NON_RELATIVE_GUARDIAN, Relationship.NON_RELATIVE)


class LivedWith(Facts):
    """A period the child lived in the removal home (``end``: the day the child left)."""

    start: Date | None = None
    end: Date | None = None

    _cross_field_rules = ("end is not before start",)

    def _check_whole(self) -> None:
        if self.start is not None:
            _check_period(self.start, self.end)


class DependentCare(Facts):
    """Care paid for a dependent child (or incapacitated adult) so an earner can work.

    Attributes:
        amount: paid in the eligibility month.
        under_two: the person cared for is a child under age two ($200 cap, else $175; 45 CFR
            233.20(a)(11)(i)(D)).
    """

    amount: Money
    under_two: StrictBool | None = None


class Income(Facts):
    """A person's monthly income in the AFDC eligibility month.

    Attributes:
        earned: gross earnings.
        unearned: unearned income (benefits, pensions, contributions); child support received
            for the unit goes in ``RemovalHome.child_support_received``.
        student: for a child: a full-time student, or a part-time student who is not a full-time
            employee, whose earnings are disregarded (45 CFR 233.20(a)(11)(i)(A)).
        dependent_care: care paid so this person can work.
    """

    earned: Money | None = None
    unearned: Money | None = None
    student: StrictBool | None = None
    dependent_care: tuple[DependentCare, ...] = ()


class Unemployment(Facts):
    """Facts of the 1996 unemployed-parent test (45 CFR 233.101(a)), used only under the option
    ``unemployment_deprivation = "afdc-up-1996"``.

    Attributes:
        principal_earner: this parent earned the greater amount in the 24 months before.
        hours_worked: hours employed in the eligibility month (fewer than 100 required).
        unemployed_30_days: unemployed for at least 30 days before the month.
        refused_work: refused a bona fide offer of employment or training without good cause
            in those 30 days.
        quarters_of_work: quarters of work within a 13-calendar-quarter period ending within
            one year before (six or more required) ...
        unemployment_insurance: ... or received, or qualified for, unemployment insurance
            within that year.
    """

    principal_earner: StrictBool | None = None
    hours_worked: Annotated[int, Whole, Field(ge=0, le=744)] | None = None
    unemployed_30_days: StrictBool | None = None
    refused_work: StrictBool | None = None
    quarters_of_work: Annotated[int, Whole, Field(ge=0, le=13)] | None = None
    unemployment_insurance: StrictBool | None = None


class ParentStatus(StrEnum):
    """Where a parent was in the AFDC eligibility month (7.601.71.D.2)."""

    IN_HOME = "in_home"
    ABSENT = "absent"
    DECEASED = "deceased"


class Parent(Facts):
    """One of the child's natural or adoptive parents (listed whether in the home or not).

    Attributes:
        status: in the home, continuously absent, or deceased, in the eligibility month.
        incapacitated: physically or mentally incapacitated (D.2.b).
        income: the parent's income, when in the home.
        unemployment: the 1996 unemployed-parent facts (option only).
    """

    status: ParentStatus | None = None
    incapacitated: StrictBool | None = None
    income: Income | None = None
    unemployment: Unemployment | None = None


class MemberRole(StrEnum):
    """Another person living in the removal home in the eligibility month.

    ``sibling``: a blood-related or adoptive brother or sister, who must be in the assistance
    unit (45 CFR 206.10(a)(1)(vii)(B)). ``stepparent``: a stepparent not legally responsible
    for the child, whose income is deemed (233.20(a)(3)(xiv)). ``parent_of_minor_parent``: a
    parent of the child's minor parent, whose income is deemed the same way
    (233.20(a)(3)(xviii)). ``other``: anyone else; no contribution is assumed from them
    (233.20(a)(2)(viii)).
    """

    SIBLING = "sibling"
    STEPPARENT = "stepparent"
    PARENT_OF_MINOR_PARENT = "parent_of_minor_parent"
    OTHER = "other"


class Member(Facts):
    """A household member other than the child and the child's parents.

    Attributes:
        role: see :class:`MemberRole`.
        receives_ssi: receives SSI (then outside the unit: 233.20(a)(1)(ii)).
        receives_foster_care_or_adoption_payment: receives a foster care or adoption assistance
            payment (then outside the unit).
        income: the member's income.
        dependents_outside_unit: for a deemed member, the others in the home who are or could be
            the member's tax dependents and are not in the unit (233.20(a)(3)(xiv)(B)).
        support_paid_outside: for a deemed member, paid to tax dependents outside the home, and
            alimony or child support paid for people outside the household ((C), (D)).
    """

    role: MemberRole
    receives_ssi: StrictBool | None = None
    receives_foster_care_or_adoption_payment: StrictBool | None = None
    income: Income | None = None
    dependents_outside_unit: Annotated[int, Whole, Field(ge=0, le=20)] | None = None
    support_paid_outside: Money | None = None


class RemovalHome(Facts):
    """The home of the parent or specified relative the child was removed from (7.601.71.D).

    Its facts are those of the AFDC eligibility month: the month court proceedings were
    initiated or the agreement was signed.

    Attributes:
        relationship: who the child lived with there.
        lived_with: when the child lived there.
        parents: the child's natural or adoptive parents, in the home or not.
        members: everyone else in the home (siblings, a stepparent, grandparents ...); an empty
            list states there is no one else.
        child_income: the child's own income.
        child_support_received: support received for the unit in the month.
        resources: the unit's countable resources (7.601.71.D.3.a).
        colorado_works_in_prior_four_months: the unit received Colorado Works (TANF) in one
            of the four months before; it matters only under the option
            ``thirty_and_one_third = "colorado-works-counts"`` (233.20(a)(11)(i)(C)).
    """

    relationship: Relationship | None = None
    lived_with: tuple[LivedWith, ...] = ()
    parents: tuple[Parent, ...] = Field(default=(), max_length=2)
    members: tuple[Member, ...] = Field(default=(), max_length=30)
    child_income: Income | None = None
    child_support_received: Money | None = None
    resources: Money | None = None
    colorado_works_in_prior_four_months: StrictBool | None = None


# -- what the county did, and the other funding sources ---------------------------------------


class CountyActions(Facts):
    """The county's own acts on the episode, for the compliance dates (never for eligibility).

    Attributes:
        determined_on: the initial Title IV-E determination was completed (7.601.71.I.1).
        good_faith_efforts_recorded_on: good faith efforts to determine were recorded (I.1).
        redetermined_on: each redetermination on the state prescribed form (I.2).
        child_support_referral_on: the referral to Child Support Enforcement (J).
        absent_parent_unknown: the child's absent parent is unknown (J.2).
        referral_not_in_best_interests: the child's best interests would not be served by a
            referral, e.g. parental rights terminated, or the Family Services Plan documents
            that family contact is inappropriate (J.3).
    """

    determined_on: Date | None = None
    good_faith_efforts_recorded_on: Date | None = None
    redetermined_on: tuple[Date, ...] = ()
    child_support_referral_on: Date | None = None
    absent_parent_unknown: StrictBool | None = None
    referral_not_in_best_interests: StrictBool | None = None


class SsiFacts(Facts):
    """Supplemental Security Income (7.601.72).

    Attributes:
        believed_eligible: the child is believed to meet SSI eligibility criteria (B).
        chrp_waiver: the child is enrolled in the Children's Habilitation Residential Program
            waiver (B: application required).
        ssa_death_benefits_or_ssdi: the child receives SSA death benefits or SSDI, which are
            not coded as SSI (A).
        application_begun_on: the date the county began the application (D).
        receiving_ssi: the child receives SSI.
    """

    believed_eligible: StrictBool | None = None
    chrp_waiver: StrictBool | None = None
    ssa_death_benefits_or_ssdi: StrictBool | None = None
    application_begun_on: Date | None = None
    receiving_ssi: StrictBool | None = None


class EmergencyAssistanceFacts(Facts):
    """Title IV-A Emergency Assistance (7.601.73).

    Attributes:
        case_opened_on: the case opening (C: determination within thirty business days).
        application_initiated_on: the application was initiated (C: the earliest effective
            date).
        emergency: a removal into publicly funded care or state or county supervision, or the
            risk of one as the responsible officials determine (A.1).
        lived_with_relative_within_six_months: the child lived with a relative anytime within
            the six months before the application (A.2).
        family_gross_annual_income: the family's total gross annual income (A.3).
        living_with_parent_or_adult_relative: the child lives in the household with a parent or
            other adult relative (B: maintenance of effort).
        determined_on: the determination was completed.
    """

    case_opened_on: Date | None = None
    application_initiated_on: Date | None = None
    emergency: StrictBool | None = None
    lived_with_relative_within_six_months: StrictBool | None = None
    family_gross_annual_income: Money | None = None
    living_with_parent_or_adult_relative: StrictBool | None = None
    determined_on: Date | None = None


# -- the whole ---------------------------------------------------------------------------------


class IVEFacts(Facts):
    """Everything the Title IV-E evaluator reads about one removal episode.

    Attributes:
        case_ref: an opaque reference for the report (never a name).
        child: the child.
        removal: the removal, its manner and dates.
        court_orders: every court ruling of the episode through the evaluation date.
        placements: every living arrangement in out-of-home care, in date order, not
            overlapping.
        trial_home_visits: trial home visits, not overlapping a placement.
        removal_home: the AFDC facts of the removal home.
        county: the county's acts (compliance dates only).
        ssi: Supplemental Security Income facts; absent, whether an application is required
            (7.601.72.B) is unknown.
        emergency_assistance: Title IV-A Emergency Assistance facts, present when 7.601.73
            covers the case (services for a family with children at risk of placement, or an
            intake case transferred for on-going services); absent, it does not.
        candidacy_determined_on: for a reasonable candidate, each determination that the child
            is at imminent risk of removal (7.601.71.M).
    """

    case_ref: Ref | None = None
    child: Child = Child()
    removal: Removal = Removal()
    court_orders: tuple[CourtOrder, ...] = Field(default=(), max_length=500)
    placements: tuple[Placement, ...] = Field(default=(), max_length=500)
    trial_home_visits: tuple[TrialHomeVisit, ...] = Field(default=(), max_length=100)
    removal_home: RemovalHome = RemovalHome()
    county: CountyActions = CountyActions()
    ssi: SsiFacts | None = None
    emergency_assistance: EmergencyAssistanceFacts | None = None
    candidacy_determined_on: tuple[Date, ...] = Field(default=(), max_length=500)

    _cross_field_rules = (
        "placements are in date order and do not overlap",
        "no trial home visit overlaps a placement",
        "no placement starts on or after the discharge date",
    )

    @field_validator("placements")
    @classmethod
    def _placements_in_order(cls, placements: tuple[Placement, ...]) -> tuple[Placement, ...]:
        for i, (a, b) in enumerate(itertools.pairwise(placements)):
            if a.end is None or b.start < a.end:
                raise facts_error(
                    "date_order", f"placement {i + 1} starts before placement {i} ends"
                )
        return placements

    def _check_whole(self) -> None:
        for i, visit in enumerate(self.trial_home_visits):
            v_end = visit.end or dt.date.max
            for j, p in enumerate(self.placements):
                p_end = p.end or dt.date.max
                if visit.start < p_end and p.start < v_end:
                    raise facts_error("overlap", f"trial home visit {i} overlaps placement {j}")
        discharge = self.removal.discharge_date
        if discharge is not None:
            for j, p in enumerate(self.placements):
                if p.start >= discharge:
                    raise facts_error(
                        "date_order", f"placement {j} starts on or after the discharge date"
                    )
