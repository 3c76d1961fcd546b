"""Whole caseloads (issue 8.4): check_cases and determine_many give what the one-case
functions give, in input order, with a failed case in place of a case that cannot be
evaluated, on one process or several."""

from __future__ import annotations

import json
import pickle
from datetime import date

import pytest

import coregs
from coregs import (
    RULEBOOK,
    Case,
    FailedCase,
    InputError,
    check_case,
    check_cases,
    determine_iv_e,
    determine_many,
)
from tests.test_repository import ROOT

AS_OF = date(2026, 12, 1)
CANARY = "Zebediah-Quuxington"
EXAMPLES = ROOT / "examples"
LATE = (EXAMPLES / "case-late-and-overdue.json").read_text()
ON_TIME = json.loads((EXAMPLES / "case-on-time.json").read_text())
CASES = [
    LATE,  # a JSON document
    json.dumps({"events": [{"kind": "case_opened", "date": "2026-02-30"}]}),  # no such day
    ON_TIME,  # a mapping
    {"events": [], CANARY: True},  # an unknown key: its name may be a value
    Case.parse(ON_TIME),  # a Case
    # strict effective dating: 7.601.6 took effect after 2001 (RuleNotInForceError)
    {"events": [{"kind": "case_opened", "date": "2001-01-05"}]},
]


def _expected() -> list[object]:
    out: list[object] = []
    for case in CASES:
        try:
            parsed = Case.parse_json(case) if isinstance(case, str) else Case.parse(case)
            out.append(check_case(parsed, as_of=AS_OF).to_dict())
        except coregs.CoregsError as exc:
            out.append(type(exc).__name__)
    return out


def _got(results: list[object]) -> list[object]:
    return [r.error if isinstance(r, FailedCase) else r.to_dict() for r in results]  # type: ignore[attr-defined]


def test_check_cases_gives_each_case_what_check_case_gives_it_in_order() -> None:
    results = list(check_cases(CASES, AS_OF))
    assert _got(results) == _expected()
    assert [r.index for r in results if isinstance(r, FailedCase)] == [1, 3, 5]


def test_a_failed_case_names_the_field_and_rule_and_holds_no_value() -> None:
    failed = [r for r in check_cases(CASES, AS_OF) if isinstance(r, FailedCase)]
    bad_date, unknown_key, not_in_force = failed
    assert bad_date.field == "events[0].date" and bad_date.error == "InvalidFactsError"
    assert unknown_key.field == "Case" and "unknown field" in unknown_key.problem
    assert not_in_force.error == "RuleNotInForceError" and not_in_force.rule
    for f in failed:
        shown = str(f) + repr(f) + json.dumps(f.to_dict()) + repr(pickle.loads(pickle.dumps(f)))
        assert CANARY not in shown and "2026-02-30" not in shown and "2001-01-05" not in shown


def test_two_processes_give_the_same_results_pointing_at_the_callers_rules() -> None:
    many = CASES * 30  # several chunks per worker
    parallel = list(check_cases(many, AS_OF, jobs=2))
    assert _got(parallel) == _expected() * 30
    report = parallel[0]
    assert isinstance(report, coregs.ComplianceReport)
    finding = report.findings[0]
    assert finding.rule is RULEBOOK.get(finding.rule.id)  # the caller's own Rule value
    assert finding.calendar is coregs.default_calendar()
    assert finding.deadline() is not None


def test_settings_are_checked_once_before_any_case() -> None:
    with pytest.raises(coregs.UnknownOptionError):
        check_cases(CASES, AS_OF, options={"no_such_option": "x"})
    with pytest.raises(InputError, match="jobs"):
        check_cases(CASES, AS_OF, jobs=0)
    with pytest.raises(coregs.OutOfRangeError):
        check_cases(CASES, date(1999, 1, 1))
    with pytest.raises(InputError, match="as_of"):
        determine_many([], "2026-12-01")  # type: ignore[arg-type]


def test_a_failure_of_coregs_itself_is_a_failed_case_with_its_type_only(monkeypatch) -> None:
    import coregs._batch._run as run

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError(f"something about {CANARY}")

    results = check_cases([ON_TIME, ON_TIME], AS_OF)  # the settings check runs the real one
    monkeypatch.setattr(run, "check_case", broken)
    first, _ = results
    assert isinstance(first, FailedCase)
    assert (first.error, first.field) == ("InternalError", "")
    assert "ValueError" in first.problem and CANARY not in str(first)


