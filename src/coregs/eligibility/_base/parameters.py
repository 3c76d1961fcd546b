"""The figures the evaluator applies, each a dated parameter record, declared here and only here.

OpenFisca's parameter/formula split (:class:`coregs.rules.Parameter`): the criteria say how a
figure is used; the record says what it is, its unit, where the law states it, and which value
is in force from which day. A revaluation, or a corrected 1996 figure, is a change to a record
below, never to a criterion. Every record is listed in docs/eligibility-criteria.md.

Which day a figure is read on follows the law that fixes it:

* the AFDC figures on :data:`AFDC_DAY`, July 16, 1996: Title IV-E applies AFDC "in accordance
  with the July 16, 1996, regulations" (7.601.71.B.7; 42 U.S.C. 672(a)(3)(A));
* Colorado's own figures (the resource limit, the Emergency Assistance income limit) on
  :data:`TEXT_DAY`, the date of the version of 12 CCR 2509-7.601 coregs applies to every stay.

The AFDC need standard (7.601.71.D.3.b: "The household income after AFDC income tests are
applied must be less than the need standard for the household") is a table, the value of
:data:`NEED_STANDARD`. Colorado's July 1996 table was not found in any source coregs could
check; the shipped table is the current Colorado Works need standard, which Colorado is believed
never to have raised since AFDC. Pass your own :class:`NeedStandard` (``determine_iv_e(...,
need_standard=...)``) when the State's 1996 table is at hand.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import Field, model_validator

from coregs._errors import InputError
from coregs._model import Record
from coregs.rules import DatedValue, Parameter, ParameterUnit, Share
from coregs.rules.catalog import CCR_7_601, TEXT_VERSION

__all__ = [
    "AFDC_DAY",
    "CHILD_SUPPORT_DISREGARD",
    "COLORADO_NEED_STANDARD",
    "DEPENDENT_CARE_CAP",
    "DEPENDENT_CARE_CAP_UNDER_TWO",
    "EA_INCOME_LIMIT",
    "GROSS_INCOME_LIMIT",
    "IVE_PARAMETERS",
    "NEED_STANDARD",
    "ONE_THIRD_DISREGARD",
    "RESOURCE_LIMIT",
    "TEXT_DAY",
    "THIRTY_DISREGARD",
    "WORK_EXPENSE_DISREGARD",
    "NeedStandard",
]


class NeedStandard(Record):
    """A monthly AFDC need standard (7.601.71.D.3.b; 45 CFR 233.20) by number of caretakers
    (rows) and children (columns).

    Attributes:
        table: ``table[caretakers][children]`` in whole dollars: rows for 0, 1 and 2
            caretakers (a unit has at most the child's two parents), every row the same length.
        additional_child: added for each child beyond the table's last column.
        source: where the figures come from.
        caveat: what is not verified about them.
    """

    table: tuple[tuple[int, ...], ...] = Field(min_length=3, max_length=3)
    additional_child: int = Field(ge=0)
    source: str
    caveat: str = ""

    @model_validator(mode="after")
    def _rectangular(self) -> NeedStandard:
        width = len(self.table[0])
        if width < 2 or any(len(row) != width for row in self.table):
            raise ValueError("every row of the need standard must have the same length (>= 2)")
        if any(v < 0 for row in self.table for v in row):
            raise ValueError("need standard amounts must not be negative")
        return self

    def amount(self, caretakers: int, children: int) -> Decimal:
        """The standard for a unit of ``caretakers`` adults and ``children`` children.

        Raises:
            InputError: more caretakers than the table has rows, or a negative count.
        """
        if caretakers < 0 or children < 0:
            raise InputError("need_standard", "a unit cannot have a negative number of people")
        if caretakers >= len(self.table):
            raise InputError("need_standard", f"the table has no row for {caretakers} caretakers")
        row = self.table[caretakers]
        last = len(row) - 1
        if children <= last:
            return Decimal(row[children])
        return Decimal(row[last] + (children - last) * self.additional_child)


COLORADO_NEED_STANDARD = NeedStandard(
    table=(
        (0, 117, 245, 368, 490, 587, 678, 755, 830, 904, 977),
        (253, 331, 421, 510, 605, 697, 770, 844, 920, 992, 1065),
        (357, 439, 533, 628, 716, 787, 861, 937, 1009, 1082, 1155),
    ),
    additional_child=67,
    source="Colorado Works need standard, 9 CCR 2503-6 section 3.606.1.F (values dated "
    "2022-03-01), as encoded in PolicyEngine-US parameters "
    "gov/states/co/cdhs/tanf/need_standard/main.yaml and additional_child.yaml ($67 per child "
    "over 10)",
    caveat="Colorado's July 16, 1996 AFDC need standard was not found. This is the current "
    "Colorado Works need standard, assumed equal to it: Colorado is believed not to have "
    "raised its need standard since AFDC, and its 1 caretaker + 2 children figure ($421) "
    "matches the 1996 figure recalled from the 1996 Green Book, which could not be checked. "
    "Confirm with the Colorado Department of Human Services before relying on it.",
)
"""The shipped need standard, with its source and caveat."""


AFDC_DAY = date(1996, 7, 16)
"""The day the AFDC figures are read on: "the July 16, 1996, regulations" (7.601.71.B.7)."""


def _text_day() -> date:
    day = CCR_7_601.version_date
    assert day is not None, "the catalog dates the version of 12 CCR 2509-7.601 it quotes"
    return day


TEXT_DAY = _text_day()
"""The day Colorado's figures are read on: the date of the text version coregs applies."""

_AFDC_1996 = "45 CFR part 233 as in effect on July 16, 1996 (42 U.S.C. 672(a)(3)(A))"
_COLORADO = f"{CCR_7_601.cite()}, {TEXT_VERSION}"
_SINCE_2015 = date(2015, 1, 1)  # the sections' tag [Eff. 1/1/15]; earlier values not recorded

WORK_EXPENSE_DISREGARD = Parameter[Decimal](
    name="afdc.work_expense_disregard",
    description="The work expense disregarded from the gross earnings of each employed person, "
    "and of a deemed stepparent",
    unit=ParameterUnit.USD_PER_MONTH,
    citation="45 CFR 233.20(a)(11)(i)(B); (a)(3)(xiv)(A)",
    values=(DatedValue(since=AFDC_DAY, value=Decimal(90), source=_AFDC_1996),),
)

THIRTY_DISREGARD = Parameter[Decimal](
    name="afdc.thirty_and_one_third.amount",
    description="The flat amount of the thirty-and-one-third earned-income disregard (option "
    "thirty_and_one_third)",
    unit=ParameterUnit.USD_PER_MONTH,
    citation="45 CFR 233.20(a)(11)(i)(C)",
    values=(DatedValue(since=AFDC_DAY, value=Decimal(30), source=_AFDC_1996),),
)

ONE_THIRD_DISREGARD = Parameter[Share](
    name="afdc.thirty_and_one_third.share",
    description="The share of the earned income not already disregarded, in the "
    "thirty-and-one-third disregard (option thirty_and_one_third)",
    unit=ParameterUnit.SHARE,
    citation="45 CFR 233.20(a)(11)(i)(C)",
    values=(
        DatedValue(since=AFDC_DAY, value=Share(numerator=1, denominator=3), source=_AFDC_1996),
    ),
)

DEPENDENT_CARE_CAP = Parameter[Decimal](
    name="afdc.dependent_care.cap",
    description="The most dependent care deducted for each dependent child at least age two "
    "(or incapacitated adult)",
    unit=ParameterUnit.USD_PER_MONTH,
    citation="45 CFR 233.20(a)(11)(i)(D)",
    values=(DatedValue(since=AFDC_DAY, value=Decimal(175), source=_AFDC_1996),),
)

DEPENDENT_CARE_CAP_UNDER_TWO = Parameter[Decimal](
    name="afdc.dependent_care.cap_under_two",
    description="The most dependent care deducted for each dependent child under age two",
    unit=ParameterUnit.USD_PER_MONTH,
    citation="45 CFR 233.20(a)(11)(i)(D)",
    values=(DatedValue(since=AFDC_DAY, value=Decimal(200), source=_AFDC_1996),),
)

CHILD_SUPPORT_DISREGARD = Parameter[Decimal](
    name="afdc.child_support_disregard",
    description="The child support received by the unit in a month that is not income (at "
    "most this much per unit)",
    unit=ParameterUnit.USD_PER_MONTH,
    citation="45 CFR 233.20(a)(3)(iv)(G)",
    values=(DatedValue(since=AFDC_DAY, value=Decimal(50), source=_AFDC_1996),),
)

GROSS_INCOME_LIMIT = Parameter[Share](
    name="afdc.gross_income_limit",
    description="The gross income test: the unit's income may not exceed this share of the "
    "need standard (option gross_limit_rounding)",
    unit=ParameterUnit.SHARE,
    citation="45 CFR 233.20(a)(3)(xiii)",
    values=(
        DatedValue(since=AFDC_DAY, value=Share(numerator=185, denominator=100), source=_AFDC_1996),
    ),
)

NEED_STANDARD = Parameter[NeedStandard](
    name="afdc.need_standard",
    description="The State's AFDC need standard, by caretakers and children (the table below)",
    unit=ParameterUnit.USD_PER_MONTH,
    citation=f"{CCR_7_601.cite('71.D.3.b')}; 42 U.S.C. 672(a)(3)",
    values=(
        DatedValue(
            since=AFDC_DAY, value=COLORADO_NEED_STANDARD, source=COLORADO_NEED_STANDARD.source
        ),
    ),
    note=COLORADO_NEED_STANDARD.caveat,
)

RESOURCE_LIMIT = Parameter[Decimal](
    name="ive.resource_limit",
    description="The family's countable resources must be less than this (option "
    "resource_comparison: not more than this, 42 U.S.C. 672(a)(3)(B))",
    unit=ParameterUnit.USD,
    citation=CCR_7_601.cite("71.D.3.a"),
    values=(DatedValue(since=_SINCE_2015, value=Decimal(10000), source=_COLORADO),),
)

EA_INCOME_LIMIT = Parameter[Decimal](
    name="ea.income_limit",
    description="Title IV-A Emergency Assistance: the family's total gross annual income must "
    "be under this",
    unit=ParameterUnit.USD_PER_YEAR,
    citation=CCR_7_601.cite("73.A.3"),
    values=(DatedValue(since=_SINCE_2015, value=Decimal(75000), source=_COLORADO),),
)

IVE_PARAMETERS: tuple[Parameter[Any], ...] = (
    WORK_EXPENSE_DISREGARD,
    THIRTY_DISREGARD,
    ONE_THIRD_DISREGARD,
    DEPENDENT_CARE_CAP,
    DEPENDENT_CARE_CAP_UNDER_TWO,
    CHILD_SUPPORT_DISREGARD,
    GROSS_INCOME_LIMIT,
    NEED_STANDARD,
    RESOURCE_LIMIT,
    EA_INCOME_LIMIT,
)
"""Every figure the evaluator applies, as a dated parameter record."""
