"""The HTTP service (issue 11.1): the library's answers over HTTP, and nothing of a case's
values in an error answer or a log line."""

from __future__ import annotations

import json
import logging
from datetime import date

import pytest
from fastapi.testclient import TestClient

from coregs import RULEBOOK, Case, IVEFacts, check_case, determine_funding, determine_iv_e
from coregs.service import create_app, openapi_document
from tests.test_repository import ROOT

CANARY = "Zebediah-Quuxington"
AS_OF = "2026-12-01"
EXAMPLES = ROOT / "examples"
CASE = (EXAMPLES / "case-late-and-overdue.json").read_text()
FACTS = (EXAMPLES / "iv-e-court-ordered.json").read_text()


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(max_body_bytes=64 * 1024))


def _error(response, status: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "field", "problem", "rule", "problems"}
    assert CANARY not in response.text
    return body  # type: ignore[no-any-return]


def test_check_answers_what_check_case_gives(client) -> None:
    response = client.post("/check", params={"as_of": AS_OF}, content=CASE)
    assert response.status_code == 200
    expected = check_case(Case.parse_json(CASE), as_of=date(2026, 12, 1)).to_dict()
    assert response.json() == expected


def test_options_and_settings_are_query_parameters(client) -> None:
    params = {
        "as_of": AS_OF,
        "option": ["working_days_calendar=state-offices", "unqualified_days=calendar days"],
        "due_soon": 30,
        "effective": "lenient",
    }
    response = client.post("/check", params=params, content=CASE)
    expected = check_case(
        Case.parse_json(CASE),
        as_of=date(2026, 12, 1),
        options={"working_days_calendar": "state-offices", "unqualified_days": "calendar days"},
        due_soon_days=30,
        effective="lenient",
    ).to_dict()
    assert response.json() == expected


def test_iv_e_and_funding_answer_the_determinations(client) -> None:
    facts = IVEFacts.parse_json(FACTS)
    det = client.post("/iv-e", params={"as_of": AS_OF}, content=FACTS)
    assert det.json() == determine_iv_e(facts, as_of=date(2026, 12, 1)).to_dict()
    funding = client.post("/funding", params={"as_of": AS_OF}, content=FACTS)
    assert funding.json() == determine_funding(facts, as_of=date(2026, 12, 1)).to_dict()


def test_the_rules_the_calendar_and_due_dates(client) -> None:
    assert len(client.get("/rules").json()) == len(RULEBOOK)
    assert [r["id"] for r in client.get("/rules", params={"section": "7.601.4"}).json()] == [
        "service-request-contact"
    ]
    assert client.get("/rules/7.601.4.C").json()["id"] == "service-request-contact"
    # 7.601.4.C: five working days from Friday 2026-11-20, Thanksgiving skipped
    due = client.get("/rules/service-request-contact/due", params={"trigger": "2026-11-20"})
    assert due.json()["due"] == "2026-11-30"
    # 7.601.6.A.1 on its rolling schedule: six months after the last act (Nov 10, 2026)
    rolling = client.get(
        "/rules/case-activity-documentation/due",
        params={"trigger": "2026-08-31", "occurrence": 2, "previous_act": ["2026-11-10"]},
    )
    assert rolling.json()["due"] == "2027-05-10"
    missing = client.get(
        "/rules/case-activity-documentation/due", params={"trigger": "2026-08-31", "occurrence": 2}
    )
    assert missing.status_code == 422 and missing.json()["field"] == "previous_acts"
    plain = client.get("/due", params={"date": "2026-11-20", "period": "5 working days"})
    assert plain.json()["due"] == "2026-11-30"
    year = client.get("/calendar/2026").json()
    assert len(year["closures"]) == 11 and year["year"] == 2026
    options = client.get("/options").json()
    assert {"working_days_calendar", "resource_comparison"} <= {
        o["name"] for o in options["rules"] + options["iv_e"]
    }
    assert client.get("/health").json()["status"] == "ok"


