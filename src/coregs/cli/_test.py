"""``coregs test FILES...``: run policy cases written in YAML and explain each mismatch."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coregs._errors import InputError
from coregs.cli._common import AddParser

__all__ = ["PARSERS"]

EXIT_FAILED = 1


def cmd_test(args: argparse.Namespace) -> int:
    from coregs.testing import run_policy_files  # noqa: PLC0415 - loads PyYAML on use

    try:
        results = run_policy_files(args.files, name_filter=args.k)
    except ImportError as exc:
        raise InputError("coregs test", str(exc)) from None
    if not results:
        raise InputError("FILES", "no policy case found (or none matches -k)")
    failed = [r for r in results if not r.passed]
    for result in results:
        if args.verbose or not result.passed:
            print(result.render())
    files = len({r.case.source for r in results})
    summary = (
        f"{len(results)} case{'s' if len(results) != 1 else ''} in {files} "
        f"file{'s' if files != 1 else ''}: {len(results) - len(failed)} passed, "
        f"{len(failed)} failed"
    )
    print(summary, file=sys.stdout if not failed else sys.stderr)
    return EXIT_FAILED if failed else 0


def _test_parser(sub: argparse._SubParsersAction[Any], help_: str) -> None:
    p = sub.add_parser("test", help=help_)
    p.add_argument(
        "files", nargs="+", type=Path, metavar="FILES", help="YAML files, or folders to search"
    )
    p.add_argument("-k", metavar="TEXT", help="run only the cases whose name contains TEXT")
    p.add_argument("-v", "--verbose", action="store_true", help="also list the passing cases")
    p.set_defaults(func=cmd_test)


PARSERS: dict[str, AddParser] = {"test": _test_parser}
"""``test``, adding its parser to the CLI."""
