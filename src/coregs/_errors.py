"""The exceptions coregs raises.

Every error names the *field* (and, where one applies, the *rule*) that is wrong and says what
was expected. None of them carries the offending value: case facts are confidential
(C.R.S. 19-1-307), so a message, ``repr`` or ``args`` tuple must be safe to log.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = [
    "CoregsError",
    "FieldProblem",
    "InputError",
    "InvalidFactsError",
    "LimitError",
    "MissingDependencyError",
    "OutOfRangeError",
    "PeriodSyntaxError",
    "UnknownOptionError",
    "require_date",
    "require_iterable",
]


class CoregsError(Exception):
    """Base class of every error coregs raises on purpose."""


class InputError(CoregsError, ValueError):
    """Bad input: names the field (and rule, if any) and what was expected, never the value.

    Attributes:
        field: dotted path of the input that is wrong (``"placements[0].start_date"``).
        problem: what is wrong, in words that contain no input value.
        rule: the rule or citation whose requirement the input fails, if any.
    """

    def __init__(self, field: str, problem: str, *, rule: str | None = None) -> None:
        self.field = field
        self.problem = problem
        self.rule = rule
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f" ({self.rule})" if self.rule else ""
        return f"{self.field}: {self.problem}{where}"


class OutOfRangeError(InputError):
    """A date outside the years a calendar or rule supports; never answered silently."""


class PeriodSyntaxError(InputError):
    """A period phrase that cannot be read ("5 wrking days")."""


class UnknownOptionError(InputError):
    """An interpretation option, or a choice for one, that does not exist."""


class LimitError(InputError):
    """An input larger than a limit of the gate (bytes, nesting depth, items), refused before
    it is parsed.

    Attributes:
        limit: the limit's name (a field of :class:`coregs.Limits`, e.g. ``"max_bytes"``).
        maximum: the limit's value in force.
    """

    def __init__(self, field: str, limit: str, maximum: int, what: str) -> None:
        self.limit = limit
        self.maximum = maximum
        super().__init__(field, f"more than {maximum:,} {what} (limit {limit})")


class MissingDependencyError(CoregsError, ImportError):
    """A feature needs an optional extra that is not installed (``pip install 'coregs[pandas]'``).

    Attributes:
        feature: what was asked for (``"to_frame()"``, ``"coregs serve"``).
        extra: the extra that provides it (``"pandas"``, ``"serve"``).
    """

    def __init__(self, feature: str, extra: str, packages: str) -> None:
        self.feature = feature
        self.extra = extra
        super().__init__(f"{feature} needs {packages}: pip install 'coregs[{extra}]'")


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One validation failure: where (``loc``), what kind (``type``) and why (``message``).

    Built without the input value, so it is safe to log or return to a caller. ``loc`` is the
    path of a field the format defines, with list indexes (``"events[3].date"``); for a key the
    format does not define it is the path of the object holding it (``""`` at the top level),
    never the key itself.
    """

    loc: str
    type: str
    message: str

    def __str__(self) -> str:
        return f"{self.loc}: {self.message}" if self.loc else self.message


_SHOWN = 10  # problems spelled out in an InvalidFactsError's message


class InvalidFactsError(InputError):
    """Case facts that failed validation: one :class:`FieldProblem` per failing field."""

    def __init__(self, model: str, problems: Sequence[FieldProblem]) -> None:
        self.model = model
        self.problems = tuple(problems)
        first = self.problems[0] if self.problems else FieldProblem("", "unknown", "invalid")
        super().__init__(first.loc or model, f"{first.message}{self._more(1)}")

    def _more(self, shown: int) -> str:
        more = len(self.problems) - shown
        return f" (and {more} more problem{'s' if more != 1 else ''})" if more > 0 else ""

    def __str__(self) -> str:
        shown = "; ".join(str(p) for p in self.problems[:_SHOWN])
        return f"invalid {self.model}: {shown}{self._more(_SHOWN)}"


def require_iterable(value: object, field: str) -> Iterator[Any]:
    """An iterator over ``value``, or :class:`InputError` when it cannot be iterated."""
    if not isinstance(value, Iterable):
        raise InputError(field, "expected an iterable")
    return iter(value)


def require_date(value: object, field: str) -> date:
    """``value`` if it is a ``datetime.date`` (and not a ``datetime``), else :class:`InputError`.

    A timestamp must be turned into a local date by the caller: guessing the time zone would
    shift due dates.
    """
    if type(value) is not date:
        kind = "a datetime" if isinstance(value, date) else f"a {type(value).__name__}"
        raise InputError(field, f"expected a datetime.date, got {kind}")
    return value
