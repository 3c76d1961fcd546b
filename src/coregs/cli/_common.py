"""Shared pieces of the command-line edge: argument types, calendar options, JSON output."""

from __future__ import annotations

import argparse
import errno
import json
import sys
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from coregs._display.records import to_jsonable
from coregs._errors import InputError, InvalidFactsError, LimitError
from coregs._gate import DEFAULT_LIMITS, Limits, read_json
from coregs.calendar import BusinessCalendar, Closure, Layer, calendar_named

if TYPE_CHECKING:  # pydantic is imported by the commands that read case files, not by all
    from coregs._model import Facts
    from coregs._options import Interpretation

__all__ = [
    "AddParser",
    "CommandFn",
    "add_calendar_options",
    "add_limit_option",
    "calendar_from_args",
    "iso_date",
    "limits_from_args",
    "load_facts",
    "print_json",
    "print_options",
    "read_facts",
    "read_input",
]

CommandFn = Callable[[argparse.Namespace], int]
AddParser = Callable[["argparse._SubParsersAction[Any]", str], None]
"""Adds one command's parser (with the given help) to the CLI's subparsers."""
_F = TypeVar("_F", bound="Facts")
_T = TypeVar("_T")
_LIMITS = tuple(f.name for f in fields(Limits))
_WHOLE_DOCUMENT = frozenset({"json_invalid", "utf8_invalid"})


def _describe(path: Path, what: str) -> str:
    return f"{what} (standard input)" if str(path) == "-" else f"{what} {path}"


def read_input(path: Path, limits: Limits, what: str) -> bytes:
    """The bytes of ``path`` (``-``: standard input), refused past ``limits.max_bytes`` before
    they are read. Errors name the path (the caller's own argument) and the cause."""
    where = _describe(path, what)
    if str(path) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read(limits.max_bytes + 1) if stream is not None else None
        if data is None:  # a text stream (tests, embedding): read it and encode it
            data = sys.stdin.read(limits.max_bytes + 1).encode("utf-8", "surrogatepass")
        if len(data) > limits.max_bytes:
            raise LimitError(where, "max_bytes", limits.max_bytes, "bytes")
        return bytes(data)
    problem = None
    try:
        if path.stat().st_size > limits.max_bytes:
            raise LimitError(where, "max_bytes", limits.max_bytes, "bytes")
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        problem = "not found"
    except IsADirectoryError:
        problem = "is a directory, not a file"
    except PermissionError:
        problem = "not readable (permission denied)"
    except OSError as exc:
        problem = f"cannot be read ({exc.strerror or errno.errorcode.get(exc.errno or 0, 'error')})"
    raise InputError(where, problem)


def load_facts(path: Path, model: type[_F], what: str, limits: Limits = DEFAULT_LIMITS) -> _F:
    """Read a JSON facts file (``-``: standard input) and validate it through the gate.

    Errors name the file (the caller's own argument) and the field, never a value; a limit's
    error says which ``--limit`` raises it.
    """
    return read_facts(path, model.parse_json, what, limits)


def read_facts(path: Path, parse_json: Callable[..., _T], what: str, limits: Limits) -> _T:
    """As :func:`load_facts`, with the function that reads the document
    (``parse_json(data, limits=...)``): a model's ``parse_json``, or one that reads several
    shapes."""
    where = _describe(path, what)
    try:
        return parse_json(read_input(path, limits, what), limits=limits)
    except LimitError as exc:
        error = InputError(where, f"{exc.problem}; --limit {exc.limit}=N raises it")
    except InvalidFactsError as exc:
        whole = [p for p in exc.problems if p.type in _WHOLE_DOCUMENT]
        error = InputError(where, whole[0].message if whole else str(exc))
    raise error


