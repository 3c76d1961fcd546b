"""Parameters: the figures the law states, each a value per effective date, as data.

OpenFisca's parameter/formula split: the code says how a figure is used, the :class:`Parameter`
says what it is, in which unit, where the law states it, and which value is in force from which
day. A revaluation is a new :class:`DatedValue`; a corrected figure is an edit of one. Neither
touches a formula.

Example:
    >>> from datetime import date
    >>> from decimal import Decimal
    >>> fee = Parameter[Decimal](
    ...     name="example.fee",
    ...     description="A fee",
    ...     unit=ParameterUnit.USD,
    ...     citation="Example Act s. 1",
    ...     values=(
    ...         DatedValue(since=date(2000, 1, 1), value=Decimal(10), source="the 2000 text"),
    ...         DatedValue(since=date(2020, 7, 1), value=Decimal(12), source="the 2020 text"),
    ...     ),
    ... )
    >>> fee.at(date(2020, 6, 30)), fee.at(date(2020, 7, 1))
    (Decimal('10'), Decimal('12'))
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from decimal import Decimal, Inexact, localcontext
from enum import StrEnum
from functools import cached_property
from typing import Generic, TypeVar

from pydantic import Field, model_validator

from coregs._errors import OutOfRangeError
from coregs._model import Record

__all__ = ["DatedValue", "Parameter", "ParameterUnit", "Share"]

V = TypeVar("V")

_NAME = re.compile(r"^[a-z0-9_]+(?:\.[a-z0-9_]+)*$")


class ParameterUnit(StrEnum):
    """What a parameter's value measures."""

    USD = "USD"
    USD_PER_MONTH = "USD per month"
    USD_PER_YEAR = "USD per year"
    SHARE = "share"
    """A fraction of another amount (:class:`Share`)."""


class Share(Record):
    """An exact fraction of an amount: "185 percent" is ``Share(numerator=185,
    denominator=100)``, "one-third" ``Share(numerator=1, denominator=3)``.

    Kept as a ratio of integers because one third has no exact decimal.
    """

    numerator: int = Field(ge=0)
    denominator: int = Field(gt=0)

    @cached_property
    def decimal(self) -> Decimal | None:
        """The share as an exact decimal (``Decimal("1.85")``), or ``None`` when it has none
        (one third)."""
        with localcontext() as context:
            context.clear_flags()
            value = Decimal(self.numerator) / self.denominator
            return None if context.flags[Inexact] else value

    def of(self, amount: Decimal) -> Decimal:
        """``amount`` times this share, with no rounding before the last step: times the exact
        decimal when the share has one, else times the numerator and divided by the
        denominator."""
        decimal = self.decimal
        if decimal is not None:
            return amount * decimal
        return amount * self.numerator / self.denominator

    def __str__(self) -> str:
        if self.denominator == 100:
            return f"{self.numerator}%"
        return f"{self.numerator}/{self.denominator}"


class DatedValue(Record, Generic[V]):
    """A parameter's value in force from ``since`` until the next value's ``since``.

    Attributes:
        since: the first day the value is in force (as far as ``source`` shows it).
        value: the value.
        source: where the value was read: the document and its version.
    """

    since: date
    value: V
    source: str = Field(min_length=1)


class Parameter(Record, Generic[V]):
    """A figure the law states: an amount, a share or a table, with its history.

    Attributes:
        name: a stable dotted name (``"afdc.work_expense"``).
        description: what the figure is, in one sentence.
        unit: what its value measures.
        citation: the provision that states it.
        values: its values, each from the day it took effect, in date order.
        note: how coregs reads it, where that needs saying.
    """

    name: str = Field(pattern=_NAME.pattern)
    description: str
    unit: ParameterUnit
    citation: str
    values: tuple[DatedValue[V], ...] = Field(min_length=1)
    note: str = ""

    @model_validator(mode="after")
    def _in_date_order(self) -> Parameter[V]:
        for a, b in itertools.pairwise(self.values):
            if b.since <= a.since:
                raise ValueError(f"parameter {self.name}: values must be in date order")
        return self

    def at(self, day: date) -> V:
        """The value in force on ``day``.

        Raises:
            OutOfRangeError: ``day`` is before the first value (no value is claimed then).
        """
        found = None
        for dated in self.values:
            if dated.since > day:
                break
            found = dated
        if found is None:
            raise OutOfRangeError(
                f"parameters.{self.name}",
                f"no value is recorded before {self.values[0].since.isoformat()}",
                rule=self.citation,
            )
        return found.value
