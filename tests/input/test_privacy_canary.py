"""Case facts are confidential (C.R.S. 19-1-307): no route in echoes a value from the input.

Distinctive canaries (a name, a key that looks like a name and an SSN, a reference, a birth
date, amounts, impossible dates, numbers) are put in every field of a valid case and facts
file, and, one at a time, in every position of an invalid one: as a wrong value of each field,
as an unknown key at each level, inside text that is not JSON. Each document then goes through
every route a caller can take to build ``Case`` or ``IVEFacts`` (``parse``, ``parse_json``,
``model_validate``, ``model_validate_json``, a ``TypeAdapter`` in Python and JSON mode,
construction by keywords, the evaluators that take a mapping) and through every command and
output format of the CLI (from a file and from standard input). Every surface is scanned: the
error's ``str``, ``repr``, ``args``, attributes, ``problems``, pydantic's ``errors()`` and
``json()``, the chain (``__context__``, ``__cause__``, ``__notes__``) and the formatted
traceback a logger would write, log records, stdout and stderr.

The documented exceptions (docs/input.md, "What coregs shows"): a report shows the
``case_ref`` it was given, and ``--budget`` (the AFDC worksheet, ``afdc_budget``) shows income
figures. Nothing else does.
"""

from __future__ import annotations

import copy
import io
import json
import logging
import traceback
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from coregs import (
    Case,
    CoregsError,
    FailedCase,
    IVEFacts,
    IVEHistory,
    afdc_budget,
    check_case,
    determine_funding,
    determine_iv_e,
    determine_iv_e_history,
    determine_many,
    iv_e_compliance,
    parse_iv_e,
    parse_iv_e_json,
)
from coregs.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"
AS_OF = "2026-12-01"

# -- the canaries ------------------------------------------------------------------------------

NAME = "Zebediah Quuxington"
KEY = "Jane Doe 123-45-6789"  # a misplaced key is user data too
REF = "QX7-ZEBEDIAH"  # what a careless caller puts in an opaque reference
CASE_REF = "QX9-CASEREF-77"  # documented exception: a report shows its case_ref
BIRTH = "2013-07-19"  # and the 18th and 21st birthdays derived from it
BIRTHDAYS = ("2031-07-19", "2034-07-19")
AMOUNTS = {"earned": "1357.91", "unearned": "246.82", "resources": "3141.59", "support": "271.83"}
IMPOSSIBLE = "2011-02-30"
NUMBER = 7777777
FRACTION = 123456.789

DOCUMENTED_EXCEPTIONS = {
    "case_ref": "a report (every output format) shows the case_ref it was given",
    "--budget": "the AFDC worksheet (afdc_budget(...).render(), --budget) shows income figures",
}
"""docs/input.md, "What coregs shows": the only places a canary may appear."""

BAD_VALUES: tuple[Any, ...] = (NAME, IMPOSSIBLE, NUMBER, FRACTION, [NAME], {KEY: NAME}, True)


def _money_forms(text: str) -> tuple[str, ...]:
    whole, cents = text.split(".")
    return (text, f"{int(whole):,}.{cents}")


NEVER_SHOWN = (
    NAME,
    KEY,
    REF,
    BIRTH,
    *BIRTHDAYS,
    IMPOSSIBLE,
    str(NUMBER),
    "7,777,777",
    "123456.789",
    "123,456.789",
    *(form for amount in AMOUNTS.values() for form in _money_forms(amount)),
)
"""What no output of coregs may contain, whatever the route or format."""


def _leaked(text: str, *, case_ref_allowed: bool = False) -> list[str]:
    found = [c for c in NEVER_SHOWN if c in text]
    if not case_ref_allowed and CASE_REF in text:
        found.append(CASE_REF)
    return found


# -- the documents ------------------------------------------------------------------------------


def _valid_case() -> dict[str, Any]:
    doc = json.loads((EXAMPLES / "case-on-time.json").read_text())
    doc["case_ref"] = CASE_REF
    for event in doc["events"]:
        for key in ("id", "responds_to"):
            if key in event:
                event[key] = f"{REF}-{event[key]}"
    return doc


