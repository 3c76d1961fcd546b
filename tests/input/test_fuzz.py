"""Only documented errors, on any input: every public function of ``coregs.__all__`` (and the
parse entry points of the public value types) returns or raises a ``CoregsError``; every CLI
command exits 0, or 2 with one line on stderr; nothing crashes deep inside (exit 70).

The inputs are arbitrary JSON values and strings, dates at the ends of the calendar (years 1
and 9999), huge numbers, deep nesting, bytes that are not UTF-8, duplicate keys, and the
domain's own values and documents, mutated. Example budgets are fixed and modest (the suite
stays fast); no assertion is timed.
"""

from __future__ import annotations

import contextlib
import copy
import inspect
import io
import json
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import coregs
from coregs import CoregsError
from coregs.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"
CASE = json.loads((EXAMPLES / "case-late-and-overdue.json").read_text())
FACTS = json.loads((EXAMPLES / "iv-e-court-ordered.json").read_text())
HISTORY = json.loads((EXAMPLES / "iv-e-history-fyit.json").read_text())

# -- arbitrary values ---------------------------------------------------------------------------

dates = st.one_of(
    st.sampled_from([date.min, date.max, date(1, 12, 31), date(9999, 1, 1), date(2026, 11, 20)]),
    st.dates(),
    st.dates(date(2015, 1, 1), date(2030, 12, 31)),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(-(10**30), 10**30),
    st.floats(),
    st.text(max_size=30),
    st.sampled_from(["", "-", "5 working days", "every 6 months", "2026-13-01", "0" * 5000]),
    dates,
    dates.map(date.isoformat),
    st.datetimes(),
)
json_values = st.recursive(
    scalars.filter(lambda v: not isinstance(v, date | datetime)),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _mutated(doc: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """The document with a top-level member, or a member of its first list item (or of that
    item's first list item: an episode's orders), replaced."""

    @st.composite
    def draw(draw: st.DrawFn) -> dict[str, Any]:
        out = copy.deepcopy(doc)
        key = draw(st.sampled_from(sorted(out)))
        node = out[key]
        if isinstance(node, list) and node and isinstance(node[0], dict) and draw(st.booleans()):
            item = node[draw(st.integers(0, len(node) - 1))]
            inner = draw(st.sampled_from(sorted(item)))
            deeper = item[inner]
            if isinstance(deeper, list) and deeper and isinstance(deeper[0], dict):
                deeper[0][draw(st.sampled_from(sorted(deeper[0])))] = draw(json_values)
            else:
                item[inner] = draw(json_values)
        else:
            out[key] = draw(json_values)
        return out

    return draw()


def _domain() -> list[Any]:
    from coregs import Month, Period, Unit

    return [
        coregs.default_calendar(),
        Period(5, Unit.WORKING_DAYS),
        Period(6, Unit.MONTHS, every=True),
        Period(0, Unit.PROMPTLY),
        Month(2026, 11),
        {"working_days_calendar": "caller"},
        {"unqualified_days": "working days"},
        coregs.RULEBOOK,
        coregs.RULEBOOK.interpretations,
        "strict",
        "lenient",
    ]


arguments = st.one_of(
    scalars,
    json_values,
    st.sampled_from(_domain()),
    st.just(CASE),
    st.just(FACTS),
    st.just(HISTORY),
    _mutated(CASE),
    _mutated(FACTS),
    _mutated(HISTORY),
)

# -- the public API -------------------------------------------------------------------------------


def _is_function(value: Any) -> bool:
    return callable(value) and not isinstance(value, type)  # lru_cache wrappers included


def _public_functions() -> dict[str, Any]:
    functions = {
        name: getattr(coregs, name)
        for name in coregs.__all__
        if _is_function(getattr(coregs, name))
    }
    # the public value types' own entry points
    for owner in (
        "Period",
        "Month",
        "MonthWindow",
        "Limits",
        "Case",
        "Event",
        "IVEFacts",
        "IVEHistory",
    ):
        cls = getattr(coregs, owner)
        functions[owner] = cls if owner in ("Period", "Month", "MonthWindow", "Limits") else None
        for method in ("parse", "parse_json", "preceding", "of"):
            if hasattr(cls, method):
                functions[f"{owner}.{method}"] = getattr(cls, method)
    return {name: f for name, f in functions.items() if f is not None}


FUNCTIONS = _public_functions()


def test_the_fuzzed_surface_is_the_public_api():
    """Every function exported by coregs is fuzzed (a new one joins automatically)."""
    exported = {n for n in coregs.__all__ if _is_function(getattr(coregs, n))}
    assert exported <= set(FUNCTIONS)
    assert len(exported) >= 14


@st.composite
def calls(draw: st.DrawFn) -> tuple[str, list[Any], dict[str, Any]]:
    name = draw(st.sampled_from(sorted(FUNCTIONS)))
    parameters = inspect.signature(FUNCTIONS[name]).parameters.values()
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for p in parameters:
        if p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty:
            args.append(draw(arguments))
        elif p.kind is p.KEYWORD_ONLY and (p.default is p.empty or draw(st.booleans())):
            kwargs[p.name] = draw(arguments)
        elif p.kind is p.POSITIONAL_OR_KEYWORD and draw(st.integers(0, 3)) == 0:
            args.append(draw(arguments))
    return name, args, kwargs


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calls())
def test_every_public_function_returns_or_raises_a_coregs_error(call):
    name, args, kwargs = call
    try:
        result = FUNCTIONS[name](*args, **kwargs)
        if inspect.isgenerator(result):  # occurrences(): draw a few
            for _, _item in zip(range(30), result, strict=False):
                pass
    except CoregsError:
        pass


# -- the CLI ---------------------------------------------------------------------------------------

_FILE = "<FILE>"
_COMMANDS = [
    ["check", _FILE, "--as-of"],
    ["check", _FILE, "--as-of", "2026-12-01", "--json"],
    ["check", _FILE, "--as-of", "2026-12-01", "--csv", "--option"],
    ["check", "-", "--as-of", "2026-12-01", "--explain", "--all"],
    ["iv-e", _FILE, "--as-of"],
    ["iv-e", _FILE, "--as-of", "2026-12-01", "--funding", "--compliance", "--json"],
    ["iv-e", "-", "--as-of", "2026-12-01", "--csv", "--option"],
    ["iv-e", _FILE, "--as-of", "2026-12-01", "--budget", "--limit"],
    ["due"],
    ["due", "2026-11-20"],
    ["due", "2026-11-20", "5 working days", "--roll"],
    ["due", "2026-11-20", "5 working days", "--closures", _FILE],
    ["is-business-day"],
    ["calendar"],
    ["calendar", "2026", "--calendar", "state-offices", "--compare", "--json"],
    ["rules", "--section"],
    ["rules", "show"],
    ["rules", "due", "7.601.4.C"],
    ["rules", "due", "7.601.71.I.1", "2026-11-20", "--occurrence"],
    ["rules", "due", "7.601.4.C", "2026-11-20", "--option"],
    ["schema"],
]

cli_words = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "2026-12-01", "9999-12-31", "0001-01-01", "2026-02-30", "99999999999 days",
            "5 days", "every 6 months", "promptly", "-1", "0", "2147483648", "1" * 5000,
            "working_days_calendar=caller", "unqualified_days=working days", "nope=1",
            "max_bytes=10", "max_depth=1", "max_items=0", "forward", "backward", "--json",
            "legal", "statute", "2000", "2101", "7.601.71", "case", "iv-e",
        ]
    ),
    dates.map(date.isoformat),
)  # fmt: skip
documents = st.one_of(
    json_values.map(json.dumps),
    st.just(json.dumps(CASE)),
    st.just(json.dumps(FACTS)),
    st.just(json.dumps(HISTORY)),
    _mutated(CASE).map(json.dumps),
    _mutated(FACTS).map(json.dumps),
    _mutated(HISTORY).map(json.dumps),
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),
    st.just('{"a": 1, "a": 2}'),
    st.just('{"program_area": ' + "9" * 5000 + "}"),
).map(str.encode) | st.binary(max_size=40)


