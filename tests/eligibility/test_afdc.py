"""Hand-derived scenarios for the AFDC tests of 12 CCR 2509-7.601.71.B.5 and D.

Every expected value below is worked out from the text (the regulation, and the 1996 AFDC rules
of 45 CFR 233.20 / 233.101 it incorporates), not read off the library.

The scenario: a child of about eight, removed by court order on Monday 2026-03-02 (petition filed
and placement the same day) from the home of a parent the child lived with until the removal; the
first order (2026-03-05, signed, case specific) finds contrary to the welfare, reasonable efforts
and grants custody. So the AFDC eligibility month is March 2026 ("the month court proceedings
leading to the removal were initiated", D ¶1) and the six-month window of B.5 / D.1 runs from
September 2025 to March 2026.

Household arithmetic (shipped need standard, 9 CCR 2503-6 §3.606.1.F as the 1996 proxy):

* one parent in the home + the child: 1 caretaker, 1 child: need $331; 185% is $612.35, rounded
  down to $612;
* one parent in the home + the child + a sibling: 1 caretaker, 2 children: need $421; 185% is
  $778.85, rounded down to $778;
* both parents in the home + the child: 2 caretakers, 1 child: need $439; 185% is $812.15 -> $812.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from coregs.eligibility import DeterminationStatus, Outcome, afdc_budget, determine_iv_e
from tests.eligibility._cases import eligible_case

MET, NOT_MET, UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
AS_OF = date(2026, 6, 30)


# -- the scenario ---------------------------------------------------------------------------------


def eligible_facts() -> dict[str, Any]:
    """A complete facts document for a child who is Title IV-E eligible (a fresh copy each call).

    Court-ordered removal 2026-03-02 (petition and placement the same day); one signed,
    case-specific order on 2026-03-05 with contrary-to-the-welfare, reasonable-efforts and custody
    findings; a verified US citizen, Colorado resident, born 2018-03-15; removed from a parent the
    child lived with until the removal; one parent in the home with no income, the other
    continuously absent; no resources, no other income; a fully licensed foster family home.
    """
    return eligible_case(order_after=3)


def sibling(earned: str = "0", *, student: bool = True) -> dict[str, Any]:
    """A brother or sister in the home, in the assistance unit (45 CFR 206.10(a)(1)(vii)(B))."""
    return {
        "role": "sibling",
        "receives_ssi": False,
        "receives_foster_care_or_adoption_payment": False,
        "income": {"earned": earned, "unearned": "0", "student": student},
    }


def with_sibling(facts: dict[str, Any]) -> dict[str, Any]:
    """The unit becomes 1 caretaker + 2 children: need $421, gross limit $778."""
    facts["removal_home"]["members"].append(sibling())
    return facts


def parent_income(facts: dict[str, Any], **income: Any) -> dict[str, Any]:
    """Set the in-home parent's income (``earned``, ``unearned``, ``dependent_care``)."""
    base = {"earned": "0", "unearned": "0"}
    base.update(income)
    facts["removal_home"]["parents"][0]["income"] = base
    return facts


def care(amount: str, *, under_two: bool | None) -> dict[str, Any]:
    out: dict[str, Any] = {"amount": amount}
    if under_two is not None:
        out["under_two"] = under_two
    return out


def determine(facts: dict[str, Any], **options: str):
    return determine_iv_e(facts, as_of=AS_OF, options=options)


def outcome(facts: dict[str, Any], criterion: str, **options: str) -> Outcome:
    return determine(facts, **options).criterion(criterion).outcome


def test_the_scenario_is_eligible() -> None:
    """7.601.71.A.3.a: "The eligibility effective date of the child for Title IV-E shall be the
    first day of the month in which all eligibility criteria for the child are met, but can be no
    earlier than the first day of placement."

    All criteria are met in March 2026 and placement began 2026-03-02: effective 2026-03-02.
    """
    det = determine(eligible_facts())
    assert det.status is DeterminationStatus.ELIGIBLE
    assert det.effective_date == date(2026, 3, 2)
    for part in (
        "afdc",
        "living-with-relative",
        "afdc-deprivation",
        "afdc-resources",
        "afdc-income",
        "afdc-age-at-placement",
        "afdc-citizenship",
        "afdc-residency",
    ):
        assert det.criterion(part).outcome is MET, part


# -- D.3.a resources ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("resources", "options", "expected"),
    [
        ("9999.99", {}, MET),
        ("10000.00", {}, NOT_MET),
        ("10000.00", {"resource_comparison": "not-more-than"}, MET),
        ("10000.01", {"resource_comparison": "not-more-than"}, NOT_MET),
    ],
)
def test_resources_under_10000(resources: str, options: dict[str, str], expected: Outcome) -> None:
    """7.601.71.D.3.a: "Resources - The family must have less than $10,000 in countable
    resources." (Option: 42 U.S.C. 672(a)(3)(B) "not more than $10,000".)

    $9,999.99 is less than $10,000; $10,000.00 is not (it is "not more than", so passes under the
    federal reading); $10,000.01 is more than $10,000 under either reading.
    """
    facts = eligible_facts()
    facts["removal_home"]["resources"] = resources
    det = determine(facts, **options)
    assert det.criterion("afdc-resources").outcome is expected
    assert det.criterion("afdc").outcome is expected


