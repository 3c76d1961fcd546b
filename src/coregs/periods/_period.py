"""The ``Period`` value type and the parser for the regulation's wording of periods."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from coregs._errors import PeriodSyntaxError

__all__ = ["Period", "Unit"]


class Unit(StrEnum):
    """The closed set of period units the regulation uses.

    ``WORKING_DAYS`` (7.601's word) and ``BUSINESS_DAYS`` (7.601.73.C and the Ombudsman's) count
    the same days of the same calendar; both are kept so a rule states its unit as written.
    ``AT_THE_TIME_OF`` is a period of zero (the act is due on the trigger day); ``PROMPTLY`` has
    no computable due date.
    """

    CALENDAR_DAYS = "calendar days"
    WORKING_DAYS = "working days"
    BUSINESS_DAYS = "business days"
    MONTHS = "months"
    YEARS = "years"
    AT_THE_TIME_OF = "at the time of"
    PROMPTLY = "promptly"

    @property
    def counts_business_days(self) -> bool:
        """True for working and business days, which need a calendar."""
        return self in (Unit.WORKING_DAYS, Unit.BUSINESS_DAYS)

    @property
    def countable(self) -> bool:
        """False for "at the time of" and "promptly", which take no amount."""
        return self not in (Unit.AT_THE_TIME_OF, Unit.PROMPTLY)

    @property
    def singular(self) -> str:
        """``"working day"``, ``"month"`` ... (the unit for an amount of one)."""
        return self.value[:-1] if self.countable else self.value


_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

_UNITS = {
    "calendar day": Unit.CALENDAR_DAYS,
    "working day": Unit.WORKING_DAYS,
    "business day": Unit.BUSINESS_DAYS,
    "calendar month": Unit.MONTHS,
    "month": Unit.MONTHS,
    "year": Unit.YEARS,
}

_RECURRING = ("no less frequently than every", "at a minimum every", "at least every", "every")
_PREFIXES = ("within", "up to", "for")
_DIGITS = re.compile(r"^\(?(\d+)\)?\s*(.*)$")
_MOST_DIGITS = 12  # more is no period of the regulation (and int() refuses 4,300)


def _words_to_int(words: list[str], text: str) -> int:
    total, current = 0, 0
    for word in words:
        if word == "and":
            continue
        if word == "hundred":
            current = max(current, 1) * 100
        elif word in _SMALL:
            current += _SMALL[word]
        else:
            raise PeriodSyntaxError("period", f"cannot read the number in {text!r}")
    return total + current


@dataclass(frozen=True, slots=True)
class Period:
    """An amount of a :class:`Unit`, optionally recurring ("every six (6) months").

    Periods are values: frozen, hashable and ordered by field. ``str(period)`` gives the
    canonical wording (``"5 working days"``, ``"every 6 months"``). How a period turns a trigger
    date into a due date is :func:`coregs.periods.due_date`'s job; see its docstring for the
    counting convention.

    Example:
        >>> Period.parse("five (5) working days")
        Period(5, Unit.WORKING_DAYS)
        >>> Period.parse("every twelve (12) months")
        Period(12, Unit.MONTHS, every=True)
    """

    amount: int
    unit: Unit
    every: bool = False

    def __post_init__(self) -> None:
        if type(self.amount) is not int or self.amount < 0:
            raise PeriodSyntaxError("period.amount", "must be a whole number, zero or more")
        try:
            unit = Unit(self.unit)
        except ValueError:
            raise PeriodSyntaxError("period.unit", "expected a Unit") from None
        object.__setattr__(self, "unit", unit)
        if not self.unit.countable and self.amount != 0:
            raise PeriodSyntaxError("period.amount", f"{self.unit.value!r} takes no amount")
        if self.every and (not self.unit.countable or self.amount == 0):
            raise PeriodSyntaxError("period.every", "only a positive countable period can recur")

    def __repr__(self) -> str:
        every = ", every=True" if self.every else ""
        return f"Period({self.amount}, Unit.{self.unit.name}{every})"

    def __str__(self) -> str:
        if not self.unit.countable:
            return self.unit.value
        unit = self.unit.singular if self.amount == 1 else self.unit.value
        return f"{'every ' if self.every else ''}{self.amount} {unit}"

    @property
    def counts_business_days(self) -> bool:
        """True when the period counts working or business days (a calendar is needed)."""
        return self.unit.counts_business_days

    def times(self, k: int) -> Period:
        """The one-off period ``k`` times as long (the k-th occurrence of a recurrence)."""
        return Period(self.amount * k, self.unit)

    @classmethod
    def parse(cls, text: str, *, unqualified_days: Unit = Unit.CALENDAR_DAYS) -> Period:
        """Read a period as the regulation words it.

        Accepts a number in words, digits, or both ("five (5)", which must agree), a unit
        (calendar/working/business days, months, calendar months, years), an optional leading
        "within", and a leading "every" / "at least every" for a recurring period. Hyphens are
        read as spaces ("two-business days"). "at the time of" and "promptly" parse to their
        non-countable units.

        Args:
            text: the phrase, e.g. ``"thirty (30) calendar days"``.
            unqualified_days: the unit a bare "days" means. 7.601 uses bare "days" twice
                (7.601.2.A.7-8); the default reads it as calendar days (C.R.S. 2-4-108).

        Raises:
            PeriodSyntaxError: the phrase is not a period; the message says which part.
        """
        if not isinstance(text, str):
            raise PeriodSyntaxError("period", "expected text such as '5 working days'")
        norm = " ".join(text.lower().replace("-", " ").replace(",", " ").split())
        if not norm:
            raise PeriodSyntaxError("period", "is empty; expected e.g. '5 working days'")
        if norm.startswith("at the time of") or norm == "at the time":
            return cls(0, Unit.AT_THE_TIME_OF)
        if norm.startswith("promptly"):
            return cls(0, Unit.PROMPTLY)
        every = False
        for prefix in _RECURRING:
            if norm.startswith(prefix + " "):
                every, norm = True, norm[len(prefix) + 1 :]
                break
        for prefix in _PREFIXES:
            if norm.startswith(prefix + " "):
                norm = norm[len(prefix) + 1 :]
                break
        amount, rest = cls._amount(norm, text)
        unit = cls._unit(rest, text, unqualified_days)
        return cls(amount, unit, every)

    @staticmethod
    def _amount(norm: str, text: str) -> tuple[int, str]:
        tokens = norm.split()
        words: list[str] = []
        while tokens and (tokens[0] in _SMALL or tokens[0] in ("hundred", "and")):
            words.append(tokens.pop(0))
        rest = " ".join(tokens)
        digits = None
        m = _DIGITS.match(rest)
        if m:
            if len(m.group(1)) > _MOST_DIGITS:
                raise PeriodSyntaxError("period", f"a number of more than {_MOST_DIGITS} digits")
            digits, rest = int(m.group(1)), m.group(2)
        if not words and digits is None:
            raise PeriodSyntaxError(
                "period", f"no number in {text!r}; expected e.g. 'five (5) working days'"
            )
        if words:
            spelled = _words_to_int(words, text)
            if digits is not None and digits != spelled:
                raise PeriodSyntaxError("period", f"the words and the digits disagree in {text!r}")
            return spelled, rest
        assert digits is not None
        return digits, rest

    @staticmethod
    def _unit(rest: str, text: str, unqualified_days: Unit) -> Unit:
        phrase = rest.strip()
        if phrase in ("day", "days"):
            return Unit(unqualified_days)
        key = phrase[:-1] if phrase.endswith("s") else phrase
        if key in _UNITS:
            return _UNITS[key]
        expected = "calendar days, working days, business days, days, months or years"
        problem = f"unknown unit {phrase!r}" if phrase else "no unit"
        raise PeriodSyntaxError("period", f"{problem} in {text!r}; expected {expected}")
