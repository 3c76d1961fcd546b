"""``coregs iv-e`` (a determination from a facts file) and ``coregs schema`` (JSON Schemas)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, TypeAdapter

from coregs._errors import InputError
from coregs._options import resolve_options
from coregs.cli._common import (
    AddParser,
    add_limit_option,
    iso_date,
    limits_from_args,
    print_json,
    print_options,
    read_facts,
)
from coregs.compliance import Case
from coregs.eligibility import (
    ALL_OPTIONS,
    IVE_OPTIONS,
    IVE_RULEBOOK,
    IVEFacts,
    IVEHistory,
    afdc_budget,
    determine_funding,
    determine_iv_e,
    determine_iv_e_history,
    iv_e_compliance,
    parse_iv_e_json,
)

__all__ = ["PARSERS", "add_iv_e_settings", "iv_e_schema", "json_schema"]

_SCHEMAS: dict[str, type[BaseModel]] = {"iv-e": IVEFacts, "case": Case}
"""The input files; ``iv-e`` also reads a history (:func:`iv_e_schema`)."""


def _option(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip() or not value.strip():
        raise argparse.ArgumentTypeError(
            "expected NAME=VALUE, e.g. resource_comparison=not-more-than"
        )
    return name.strip(), value.strip()


_IV_E_OPTIONS = tuple({o.name: o for o in (*IVE_OPTIONS, *IVE_RULEBOOK.interpretations)}.values())
"""Every option that can change what ``coregs iv-e`` prints: the evaluator's, and those of the
rules of 7.601.71-73 (the ledger's redeterminations, the SSI and Emergency Assistance due dates,
and --compliance)."""


def cmd_iv_e(args: argparse.Namespace) -> int:
    if args.list_options:
        print_options(_IV_E_OPTIONS, reasons=True)
        return 0
    if args.facts is None or args.as_of is None:
        raise InputError("coregs iv-e", "needs a facts file and --as-of (or --list-options)")
    read = read_facts(args.facts, parse_iv_e_json, "facts file", limits_from_args(args))
    if isinstance(read, IVEHistory):
        return _history(args, read)
    facts = read
    options = resolve_options(ALL_OPTIONS, dict(args.option))  # checked once, for every part
    effective: Literal["strict", "lenient"] = "lenient" if args.lenient else "strict"
    if args.budget:
        print(afdc_budget(facts, as_of=args.as_of, options=options).render())
        return 0
    funding = (
        determine_funding(facts, as_of=args.as_of, options=options, effective=effective)
        if args.funding
        else None
    )
    det = (
        funding.iv_e
        if funding is not None
        else determine_iv_e(facts, as_of=args.as_of, options=options, effective=effective)
    )
    report = (
        iv_e_compliance(facts, as_of=args.as_of, options=options, effective=effective)
        if args.compliance
        else None
    )
    if args.json:
        out: dict[str, Any] = funding.to_dict() if funding is not None else det.to_dict()
        if report is not None:
            out["compliance"] = report.to_dict()
        print_json(out)
    elif args.csv:
        _print_csv(det.to_records())
    else:
        print(funding.render() if funding is not None else det.render())
        if report is not None:
            print()
            print(report.render())
    return 0


def _history(args: argparse.Namespace, history: IVEHistory) -> int:
    """``coregs iv-e`` on a history: every episode, the months that span them; with
    ``--compliance``, each episode's time frames; with ``--budget``, each episode's worksheet."""
    options = resolve_options(ALL_OPTIONS, dict(args.option))  # checked once, for every part
    effective: Literal["strict", "lenient"] = "lenient" if args.lenient else "strict"
    det = determine_iv_e_history(history, as_of=args.as_of, options=options, effective=effective)
    if args.budget:
        for e in det.episodes:
            print(f"Episode {e.index}")
            if e.carried:
                print(f"  the AFDC test is carried over ({e.link.citation}): no worksheet")
            else:
                facts = history.episode_facts(e.index)
                print(afdc_budget(facts, as_of=args.as_of, options=options).render())
        return 0
    reports = (
        [
            iv_e_compliance(
                history.episode_facts(e.index),
                as_of=args.as_of,
                options=options,
                effective=effective,
            )
            for e in det.episodes
        ]
        if args.compliance
        else []
    )
    if args.json:
        out = det.to_dict(funding=args.funding)
        for episode, report in zip(out["episodes"], reports, strict=False):
            episode["compliance"] = report.to_dict()
        print_json(out)
    elif args.csv:
        _print_csv(det.to_records())
    else:
        print(det.render(funding=args.funding))
        for i, report in enumerate(reports):
            print(f"\nEpisode {i}")
            print(report.render())
    return 0


def _print_csv(records: list[dict[str, Any]]) -> None:
    """One CSV row per month, under a header of the records' keys."""
    writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]) if records else ["month"])
    writer.writeheader()
    writer.writerows(records)