def test_resources_unknown_names_the_fact() -> None:
    """7.601.71.D.3.a: "The family must have less than $10,000 in countable resources." An
    amount nobody stated cannot be compared: unknown, naming it."""
    facts = eligible_facts()
    del facts["removal_home"]["resources"]
    crit = determine(facts).criterion("afdc-resources")
    assert crit.outcome is UNKNOWN
    assert "removal_home.resources" in crit.missing


# -- D.3.b income: the gross (185%) test --------------------------------------------------------


def test_need_standard_and_gross_limit_of_the_shipped_table() -> None:
    """45 CFR 233.20(a)(3)(xiii): no unit is eligible when its income "exceeds 185 percent of the
    State's need standard ... for a family of the same composition"; (a)(2)(iv): "rounding down to
    the next lower whole dollar when the result of determining the standard of need ... is not a
    whole dollar".

    1 caretaker + 1 child: $331, 1.85 x 331 = 612.35 -> $612. 1 caretaker + 2 children: $421,
    1.85 x 421 = 778.85 -> $778 (exact: $778.85). 2 caretakers + 1 child: $439, 1.85 x 439 =
    812.15 -> $812.
    """
    one = afdc_budget(eligible_facts(), as_of=AS_OF)
    assert (one.caretakers, one.children, one.need, one.gross_limit) == (1, 1, 331, 612)

    two = afdc_budget(with_sibling(eligible_facts()), as_of=AS_OF)
    assert (two.caretakers, two.children, two.need, two.gross_limit) == (1, 2, 421, 778)
    exact = afdc_budget(
        with_sibling(eligible_facts()), as_of=AS_OF, options={"gross_limit_rounding": "exact"}
    )
    assert exact.gross_limit == Decimal("778.85")

    both = eligible_facts()
    both["removal_home"]["parents"][1] = {
        "status": "in_home",
        "incapacitated": False,
        "income": {"earned": "0", "unearned": "0"},
    }
    b = afdc_budget(both, as_of=AS_OF)
    assert (b.caretakers, b.children, b.need, b.gross_limit) == (2, 1, 439, 812)


_TWO_CHILDREN_CARE = [care("175", under_two=False), care("175", under_two=False)]


@pytest.mark.parametrize(
    ("earned", "rounding", "expected"),
    [
        ("778.00", "round-down", MET),
        ("778.01", "round-down", NOT_MET),
        ("778.50", "round-down", NOT_MET),
        ("778.50", "exact", MET),
        ("778.85", "exact", MET),
        ("778.86", "exact", NOT_MET),
    ],
)
def test_gross_income_at_and_over_185_percent(
    earned: str, rounding: str, expected: Outcome
) -> None:
    """45 CFR 233.20(a)(3)(xiii): "no assistance unit is eligible for aid in any month in which the
    unit's income (other than the assistance payment) exceeds 185 percent of the State's need
    standard ... without application of the disregards in paragraph (a)(11)(i)".

    1 caretaker + 2 children; the parent earns the amount and pays $175 of care for each child.
    The net test passes throughout (e.g. 778.86 - 90 - 2 x 175 = 338.86 < 421), so only the gross
    test decides: "exceeds" $778 (or $778.85 exact) fails, equality passes.
    """
    facts = parent_income(
        with_sibling(eligible_facts()), earned=earned, dependent_care=_TWO_CHILDREN_CARE
    )
    b = afdc_budget(facts, as_of=AS_OF, options={"gross_limit_rounding": rounding})
    assert b.gross_lo == b.gross_hi == Decimal(earned)
    assert b.countable_lo == Decimal(earned) - 90 - 350
    assert outcome(facts, "afdc-income", gross_limit_rounding=rounding) is expected


# -- D.3.b income: the net test -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unearned", "expected"), [("420.99", MET), ("421.00", NOT_MET), ("421.01", NOT_MET)]
)
def test_countable_income_must_be_less_than_need(unearned: str, expected: Outcome) -> None:
    """7.601.71.D.3.b: "Income Test - The household income after AFDC income tests are applied must
    be less than the need standard for the household."

    1 caretaker + 2 children (need $421); unearned income has no disregard: $420.99 is less than
    $421; $421.00 is not.
    """
    facts = parent_income(with_sibling(eligible_facts()), unearned=unearned)
    assert outcome(facts, "afdc-income") is expected


@pytest.mark.parametrize(("earned", "expected"), [("510.99", MET), ("511.00", NOT_MET)])
def test_the_first_90_dollars_of_earnings(earned: str, expected: Outcome) -> None:
    """45 CFR 233.20(a)(11)(i)(B): "The first $90" of each individual's earned income is
    disregarded.

    Need $421: $510.99 - $90 = $420.99 (less than need); $511.00 - $90 = $421.00 (not less).
    """
    facts = parent_income(with_sibling(eligible_facts()), earned=earned)
    b = afdc_budget(facts, as_of=AS_OF)
    assert b.countable_lo == b.countable_hi == Decimal(earned) - 90
    assert outcome(facts, "afdc-income") is expected


