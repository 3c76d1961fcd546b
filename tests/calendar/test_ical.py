"""The iCalendar export (RFC 5545): a year's closures people can subscribe to, each with its
legal basis, as valid iCalendar text."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from coregs import InputError, OutOfRangeError
from coregs.calendar import (
    Closure,
    Layer,
    colorado_legal_holidays,
    colorado_state_offices,
    to_icalendar,
)
from coregs.cli import main

STAMP = datetime(2026, 1, 1, 12, 30, tzinfo=UTC)


def unfold(text: str) -> list[str]:
    """RFC 5545 3.1: the content lines, continuation lines joined."""
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    lines: list[str] = []
    for line in physical:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def events(text: str) -> list[dict[str, str]]:
    """Each VEVENT as {property name (with parameters): value}."""
    out: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in unfold(text):
        name, _, value = line.partition(":")
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            out.append(current)
            current = None
        elif current is not None:
            assert name not in current, f"{name} twice in one event"
            current[name] = value
    return out


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def test_2026_has_the_eleven_colorado_legal_holidays_on_their_observed_days():
    """C.R.S. 24-11-101: the 2026 closures, worked out by hand (Independence Day, a Saturday,
    is observed on Friday July 3)."""
    ics = to_icalendar(colorado_legal_holidays(), 2026, stamp=STAMP)
    starts = [e["DTSTART;VALUE=DATE"] for e in events(ics)]
    assert starts == [
        "20260101",
        "20260119",
        "20260216",
        "20260525",
        "20260619",
        "20260703",
        "20260907",
        "20261005",
        "20261111",
        "20261126",
        "20261225",
    ]


def test_each_event_is_an_all_day_event_carrying_its_legal_basis():
    (july,) = [
        e
        for e in events(to_icalendar(colorado_legal_holidays(), 2026, stamp=STAMP))
        if e["DTSTART;VALUE=DATE"] == "20260703"
    ]
    assert july["DTEND;VALUE=DATE"] == "20260704"
    assert july["SUMMARY"] == "Independence Day (observed)"
    assert july["CATEGORIES"] == "legal holiday"
    assert july["X-COREGS-BASIS"] == "C.R.S. 24-11-101(1)"
    description = unescape(july["DESCRIPTION"])
    assert description.startswith("Legal holiday. Basis: C.R.S. 24-11-101(1).")
    assert "falls on Saturday 2026-07-04; observed on Friday per state personnel practice" in (
        description
    )
    assert july["DTSTAMP"] == "20260101T123000Z"
    assert july["TRANSP"] == "TRANSPARENT"


def test_the_document_has_the_properties_rfc_5545_requires():
    """VERSION and PRODID on the calendar (3.6); UID and DTSTAMP on each event (3.6.1)."""
    ics = to_icalendar(colorado_state_offices(), 2021, stamp=STAMP)
    lines = unfold(ics)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:-//coregs//") for line in lines)
    found = events(ics)
    assert found and all({"UID", "DTSTAMP", "DTSTART;VALUE=DATE"} <= set(e) for e in found)
    assert len({e["UID"] for e in found}) == len(found)


def test_lines_end_in_crlf_and_fold_at_75_octets_without_splitting_a_character():
    long = "Closure — é " * 20
    cal = colorado_legal_holidays().with_closures(
        [Closure(date(2026, 3, 30), long, Layer.LOCAL, "county notice; section 2, ¶3")]
    )
    raw = to_icalendar(cal, 2026, stamp=STAMP).encode("utf-8")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    for physical in raw.split(b"\r\n"):
        assert len(physical) <= 75
        physical.decode("utf-8")  # a fold never cuts a multi-byte character
    (event,) = [e for e in events(raw.decode()) if e["DTSTART;VALUE=DATE"] == "20260330"]
    assert unescape(event["SUMMARY"]) == long


def test_text_values_are_escaped():
    """RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT."""
    cal = colorado_legal_holidays().with_closures(
        [Closure(date(2026, 3, 30), "Snow; ice, and a \\ drift", Layer.LOCAL, "notice\nline 2")]
    )
    (event,) = [
        e
        for e in events(to_icalendar(cal, 2026, stamp=STAMP))
        if e["DTSTART;VALUE=DATE"] == "20260330"
    ]
    assert event["SUMMARY"] == "Snow\\; ice\\, and a \\\\ drift"
    assert event["X-COREGS-BASIS"] == "notice\\nline 2"
    assert unescape(event["SUMMARY"]) == "Snow; ice, and a \\ drift"


def test_a_partial_closure_says_why_it_counts_as_closed():
    (early,) = [
        e
        for e in events(to_icalendar(colorado_state_offices(), 2021, stamp=STAMP))
        if e["DTSTART;VALUE=DATE"] == "20211223"
    ]
    assert unescape(early["SUMMARY"]).endswith("(closed from 1:00 pm)")
    assert "not a full business day (C.R.S. 24-11-110)" in unescape(early["DESCRIPTION"])


def test_uids_are_stable_across_exports_and_stamps():
    """A subscribed calendar updates its events rather than duplicating them."""
    first = [e["UID"] for e in events(to_icalendar(colorado_legal_holidays(), 2026, stamp=STAMP))]
    later = STAMP + timedelta(days=30)
    again = [e["UID"] for e in events(to_icalendar(colorado_legal_holidays(), 2026, stamp=later))]
    assert first == again
    assert all(uid.endswith("@coregs") for uid in first)


def test_several_years_and_a_stamp_in_another_zone():
    ics = to_icalendar(
        colorado_legal_holidays(),
        [2027, 2026],
        stamp=datetime(2026, 1, 1, 5, 0, tzinfo=timezone(timedelta(hours=-7))),
    )
    found = events(ics)
    assert found[0]["DTSTART;VALUE=DATE"] == "20260101"
    assert found[-1]["DTSTART;VALUE=DATE"] == "20271231"  # New Year's Day 2028, observed
    assert {e["DTSTAMP"] for e in found} == {"20260101T120000Z"}


def test_a_naive_stamp_and_a_year_out_of_range_are_refused():
    with pytest.raises(InputError, match="stamp: expected a timezone-aware datetime"):
        to_icalendar(colorado_legal_holidays(), 2026, stamp=datetime(2026, 1, 1))
    with pytest.raises(OutOfRangeError):
        to_icalendar(colorado_legal_holidays(), 2101, stamp=STAMP)


def test_coregs_calendar_ics(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    closures = tmp_path / "closures.json"
    closures.write_text('[{"date": "2026-03-30", "name": "Cesar Chavez Day (county)"}]')
    assert main(["calendar", "2026", "--ics", "--closures", str(closures)]) == 0
    out = capsys.readouterr().out
    found = events(out)
    assert len(found) == 12
    assert {e["DTSTAMP"] for e in found} == {"20260101T000000Z"}
    (county,) = [e for e in found if e["DTSTART;VALUE=DATE"] == "20260330"]
    assert unescape(county["DESCRIPTION"]) == "Local closure. Basis: supplied by the caller."


def test_coregs_calendar_ics_refuses_json_too_and_a_bad_epoch(capsys, monkeypatch):
    with pytest.raises(SystemExit) as info:
        main(["calendar", "2026", "--ics", "--json"])
    assert info.value.code == 2
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    assert main(["calendar", "2026", "--ics"]) == 2
    assert "SOURCE_DATE_EPOCH: expected whole seconds since 1970" in capsys.readouterr().err
