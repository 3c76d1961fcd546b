"""The ``coregs`` command line: a thin edge around the pure core.

Bad input (an unparsable date, an unknown period unit, a year out of range, an invalid case
file) prints one line on stderr and exits with status 2, never a traceback. No message echoes a
case value; each names the argument or field and what was expected.

Start-up: every command lives in a module that is imported only when that command runs, so
``coregs is-business-day`` loads the calendar and nothing else (no pydantic, no rule catalog).
:data:`COMMANDS` lists each command, its module and its one-line help; the top-level ``--help``
is built from that table alone.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from coregs._errors import CoregsError

__all__ = ["COMMANDS", "build_parser", "main"]

EXIT_USAGE = 2
EXIT_INTERNAL = 70

COMMANDS: dict[str, tuple[str, str]] = {
    "calendar": (
        "coregs.cli._calendar",
        "list a year's closures with weekday, layer and source",
    ),
    "due": ("coregs.cli._calendar", "a due date and the days skipped to reach it"),
    "is-business-day": ("coregs.cli._calendar", "whether a day is a business day, and why"),
    "rules": (
        "coregs.cli._rules",
        "list the rules (filter by section, actor, unit); show one; count a due date",
    ),
    "check": ("coregs.cli._rules", "check a case file against every rule as of a date"),
    "iv-e": (
        "coregs.cli._eligibility",
        "a Title IV-E determination (and month-by-month timeline) from a facts file",
    ),
    "schema": ("coregs.cli._eligibility", "the JSON Schema of an input file"),
    "batch": (
        "coregs.cli._batch",
        "check or determine a whole caseload (JSON Lines, a folder, an event table)",
    ),
    "serve": ("coregs.cli._serve", "serve coregs over HTTP (needs coregs[serve])"),
    "test": (
        "coregs.cli._test",
        "run policy cases written in YAML (docs/testing.md); exit 1 if any fails",
    ),
}
"""Each command: the module that implements it (imported only when it runs) and its help."""


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _one_line(text: str) -> str:
    """``text`` with control characters escaped (``\\n``): an error is one line, whatever
    argument it names."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE, _one_line(f"coregs: error: {message} (see '{self.prog} --help')") + "\n"
        )


def _version() -> str:
    from coregs import __version__  # noqa: PLC0415 - `import coregs` is nearly free

    return f"coregs {__version__}"


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser, with ``command`` (if any) fully registered.

    The other commands are listed (for ``--help``) but their modules are not imported: that is
    what keeps a single command's start-up down to what it uses.
    """
    parser = _Parser(
        prog="coregs",
        description="Colorado child-welfare rules (12 CCR 2509-7.601) as code.",
    )
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module, help_) in COMMANDS.items():
        if name == command:
            importlib.import_module(module).PARSERS[name](sub, help_)
        else:
            sub.add_parser(name, help=help_, add_help=False)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names (its first word that is not an option), if it is one."""
    for word in argv:
        if not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 2 bad input, 70 internal error)."""
    words = sys.argv[1:] if argv is None else list(argv)
    command = _command_in(words)
    args = build_parser(command).parse_args(words)
    try:
        status: int = args.func(args)
    except BrokenPipeError:
        # the reader (head, less) went away: not an error of ours; keep Python from
        # complaining again when it flushes stdout at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except CoregsError as exc:
        print(_one_line(f"coregs: error: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        if os.environ.get("COREGS_DEBUG"):
            raise
        print(
            f"coregs: internal error ({type(exc).__name__}); set COREGS_DEBUG=1 for a traceback",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
