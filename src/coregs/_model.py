"""Base classes for coregs' pydantic models.

Two kinds of model exist:

* :class:`Record` - public, non-confidential values (rules, results, options). Frozen, strict
  about unknown fields, with pydantic's ordinary ``repr``.
* :class:`Facts` - case facts about a child or family. Frozen and strict too, and in addition
  their ``repr``/``str`` show field *names* only, and :meth:`Facts.parse` turns pydantic's
  ``ValidationError`` (whose ``errors()`` and ``json()`` carry the input value even with
  ``hide_input_in_errors``) into :class:`~coregs.InvalidFactsError`, which carries none.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from coregs._errors import FieldProblem, InvalidFactsError

__all__ = ["Facts", "Record", "problems_from", "safe_validate"]

_M = TypeVar("_M", bound=BaseModel)


class Record(BaseModel):
    """A frozen, non-confidential coregs value."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class _Hidden:
    __slots__ = ()

    def __repr__(self) -> str:
        return "…"


_HIDDEN = _Hidden()


class Facts(BaseModel):
    """A frozen model of confidential case facts.

    ``repr(facts)`` lists which fields are set, never their values; validation errors name the
    field path and the expected type, never the input.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        hide_input_in_errors=True,
        validate_by_name=True,
        validate_by_alias=True,
    )

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        for name in type(self).model_fields:
            if name in self.model_fields_set:
                yield name, _HIDDEN

    @classmethod
    def parse(cls, data: Mapping[str, Any] | Any) -> Self:
        """Validate ``data`` (a mapping, or an instance) into this model.

        Raises:
            InvalidFactsError: one :class:`~coregs.FieldProblem` per failing field, with the
                field path and what was expected, but no input value.
        """
        return safe_validate(cls, data)

    @classmethod
    def parse_json(cls, text: str | bytes) -> Self:
        """Validate a JSON document into this model; errors as for :meth:`parse`."""
        try:
            return cls.model_validate_json(text)
        except ValidationError as exc:
            raise InvalidFactsError(cls.__name__, problems_from(exc)) from None


def safe_validate(model: type[_M], data: Any) -> _M:
    """``model.model_validate(data)``, with errors that never carry the input."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InvalidFactsError(model.__name__, problems_from(exc)) from None


def _loc(parts: tuple[int | str, ...]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def problems_from(exc: ValidationError) -> tuple[FieldProblem, ...]:
    """Convert a pydantic ``ValidationError`` into input-free :class:`FieldProblem` values.

    pydantic's messages normally state only what was expected, but a few (a wrong union tag, a
    custom validator's text) can quote the input. Any message in which the input's text appears
    is replaced by a generic one built from the error type.
    """
    problems = []
    for err in exc.errors(include_url=False):
        message = str(err.get("msg", "invalid value"))
        value = err.get("input")
        if _quotes(message, value):
            message = f"invalid value ({err['type']})"
        problems.append(FieldProblem(_loc(tuple(err.get("loc", ()))), err["type"], message))
    return tuple(problems)


def _quotes(message: str, value: Any) -> bool:
    if value is None or isinstance(value, bool | Mapping | list | tuple):
        return False
    text = str(value).strip()
    return len(text) >= 2 and text in message
