"""The compliance report: counts by status, the overdue list, the next due dates.

Readable in a terminal (:meth:`ComplianceReport.render`), as plain records for a DataFrame
(:meth:`ComplianceReport.to_records`) and as one JSON-ready dict (:meth:`~.to_dict`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from coregs._model import Pickled
from coregs._options import Options
from coregs.compliance._finding import Finding
from coregs.compliance._status import STATUS_ORDER, ComplianceStatus

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ComplianceReport"]


@dataclass(frozen=True, slots=True, repr=False)
class ComplianceReport(Pickled):
    """Every finding of one case as of one date, with what it was computed with.

    Attributes:
        case_ref: the case's opaque reference, if it has one.
        as_of: the evaluation date.
        findings: one per rule occurrence, in catalog order.
        not_triggered: ids of rules nothing on the timeline triggered.
        options: the interpretation options used (defaults and overrides).
        calendar: the business-day calendar, by name.
        rulebook: the rulebook, by name.
        sources: each source document and its version.
        due_soon_days: the due-soon horizon, in calendar days.
        effective: the effective-dating mode (``"strict"`` or ``"lenient"``).
    """

    case_ref: str | None
    as_of: date
    findings: tuple[Finding, ...]
    not_triggered: tuple[str, ...]
    options: Options
    calendar: str
    rulebook: str
    sources: tuple[str, ...]
    due_soon_days: int
    effective: str

    def counts(self) -> dict[ComplianceStatus, int]:
        """How many findings have each status (every status present, zeros included)."""
        out = dict.fromkeys(STATUS_ORDER, 0)
        for f in self.findings:
            out[f.status] += 1
        return out

    def with_status(self, *statuses: ComplianceStatus) -> tuple[Finding, ...]:
        """The findings with any of ``statuses``, in catalog order."""
        wanted = frozenset(statuses)
        return tuple(f for f in self.findings if f.status in wanted)

    @property
    def overdue(self) -> tuple[Finding, ...]:
        """Overdue findings, the oldest due date first."""
        return tuple(
            sorted(
                self.with_status(ComplianceStatus.OVERDUE),
                key=lambda f: (f.due or date.max, f.rule.id),
            )
        )

    def upcoming(self, n: int = 10) -> tuple[Finding, ...]:
        """The next ``n`` open due dates (due soon or pending), the earliest first."""
        open_ = self.with_status(ComplianceStatus.DUE_SOON, ComplianceStatus.PENDING)
        return tuple(sorted(open_, key=lambda f: (f.due or date.max, f.rule.id)))[:n]

    def for_rule(self, rule_id: str) -> tuple[Finding, ...]:
        """The findings of one rule."""
        return tuple(f for f in self.findings if f.rule.id == rule_id)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per finding (``pandas.DataFrame(report.to_records())``)."""
        extra = {"case_ref": self.case_ref, "as_of": self.as_of.isoformat()}
        return [{**extra, **f.to_record()} for f in self.findings]

    def to_frame(self) -> pd.DataFrame:
        """:meth:`to_records` as a pandas DataFrame with proper dtypes (needs
        ``coregs[pandas]``): dates as ``datetime64[ns]``, event indexes and day counts as
        nullable ``Int64``, the status, unit, actor and roll as ordered categoricals."""
        from coregs._frames.compliance import report_frame  # noqa: PLC0415 - optional pandas

        return report_frame(self)

    def to_dict(self) -> dict[str, Any]:
        """The whole report as a JSON-ready dict."""
        return {
            "case_ref": self.case_ref,
            "as_of": self.as_of.isoformat(),
            "rulebook": self.rulebook,
            "sources": list(self.sources),
            "calendar": self.calendar,
            "due_soon_days": self.due_soon_days,
            "effective": self.effective,
            "options": [
                {"name": c.name, "value": c.value, "default": c.is_default, "citation": c.citation}
                for c in self.options.chosen
            ],
            "options_not_used": [
                {"name": c.name, "value": c.value, "citation": c.citation}
                for c in self.options.not_used
            ],
            "counts": {s.value: n for s, n in self.counts().items()},
            "overdue": [f.to_record() for f in self.overdue],
            "upcoming": [f.to_record() for f in self.upcoming()],
            "not_triggered": list(self.not_triggered),
            "findings": [f.to_record() for f in self.findings],
        }

    def render(self, *, all_findings: bool = False) -> str:
        """The report for a terminal: counts, overdue, next due dates, then the rest briefly."""
        ref = f"case {self.case_ref}" if self.case_ref else "case"
        overridden = ", ".join(f"{c.name}={c.value}" for c in self.options.overridden)
        unused = ", ".join(f"{c.name}={c.value}" for c in self.options.not_used)
        lines = [
            f"Compliance of {ref} as of {self.as_of.isoformat()}",
            f"  rules: {self.rulebook}",
            f"  calendar: {self.calendar}; due soon = within {self.due_soon_days} days; "
            f"options: {overridden or 'all defaults'}"
            + (f" (not used by these rules: {unused})" if unused else ""),
            "",
            "Status counts:",
        ]
        for status, n in self.counts().items():
            if n:
                lines.append(f"  {status.label:<18} {n:>4}")
        lines.append(f"  {'(not triggered)':<18} {len(self.not_triggered):>4} rules")
        lines.append("")
        overdue = self.overdue
        lines.append(f"Overdue ({len(overdue)}):" if overdue else "Overdue: none")
        lines.extend(_line(f) for f in overdue)
        upcoming = self.upcoming()
        lines.append("")
        lines.append(f"Next due ({len(upcoming)}):" if upcoming else "Next due: none")
        lines.extend(_line(f) for f in upcoming)
        shown = {ComplianceStatus.OVERDUE, ComplianceStatus.DUE_SOON, ComplianceStatus.PENDING}
        rest = [f for f in self.findings if all_findings or f.status not in shown]
        if rest:
            lines.append("")
            lines.append("All findings:" if all_findings else "Other findings:")
            rest.sort(key=lambda f: (STATUS_ORDER.index(f.status), f.rule.id, f.occurrence))
            lines.extend(_line(f) for f in rest)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        counts = ", ".join(f"{s.value}={n}" for s, n in self.counts().items() if n)
        return f"ComplianceReport({len(self.findings)} findings: {counts})"

    def _repr_html_(self) -> str:
        from coregs._display.compliance import report_html  # noqa: PLC0415 - display, on demand

        return report_html(self)


def _line(f: Finding) -> str:
    rule = f.rule
    occ = f" #{f.occurrence}" if rule.recurrence is not None else ""
    trigger = f" (from events[{f.trigger_event}])" if f.trigger_event is not None else ""
    return f"  {f.status.label:<17} {rule.short_citation:<16} {rule.id}{occ}{trigger}: {f.reason}"
