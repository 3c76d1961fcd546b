"""Interpretation options: named readings with a default, overridable, recorded."""

from __future__ import annotations

from enum import StrEnum

import pytest

from coregs import Choice, Interpretation, UnknownOptionError, resolve_options


class Days(StrEnum):
    CALENDAR = "calendar"
    WORKING = "working"


DAYS = Interpretation.declare(
    Days,
    name="unqualified_days",
    question='What does a bare "days" count?',
    citation="12 CCR 2509-7.601.2.A.7",
    choices=(
        Choice(value=Days.CALENDAR, meaning="every day"),
        Choice(value=Days.WORKING, meaning="business days"),
    ),
    default=Days.CALENDAR,
    reason="C.R.S. 2-4-108 counts days as calendar days.",
)


def test_defaults_are_recorded():
    options = resolve_options([DAYS])
    assert options["unqualified_days"] == "calendar"
    assert options.overridden == ()


def test_an_override_is_recorded_as_such():
    options = resolve_options([DAYS], {"unqualified_days": "working"})
    assert options["unqualified_days"] == "working"
    assert [c.name for c in options.overridden] == ["unqualified_days"]


def test_unknown_options_and_choices_are_named():
    with pytest.raises(UnknownOptionError, match=r"options\.nope: no such option"):
        resolve_options([DAYS], {"nope": "x"})
    with pytest.raises(UnknownOptionError, match="expected one of calendar, working"):
        resolve_options([DAYS], {"unqualified_days": "hours"})


def test_a_reading_is_read_as_its_enum_member():
    assert DAYS.read(resolve_options([DAYS])) is Days.CALENDAR
    assert DAYS.read(resolve_options([DAYS], {"unqualified_days": "working"})) is Days.WORKING


def test_the_readings_are_not_part_of_the_record():
    assert "readings" not in DAYS.model_dump()
    assert "readings" not in repr(DAYS)


def test_a_default_must_be_one_of_the_choices():
    with pytest.raises(ValueError, match="default"):
        Interpretation(readings=Days, **{**DAYS.model_dump(), "default": "hours"})


def test_the_choices_must_be_exactly_the_readings():
    with pytest.raises(ValueError, match="exactly its readings"):
        Interpretation(readings=Days, **{**DAYS.model_dump(), "choices": DAYS.choices[:1]})
