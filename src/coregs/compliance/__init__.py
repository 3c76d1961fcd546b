"""Deadlines and compliance: a case timeline checked against the rulebook as of a date.

Example:
    >>> from datetime import date
    >>> from coregs.compliance import Case, check_case
    >>> case = Case.parse({"events": [
    ...     {"kind": "service_request_received", "date": "2026-11-20"},
    ...     {"kind": "service_request_contact", "date": "2026-12-01"},
    ... ]})
    >>> report = check_case(case, as_of=date(2026, 12, 15))
    >>> [(f.rule.id, f.status.value, f.late_by) for f in report.findings]
    [('service-request-contact', 'met_late', 1)]

A finding's status is a :class:`ComplianceStatus`; what it rests on is
``finding.status_detail``, one value of the status's own type (:class:`MetLate` holds the act
and how late it was, :class:`Excused` the quoted exception and the event documenting it, ...).
"""

from __future__ import annotations

from typing import Any

from coregs._deprecated import Renamed
from coregs.compliance._case import Case, Event
from coregs.compliance._evaluate import check_case
from coregs.compliance._finding import Finding
from coregs.compliance._report import ComplianceReport
from coregs.compliance._status import (
    STATUS_ORDER,
    ComplianceStatus,
    DueSoon,
    Excused,
    Indeterminate,
    Lateness,
    MetLate,
    MetOnTime,
    NoFixedDeadline,
    NotApplicable,
    Overdue,
    Pending,
    StatusDetail,
)

__all__ = [
    "STATUS_ORDER",
    "Case",
    "ComplianceReport",
    "ComplianceStatus",
    "DueSoon",
    "Event",
    "Excused",
    "Finding",
    "Indeterminate",
    "Lateness",
    "MetLate",
    "MetOnTime",
    "NoFixedDeadline",
    "NotApplicable",
    "Overdue",
    "Pending",
    "StatusDetail",
    "check_case",
]


_RENAMED = Renamed(__name__, {"Status": "ComplianceStatus"})  # renamed in 0.1


def __getattr__(name: str) -> Any:
    return _RENAMED.resolve(globals(), name)