def test_an_invalid_case_is_422_naming_the_field_never_the_value(client) -> None:
    bad = json.dumps({"events": [{"kind": "case_opened", "date": CANARY}]})
    body = _error(client.post("/check", params={"as_of": AS_OF}, content=bad), 422)
    assert body["error"] == "InvalidFactsError" and body["field"] == "events[0].date"


def test_an_unknown_key_is_422_without_its_name(client) -> None:
    """pydantic's own answer would name the key; a key a caller invents may be a name."""
    bad = json.dumps({"events": [], CANARY: "x"})
    body = _error(client.post("/check", params={"as_of": AS_OF}, content=bad), 422)
    assert body["problems"] == [
        {
            "loc": "",
            "type": "extra_forbidden",
            "message": "an unknown field: this model does not have it",
        }
    ]


def test_a_bad_query_parameter_is_422_without_its_value(client) -> None:
    body = _error(client.post("/check", params={"as_of": CANARY}, content=CASE), 422)
    assert (body["field"], body["problem"]) == ("query.as_of", "expected an ISO date YYYY-MM-DD")
    body = _error(client.post("/check", content=CASE), 422)
    assert (body["field"], body["problem"]) == ("query.as_of", "required")
    body = _error(
        client.post("/check", params={"as_of": AS_OF, "option": CANARY}, content=CASE), 422
    )
    assert body["field"] == "option[0]"


def test_not_json_at_all_is_422(client) -> None:
    body = _error(client.post("/iv-e", params={"as_of": AS_OF}, content=f"{{{CANARY}"), 422)
    assert body["field"] == "IVEFacts" and "not valid JSON" in str(body["problem"])


def test_an_unknown_rule_is_404(client) -> None:
    assert _error(client.get(f"/rules/{CANARY}"), 404)["error"] == "UnknownRuleError"


def test_a_rule_not_in_force_is_422_naming_the_rule(client) -> None:
    """7.601.4 is in force from its heading's tag, "[Eff. 1/1/15]"."""
    body = _error(
        client.get("/rules/service-request-contact/due", params={"trigger": "2005-01-04"}), 422
    )
    assert (body["error"], body["field"], body["rule"]) == (
        "RuleNotInForceError",
        "trigger",
        "service-request-contact",
    )


OUTSIDE = "outside the supported years 2000-2100 of calendar 'Colorado legal holidays, as observed'"
DUE_OUTSIDE = f"the due date falls {OUTSIDE}"
REQUEST_RULE = "service-request-contact"
SERVICE_REQUEST = f"/rules/{REQUEST_RULE}/due"


@pytest.mark.parametrize(
    ("path", "params", "named"),
    [
        # /due takes the trigger as its parameter "date"
        ("/due", {"date": "2101-06-01", "period": "5 business days"}, ("date", OUTSIDE, None)),
        # Monday December 20, 2100 + 30 calendar days is January 19, 2101
        (
            "/due",
            {"date": "2100-12-20", "period": "30 calendar days", "roll": "forward"},
            ("due", DUE_OUTSIDE, None),
        ),
        (SERVICE_REQUEST, {"trigger": "2101-06-01"}, ("trigger", OUTSIDE, REQUEST_RULE)),
        (SERVICE_REQUEST, {"trigger": "2100-12-30"}, ("due", DUE_OUTSIDE, REQUEST_RULE)),
    ],
)
def test_a_count_outside_the_calendar_is_422_naming_the_parameter(client, path, params, named):
    body = _error(client.get(path, params=params), 422)
    assert (body["error"], body["problems"]) == ("OutOfRangeError", [])
    assert (body["field"], body["problem"], body["rule"]) == named


def test_a_body_over_the_limit_is_413_before_it_is_read(client) -> None:
    body = _error(
        client.post("/check", params={"as_of": AS_OF}, content=b" " * (64 * 1024 + 1)), 413
    )
    assert body["field"] == "body"


