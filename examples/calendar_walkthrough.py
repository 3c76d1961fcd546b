"""A walk through coregs' calendar and periods: run `python examples/calendar_walkthrough.py`."""

from datetime import date

from coregs import Closure, Period, Roll, colorado_legal_holidays, due_date
from coregs.calendar import annual_closures, last_weekday

state = colorado_legal_holidays()  # the documented default calendar

# Why is a day (not) a business day?
for day in (date(2026, 3, 31), date(2026, 7, 3), date(2026, 7, 4)):
    print(state.explain(day).explain(), end="\n\n")

# A county layer on top: its own Cesar Chavez Day (last Monday of March) and a snow day.
county = state.with_closures(
    [
        *annual_closures(
            "Cesar Chavez Day (county)", last_weekday(0, 3), range(2024, 2031), source="county"
        ),
        Closure(date(2026, 12, 2), "Snow closure", source="county emergency notice"),
    ],
    name="Example County DHS",
)

# 7.601.4.C: contact "within five (5) working days of receiving a request for services".
request = date(2026, 11, 25)
five_days = Period.parse("five (5) working days")
print(due_date(request, five_days, calendar=state).explain(), end="\n\n")
print(due_date(request, five_days, calendar=county).explain(), end="\n\n")

# 7.601.6.F: a closing summary "within thirty (30) calendar days of closure"; an act due at a
# closed county office stands continued to its next full business day (C.R.S. 24-11-110).
print(
    due_date(
        date(2026, 11, 26),
        Period.parse("thirty (30) calendar days"),
        calendar=county,
        roll=Roll.FORWARD,
    ).explain()
)
