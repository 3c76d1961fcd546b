"""``coregs calendar``, ``coregs due`` and ``coregs is-business-day``."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from typing import Any

from coregs._display.records import calendar_year, day_record, due_date_record
from coregs._errors import InputError
from coregs.calendar import python_holidays_divergences, to_icalendar
from coregs.cli._common import (
    AddParser,
    add_calendar_options,
    calendar_from_args,
    iso_date,
    print_json,
)
from coregs.periods import Period, Roll, due_date

__all__ = ["PARSERS"]


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a year such as 2026") from None


def _stamp() -> datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` (reproducible builds' convention) when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return datetime.now(UTC)
    try:
        return datetime.fromtimestamp(int(epoch), UTC)
    except (ValueError, OverflowError, OSError):
        raise InputError("SOURCE_DATE_EPOCH", "expected whole seconds since 1970") from None


def cmd_calendar(args: argparse.Namespace) -> int:
    cal = calendar_from_args(args)
    if args.ics:
        sys.stdout.write(to_icalendar(cal, args.year, stamp=_stamp()))
        return 0
    closures = cal.closures_in(args.year)
    open_days = cal.commemorations_in(args.year)
    divergences = python_holidays_divergences([args.year], cal) if args.compare else ()
    if args.json:
        print_json(calendar_year(cal, args.year, compare=args.compare))
        return 0
    print(f"{cal.name}: {args.year} ({len(closures)} closures)")
    print(f"  {cal.description}")
    for c in closures:
        name = c.name + (f" ({c.partial})" if c.partial else "")
        if c.observed:
            assert c.holiday_date is not None
            name += f" (observed; falls on {c.holiday_date.strftime('%a %Y-%m-%d')})"
        source = c.source + (f"; observed per {c.shift_basis}" if c.shift_basis else "")
        print(f"{c.date.isoformat()}  {c.weekday[:3]}  {name:<62} {c.layer.value:<21} {source}")
    for m in open_days:
        print(f"{m.date.isoformat()}  {m.date.strftime('%a')}  {m.name} - OPEN ({m.source})")
    if args.compare:
        print(f"python-holidays US(subdiv='CO') differs on {len(divergences)} weekday(s):")
        for d in divergences:
            print(f"  {d.describe()}")
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    cal = calendar_from_args(args)
    result = due_date(args.trigger, Period.parse(args.period), calendar=cal, roll=Roll(args.roll))
    if args.json:
        print_json(due_date_record(result))
        return 0
    print(result.explain())
    return 0


def cmd_is_business_day(args: argparse.Namespace) -> int:
    cal = calendar_from_args(args)
    info = cal.explain(args.date)
    if args.json:
        print_json(day_record(info))
        return 0
    print("yes" if info.is_business_day else "no")
    print(info.explain())
    return 0


def _calendar_parser(sub: argparse._SubParsersAction[Any], help_: str) -> None:
    p = sub.add_parser("calendar", help=help_)
    p.add_argument("year", type=_year, help="a year in 2000-2100")
    p.add_argument("--compare", action="store_true", help="also list where python-holidays differs")
    add_calendar_options(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="machine-readable output")
    out.add_argument(
        "--ics",
        action="store_true",
        help="the closures as iCalendar (RFC 5545) to subscribe to, each with its legal basis "
        "(DTSTAMP: now, or SOURCE_DATE_EPOCH)",
    )
    p.set_defaults(func=cmd_calendar)


def _due_parser(sub: argparse._SubParsersAction[Any], help_: str) -> None:
    p = sub.add_parser("due", help=help_)
    p.add_argument("trigger", type=iso_date, help="day 0, YYYY-MM-DD")
    p.add_argument("period", help='as the regulation words it, e.g. "five (5) working days"')
    p.add_argument(
        "--roll",
        choices=[r.value for r in Roll],
        default=Roll.NONE.value,
        help="move a calendar-day/month due date off a non-business day (default: none)",
    )
    add_calendar_options(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_due)


def _is_business_day_parser(sub: argparse._SubParsersAction[Any], help_: str) -> None:
    p = sub.add_parser("is-business-day", help=help_)
    p.add_argument("date", type=iso_date, help="YYYY-MM-DD")
    add_calendar_options(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_is_business_day)


PARSERS: dict[str, AddParser] = {
    "calendar": _calendar_parser,
    "due": _due_parser,
    "is-business-day": _is_business_day_parser,
}
"""The calendar commands, each adding its parser to the CLI."""
