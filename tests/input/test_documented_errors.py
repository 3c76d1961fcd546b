"""Only documented errors: bad input to the API or the CLI is a CoregsError (exit 2), never a
crash deep inside (exit 70) and never a silently wrong date.

Each case here was an internal error before it was fixed (issue 10); the fuzz tests in
``test_fuzz.py`` look for more.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coregs import (
    Case,
    CoregsError,
    InputError,
    Month,
    MonthWindow,
    OutOfRangeError,
    Period,
    PeriodSyntaxError,
    Unit,
    add_months,
    afdc_budget,
    check_case,
    colorado_legal_holidays,
    default_calendar,
    determine_iv_e,
    due_date,
    entered_foster_care_date,
    first_of_month,
    occurrences,
    resolve_options,
)
from coregs.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"
COURT = str(EXAMPLES / "iv-e-court-ordered.json")
ON_TIME = str(EXAMPLES / "case-on-time.json")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argparse's usage errors
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["due", "9999-12-31", "5 days"], "period: the due date falls after the year 9999"),
        (["due", "9999-12-01", "2 months"], "months: the result falls outside years 1-9999"),
        (["due", "2026-01-01", "99999999999 days"], "the due date falls after the year 9999"),
        (["due", "2026-01-01", "1" * 5000 + " days"], "a number of more than 12 digits"),
        (["rules", "due", "7.601.71.I.1", "9999-12-31"], "the due date falls after the year"),
        (["iv-e", COURT, "--as-of", "9999-12-31"], "as_of: expected a date in years 1900-2199"),
        (
            ["check", ON_TIME, "--as-of", "2026-12-01", "--option", "working_days_calendar=caller"],
            "options.working_days_calendar: is 'caller', but no calendar was passed",
        ),
    ],
)
def test_the_crashes_of_issue_10_are_one_line_and_exit_2(capsys, argv, message):
    """(Each exited 70 with "internal error" before.)"""
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert err.startswith("coregs: error: ") and err.count("\n") == 1
    assert message in err


D = date(2026, 1, 1)


@pytest.mark.parametrize(
    "argv",
    [
        ["due", "2026-11-20", "5\nweeks"],
        ["rules", "show", "7.601\n4"],
        ["check", "a\nb.json", "--as-of", "2026-12-01"],
        ["is-business-day", "2026-11-20", "\x1b[2J"],
    ],
)
def test_an_error_is_one_line_whatever_argument_it_names(capsys, argv):
    """A newline or an escape sequence in an argument the error repeats is escaped."""
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and "\x1b" not in err


@pytest.mark.parametrize(
    ("call", "error", "field"),
    [
        (lambda: first_of_month(None), InputError, "day"),
        (lambda: add_months("x", 1), InputError, "day"),
        (lambda: add_months(date(9999, 12, 1), 1), OutOfRangeError, "months"),
        (lambda: add_months(date(1, 1, 31), -1), OutOfRangeError, "months"),
        (lambda: due_date(D, D), InputError, "period"),
        (lambda: due_date(D, "five (5) wrking days"), PeriodSyntaxError, "period"),
        (lambda: due_date(D, "5 days", roll="sideways"), InputError, "roll"),
        (lambda: due_date(D, "5 working days", calendar="legal"), InputError, "calendar"),
        (lambda: due_date(date(9999, 12, 31), "1 day"), OutOfRangeError, "period"),
        (lambda: due_date(D, Period(10**12, Unit.CALENDAR_DAYS)), OutOfRangeError, "period"),
        (lambda: next(occurrences(D, 5, through=date(2027, 1, 1))), InputError, "period"),
        (lambda: Period(5, "weeks"), PeriodSyntaxError, "period.unit"),
        (lambda: Month.of("2026-01"), InputError, "day"),
        (lambda: MonthWindow("2026-01", Month(2026, 2)), InputError, "window.first"),
        (lambda: MonthWindow.preceding(None, 6), InputError, "month"),
        (lambda: list(Month(2026, 1).through("2026-03")), InputError, "last"),
        (lambda: Month(9999, 12) + 1, OutOfRangeError, "month.year"),
        # found by the fuzz test
        (lambda: resolve_options(None), InputError, "declared"),
        (lambda: resolve_options((), {"a": 1}), InputError, "options"),
        (lambda: colorado_legal_holidays(None), InputError, "observance"),
        (lambda: colorado_legal_holidays({}), InputError, "observance"),
        (lambda: entered_foster_care_date(removal=False), InputError, "removal"),
        (lambda: entered_foster_care_date(removal=date(9999, 12, 1)), OutOfRangeError, "removal"),
        (lambda: check_case({}, as_of=D, calendar=True), InputError, "calendar"),
        (lambda: check_case({}, as_of=D, rulebook="7.601"), InputError, "rulebook"),
        (lambda: check_case({}, as_of=D, options=["x"]), InputError, "options"),
        (lambda: determine_iv_e({}, as_of=D, options={"x": 1}), InputError, "options"),
        (lambda: afdc_budget({}, as_of=D, need_standard=[1]), InputError, "need_standard"),
        (lambda: determine_iv_e({}, as_of=date(1, 1, 1)), OutOfRangeError, "as_of"),
        (lambda: Case.parse_json("{}", limits=None), InputError, "limits"),
    ],
)  # fmt: skip
def test_the_api_raises_a_coregs_error_naming_the_argument(call, error, field):
    with pytest.raises(error) as caught:
        call()
    assert caught.value.field == field


def test_a_period_given_in_words_is_simply_parsed():
    """due_date(d, "five (5) working days", calendar=cal) reads the phrase as Period.parse does."""
    cal = default_calendar()
    words = due_date(date(2026, 11, 20), "five (5) working days", calendar=cal)
    value = due_date(date(2026, 11, 20), Period(5, Unit.WORKING_DAYS), calendar=cal)
    assert words == value
    assert words.due == date(2026, 11, 30)  # Thanksgiving and the day after skipped
    anchored = list(occurrences(date(2026, 8, 31), "every 6 months", through=date(2027, 3, 1)))
    assert [d.due for d in anchored] == [date(2027, 2, 28), date(2027, 8, 31)]


def test_a_caller_calendar_option_without_a_calendar_names_the_option():
    with pytest.raises(InputError) as caught:
        check_case({}, as_of=date(2026, 1, 1), options={"working_days_calendar": "caller"})
    assert caught.value.field == "options.working_days_calendar"


def test_an_evaluation_date_at_the_end_of_time_is_refused():
    facts = (EXAMPLES / "iv-e-court-ordered.json").read_text()
    from coregs import IVEFacts

    with pytest.raises(OutOfRangeError) as caught:
        determine_iv_e(IVEFacts.parse_json(facts), as_of=date.max)
    assert caught.value.field == "as_of"
    assert isinstance(caught.value, CoregsError)
