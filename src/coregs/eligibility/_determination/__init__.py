"""One determination: the criteria assembled, dated and laid out month by month.

* :mod:`.determine`: :func:`~.determine.determine_iv_e`, the status, the effective date, the
  time limits ahead;
* :mod:`.timeline`: the month-by-month timeline of days eligible and claimable.
"""
