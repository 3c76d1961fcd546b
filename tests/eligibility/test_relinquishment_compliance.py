"""A relinquished child's removal is dated the same way by a determination and by the compliance
check of the same facts.

7.601.71.G: "If a child is relinquished to the county department, the county shall petition the
court to judicially remove the child even though the parent relinquished the child to the
county department." Under option relinquishment_removal's default the removal is the first
ruling sanctioning it, and 7.601.71.B.3's "order of the court within sixty (60) calendar days"
counts from it in a determination; the compliance check used to count it from the
relinquishment and report the same finding as late.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from coregs import ComplianceStatus, IVEFacts, determine_iv_e, iv_e_compliance
from coregs.eligibility import TimeLimitStatus, iv_e_case
from coregs.rules import EventKind

EXAMPLE = Path(__file__).parents[2] / "examples" / "iv-e-relinquishment.json"
AS_OF = date(2026, 6, 30)
RULE = "re-prevent-removal-order"


def _facts() -> IVEFacts:
    return IVEFacts.parse(json.loads(EXAMPLE.read_text()))


def test_b3_counts_from_the_first_ruling_in_both_halves() -> None:
    # relinquished 2026-01-12, first ruling sanctioning removal 2026-03-04, finding 2026-04-27
    facts = _facts()
    (finding,) = iv_e_compliance(facts, as_of=AS_OF).for_rule(RULE)
    (limit,) = [t for t in determine_iv_e(facts, as_of=AS_OF).time_limits if t.id == RULE]
    assert (finding.due, finding.satisfied_on) == (date(2026, 5, 3), date(2026, 4, 27))
    assert finding.status is ComplianceStatus.MET_ON_TIME
    assert (limit.due, limit.met_on, limit.status) == (
        finding.due,
        finding.satisfied_on,
        TimeLimitStatus.MET,
    )


def test_the_report_records_the_reading_it_used() -> None:
    report = iv_e_compliance(_facts(), as_of=AS_OF)
    assert [(c.name, c.value) for c in report.options.overridden] == [
        ("re_prevent_removal_trigger", "removal")
    ]


def test_the_removal_event_is_the_courts() -> None:
    events = iv_e_case(_facts()).events
    (removal,) = [e for e in events if e.kind is EventKind.REMOVAL]
    (placed,) = [e for e in events if e.kind is EventKind.PLACED_OUT_OF_HOME]
    assert removal.date == date(2026, 3, 4)
    assert placed.date == date(2026, 1, 12)  # 7.601.71.I.1's 45 days still count from placement


def test_the_placement_reading_counts_from_the_relinquishment() -> None:
    options = {"relinquishment_removal": "placement"}
    (finding,) = iv_e_compliance(_facts(), as_of=AS_OF, options=options).for_rule(RULE)
    (limit,) = [
        t
        for t in determine_iv_e(_facts(), as_of=AS_OF, options=options).time_limits
        if t.id == RULE
    ]
    assert finding.due == limit.due == date(2026, 3, 13)
    assert finding.status is ComplianceStatus.MET_LATE
    assert iv_e_case(_facts(), options=options).events[0].date == date(2026, 1, 12)


def test_a_ruling_after_the_discharge_removes_no_one_from_the_stay() -> None:
    """Found by the ledger property: a relinquished child discharged the day before the first
    ruling sanctioning removal. The determination counts no redetermination (the child left
    care before entering it), and the compliance check must not start 7.601.71.I.2's twelve
    months from a removal dated after the stay ended."""
    doc = json.loads(EXAMPLE.read_text())
    doc["removal"]["discharge_date"] = "2026-03-03"  # the ruling is 2026-03-04
    facts = IVEFacts.parse(doc)
    kinds = [e.kind for e in iv_e_case(facts).events]
    assert EventKind.REMOVAL not in kinds
    assert EventKind.DISCHARGED in kinds
    det = determine_iv_e(facts, as_of=AS_OF, effective="lenient")
    report = iv_e_compliance(facts, as_of=AS_OF, effective="lenient")
    assert [t for t in det.time_limits if t.id == "ive-redetermination"] == []
    assert [
        f
        for f in report.for_rule("ive-redetermination")
        if f.status is not ComplianceStatus.NOT_APPLICABLE
    ] == []


def test_before_any_ruling_removes_the_child_no_twelve_months_run() -> None:
    """7.601.71.K.2: the finding "must be made within twelve (12) months of the date the child
    enters foster care". A relinquished child (G) whom no recorded ruling has yet removed has
    not entered foster care under relinquishment_removal's default, so K.2 does not apply yet;
    it was unknown, while the same facts with the manner unstated said met (found by the
    refinement property)."""
    doc = json.loads(EXAMPLE.read_text())
    doc["court_orders"].insert(
        0,
        {
            "date": "2026-02-02",
            "sanctions_removal": False,
            "documentation": "signed_order",
            "wording": "case_specific",
            "findings": [],
        },
    )
    det = determine_iv_e(IVEFacts.parse(doc), as_of=date(2026, 2, 15))
    (k2,) = [c for c in det.criteria() if c.id == "permanency-re-finding"]
    assert k2.outcome.value == "not_applicable"
    assert "no ruling has removed the relinquished child yet" in k2.reason
    assert det.entered_foster_care is None


def test_a_redetermination_due_today_is_the_last_one_listed() -> None:
    """7.601.71.I.2: "Counties shall redetermine eligibility ... every twelve (12) months from
    the date the child enters foster care". The court-ordered example enters foster care on
    2026-04-20 (its adjudication), so the first redetermination is due Tuesday 2027-04-20. On
    that day, not yet done, it is the open occurrence: the ledger listed the next one too
    (2028-04-20), which the compliance check of the same rule does not (found by the ledger
    property)."""
    facts = json.loads((EXAMPLE.parent / "iv-e-court-ordered.json").read_text())
    day = date(2027, 4, 20)
    det = determine_iv_e(facts, as_of=day)
    ledger = [(t.due, t.status) for t in det.time_limits if t.id == "ive-redetermination"]
    assert ledger == [(day, TimeLimitStatus.PENDING)]
    found = [
        (f.due, f.status) for f in iv_e_compliance(facts, as_of=day).for_rule("ive-redetermination")
    ]
    assert found == [(day, ComplianceStatus.DUE_SOON)]


def test_no_order_yet_is_no_removal_yet() -> None:
    """The same as above with no order at all through the evaluation date (the relinquishment
    example's first ruling is 2026-03-04): every order through that date is on record, so no
    ruling has removed the child and K.2's twelve months have not begun (it was unknown)."""
    det = determine_iv_e(_facts(), as_of=date(2026, 2, 15))
    (k2,) = [c for c in det.criteria() if c.id == "permanency-re-finding"]
    assert k2.outcome.value == "not_applicable"


def test_an_unstated_manner_leaves_the_entry_date_open() -> None:
    """With the manner of removal unstated, the child may be a relinquished one, whose removal
    is the court's ruling (2026-03-04), not the recorded 2026-01-12: "the date the child enters
    foster care" (45 CFR 1355.20) is open, and K.2 says which fact would settle it. It was met
    or not met from the recorded date, and stating the manner could flip it (the refinement
    property)."""
    doc = json.loads(EXAMPLE.read_text())
    del doc["removal"]["manner"]
    det = determine_iv_e(IVEFacts.parse(doc), as_of=date(2027, 6, 30))
    (k2,) = [c for c in det.criteria() if c.id == "permanency-re-finding"]
    assert k2.outcome.value == "unknown"
    assert "removal.manner" in k2.missing
    assert det.entered_foster_care is None
