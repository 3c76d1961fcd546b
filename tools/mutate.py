"""A small mutation tester for coregs' time core: how many simple mutants do the tests kill?

Usage:
    .venv/bin/python tools/mutate.py                       # the four files of the time core
    .venv/bin/python tools/mutate.py src/coregs/periods/_due.py --jobs 2 --show survived

Why a script and not mutmut or cosmic-ray: mutmut 3 copies the sources to ``mutants/`` and runs
the tests there, which an editable install of a ``src/`` layout bypasses (the tests import the
unmutated package: every mutant "survives", mutmut#486); cosmic-ray mutates files in place, one
process start per mutant. This script never writes a source file: each mutant runs in a child
process whose import system serves the mutated module (a ``sys.meta_path`` finder), with the
heavy third-party imports done once in the parent before it forks.

Mutants, one operator at one place at a time (the classic set, as mutmut's): a comparison
flipped (``<`` / ``<=``, ``==`` / ``!=``, ``is`` / ``is not``, ``in`` / ``not in``), ``+`` / ``-``,
``*`` / ``/`` / ``//``, a number plus one, ``True`` / ``False``, ``and`` / ``or``, ``not``
dropped, a string changed (docstrings and ``__all__`` excepted), ``return x`` / ``return None``,
``break`` / ``continue``; none inside an ``@overload`` stub, which never runs. A mutant is
*killed* when the selected tests fail (or time out), and *survives* when they pass. Known
equivalent mutants (they cannot change behaviour) are listed in ``EQUIVALENT`` with the
reason, and reported apart from the score.
"""

from __future__ import annotations

import argparse
import ast
import importlib.abc
import importlib.util
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# the heavy imports, once, before any fork (never coregs itself: each child imports it, with
# the mutant in place)
import holidays  # noqa: F401
import hypothesis  # noqa: F401
import pydantic  # noqa: F401
import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

# each file of the time core, and the tests that exercise it
TARGETS: dict[str, list[str]] = {
    "src/coregs/calendar/_engine.py": [
        "tests/time_core/test_calendar_exact.py",
        "tests/calendar",
        "tests/property/test_calendar_properties.py",
        "tests/periods",
        "tests/time_core/test_columns_exact.py",
    ],
    "src/coregs/periods/_due.py": [
        "tests/time_core/test_periods_exact.py",
        "tests/time_core/test_columns_exact.py",
        "tests/input/test_documented_errors.py",
        "tests/periods",
        "tests/calendar/test_columns.py",
        "tests/property/test_period_properties.py",
    ],
    "src/coregs/periods/_months.py": [
        "tests/time_core/test_periods_exact.py",
        "tests/input/test_documented_errors.py",
        "tests/periods",
        "tests/property/test_period_properties.py",
    ],
    "src/coregs/eligibility/_determination/timeline.py": [
        "tests/time_core/test_timeline_exact.py",
        "tests/eligibility",
        "tests/property/test_eligibility_properties.py",
    ],
}
"""Each file of the time core, and the tests that exercise it (fastest and most exact first:
``-x`` stops at the first failure)."""

