"""Period: parsed from the regulation's own wording."""

from __future__ import annotations

import pytest

from coregs import Period, PeriodSyntaxError, Unit

# Every period phrase 7.601 and the Ombudsman's page use, as written.
WORDINGS = [
    ("five (5) working days", Period(5, Unit.WORKING_DAYS)),  # 7.601.4.C
    ("thirty (30) calendar days", Period(30, Unit.CALENDAR_DAYS)),  # 7.601.3.B, 6.A.3, 6.F
    ("thirty (30) days", Period(30, Unit.CALENDAR_DAYS)),  # 7.601.2.A.7-8 (unqualified)
    ("every six (6) months", Period(6, Unit.MONTHS, every=True)),  # 7.601.6.A.1, 71.M
    ("at least every six (6) months", Period(6, Unit.MONTHS, every=True)),  # 7.601.6.A.2
    ("no less frequently than every six (6) months", Period(6, Unit.MONTHS, every=True)),
    ("every twelve (12) months", Period(12, Unit.MONTHS, every=True)),  # 7.601.71.I.2
    ("within twelve (12) months", Period(12, Unit.MONTHS)),  # 7.601.71.K.2
    ("every four years", Period(4, Unit.YEARS, every=True)),  # 7.601.2.A.6 (no numeral)
    ("sixty (60) calendar days", Period(60, Unit.CALENDAR_DAYS)),  # 7.601.71.B.3
    ("ninety (90) calendar days", Period(90, Unit.CALENDAR_DAYS)),  # 7.601.71.E.3
    ("one hundred eighty (180) calendar days", Period(180, Unit.CALENDAR_DAYS)),  # E.4
    ("forty-five (45) calendar days", Period(45, Unit.CALENDAR_DAYS)),  # 7.601.71.I.1, 72.D
    ("thirty (30) business days", Period(30, Unit.BUSINESS_DAYS)),  # 7.601.73.C
    ("ten (10) working days", Period(10, Unit.WORKING_DAYS)),  # 7.601.8.A, 81.E
    ("one (1) working day", Period(1, Unit.WORKING_DAYS)),  # 7.601.81.B.1
    ("three (3) working days", Period(3, Unit.WORKING_DAYS)),  # 7.601.81.D
    ("two-business days", Period(2, Unit.BUSINESS_DAYS)),  # Ombudsman intake
    ("up to six months", Period(6, Unit.MONTHS)),  # 7.601.71.C
    ("at the time of", Period(0, Unit.AT_THE_TIME_OF)),  # 7.601.31.C
    ("promptly", Period(0, Unit.PROMPTLY)),  # 7.601.31.C.1
    ("5 working days", Period(5, Unit.WORKING_DAYS)),
    ("one hundred and eighty days", Period(180, Unit.CALENDAR_DAYS)),
    ("Twenty-Four (24) Calendar Days", Period(24, Unit.CALENDAR_DAYS)),
]


@pytest.mark.parametrize(("text", "expected"), WORDINGS)
def test_parses_the_regulations_wording(text, expected):
    assert Period.parse(text) == expected


def test_unqualified_days_is_an_explicit_choice():
    """7.601.2.A.7: "within thirty (30) days of signature" - the unit is not stated."""
    assert Period.parse("thirty (30) days", unqualified_days=Unit.WORKING_DAYS) == Period(
        30, Unit.WORKING_DAYS
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("5 wrking days", "unknown unit 'wrking days'"),
        ("five (6) working days", "disagree"),
        ("working days", "no number"),
        ("", "empty"),
        ("twenty-four (24) hours", "unknown unit 'hours'"),
        ("five", "no unit in 'five'"),
    ],
)
def test_bad_wording_is_a_clear_error(text, message):
    with pytest.raises(PeriodSyntaxError, match=message) as info:
        Period.parse(text)
    assert info.value.field == "period"


@pytest.mark.parametrize(
    "period",
    [Period(5, Unit.WORKING_DAYS), Period(1, Unit.CALENDAR_DAYS), Period(6, Unit.MONTHS, True)],
)
def test_str_is_canonical_and_parses_back(period):
    assert Period.parse(str(period)) == period


def test_repr_is_honest():
    assert repr(Period.parse("every six (6) months")) == "Period(6, Unit.MONTHS, every=True)"
    assert str(Period(1, Unit.WORKING_DAYS)) == "1 working day"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((-1, Unit.CALENDAR_DAYS), "period.amount"),
        ((3, Unit.PROMPTLY), "period.amount"),
        ((0, Unit.MONTHS, True), "period.every"),
        ((1.5, Unit.MONTHS), "period.amount"),
    ],
)
def test_invalid_periods_are_refused(args, field):
    with pytest.raises(PeriodSyntaxError) as info:
        Period(*args)
    assert info.value.field == field


def test_working_and_business_days_both_need_a_calendar():
    assert Unit.WORKING_DAYS.counts_business_days
    assert Unit.BUSINESS_DAYS.counts_business_days
    assert not Unit.CALENDAR_DAYS.counts_business_days
