"""``coregs rules`` (list, show, due) and ``coregs check`` (a case file's findings)."""

from __future__ import annotations

import argparse
import csv
import sys
import textwrap
from pathlib import Path
from typing import Any

from coregs._display.records import deadline_record
from coregs._display.rules import describe_period, rule_facts
from coregs._errors import InputError
from coregs._options import Options, resolve_options
from coregs.calendar import BusinessCalendar
from coregs.cli._common import (
    AddParser,
    add_limit_option,
    calendar_from_args,
    iso_date,
    limits_from_args,
    load_facts,
    print_json,
    print_options,
)
from coregs.cli._crosswalk import render_crosswalk
from coregs.compliance import Case, check_case
from coregs.periods import Unit
from coregs.rules import RULEBOOK, Actor, AmbiguousRuleError, Rule, Rulebook
from coregs.rules.catalog import WORKING_DAYS_CALENDAR, WorkingDaysCalendar

__all__ = ["PARSERS", "add_check_settings", "options_and_calendar"]

_CALENDARS = tuple(r.value for r in WorkingDaysCalendar if r is not WorkingDaysCalendar.CALLER)
"""The shipped calendars --calendar names: every reading of working_days_calendar but "caller"."""


def _option(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip() or not value.strip():
        raise argparse.ArgumentTypeError("expected NAME=VALUE, e.g. unqualified_days=working days")
    return name.strip(), value.strip()


def _add_option_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--option",
        action="append",
        type=_option,
        default=[],
        metavar="NAME=VALUE",
        help="override an interpretation option (repeatable); list them with "
        "'coregs rules options'",
    )
    p.add_argument(
        "--calendar",
        choices=_CALENDARS,
        default=None,
        help="the working-days calendar (sets the option working_days_calendar; default legal)",
    )
    p.add_argument(
        "--closures",
        type=Path,
        metavar="FILE",
        help='JSON list of local closures [{"date": "2026-03-30", "name": "...", '
        '"source": "..."}] added on top of the calendar',
    )


def options_and_calendar(
    args: argparse.Namespace,
) -> tuple[dict[str, str] | Options, BusinessCalendar | None]:
    """The ``--option``, ``--calendar`` and ``--closures`` of a rules command, as the options
    and calendar to evaluate with."""
    overrides, cal = _named_calendar(args)
    return one_set_of_options(overrides), cal


def _named_calendar(args: argparse.Namespace) -> tuple[dict[str, str], BusinessCalendar | None]:
    overrides = dict(args.option)
    option = WORKING_DAYS_CALENDAR.name
    named = overrides.get(option)
    if args.calendar is not None:
        if named is not None and named != args.calendar:
            raise InputError("--calendar", f"conflicts with --option {option}")
        overrides[option] = args.calendar
    if args.closures is None:
        return overrides, None
    base = overrides.pop(option, WorkingDaysCalendar.LEGAL)
    if base == WorkingDaysCalendar.CALLER:
        raise InputError("--closures", "needs a named calendar to add the closures to")
    cal = calendar_from_args(argparse.Namespace(calendar=base, closures=args.closures))
    return overrides, cal


def one_set_of_options(overrides: dict[str, str]) -> dict[str, str] | Options:
    """``overrides`` as a rules command takes them: one set of options for every command
    (issue 14 §1), so a Title IV-E option is accepted and recorded as not used. The evaluator's
    options are loaded only when one is named, to keep these commands' start-up short."""
    if overrides.keys() <= {o.name for o in RULEBOOK.interpretations}:
        return overrides
    from coregs.eligibility import ALL_OPTIONS  # noqa: PLC0415 - only when an IV-E option is named

    return resolve_options(ALL_OPTIONS, overrides)


# -- coregs rules ---------------------------------------------------------------------------


def _filtered(args: argparse.Namespace) -> Rulebook:
    book = RULEBOOK
    if args.as_of is not None:
        book = book.as_of(args.as_of)
    return book.filter(section=args.section, actor=args.actor, unit=args.unit)


def cmd_rules(args: argparse.Namespace) -> int:
    if args.markdown:
        sys.stdout.write(render_crosswalk())
        return 0
    book = _filtered(args)
    if args.json:
        print_json([r.model_dump(mode="json") for r in book])
        return 0
    for r in book:
        print(f"{r.short_citation:<18} {r.id:<36} {describe_period(r)}  [{r.actor.value}]")
    print(f"{len(book)} rules; 'coregs rules show ID' for one rule with its quote and options")
    return 0


def _wrap(label: str, text: str) -> list[str]:
    return textwrap.wrap(
        text, width=96, initial_indent=f"  {label:<13}", subsequent_indent=" " * 15
    ) or [f"  {label}"]


def _show(rule: Rule) -> str:
    defaults = RULEBOOK.options()
    lines = [f"{rule.citation}  ({rule.id})", f"  {rule.title}", ""]
    lines += textwrap.wrap(f'"{rule.quote}"', width=96, initial_indent="  ", subsequent_indent="  ")
    lines.append("")
    for label, text in rule_facts(rule, defaults):
        lines += _wrap(label, text)
    for o in rule.interpretations:
        lines.append("")
        lines += _wrap("option", f"{o.name}: {o.question}")
        for c in o.choices:
            mark = " (default)" if c.value == o.default else ""
            lines += _wrap("", f"- {c.value}{mark}: {c.meaning}")
        lines += _wrap("", f"why: {o.reason}")
    return "\n".join(lines)


