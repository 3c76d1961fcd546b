"""The gate a JSON document passes on its way in: limits first, then parsing.

design.md, "One gate in": limits (bytes, depth, counts: cheap, before parsing), then parsing,
then validation, then the core. This module is the first two steps. :func:`read_json` checks
the limits of :class:`Limits` on the raw text with a few passes of C-speed byte operations (no
Python loop over the document), so that a document over a limit is refused before any object is
built for it; only then does it parse, refusing what JSON parsers disagree on (a duplicate key,
``NaN``). Validation is the models' job (:mod:`coregs._model`).

Every error it raises holds no input: a :class:`~coregs.LimitError` names the limit; an
:class:`~coregs.InvalidFactsError` names the position (line and column, byte offset, or the path
of the object holding a duplicate key), never a key or a value.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, NoReturn

from coregs._errors import FieldProblem, InputError, InvalidFactsError, LimitError

__all__ = ["DEFAULT_LIMITS", "Limits", "Path", "check_limits", "read_json"]


@dataclass(frozen=True, slots=True)
class Limits:
    """How large a JSON document coregs reads before refusing it (:class:`~coregs.LimitError`).

    The limits are checked on the raw text, before parsing, in time proportional to its size
    and with memory about twice its size; past them nothing is parsed. The defaults leave room
    for the largest case the format allows (10,000 events) several times over. Raise one by
    passing ``limits=Limits(max_bytes=...)`` to ``parse_json`` (``--limit max_bytes=N`` on the
    command line).

    Attributes:
        max_bytes: the document's size in bytes (UTF-8).
        max_depth: how deeply arrays and objects nest (``{"events": [{}]}`` is 3 deep).
        max_items: array items and object members in the whole document, all together
            (``{"events": [{}, {}]}`` has 3: one member, two items).
    """

    max_bytes: int = 8 * 1024 * 1024
    max_depth: int = 32
    max_items: int = 200_000

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if type(value) is not int or value < 1:
                raise InputError(f"limits.{f.name}", "expected a whole number, 1 or more")


DEFAULT_LIMITS = Limits()
"""The limits in force when a caller passes none."""

_WHITESPACE = b" \t\r\n"
# Keep only brackets, objects and arrays alike: depth is how often "[]" pairs can be peeled.
_ONLY_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_SQUARE = bytes.maketrans(b"{}", b"[]")
_BOM = b"\xef\xbb\xbf"


def check_limits(raw: bytes, limits: Limits, what: str) -> None:
    """Refuse ``raw`` if it is over a limit, before anything is parsed.

    A handful of C-level passes over the bytes (``count``, ``replace``, ``split``,
    ``translate``), none in a Python loop over the document: strings are blanked first (after
    their escapes are dropped, every quote opens or closes one, as for a JSON parser), so that
    commas and brackets inside them count for nothing. A document with more strings than its
    items could hold is refused before they are blanked, which bounds that step's cost by the
    limit rather than by the input.

    Most documents are far inside the limits, and two bounds show it without blanking: a
    document has fewer items than bytes, and nests no deeper than it has opening brackets
    (inside strings or not). Only a document past a bound is measured exactly.

    Raises:
        LimitError: naming the limit.
    """
    if len(raw) > limits.max_bytes:
        raise LimitError(what, "max_bytes", limits.max_bytes, "bytes")
    if len(raw) <= limits.max_items and raw.count(b"[") + raw.count(b"{") <= limits.max_depth:
        return  # fewer items than bytes, and no deeper than its opening brackets
    unescaped = raw.replace(b"\\\\", b"").replace(b'\\"', b"") if b"\\" in raw else raw
    quotes = unescaped.count(b'"')
    # every item holds at most two strings (a member's key and value), the root one more
    if quotes > 2 * (2 * limits.max_items + 1):
        raise _too_many_items(limits, what)
    # each string becomes a 0: between two segments outside strings lies exactly one string
    blanked = b"0".join(unescaped.split(b'"')[::2]) if quotes else unescaped
    skeleton = blanked.translate(None, _WHITESPACE)
    if len(skeleton) > limits.max_items:  # else there are fewer items than characters
        containers = skeleton.count(b"[") + skeleton.count(b"{")
        empty = skeleton.count(b"[]") + skeleton.count(b"{}")
        if skeleton.count(b",") + containers - empty > limits.max_items:
            raise _too_many_items(limits, what)
    shape = skeleton.translate(_SQUARE, _ONLY_BRACKETS)
    depth = 0
    while shape and depth <= limits.max_depth:
        peeled = shape.replace(b"[]", b"")
        if len(peeled) == len(shape):  # unbalanced: what is left never pairs up
            depth += peeled.count(b"[")
            break
        depth += 1
        shape = peeled
    if depth > limits.max_depth:
        raise LimitError(what, "max_depth", limits.max_depth, "levels of nesting")


def _too_many_items(limits: Limits, what: str) -> LimitError:
    return LimitError(what, "max_items", limits.max_items, "array items and object members")


class _Duplicated(dict[str, Any]):
    """An object in which a key appeared more than once (found after parsing, by its path)."""


class _ConstantError(Exception):
    """``NaN``, ``Infinity`` or ``-Infinity``: accepted by Python's parser, not JSON."""