@pytest.mark.parametrize(("student", "expected"), [(True, MET), (False, NOT_MET)])
def test_sibling_student_earnings_disregarded_in_the_net_test(
    student: bool, expected: Outcome
) -> None:
    """45 CFR 233.20(a)(11)(i)(A): disregard "all earned income of a dependent child who is a
    full-time student, or a part-time student who is not a full-time employee".

    The parent has $400 unearned; a sibling in the unit earns $300. Gross: 400 + 300 = 700, within
    $778 either way. Net: a student's $300 is disregarded: $400 < $421, met; a non-student's
    counts after the $90: 400 + 210 = $610, not met.
    """
    facts = parent_income(eligible_facts(), unearned="400")
    facts["removal_home"]["members"].append(sibling("300", student=student))
    b = afdc_budget(facts, as_of=AS_OF)
    assert b.need == 421
    assert b.gross_lo == Decimal(700)
    assert b.countable_lo == (Decimal(400) if student else Decimal(610))
    assert outcome(facts, "afdc-income") is expected


@pytest.mark.parametrize(
    ("earned", "paid", "under_two", "expected"),
    [
        # at least two: "not to exceed $175"
        ("685.99", "200", False, MET),  # 685.99 - 90 - 175 = 420.99
        ("686.00", "200", False, NOT_MET),  # 686.00 - 90 - 175 = 421.00
        # under two: "not to exceed $200"
        ("710.99", "250", True, MET),  # 710.99 - 90 - 200 = 420.99
        ("711.00", "250", True, NOT_MET),  # 711.00 - 90 - 200 = 421.00
        # less than the cap: the amount actually paid
        ("610.99", "100", False, MET),  # 610.99 - 90 - 100 = 420.99
        ("611.00", "100", True, NOT_MET),  # 611.00 - 90 - 100 = 421.00
    ],
)
def test_dependent_care_caps(earned: str, paid: str, under_two: bool, expected: Outcome) -> None:
    """45 CFR 233.20(a)(11)(i)(D): dependent care actually paid, "not to exceed $175 for each
    dependent child who is at least age two or each incapacitated adult, and not to exceed $200
    for each dependent child who is under age two".

    1 caretaker + 2 children, need $421; gross is the earnings, well within $778.
    """
    facts = parent_income(
        with_sibling(eligible_facts()),
        earned=earned,
        dependent_care=[care(paid, under_two=under_two)],
    )
    assert outcome(facts, "afdc-income") is expected


@pytest.mark.parametrize(("support", "expected"), [("470.99", MET), ("471.00", NOT_MET)])
def test_first_50_dollars_of_child_support_excluded(support: str, expected: Outcome) -> None:
    """45 CFR 233.20(a)(3)(iv)(G): disregard "the first $50 received by the assistance unit which
    represents a current monthly support obligation or a voluntary support payment. In no case
    shall the total amount disregarded exceed $50 per month per assistance unit."

    Need $421, no other income: $470.99 - $50 = $420.99 (met); $471.00 - $50 = $421.00 (not met).
    """
    facts = with_sibling(eligible_facts())
    facts["removal_home"]["child_support_received"] = support
    b = afdc_budget(facts, as_of=AS_OF)
    assert b.countable_lo == b.countable_hi == Decimal(support) - 50
    assert outcome(facts, "afdc-income") is expected


@pytest.mark.parametrize(
    ("earned", "option", "received", "expected"),
    [
        # (2/3) x (751.49 - 90 - 30) = 420.99...: met
        ("751.49", "colorado-works-counts", True, MET),
        # (2/3) x (751.50 - 90 - 30) = 421.00: not less than need
        ("751.50", "colorado-works-counts", True, NOT_MET),
        # no Colorado Works in the prior four months: 751.49 - 90 = 661.49
        ("751.49", "colorado-works-counts", False, NOT_MET),
        # default: never (no one has received AFDC since 1997)
        ("751.49", "never", True, NOT_MET),
    ],
)
def test_thirty_and_one_third(earned: str, option: str, received: bool, expected: Outcome) -> None:
    """45 CFR 233.20(a)(11)(i)(C): disregard "$30 plus one-third of the earned income not already
    disregarded ... of an individual who received assistance in one of the four prior months".

    After the $90, E - 90; then $30 and a third of the rest: countable = (2/3)(E - 120). Need $421:
    E < 120 + 631.50 = $751.50. Gross $751.49 / $751.50 is within $778.
    """
    facts = parent_income(with_sibling(eligible_facts()), earned=earned)
    facts["removal_home"]["colorado_works_in_prior_four_months"] = received
    assert outcome(facts, "afdc-income", thirty_and_one_third=option) is expected


def test_thirty_and_one_third_worksheet() -> None:
    """45 CFR 233.20(a)(11)(i)(C): "$30 plus one-third of the earned income not already
    disregarded".

    $751.50 earned: 751.50 - 90 = 661.50; 661.50 - 30 = 631.50; 631.50 / 3 = 210.50;
    661.50 - 30 - 210.50 = $421.00.
    """
    facts = parent_income(with_sibling(eligible_facts()), earned="751.50")
    facts["removal_home"]["colorado_works_in_prior_four_months"] = True
    b = afdc_budget(facts, as_of=AS_OF, options={"thirty_and_one_third": "colorado-works-counts"})
    assert b.countable_lo == b.countable_hi == Decimal("421.00")