_DUE, _MONTHS = "src/coregs/periods/_due.py", "src/coregs/periods/_months.py"
_ENGINE = "src/coregs/calendar/_engine.py"
_TIMELINE = "src/coregs/eligibility/_determination/timeline.py"
_EXTRA_COLUMN = "a thirteenth column of a month's row is never read (_day_counts reads 0 to 11)"
_SLOTS = "slots only saves memory: a frozen dataclass behaves the same with or without __slots__"
_MASK = (
    "the open-day mask then holds more days than the calendar's; it is cut to the calendar's "
    "days on the next line, and compress() stops at the end of range(first, last + 1)"
)
_WINDOW = (
    "the look-around for a holiday observed on another day: every observance coregs applies "
    "moves a holiday by one day, so a window of 3 or 4 days finds the same holidays (a caller's "
    "own closure shifted by exactly 4 days would be found by the mutant only)"
)
EQUIVALENT: dict[tuple[str, str, str], str] = {
    (_DUE, "@dataclass(frozen=True, slots=True)", "slots=True -> False"): _SLOTS,
    (
        _DUE,
        "return tuple(cal.non_business_days(trigger + timedelta(days=1), due))"
        " if due > trigger else ()",
        "Gt -> GtE",
    ): (
        "due == trigger only when no business day is counted; non_business_days(trigger + 1 "
        "day, trigger) is then empty, as the original's ()"
    ),
    (
        _DUE,
        'day0 = columns.Column(trigger, "trigger").ordinals.flat[int(row[1:-1])]',
        "'trigger' changed",
    ): (
        "the field a column that is not one of dates is refused under; this column was read "
        "once already, by the count that raised, so it is never refused here"
    ),
    (_MONTHS, "if day.day <= 28:  # every month has a 28th: no clamp to look up", "LtE -> Lt"): (
        "a fast path: the 28th then takes the general path, min(28, days in the month), which "
        "gives the same day"
    ),
    (_MONTHS, "@dataclass(frozen=True, slots=True, order=True)", "slots=True -> False"): _SLOTS,
    (_MONTHS, "@dataclass(frozen=True, slots=True)", "slots=True -> False"): _SLOTS,
    (_MONTHS, "@lru_cache(maxsize=4096)", "4096 -> 4097"): (
        "the cache's size only bounds how many month values are kept; each is immutable and "
        "equal to any other value of the same month, so a larger cache changes no result"
    ),
    (_ENGINE, "@dataclass(frozen=True, slots=True)", "slots=True -> False"): _SLOTS,
    (
        _ENGINE,
        "is_open = bytearray((_OPEN[start:] + _OPEN[:start]) * ((last - first) // 7 + 1))",
        "FloorDiv -> Mult",
    ): _MASK,
    (
        _ENGINE,
        "is_open = bytearray((_OPEN[start:] + _OPEN[:start]) * ((last - first) // 7 + 1))",
        "1 -> 2",
    ): _MASK,
    (
        _ENGINE,
        "is_open = bytearray((_OPEN[start:] + _OPEN[:start]) * ((last - first) // 7 + 1))",
        "Sub -> Add",
    ): _MASK,
    (_ENGINE, "del is_open[last - first + 1 :]", "Sub -> Add"): _MASK,
    (_ENGINE, "del is_open[last - first + 1 :]", "1 -> 2"): _MASK,
    (
        _ENGINE,
        "days = [o for o in compress(range(first, last + 1), is_open)]  # noqa: C416",
        "1 -> 2",
    ): "the mask has exactly the calendar's days, so compress() stops before the extra one",
    (
        _ENGINE,
        "i = bisect_right(days, o) + n - 1 if n > 0 else bisect_left(days, o) + n",
        "Gt -> GtE",
    ): "n == 0 has already returned the day, above",
    (_ENGINE, "if b >= a:", "GtE -> Gt"): "for a == b both formulas count 0",
    (_ENGINE, "nxt = days[i] if i < len(days) else self._last + 1", "1 -> 2"): (
        "past the last business day the sentinel only bounds a loop that also stops at the "
        "end day, never after the calendar's last day"
    ),
    (_ENGINE, "max(day - timedelta(days=3), date(self._first_year, 1, 1)),", "3 -> 4"): _WINDOW,
    (_ENGINE, "min(day + timedelta(days=3), date(self._last_year, 12, 31)),", "3 -> 4"): _WINDOW,
    (_TIMELINE, "if stop <= first:", "LtE -> Lt"): (
        "stop == first cannot happen through determine_iv_e: a placement starts on or before "
        "as_of and before the discharge date (validation)"
    ),
    (_TIMELINE, "return (), Outcome.UNKNOWN", "return None"): (
        "unreachable through determine_iv_e, for the same reason (stop is always after first)"
    ),
    (_TIMELINE, "if len(run) == 1 and run[0].start <= first:", "LtE -> Lt"): (
        "a single piece starting on the first day is then evaluated as a run, with the same "
        "result: the fixed list only saves work"
    ),
    (
        _TIMELINE,
        "_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # February: isleap",
        "0 -> 1",
    ): "the table is indexed by a month's number, 1 to 12: its first entry is never read",
    (_TIMELINE, "whole_month_admin: bool = False,", "False -> True"): (
        "only another state's child takes the default, and Colorado claims nothing for it: no "
        "month has an administrative day for whole-month to extend"
    ),
    (
        _TIMELINE,
        "if not spans or spans[-1][1] is not columns or spans[-1][2] != reasons:",
        "1 -> 2",
    ): (
        "the test then sets the reasons against the columns, never the same object, so no cut "
        "is ever merged into the one before: merging only saves work, each cut counted alone "
        "gives the same month lines"
    ),
    **{
        (
            _TIMELINE,
            "if len(pieces) == 1 and pieces[0].outcome is NOT_APPLICABLE:  # most tracks",
            mutant,
        ): "only continuing._not_applicable makes a not-applicable piece, always a track's only "
        "piece: no track of more pieces starts with one, and the applicable pieces of a track "
        "that is not skipped are sorted out on the next line anyway (the test only saves work)"
        for mutant in ("Eq -> NotEq", "1 -> 2")
    },
    (
        _TIMELINE,
        "for month, hi in zip(months, (*starts[1:-1], end), strict=True):  "
        "# days in care: lo to hi",
        "strict=True -> False",
    ): "there is a month's end for each month (the calendar has one more start than months): "
    "strict only checks it",
    (_TIMELINE, "if upto >= hi:  # one span holds the month's days in care", "GtE -> Gt"): (
        "a month whose days in care end on its span's last day is then counted by the split-month "
        "path with that one span: the same counts and reasons; the one-span path only saves work"
    ),
    (_TIMELINE, "row = [days] + [0] * 11", "11 -> 12"): _EXTRA_COLUMN,
    (_TIMELINE, "n = [days] + [0] * 11", "11 -> 12"): _EXTRA_COLUMN,
    **{
        (_TIMELINE, f"@lru_cache(maxsize={size})", f"{size} -> {size + 1}"): (
            "a cache's size bounds memory only, never a result"
        )
        for size in (64, 256, 1024)
    },
}
"""(file, the mutated line's code, the mutant) -> why that mutant cannot change behaviour.
Keyed by the code rather than the line number, so an edit elsewhere in the file keeps it; a
mutant listed here that the tests kill is counted killed."""

