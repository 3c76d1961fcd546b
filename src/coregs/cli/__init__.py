"""The ``coregs`` command line: a thin edge around the pure core.

Bad input (an unparsable date, an unknown period unit, a year out of range, an invalid case
file) prints one line on stderr and exits with status 2, never a traceback. No message echoes a
case value; each names the argument or field and what was expected.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from coregs._errors import CoregsError
from coregs.cli import _calendar, _eligibility, _rules

__all__ = ["main"]

EXIT_USAGE = 2
EXIT_INTERNAL = 70


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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = _Parser(
        prog="coregs",
        description="Colorado child-welfare rules (12 CCR 2509-7.601) as code.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _calendar.register(sub)
    _rules.register(sub)
    _eligibility.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 2 bad input, 70 internal error)."""
    args = build_parser().parse_args(argv)
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