@pytest.mark.parametrize(
    ("earned", "dependents", "paid_out", "expected"),
    [
        # (B) need standard for the stepparent + 1 dependent (1 adult, 1 child) = $331
        ("751.99", 1, "0", MET),  # 751.99 - 90 - 331 = 330.99
        ("752.00", 1, "0", NOT_MET),  # 752.00 - 90 - 331 = 331.00
        # (C)-(D) support paid outside the home is deducted too
        ("851.99", 1, "100", MET),  # 851.99 - 90 - 331 - 100 = 330.99
        ("852.00", 1, "100", NOT_MET),
        # (B) for the stepparent alone (1 adult, no child) = $253
        ("673.99", 0, "0", MET),  # 673.99 - 90 - 253 = 330.99
        ("674.00", 0, "0", NOT_MET),
    ],
)
def test_stepparent_deemed_income(
    earned: str, dependents: int, paid_out: str, expected: Outcome
) -> None:
    """45 CFR 233.20(a)(3)(xiv): the income of a stepparent not legally responsible is counted
    after deducting (A) the first $90 of gross earnings, (B) the need standard for the stepparent
    and his or her dependents who are not in the unit, (C) amounts paid to tax dependents outside
    the home and (D) alimony and child support paid out.

    The unit is the in-home parent and the child (need $331, gross limit $612); the stepparent is
    outside it. Deemed income just under $331 is met; exactly $331 is not.
    """
    facts = eligible_facts()
    facts["removal_home"]["members"].append(
        {
            "role": "stepparent",
            "income": {"earned": earned, "unearned": "0"},
            "dependents_outside_unit": dependents,
            "support_paid_outside": paid_out,
        }
    )
    deemed = Decimal(earned) - 90 - (331 if dependents else 253) - Decimal(paid_out)
    b = afdc_budget(facts, as_of=AS_OF)
    assert (b.caretakers, b.children, b.need) == (1, 1, 331)
    assert b.countable_lo == b.countable_hi == deemed
    assert outcome(facts, "afdc-income") is expected


def test_the_90_dollars_is_per_earner() -> None:
    """45 CFR 233.20(a)(11)(i): the disregards apply to "each individual's" earned income: (B)
    "The first $90".

    Both parents in the home (2 caretakers + 1 child: need $439), each earning $300: countable
    (300 - 90) + (300 - 90) = $420 < $439, met. (One $90 for the household would leave $510.)
    """
    facts = eligible_facts()
    facts["removal_home"]["parents"] = [
        {"status": "in_home", "incapacitated": False, "income": {"earned": "300", "unearned": "0"}},
        {"status": "in_home", "incapacitated": False, "income": {"earned": "300", "unearned": "0"}},
    ]
    b = afdc_budget(facts, as_of=AS_OF)
    assert (b.need, b.countable_lo, b.countable_hi) == (439, 420, 420)
    assert outcome(facts, "afdc-income") is MET


def test_child_support_exclusion_applies_in_the_gross_test_too() -> None:
    """45 CFR 233.20(a)(3)(iv)(G): "the first $50 received by the assistance unit which represents
    a current monthly support obligation" is excluded from income, so it is not part of "the
    unit's income" that may not exceed 185 percent ((a)(3)(xiii)).

    1 caretaker + 2 children (limit $778): $700 earned with $175 care for each child, and $128.00
    of support: gross 700 + 78 = $778, met; $128.01 makes it $778.01, over. The net test passes
    either way (700 - 90 - 350 + 78 = 338).
    """
    for support, expected in (("128.00", MET), ("128.01", NOT_MET)):
        facts = parent_income(
            with_sibling(eligible_facts()), earned="700", dependent_care=_TWO_CHILDREN_CARE
        )
        facts["removal_home"]["child_support_received"] = support
        assert outcome(facts, "afdc-income") is expected, support


def test_student_earnings_count_in_the_gross_test() -> None:
    """45 CFR 233.20(a)(3)(xiii): the 185 percent test is applied "without application of the
    disregards in paragraph (a)(11)(i) (except to the extent provided for under paragraph
    (a)(3)(xix))" - and the student disregard is (a)(11)(i)(A).

    Colorado's text shows no (a)(3)(xix) election. The parent has $400 unearned; a student sibling
    earns $400: gross $800 > $778, not met, although the net income ($400) is under the need.
    """
    facts = parent_income(eligible_facts(), unearned="400")
    facts["removal_home"]["members"].append(sibling("400", student=True))
    b = afdc_budget(facts, as_of=AS_OF)
    assert (b.gross_lo, b.countable_lo) == (800, 400)
    assert outcome(facts, "afdc-income") is NOT_MET


@pytest.mark.parametrize(
    ("flag", "expected_need", "expected"),
    [
        ("receives_ssi", 331, NOT_MET),  # outside the unit: 1 + 1, $400 >= $331
        ("receives_foster_care_or_adoption_payment", 331, NOT_MET),
        (None, 421, MET),  # in the unit: 1 + 2, $400 < $421
    ],
)
def test_ssi_or_foster_care_sibling_is_outside_the_unit(
    flag: str | None, expected_need: int, expected: Outcome
) -> None:
    """45 CFR 233.20(a)(1)(ii) and (a)(3)(x): an SSI recipient, or a child receiving foster care or
    adoption assistance payments, is excluded from the assistance unit (needs, income and
    resources); otherwise a brother or sister in the home must be included (206.10(a)(1)(vii)(B)).

    The parent has $400 unearned.
    """
    facts = parent_income(eligible_facts(), unearned="400")
    member = sibling()
    if flag is not None:
        member[flag] = True
    facts["removal_home"]["members"].append(member)
    assert afdc_budget(facts, as_of=AS_OF).need == expected_need
    assert outcome(facts, "afdc-income") is expected


