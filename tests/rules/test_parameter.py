"""Parameters: a figure the law states, a value per effective date (OpenFisca's parameters)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coregs import OutOfRangeError
from coregs.rules import DatedValue, Parameter, ParameterUnit, Share


def _fee(*values: tuple[date, str]) -> Parameter[Decimal]:
    return Parameter[Decimal](
        name="example.fee",
        description="A fee",
        unit=ParameterUnit.USD,
        citation="Example Act s. 1",
        values=tuple(
            DatedValue(since=day, value=Decimal(v), source=f"the {day.year} text")
            for day, v in values
        ),
    )


def test_the_value_in_force_is_the_last_one_on_or_before_the_day() -> None:
    """A revaluation is a new dated value: the old one holds to the day before it."""
    fee = _fee((date(2000, 1, 1), "10"), (date(2020, 7, 1), "12"))
    assert fee.at(date(2000, 1, 1)) == Decimal(10)
    assert fee.at(date(2020, 6, 30)) == Decimal(10)
    assert fee.at(date(2020, 7, 1)) == Decimal(12)
    assert fee.at(date(2099, 1, 1)) == Decimal(12)


def test_no_value_is_claimed_before_the_first() -> None:
    fee = _fee((date(2000, 1, 1), "10"))
    with pytest.raises(OutOfRangeError, match=r"parameters\.example\.fee: no value is recorded"):
        fee.at(date(1999, 12, 31))


def test_values_must_be_in_date_order_and_one_per_date() -> None:
    with pytest.raises(ValueError, match="date order"):
        _fee((date(2020, 1, 1), "10"), (date(2000, 1, 1), "12"))
    with pytest.raises(ValueError, match="date order"):
        _fee((date(2020, 1, 1), "10"), (date(2020, 1, 1), "12"))


def test_a_parameter_has_at_least_one_value_and_a_dotted_name() -> None:
    with pytest.raises(ValueError, match="values"):
        _fee()
    with pytest.raises(ValueError, match="name"):
        Parameter[Decimal](
            name="Not A Name",
            description="x",
            unit=ParameterUnit.USD,
            citation="x",
            values=(DatedValue(since=date(2000, 1, 1), value=Decimal(1), source="x"),),
        )


def test_a_share_with_a_decimal_multiplies_by_it() -> None:
    """185 percent is exactly 1.85: 185% of $421 is $778.85."""
    share = Share(numerator=185, denominator=100)
    assert share.decimal == Decimal("1.85")
    assert share.of(Decimal(421)) == Decimal("778.85")
    assert str(share) == "185%"


def test_a_share_without_a_decimal_divides_last() -> None:
    """One third has no exact decimal: a third of $90 is $30, not $29.99..."""
    share = Share(numerator=1, denominator=3)
    assert share.decimal is None
    assert share.of(Decimal(90)) == Decimal(30)
    assert str(share) == "1/3"


def test_a_share_cannot_divide_by_zero() -> None:
    with pytest.raises(ValueError, match="denominator"):
        Share(numerator=1, denominator=0)
