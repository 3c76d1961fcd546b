"""The command line: coregs rules, coregs rules show/due/options, coregs check."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from coregs.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"
LATE = str(EXAMPLES / "case-late-and-overdue.json")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_rules_lists_and_filters(capsys: pytest.CaptureFixture[str]) -> None:
    """coregs rules lists every rule; filters narrow it."""
    status, out, _ = run(capsys, "rules")
    assert status == 0
    assert "service-request-contact" in out
    assert "42 rules" in out
    _, out, _ = run(capsys, "rules", "--section", "7.601.81", "--unit", "working days")
    assert "6 rules" in out
    _, out, _ = run(capsys, "rules", "--actor", "court", "--json")
    assert {r["actor"] for r in json.loads(out)} == {"court"}


def test_rules_show_prints_the_quote_options_and_errata(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """coregs rules show 7.601.4.C: the rule with its quote and options."""
    status, out, _ = run(capsys, "rules", "show", "7.601.4.C")
    assert status == 0
    assert "within five (5) working days" in out
    assert "working_days_calendar" in out
    _, out, _ = run(capsys, "rules", "show", "7.601.71.B.2")
    assert "7.601.81, B, 2" in out
    assert "7.601.71.B.2" in out
    _, out, _ = run(capsys, "rules", "show", "7.601.6.A.2")
    assert "case-summary-six-months" in out
    assert "case-summary-on-change" in out


def test_an_unknown_rule_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown id or citation: one line on stderr, status 2."""
    status, out, err = run(capsys, "rules", "show", "7.601.99")
    assert (status, out) == (2, "")
    assert "no rule has this id or citation" in err


def test_rules_options_lists_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    """coregs rules options: each option, its default and its readings."""
    status, out, _ = run(capsys, "rules", "options")
    assert status == 0
    assert "unqualified_days (default 'calendar days'" in out
    assert "- 45 CFR 1355.20 (default):" in out


def test_rules_due_counts_with_the_skipped_days(capsys: pytest.CaptureFixture[str]) -> None:
    """coregs rules due: the deadline, every skipped day named."""
    status, out, _ = run(capsys, "rules", "due", "7.601.4.C", "2026-11-20")
    assert status == 0
    assert "Thanksgiving Day" in out
    assert "Due 2026-11-30 (Monday)." in out
    _, out, _ = run(
        capsys,
        "rules",
        "due",
        "7.601.2.A.8",
        "2026-06-03",
        "--option",
        "unqualified_days=working days",
        "--json",
    )
    assert json.loads(out)["due"] == "2026-07-17"