@pytest.mark.parametrize("flag", ["receives_ssi", "receives_foster_care_or_adoption_payment"])
def test_either_flag_excludes_a_sibling_whatever_the_other_says(flag: str) -> None:
    """Issue 14 §10: 45 CFR 233.20(a)(1)(ii) keeps an SSI recipient out of the unit, and
    (a)(3)(x) a child on a foster care or adoption payment: either being true excludes the
    brother or sister, whatever the other flag says or leaves unsaid. A sibling on SSI whose
    other flag is not stated made the whole income test unknown ("who is in the assistance unit
    is not known") and left the worksheet with no need standard.

    The parent has $400 unearned; the unit is parent + child (need $331): not met, as with the
    other flag stated."""
    facts = parent_income(eligible_facts(), unearned="400")
    member = sibling()
    member[flag] = True
    other = {"receives_ssi", "receives_foster_care_or_adoption_payment"} - {flag}
    del member[other.pop()]
    facts["removal_home"]["members"].append(member)
    assert afdc_budget(facts, as_of=AS_OF).need == 331
    assert outcome(facts, "afdc-income") is NOT_MET


@pytest.mark.parametrize(
    ("unearned", "expected"),
    [
        ("0", MET),  # $0 passes with the sibling in (need $421) or out (need $331)
        ("5000", NOT_MET),  # $5,000 fails both 185% limits ($778 and $612)
        ("350", UNKNOWN),  # $350: under $421 with the sibling, not under $331 without
    ],
)
def test_an_unknown_composition_is_decided_when_every_possible_unit_agrees(
    unearned: str, expected: Outcome
) -> None:
    """Issue 14 §11: 7.601.71.D.3: "Refer to the AFDC rules from July 16, 1996, to determine
    which members of the household are considered in the determination of income and
    resources." A sibling whose SSI status is not stated may or may not be in the unit. Every
    possible unit is tried: the test is decided when they agree, and otherwise unknown, naming
    the fact that would settle who is in it.

    The parent's unearned income: $0 (met either way), $5,000 (over the gross limit either
    way), $350 (less than $421 with the sibling, not less than $331 without)."""
    facts = parent_income(eligible_facts(), unearned=unearned)
    member = sibling()
    del member["receives_ssi"]
    facts["removal_home"]["members"].append(member)
    crit = determine(facts).criterion("afdc-income")
    assert crit.outcome is expected
    if expected is UNKNOWN:
        assert "removal_home.members[0].receives_ssi" in crit.missing
    else:
        assert crit.missing == ()
    assert afdc_budget(facts, as_of=AS_OF).need is None  # the worksheet is one unit's: unknown


def test_no_contribution_assumed_from_others_in_the_home() -> None:
    """45 CFR 233.20(a)(2)(viii): no contribution may be assumed from a person who is not legally
    responsible for the child (a grandparent, a lodger).

    Another adult in the home earning $5,000 a month: the unit (parent + child, need $331) still
    has no income: met.
    """
    facts = eligible_facts()
    facts["removal_home"]["members"].append(
        {"role": "other", "income": {"earned": "5000", "unearned": "0"}}
    )
    b = afdc_budget(facts, as_of=AS_OF)
    assert (b.need, b.gross_hi, b.countable_hi) == (331, 0, 0)
    assert outcome(facts, "afdc-income") is MET


@pytest.mark.parametrize(
    ("earned", "unearned", "deemed"),
    [
        ("0", "500", Decimal("247")),  # 500 - 253
        ("100", "500", Decimal("257")),  # (100 - 90) + 500 - 253
    ],
)
def test_stepparent_allowances_come_off_unearned_income_too(
    earned: str, unearned: str, deemed: Decimal
) -> None:
    """45 CFR 233.20(a)(3)(xiv): the agency counts "the income of the stepparent" after
    disregarding (A) "the first $90 of the gross earned income", (B) the need standard for the
    stepparent and his or her dependents not in the unit, (C) amounts paid to dependents outside
    the home and (D) alimony and child support paid. Only (A) is limited to earnings; (B)-(D) come
    off the stepparent's income as a whole (so applied, e.g., by Missouri's 1996-rules manual,
    0905.012.35: "Add unearned income to the remaining earned income and subtract" the need
    standard and the payments).

    Unit: parent + child (need $331). A stepparent with no dependents (allowance $253) and $500
    of unearned income: $247 deemed, under the need: met.
    """
    facts = eligible_facts()
    facts["removal_home"]["members"].append(
        {
            "role": "stepparent",
            "income": {"earned": earned, "unearned": unearned},
            "dependents_outside_unit": 0,
            "support_paid_outside": "0",
        }
    )
    b = afdc_budget(facts, as_of=AS_OF)
    assert b.countable_lo == b.countable_hi == deemed
    assert outcome(facts, "afdc-income") is MET


# -- unknown amounts ------------------------------------------------------------------------------


