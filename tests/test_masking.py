"""Masking at every depth: a nested model needs no wrap of its own to keep its values private.

The top model's wrap masks the whole tree (coregs._model._bare, _masked): an error under a key
the caller invented is reported on the object holding it however deep it is, and a model
embedded in a caller's own pydantic model is masked by its own wrap.
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from coregs import Case, InvalidFactsError

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
