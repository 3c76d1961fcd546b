"""The JSON Schemas are the models: what ``coregs schema case|iv-e`` accepts is what
``Case.parse`` / ``IVEFacts.parse`` accept, checked both ways with an independent validator
(jsonschema) on every shipped example and on a few thousand drawn documents, valid and invalid.

The one gap is stated in the schema itself (``$comment``): checks that compare fields with each
other (dates in order, references that resolve) are beyond JSON Schema. So a document the
schema accepts may still be refused by coregs, but only with errors of those types
(:data:`coregs._model.CROSS_FIELD_ERRORS`); a document coregs accepts is always accepted by
the schema.

jsonschema is run as JSON Schema specifies, where Python differs: numbers are decimal (read
as :class:`~decimal.Decimal`, so ``multipleOf: 0.01`` is exact and ``3.0`` is an integer),
``$`` in a pattern ends the string (ECMA-262, not Python's "or before a final newline"), and
``format: date`` is asserted.
"""

from __future__ import annotations

import copy
import decimal
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators

from coregs import Case, InvalidFactsError, IVEFacts, IVEHistory, parse_iv_e, parse_iv_e_json
from coregs._model import CROSS_FIELD_ERRORS, Facts
from coregs.cli import main
from coregs.cli._eligibility import iv_e_schema, json_schema

EXAMPLES = Path(__file__).parents[2] / "examples"


def _ecma_pattern(validator: Any, pattern: str, instance: Any, _schema: Any) -> Any:
    if validator.is_type(instance, "string"):
        anchored = pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern
        if not re.search(anchored, instance):
            yield ValidationError(f"does not match {pattern!r}")


def _is_integer(checker: Any, instance: Any) -> bool:
    if isinstance(instance, Decimal):
        return instance.is_finite() and instance == instance.to_integral_value()
    return Draft202012Validator.TYPE_CHECKER.is_type(instance, "integer")


_Validator = validators.extend(
    Draft202012Validator,
    validators={"pattern": _ecma_pattern},
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
)


def _validator(schema: dict[str, Any]) -> Any:
    schema = json.loads(json.dumps(schema), parse_float=Decimal)
    Draft202012Validator.check_schema(schema)
    return _Validator(schema, format_checker=FormatChecker())


# Each input file, by the name `coregs schema` gives it: its printed schema, and how coregs
# reads it from JSON and from Python (iv-e: one episode's facts, or a history of episodes).
SCHEMAS = {"case": json_schema(Case), "iv-e": iv_e_schema()}
VALIDATORS = {name: _validator(schema) for name, schema in SCHEMAS.items()}
READERS: dict[str, tuple[Any, Any]] = {
    "case": (Case.parse_json, Case.parse),
    "iv-e": (parse_iv_e_json, parse_iv_e),
}


def _verdicts(kind: str, text: str) -> tuple[bool, tuple[str, ...] | None]:
    """(the schema accepts, the types of coregs' problems or None when it accepts)."""
    with decimal.localcontext() as exact:  # multipleOf of 1e300 needs 300 digits
        exact.prec = 1000
        schema_ok = VALIDATORS[kind].is_valid(json.loads(text, parse_float=Decimal))
    try:
        READERS[kind][0](text)
    except InvalidFactsError as exc:
        return schema_ok, tuple(p.type for p in exc.problems)
    return schema_ok, None


def _agree(kind: str, text: str) -> bool:
    """True when the document is valid; fails the test where schema and model disagree."""
    schema_ok, problems = _verdicts(kind, text)
    if problems is None:
        assert schema_ok, f"coregs accepts what the schema refuses: {text}"
    elif schema_ok:
        assert set(problems) <= CROSS_FIELD_ERRORS, f"schema accepts, coregs: {problems}: {text}"
    # the Python route agrees with the JSON route
    try:
        READERS[kind][1](json.loads(text, parse_float=Decimal))
    except InvalidFactsError as exc:
        python: tuple[str, ...] | None = tuple(p.type for p in exc.problems)
    else:
        python = None
    assert python == problems
    return problems is None


