"""``coregs batch`` (issue 8.4): one output line per case, in input order, errors in place and
never a case value; exit status 1 when any case failed."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from coregs.cli import main
from tests.test_repository import ROOT

CANARY = "Zebediah-Quuxington"
EXAMPLES = ROOT / "examples"
LATE = json.loads((EXAMPLES / "case-late-and-overdue.json").read_text())
ON_TIME = json.loads((EXAMPLES / "case-on-time.json").read_text())


@pytest.fixture
def cases_file(tmp_path: Path) -> Path:
    path = tmp_path / "cases.jsonl"
    lines = [
        json.dumps(LATE),
        "",  # a blank line is skipped, not a case
        json.dumps({"case_ref": "BAD-1", "events": [{"kind": "case_opened", "date": CANARY}]}),
        json.dumps({"events": [], CANARY: 1}),
        json.dumps(ON_TIME),
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_each_case_gets_one_json_line_in_input_order(cases_file, capsys) -> None:
    status, out, err = _run(["batch", "check", str(cases_file), "--as-of", "2026-12-01"], capsys)
    lines = [json.loads(x) for x in out.splitlines()]
    assert [(x["index"], x["source"], "report" in x) for x in lines] == [
        (0, "line 1", True),
        (1, "line 3", False),
        (2, "line 4", False),
        (3, "line 5", True),
    ]
    assert lines[0]["report"]["case_ref"] == "EXAMPLE-2026-0233"
    assert lines[1]["error"] == "InvalidFactsError" and lines[1]["field"] == "events[0].date"
    assert status == 1
    assert err == "coregs: 2 of 4 cases failed; their output holds the errors\n"
    assert CANARY not in out + err


def test_two_processes_write_the_same_bytes(cases_file, capsys) -> None:
    argv = ["batch", "check", str(cases_file), "--as-of", "2026-12-01"]
    one = _run(argv, capsys)
    two = _run([*argv, "--jobs", "2"], capsys)
    assert one == two


def test_csv_rows_are_findings_and_a_failed_case_is_one_row(cases_file, capsys) -> None:
    status, out, _ = _run(
        ["batch", "check", str(cases_file), "--as-of", "2026-12-01", "--csv"], capsys
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    by_case: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_case.setdefault(row["index"], []).append(row)
    assert sorted(by_case) == ["0", "1", "2", "3"]
    (failed,) = by_case["1"]
    assert (failed["error"], failed["error_field"], failed["rule_id"]) == (
        "InvalidFactsError",
        "events[0].date",
        "",
    )
    assert {r["case_ref"] for r in by_case["0"]} == {"EXAMPLE-2026-0233"}
    assert all(r["error"] == "" for r in by_case["0"])
    assert status == 1 and CANARY not in out


def test_a_folder_of_json_files_is_read_in_name_order(tmp_path, capsys) -> None:
    (tmp_path / "b.json").write_text(json.dumps(ON_TIME))
    (tmp_path / "a.json").write_text(json.dumps(LATE))
    (tmp_path / "notes.txt").write_text("not a case")
    (tmp_path / "c.json").mkdir()  # named like a case file, but cannot be read as one
    status, out, _ = _run(["batch", "check", str(tmp_path), "--as-of", "2026-12-01"], capsys)
    lines = [json.loads(x) for x in out.splitlines()]
    assert [(x["index"], x["source"]) for x in lines] == [
        (0, "a.json"),
        (1, "b.json"),
        (2, "c.json"),
    ]
    assert (lines[2]["field"], lines[2]["problem"]) == ("file", "cannot read it")
    assert status == 1


def test_an_event_table_is_checked_case_by_case(tmp_path, capsys) -> None:
    table = tmp_path / "events.csv"
    table.write_text(
        "\ufeffcase_ref,kind,date,program_area\n"  # a spreadsheet's byte-order mark
        "C1,service_request_received,2026-11-20,\n"
        "C1,service_request_contact,2026-12-01,\n"
        f"C2,case_opened,{CANARY},5\n"
    )
    status, out, _ = _run(
        ["batch", "check", "--events", str(table), "--as-of", "2026-12-15"], capsys
    )
    first, second = (json.loads(x) for x in out.splitlines())
    contact = [f for f in first["report"]["findings"] if f["rule_id"] == "service-request-contact"]
    assert [(f["status"], f["late_by"]) for f in contact] == [("met_late", 1)]
    assert (second["field"], second["source"]) == ("row 3, column date", "row 3")
    assert status == 1 and CANARY not in out


def test_an_event_table_with_an_unknown_column_is_refused_whole(tmp_path, capsys) -> None:
    table = tmp_path / "events.csv"
    table.write_text(f"case_ref,kind,date,{CANARY}\nC1,case_opened,2026-01-05,x\n")
    status, out, err = _run(
        ["batch", "check", "--events", str(table), "--as-of", "2026-12-15"], capsys
    )
    assert status == 2 and out == ""
    assert "header column 4 is unknown" in err and CANARY not in err


def test_iv_e_facts_get_one_determination_line_each(tmp_path, capsys) -> None:
    path = tmp_path / "facts.jsonl"
    court = json.loads((EXAMPLES / "iv-e-court-ordered.json").read_text())
    path.write_text(json.dumps(court) + "\n" + json.dumps({"child": {"birth_date": CANARY}}) + "\n")
    status, out, _ = _run(["batch", "iv-e", str(path), "--as-of", "2026-12-01"], capsys)
    first, second = (json.loads(x) for x in out.splitlines())
    assert first["determination"]["status"] == "eligible"
    assert second["field"] == "child.birth_date"
    assert status == 1 and CANARY not in out


def test_a_progress_line_is_drawn_only_on_a_terminal(cases_file, capsys, monkeypatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    argv = ["batch", "check", str(cases_file), "--as-of", "2026-12-01"]
    _, _, err = _run(argv, capsys)
    assert "\r" not in err  # captured stderr is no terminal
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(argv)
    shown = terminal.getvalue()
    assert "\rcoregs batch: 100% 4 cases, 2 failed" in shown and CANARY not in shown


def test_a_bad_setting_stops_before_any_case(cases_file, capsys) -> None:
    status, out, err = _run(
        ["batch", "check", str(cases_file), "--as-of", "2026-12-01", "--option", "nope=x"],
        capsys,
    )
    assert (status, out) == (2, "")
    assert err.startswith("coregs: error: options.nope: no such option")