def test_a_failure_of_coregs_itself_is_500_with_its_type_only(monkeypatch, caplog) -> None:
    import coregs.service._app as app_module

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError(CANARY)

    monkeypatch.setattr(app_module, "check_case", broken)
    client = TestClient(create_app(), raise_server_exceptions=False)
    with caplog.at_level(logging.ERROR, logger="coregs.service"):
        body = _error(client.post("/check", params={"as_of": AS_OF}, content=CASE), 500)
    assert body["error"] == "InternalError" and "ValueError" in str(body["problem"])
    assert "internal error (ValueError) on POST /check" in caplog.text
    assert CANARY not in caplog.text


def test_the_access_log_keeps_the_path_and_drops_the_query() -> None:
    from coregs.service._logs import _PathOnly

    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        "",
        0,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/due?date=2026-11-20&period=5+days", "1.1", 200),
        None,
    )
    assert _PathOnly().filter(record)
    assert record.getMessage() == '127.0.0.1:5000 - "GET /due HTTP/1.1" 200'


def test_the_committed_openapi_document_is_current() -> None:
    committed = json.loads((ROOT / "docs" / "openapi.json").read_text())
    assert committed == openapi_document(), (
        "docs/openapi.json is stale: python -m coregs.service > docs/openapi.json"
    )


def test_the_openapi_document_describes_the_inputs_with_the_library_schemas() -> None:
    doc = openapi_document()
    assert set(doc["paths"]) == {
        "/check",
        "/iv-e",
        "/funding",
        "/rules",
        "/rules/{key}",
        "/rules/{key}/due",
        "/calendar/{year}",
        "/due",
        "/options",
        "/health",
    }
    body = doc["paths"]["/check"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/Case"}
    schemas = doc["components"]["schemas"]
    assert schemas["Case"]["properties"]["events"]["items"] == {
        "$ref": "#/components/schemas/Event"
    }
    assert "IVEFacts" in schemas and "Rule" in schemas
    answers = doc["paths"]["/check"]["post"]["responses"]
    assert answers["422"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorAnswer"
    }


def test_without_the_serve_extra_coregs_serve_says_what_to_install(monkeypatch, capsys) -> None:
    import sys

    from coregs.cli import main

    monkeypatch.setitem(sys.modules, "fastapi", None)  # `import fastapi` now raises ImportError
    assert main(["serve"]) == 2
    assert capsys.readouterr().err == (
        "coregs: error: coregs serve needs fastapi and uvicorn: pip install 'coregs[serve]'\n"
    )


def test_a_query_parameter_the_route_does_not_take_is_422_without_its_name(client) -> None:
    """FastAPI ignores an unknown query parameter: a misspelt ``due_soon`` would answer with
    the default horizon, a silently different report. It is refused, listing what the route
    takes, never the name given (a caller may have put anything there)."""
    params = {"as_of": AS_OF, "due_son": 30}
    body = _error(client.post("/check", params=params, content=CASE), 422)
    assert (body["error"], body["field"]) == ("InputError", "query")
    assert body["problem"] == (
        "a parameter this route does not take (it takes: as_of, due_soon, effective, option)"
    )
    body = _error(client.post("/check", params={"as_of": AS_OF, CANARY: "1"}, content=CASE), 422)
    assert body["field"] == "query" and "due_soon" in str(body["problem"])
    body = _error(client.get("/health", params={"verbose": "1"}), 422)
    assert body["problem"] == "a parameter this route does not take (it takes: none)"
    # every parameter a route declares is still taken, repeated ones included
    options = ["working_days_calendar=state-offices", "unqualified_days=calendar days"]
    params = {"as_of": AS_OF, "due_soon": 30, "effective": "lenient", "option": options}
    assert client.post("/check", params=params, content=CASE).status_code == 200
    assert client.get("/rules", params={"section": "7.601.3"}).status_code == 200
    due = client.get("/rules/service-request-contact/due", params={"trigger": AS_OF})
    assert due.status_code == 200, due.text
