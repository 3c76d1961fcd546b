"""The shipped example cases say what their names say."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coregs.compliance import Case, ComplianceStatus, check_case

EXAMPLES = Path(__file__).parents[2] / "examples"
AS_OF = date(2026, 12, 1)


@pytest.mark.parametrize("name", ["case-on-time.json", "case-late-and-overdue.json"])
def test_every_example_is_a_valid_case(name: str) -> None:
    """The files validate against the case model."""
    Case.parse_json((EXAMPLES / name).read_text())


def test_the_on_time_case_has_nothing_late_or_overdue() -> None:
    """Every deadline due by December 1, 2026 was met on time."""
    case = Case.parse_json((EXAMPLES / "case-on-time.json").read_text())
    report = check_case(case, as_of=AS_OF)
    counts = report.counts()
    assert counts[ComplianceStatus.MET_LATE] == counts[ComplianceStatus.OVERDUE] == 0
    assert counts[ComplianceStatus.INDETERMINATE] == 0
    assert counts[ComplianceStatus.MET_ON_TIME] >= 10


def test_the_late_case_shows_each_kind_of_trouble() -> None:
    """Late determinations, an overdue SSI application and summary, a written contact that
    does not count, and a contact due the next day."""
    case = Case.parse_json((EXAMPLES / "case-late-and-overdue.json").read_text())
    report = check_case(case, as_of=AS_OF)
    status = {(f.rule.id, f.occurrence, f.trigger_event): f for f in report.findings}
    assert status[("ssi-application", 1, 3)].status is ComplianceStatus.OVERDUE
    assert status[("case-summary-six-months", 1, 0)].status is ComplianceStatus.OVERDUE
    late = status[("ive-initial-determination", 1, 3)]
    assert (late.status, late.late_by) == (ComplianceStatus.MET_LATE, 18)
    ea = status[("ea-determination", 1, 0)]
    assert (ea.status, ea.late_by, ea.late_unit.value if ea.late_unit else None) == (
        ComplianceStatus.MET_LATE,
        7,
        "business days",
    )
    first, second = report.for_rule("caseworker-change-contact")
    assert (first.status, first.satisfied_event) == (
        ComplianceStatus.MET_LATE,
        13,
    )  # not the written one
    assert (second.status, second.due) == (ComplianceStatus.DUE_SOON, date(2026, 12, 2))