def iv_e_schema() -> dict[str, Any]:
    """The JSON Schema of what ``coregs iv-e`` reads: one episode's facts, or a history (a
    document with ``episodes``), exactly as :func:`coregs.eligibility.parse_iv_e` reads them."""
    schema = TypeAdapter(IVEFacts | IVEHistory).json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Title IV-E facts: one episode, or a child's history of episodes",
        **schema,
    }


def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an input file: the model's own, which states what
    ``model.parse`` accepts. No ``$id``: the schema has no published address to claim."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema()}


def cmd_schema(args: argparse.Namespace) -> int:
    schema = iv_e_schema() if args.model == "iv-e" else json_schema(_SCHEMAS[args.model])
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0


def add_iv_e_settings(p: argparse.ArgumentParser) -> None:
    """``--option`` and ``--lenient``: what a determination is computed with (``coregs iv-e``
    and ``coregs batch iv-e``)."""
    p.add_argument(
        "--option",
        action="append",
        type=_option,
        default=[],
        metavar="NAME=VALUE",
        help="override an interpretation option (repeatable): any of the evaluator's or the "
        "rule catalog's, one set for the determination, --funding and --compliance; list them "
        "with --list-options",
    )
    p.add_argument(
        "--lenient",
        action="store_true",
        help="evaluate a stay that began before the text took effect (2015-01-01)",
    )


def _iv_e_parser(sub: argparse._SubParsersAction[Any], help_: str) -> None:
    p = sub.add_parser("iv-e", help=help_)
    p.add_argument(
        "facts",
        type=Path,
        nargs="?",
        help="a facts JSON file: one episode, or a child's history of episodes (see examples/); "
        "- reads stdin",
    )
    p.add_argument("--as-of", type=iso_date, help="the evaluation date")
    add_iv_e_settings(p)
    p.add_argument(
        "--funding", action="store_true", help="add the other funding sources (71.J, M; 72-74)"
    )
    p.add_argument(
        "--compliance",
        action="store_true",
        help="add the compliance findings of 7.601.71-73 (45-day determination, ...)",
    )
    p.add_argument(
        "--budget",
        action="store_true",
        help="print only the AFDC budget worksheet (it shows income figures: confidential)",
    )
    p.add_argument(
        "--list-options",
        action="store_true",
        help="every option that can change the output (the evaluator's and the rules' of "
        "7.601.71-73)",
    )
    add_limit_option(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="the whole determination as JSON")
    out.add_argument("--csv", action="store_true", help="one CSV row per month")
    p.set_defaults(func=cmd_iv_e)


def _schema_parser(sub: argparse._SubParsersAction[Any], help_: str) -> None:
    p = sub.add_parser("schema", help=help_)
    p.add_argument("model", choices=sorted(_SCHEMAS), help="iv-e: Title IV-E facts; case: a case")
    p.set_defaults(func=cmd_schema)


PARSERS: dict[str, AddParser] = {"iv-e": _iv_e_parser, "schema": _schema_parser}
"""``iv-e`` and ``schema``, each adding its parser to the CLI."""