TIMEOUT = 120  # seconds for one mutant's tests


@dataclass(frozen=True, slots=True)
class Mutant:
    line: int
    description: str
    index: int  # which site, in walk order


_CMP_SWAP: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}
_BIN_SWAP: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.Mod: ast.FloorDiv,
}


def _is_overload(node: ast.AST) -> bool:
    """Whether ``node`` is a function decorated ``@overload`` (or ``@typing.overload``)."""
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return False
    return any(
        (isinstance(d, ast.Name) and d.id == "overload")
        or (isinstance(d, ast.Attribute) and d.attr == "overload")
        for d in node.decorator_list
    )


def _skipped(tree: ast.Module) -> set[int]:
    """ids of nodes never mutated: docstrings, ``__all__``, annotations, ``@overload`` stubs.

    An ``@overload``-decorated function is a signature for the type checker: the definition
    that follows replaces it at once, so its defaults and body never run (only
    ``typing.get_overloads()`` could reach it, and coregs never calls it). A mutant there is
    equivalent by construction.
    """
    skip: set[int] = set()
    for node in ast.walk(tree):
        if _is_overload(node):
            skip.update(id(n) for n in ast.walk(node))
        body = getattr(node, "body", None)
        first = body[0] if isinstance(body, list) and body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
            skip.add(id(first.value))
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            skip.update(id(n) for n in ast.walk(node))
        for annotation in (getattr(node, "annotation", None), getattr(node, "returns", None)):
            if annotation is not None:
                skip.update(id(n) for n in ast.walk(annotation))
        # a string right after a statement (an attribute's docstring)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))
    return skip