def _run_cli(argv: list[str], stdin: bytes) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    fake_stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        mock.patch("sys.stdin", fake_stdin),
    ):
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse: usage errors (2) and --help (0)
            status = exc.code if isinstance(exc.code, int) else 2
    return status, out.getvalue(), err.getvalue()


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    command=st.sampled_from(_COMMANDS),
    extra=st.lists(cli_words, max_size=3),
    document=documents,
)
def test_every_cli_command_exits_0_or_2_with_one_line(command, extra, document):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.json"
        path.write_bytes(document)
        argv = [str(path) if word == _FILE else word for word in command] + extra
        status, _out, err = _run_cli(argv, document)
    assert status in (0, 2), (argv, err)
    if status == 2:
        assert err.count("\n") == 1 and "error:" in err, (argv, err)
        assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["calendar", "0"],
        ["calendar", "99999999999999999999"],
        ["is-business-day", "9999-12-31"],
        ["due", "0001-01-01", "5 working days", "--roll", "backward"],
        ["rules", "due", "7.601.71.I.1", "2026-11-20", "--occurrence", "99999999999999"],
        ["rules", "due", "7.601.71.I.1", "2026-11-20", "--occurrence", "0"],
        ["check", "-", "--as-of", "2026-12-01", "--due-soon", "-1"],
    ],
)
def test_edges_of_the_cli(argv):
    status, _out, err = _run_cli(argv, json.dumps(CASE).encode())
    assert status in (0, 2), err
    if status == 2:
        assert err.count("\n") == 1