# -- the printed schemas ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_coregs_schema_prints_the_models_schema(capsys, name):
    assert main(["schema", name]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(json.dumps(SCHEMAS[name]))
    assert printed["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "$id" not in printed  # no placeholder address


def test_the_iv_e_schema_is_each_shape_exactly():
    """iv-e: one episode's facts or a history, each described by its model's own schema; a
    history needs episodes, which one episode's facts never have, so a document is one or the
    other."""
    defs = SCHEMAS["iv-e"]["$defs"]
    assert SCHEMAS["iv-e"]["anyOf"] == [
        {"$ref": "#/$defs/IVEFacts"},
        {"$ref": "#/$defs/IVEHistory"},
    ]
    assert defs["IVEHistory"]["required"] == ["episodes"]
    assert "episodes" not in defs["IVEFacts"]["properties"]
    assert defs["IVEFacts"]["additionalProperties"] is False
    episode = defs["Episode"]["properties"]
    assert set(episode) == set(defs["IVEFacts"]["properties"]) | {"begins"}


def test_the_schemas_state_what_the_issue_found_missing():
    """Per-kind event attributes, the AFCARS spellings, the list bounds, the enums."""
    case, facts = json_schema(Case), json_schema(IVEFacts)
    placed = [
        rule["then"]
        for rule in case["$defs"]["Event"]["allOf"]
        if "placed_out_of_home" in rule["if"]["properties"]["kind"]["enum"]
    ]
    assert placed[0]["required"] == ["authority"]
    assert placed[0]["properties"]["mode"] == {"type": "null"}
    assert case["properties"]["events"]["maxItems"] == 10_000
    child = facts["$defs"]["Child"]
    assert child["properties"]["DOB"] == child["properties"]["birth_date"]
    assert {"not": {"required": ["birth_date", "DOB"]}} in child["allOf"]
    assert "event ids are unique" in case["$comment"]


# -- the shipped examples and hand-picked edges ------------------------------------------------


@pytest.mark.parametrize(
    "path",
    sorted([*EXAMPLES.glob("case-*.json"), *EXAMPLES.glob("iv-e-*.json")]),
    ids=lambda p: p.name,
)
def test_every_shipped_example_is_valid_both_ways(path):
    assert _agree("case" if path.name.startswith("case-") else "iv-e", path.read_text())


EDGE_CASES = [
    # (model, document, valid?)
    (Case, {"events": [{"kind": "placed_out_of_home", "date": "2026-01-02"}]}, False),
    (Case, {"events": [{"kind": "case_opened", "date": "2026-01-02", "mode": "written"}]}, False),
    (Case, {"events": [{"kind": "case_opened", "date": "2026-01-02", "mode": None}]}, True),
    (Case, {"program_area": 3.0}, True),
    (Case, {"program_area": "3"}, False),
    (Case, {"program_area": True}, False),
    (Case, {"case_ref": "AB-1\n"}, False),
    (Case, {"events": [{"kind": "case_opened", "date": 1767225600}]}, False),
    (Case, {"events": [{"kind": "case_opened", "date": "2026-01-02T00:00:00"}]}, False),
    (Case, {"events": [{"kind": "case_opened", "date": "2026-02-30"}]}, False),
    (Case, {"events": [{"kind": "case_opened", "date": "1899-12-31"}]}, False),
    (Case, {"events": [{"kind": "case_opened", "date": "2199-12-31"}]}, True),
    (IVEFacts, {"child": {"DOB": "2015-06-14"}}, True),
    (IVEFacts, {"child": {"DOB": "2015-06-14", "birth_date": "2015-06-14"}}, False),
    (IVEFacts, {"placements": [{"CurSetDt": "2026-01-02"}]}, True),
    (IVEFacts, {"placements": [{}]}, False),
    (IVEFacts, {"removal_home": {"resources": 1234.56}}, True),
    (IVEFacts, {"removal_home": {"resources": "1234.56"}}, True),
    (IVEFacts, {"removal_home": {"resources": "1234.567"}}, False),
    (IVEFacts, {"removal_home": {"resources": 1234.567}}, False),
    (IVEFacts, {"removal_home": {"resources": "1e3"}}, False),
    (IVEFacts, {"removal_home": {"resources": -0.0}}, True),
    (IVEFacts, {"removal_home": {"resources": 10000000000}}, False),
    (IVEFacts, {"court_orders": [{"date": "2026-01-02", "findings": ["best_interests"] * 2}]},
     True),
    (IVEFacts, {"removal_home": {"members": [{"role": "other", "dependents_outside_unit": 2.0}]}},
     True),
    # one order, several findings (issue 13)
    (IVEFacts, {"court_orders": [{"date": "2026-01-02", "findings": ["best_interests"],
        "separate_findings": [{"kind": "contrary_to_welfare", "documentation": "transcript"}]}]},
     True),
    (IVEFacts, {"court_orders": [{"date": "2026-01-02", "separate_findings": [{"kind": "nope"}]}]},
     False),
    (IVEFacts, {"court_orders": [{"date": "2026-01-02", "separate_findings": [{}]}]}, False),
    (IVEFacts, {"court_orders": [{"date": "2026-01-02", "findings": [{"kind": "best_interests"}]}]},
     False),
    (IVEFacts, {"placements": [{"start": "2026-01-02", "with_parent": {"parent_is_minor": False}}]},
     True),
    # histories (issue 13)
    (IVEHistory, {"episodes": [{}]}, True),
    (IVEHistory, {"episodes": []}, False),
    (IVEHistory, {"episodes": [{}], "removal": {}}, False),
    (IVEHistory, {"episodes": {}}, False),
    (IVEHistory, {"episodes": [{"begins": "re_entry"}]}, False),
    (IVEHistory, {"episodes": [{"begins": "new_removal"}]}, False),  # cross-field: the first
    (IVEHistory, {"episodes": [{"child": {"DOB": "2015-06-14"}, "case_ref": "E-1"}]}, True),
    (IVEHistory, {"child": {"fyit_participant": True}, "episodes": [{}, {}]}, True),
    (IVEHistory, {"episodes": [  # a new removal needs the earlier stay's discharge
        {"placements": [{"start": "2026-01-02"}]}, {"placements": [{"start": "2026-03-02"}]}]},
     False),
    (IVEHistory, {"episodes": [
        {"placements": [{"start": "2026-01-02"}], "removal": {"discharge_date": "2026-02-01"}},
        {"placements": [{"start": "2026-03-02"}]}]}, True),
    (IVEHistory, {"episodes": [  # overlapping stays
        {"placements": [{"start": "2026-01-02"}], "removal": {"discharge_date": "2026-04-01"}},
        {"placements": [{"start": "2026-03-02"}]}]}, False),
    (IVEHistory, {"episodes": [
        {"placements": [{"start": "2026-01-02"}]},
        {"begins": "fyit_continuation", "placements": [{"start": "2026-03-02"}]}]}, True),
]  # fmt: skip


@pytest.mark.parametrize(("model", "doc", "valid"), EDGE_CASES)
def test_edges_agree(model, doc, valid):
    assert _agree("case" if model is Case else "iv-e", json.dumps(doc)) is valid


# -- drawn documents -----------------------------------------------------------------------------

SEEDS = {
    "case": [json.loads(p.read_text()) for p in sorted(EXAMPLES.glob("case-*.json"))],
    "iv-e": [json.loads(p.read_text()) for p in sorted(EXAMPLES.glob("iv-e-*.json"))],
}


def _enum_values(schema: Any) -> list[Any]:
    if isinstance(schema, dict):
        found = list(schema.get("enum", ()))
        for value in schema.values():
            found += _enum_values(value)
        return found
    if isinstance(schema, list):
        return [v for item in schema for v in _enum_values(item)]
    return []


def _models(model: type[Facts]) -> set[type[Facts]]:
    found = {model}
    for child in model.__coregs_shape__.children.values():
        if child is not None and child not in found:
            found |= _models(child)
    return found


# taken from the models, not the schemas, so that a key the schema forgot is still drawn
NAMES = sorted(
    {
        k
        for m in _models(Case) | _models(IVEFacts) | _models(IVEHistory)
        for k in m.__coregs_shape__.keys
    }
)
ENUMS = sorted(
    {v for schema in SCHEMAS.values() for v in _enum_values(schema) if isinstance(v, str)}
)
EDGE_VALUES: list[Any] = [
    # dates
    "2026-01-01", "2026-02-30", "2024-02-29", "2023-02-29", "2026-1-1", "1899-12-31",
    "1900-01-01", "2199-12-31", "2200-01-01", "2026-01-01T00:00:00", "20260101", 1767225600,
    # amounts
    0, 0.0, -0.0, 0.01, 0.005, 1234.56, 1234.567, "1234.56", "1234.567", "12.50", "12.500",
    "1e3", 1e3, " 12", "-0", "0", 9999999999.99, 10000000000, "9999999999.99", "10000000000",
    # whole numbers
    3, 3.0, 3.5, "3", -1, 6, 7, 13, 14, 20, 21, 744, 745, 2**53,
    # references and text
    "", "x", "AB-1", "a\n", "A" * 64, "A" * 65, "a b", "é",
    # the rest
    None, True, False, [], {}, [{}], ["best_interests"], ["best_interests", "best_interests"],
]  # fmt: skip

json_leaves = st.one_of(
    st.sampled_from(EDGE_VALUES),
    st.sampled_from(ENUMS),
    st.text(max_size=8),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates().map(lambda d: d.isoformat()),
)
json_values = st.recursive(
    json_leaves,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(NAMES) | st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _containers(
    doc: Any, model: type[Facts] | None, path: tuple[Any, ...] = ()
) -> list[tuple[tuple[Any, ...], type[Facts] | None]]:
    """Each object and array of ``doc`` with its path, and the model of an object (if any)."""
    if not isinstance(doc, dict | list):
        return []
    found = [(path, model if isinstance(doc, dict) else None)]
    if isinstance(doc, dict):
        for key, value in doc.items():
            child = model.__coregs_shape__.children.get(key) if model is not None else None
            found += _containers(value, child, (*path, key))
    else:
        for i, value in enumerate(doc):
            found += _containers(value, model, (*path, i))
    return found


def _leaves(doc: Any) -> list[Any]:
    if isinstance(doc, dict):
        return [v for value in doc.values() for v in _leaves(value)]
    if isinstance(doc, list):
        return [v for value in doc for v in _leaves(value)]
    return [doc]


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def _by_key(doc: Any, out: dict[str, list[Any]]) -> dict[str, list[Any]]:
    if isinstance(doc, dict):
        for key, value in doc.items():
            out.setdefault(key, []).append(value)
            _by_key(value, out)
    elif isinstance(doc, list):
        for value in doc:
            _by_key(value, out)
    return out


BY_KEY: dict[str, list[Any]] = {}
for _seed in (*SEEDS["case"], *SEEDS["iv-e"]):
    _by_key(_seed, BY_KEY)


def _root(kind: str, doc: Any) -> type[Facts]:
    """The model a document of ``kind`` is read as (iv-e: a history when it has episodes)."""
    if kind == "case":
        return Case
    return IVEHistory if isinstance(doc, dict) and "episodes" in doc else IVEFacts


_OPS = [*["alias"] * 3, *["kind"] * 2, *["same"] * 3, *["replace"] * 3, "remove", "add", "rename"]


@st.composite
def documents(draw: st.DrawFn, kind: str) -> str:
    """A shipped example with one to three changes: an AFCARS spelling in place of (or beside)
    a field, an event's kind changed, a value replaced by another value of the document of
    the same JSON type (these keep many documents valid, to test that what coregs accepts the
    schema accepts), a value replaced by an edge value or any JSON, a member removed, added or
    renamed (a key drawn mostly from the fields of the object's own model)."""
    doc = copy.deepcopy(draw(st.sampled_from(SEEDS[kind])))
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 3]))):
        containers = _containers(doc, _root(kind, doc))
        op = draw(st.sampled_from(_OPS))
        if op == "alias":
            containers = [
                (path, at) for path, at in containers if at is not None and _aliased(at)
            ] or containers
        path, at = draw(st.sampled_from(containers))
        node = _at(doc, path)
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        value = copy.deepcopy(  # never an object another draw holds
            draw(
                st.one_of(st.sampled_from(EDGE_VALUES), st.sampled_from(_leaves(doc)), json_values)
            )
        )
        if not keys or op == "add":
            if isinstance(node, dict):
                node[draw(_keys(at))] = value
            else:
                node.append(value)
        elif op == "alias" and at is not None and _aliased(at):
            names = draw(st.sampled_from(_aliased(at)))
            given = [k for k in names if k in node]
            source = node.pop(given[0]) if given and draw(st.booleans()) else value
            node[draw(st.sampled_from(names))] = source
        elif op == "kind" and isinstance(node, dict) and "kind" in node:
            node["kind"] = draw(st.sampled_from(ENUMS))
        elif op == "same":  # a value some example gives a field of this name
            key = draw(st.sampled_from(keys))
            alike = BY_KEY.get(key, []) if isinstance(key, str) else [node[key]]
            node[key] = copy.deepcopy(draw(st.sampled_from(alike))) if alike else value
        elif op == "remove":
            del node[draw(st.sampled_from(keys))]
        elif op == "rename" and isinstance(node, dict):
            node[draw(_keys(at))] = node.pop(draw(st.sampled_from(keys)))
        else:
            node[draw(st.sampled_from(keys))] = value
    return json.dumps(doc)


def _aliased(model: type[Facts]) -> list[tuple[str, ...]]:
    return [keys for keys in model.__coregs_shape__.spellings.values() if len(keys) > 1]


def _keys(model: type[Facts] | None) -> st.SearchStrategy[str]:
    own = sorted(model.__coregs_shape__.keys) if model is not None else NAMES
    return st.sampled_from(own) | st.sampled_from(NAMES) | st.text(max_size=5)


AGREEMENT = settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@AGREEMENT
@given(documents("case"))
def test_drawn_cases_agree(text):
    _agree("case", text)


@AGREEMENT
@given(documents("iv-e"))
def test_drawn_facts_agree(text):
    """One episode's facts and histories, drawn from every shipped example of either shape."""
    _agree("iv-e", text)
