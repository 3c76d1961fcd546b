"""The calendar commands: `coregs calendar`, `coregs due`, `coregs is-business-day`."""

from __future__ import annotations

import json

import pytest

from coregs.cli import main


def run(capsys, *argv):
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argparse exits on usage errors
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def test_calendar_lists_each_closure_with_weekday_layer_and_source(capsys):
    status, out, _ = run(capsys, "calendar", "2026")
    assert status == 0
    assert "2026-07-03  Fri  Independence Day (observed; falls on Sat 2026-07-04)" in out
    assert "legal holiday" in out and "C.R.S. 24-11-101(1)" in out
    assert "2026-03-31  Tue  Cesar Chavez Day - OPEN (C.R.S. 24-11-112)" in out


def test_calendar_json(capsys):
    status, out, _ = run(capsys, "calendar", "2021", "--calendar", "state-offices", "--json")
    data = json.loads(out)
    assert status == 0
    assert data["calendar"] == "Colorado state offices"
    layers = {c["date"]: c["layer"] for c in data["closures"]}
    assert layers["2021-11-26"] == "state office closure"
    assert layers["2021-12-24"] == "legal holiday"


def test_calendar_compare_shows_python_holidays_differences(capsys):
    _, out, _ = run(capsys, "calendar", "2019", "--compare")
    assert "2019-10-14: coregs closes (Columbus Day)" in out
    assert "UNDOCUMENTED" not in out


def test_due_names_the_skipped_days(capsys):
    status, out, _ = run(capsys, "due", "2026-11-20", "5 working days")
    assert status == 0
    assert "2026-11-26 Thursday: Thanksgiving Day" in out
    assert out.strip().endswith("Due 2026-11-30 (Monday).")


def test_due_json(capsys):
    _, out, _ = run(
        capsys, "due", "2026-11-26", "thirty (30) calendar days", "--roll", "forward", "--json"
    )
    data = json.loads(out)
    assert (data["due"], data["unrolled"], data["rolled"]) == ("2026-12-28", "2026-12-26", True)
    assert [s["name"] for s in data["skipped"]] == ["Saturday", "Sunday"]


def test_is_business_day(capsys):
    status, out, _ = run(capsys, "is-business-day", "2026-03-31")
    assert (status, out.splitlines()[0]) == (0, "yes")
    _, out, _ = run(capsys, "is-business-day", "2026-07-03", "--json")
    assert json.loads(out)["is_business_day"] is False


def test_a_county_closures_file_is_a_layer_on_top(capsys, tmp_path):
    f = tmp_path / "denver.json"
    f.write_text(
        json.dumps(
            [{"date": "2026-03-30", "name": "Cesar Chavez Day (Denver)", "source": "Denver"}]
        )
    )
    _, out, _ = run(capsys, "is-business-day", "2026-03-30", "--closures", str(f))
    assert out.splitlines()[0] == "no"
    assert "Cesar Chavez Day (Denver)" in out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["due", "2026-02-30", "5 working days"], "argument trigger: expected an ISO date"),
        (["due", "2026-11-20", "5 wrking days"], "unknown unit 'wrking days'"),
        (["calendar", "1999"], "year: expected a year in 2000-2100"),
        (["calendar", "twenty"], "argument year: expected a year"),
        (["is-business-day", "2101-01-01"], "outside the supported years 2000-2100"),
        (["due", "2100-12-20", "30 working days"], "due: the due date falls outside"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(capsys, argv, fragment):
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert fragment in err
    assert "Traceback" not in err


def test_a_bad_closures_file_is_a_clear_error(capsys, tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('[{"date": "2026-02-30", "name": "x"}]')
    status, _, err = run(capsys, "is-business-day", "2026-03-30", "--closures", str(f))
    assert status == 2
    assert "--closures[0].date: expected an ISO date" in err
    assert "2026-02-30" not in err


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["due", "2101-06-01", "5 business days"], "trigger: outside"),
        # Monday December 20, 2100 + 30 calendar days is January 19, 2101
        (["due", "2100-12-20", "30 calendar days", "--roll", "forward"],
            "due: the due date falls outside"),
        (["rules", "due", "service-request-contact", "2101-06-01"], "trigger: outside"),
        (["rules", "due", "7.601.4.C", "2100-12-30"], "due: the due date falls outside"),
    ],
)  # fmt: skip
def test_a_count_outside_the_calendar_names_the_argument(capsys, argv, line):
    """The trigger is the positional argument ``trigger`` of both commands."""
    status, out, err = run(capsys, *argv)
    rule = " (service-request-contact)" if argv[0] == "rules" else ""
    assert (status, out) == (2, "")
    assert err == (
        f"coregs: error: {line} the supported years 2000-2100 of calendar "
        f"'Colorado legal holidays, as observed'{rule}\n"
    )
