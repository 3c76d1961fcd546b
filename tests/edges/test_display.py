"""Notebook display (issue 11.3): a short one-line repr and an escaped HTML view for every
result a notebook shows, and never a personal value in either."""

from __future__ import annotations

import json
from datetime import date

import pytest

import coregs
from coregs import RULEBOOK, Closure, Layer, Period, due_date
from tests.test_repository import ROOT

NOV_20 = date(2026, 11, 20)
FACTS = json.loads((ROOT / "examples" / "iv-e-court-ordered.json").read_text())


def test_a_due_date_repr_is_one_line_not_every_skipped_day(legal) -> None:
    """Five working days from Friday 2026-11-20 skip Sat 21, Sun 22, Thanksgiving 26, Sat 28
    and Sun 29: the repr says so in one line (it used to print all five NonBusinessDay records
    with their closures, about 900 characters)."""
    d = due_date(NOV_20, Period.parse("five (5) working days"), calendar=legal)
    assert repr(d) == "DueDate(2026-11-20 + 5 working days = 2026-11-30, 5 days skipped)"


def test_a_rolled_due_date_repr_shows_both_dates(legal) -> None:
    """Jan 31 + 1 month = Feb 28, 2026, a Saturday; rolled forward to Monday Mar 2."""
    d = due_date(date(2026, 1, 31), Period.parse("1 month"), calendar=legal, roll="forward")
    assert repr(d) == (
        "DueDate(2026-01-31 + 1 month = 2026-02-28, rolled forward to 2026-03-02, 2 days skipped)"
    )


def test_a_day_explanation_and_a_non_business_day_read_in_one_line(legal) -> None:
    assert repr(legal.explain(date(2026, 7, 3))) == (
        "DayExplanation(2026-07-03 Friday: not a business day; 1 closure)"
    )
    assert repr(legal.explain(date(2026, 3, 31))) == (
        "DayExplanation(2026-03-31 Tuesday: a business day)"
    )
    (thanksgiving,) = legal.non_business_days(date(2026, 11, 26), date(2026, 11, 26))
    assert repr(thanksgiving) == "NonBusinessDay(2026-11-26, 'Thanksgiving Day')"


def test_a_rule_repr_names_it_instead_of_dumping_the_model() -> None:
    rule = RULEBOOK.get("7.601.4.C")
    assert (
        repr(rule) == "Rule('service-request-contact', 7.601.4.C, 'within five (5) working days')"
    )


def _results(legal: coregs.BusinessCalendar) -> dict[str, object]:
    case = coregs.Case.parse(
        {
            "events": [
                {"kind": "service_request_received", "date": "2026-11-20"},
                {"kind": "service_request_contact", "date": "2026-12-01"},
            ]
        }
    )
    rule = RULEBOOK.get("7.601.4.C")
    funding = coregs.determine_funding(FACTS, as_of=date(2026, 12, 1))
    return {
        "ComplianceReport": coregs.check_case(case, as_of=date(2026, 12, 15)),
        "Rule": rule,
        "Rulebook": RULEBOOK,
        "Deadline": rule.due(NOV_20),
        "DueDate": due_date(NOV_20, Period.parse("5 working days"), calendar=legal),
        "DayExplanation": legal.explain(date(2026, 11, 26)),
        "IVEDetermination": funding.iv_e,
        "FundingDetermination": funding,
    }


@pytest.mark.parametrize(
    "kind",
    [
        "ComplianceReport",
        "Rule",
        "Rulebook",
        "Deadline",
        "DueDate",
        "DayExplanation",
        "IVEDetermination",
        "FundingDetermination",
    ],
)
def test_every_result_has_a_short_repr_and_an_html_view(kind: str, legal) -> None:
    value = _results(legal)[kind]
    text = repr(value)
    assert "\n" not in text and len(text) <= 120, text
    html = value._repr_html_()  # type: ignore[attr-defined]
    assert html.startswith("<div") and html.endswith("</div>")


def test_html_views_escape_what_they_show(legal) -> None:
    """A caller's closure name is shown as text, never as markup."""
    county = legal.with_closures(
        [Closure(date(2026, 3, 30), "<b>County</b> & day", Layer.LOCAL, "board <i>minutes</i>")]
    )
    html = county.explain(date(2026, 3, 30))._repr_html_()
    assert "&lt;b&gt;County&lt;/b&gt; &amp; day" in html
    assert "<b>County" not in html and "<i>" not in html


def test_notebook_views_hold_no_personal_value(legal) -> None:
    """The determination views show rule dates, never the child's birth date, an income figure
    or a provider reference."""
    funding = _results(legal)["FundingDetermination"]
    shown = repr(funding) + funding._repr_html_()  # type: ignore[attr-defined]
    for secret in ("2015-06-14", "350.00", "PRV-0417", "PRV-0092"):
        assert secret not in shown
