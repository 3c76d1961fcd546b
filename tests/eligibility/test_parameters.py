"""The figures the evaluator applies are dated parameter records, and the caller's need
standard still replaces the shipped one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from coregs.eligibility import (
    COLORADO_NEED_STANDARD,
    IVE_PARAMETERS,
    NeedStandard,
    Outcome,
    afdc_budget,
    determine_iv_e,
)
from coregs.rules import Share, normalise
from tests._regulation import CCR_FILE, text
from tests.eligibility._cases import eligible_facts

AFDC_DAY = date(1996, 7, 16)
TEXT_DAY = date(2024, 11, 25)  # the version of 12 CCR 2509-7.601 quoted
BY_NAME = {p.name: p for p in IVE_PARAMETERS}


def test_the_figures_as_the_law_states_them() -> None:
    """45 CFR 233.20 as in effect on July 16, 1996: "The first $90" ((a)(11)(i)(B)); "$30 plus
    one-third of the earned income not already disregarded" ((C)); dependent care "not to exceed
    $175 for each dependent child who is at least age two ..., and not to exceed $200 for each
    dependent child who is under age two" ((D)); "the first $50" of child support
    ((a)(3)(iv)(G)); "185 percent of the State's need standard" ((a)(3)(xiii)). 7.601.71.D.3.a:
    "less than $10,000"; 7.601.73.A.3: "under $75,000"."""
    expected = {
        "afdc.work_expense_disregard": (AFDC_DAY, Decimal(90)),
        "afdc.thirty_and_one_third.amount": (AFDC_DAY, Decimal(30)),
        "afdc.thirty_and_one_third.share": (AFDC_DAY, Share(numerator=1, denominator=3)),
        "afdc.dependent_care.cap": (AFDC_DAY, Decimal(175)),
        "afdc.dependent_care.cap_under_two": (AFDC_DAY, Decimal(200)),
        "afdc.child_support_disregard": (AFDC_DAY, Decimal(50)),
        "afdc.gross_income_limit": (AFDC_DAY, Share(numerator=185, denominator=100)),
        "afdc.need_standard": (AFDC_DAY, COLORADO_NEED_STANDARD),
        "ive.resource_limit": (TEXT_DAY, Decimal(10000)),
        "ea.income_limit": (TEXT_DAY, Decimal(75000)),
    }
    assert set(BY_NAME) == set(expected)
    for name, (day, value) in expected.items():
        assert BY_NAME[name].at(day) == value, name


def test_colorado_figures_are_the_texts() -> None:
    """A Colorado figure is the one its sentence states, so a revaluation of the text without the
    matching data change fails here."""
    body = text(CCR_FILE)
    resources = BY_NAME["ive.resource_limit"].at(TEXT_DAY)
    ea = BY_NAME["ea.income_limit"].at(TEXT_DAY)
    assert normalise(f"The family must have less than ${resources:,} in countable resources.") in (
        body
    )
    assert normalise(f"Whether the family's total gross annual income is under ${ea:,}.") in body


def test_every_parameter_is_cited_and_sourced() -> None:
    assert len(BY_NAME) == len(IVE_PARAMETERS)
    for p in IVE_PARAMETERS:
        assert p.citation and p.description
        assert all(v.source for v in p.values)


# One caretaker and one child with $300 of earnings: countable 300 - 90 = $210. Under the
# shipped standard ($331) the net test is met; under a standard of $200 it is not, while the
# gross test (185% of $200 = $370) is still met.
_LOW = NeedStandard(
    table=((0, 100, 200), (150, 200, 250), (200, 250, 300)),
    additional_child=50,
    source="a test table",
)


def test_the_callers_need_standard_replaces_the_shipped_one() -> None:
    """7.601.71.D.3.b: "The household income after AFDC income tests are applied must be less
    than the need standard for the household." (need_standard=)"""
    as_of = date(2025, 6, 30)
    shipped = determine_iv_e(eligible_facts(), as_of=as_of)
    own = determine_iv_e(eligible_facts(), as_of=as_of, need_standard=_LOW)
    assert shipped.criterion("afdc-income").outcome is Outcome.MET
    assert own.criterion("afdc-income").outcome is Outcome.NOT_MET
    assert shipped.need_standard == COLORADO_NEED_STANDARD.source
    assert own.need_standard == "a test table"
    budget = afdc_budget(eligible_facts(), as_of=as_of, need_standard=_LOW)
    assert (budget.need, budget.gross_limit) == (Decimal(200), Decimal(370))
