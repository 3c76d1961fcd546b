"""The case timeline model: typed, closed, and never echoing a case value."""

from __future__ import annotations

from datetime import date

import pytest

from coregs import InvalidFactsError
from coregs.compliance import Case, Event


def _problems(data: dict[str, object]) -> InvalidFactsError:
    with pytest.raises(InvalidFactsError) as caught:
        Case.parse(data)
    return caught.value


def test_an_unknown_event_kind_is_refused_with_its_path() -> None:
    """The vocabulary is closed: a misspelt kind is an error, not a rule that never fires."""
    err = _problems({"events": [{"kind": "removel", "date": "2026-01-02"}]})
    assert err.problems[0].loc == "events[0].kind"
    assert "removel" not in str(err)


def test_errors_name_the_field_and_what_was_expected_never_the_value() -> None:
    """C.R.S. 19-1-307: case facts are confidential. No message carries an input value."""
    secret_date, secret_ref = "2026-02-30", "SMITH-JANE-2014-05-06"
    err = _problems(
        {
            "case_ref": secret_ref + " ",
            "program_area": 9,
            "events": [
                {"kind": "removal", "date": secret_date, "emergency": "yes", "removed_by": "aunt"}
            ],
        }
    )
    text = str(err) + repr(err) + repr(err.args) + repr(err.problems)
    for secret in (secret_date, secret_ref, "aunt", "yes"):
        assert secret not in text
    locs = {p.loc for p in err.problems}
    assert {"case_ref", "program_area", "events[0].date", "events[0].emergency"} <= locs
    assert {"events[0].removed_by"} <= locs


def test_a_kind_requires_its_attributes_and_allows_no_others() -> None:
    """A removal must say whether it was an emergency and by whom; a case opening has no
    attributes."""
    err = _problems({"events": [{"kind": "removal", "date": "2026-01-02"}]})
    assert "requires attribute emergency" in str(err)
    assert err.problems[0].loc == "events[0]"
    err = _problems({"events": [{"kind": "case_opened", "date": "2026-01-02", "emergency": True}]})
    assert "has no attribute emergency" in str(err)


def test_unknown_fields_are_refused_without_their_name() -> None:
    """A typo in a field name is an error, not silently ignored; a key the caller wrote is
    their data, so the error names the object holding it, never the key."""
    err = _problems({"progam_area": 5})
    assert (err.problems[0].loc, err.problems[0].type) == ("", "extra_forbidden")
    assert str(err) == "invalid Case: an unexpected field at the top level"
    err = _problems({"events": [{"kind": "case_opened", "date": "2026-01-02", "Jane Doe": 1}]})
    assert str(err) == "invalid Case: events[0]: an unexpected field"


def test_references_must_resolve() -> None:
    """responds_to names an id of the same case; ids are unique."""
    err = _problems(
        {
            "events": [
                {"kind": "service_request_received", "date": "2026-01-02", "id": "r1"},
                {"kind": "service_request_contact", "date": "2026-01-03", "responds_to": "r2"},
            ]
        }
    )
    assert "responds_to names no event id" in str(err)
    assert "r2" not in str(err)
    err = _problems(
        {
            "events": [
                {"kind": "case_opened", "date": "2026-01-02", "id": "a"},
                {"kind": "case_closed", "date": "2026-01-03", "id": "a"},
            ]
        }
    )
    assert "repeats the id" in str(err)


def test_repr_shows_field_names_only() -> None:
    """A case in a log shows which facts are set, never their values."""
    case = Case.parse(
        {
            "case_ref": "EXAMPLE-1",
            "program_area": 4,
            "events": [{"kind": "case_opened", "date": "2026-01-02"}],
        }
    )
    text = repr(case) + repr(case.events[0]) + str(case)
    assert "EXAMPLE-1" not in text
    assert "2026" not in text
    assert "program_area=…" in repr(case)


def test_json_and_python_inputs_agree() -> None:
    """A case file and a Python mapping parse to the same value."""
    data = '{"events": [{"kind": "case_opened", "date": "2026-01-02"}]}'
    assert Case.parse_json(data) == Case(
        events=(Event(kind="case_opened", date=date(2026, 1, 2)),)  # type: ignore[arg-type]
    )


def test_strict_booleans() -> None:
    """'yes' is not a boolean: an unclear emergency flag is refused rather than guessed."""
    err = _problems({"ssi_application_appropriate": "yes"})
    assert err.problems[0].loc == "ssi_application_appropriate"