def add_limit_option(parser: argparse.ArgumentParser) -> None:
    """``--limit NAME=N`` (repeatable): change one of the input limits (:class:`coregs.Limits`)."""
    defaults = ", ".join(f"{n} {getattr(DEFAULT_LIMITS, n):,}" for n in _LIMITS)
    parser.add_argument(
        "--limit",
        action="append",
        type=_limit,
        default=[],
        metavar="NAME=N",
        help=f"change an input limit (repeatable); defaults: {defaults}",
    )


def _limit(text: str) -> tuple[str, int]:
    name, sep, value = text.partition("=")
    if not sep or name.strip() not in _LIMITS or not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"expected NAME=N with NAME one of {', '.join(_LIMITS)}")
    return name.strip(), int(value)


def limits_from_args(args: argparse.Namespace) -> Limits:
    """The limits ``--limit`` sets, the others at their defaults."""
    return Limits(**{**{n: getattr(DEFAULT_LIMITS, n) for n in _LIMITS}, **dict(args.limit)})


def iso_date(text: str) -> date:
    """argparse type: an ISO date (the message names the format, not the value)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            "expected an ISO date YYYY-MM-DD that exists on the calendar"
        ) from None


def add_calendar_options(parser: argparse.ArgumentParser) -> None:
    """``--calendar`` (a shipped calendar) and ``--closures FILE`` (a caller layer on top)."""
    parser.add_argument(
        "--calendar",
        default="legal",
        choices=["legal", "state-offices", "statute"],
        help="legal: Colorado legal holidays as observed (default); state-offices: plus "
        "governor's holidays; statute: legal holidays, Sunday -> Monday shifts only",
    )
    parser.add_argument(
        "--closures",
        type=Path,
        metavar="FILE",
        help='JSON list of local closures [{"date": "2026-03-30", "name": "...", '
        '"source": "..."}] added on top of the calendar',
    )


def _load_closures(path: Path) -> tuple[Closure, ...]:
    data = read_input(path, DEFAULT_LIMITS, "--closures")
    return _closures(read_json(data, what=_describe(path, "--closures")))


def _closures(raw: Any) -> tuple[Closure, ...]:
    if not isinstance(raw, list):
        raise InputError("--closures", "expected a JSON list of closures")
    out = []
    for i, item in enumerate(raw):
        where = f"--closures[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise InputError(where, 'expected an object with "date" and "name"')
        try:
            day = date.fromisoformat(str(item.get("date")))
        except ValueError:
            raise InputError(f"{where}.date", "expected an ISO date YYYY-MM-DD") from None
        source = item.get("source", "supplied by the caller")
        if not item["name"].strip() or not isinstance(source, str):
            raise InputError(where, '"name" must be non-empty and "source" a string')
        out.append(Closure(day, item["name"], Layer.LOCAL, source))
    return tuple(out)


def calendar_from_args(args: argparse.Namespace) -> BusinessCalendar:
    """The calendar the options name."""
    cal = calendar_named(args.calendar)
    if args.closures is not None:
        cal = cal.with_closures(
            _load_closures(args.closures), name=f"{cal.name} + {args.closures.name}"
        )
    return cal


def print_json(value: Any) -> None:
    """Write ``value`` as indented JSON to stdout."""
    json.dump(to_jsonable(value), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def print_options(options: Iterable[Interpretation[Any]], *, reasons: bool = False) -> None:
    """Each interpretation option: its question, its readings (the default marked) and, with
    ``reasons``, why the default was picked."""
    for o in options:
        print(f"{o.name} (default {o.default!r}; {o.citation})")
        print(textwrap.fill(o.question, 96, initial_indent="  ", subsequent_indent="  "))
        for c in o.choices:
            mark = " (default)" if c.value == o.default else ""
            print(
                textwrap.fill(
                    f"- {c.value}{mark}: {c.meaning}",
                    96,
                    initial_indent="    ",
                    subsequent_indent="      ",
                )
            )
        if reasons:
            print(
                textwrap.fill("why: " + o.reason, 96, initial_indent="  ", subsequent_indent="  ")
            )
