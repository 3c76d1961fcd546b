"""Issue 14 §1: one set of options for every entry point.

`calendar_day_roll` belongs to the rule catalog, and `determine_iv_e` / `determine_funding`
rejected it with UnknownOptionError; `coregs iv-e --list-options` did not list it. Now a caller
passes one set of options (a mapping, or one `Options` value resolved against
`coregs.ALL_OPTIONS`) to a compliance check, a determination, a funding determination and a
rule's deadline; each reads its own options and records the caller's others as not used.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from coregs import (
    ALL_OPTIONS,
    RULEBOOK,
    UnknownOptionError,
    check_case,
    determine_funding,
    determine_iv_e,
    iv_e_compliance,
    resolve_options,
)
from coregs.cli import main
from coregs.eligibility import IVE_OPTIONS
from tests.eligibility._cases import eligible_case
from tests.test_repository import ROOT

PLACED = date(2026, 3, 5)  # a Thursday: day 45 is Sunday 2026-04-19


def _facts() -> dict[str, object]:
    facts = eligible_case(PLACED)
    facts["ssi"] = {"believed_eligible": True}
    return facts


def test_every_option_is_accepted_by_name_once() -> None:
    """ALL_OPTIONS is the evaluator's options and the catalog's, each once (three are shared:
    the entry date, the 60 days' start, the 12-month interval)."""
    names = [o.name for o in ALL_OPTIONS]
    assert len(names) == len(set(names))
    assert set(names) == {o.name for o in IVE_OPTIONS} | {o.name for o in RULEBOOK.interpretations}
    assert {"calendar_day_roll", "working_days_calendar", "resource_comparison"} <= set(names)


def test_a_funding_determination_reads_the_roll_of_the_ssi_application() -> None:
    """7.601.72.D: "Application for benefits shall begin within forty-five (45) calendar days
    of the child's out-of-home placement in appropriate cases." Placed Thursday 2026-03-05, day
    45 is Sunday 2026-04-19: the county office is closed, so it rolls to Monday 2026-04-20
    (C.R.S. 24-11-110, the rule's policy); calendar_day_roll=none keeps Sunday. Before, the
    option was refused."""
    assert determine_funding(_facts(), as_of=date(2026, 4, 1)).ssi_due == date(2026, 4, 20)
    funding = determine_funding(
        _facts(), as_of=date(2026, 4, 1), options={"calendar_day_roll": "none"}
    )
    assert funding.ssi_due == date(2026, 4, 19)
    assert funding.iv_e.options["calendar_day_roll"] == "none"


def test_one_options_value_goes_to_every_entry_point() -> None:
    """One Options value: each evaluation reads what it declares; the caller's other choices are
    recorded as not used, never an error, never silently dropped."""
    opts = resolve_options(
        ALL_OPTIONS,
        {
            "calendar_day_roll": "none",
            "resource_comparison": "not-more-than",
            "six_month_anchor": "case-opening",
        },
    )
    facts, as_of = _facts(), date(2026, 4, 1)

    det = determine_iv_e(facts, as_of=as_of, options=opts)
    assert det.options["resource_comparison"] == "not-more-than"
    assert [c.name for c in det.options.not_used] == ["six_month_anchor"]

    report = iv_e_compliance(facts, as_of=as_of, options=opts)
    assert report.options["calendar_day_roll"] == "none"
    assert {c.name for c in report.options.not_used} == {"resource_comparison", "six_month_anchor"}
    assert report.to_dict()["options_not_used"][0]["name"] in {
        "resource_comparison",
        "six_month_anchor",
    }

    case = {"events": [{"kind": "case_opened", "date": "2026-01-05"}]}
    checked = check_case(case, as_of=as_of, options=opts)
    assert checked.options["six_month_anchor"] == "case-opening"
    assert [c.name for c in checked.options.not_used] == ["resource_comparison"]

    deadline = RULEBOOK.get("ssi-application").due(PLACED, options=opts)
    assert deadline.due == date(2026, 4, 19)
    assert [c.name for c in deadline.options.chosen] == ["calendar_day_roll"]


def test_a_mapping_naming_an_option_nobody_declares_is_still_an_error() -> None:
    """A typo never goes unnoticed: every entry point checks a mapping's names."""
    for call in (
        lambda: determine_iv_e(
            _facts(), as_of=date(2026, 4, 1), options={"calendar_dayroll": "none"}
        ),
        lambda: iv_e_compliance(
            _facts(), as_of=date(2026, 4, 1), options={"calendar_dayroll": "none"}
        ),
    ):
        with pytest.raises(UnknownOptionError, match=r"options\.calendar_dayroll: no such option"):
            call()


def test_the_command_lists_and_takes_every_option_that_can_change_its_output(
    capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    """coregs iv-e --list-options shows the catalog's options that reach it too, and one
    --option list goes to the determination, --funding and --compliance."""

    assert main(["iv-e", "--list-options"]) == 0
    listed = capsys.readouterr().out
    for name in (
        "calendar_day_roll",
        "working_days_calendar",
        "redetermination_anchor",
        "resource_comparison",
    ):
        assert f"{name} (default" in listed
    assert "six_month_anchor (default" not in listed  # it cannot change this command
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(_facts(), default=str))
    argv = ["iv-e", str(path), "--as-of", "2026-04-01", "--funding", "--compliance", "--json"]
    assert main([*argv, "--option", "calendar_day_roll=none"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ssi_due"] == "2026-04-19"
    assert {"name": "calendar_day_roll", "value": "none"}.items() <= next(
        o for o in out["compliance"]["options"] if o["name"] == "calendar_day_roll"
    ).items()


def test_the_compliance_commands_and_routes_take_the_same_set(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A county system configures its options once and passes them to every command and HTTP
    route: coregs check, coregs rules due and POST /check accept a Title IV-E option and record
    it as not used (they refused it as unknown), and still refuse a name nobody declares."""
    from fastapi.testclient import TestClient

    from coregs.service import create_app

    case = str(ROOT / "examples" / "case-on-time.json")
    iv_e_option = ["--option", "relinquishment_removal=placement"]
    assert main(["check", case, "--as-of", "2026-12-01", "--json", *iv_e_option]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [o["name"] for o in out["options_not_used"]] == ["relinquishment_removal"]
    assert main(["rules", "due", "7.601.4.C", "2026-03-02", "--json", *iv_e_option]) == 0
    assert json.loads(capsys.readouterr().out)["due"] == "2026-03-09"
    assert main(["check", case, "--as-of", "2026-12-01", "--option", "relinquishment=x"]) == 2
    assert "options.relinquishment: no such option" in capsys.readouterr().err

    client = TestClient(create_app())
    body = json.loads((ROOT / "examples" / "case-on-time.json").read_text())
    answer = client.post(
        "/check?as_of=2026-12-01&option=relinquishment_removal=placement", json=body
    )
    assert answer.status_code == 200
    assert [o["name"] for o in answer.json()["options_not_used"]] == ["relinquishment_removal"]
    refused = client.post("/check?as_of=2026-12-01&option=relinquishment=x", json=body)
    assert refused.status_code == 422
    assert refused.json()["field"] == "options.relinquishment"
