"""DataFrames of results (issue 11.3): the records, with dtypes a notebook can compute on.

``pd.DataFrame(report.to_records())`` gave dates as strings and ``satisfied_event`` as float64;
``to_frame()`` gives datetime64 dates, nullable integers and ordered categoricals.
"""

from __future__ import annotations

import sys
from datetime import date

import pandas as pd
import pytest

import coregs
from coregs import RULEBOOK, Case, MissingDependencyError, check_case
from tests.test_repository import ROOT

NOV_20 = date(2026, 11, 20)
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def late_contact() -> coregs.ComplianceReport:
    """7.601.4.C: "within five (5) working days of receiving a request for services". Received
    Friday 2026-11-20; the working days are Nov 23, 24, 25, (Thanksgiving skipped) 27, 30, so
    the contact made on Tuesday Dec 1 is one working day late."""
    case = Case.parse(
        {
            "case_ref": "T-1",
            "events": [
                {"kind": "service_request_received", "date": "2026-11-20"},
                {"kind": "service_request_contact", "date": "2026-12-01"},
            ],
        }
    )
    return check_case(case, as_of=date(2026, 12, 15))


def test_a_findings_frame_has_dates_nullable_ints_and_ordered_statuses(late_contact) -> None:
    df = late_contact.to_frame()
    row = df.set_index("rule_id").loc["service-request-contact"]
    assert row["due_date"] == pd.Timestamp("2026-11-30")
    assert row["satisfied_on"] == pd.Timestamp("2026-12-01")
    assert (row["status"], row["late_by"], row["late_unit"]) == ("met_late", 1, "working days")
    assert row["satisfied_event"] == 1
    assert str(df["as_of"].dtype) == "datetime64[ns]"
    assert str(df["due_date"].dtype) == "datetime64[ns]"
    for column in ("satisfied_event", "trigger_event", "late_by", "days_late", "occurrence"):
        assert str(df[column].dtype) == "Int64", column  # was float64 through to_records()
    status = df["status"].dtype
    assert status.ordered and list(status.categories)[:3] == ["overdue", "due_soon", "pending"]


def test_a_report_without_findings_still_has_the_typed_columns() -> None:
    df = check_case(Case(), as_of=NOV_20).to_frame()
    assert len(df) == 0
    assert str(df["due_date"].dtype) == "datetime64[ns]"
    assert str(df["late_by"].dtype) == "Int64"


def test_the_rulebook_frame_has_one_row_per_rule() -> None:
    df = RULEBOOK.to_frame()
    assert len(df) == len(RULEBOOK)
    contact = df.set_index("id").loc["service-request-contact"]
    assert (contact["amount"], contact["unit"], contact["actor"]) == (5, "working days", "county")
    assert str(df["effective_from"].dtype) == "datetime64[ns]"


def test_a_calendar_year_frame_counts_2026s_business_days(legal) -> None:
    """2026 starts on a Thursday: 52 weeks and a day, so 261 weekdays. Eleven legal holidays
    are observed on weekdays (Jan 1, Jan 19, Feb 16, May 25, Jun 19, Jul 3 for Independence Day
    on a Saturday, Sep 7, Oct 5, Nov 11, Nov 26, Dec 25): 250 business days."""
    df = legal.to_frame(2026)
    assert len(df) == 365
    assert int(df["is_business_day"].sum()) == 250
    july_3 = df.set_index("date").loc[pd.Timestamp("2026-07-03")]
    assert (july_3["closure"], july_3["layer"], july_3["weekday"]) == (
        "Independence Day",
        "legal holiday",
        "Friday",
    )


def test_a_calendar_frame_refuses_a_year_outside_the_calendar(legal) -> None:
    with pytest.raises(coregs.OutOfRangeError, match="year"):
        legal.to_frame(1999)


def test_a_determination_frame_has_one_row_per_month() -> None:
    facts = coregs.IVEFacts.parse_json((EXAMPLES / "iv-e-court-ordered.json").read_text())
    funding = coregs.determine_funding(facts, as_of=date(2026, 12, 1))
    months = funding.iv_e.to_frame()
    assert len(months) == len(funding.iv_e.months)
    assert str(months["month"].dtype) == "period[M]"
    march = months.iloc[0]
    # placed 2026-03-10: March 10-31 is 22 days in care
    assert (march["month"], march["days_in_care"]) == (pd.Period("2026-03", "M"), 22)
    sources = funding.to_frame()
    assert list(sources["source"]) == [c.id for c in funding.sources()]
    assert list(sources["outcome"].dtype.categories) == [
        "met",
        "not_met",
        "unknown",
        "not_applicable",
    ]


def test_without_pandas_to_frame_says_which_extra_to_install(monkeypatch, late_contact) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now raises ImportError
    with pytest.raises(MissingDependencyError) as caught:
        late_contact.to_frame()
    assert isinstance(caught.value, coregs.CoregsError)
    assert isinstance(caught.value, ImportError)
    assert "pip install 'coregs[pandas]'" in str(caught.value)