def _valid_facts() -> dict[str, Any]:
    doc = json.loads((EXAMPLES / "iv-e-court-ordered.json").read_text())
    doc["case_ref"] = CASE_REF
    doc["child"]["birth_date"] = BIRTH
    for i, placement in enumerate(doc["placements"]):
        placement["provider_ref"] = f"{REF}-{i}"
    home = doc["removal_home"]
    home["parents"][0]["income"] = {"earned": AMOUNTS["earned"], "unearned": AMOUNTS["unearned"]}
    home["resources"] = AMOUNTS["resources"]
    home["child_support_received"] = AMOUNTS["support"]
    return doc


def _valid_history() -> dict[str, Any]:
    """A history of two episodes (a re-entry) with the canaries in every place a value goes,
    the history's and each episode's reference being the documented exception."""
    doc = json.loads((EXAMPLES / "iv-e-history-re-entry.json").read_text())
    doc["case_ref"] = CASE_REF
    doc["child"]["birth_date"] = BIRTH
    for n, episode in enumerate(doc["episodes"]):
        episode["case_ref"] = CASE_REF
        for i, placement in enumerate(episode["placements"]):
            placement["provider_ref"] = f"{REF}-{n}-{i}"
        home = episode["removal_home"]
        home["parents"][0]["income"] = {
            "earned": AMOUNTS["earned"],
            "unearned": AMOUNTS["unearned"],
        }
        home["resources"] = AMOUNTS["resources"]
        home["child_support_received"] = AMOUNTS["support"]
    return doc


Path_ = tuple[str | int, ...]


def _paths(node: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*path, i))


def _with(doc: dict[str, Any], path: Path_, change: Callable[[Any], Any]) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    if not path:
        return change(out)  # type: ignore[no-any-return]
    node = out
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = change(node[path[-1]])
    return out


