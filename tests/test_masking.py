"""Masking at every depth: a nested model needs no wrap of its own to keep its values private.

The top model's wrap masks the whole tree (coregs._model._bare, _masked): an error under a key
the caller invented is reported on the object holding it however deep it is, and a model
embedded in a caller's own pydantic model is masked by its own wrap.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from coregs import Case, InvalidFactsError
from coregs.eligibility import IVEFacts

EXAMPLE = Path(__file__).parent.parent / "examples" / "iv-e-court-ordered.json"

CANARY = "Quillon-Marchbanks"
BAD = {
    "events": [
        {"kind": "case_opened", "date": "2026-01-05", CANARY: "x"},  # an invented key
        {"kind": "case_opened", "date": "2026-02-30"},  # no such day
        {"kind": "vpa_signed", "date": "2026-01-12", "mode": "telephone"},  # a foreign attribute
    ]
}
WANT = [
    (("events", 0), "extra_forbidden"),
    (("events", 1, "date"), "date"),
    (("events", 2), "event_attribute"),
]


class _Theirs(BaseModel):
    """A caller's own model holding a case."""

    case: Case


def _routes() -> dict[str, Any]:
    return {
        "model_validate": Case.model_validate,
        "keywords": lambda doc: Case(**doc),
        "TypeAdapter": TypeAdapter(Case).validate_python,
        "a caller's model": lambda doc: _Theirs.model_validate({"case": doc}),
    }


@pytest.mark.parametrize("route", list(_routes()))
def test_nested_errors_are_masked_and_located_on_every_route(route: str) -> None:
    with pytest.raises(ValidationError) as raised:
        _routes()[route](BAD)
    errors = raised.value.errors()
    prefix = ("case",) if route == "a caller's model" else ()
    assert [(e["loc"], e["type"]) for e in errors] == [(prefix + loc, t) for loc, t in WANT]
    shown = str(raised.value) + repr(errors) + raised.value.json()
    assert CANARY not in shown
    assert "2026-02-30" not in shown
    assert all(e["input"] == "<hidden>" for e in errors)


def test_parse_names_the_holder_of_an_invented_key() -> None:
    with pytest.raises(InvalidFactsError) as raised:
        Case.parse(BAD)
    assert [p.loc for p in raised.value.problems] == ["events[0]", "events[1].date", "events[2]"]
    assert CANARY not in str(raised.value) + repr(raised.value.problems)


def _ive_with_nested_prechecks() -> dict[str, Any]:
    """The court-ordered example with a field given under two spellings in two nested models,
    a list over its bound, an invented key and an impossible date beside them."""
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["child"]["DOB"] = doc["child"]["birth_date"]
    doc["placements"][0][CANARY] = "x"
    doc["placements"][1]["CurSetDt"] = doc["placements"][1]["start"]
    doc["removal_home"]["parents"] *= 2  # four parents: at most two
    doc["county"]["determined_on"] = "2026-02-30"
    return doc


NESTED_WANT = [
    ("child.birth_date", "alias_conflict", "given as birth_date and as DOB: use one spelling"),
    ("placements[0]", "extra_forbidden", "an unexpected field"),
    ("placements[1].start", "alias_conflict", "given as start and as CurSetDt: use one spelling"),
    ("removal_home.parents", "too_long", "expected at most 2 items"),
    ("county.determined_on", "date", "expected a date YYYY-MM-DD that exists, in years 1900-2199"),
]


def _parse(doc: dict[str, Any]) -> object:
    return IVEFacts.parse(doc)


def _parse_json(doc: dict[str, Any]) -> object:
    return IVEFacts.parse_json(json.dumps(doc))


@pytest.mark.parametrize("read", [_parse, _parse_json])
def test_nested_prechecks_report_beside_every_other_error(
    read: Callable[[dict[str, Any]], object],
) -> None:
    """A nested model's checks before validation (two spellings of one field, a list over its
    bound) report on that model, and every other problem of the document is reported too."""
    with pytest.raises(InvalidFactsError) as raised:
        read(_ive_with_nested_prechecks())
    assert [(p.loc, p.type, p.message) for p in raised.value.problems] == NESTED_WANT
    assert CANARY not in str(raised.value) + repr(raised.value.problems)


def test_nested_prechecks_in_a_callers_model() -> None:
    with pytest.raises(ValidationError) as caught:
        _TheirFacts.model_validate({"facts": _ive_with_nested_prechecks()})
    errors = caught.value.errors(include_url=False)
    got = [(e["loc"], e["type"], e["msg"]) for e in errors]
    assert got == [(("facts", *_parts(loc)), kind, msg) for loc, kind, msg in NESTED_WANT]
    assert all(e["input"] == "<hidden>" for e in errors)
    assert CANARY not in str(caught.value) + caught.value.json()


class _TheirFacts(BaseModel):
    """A caller's own model holding Title IV-E facts."""

    facts: IVEFacts


def _parts(loc: str) -> tuple[str | int, ...]:
    """``"placements[1].start"`` as pydantic's ``("placements", 1, "start")``."""
    out: list[str | int] = []
    for part in loc.split("."):
        name, _, index = part.partition("[")
        out.append(name)
        if index:
            out.append(int(index.rstrip("]")))
    return tuple(out)