def test_unknown_amount_that_cannot_change_the_answer() -> None:
    """45 CFR 233.20(a)(3)(xiii): no unit is eligible in a month its income "exceeds 185 percent of
    the State's need standard".

    1 caretaker + 1 child (limit $612); the parent's known earnings of $1,000 already exceed it,
    so the child support nobody stated cannot bring it back: not met, not unknown.
    """
    facts = parent_income(eligible_facts(), earned="1000")
    del facts["removal_home"]["child_support_received"]
    assert outcome(facts, "afdc-income") is NOT_MET


def test_unknown_amount_when_countable_income_is_already_at_need() -> None:
    """7.601.71.D.3.b: the household income "must be less than the need standard for the
    household".

    Known unearned income of $331 already equals the $331 need; an unknown unearned amount of the
    child's can only add: not met.
    """
    facts = parent_income(eligible_facts(), unearned="331")
    facts["removal_home"]["child_income"] = {"earned": "0"}
    assert outcome(facts, "afdc-income") is NOT_MET


def test_unknown_amount_that_can_change_the_answer_is_unknown() -> None:
    """7.601.71.D.3.b: "The household income after AFDC income tests are applied must be less than
    the need standard for the household."

    The parent's unearned income is not stated: anywhere from $0 (met) to more than the need (not
    met). Unknown, naming the field.
    """
    facts = eligible_facts()
    del facts["removal_home"]["parents"][0]["income"]["unearned"]
    crit = determine(facts).criterion("afdc-income")
    assert crit.outcome is UNKNOWN
    assert "removal_home.parents[0].income.unearned" in crit.missing
    assert determine(facts).status is DeterminationStatus.UNDETERMINED


def test_unknown_age_of_a_cared_for_child_that_decides() -> None:
    """45 CFR 233.20(a)(11)(i)(D): dependent care "not to exceed $175 for each dependent child who
    is at least age two ..., and not to exceed $200 for each dependent child who is under age two".

    Need $421; $700 earned, $190 of care paid for a child of unstated age: under two deducts $190
    (700 - 90 - 190 = 420, met); two or older deducts $175 (435, not met). Unknown, naming it.
    """
    facts = parent_income(
        with_sibling(eligible_facts()), earned="700", dependent_care=[care("190", under_two=None)]
    )
    crit = determine(facts).criterion("afdc-income")
    assert crit.outcome is UNKNOWN
    assert "removal_home.parents[0].income.dependent_care[0].under_two" in crit.missing


# -- D.1 / B.5 living with a relative ----------------------------------------------------------


@pytest.mark.parametrize(
    ("left_on", "expected"),
    [
        ("2026-03-02", MET),  # lived there in the eligibility month itself
        ("2025-09-15", MET),  # last lived there in September 2025: the 6th month before March
        ("2025-09-02", MET),  # lived there on 1 September 2025
        ("2025-09-01", NOT_MET),  # left on 1 September: last day there 31 August, 7 months before
        ("2025-08-15", NOT_MET),  # August 2025 is the 7th month before
    ],
)
def test_lived_with_in_the_month_or_six_months_before(left_on: str, expected: Outcome) -> None:
    """7.601.71.D.1: "Living with a Relative - The child/youth must have lived with a parent or
    other specified relative: a. During the month in which court proceedings to remove the
    child/youth were initiated ...; or b. Sometime within the six (6) months preceding the month in
    which court proceedings to remove the child/youth were initiated".

    Proceedings initiated 2026-03-02, so the window is September 2025 through March 2026. A
    period's ``end`` is the day the child left (the first day no longer there).
    """
    facts = eligible_facts()
    facts["removal_home"]["lived_with"] = [{"start": "2018-03-15", "end": left_on}]
    assert outcome(facts, "living-with-relative") is expected


@pytest.mark.parametrize(
    ("relationship", "expected"),
    [
        ("parent", MET),
        ("grandparent", MET),
        ("aunt_or_uncle", MET),
        ("non_relative", NOT_MET),
        ("non_relative_guardian", NOT_MET),
    ],
)
def test_lived_with_a_parent_or_other_specified_relative(
    relationship: str, expected: Outcome
) -> None:
    """7.601.71.B.5: "The child must have lived with a parent or other specified relative from whom
    the child is removed ... in the month, or within the six (6) months preceding the month, in
    which ... court proceedings were initiated to remove the child".

    A non-relative, or a non-relative legal guardian, is not a specified relative.
    """
    facts = eligible_facts()
    facts["removal_home"]["relationship"] = relationship
    assert outcome(facts, "living-with-relative") is expected


# -- D.2 deprivation ------------------------------------------------------------------------------

_IN_HOME = {"status": "in_home", "incapacitated": False, "income": {"earned": "0", "unearned": "0"}}


def _two_in_home(facts: dict[str, Any], *, unearned: str = "0") -> dict[str, Any]:
    facts["removal_home"]["parents"] = [
        {**_IN_HOME, "income": {"earned": "0", "unearned": unearned}},
        dict(_IN_HOME),
    ]
    return facts


def test_deprivation_by_death() -> None:
    """7.601.71.D.2: "The child/youth must be deprived of parental support or care of one or both
    parents by reason of: a. Death"."""
    facts = eligible_facts()
    facts["removal_home"]["parents"][1] = {"status": "deceased"}
    det = determine(facts)
    assert det.criterion("afdc-deprivation-death").outcome is MET
    assert det.criterion("afdc-deprivation").outcome is MET


