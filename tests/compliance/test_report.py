"""The compact report: counts by status, the overdue list, the next ten due dates; text,
records and JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from coregs.compliance import STATUS_ORDER, Case, ComplianceReport, ComplianceStatus, check_case

EXAMPLES = Path(__file__).parents[2] / "examples"
AS_OF = date(2026, 12, 1)


@pytest.fixture(scope="module")
def late() -> ComplianceReport:
    case = Case.parse_json((EXAMPLES / "case-late-and-overdue.json").read_text())
    return check_case(case, as_of=AS_OF)


def test_counts_cover_every_status(late: ComplianceReport) -> None:
    """Every status is counted, zeros included, in reporting order."""
    counts = late.counts()
    assert list(counts) == list(STATUS_ORDER)
    assert sum(counts.values()) == len(late.findings)
    assert counts[ComplianceStatus.OVERDUE] == 2
    assert counts[ComplianceStatus.MET_LATE] == 5


def test_overdue_oldest_first_and_upcoming_earliest_first(late: ComplianceReport) -> None:
    """The overdue list starts with the oldest due date; the next due dates with the
    earliest."""
    assert [f.rule.id for f in late.overdue] == ["ssi-application", "case-summary-six-months"]
    dues = [f.due for f in late.upcoming()]
    assert dues == sorted(dues)  # type: ignore[type-var]
    assert late.upcoming()[0].status is ComplianceStatus.DUE_SOON
    assert len(late.upcoming(2)) == 2


def test_records_are_flat_and_json_ready(late: ComplianceReport) -> None:
    """One flat dict per finding: a DataFrame row (dates as ISO strings, enums as values)."""
    records = late.to_records()
    assert len(records) == len(late.findings)
    for r in records:
        assert all(isinstance(v, str | int | bool | type(None)) for v in r.values())
        assert r["as_of"] == "2026-12-01"
        assert r["case_ref"] == "EXAMPLE-2026-0233"
    keys = set(records[0])
    assert {"rule_id", "citation", "status", "due_date", "late_by", "late_unit", "reason"} <= keys
    json.dumps(late.to_dict())


def test_the_text_report_reads_top_down(late: ComplianceReport) -> None:
    """Counts first, then what is overdue, then what is due next."""
    text = late.render()
    assert text.index("Status counts:") < text.index("Overdue (2):") < text.index("Next due")
    assert "7.601.72.D       ssi-application" in text
    assert "options: all defaults" in text
    assert repr(late).startswith("ComplianceReport(")
    assert "2026" not in repr(late)


def test_the_report_records_how_it_was_computed(late: ComplianceReport) -> None:
    """Calendar, options, text version and the rules nothing triggered are on the report."""
    d = late.to_dict()
    assert d["calendar"] == "Colorado legal holidays, as observed"
    assert any("November 25, 2024" in s for s in d["sources"])
    assert "cpo-intake" in d["not_triggered"]
    assert {o["name"] for o in d["options"]} >= {"entered_foster_care_date", "unqualified_days"}


def test_findings_are_immutable_and_their_repr_shows_no_dates(late: ComplianceReport) -> None:
    """A finding is a value: it cannot change, and a log line of it names only the rule."""
    f = late.findings[0]
    with pytest.raises(AttributeError):
        f.status = ComplianceStatus.MET_ON_TIME  # type: ignore[misc]
    assert "2026" not in repr(f)
    assert repr(f).startswith("Finding(rule=")
    assert hash(f) == hash(late.findings[0])