def _invalid_documents(valid: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The valid document with, one at a time, a canary as the value of each field (and of
    each item, and in place of each object and list), and an unknown canary key in each
    object."""
    for path, node in list(_paths(valid)):
        if path:
            for bad in BAD_VALUES:
                if bad != node:
                    yield _with(valid, path, lambda _old, bad=bad: copy.deepcopy(bad))
        if isinstance(node, dict):
            yield _with(valid, path, lambda old: {**old, KEY: NAME})


# -- the surfaces -------------------------------------------------------------------------------


def _surfaces(exc: BaseException, seen: set[int] | None = None) -> str:
    """Every text a caller, a logger or a web framework can get out of ``exc``."""
    seen = set() if seen is None else seen
    if id(exc) in seen:
        return ""
    seen.add(id(exc))
    parts = [
        str(exc),
        repr(exc),
        repr(exc.args),
        repr(vars(exc)) if hasattr(exc, "__dict__") else "",
        "".join(traceback.format_exception(exc)),
        repr(getattr(exc, "__notes__", "")),
    ]
    if isinstance(exc, ValidationError):
        parts += [repr(exc.errors()), exc.json(), repr(exc.errors(include_url=False))]
    problems = getattr(exc, "problems", ())
    parts += [repr(p) for p in problems] + [str(p) for p in problems]
    for chained in (exc.__context__, exc.__cause__):
        if chained is not None:
            parts.append(_surfaces(chained, seen))
    return "\n".join(parts)


def _routes(model: type[Any]) -> dict[str, Callable[[dict[str, Any]], Any]]:
    adapter = TypeAdapter(model)
    return {
        "parse": model.parse,
        "parse_json": lambda doc: model.parse_json(json.dumps(doc)),
        "parse_json bytes": lambda doc: model.parse_json(json.dumps(doc).encode()),
        "model_validate": model.model_validate,
        "model_validate_json": lambda doc: model.model_validate_json(json.dumps(doc)),
        "TypeAdapter python": adapter.validate_python,
        "TypeAdapter json": lambda doc: adapter.validate_json(json.dumps(doc)),
        "keywords": lambda doc: model(**doc),
    }


_EVALUATORS = {
    "check_case": lambda doc: check_case(doc, as_of=date(2026, 12, 1)),
    "determine_iv_e": lambda doc: determine_iv_e(doc, as_of=date(2026, 12, 1)),
    "determine_funding": lambda doc: determine_funding(doc, as_of=date(2026, 12, 1)),
    "iv_e_compliance": lambda doc: iv_e_compliance(doc, as_of=date(2026, 12, 1)),
    "afdc_budget": lambda doc: afdc_budget(doc, as_of=date(2026, 12, 1)),
    "determine_iv_e_history": lambda doc: determine_iv_e_history(doc, as_of=date(2026, 12, 1)),
    "parse_iv_e": parse_iv_e,
    "parse_iv_e_json": lambda doc: parse_iv_e_json(json.dumps(doc)),
    "determine_many": lambda doc: list(determine_many([doc], date(2026, 12, 1))),
}


def _scan_routes(
    routes: dict[str, Callable[[dict[str, Any]], Any]],
    documents: list[dict[str, Any]],
    caplog: pytest.LogCaptureFixture,
) -> int:
    refused = 0
    with caplog.at_level(logging.DEBUG):
        for doc in documents:
            for route, call in routes.items():
                try:
                    call(doc)
                except (CoregsError, ValidationError) as exc:
                    refused += 1
                    text = _surfaces(exc)
                else:
                    continue
                assert not _leaked(text), (route, _leaked(text), text[:2000])
    assert not _leaked(caplog.text)
    return refused


@pytest.mark.parametrize(
    ("model", "valid", "evaluators"),
    [
        (Case, _valid_case, ("check_case",)),
        (IVEFacts, _valid_facts, ("determine_iv_e", "determine_funding", "iv_e_compliance")),
        (
            IVEHistory,
            _valid_history,
            ("determine_iv_e_history", "parse_iv_e", "parse_iv_e_json", "determine_many"),
        ),
    ],
    ids=["Case", "IVEFacts", "IVEHistory"],
)
def test_no_route_echoes_an_input_value(model, valid, evaluators, caplog):
    documents = list(_invalid_documents(valid()))
    routes = _routes(model)
    refused = _scan_routes(routes, documents, caplog)
    # nearly every mutation is invalid (a few bad values are valid somewhere: True for a flag)
    assert refused > 0.9 * len(documents) * len(routes)
    _scan_routes({e: _EVALUATORS[e] for e in evaluators}, documents[::7], caplog)
    for failed in (r for doc in documents[::7] for r in determine_many([doc], date(2026, 12, 1))):
        if isinstance(failed, FailedCase):  # a batch's failed case is an answer, not a raise
            assert not _leaked(repr(failed) + json.dumps(failed.to_dict()))


def test_text_that_is_not_json_is_not_echoed(caplog):
    texts = [
        '{"case_ref": "' + NAME,
        '{"' + KEY + '": ' + str(NUMBER) + ",}",
        '{"events": [{"kind": "removal", "kind": "' + NAME + '"}]}',
        '{"' + KEY + '": {"a": 1, "a": 2}}',
        "[" * 100 + NAME,
        '{"case_ref": "\ud800' + NAME + '"}',
    ]
    for model in (Case, IVEFacts, IVEHistory):
        adapter = TypeAdapter(model)
        routes = [model.parse_json, model.model_validate_json, adapter.validate_json]
        if model is not Case:
            routes.append(parse_iv_e_json)
        for text in texts:
            for route in routes:
                with pytest.raises((CoregsError, ValidationError)) as caught:
                    route(text)
                assert not _leaked(_surfaces(caught.value)), (route, text)
        with pytest.raises(CoregsError) as caught:
            model.parse_json(b'{"case_ref": "\xff' + NAME.encode() + b'"}')
        assert not _leaked(_surfaces(caught.value))


def test_valid_facts_show_no_value_in_repr_or_results():
    """A valid model's repr names fields only; results carry no birth date, amount, reference
    or id (the case_ref is the documented exception)."""
    case, facts = Case.parse(_valid_case()), IVEFacts.parse(_valid_facts())
    assert not _leaked(repr(case) + str(case) + repr(facts) + str(facts) + repr(facts.child))
    report = check_case(case, as_of=date(2026, 12, 1))
    funding = determine_funding(facts, as_of=date(2026, 12, 1))
    texts = [
        report.render(all_findings=True),
        json.dumps(report.to_dict()),
        repr(report.to_records()),
        *(f.explain() for f in report.findings),
        funding.render(),
        json.dumps(funding.to_dict()),
        repr(funding.iv_e.to_records()),
        funding.iv_e._repr_html_(),
        iv_e_compliance(facts, as_of=date(2026, 12, 1)).render(),
    ]
    for text in texts:
        assert not _leaked(text, case_ref_allowed=True)
    history = IVEHistory.parse(_valid_history())
    assert not _leaked(repr(history) + str(history) + repr(history.episodes[0]))
    determined = determine_iv_e_history(history, as_of=date(2026, 12, 1))
    texts = [
        determined.render(),
        determined.render(funding=True),
        json.dumps(determined.to_dict(funding=True)),
        repr(determined),
        repr(determined.episodes),
        repr(determined.to_records()),
        determined._repr_html_(),
    ]
    for text in texts:
        assert not _leaked(text, case_ref_allowed=True)
    budget = afdc_budget(facts, as_of=date(2026, 12, 1))
    assert not _leaked(repr(budget))
    # the documented exception: the worksheet rendered on purpose shows income figures
    assert "$1,357.91" in budget.render()


# -- the CLI ------------------------------------------------------------------------------------


def _cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    stdin: str | None = None,
) -> tuple[int, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        status = main(argv)
    except SystemExit as exc:
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out + err


CHECK_FORMATS = [[], ["--json"], ["--csv"], ["--all"], ["--explain"]]
IVE_FORMATS = [
    [],
    ["--json"],
    ["--csv"],
    ["--funding"],
    ["--compliance"],
    ["--funding", "--compliance", "--json"],
]


def test_every_cli_output_format_of_a_valid_file_shows_no_value(capsys, monkeypatch, tmp_path):
    case, facts = tmp_path / "case.json", tmp_path / "facts.json"
    history = tmp_path / "history.json"
    case.write_text(json.dumps(_valid_case()))
    facts.write_text(json.dumps(_valid_facts()))
    history.write_text(json.dumps(_valid_history()))
    runs = [["check", str(case), "--as-of", AS_OF, *f] for f in CHECK_FORMATS]
    runs += [["iv-e", str(facts), "--as-of", AS_OF, *f] for f in IVE_FORMATS]
    runs += [["iv-e", str(history), "--as-of", AS_OF, *f] for f in IVE_FORMATS]
    runs += [["batch", "iv-e", str(history), "--as-of", AS_OF]]
    for argv in runs:
        status, output = _cli(capsys, monkeypatch, argv)
        assert status == 0, argv
        assert not _leaked(output, case_ref_allowed=True), (argv, _leaked(output))
    status, output = _cli(capsys, monkeypatch, ["iv-e", str(facts), "--as-of", AS_OF, "--budget"])
    assert status == 0
    assert "$1,357.91" in output  # documented: --budget shows income figures
    assert BIRTH not in output and REF not in output


def test_every_cli_error_of_an_invalid_file_shows_no_value(capsys, monkeypatch, tmp_path):
    """Invalid documents, from a file and from standard input, through each command and each
    output format: one line on stderr, exit 2, no canary (not even the case_ref)."""
    samples = [
        ("check", list(_invalid_documents(_valid_case()))[::9], CHECK_FORMATS),
        ("iv-e", list(_invalid_documents(_valid_facts()))[::23], [*IVE_FORMATS, ["--budget"]]),
        ("iv-e", list(_invalid_documents(_valid_history()))[::37], [*IVE_FORMATS, ["--budget"]]),
    ]
    for command, documents, formats in samples:
        for i, doc in enumerate(documents):
            text = json.dumps(doc)
            path = tmp_path / f"{command}-{i}.json"
            path.write_text(text)
            flags = formats[i % len(formats)]
            for source, stdin in ((str(path), None), ("-", text)):
                status, output = _cli(
                    capsys, monkeypatch, [command, source, "--as-of", AS_OF, *flags], stdin
                )
                if status == 0:  # a bad value that happens to be valid there (True for a flag)
                    continue
                assert status == 2 and output.count("\n") == 1, (command, output)
                assert not _leaked(output), (command, flags, output)
