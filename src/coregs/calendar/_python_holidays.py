"""Where coregs' Colorado calendar and python-holidays' ``US(subdiv="CO")`` disagree, and why.

python-holidays is right about most Colorado closures and wrong about a few. coregs keeps its
own dated records (so "since when?" is a question of data) and states each disagreement with
python-holidays as a :class:`Correction` with its source. :func:`python_holidays_divergences`
computes the disagreements for any years and attaches the correction that explains each one; a
disagreement no correction explains is reported with ``correction=None`` (the test suite fails
on it, so an upstream change shows up as a failing test, not a shifted due date).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from coregs.calendar._builders import colorado_legal_holidays
from coregs.calendar._engine import BusinessCalendar
from coregs.calendar._records import Layer

__all__ = ["CORRECTIONS", "Correction", "Divergence", "python_holidays_divergences"]


@dataclass(frozen=True, slots=True)
class Correction:
    """A documented disagreement with python-holidays' ``US(subdiv="CO")``.

    Attributes:
        python_holidays_name: the name python-holidays gives the day (``None`` if it has none).
        coregs_name: the name coregs gives the closure (``None`` if coregs has none).
        first_year: first year the disagreement applies.
        last_year: last year it applies.
        reason: what is right, in a sentence.
        source: the authority for coregs' answer.
    """

    python_holidays_name: str | None
    coregs_name: str | None
    first_year: int
    last_year: int
    reason: str
    source: str

    def explains(
        self, day: date, python_holidays_name: str | None, coregs_name: str | None
    ) -> bool:
        """Whether this correction accounts for a disagreement on ``day``."""
        return (
            self.first_year <= day.year <= self.last_year
            and self.python_holidays_name == python_holidays_name
            and self.coregs_name == coregs_name
        )


CORRECTIONS: tuple[Correction, ...] = (
    Correction(
        "Cesar Chavez Day",
        None,
        2001,
        2100,
        "Cesar Chavez Day is commemorative: state facilities stay open and normal services are "
        "available, so it is a business day.",
        "C.R.S. 24-11-112; CSU HR Cesar Chavez Day page",
    ),
    Correction(
        None,
        "Columbus Day",
        2000,
        2019,
        "Columbus Day (second Monday of October) was a Colorado legal holiday until HB 20-1031 "
        "replaced it with Frances Xavier Cabrini Day from 2020; python-holidays omits it for "
        "Colorado in every year.",
        "C.R.S. 24-11-101(1) before HB 20-1031; DPA FY2012-13 holiday schedule",
    ),
    Correction(
        "Juneteenth National Independence Day (observed)",
        None,
        2021,
        2021,
        "Juneteenth became a Colorado legal holiday in 2022 (SB 22-139, signed 2022-05-02); "
        "state offices were open on Friday 2021-06-18.",
        "SB 22-139; C.R.S. 24-11-101(1)",
    ),
)


@dataclass(frozen=True, slots=True)
class Divergence:
    """A weekday on which exactly one of coregs and python-holidays has a closure."""

    date: date
    python_holidays_name: str | None
    coregs_name: str | None
    correction: Correction | None

    def describe(self) -> str:
        """One line: the date, who closes, and the documented reason (or that there is none)."""
        who = (
            f"python-holidays closes ({self.python_holidays_name}), coregs is open"
            if self.python_holidays_name
            else f"coregs closes ({self.coregs_name}), python-holidays is open"
        )
        why = self.correction.reason if self.correction else "UNDOCUMENTED divergence"
        src = f" [{self.correction.source}]" if self.correction else ""
        return f"{self.date.isoformat()}: {who}. {why}{src}"


def python_holidays_divergences(
    years: Iterable[int], calendar: BusinessCalendar | None = None
) -> tuple[Divergence, ...]:
    """The weekdays in ``years`` on which ``calendar`` and python-holidays disagree.

    Compares the weekday legal-holiday closures of ``calendar`` (default: Colorado legal
    holidays as observed) with ``holidays.US(subdiv="CO")`` (its default "public" category,
    observed days included). State-office and local layers are left out: python-holidays has
    no notion of them. Imports python-holidays on first call.
    """
    import holidays  # noqa: PLC0415 - imported only when a comparison is asked for

    cal = calendar or colorado_legal_holidays()
    years = sorted(set(years))
    ours: dict[date, str] = {}
    for year in years:
        for c in cal.closures_in(year):
            if c.date.weekday() < 5 and c.layer is Layer.LEGAL_HOLIDAY:
                ours[c.date] = c.name
    theirs = {
        d: name
        for d, name in holidays.country_holidays("US", subdiv="CO", years=years).items()
        if d.weekday() < 5 and d.year in years
    }
    out = []
    for day in sorted(ours.keys() ^ theirs.keys()):
        ph, co = theirs.get(day), ours.get(day)
        correction = next((c for c in CORRECTIONS if c.explains(day, ph, co)), None)
        out.append(Divergence(day, ph, co, correction))
    return tuple(out)
