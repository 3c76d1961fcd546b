"""Base classes for coregs' pydantic models, and the leaf types of the input formats.

Two kinds of model exist:

* :class:`Record` - public, non-confidential values (rules, results, options). Frozen, strict
  about unknown fields, with pydantic's ordinary ``repr``.
* :class:`Facts` - case facts about a child or family. Frozen and strict too; their
  ``repr``/``str`` show field *names* only; and they are private on every route in. A
  model-level wrap validator re-raises every validation error with the input replaced by
  :data:`HIDDEN`, the message rebuilt from what was expected, and a key the caller invented
  reported on the object holding it, never by its name. pydantic then carries that masked error
  on every route (``model_validate``, construction by keywords, a ``TypeAdapter``, a FastAPI
  body); ``model_validate_json`` and ``TypeAdapter(...).validate_json`` go through the gate
  (:func:`coregs._gate.read_json`: limits, then parsing) first. :meth:`Facts.parse` and
  :meth:`Facts.parse_json` raise :class:`~coregs.InvalidFactsError` (a
  :class:`~coregs.CoregsError`) instead of pydantic's ``ValidationError``.

The leaf types (:data:`Date`, :data:`Money`, :data:`Ref`, :data:`Whole`) accept exactly what
their JSON Schema says, so that the schemas generated from these models are what coregs accepts.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations
from operator import attrgetter
from typing import Annotated, Any, ClassVar, Self, TypeVar, get_args

from annotated_types import MaxLen
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    PlainSerializer,
    ValidationError,
    WithJsonSchema,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import (
    CoreSchema,
    InitErrorDetails,
    PydanticCustomError,
    SchemaValidator,
    core_schema,
)

from coregs._errors import FieldProblem, InputError, InvalidFactsError, LimitError
from coregs._gate import DEFAULT_LIMITS, Limits, Path, read_json

__all__ = [
    "CROSS_FIELD_ERRORS",
    "FIRST_DATE",
    "HIDDEN",
    "LAST_DATE",
    "Date",
    "Facts",
    "Money",
    "Pickled",
    "Record",
    "Ref",
    "Whole",
    "facts_error",
    "problems_from",
    "safe_validate",
]

_M = TypeVar("_M", bound=BaseModel)

HIDDEN = "<hidden>"
"""What a masked validation error holds in place of the input."""


class Record(BaseModel):
    """A frozen, non-confidential coregs value."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class Pickled:
    """Base of a frozen ``@dataclass(slots=True)`` that pickles as its class and field values.

    The dataclass's own ``__getstate__``/``__setstate__`` call ``dataclasses.fields()`` for
    every object (about 12 µs each): results sent back from batch workers spent most of their
    unpickling there (benchmarks/bench_batch.py). ``__slots__`` of such a dataclass lists its
    fields in order, as its ``__init__`` takes them; they are read with one ``attrgetter``.
    """

    __slots__ = ()
    _fields_of: ClassVar[Callable[[Any], tuple[Any, ...]]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # run again for the class @dataclass(slots=True) makes, whose __slots__ are the fields
        super().__init_subclass__(**kwargs)
        names: tuple[str, ...] = cls.__dict__.get("__slots__", ())
        if len(names) > 1:
            fields: Callable[[Any], tuple[Any, ...]] = attrgetter(*names)  # a tuple, in C
        elif names:
            one = attrgetter(names[0])
            fields = lambda obj: (one(obj),)  # noqa: E731 - a one-field tuple
        else:
            fields = lambda obj: ()  # noqa: E731 - no fields
        cls._fields_of = staticmethod(fields)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), type(self)._fields_of(self))


# -- the error vocabulary ------------------------------------------------------------------------

_OWN_ERRORS = frozenset(
    {
        # the leaf types and the checks before validation
        "date",
        "money",
        "whole_number",
        "alias_conflict",
        "event_attribute",
        # the gate (coregs._gate)
        "limit_exceeded",
        "json_invalid",
        "utf8_invalid",
        "duplicate_key",
    }
)
CROSS_FIELD_ERRORS = frozenset(
    {
        "self_reference",
        "duplicate_id",
        "unresolved_reference",
        "date_order",
        "overlap",
        "episode_link",
    }
)
"""Error types of the checks that compare fields with each other (dates in order, references
that resolve): JSON Schema cannot state them, so the schemas list them in ``$comment``."""

