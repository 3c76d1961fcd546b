"""Event tables in (issue 11.2): a flat table of events (case_ref, kind, date, attribute
columns) becomes cases; a row that cannot be read is named by row number and column, never by
its value."""

from __future__ import annotations

import json
from datetime import date, datetime

import pandas as pd
import pytest

from coregs import Case, FailedCase, RowError, cases_from_frame, cases_from_rows
from tests.test_repository import ROOT

EXAMPLE = json.loads((ROOT / "examples" / "case-late-and-overdue.json").read_text())
CANARY = "Zebediah-Quuxington"  # a value that must never come back in an error


def _rows_of(case: dict[str, object]) -> list[dict[str, str]]:
    """The example as a CSV would hold it: every cell text, case facts on every row."""
    facts = {k: v for k, v in case.items() if k != "events"}
    rows = []
    for event in case["events"]:  # type: ignore[attr-defined]
        row = {
            k: "" if v is None else str(v).lower() if isinstance(v, bool) else str(v)
            for k, v in {**facts, **event}.items()
        }
        rows.append(row)
    return rows


def test_a_csv_shaped_table_reads_into_the_same_case_as_the_json_file() -> None:
    assert Case.from_rows(_rows_of(EXAMPLE)) == Case.parse(EXAMPLE)


def test_typed_cells_are_read_as_they_are() -> None:
    case = Case.from_rows(
        [
            {
                "kind": "removal",
                "date": date(2026, 1, 9),
                "emergency": True,
                "removed_by": "law_enforcement",
                "program_area": 5.0,
            },
            {
                "kind": "placed_out_of_home",
                "date": datetime(2026, 1, 9),
                "authority": "court_order",
                "program_area": None,
            },
        ]
    )
    assert case.program_area == 5
    assert [e.date for e in case.events] == [date(2026, 1, 9)] * 2
    assert case.events[0].emergency is True


@pytest.mark.parametrize(
    ("cells", "column", "problem"),
    [
        ({"kind": "case_opened", "date": "2026-02-30"}, "date", "expected an ISO date"),
        ({"kind": "case_opened", "date": CANARY}, "date", "expected an ISO date"),
        ({"kind": CANARY, "date": "2026-01-05"}, "kind", "expected one of"),
        (
            {
                "kind": "removal",
                "date": "2026-01-05",
                "emergency": CANARY,
                "removed_by": "court_order",
            },
            "emergency",
            "expected true or false",
        ),
        (
            {"kind": "removal", "date": "2026-01-05", "emergency": "no", "removed_by": CANARY},
            "removed_by",
            "expected one of",
        ),
        (
            {"kind": "case_opened", "date": "2026-01-05", "program_area": CANARY},
            "program_area",
            "expected a whole number",
        ),
        # the kind's attribute rules are the event's as a whole: the row, and the message
        # names the attribute
        (
            {"kind": "case_opened", "date": "2026-01-05", "mode": "in_person"},
            None,
            "no attribute mode",
        ),
        ({"kind": "case_opened"}, "date", "needs both kind and date"),
        ({"kind": "case_opened", "date": datetime(2026, 1, 5, 14, 30)}, "date", "time of day"),
    ],
)
def test_a_bad_cell_is_named_by_row_and_column_never_by_value(cells, column, problem) -> None:
    rows = [{"kind": "case_opened", "date": "2026-01-02"}, cells]
    with pytest.raises(RowError) as caught:
        Case.from_rows(rows, first_row=40)
    error = caught.value
    assert (error.row, error.column) == (41, column)
    assert str(error).startswith(f"row 41, column {column}: " if column else "row 41: ")
    assert problem in str(error)
    for shown in (str(error), repr(error), repr(error.args)):
        assert CANARY not in shown and "2026-02-30" not in shown and "14:30" not in shown


def test_an_unknown_column_is_named_by_position_not_by_its_name() -> None:
    with pytest.raises(RowError) as caught:
        Case.from_rows([{"kind": "case_opened", "date": "2026-01-05", CANARY: "x"}])
    assert "column 3 is not a known column" in str(caught.value)
    assert CANARY not in str(caught.value)


def test_case_facts_must_agree_between_rows() -> None:
    rows = [
        {"kind": "case_opened", "date": "2026-01-05", "program_area": "5"},
        {"kind": "case_closed", "date": "2026-02-05", "program_area": "4"},
    ]
    with pytest.raises(RowError, match=r"^row 2, column program_area: differs"):
        Case.from_rows(rows)


def test_a_fact_the_model_refuses_is_named_at_the_row_that_gave_it() -> None:
    """Program Area 7 does not exist (7.601.6.A.3 names 4, 5 and 6; the model knows 3-6)."""
    rows = [
        {"kind": "case_opened", "date": "2026-01-05"},
        {"kind": "case_closed", "date": "2026-02-05", "program_area": "7"},
    ]
    with pytest.raises(RowError, match=r"^row 2, column program_area: "):
        Case.from_rows(rows)


def test_a_table_of_many_cases_streams_a_case_or_a_failed_case_each_in_order() -> None:
    rows = [
        {"case_ref": "C1", "kind": "service_request_received", "date": "2026-11-20"},
        {"case_ref": "C1", "kind": "service_request_contact", "date": "2026-12-01"},
        {"case_ref": "C2", "kind": "case_opened", "date": CANARY},
        {"case_ref": "C3", "kind": "case_opened", "date": "2026-01-05"},
        {"case_ref": "", "kind": "case_opened", "date": "2026-01-05"},
        {"case_ref": "C1", "kind": "case_opened", "date": "2026-01-05"},
    ]
    out = list(cases_from_rows(rows))
    assert [type(x).__name__ for x in out] == [
        "Case",
        "FailedCase",
        "Case",
        "FailedCase",
        "FailedCase",
    ]
    c1, c2, _c3, no_ref, again = out
    assert isinstance(c1, Case) and c1.case_ref == "C1" and len(c1.events) == 2
    assert isinstance(c2, FailedCase)
    assert (c2.index, c2.field, c2.source) == (1, "row 3, column date", "row 3")
    assert isinstance(no_ref, FailedCase) and no_ref.field == "row 5, column case_ref"
    assert isinstance(again, FailedCase) and "sort the table by case_ref" in again.problem
    for failed in (c2, no_ref, again):
        assert CANARY not in str(failed) + repr(failed) + json.dumps(failed.to_dict())


def test_a_frame_need_not_be_grouped_and_may_hold_typed_cells() -> None:
    df = pd.DataFrame(
        {
            "case_ref": ["C1", "C2", "C1", "C2"],
            "kind": [
                "service_request_received",
                "case_opened",
                "service_request_contact",
                "case_opened",
            ],
            "date": pd.to_datetime(["2026-11-20", "2026-01-05", "2026-12-01", None]),
            "program_area": [None, 5, None, 5],
        },
        index=["w", "x", "y", "z"],  # the index is not the row number: position is
    )
    c1, c2 = cases_from_frame(df)
    assert isinstance(c1, Case) and [e.kind.value for e in c1.events] == [
        "service_request_received",
        "service_request_contact",
    ]
    # row 4 (C2's second row) has a kind and no date
    assert isinstance(c2, FailedCase)
    assert (c2.index, c2.field, c2.source) == (
        1,
        "row 4, column date",
        "2 rows from row 2 to row 4",
    )


def test_a_frame_without_case_ref_is_refused_whole() -> None:
    from coregs import InputError

    with pytest.raises(InputError, match="case_ref"):
        cases_from_frame(pd.DataFrame({"kind": ["case_opened"], "date": ["2026-01-05"]}))