def _sites(tree: ast.Module) -> Iterator[tuple[ast.AST, str, object]]:
    """(node, description, what to change) for every mutation site, in walk order."""
    skip = _skipped(tree)
    keyword = {id(k.value): k.arg for n in ast.walk(tree) for k in getattr(n, "keywords", ())}
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if type(op) in _CMP_SWAP:
                    new = _CMP_SWAP[type(op)]
                    yield node, f"{type(op).__name__} -> {new.__name__}", ("cmp", i, new)
        elif isinstance(node, ast.BinOp) and type(node.op) in _BIN_SWAP:
            new = _BIN_SWAP[type(node.op)]
            yield node, f"{type(node.op).__name__} -> {new.__name__}", ("bin", new)
        elif isinstance(node, ast.BoolOp):
            new_op = ast.Or if isinstance(node.op, ast.And) else ast.And
            yield node, f"{type(node.op).__name__} -> {new_op.__name__}", ("bool", new_op)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            yield node, "not dropped", ("not",)
        elif isinstance(node, ast.Constant):
            value = node.value
            named = f"{keyword[id(node)]}=" if keyword.get(id(node)) else ""
            if isinstance(value, bool):
                yield node, f"{named}{value} -> {not value}", ("const", not value)
            elif isinstance(value, int):
                yield node, f"{value} -> {value + 1}", ("const", value + 1)
            elif isinstance(value, str) and value:
                yield node, f"{value[:20]!r} changed", ("const", "XX" + value + "XX")
        elif isinstance(node, ast.Return) and node.value is not None:
            if not (isinstance(node.value, ast.Constant) and node.value.value is None):
                yield node, "return None", ("return",)
        elif isinstance(node, ast.Break):
            yield node, "break -> continue", ("break",)
        elif isinstance(node, ast.Continue):
            yield node, "continue -> break", ("continue",)


def mutants(source: str) -> list[Mutant]:
    tree = ast.parse(source)
    return [
        Mutant(getattr(node, "lineno", 0), description, i)
        for i, (node, description, _) in enumerate(_sites(tree))
    ]


class _Apply(ast.NodeTransformer):
    def __init__(self, target: ast.AST, change: object) -> None:
        self.target, self.change = target, change

    def generic_visit(self, node: ast.AST) -> ast.AST:
        node = super().generic_visit(node)
        if node is not self.target:
            return node
        kind, *rest = self.change  # type: ignore[misc]
        if kind == "cmp":
            i, new = rest
            node.ops[i] = new()  # type: ignore[attr-defined]
        elif kind in ("bin", "bool"):
            node.op = rest[0]()  # type: ignore[attr-defined]
        elif kind == "not":
            return node.operand  # type: ignore[attr-defined,no-any-return]
        elif kind == "const":
            node.value = rest[0]  # type: ignore[attr-defined]
        elif kind == "return":
            node.value = None  # type: ignore[attr-defined]
        elif kind == "break":
            return ast.copy_location(ast.Continue(), node)
        elif kind == "continue":
            return ast.copy_location(ast.Break(), node)
        return node


def mutated_source(source: str, mutant: Mutant) -> str:
    tree = ast.parse(source)
    node, _, change = list(_sites(tree))[mutant.index]
    tree = _Apply(node, change).visit(tree)
    return ast.unparse(ast.fix_missing_locations(tree))