# pydantic's own error types that input of these formats can raise, each with a message built
# only from what was expected (the format's ctx values: enum members, lengths, bounds)
_MESSAGES = {
    "missing": "required",
    "extra_forbidden": "an unexpected field",
    "model_type": "expected an object",
    "model_attributes_type": "expected an object",
    "dict_type": "expected an object",
    "bool_type": "expected true or false",
    "enum": "expected one of {expected}",
    "literal_error": "expected {expected}",
    "string_type": "expected a string",
    "string_unicode": "expected valid Unicode text",
    "string_too_short": "expected at least {min_length} characters",
    "string_too_long": "expected at most {max_length} characters",
    "string_pattern_mismatch": "expected text matching {pattern}",
    "tuple_type": "expected an array",
    "list_type": "expected an array",
    "frozen_set_type": "expected an array",
    "set_type": "expected an array",
    "too_short": "expected at least {min_length} items",
    "too_long": "expected at most {max_length} items",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "greater_than": "expected a number greater than {gt}",
    "greater_than_equal": "expected a number of at least {ge}",
    "less_than": "expected a number less than {lt}",
    "less_than_equal": "expected a number of at most {le}",
    "date_type": "expected a date YYYY-MM-DD",
    "date_parsing": "expected a date YYYY-MM-DD",
    "date_from_datetime_parsing": "expected a date YYYY-MM-DD",
    "date_from_datetime_inexact": "expected a date YYYY-MM-DD",
    "frozen_instance": "facts are frozen; build a new value instead",
}


def facts_error(kind: str, message: str) -> PydanticCustomError:
    """A validation error of one of coregs' own types, whose message holds no input.

    Raise it from a validator of a :class:`Facts` model; ``kind`` must be declared in this
    module (so that a check cannot invent a type the masking does not know).
    """
    if kind not in _OWN_ERRORS and kind not in CROSS_FIELD_ERRORS:
        raise ValueError(f"undeclared error type {kind!r}")
    return PydanticCustomError(kind, message)


def _message(kind: str, ctx: Mapping[str, Any] | None, msg: str) -> str:
    if kind in _OWN_ERRORS or kind in CROSS_FIELD_ERRORS:
        return msg  # written by coregs, with no input in it
    template = _MESSAGES.get(kind)
    if template is None:
        return f"invalid value ({kind})"
    if ctx is None and "{" in template:
        return msg  # masked already, by the model one level down
    return template.format(**(ctx or {}))


# -- the leaf types of the formats ---------------------------------------------------------------

FIRST_DATE = dt.date(1900, 1, 1)
LAST_DATE = dt.date(2199, 12, 31)
_DATE_TEXT = re.compile(r"(19|20|21)[0-9]{2}-[0-9]{2}-[0-9]{2}")


_DATE_MESSAGE = "expected a date YYYY-MM-DD that exists, in years 1900-2199"


def _exact_date(value: dt.date) -> dt.date:
    if type(value) is not dt.date:  # a subclass (a datetime is refused before this)
        raise facts_error("date", _DATE_MESSAGE)
    return value