def test_deprivation_by_continued_absence() -> None:
    """7.601.71.D.2: "... by reason of: ... c. Continued absence from the home"."""
    det = determine(eligible_facts())
    assert det.criterion("afdc-deprivation-continued-absence").outcome is MET
    assert det.criterion("afdc-deprivation-death").outcome is NOT_MET
    assert det.criterion("afdc-deprivation").outcome is MET


def test_deprivation_by_incapacity() -> None:
    """7.601.71.D.2: "... by reason of: ... b. Incapacity - physical or mental"."""
    facts = _two_in_home(eligible_facts())
    facts["removal_home"]["parents"][1]["incapacitated"] = True
    det = determine(facts)
    assert det.criterion("afdc-deprivation-incapacity").outcome is MET
    assert det.criterion("afdc-deprivation").outcome is MET


@pytest.mark.parametrize(("unearned", "expected"), [("438.99", MET), ("439.00", NOT_MET)])
def test_deprivation_by_unemployment_colorado(unearned: str, expected: Outcome) -> None:
    """7.601.71.D.2.d: "Unemployment - deprivation due to unemployment exists when: 1) Both of the
    child's natural or adoptive parents resided in the removal home in the month ... court
    proceedings were initiated to remove the child from the home; and 2) The household income,
    after AFDC income tests are applied, is less than the need standard for the household."

    Both parents in the home, neither incapacitated: 2 caretakers + 1 child, need $439. $438.99 is
    less; $439.00 is not (and then no factor applies: not deprived).
    """
    facts = _two_in_home(eligible_facts(), unearned=unearned)
    det = determine(facts)
    assert det.criterion("afdc-deprivation-unemployment").outcome is expected
    assert det.criterion("afdc-deprivation").outcome is expected


def test_colorado_unemployment_ignores_hours_worked() -> None:
    """7.601.71.D.2.d: "Unemployment - deprivation due to unemployment exists when: 1) Both of the
    child's natural or adoptive parents resided in the removal home in the month ... court
    proceedings were initiated to remove the child from the home; and 2) The household income,
    after AFDC income tests are applied, is less than the need standard for the household."

    Under the default reading that is the whole test: a principal earner working 150 hours does
    not defeat it (the 100-hour rule is the afdc-up-1996 option's).
    """
    facts = _two_in_home(eligible_facts(), unearned="100")
    facts["removal_home"]["parents"][0]["unemployment"] = {
        "principal_earner": True,
        "hours_worked": 150,
    }
    assert outcome(facts, "afdc-deprivation-unemployment") is MET


_UP_OK = {
    "principal_earner": True,
    "hours_worked": 99,
    "unemployed_30_days": True,
    "refused_work": False,
    "quarters_of_work": 6,
    "unemployment_insurance": False,
}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({}, MET),
        ({"hours_worked": 100}, NOT_MET),  # "less than 100 hours a month"
        ({"unemployed_30_days": False}, NOT_MET),
        ({"refused_work": True}, NOT_MET),
        ({"quarters_of_work": 5}, NOT_MET),  # five quarters, no UI
        ({"quarters_of_work": 5, "unemployment_insurance": True}, MET),  # UI instead
    ],
)
def test_deprivation_by_unemployment_afdc_up_1996(
    change: dict[str, Any], expected: Outcome
) -> None:
    """45 CFR 233.101(a) (option unemployment_deprivation="afdc-up-1996"): the principal earner "is
    employed less than 100 hours a month", has been unemployed for at least 30 days, has not
    refused a bona fide offer of employment or training without good cause, and has "six or more
    quarters of work ... within any 13-calendar-quarter period ending within one year prior to the
    application" or received or qualified for unemployment compensation within that year.

    Both parents in the home with $100 of income (under the $439 need).
    """
    facts = _two_in_home(eligible_facts(), unearned="100")
    facts["removal_home"]["parents"][0]["unemployment"] = {**_UP_OK, **change}
    crit = determine(facts, unemployment_deprivation="afdc-up-1996").criterion(
        "afdc-deprivation-unemployment"
    )
    assert crit.outcome is expected


def test_deprivation_with_only_one_parent_listed_is_unknown() -> None:
    """7.601.71.D.2: "The child/youth must be deprived of parental support or care of one or both
    parents".

    Only the in-home parent is listed: whether the other is dead, absent, or in the home cannot be
    told. Unknown, and the missing facts say so.
    """
    facts = eligible_facts()
    facts["removal_home"]["parents"] = facts["removal_home"]["parents"][:1]
    crit = determine(facts).criterion("afdc-deprivation")
    assert crit.outcome is UNKNOWN
    assert any(m.startswith("removal_home.parents") for m in crit.missing)


# -- D.4 age, citizenship, residency --------------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "education", "expected"),
    [
        ("2018-03-15", None, MET),  # about eight
        ("2008-03-03", None, MET),  # 18 on 2026-03-03: still 17 on the day of placement
        ("2008-03-02", {"fulltime_student": False}, NOT_MET),  # 18 on the day of placement
        ("2008-03-02", None, UNKNOWN),  # 18, and whether a student is not stated
        # 18, a full-time secondary student expected to finish before 19 (2027-03-02)
        ("2008-03-02", {"fulltime_student": True, "expected_completion": "2026-05-29"}, MET),
        # expected to finish after 19
        ("2008-03-02", {"fulltime_student": True, "expected_completion": "2027-05-28"}, NOT_MET),
    ],
)
def test_age_at_placement(born: str, education: dict[str, Any] | None, expected: Outcome) -> None:
    """7.601.71.D.4.a: "Age - The child must be under eighteen (18) years, or if over eighteen (18)
    but not yet nineteen (19) years of age, must be a fulltime student in a secondary school or in
    the equivalent level of vocational or technical training and expected to complete the program
    before age 19."

    Placement 2026-03-02.
    """
    facts = eligible_facts()
    facts["child"]["birth_date"] = born
    if education is not None:
        facts["child"]["education"] = education
    assert outcome(facts, "afdc-age-at-placement") is expected