def test_determine_many_gives_each_child_what_determine_iv_e_gives() -> None:
    court = (EXAMPLES / "iv-e-court-ordered.json").read_text()
    lapsed = json.loads((EXAMPLES / "iv-e-voluntary-lapsed.json").read_text())
    facts = [court, {"child": {"birth_date": CANARY}}, lapsed]
    expected = [
        determine_iv_e(coregs.IVEFacts.parse_json(court), as_of=AS_OF).to_dict(),
        "InvalidFactsError",
        determine_iv_e(lapsed, as_of=AS_OF).to_dict(),
    ]
    for jobs in (1, 2):
        got = list(determine_many(facts * 3, AS_OF, jobs=jobs))
        assert _got(got) == expected * 3
        assert CANARY not in str(got[1])


def test_a_calendar_pickles_as_a_value(legal) -> None:
    county = legal.with_closures([coregs.Closure(date(2026, 3, 30), "County day")], name="X")
    again = pickle.loads(pickle.dumps(county))
    assert again == county and again.name == "X"
    assert again.add_business_days(date(2026, 3, 27), 1) == date(2026, 3, 31)


def test_stopping_early_stops_the_workers() -> None:
    results = check_cases([ON_TIME] * 1000, AS_OF, jobs=2)
    assert isinstance(next(results), coregs.ComplianceReport)
    results.close()  # type: ignore[attr-defined]


def test_then_runs_where_the_report_was_made_and_yields_its_result() -> None:
    """What a caller does with each report (its records here) is done in the workers, and a
    failed case comes back as it is."""
    many = CASES * 20
    want = [r if isinstance(r, FailedCase) else r.to_records() for r in check_cases(many, AS_OF)]
    for jobs in (1, 2):
        got = list(check_cases(many, AS_OF, jobs=jobs, then=coregs.ComplianceReport.to_records))
        assert got == want
    kinds = list(determine_many([ON_TIME], AS_OF, then=type))  # a mapping that is no facts
    assert [type(k) for k in kinds] == [FailedCase]


def test_then_must_be_a_function_the_workers_can_receive() -> None:
    counts = list(check_cases([ON_TIME], AS_OF, then=lambda r: len(r.findings)))
    assert counts == [len(check_case(Case.parse(ON_TIME), as_of=AS_OF).findings)]
    with pytest.raises(InputError, match="then"):
        check_cases([ON_TIME], AS_OF, jobs=2, then=lambda r: len(r.findings))
    with pytest.raises(InputError, match="then"):
        check_cases([ON_TIME], AS_OF, then="to_records")  # type: ignore[call-overload]


def test_results_pickle_as_equal_values() -> None:
    """Reports (with every kind of status detail) survive pickling unchanged: they cross
    process boundaries in a batch."""
    reports = [r for r in check_cases(CASES, AS_OF) if not isinstance(r, FailedCase)]
    details = {type(f.status_detail) for r in reports for f in r.findings}
    assert len(details) >= 4
    assert pickle.loads(pickle.dumps(reports)) == reports


def test_unpacking_a_chunk_leaves_the_cycle_collector_as_it_was() -> None:
    import gc

    from coregs._batch._run import CheckTask

    task = CheckTask(as_of=AS_OF)
    reports = [task((i, "", case)) for i, case in enumerate(CASES)]
    packed = task.pack(reports)
    try:
        for state in (True, False):
            (gc.enable if state else gc.disable)()
            assert _got(task.unpack(packed)) == _got(reports)
            assert gc.isenabled() is state
    finally:
        gc.enable()


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_options_value_goes_to_a_whole_caseload(jobs: int) -> None:
    """Issue 14 §1, one set of options for every entry point, batches included: an Options
    value resolved once against coregs.ALL_OPTIONS is accepted by check_cases and
    determine_many, each reading its own options and recording the other as not used, as
    check_case and determine_iv_e do with the same value."""
    options = coregs.resolve_options(
        coregs.ALL_OPTIONS, {"calendar_day_roll": "none", "relinquishment_removal": "placement"}
    )
    facts = json.loads((EXAMPLES / "iv-e-relinquishment.json").read_text())
    (report,) = check_cases([ON_TIME], AS_OF, options=options, jobs=jobs)
    (det,) = determine_many([facts], AS_OF, options=options, jobs=jobs)
    assert (
        report.to_dict() == check_case(Case.parse(ON_TIME), as_of=AS_OF, options=options).to_dict()
    )
    assert det.to_dict() == determine_iv_e(facts, as_of=AS_OF, options=options).to_dict()
    assert [c.name for c in report.options.not_used] == ["relinquishment_removal"]
    assert ("relinquishment_removal", "placement") in [
        (c.name, c.value) for c in det.options.overridden
    ]