def _constant(_: str) -> NoReturn:
    raise _ConstantError


Path = tuple[str | int, ...]
"""A raw path into a JSON value: object keys (as the input spells them) and array indexes."""


def _duplicate_at(value: Any, path: Path = ()) -> Path | None:
    """The raw path of the first object holding a duplicate key, if any."""
    if isinstance(value, _Duplicated):
        return path
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        found = _duplicate_at(item, (*path, key))
        if found is not None:
            return found
    return None


class _DuplicateKeyError(Exception):
    """An object with a key given twice: the fast read stops, the full one says where."""


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    raise _DuplicateKeyError


# Most documents are valid JSON without a duplicate key: one decoder made once reads them
# (json.loads makes a decoder and its scanner per call, 2-3 µs of a ~12 µs read); anything
# it refuses is read again by read_json's full path, whose errors are the ones reported. The
# stdlib shares its own default decoder across threads the same way.
_DECODER = json.JSONDecoder(
    object_pairs_hook=_unique, parse_float=Decimal, parse_constant=_constant
)


def _nowhere(_: Path) -> str:
    return ""


def _checked_bytes(data: str | bytes | bytearray, limits: Limits, what: str) -> bytes:
    """The document's UTF-8 bytes (a byte-order mark dropped), checked against ``limits``."""
    if not isinstance(limits, Limits):
        raise InputError("limits", "expected a coregs.Limits")
    if isinstance(data, str):
        if len(data) > limits.max_bytes:  # every character is at least one byte
            raise LimitError(what, "max_bytes", limits.max_bytes, "bytes")
        raw = data.encode("utf-8", "surrogatepass")  # a lone surrogate fails to decode later
    elif isinstance(data, bytes | bytearray):
        raw = bytes(data)
    else:
        raise InputError(what, "expected JSON text (str or bytes)")
    raw = raw.removeprefix(_BOM)
    check_limits(raw, limits, what)
    return raw


def read_json(
    data: str | bytes | bytearray,
    *,
    limits: Limits = DEFAULT_LIMITS,
    what: str = "input",
    locate: Callable[[Path], str] = _nowhere,
) -> Any:
    """The JSON value of ``data``, after checking it against ``limits``.

    Numbers with a fraction or an exponent are read as :class:`~decimal.Decimal`, exactly as
    written (JSON numbers are decimal; a float would round ``0.1``). A byte-order mark is
    skipped. Refused: text over a limit, bytes that are not UTF-8, text that is not JSON,
    ``NaN``/``Infinity``, and an object with a key given twice (JSON parsers disagree on which
    one wins, so coregs accepts neither).

    Args:
        data: the document, as text or UTF-8 bytes.
        limits: the limits to check (default :data:`DEFAULT_LIMITS`).
        what: what the document is, for the error (``"Case"``, ``"case file"``).
        locate: turns the raw path of an object holding a duplicate key into a ``loc`` that
            names no key the caller invented (a model knows its fields; the default names
            none).

    Raises:
        LimitError: the document is over a limit (named in the error).
        InvalidFactsError: the document is not UTF-8 or not JSON; the problem's message gives
            the position (line and column, byte offset), never the content.
        InputError: ``data`` is neither text nor bytes.
    """
    raw = _checked_bytes(data, limits, what)
    try:
        text = raw.decode("utf-8")
        if not text.startswith("\ufeff"):  # json.loads's own message for a second mark
            return _DECODER.decode(text)
    except (_DuplicateKeyError, _ConstantError, ValueError, RecursionError):
        pass  # read again below, which says what and where
    duplicates: list[bool] = []

    def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        duplicates.append(True)
        return _Duplicated(obj)

    try:
        value = json.loads(
            raw.decode("utf-8"),
            object_pairs_hook=_object,
            parse_float=Decimal,
            parse_constant=_constant,
        )
    except UnicodeDecodeError as exc:
        problem = ("", "utf8_invalid", f"not UTF-8 text (byte {exc.start})")
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        problem = ("", "json_invalid", f"not valid JSON: {exc.msg} ({where})")
    except _ConstantError:
        problem = ("", "json_invalid", "not valid JSON: NaN and Infinity are not JSON numbers")
    except RecursionError:  # only when a caller raised max_depth past what Python can parse
        problem = ("", "json_invalid", "nested too deeply to parse")
    except ValueError:  # an integer of more digits than Python converts (sys.int_info)
        problem = ("", "json_invalid", "a number has too many digits")
    else:
        at = _duplicate_at(value) if duplicates else None
        if at is None:
            return value
        problem = (locate(at), "duplicate_key", "a key is given more than once")
    raise InvalidFactsError(what, (FieldProblem(*problem),))
