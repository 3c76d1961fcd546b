"""Write the output of every shipped example through every CLI command and format to a folder.

A refactor that must not change behaviour is checked by running this before and after and
comparing the folders byte for byte::

    python tools/cli_snapshot.py /tmp/before      # on the old commit
    python tools/cli_snapshot.py /tmp/after       # on the new one
    diff -r /tmp/before /tmp/after

Each file holds the exit status, stdout and stderr of one command. Not a CI step: the examples'
expected outputs are pinned by the test suite; this is the wider net a refactor is judged by.
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

from coregs.cli import main

ROOT = Path(__file__).resolve().parent.parent
EX = ROOT / "examples"
AS_OF = ("2026-12-01", "2025-06-30", "2027-09-15")

CASES = ("case-late-and-overdue.json", "case-on-time.json")
FACTS = tuple(sorted(p.name for p in EX.glob("iv-e-*.json")))


def commands() -> list[list[str]]:
    """Every command line the snapshot runs."""
    out: list[list[str]] = []
    for year in ("2019", "2020", "2026"):
        for cal in ("legal", "state-offices", "statute"):
            out += [
                ["calendar", year, "--calendar", cal],
                ["calendar", year, "--calendar", cal, "--json"],
            ]
    out += [
        ["calendar", "2026", "--compare"],
        ["calendar", "2026", "--closures", str(EX / "county-closures.json")],
    ]
    for trig, period in (
        ("2026-11-20", "5 working days"),
        ("2026-12-31", "thirty (30) calendar days"),
        ("2026-01-31", "1 month"),
        ("2026-07-03", "2 business days"),
    ):
        for roll in ("none", "forward", "backward"):
            out += [
                ["due", trig, period, "--roll", roll],
                ["due", trig, period, "--roll", roll, "--json"],
            ]
    for day in ("2026-03-31", "2026-07-03", "2026-11-27", "2020-10-05"):
        out += [["is-business-day", day], ["is-business-day", day, "--json"]]
    out += [
        ["rules"],
        ["rules", "--json"],
        ["rules", "--markdown"],
        ["rules", "options"],
        ["rules", "--section", "7.601.71"],
        ["rules", "--actor", "court"],
        ["rules", "--unit", "working days"],
        ["rules", "--as-of", "2016-01-01"],
    ]
    ids = [r.id for r in __import__("coregs").RULEBOOK]
    for rid in ids:
        out += [
            ["rules", "show", rid],
            ["rules", "due", rid, "2026-11-20"],
            ["rules", "due", rid, "2026-11-20", "--json"],
        ]
    for case in CASES:
        for as_of in AS_OF:
            for fmt in ([], ["--json"], ["--csv"]):
                out.append(["check", str(EX / case), "--as-of", as_of, *fmt])
    for facts in FACTS:
        for as_of in AS_OF:
            for extra in (
                [],
                ["--json"],
                ["--csv"],
                ["--funding"],
                ["--compliance"],
                ["--budget"],
                ["--funding", "--json"],
                ["--compliance", "--json"],
            ):
                out.append(["iv-e", str(EX / facts), "--as-of", as_of, *extra])
    out += [["iv-e", "--list-options"], ["schema", "iv-e"], ["schema", "case"]]
    return out


def run(argv: list[str]) -> str:
    """Exit status, stdout and stderr of one command, as text."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            status = main(argv)
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
    head = f"$ coregs {' '.join(argv)}\nexit {status}\n"
    return f"{head}--- stdout\n{stdout.getvalue()}--- stderr\n{stderr.getvalue()}"


def snapshot(folder: Path) -> int:
    """Write one file per command into ``folder``; returns how many."""
    folder.mkdir(parents=True, exist_ok=True)
    cmds = commands()
    for i, argv in enumerate(cmds):
        text = run(argv).replace(str(ROOT), "<root>")
        (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")
    return len(cmds)


if __name__ == "__main__":
    n = snapshot(Path(sys.argv[1]))
    print(f"{n} command outputs written to {sys.argv[1]}")