def cmd_rules_show(args: argparse.Namespace) -> int:
    try:
        rules: tuple[Rule, ...] = (RULEBOOK.get(args.key),)
    except InputError:
        rules = RULEBOOK.by_citation(args.key)
        if not rules:
            raise
    if args.json:
        print_json([r.model_dump(mode="json") for r in rules])
        return 0
    print("\n\n".join(_show(r) for r in rules))
    return 0


def cmd_rules_due(args: argparse.Namespace) -> int:
    """One rule's deadline; for a citation that names several rules, each one's (7.601.81.F.2
    has a court notice and the letters)."""
    try:
        rules: tuple[Rule, ...] = (RULEBOOK.get(args.key),)
    except AmbiguousRuleError as several:
        rules = tuple(RULEBOOK.get(rule_id) for rule_id in several.ids)
    overrides, cal = options_and_calendar(args)
    deadlines = [
        rule.due(
            args.trigger,
            calendar=cal,
            options=overrides,
            occurrence=args.occurrence,
            previous_acts=args.previous_act,
        )
        for rule in rules
    ]
    if args.json:
        records = [deadline_record(d) for d in deadlines]
        print_json(records[0] if len(records) == 1 else records)
        return 0
    print("\n\n".join(d.explain() for d in deadlines))
    return 0


def cmd_rules_options(args: argparse.Namespace) -> int:
    if args.json:
        print_json([o.model_dump(mode="json") for o in RULEBOOK.interpretations])
        return 0
    print_options(RULEBOOK.interpretations)
    return 0


# -- coregs check ---------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    case = load_facts(args.case, Case, "case file", limits_from_args(args))
    overrides, cal = options_and_calendar(args)
    report = check_case(
        case,
        as_of=args.as_of,
        calendar=cal,
        options=overrides,
        due_soon_days=args.due_soon,
        effective="lenient" if args.lenient else "strict",
    )
    if args.json:
        print_json(report.to_dict())
    elif args.csv:
        records = report.to_records()
        writer = csv.DictWriter(sys.stdout, fieldnames=list(_record_fields(records)))
        writer.writeheader()
        writer.writerows(records)
    else:
        print(report.render(all_findings=args.all))
        if args.explain:
            for f in report.findings:
                print()
                print(f.explain())
    return 0


def _record_fields(records: list[dict[str, Any]]) -> dict[str, None]:
    fields: dict[str, None] = {}
    for r in records:
        fields.update(dict.fromkeys(r))
    return fields


def _rules_parser(sub: argparse._SubParsersAction[Any], help_: str) -> None:
    p = sub.add_parser("rules", help=help_)
    p.add_argument("--section", help="a citation prefix, e.g. 7.601.81 or 7.601.6.A")
    p.add_argument("--actor", choices=[a.value for a in Actor], help="who must act")
    p.add_argument(
        "--unit",
        choices=[*(u.value for u in Unit), "none"],
        help="the period's unit ('none': no period stated)",
    )
    p.add_argument("--as-of", type=iso_date, help="only rules in force on this date")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument(
        "--markdown", action="store_true", help="print the crosswalk (docs/crosswalk.md)"
    )
    p.set_defaults(func=cmd_rules)
    rsub = p.add_subparsers(dest="rules_command", metavar="{show,due,options}")

    q = rsub.add_parser("show", help="one rule (or every rule at a citation) with its quote")
    q.add_argument("key", help="a rule id or citation, e.g. 7.601.4.C")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(func=cmd_rules_show)

    q = rsub.add_parser("due", help="a rule's due date from a trigger, with the counting")
    q.add_argument("key", help="a rule id or citation, e.g. 7.601.71.I.1")
    q.add_argument("trigger", type=iso_date, help="day 0, YYYY-MM-DD")
    q.add_argument("--occurrence", type=int, default=1, help="for a recurring rule, which one")
    q.add_argument(
        "--previous-act",
        type=iso_date,
        action="append",
        default=[],
        metavar="DATE",
        help="on a rolling schedule, the act that met each earlier occurrence (repeatable, in "
        "order)",
    )
    _add_option_args(q)
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(func=cmd_rules_due)

    q = rsub.add_parser("options", help="the interpretation options, defaults and choices")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(func=cmd_rules_options)


def add_check_settings(p: argparse.ArgumentParser) -> None:
    """``--as-of``, ``--due-soon``, the options and calendar, ``--lenient``: what a check is
    computed with (``coregs check`` and ``coregs batch check``)."""
    p.add_argument("--as-of", type=iso_date, required=True, help="the evaluation date")
    p.add_argument(
        "--due-soon", type=int, default=7, metavar="DAYS", help="due-soon horizon (default 7)"
    )
    _add_option_args(p)
    p.add_argument(
        "--lenient",
        action="store_true",
        help="report triggers before a rule took effect as not applicable instead of failing",
    )


def _check_parser(sub: argparse._SubParsersAction[Any], help_: str) -> None:
    p = sub.add_parser("check", help=help_)
    p.add_argument("case", type=Path, help="a case JSON file (see examples/); - reads stdin")
    add_check_settings(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="the whole report as JSON")
    out.add_argument("--csv", action="store_true", help="one CSV row per finding")
    p.add_argument("--all", action="store_true", help="list every finding in the text report")
    p.add_argument("--explain", action="store_true", help="add each finding's counting steps")
    add_limit_option(p)
    p.set_defaults(func=cmd_check)


PARSERS: dict[str, AddParser] = {"rules": _rules_parser, "check": _check_parser}
"""``rules`` and ``check``, each adding its parser to the CLI."""