@pytest.mark.parametrize(
    ("citizenship", "verified", "expected"),
    [
        ("us_citizen", True, MET),
        ("naturalized_citizen", True, MET),
        ("qualified_non_citizen", True, MET),
        ("qualified_non_citizen", False, NOT_MET),
        ("qualified_non_citizen", None, UNKNOWN),
        ("other_non_citizen", True, NOT_MET),
        ("other_non_citizen", None, NOT_MET),
    ],
)
def test_citizenship(citizenship: str, verified: bool | None, expected: Outcome) -> None:
    """7.601.71.D.4.b: "Citizenship - The child must be a United States citizen, naturalized
    citizen, or qualified non-citizen to be eligible for Title IV-E." 7.601.71.A.1: "Verification
    of the child's citizenship or non-citizen status is required."

    An ineligible status fails whatever the verification; an eligible one needs it (omitted:
    unknown).
    """
    facts = eligible_facts()
    facts["child"]["citizenship"] = citizenship
    if verified is None:
        del facts["child"]["citizenship_verified"]
    else:
        facts["child"]["citizenship_verified"] = verified
    crit = determine(facts).criterion("afdc-citizenship")
    assert crit.outcome is expected
    if expected is UNKNOWN:
        assert "child.citizenship_verified" in crit.missing


@pytest.mark.parametrize(("resident", "expected"), [(True, MET), (False, NOT_MET), (None, UNKNOWN)])
def test_residency(resident: bool | None, expected: Outcome) -> None:
    """7.601.71.D.4.c: "Residency - The child must be a resident of Colorado. If the child's
    residency is from another state, that state is responsible for determining Title IV-E
    eligibility of the child." """
    facts = eligible_facts()
    if resident is None:
        del facts["child"]["colorado_resident"]
    else:
        facts["child"]["colorado_resident"] = resident
    det = determine(facts)
    assert det.criterion("afdc-residency").outcome is expected
    if expected is NOT_MET:  # another state determines: no Colorado status (issue 13)
        assert det.status is DeterminationStatus.OTHER_STATE


# -- D.4.a age over the stay ----------------------------------------------------------------------


def _child_days(facts: dict[str, Any], **options: str) -> dict[str, tuple[int, int]]:
    det = determine(facts, **options)
    assert det.status is DeterminationStatus.ELIGIBLE
    return {str(m.month): (m.child.met, m.child.not_met) for m in det.months}


@pytest.mark.parametrize(
    ("education", "expected"),
    [
        # expected to finish 2026-05-29: eligible through May, not in June
        (
            {"fulltime_student": True, "expected_completion": "2026-05-29"},
            {"2026-03": (30, 0), "2026-04": (30, 0), "2026-05": (31, 0), "2026-06": (0, 30)},
        ),
        # left the program on 2026-04-15: eligible through April only
        (
            {
                "fulltime_student": True,
                "expected_completion": "2026-05-29",
                "completed_on": "2026-04-15",
            },
            {"2026-03": (30, 0), "2026-04": (30, 0), "2026-05": (0, 31), "2026-06": (0, 30)},
        ),
    ],
)
def test_student_of_18_eligible_through_the_month_of_completion(
    education: dict[str, Any], expected: dict[str, tuple[int, int]]
) -> None:
    """7.601.71.D.4.a: "... must be a fulltime student in a secondary school or in the equivalent
    level of vocational or technical training and expected to complete the program before age 19.
    Such children are eligible for Title IV-E though the month of completion of the educational
    program."

    Born 2008-03-02: 18 on the day of placement (2026-03-02), 19 on 2027-03-02.
    """
    facts = eligible_facts()
    facts["child"]["birth_date"] = "2008-03-02"
    facts["child"]["education"] = education
    assert _child_days(facts) == expected


@pytest.mark.parametrize(
    ("option", "may", "june"),
    [
        ("day-before-birthday", (14, 17), (0, 30)),  # eligible May 1-14
        ("end-of-birthday-month", (31, 0), (0, 30)),
    ],
)
def test_under_18_ends_at_the_birthday(
    option: str, may: tuple[int, int], june: tuple[int, int]
) -> None:
    """7.601.71.D.4.a: "Age - The child must be under eighteen (18) years".

    Born 2008-05-15, placed at 17, not a student nor a foster youth in transition: under 18
    through 2026-05-14 (default), or through the end of the birthday month (option age_18_end).
    """
    facts = eligible_facts()
    facts["child"]["birth_date"] = "2008-05-15"
    facts["child"]["education"] = {"fulltime_student": False}
    days = _child_days(facts, age_18_end=option)
    assert days["2026-04"] == (30, 0)
    assert days["2026-05"] == may
    assert days["2026-06"] == june
