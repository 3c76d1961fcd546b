"""A compliance report in a notebook: its settings, the counts, then every finding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coregs._display._html import definitions, table, view
from coregs.compliance import STATUS_ORDER

if TYPE_CHECKING:
    from coregs.compliance import ComplianceReport

__all__ = ["report_html"]

_COLUMNS = ("status", "citation", "rule", "occurrence", "due", "done on", "reason")


def report_html(report: ComplianceReport) -> str:
    """Counts by status (non-zero), then the findings, what needs attention first."""
    overridden = ", ".join(f"{c.name}={c.value}" for c in report.options.overridden)
    settings = definitions(
        (
            ("rules", report.rulebook),
            ("calendar", report.calendar),
            ("due soon", f"within {report.due_soon_days} days"),
            ("options", overridden or "all defaults"),
            ("not triggered", f"{len(report.not_triggered)} rules"),
        )
    )
    counts = table(("status", "findings"), ((s.label, n) for s, n in report.counts().items() if n))
    order = {s: i for i, s in enumerate(STATUS_ORDER)}
    findings = sorted(report.findings, key=lambda f: (order[f.status], f.due or report.as_of))
    rows = (
        (
            f.status.label,
            f.rule.short_citation,
            f.rule.id,
            f.occurrence,
            f.due,
            f.satisfied_on,
            f.reason,
        )
        for f in findings
    )
    ref = f"case {report.case_ref}" if report.case_ref else "case"
    return view(
        f"Compliance of {ref} as of {report.as_of.isoformat()}",
        settings,
        counts,
        table(_COLUMNS, rows),
    )