class _DateFormat:
    """The core schema of :data:`Date`, validated in pydantic-core (no Python call for a JSON
    date): text of the pattern parsed as a date, or (from Python) a ``datetime.date`` itself,
    within the years; every failure is one ``date`` error with one message."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> CoreSchema:
        return core_schema.union_schema(
            [
                core_schema.chain_schema(
                    [
                        core_schema.str_schema(pattern=f"^{_DATE_TEXT.pattern}$", strict=True),
                        core_schema.date_schema(ge=FIRST_DATE, le=LAST_DATE),
                    ]
                ),
                core_schema.no_info_after_validator_function(
                    _exact_date, core_schema.date_schema(strict=True, ge=FIRST_DATE, le=LAST_DATE)
                ),
            ],
            mode="left_to_right",
            custom_error_type="date",
            custom_error_message=_DATE_MESSAGE,
            serialization=core_schema.plain_serializer_function_ser_schema(
                dt.date.isoformat, when_used="json"
            ),
        )


Date = Annotated[
    dt.date,
    _DateFormat(),
    WithJsonSchema(
        {"type": "string", "format": "date", "pattern": f"^{_DATE_TEXT.pattern}$"},
        mode="validation",
    ),
]
"""A date: ``"YYYY-MM-DD"`` in JSON (a ``datetime.date`` in Python, not a ``datetime``), that
exists on the calendar, in years 1900-2199 (far from the ends of Python's dates, so that no
date arithmetic on facts overflows)."""

_MONEY_TEXT = re.compile(r"[0-9]{1,10}(\.[0-9]{1,2})?")
_MONEY_MAX = Decimal("9999999999.99")
_CENT = Decimal("0.01")
_MONEY_MESSAGE = (
    "expected an amount of dollars from 0 to 9999999999.99 with at most two decimals, as a "
    'number or a string such as "1234.56"'
)


def _money(value: Any) -> Decimal:
    if isinstance(value, str):
        if _MONEY_TEXT.fullmatch(value):
            return Decimal(value)
    elif type(value) in (int, float, Decimal):
        amount = Decimal(repr(value)) if type(value) is float else Decimal(value)
        # the range first: a remainder of an amount with a huge exponent would be costly
        if amount.is_finite() and 0 <= amount <= _MONEY_MAX and amount % _CENT == 0:
            return amount
    raise facts_error("money", _MONEY_MESSAGE)


class _MoneyFormat:
    """The core schema of :data:`Money`: text of the pattern becomes a ``Decimal`` in
    pydantic-core with no Python frame (what JSON documents hold: the Python validator was about
    3 µs of the 23 of validating examples/iv-e-court-ordered.json); anything else goes to
    :func:`_money`. Every failure is one ``money`` error with one message, as :func:`_money`
    raises it."""

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> CoreSchema:
        return core_schema.union_schema(
            [
                core_schema.no_info_after_validator_function(
                    Decimal,
                    core_schema.str_schema(pattern=f"^{_MONEY_TEXT.pattern}$", strict=True),
                ),
                core_schema.no_info_plain_validator_function(_money),
            ],
            mode="left_to_right",
            custom_error_type="money",
            custom_error_message=_MONEY_MESSAGE,
        )


Money = Annotated[
    Decimal,
    PlainSerializer(str, return_type=str, when_used="json"),  # as for Date
    _MoneyFormat(),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": f"^{_MONEY_TEXT.pattern}$"},
                {"type": "number", "minimum": 0, "maximum": 9999999999.99, "multipleOf": 0.01},
            ]
        },
        mode="validation",
    ),
]
"""A non-negative monthly amount in dollars and cents: a JSON number (``1234.56``) or a string
of digits with at most two decimals (``"1234.56"``)."""


def _whole(value: Any) -> Any:
    if type(value) is bool or isinstance(value, str):
        raise facts_error("whole_number", "expected a whole number")
    if isinstance(value, float | Decimal):
        # JSON's 3.0 is the integer 3; bounded before int(), so 1e999999 costs nothing
        finite = value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
        if finite and -(2**53) < value < 2**53 and value == int(value):
            return int(value)
        raise facts_error("whole_number", "expected a whole number")
    return value


Whole = BeforeValidator(_whole)
"""Annotate an ``int`` (or ``Literal`` of ints) field with it: JSON's whole numbers (``3`` and
``3.0``), never ``true`` or a string."""

Ref = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:-]+$")]
"""An opaque reference (letters, digits and ``. _ : -``, at most 64), never a name."""


# -- the shape of a model, for the checks before validation ----------------------------------


@dataclass(frozen=True, slots=True)
class _Shape:
    spellings: Mapping[str, tuple[str, ...]]  # field name -> every key that sets it
    keys: frozenset[str]
    bounds: tuple[tuple[str, int], ...]  # (field, most items) of the bounded lists
    children: Mapping[str, type[Facts] | None]  # key -> the model of its value (or items)
    aliased: tuple[tuple[str, tuple[str, ...]], ...]  # the fields more than one key sets
    alternates: frozenset[str]  # their other spellings: with none given, no field is given twice
    prechecks: bool  # any alias or bound to check before validation
    checks_whole: bool  # the model has checks across fields


def _facts_in(annotation: Any) -> type[Facts] | None:
    if isinstance(annotation, type) and issubclass(annotation, Facts):
        return annotation
    for arg in get_args(annotation):
        found = _facts_in(arg)
        if found is not None:
            return found
    return None


def _shape(model: type[Facts]) -> _Shape:
    spellings: dict[str, tuple[str, ...]] = {}
    bounds = []
    children: dict[str, type[Facts] | None] = {}
    for name, info in model.model_fields.items():
        choices = getattr(info.validation_alias, "choices", None)
        keys = tuple(dict.fromkeys([name, *(c for c in choices or () if isinstance(c, str))]))
        spellings[name] = keys
        for key in keys:
            children[key] = _facts_in(info.annotation)
        bounds += [(name, m.max_length) for m in info.metadata if isinstance(m, MaxLen)]
    aliased = tuple((name, keys) for name, keys in spellings.items() if len(keys) > 1)
    return _Shape(
        spellings,
        frozenset(children),
        tuple(bounds),
        children,
        aliased,
        frozenset(key for _, keys in aliased for key in keys[1:]),
        prechecks=bool(aliased or bounds),
        checks_whole=model._check_whole is not Facts._check_whole,
    )


# -- masking -------------------------------------------------------------------------------------


def _known(model: type[Facts] | None, loc: tuple[int | str, ...]) -> tuple[int | str, ...] | None:
    """``loc`` cut before the first key that ``model`` (or the model of the value it leads to)
    does not define, or ``None`` when nothing is cut: a key there was invented by the caller."""
    for n, part in enumerate(loc):
        if isinstance(part, int):
            continue
        if model is None or part not in model.__coregs_shape__.keys:
            return loc[:n]
        model = model.__coregs_shape__.children[part]
    return None


def _masked(title: str, model: type[Facts] | None, errors: list[Any]) -> ValidationError:
    """The errors of validating ``model`` (``None``: no fields, e.g. the gate's), masked: no
    input, messages from what was expected, and an error under a key the caller invented
    reported on the object holding it, at any depth (nested models have no wrap of their own:
    :func:`_bare`)."""
    details: list[InitErrorDetails] = []
    seen: set[tuple[tuple[int | str, ...], str]] = set()
    for err in errors:
        loc = tuple(err.get("loc", ()))
        kind = err["type"]
        holder = _known(model, loc)
        if holder is not None:
            # a key the caller invented: report it on the object that holds it
            loc, kind, message = holder, "extra_forbidden", _MESSAGES["extra_forbidden"]
        else:
            message = _message(kind, err.get("ctx"), str(err.get("msg", "")))
        if (loc, message) not in seen:
            seen.add((loc, message))
            details.append(
                InitErrorDetails(type=PydanticCustomError(kind, message), loc=loc, input=HIDDEN)
            )
    return ValidationError.from_exception_data(title, details, hide_input=True)


def _error(title: str, loc: tuple[int | str, ...], exc: PydanticCustomError) -> ValidationError:
    return _masked(title, None, [{"loc": loc, "type": exc.type, "msg": exc.message()}])


def _precheck(model: type[Facts], shape: _Shape, data: Any) -> ValidationError | None:
    """The format's checks that must run before validation: two spellings of one field, and
    a list longer than its bound (checked before its items are validated, so a million
    events cost nothing)."""
    if type(data) is not dict and not isinstance(data, Mapping):  # dict: no ABC check
        return None
    errors: list[dict[str, Any]] = []
    for name, keys in shape.aliased if not shape.alternates.isdisjoint(data) else ():
        given = [k for k in keys if k in data]
        if len(given) > 1:
            message = f"given as {' and as '.join(given)}: use one spelling"
            errors.append({"loc": (name,), "type": "alias_conflict", "msg": message})
    for name, most in shape.bounds:
        value = data.get(name)
        if isinstance(value, list | tuple) and len(value) > most:
            message = _MESSAGES["too_long"].format(max_length=most)
            errors.append({"loc": (name,), "type": "too_long", "msg": message})
    return _masked(model.__name__, model, errors) if errors else None


class _GatedValidator:
    """``__pydantic_validator__`` of a :class:`Facts` model: pydantic's, with JSON text sent
    through the gate (limits, then parsing) before validation; everything else as is.

    pydantic itself wraps its validator this way when plugins are installed
    (``PluggableSchemaValidator``), and calls only these methods on it.
    """

    __slots__ = ("_inner", "_title", "validate_assignment", "validate_python", "validate_strings")

    def __init__(self, inner: Any, title: str) -> None:
        self._inner = inner
        self._title = title
        self.validate_python = inner.validate_python
        self.validate_strings = inner.validate_strings
        self.validate_assignment = inner.validate_assignment

    def validate_json(self, input: str | bytes | bytearray, **kwargs: Any) -> Any:
        kwargs.pop("allow_partial", None)
        try:
            data = read_json(input, what=self._title)
        except InputError as exc:
            error = exc
        else:
            return self._inner.validate_python(data, **kwargs)
        problems = error.problems if isinstance(error, InvalidFactsError) else ()
        kind = "limit_exceeded" if isinstance(error, LimitError) else "json_invalid"
        raise _masked(
            self._title,
            None,
            [{"loc": (), "type": p.type, "msg": p.message} for p in problems]
            or [{"loc": (), "type": kind, "msg": error.problem}],
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _prechecker(model: type[Facts]) -> Callable[[Any], Any]:
    """The checks before validation of ``model`` nested in another, as a validator before it:
    the input as is, or the masked error."""
    shape = model.__coregs_shape__

    def prechecked(data: Any) -> Any:
        error = _precheck(model, shape, data)
        if error is None:
            return data
        raise error

    return prechecked


def _checked(model: Facts) -> Facts:
    model._check_whole()
    return model


def _bare(node: Any, top: type[Facts]) -> Any:
    """The core schema ``node`` of ``top`` (or a part of it) with the masking wrap of every
    nested :class:`Facts` model replaced by its checks alone: before validation, the precheck
    (:func:`_prechecker`), and after it, the checks across fields. ``top``'s own wrap masks the
    whole tree (:func:`_masked` follows the locs down), and a wrap per nested model (a Python
    call per event of a case) cost a fifth of reading a document; a validator before it costs
    half a wrap. A model embedded in a model that is not :class:`Facts` keeps its own wrap."""
    if isinstance(node, list):
        return [_bare(item, top) for item in node]
    if not isinstance(node, dict):
        return node
    function = (
        node.get("function", {}).get("function") if node.get("type") == "function-wrap" else None
    )
    owner: Any = getattr(function, "__self__", None)
    if getattr(function, "__func__", None) is _PRIVATE and owner is not top:
        shape = owner.__coregs_shape__
        inner = _bare(node["schema"], top)
        if shape.checks_whole:
            inner = core_schema.no_info_after_validator_function(_checked, inner)
        if shape.prechecks:
            inner = core_schema.no_info_before_validator_function(_prechecker(owner), inner)
        kept = {key: node[key] for key in ("ref", "metadata") if key in node}
        return {**inner, **kept}
    return {key: _bare(value, top) for key, value in node.items()}


def _model_config(schema: Any, model: type[Facts]) -> Any:
    """The core config in ``model``'s own node of ``schema`` (its wrap holds that node)."""
    node = schema
    while node.get("type") != "model" or node.get("cls") is not model:
        node = node["schema"]
    return node.get("config")


class _Hidden:
    __slots__ = ()

    def __repr__(self) -> str:
        return "…"


_HIDDEN = _Hidden()


class Facts(BaseModel):
    """A frozen model of confidential case facts.

    ``repr(facts)`` lists which fields are set, never their values; validation errors, on every
    route, name the field path and what was expected, never the input or a key the caller
    invented.

    A subclass states checks that compare its fields in :meth:`_check_whole` (not in a
    pydantic ``model_validator``, which would run outside the masking), and lists them in
    words in ``_cross_field_rules`` for the JSON Schema's ``$comment``.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        hide_input_in_errors=True,
        validate_by_name=True,
        validate_by_alias=True,
    )

    __coregs_shape__: ClassVar[_Shape]
    _cross_field_rules: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls._finish()

    @classmethod
    def _finish(cls) -> None:
        """Record the model's shape and put JSON input behind the gate (again after a
        rebuild, which resolves forward references and makes a new validator)."""
        cls.__coregs_shape__ = shape = _shape(cls)
        validator = cls.__dict__.get("__pydantic_validator__")
        # by name: a MockValSer (a model not complete yet, gated by model_rebuild later) would
        # try to build itself on any attribute lookup
        if type(validator).__name__ in ("SchemaValidator", "PluggableSchemaValidator"):
            if any(child is not None for child in shape.children.values()):
                schema = _bare(cls.__pydantic_core_schema__, cls)
                cls.__pydantic_core_schema__ = schema  # what a model holding this one embeds
                validator = SchemaValidator(schema, _model_config(schema, cls))
            gated = _GatedValidator(validator, cls.__name__)
            cls.__pydantic_validator__ = gated  # type: ignore[assignment]  # same interface

    @classmethod
    def model_rebuild(cls, **kwargs: Any) -> bool | None:
        """pydantic's ``model_rebuild``, keeping JSON input behind the gate."""
        done = super().model_rebuild(**kwargs)
        cls._finish()
        return done

    @model_validator(mode="wrap")
    @classmethod
    def _private(cls, data: Any, handler: Any) -> Any:
        shape = cls.__coregs_shape__
        error = _precheck(cls, shape, data) if shape.prechecks else None
        if error is None:
            try:
                model = handler(data)
                if shape.checks_whole:
                    model._check_whole()
            except ValidationError as exc:
                error = _masked(cls.__name__, cls, exc.errors(include_input=False))
            except PydanticCustomError as exc:
                error = _error(cls.__name__, (), exc)
            else:
                return model
        raise error  # outside the except clauses: no __context__ holding the input

    def _check_whole(self) -> None:
        """Checks across fields, after each field is valid; raise :func:`facts_error`."""

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(core_schema)
        target = handler.resolve_ref_schema(json_schema)
        properties = target.get("properties", {})
        required = target.get("required", [])
        all_of: list[JsonSchemaValue] = []
        for schema in properties.values():
            schema.pop("uniqueItems", None)  # a set field takes a repeated member once
        for name, keys in cls.__coregs_shape__.spellings.items():
            for alias in keys[1:]:
                properties[alias] = properties[name]
            if len(keys) > 1 and name in required:
                required.remove(name)
                all_of.append({"anyOf": [{"required": [k]} for k in keys]})
            all_of += [{"not": {"required": [a, b]}} for a, b in combinations(keys, 2)]
        if not required:
            target.pop("required", None)
        all_of += cls._json_schema_rules()
        if all_of:
            target["allOf"] = all_of
        if cls._cross_field_rules:
            target["$comment"] = (
                "Also checked, beyond what JSON Schema can state: "
                + "; ".join(cls._cross_field_rules)
                + "."
            )
        return json_schema

    @classmethod
    def _json_schema_rules(cls) -> list[JsonSchemaValue]:
        """Subschemas (``allOf``) for the checks of :meth:`_check_whole` JSON Schema can state."""
        return []

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        for name in type(self).model_fields:
            if name in self.model_fields_set:
                yield name, _HIDDEN

    @classmethod
    def _locate(cls, path: Path) -> str:
        """The ``loc`` of a raw path into a document of this model, cut before the first key
        the model does not define (so that it names no key the caller invented)."""
        model: type[Facts] | None = cls
        out = ""
        for part in path:
            if isinstance(part, int):
                out += f"[{part}]"
                continue
            if model is None or part not in model.__coregs_shape__.keys:
                break
            out += f".{part}" if out else part
            model = model.__coregs_shape__.children[part]
        return out

    @classmethod
    def parse(cls, data: Mapping[str, Any] | Any) -> Self:
        """Validate ``data`` (a mapping, or an instance) into this model.

        Raises:
            InvalidFactsError: one :class:`~coregs.FieldProblem` per failing field, with the
                field path and what was expected, but no input value.
        """
        return safe_validate(cls, data)

    @classmethod
    def parse_json(cls, text: str | bytes | bytearray, *, limits: Limits = DEFAULT_LIMITS) -> Self:
        """Validate a JSON document into this model, through the gate.

        The document is checked against ``limits`` before it is parsed (see
        :class:`~coregs.Limits`), parsed (not UTF-8, not JSON, a duplicate key, ``NaN``: refused),
        then validated as :meth:`parse` does.

        Raises:
            LimitError: the document is over a limit (named in the error).
            InvalidFactsError: it is not JSON, or not valid; names the field, never a value.
        """
        data = read_json(text, limits=limits, what=cls.__name__, locate=cls._locate)
        return safe_validate(cls, data)


def problems_from(exc: ValidationError) -> tuple[FieldProblem, ...]:
    """Input-free :class:`FieldProblem` values of the ``ValidationError`` of a :class:`Facts`
    model (masked already: its locs name no invented key).

    ``loc`` reads like Python (``"events[3].date"``).
    """
    problems = []
    for err in exc.errors(include_url=False, include_input=False):
        loc = _loc(tuple(err.get("loc", ())))
        kind = err["type"]
        message = _message(kind, err.get("ctx"), str(err.get("msg", "")))
        if kind == "extra_forbidden" and not loc:
            message += " at the top level"
        problems.append(FieldProblem(loc, kind, message))
    return tuple(problems)


def _loc(parts: tuple[int | str, ...]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def safe_validate(model: type[_M], data: Any) -> _M:
    """``model.model_validate(data)``, raising :class:`InvalidFactsError` with no input in it."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = InvalidFactsError(model.__name__, problems_from(exc))
    raise error  # outside the except clause: no __context__ holding pydantic's error


_PRIVATE = Facts._private.__func__  # the masking wrap's function, as it appears in a schema