class _Serve(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves one module's source from memory."""

    def __init__(self, name: str, path: Path, source: str) -> None:
        self.name, self.path, self.source = name, path, source

    def find_spec(self, fullname, path=None, target=None):  # type: ignore[no-untyped-def]
        if fullname != self.name:
            return None
        return importlib.util.spec_from_loader(fullname, self, origin=str(self.path))

    def create_module(self, spec):  # type: ignore[no-untyped-def]
        return None

    def exec_module(self, module):  # type: ignore[no-untyped-def]
        module.__file__ = str(self.path)
        exec(compile(self.source, str(self.path), "exec"), module.__dict__)


def _module_name(path: Path) -> str:
    return ".".join(path.resolve().relative_to(SRC).with_suffix("").parts)


def _run_child(module: str, path: Path, source: str, tests: list[str]) -> int:
    """Fork; in the child, serve the mutant and run the tests; the exit status."""
    pid = os.fork()
    if pid == 0:  # the child
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            sys.meta_path.insert(0, _Serve(module, path, source))
            # hypothesis was imported before pytest could mark its plugin for rewriting
            quiet = ["-W", "ignore::pytest.PytestAssertRewriteWarning"]
            args = ["-x", "-q", "-p", "no:cacheprovider", "--no-header", *quiet, *tests]
            code = pytest.main(args)
        except BaseException:
            code = 3
        os._exit(int(code))
    deadline = time.monotonic() + TIMEOUT
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            return -1
        time.sleep(0.05)


def run(path: Path, tests: list[str], jobs: int, show: str) -> tuple[int, int, int]:
    """(killed, survived, equivalent) for the mutants of ``path``."""
    source = path.read_text()
    module = _module_name(path)
    rel = str(path.resolve().relative_to(ROOT))
    todo = mutants(source)
    lines = source.splitlines()
    made = {(rel, lines[m.line - 1].strip(), m.description) for m in todo}
    for key in sorted(k for k in EQUIVALENT if k[0] == rel and k not in made):
        # the code under an entry changed: say so, rather than let it silently match nothing
        print(f"  {rel}: no such mutant any more, EQUIVALENT entry stale: {key[1]!r}: {key[2]}")
    baseline = _run_child(module, path, source, tests)
    if baseline != 0:
        raise SystemExit(f"{rel}: the tests fail without any mutant (status {baseline})")
    killed = survived = equivalent = 0
    running: dict[int, tuple[Mutant, float]] = {}
    queue = list(todo)
    results: list[tuple[Mutant, str]] = []
    while queue or running:
        while queue and len(running) < jobs:
            m = queue.pop(0)
            pid = os.fork()
            if pid == 0:
                status = _run_child(module, path, mutated_source(source, m), tests)
                os._exit(0 if status == 0 else 1)
            running[pid] = (m, time.monotonic())
        pid, status = os.wait()
        m, _ = running.pop(pid)
        alive = os.waitstatus_to_exitcode(status) == 0
        reason = EQUIVALENT.get((rel, lines[m.line - 1].strip(), m.description))
        if alive and reason:
            equivalent += 1
            results.append((m, f"equivalent: {reason}"))
        elif alive:
            survived += 1
            results.append((m, "SURVIVED"))
        else:
            killed += 1
            results.append((m, "killed"))
    for m, verdict in sorted(results, key=lambda r: (r[0].line, r[0].index)):
        if show == "all" or (show == "survived" and verdict != "killed"):
            print(f"  {rel}: line {m.line}: {m.description}: {verdict}")
    # A property test may find, while testing a mutant, an example that fails on the original
    # code too; hypothesis saves it and replays it for every later mutant, which then counts as
    # killed. So the original must still pass at the end, or the score means nothing.
    after = _run_child(module, path, source, tests)
    if after != 0:
        raise SystemExit(
            f"{rel}: the tests fail without any mutant after the run (status {after}): a real "
            "failure was found on the way (a saved hypothesis example?); fix it and run again"
        )
    return killed, survived, equivalent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="files of TARGETS (default: all four)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", choices=["survived", "all", "none"], default="survived")
    args = parser.parse_args()
    sys.path.insert(0, str(SRC))
    os.chdir(ROOT)
    files = args.files or list(TARGETS)
    rows = []
    for name in files:
        rel = str(Path(name).resolve().relative_to(ROOT))
        killed, survived, equivalent = run(ROOT / rel, TARGETS[rel], args.jobs, args.show)
        total = killed + survived
        rows.append((rel, killed, survived, equivalent, 100 * killed / total if total else 100))
    print(f"{'file':<40} {'killed':>7} {'survived':>9} {'equivalent':>11} {'score':>7}")
    for rel, killed, survived, equivalent, score in rows:
        print(f"{rel:<40} {killed:7} {survived:9} {equivalent:11} {score:6.1f}%")


if __name__ == "__main__":
    main()
