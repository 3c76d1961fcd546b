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
"""

from coregs.compliance._case import Case, Event
from coregs.compliance._evaluate import check_case
from coregs.compliance._finding import STATUS_ORDER, Finding, Status
from coregs.compliance._report import ComplianceReport

__all__ = ["STATUS_ORDER", "Case", "ComplianceReport", "Event", "Finding", "Status", "check_case"]
