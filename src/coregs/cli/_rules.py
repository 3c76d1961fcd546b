"""``coregs rules`` (list, show, due) and ``coregs check`` (a case file's findings)."""

from __future__ import annotations

import argparse
import csv
import sys
import textwrap
from pathlib import Path
from typing import Any

from coregs._errors import InputError
from coregs.calendar import BusinessCalendar
from coregs.cli._common import (
    add_limit_option,
    calendar_from_args,
    iso_date,
    limits_from_args,
    load_facts,
    print_json,
    print_options,
)
from coregs.compliance import Case, check_case
from coregs.periods import Unit
from coregs.rules import RULEBOOK, Actor, Rule, Rulebook
from coregs.rules.crosswalk import describe_period, render_crosswalk

__all__ = ["register"]

_CALENDARS = ("legal", "state-offices", "statute")


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


def _options_and_calendar(
    args: argparse.Namespace,
) -> tuple[dict[str, str], BusinessCalendar | None]:
    overrides = dict(args.option)
    named = overrides.get("working_days_calendar")
    if args.calendar is not None:
        if named is not None and named != args.calendar:
            raise InputError("--calendar", "conflicts with --option working_days_calendar")
        overrides["working_days_calendar"] = args.calendar
    if args.closures is None:
        return overrides, None
    base = overrides.pop("working_days_calendar", "legal")
    if base == "caller":
        raise InputError("--closures", "needs a named calendar to add the closures to")
    cal = calendar_from_args(argparse.Namespace(calendar=base, closures=args.closures))
    return overrides, cal


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
    lines += _wrap("period", describe_period(rule))
    if rule.recurrence is not None:
        r = rule.recurrence
        how = f"counted from the {r.anchor.value}"
        lines += _wrap("recurs", how + (f" (option {r.anchor_option})" if r.anchor_option else ""))
    lines += _wrap("trigger", rule.trigger.describe(defaults))
    lines += _wrap("satisfied by", " or ".join(m.describe() for m in rule.satisfied_by))
    lines += _wrap("actor", rule.actor.value + (f" ({rule.actor_note})" if rule.actor_note else ""))
    for a in rule.applies_if:
        lines += _wrap("applies if", f'{a.description} ("{a.quote}")')
    for e in rule.exceptions:
        lines += _wrap("exception", f'"{e.quote}" ({e.citation}) {e.note}')
    lines += _wrap(
        "consequence", f'"{rule.consequence.text}"' if rule.consequence else "none stated"
    )
    if rule.ends is not None:
        ends = " or ".join(m.describe() for m in rule.ends.any_of)
        lines += _wrap("ends when", f"{ends}: {rule.ends.reason}")
    lines += _wrap("roll", rule.roll.value + (f": {rule.roll_basis}" if rule.roll_basis else ""))
    lines += _wrap("effective", f"{rule.effective_text()} ({rule.effective_basis})")
    lines += _wrap("source", f"{rule.source.title}, {rule.source.version}")
    for q in rule.related:
        lines += _wrap("related", f'{q.citation}: "{q.text}"')
    for err in rule.errata:
        target = (
            f"; cited as {err.cited_as!r}, resolves to {err.resolves_to}" if err.cited_as else ""
        )
        lines += _wrap("erratum", f'{err.citation}: "{err.text}"{target}. {err.note}')
    for n in rule.notes:
        lines += _wrap("note", n)
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
    rule = RULEBOOK.get(args.key)
    overrides, cal = _options_and_calendar(args)
    deadline = rule.due(args.trigger, calendar=cal, options=overrides, occurrence=args.occurrence)
    if args.json:
        print_json(
            {
                "rule_id": rule.id,
                "citation": rule.citation,
                "trigger": deadline.trigger,
                "occurrence": deadline.occurrence,
                "due": deadline.due,
                "period": str(deadline.period) if deadline.period else None,
                "calendar": deadline.calendar,
                "skipped": [{"date": d.date, "name": d.name} for d in deadline.skipped],
                "options": [
                    {"name": c.name, "value": c.value, "default": c.is_default}
                    for c in deadline.options.chosen
                ],
                "steps": deadline.steps(),
            }
        )
        return 0
    print(deadline.explain())
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
    overrides, cal = _options_and_calendar(args)
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


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``rules`` and ``check`` to the CLI."""
    p = sub.add_parser(
        "rules", help="list the rules (filter by section, actor, unit); show one; count a due date"
    )
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
    _add_option_args(q)
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(func=cmd_rules_due)

    q = rsub.add_parser("options", help="the interpretation options, defaults and choices")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(func=cmd_rules_options)

    p = sub.add_parser("check", help="check a case file against every rule as of a date")
    p.add_argument("case", type=Path, help="a case JSON file (see examples/); - reads stdin")
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
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="the whole report as JSON")
    out.add_argument("--csv", action="store_true", help="one CSV row per finding")
    p.add_argument("--all", action="store_true", help="list every finding in the text report")
    p.add_argument("--explain", action="store_true", help="add each finding's counting steps")
    add_limit_option(p)
    p.set_defaults(func=cmd_check)
