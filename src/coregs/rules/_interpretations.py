"""The interpretation options the rule model itself reads.

Which calendar counts working days, whether a calendar-day due date rolls off a closed day, what
a bare "days" counts, and what "the date the child enters foster care" is: the model, the
deadline counting and the evaluators read these four, so they are declared below the catalog
(which re-exports them with its own options). Each option is declared with the ``StrEnum`` of its
readings, and code reads it as a member (``WORKING_DAYS_CALENDAR.read(options)``), never as a
string.
"""

from __future__ import annotations

from enum import StrEnum

from coregs._options import Choice, Interpretation
from coregs.rules._sources import CCR_7_601, CPO_CASE_PROCESS

__all__ = [
    "CALENDAR_DAY_ROLL",
    "ENTERED_FOSTER_CARE_DATE",
    "UNQUALIFIED_DAYS",
    "WORKING_DAYS_CALENDAR",
    "CalendarDayRoll",
    "EnteredFosterCareDate",
    "UnqualifiedDays",
    "WorkingDaysCalendar",
]


class UnqualifiedDays(StrEnum):
    """The readings of :data:`UNQUALIFIED_DAYS`."""

    CALENDAR_DAYS = "calendar days"
    WORKING_DAYS = "working days"


UNQUALIFIED_DAYS = Interpretation.declare(
    UnqualifiedDays,
    name="unqualified_days",
    question='What does a bare "days" mean in "within thirty (30) days of signature"?',
    citation=CCR_7_601.cite("2.A.7, A.8"),
    choices=(
        Choice(value=UnqualifiedDays.CALENDAR_DAYS, meaning="every day counts"),
        Choice(value=UnqualifiedDays.WORKING_DAYS, meaning="only business days count"),
    ),
    default=UnqualifiedDays.CALENDAR_DAYS,
    reason="Everywhere else 7.601 counts days it says 'calendar days' or 'working days', so a "
    "bare 'days' has its ordinary meaning; C.R.S. 2-4-108(1) counts a period of days as "
    "calendar days, and the rule's forward roll moves a due date off a closed day.",
)


class EnteredFosterCareDate(StrEnum):
    """The readings of :data:`ENTERED_FOSTER_CARE_DATE`."""

    CFR_1355_20 = "45 CFR 1355.20"
    REMOVAL = "removal"
    PLACEMENT = "placement"


ENTERED_FOSTER_CARE_DATE = Interpretation.declare(
    EnteredFosterCareDate,
    name="entered_foster_care_date",
    question="What is 'the date the child enters foster care'? 7.601 does not define it.",
    citation=CCR_7_601.cite("71.I.2, K.2"),
    choices=(
        Choice(
            value=EnteredFosterCareDate.CFR_1355_20,
            meaning="the earlier of the first judicial finding of abuse or neglect and 60 "
            "calendar days after removal",
        ),
        Choice(
            value=EnteredFosterCareDate.REMOVAL,
            meaning="the date the child is removed from the home",
        ),
        Choice(
            value=EnteredFosterCareDate.PLACEMENT,
            meaning="the date the child is placed in out-of-home care",
        ),
    ),
    default=EnteredFosterCareDate.CFR_1355_20,
    reason="45 CFR 1355.20 is the only legal definition; it 'determines the date used in "
    "calculating all time period requirements' for reviews and permanency hearings, and "
    "federal Title IV-E reviewers apply it.",
)


class WorkingDaysCalendar(StrEnum):
    """The readings of :data:`WORKING_DAYS_CALENDAR`."""

    LEGAL = "legal"
    STATE_OFFICES = "state-offices"
    STATUTE = "statute"
    CALLER = "caller"


WORKING_DAYS_CALENDAR = Interpretation.declare(
    WorkingDaysCalendar,
    name="working_days_calendar",
    question="Which days are 'working days' or 'business days'? Neither 7.601 nor the "
    "Ombudsman's page defines them.",
    citation=f"{CCR_7_601.cite()} (working days, business days); {CPO_CASE_PROCESS.cite('1')}",
    choices=(
        Choice(
            value=WorkingDaysCalendar.LEGAL,
            meaning="weekdays that are not Colorado legal holidays as the State observes them "
            "(C.R.S. 24-11-101)",
        ),
        Choice(
            value=WorkingDaysCalendar.STATE_OFFICES,
            meaning="also closed on governor's holidays granted to state employees (sourced "
            "years only)",
        ),
        Choice(
            value=WorkingDaysCalendar.STATUTE,
            meaning="legal holidays with only the statute's Sunday-to-Monday shift",
        ),
        Choice(
            value=WorkingDaysCalendar.CALLER,
            meaning="the calendar the caller passes (a county's or the Ombudsman's closures)",
        ),
    ),
    default=WorkingDaysCalendar.LEGAL,
    reason="A county department's working days follow the legal holidays of C.R.S. 24-11-101 "
    "as state offices observe them; governor's holidays are granted year by year and not every "
    "county follows them; a county or the Ombudsman with its own closures passes its calendar.",
)


class CalendarDayRoll(StrEnum):
    """The readings of :data:`CALENDAR_DAY_ROLL`."""

    PER_RULE = "per-rule"
    NONE = "none"
    FORWARD = "forward"


CALENDAR_DAY_ROLL = Interpretation.declare(
    CalendarDayRoll,
    name="calendar_day_roll",
    question="When a calendar-day or month due date falls on a weekend or holiday, does it move?",
    citation="C.R.S. 24-11-110; C.R.S. 2-4-108(2)",
    choices=(
        Choice(
            value=CalendarDayRoll.PER_RULE,
            meaning="each rule's own policy: an act due at or by a county or state office rolls "
            "forward (C.R.S. 24-11-110); court-order and Title IV-E time limits never roll",
        ),
        Choice(value=CalendarDayRoll.NONE, meaning="no due date moves"),
        Choice(
            value=CalendarDayRoll.FORWARD,
            meaning="every due date on a closed day moves to the next business day",
        ),
    ),
    default=CalendarDayRoll.PER_RULE,
    reason="An office that is closed cannot receive an act, so C.R.S. 24-11-110 continues it "
    "to the next full business day; federal Title IV-E limits (45 CFR 1356.21) have no such "
    "rule, and a court order is dated when the court makes it.",
)
