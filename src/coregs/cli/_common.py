"""Shared pieces of the command-line edge: argument types, calendar options, JSON output."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from coregs._display.records import to_jsonable
from coregs._errors import InputError
from coregs.calendar import BusinessCalendar, Closure, Layer, calendar_named

if TYPE_CHECKING:  # pydantic is imported by the commands that read case files, not by all
    from coregs._model import Facts
    from coregs._options import Interpretation

__all__ = [
    "AddParser",
    "CommandFn",
    "add_calendar_options",
    "calendar_from_args",
    "iso_date",
    "load_facts",
    "print_json",
    "print_options",
]

CommandFn = Callable[[argparse.Namespace], int]
AddParser = Callable[["argparse._SubParsersAction[Any]", str], None]
"""Adds one command's parser (with the given help) to the CLI's subparsers."""
_F = TypeVar("_F", bound="Facts")


def load_facts(path: Path, model: type[_F], what: str) -> _F:
    """Read and validate a JSON facts file; errors name the file's role and the field, never a
    value."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        raise InputError(what, "cannot read the file") from None
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(what, f"not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    return model.parse_json(text)


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
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise InputError("--closures", "cannot read the file") from None
    except json.JSONDecodeError as exc:
        raise InputError("--closures", f"not valid JSON (line {exc.lineno})") from None
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
