"""``coregs iv-e`` and ``coregs schema``: the examples run, bad input is one line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coregs.cli import main

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
COURT = str(EXAMPLES / "iv-e-court-ordered.json")


def run(capsys, *argv):
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argparse's own errors
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def test_the_court_ordered_example_is_eligible_from_the_month_of_the_last_finding(capsys):
    """7.601.71.A.3.a: effective "the first day of the month in which all eligibility criteria
    for the child are met": the reasonable-efforts finding came on 2026-04-20."""
    status, out, _ = run(capsys, "iv-e", COURT, "--as-of", "2026-12-01")
    assert status == 0
    assert "Initial determination: ELIGIBLE, effective 2026-04-01" in out
    assert "2026-06      30  yes     16/30" in out  # the move to the licensed home on the 15th


def test_the_voluntary_example_loses_eligibility_for_the_remainder(capsys):
    """7.601.71.E.4: no best-interests order within 180 days of the 2026-01-02 placement (the
    nunc pro tunc order does not count): not eligible from day 181, 2026-07-02."""
    status, out, _ = run(
        capsys,
        "iv-e",
        str(EXAMPLES / "iv-e-voluntary-lapsed.json"),
        "--as-of",
        "2026-12-01",
        "--json",
    )
    assert status == 0
    doc = json.loads(out)
    months = {m["month"]: m["child"] for m in doc["months"]}
    assert months["2026-06"]["coverage"] == "all"
    assert months["2026-07"]["met"] == 1
    assert months["2026-08"]["met"] == 0
    assert doc["deadlines"] == []  # nothing left to keep eligible


def test_the_undetermined_example_names_what_would_settle_it(capsys):
    status, out, _ = run(
        capsys, "iv-e", str(EXAMPLES / "iv-e-undetermined.json"), "--as-of", "2026-12-01"
    )
    assert status == 0
    assert "Initial determination: UNDETERMINED" in out
    assert "would settle it: removal_home.resources" in out
    assert "the court has until 2027-01-01 (day 60)" in out


def test_funding_compliance_and_csv(capsys):
    status, out, _ = run(
        capsys, "iv-e", COURT, "--as-of", "2026-12-01", "--funding", "--compliance"
    )
    assert status == 0
    assert "Other funding sources" in out
    assert "ive-initial-determination" in out  # the 45-day rule, from the catalog
    status, out, _ = run(capsys, "iv-e", COURT, "--as-of", "2026-12-01", "--csv")
    assert status == 0
    assert out.splitlines()[0].startswith("case_ref,month,days_in_care,child_eligible_days")
    assert len(out.splitlines()) == 1 + 10


def test_options_are_applied_and_listed(capsys):
    status, out, _ = run(
        capsys,
        "iv-e",
        COURT,
        "--as-of",
        "2026-12-01",
        "--option",
        "provider_claim_start=licence-date",
    )
    assert status == 0
    assert "Options: provider_claim_start=licence-date" in out
    status, out, _ = run(capsys, "iv-e", "--list-options")
    assert status == 0
    assert "resource_comparison (default 'less-than'; 12 CCR 2509-7.601.71.D.3.a)" in out
    assert "why: The Colorado text says" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["iv-e", COURT, "--as-of", "2026-13-01"], "expected an ISO date"),
        (["iv-e", COURT, "--as-of", "2026-12-01", "--option", "nope=1"], "no such option"),
        (
            ["iv-e", COURT, "--as-of", "2026-12-01", "--option", "age_18_end=never"],
            "unknown choice",
        ),
        (["iv-e", "missing.json", "--as-of", "2026-12-01"], "facts file missing.json: not found"),
        (["iv-e", COURT], "needs a facts file and --as-of"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, argv, message):
    status, _, err = run(capsys, *argv)
    assert status == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_an_invalid_facts_file_names_the_field_not_the_value(capsys, tmp_path):
    bad = json.loads(Path(COURT).read_text())
    bad["child"]["birth_date"] = "2015-02-30"
    bad["removal_home"]["resources"] = "-1.00"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    status, _, err = run(capsys, "iv-e", str(path), "--as-of", "2026-12-01")
    assert status == 2
    assert "child.birth_date" in err and "removal_home.resources" in err
    assert "2015-02-30" not in err and "-1.00" not in err


def test_schema_commands_print_json_schema(capsys):
    status, out, _ = run(capsys, "schema", "case")
    schema = json.loads(out)
    assert status == 0 and schema["$schema"].endswith("2020-12/schema")
    assert "events" in schema["properties"]
    # iv-e: one episode's facts, or a history of episodes
    status, out, _ = run(capsys, "schema", "iv-e")
    schema = json.loads(out)
    assert status == 0 and schema["$schema"].endswith("2020-12/schema")
    assert schema["anyOf"] == [{"$ref": "#/$defs/IVEFacts"}, {"$ref": "#/$defs/IVEHistory"}]
    assert "court_orders" in schema["$defs"]["IVEFacts"]["properties"]
    assert schema["$defs"]["IVEHistory"]["required"] == ["episodes"]
    assert "LatRemDt" in out  # the AFCARS spelling is documented


def test_examples_are_valid_facts():
    from coregs.eligibility import IVEFacts, IVEHistory, parse_iv_e_json

    shapes = {p.name: type(parse_iv_e_json(p.read_text())) for p in EXAMPLES.glob("iv-e-*.json")}
    assert {n for n, t in shapes.items() if t is IVEHistory} == {
        n for n in shapes if n.startswith("iv-e-history-")
    }
    assert IVEFacts in shapes.values()
