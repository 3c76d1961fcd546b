"""The date a child enters foster care: undefined in 7.601, defined in 45 CFR 1355.20.

7.601.71.I.2 ("every twelve (12) months from the date the child enters foster care") and K.2
("within twelve (12) months of the date the child enters foster care") use the phrase without
defining it. The interpretation option ``entered_foster_care_date`` chooses the reading.
"""

from __future__ import annotations

from datetime import date, timedelta

from coregs._errors import InputError, OutOfRangeError, UnknownOptionError, require_date
from coregs.rules._interpretations import EnteredFosterCareDate

__all__ = ["ENTRY_READINGS", "entered_foster_care_date"]

ENTRY_READINGS: tuple[EnteredFosterCareDate, ...] = tuple(EnteredFosterCareDate)
"""The readings of "the date the child enters foster care" coregs can apply."""

_SIXTY_DAYS = timedelta(days=60)


def entered_foster_care_date(
    *,
    reading: EnteredFosterCareDate | str = EnteredFosterCareDate.CFR_1355_20,
    removal: date | None = None,
    first_adjudication: date | None = None,
    placement: date | None = None,
) -> date:
    """The date the child is considered to have entered foster care, under ``reading``.

    * ``"45 CFR 1355.20"`` (the default): "the earlier of: The date of the first judicial
      finding that the child has been subjected to child abuse or neglect; or, the date that is
      60 calendar days after the date on which the child is removed from the home". A finding
      dated before the removal cannot put entry before the removal itself (the child was not
      yet in care), so the result is never earlier than ``removal``.
    * ``"removal"``: the removal date (the earlier date 1355.20 lets an agency use).
    * ``"placement"``: the placement date, the wording 7.601.71.I.1 uses for the initial
      determination.

    Args:
        reading: one of :data:`ENTRY_READINGS` (an :class:`EnteredFosterCareDate`, or its value).
        removal: the date the child was removed from the home.
        first_adjudication: the first judicial finding of abuse or neglect, if one was made.
        placement: the date the child was placed in out-of-home care.

    Raises:
        UnknownOptionError: an unknown reading.
        InputError: the date the reading needs is missing.
    """
    dates = {"removal": removal, "first_adjudication": first_adjudication, "placement": placement}
    for field, day in dates.items():
        if day is not None:
            require_date(day, field)
    if reading not in ENTRY_READINGS:
        raise UnknownOptionError(
            "options.entered_foster_care_date",
            "unknown choice; expected one of " + ", ".join(ENTRY_READINGS),
        )
    match EnteredFosterCareDate(reading):
        case EnteredFosterCareDate.PLACEMENT:
            if placement is None:
                raise InputError("placement", "the placement date is needed for this reading")
            return placement
        case EnteredFosterCareDate.REMOVAL:
            return _removal(removal)
        case EnteredFosterCareDate.CFR_1355_20:
            removed = _removal(removal)
            if removed > date.max - _SIXTY_DAYS:
                raise OutOfRangeError("removal", "60 days after it falls after the year 9999")
            sixty = removed + _SIXTY_DAYS
            if first_adjudication is not None and first_adjudication < sixty:
                return max(first_adjudication, removed)
            return sixty


def _removal(removal: date | None) -> date:
    if removal is None:
        raise InputError("removal", "the removal date is needed for this reading")
    return removal
