"""Case facts are confidential (C.R.S. 19-1-307): errors and reprs never echo a value."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pydantic import Field

from coregs import InvalidFactsError
from coregs._model import Facts

CANARY_NAME = "Zebediah Quuxington"
CANARY_DOB = "2011-04-17"
CANARY_INCOME = 98765


class Person(Facts):
    name: str = Field(min_length=1, max_length=5)
    birth_date: date
    income: int = Field(lt=1000)
    kind: str = Field(pattern="^(parent|relative)$")


BAD = {
    "name": CANARY_NAME,
    "birth_date": "2011-02-30",
    "income": CANARY_INCOME,
    "kind": CANARY_NAME,
}


def test_validation_errors_carry_no_input():
    with pytest.raises(InvalidFactsError) as info:
        Person.parse(BAD)
    err = info.value
    text = " ".join([str(err), repr(err), repr(err.args), *(repr(p) for p in err.problems)])
    for canary in (CANARY_NAME, "2011-02-30", str(CANARY_INCOME)):
        assert canary not in text
    assert {p.loc for p in err.problems} == {"name", "birth_date", "income", "kind"}
    assert err.__cause__ is None and err.__context__ is None


def test_json_validation_errors_carry_no_input():
    with pytest.raises(InvalidFactsError) as info:
        Person.parse_json(json.dumps(BAD))
    assert CANARY_NAME not in str(info.value)


def test_repr_names_fields_but_shows_no_values():
    p = Person(name="Zed", birth_date=date.fromisoformat(CANARY_DOB), income=10, kind="parent")
    for text in (repr(p), str(p)):
        assert "Zed" not in text and CANARY_DOB not in text and "2011" not in text
        assert "birth_date" in text


def test_an_echoing_message_is_replaced():
    """A message quoting the input (a custom validator, a union tag) is replaced by its type."""
    from pydantic import field_validator

    class Echo(Facts):
        code: str

        @field_validator("code")
        @classmethod
        def _no(cls, v: str) -> str:
            raise ValueError(f"bad code {v}")

    with pytest.raises(InvalidFactsError) as info:
        Echo.parse({"code": CANARY_NAME})
    assert CANARY_NAME not in str(info.value)
    assert "value_error" in str(info.value)