def test_rules_due_at_a_citation_of_two_rules_shows_each(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 14 §5: 7.601.81.F.2 is two rules, "the county department shall notify the court,
    parties to the case, their legal counsel, and Guardian ad Litem that a record ... has been
    corrected within ten (10) working days of making the correction" and the letters "mailed
    ... within ten (10) working days". `coregs rules due 7.601.81.F.2` ended in
    AmbiguousRuleError (exit 2); it shows each rule's due date. By hand: day 0 Monday
    2026-03-02, ten working days (no holiday in March) is Monday 2026-03-16 for both."""
    status, out, err = run(capsys, "rules", "due", "7.601.81.F.2", "2026-03-02")
    assert status == 0, err
    assert "(court-correction-notice)" in out and "(correction-letters-court-case)" in out
    assert out.count("Due 2026-03-16 (Monday).") == 2
    _, out, _ = run(capsys, "rules", "due", "7.601.81.F.2", "2026-03-02", "--json")
    records = json.loads(out)
    assert [(r["rule_id"], r["due"]) for r in records] == [
        ("court-correction-notice", "2026-03-16"),
        ("correction-letters-court-case", "2026-03-16"),
    ]


def test_rules_due_on_a_rolling_schedule_takes_the_previous_acts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """7.601.6.A.1 "at a minimum every six (6) months", counted from the previous act (the
    default): the second occurrence is six months after the act of Nov 10, 2026; without the
    act, exit 2 naming --previous-act's argument, never a fixed-schedule date."""
    argv = ("rules", "due", "7.601.6.A.1", "2026-08-31", "--occurrence", "2")
    status, out, _ = run(capsys, *argv, "--previous-act", "2026-11-10")
    assert status == 0 and "Due 2027-05-10 (Monday)." in out
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == "" and "previous_acts" in err


def test_rules_markdown_is_the_crosswalk(capsys: pytest.CaptureFixture[str]) -> None:
    """coregs rules --markdown prints docs/crosswalk.md."""
    _, out, _ = run(capsys, "rules", "--markdown")
    assert out == (Path(__file__).parents[2] / "docs" / "crosswalk.md").read_text()


def test_check_reports_a_case(capsys: pytest.CaptureFixture[str]) -> None:
    """coregs check examples/... --as-of 2026-12-01: the findings."""
    status, out, _ = run(capsys, "check", LATE, "--as-of", "2026-12-01")
    assert status == 0
    assert "Overdue (2):" in out
    assert "ssi-application" in out


def test_check_json_and_csv(capsys: pytest.CaptureFixture[str]) -> None:
    """--json for machines, --csv for a spreadsheet or DataFrame."""
    _, out, _ = run(capsys, "check", LATE, "--as-of", "2026-12-01", "--json")
    data = json.loads(out)
    assert data["counts"]["overdue"] == 2
    _, out, _ = run(capsys, "check", LATE, "--as-of", "2026-12-01", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(data["findings"])
    assert {"rule_id", "status", "due_date"} <= set(rows[0])


def test_check_options_and_calendar(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Options and calendars are chosen by name, or a closures file is added."""
    _, out, _ = run(
        capsys,
        "check",
        LATE,
        "--as-of",
        "2026-12-01",
        "--calendar",
        "state-offices",
        "--option",
        "entered_foster_care_date=placement",
        "--json",
    )
    data = json.loads(out)
    assert data["calendar"] == "Colorado state offices"
    chosen = {o["name"]: o["value"] for o in data["options"]}
    assert chosen["entered_foster_care_date"] == "placement"
    closures = tmp_path / "closures.json"
    closures.write_text('[{"date": "2026-02-17", "name": "County furlough day"}]')
    _, out, _ = run(
        capsys, "check", LATE, "--as-of", "2026-12-01", "--closures", str(closures), "--json"
    )
    data = json.loads(out)
    ea = next(f for f in data["findings"] if f["rule_id"] == "ea-determination")
    assert ea["due_date"] == "2026-02-19"  # one more closed day pushes day 30 on by one


def test_an_invalid_case_file_exits_2_with_the_path_and_no_value(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bad case file: the field path and what was expected, no personal value, exit 2."""
    bad = tmp_path / "case.json"
    bad.write_text(
        json.dumps(
            {
                "case_ref": "DOE-JOHN",
                "events": [{"kind": "removal", "date": "2026-13-01", "emergency": True}],
            }
        )
    )
    status, out, err = run(capsys, "check", str(bad), "--as-of", "2026-12-01")
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "events[0].date" in err
    assert "2026-13-01" not in err
    assert "DOE-JOHN" not in err


def test_a_file_that_is_not_json_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Not JSON at all: the line and column, no content."""
    bad = tmp_path / "case.json"
    bad.write_text('{"events": [\n  {"kind": "removal", "date": 2026-01-01}\n]}')
    status, _, err = run(capsys, "check", str(bad), "--as-of", "2026-12-01")
    assert status == 2
    assert "not valid JSON: Expecting ',' delimiter (line 2, column 35)" in err


def test_a_missing_file_and_a_bad_option_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """Every bad input is one line on stderr and exit status 2."""
    status, _, err = run(capsys, "check", "no-such-file.json", "--as-of", "2026-12-01")
    assert (status, "case file no-such-file.json: not found" in err) == (2, True)
    status, _, err = run(capsys, "check", LATE, "--as-of", "2026-12-01", "--option", "nope=x")
    assert status == 2
    assert "no such option" in err
    with pytest.raises(SystemExit) as caught:
        main(["check", LATE])
    assert caught.value.code == 2
