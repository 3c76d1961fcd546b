"""How a determination reads: a terminal table, JSON-ready dicts, month records, notebook HTML.

Nothing here adds a fact: it lays out what the determination already holds, which contains no
personal value.
"""

from __future__ import annotations

import html as _html
import textwrap
from typing import TYPE_CHECKING, Any

from coregs.eligibility._base.outcome import Criterion, Outcome
from coregs.eligibility._determination.timeline import Coverage, DayCounts, MonthLine
from coregs.rules.catalog import CCR_7_601

if TYPE_CHECKING:
    from datetime import date

    from coregs.eligibility._determination.determine import IVEDetermination
    from coregs.eligibility._funding import FundingDetermination

__all__ = ["funding_dict", "html", "month_records", "render", "render_funding", "to_dict"]

_MARK = {
    Outcome.MET: "met",
    Outcome.NOT_MET: "NOT MET",
    Outcome.UNKNOWN: "unknown",
    Outcome.NOT_APPLICABLE: "n/a",
}


_cite = CCR_7_601.shorten  # a citation without the document's prefix ("7.601.71.B.3")


def _cell(counts: DayCounts) -> str:
    cov = counts.coverage
    if cov is Coverage.ALL:
        return "yes"
    if cov is Coverage.NONE:
        return "no"
    if cov is Coverage.UNKNOWN:
        return "?"
    return f"{counts.met}/{counts.days}"


def _criterion_lines(c: Criterion, depth: int = 0) -> list[str]:
    pad = "  " * depth
    mark = _MARK[c.outcome] if depth < 2 else c.outcome.label  # a part of a part: no shouting
    head = f"  {pad}{mark:<8} {_cite(c.citation):<22} {c.title}"
    body = textwrap.wrap(
        c.reason,
        width=96,
        initial_indent=f"  {pad}         ",
        subsequent_indent=f"  {pad}         ",
    )
    out = [head, *body]
    if c.missing:
        out.append(f"  {pad}         would settle it: {', '.join(c.missing)}")
    for part in c.parts:
        out.extend(_criterion_lines(part, depth + 1))
    return out


def render(det: IVEDetermination) -> str:
    """The determination as text."""
    return "\n".join(
        [
            *_heading(det),
            *_criteria(det),
            *_month_table(det),
            *_time_limits(det),
            *_footer(det),
        ]
    )


def _heading(det: IVEDetermination) -> list[str]:
    ref = f" (case {det.case_ref})" if det.case_ref else ""
    out = [f"Title IV-E foster care determination as of {det.as_of.isoformat()}{ref}"]
    if det.effective_date is not None:
        out.append(
            f"Initial determination: {det.status.label.upper()}, effective "
            f"{det.effective_date.isoformat()} (all criteria met in {det.eligible_from}; "
            "7.601.71.A.3.a)"
        )
    else:
        out.append(f"Initial determination: {det.status.label.upper()}")
    out.append(
        f"Eligible on {det.as_of.isoformat()} (or the last day in care): {_MARK[det.eligible_now]}"
    )
    if det.minor_parent_extension is not None:
        out.append(
            "Placement costs through the minor parent's eligibility (H ¶2): "
            f"{_MARK[det.minor_parent_extension]}"
        )
    return out


def _criteria(det: IVEDetermination) -> list[str]:
    out = ["", "Initial criteria"]
    for c in det.initial:
        out.extend(_criterion_lines(c))
    out.append("Continuing criteria")
    for c in det.continuing:
        if c.outcome is not Outcome.NOT_APPLICABLE:
            out.extend(_criterion_lines(c))
    if det.providers:
        out.append("Providers")
        for c in det.providers:
            out.extend(_criterion_lines(c))
    return out


def _month_table(det: IVEDetermination) -> list[str]:
    if not det.months:
        return []
    out = ["", "Month      days  child   placement  admin   why not (or unknown)"]
    for m in det.months:
        notes = "; ".join(m.reasons)
        row = (
            f"{m.month!s:<9} {m.days_in_care:>5}  {_cell(m.child):<7} "
            f"{_cell(m.placement):<10} {_cell(m.admin):<7} "
        )
        wrapped = textwrap.wrap(notes, width=max(40, 130 - len(row))) or [""]
        out.append(row + wrapped[0])
        out.extend(" " * len(row) + w for w in wrapped[1:])
    return out


def _time_limits(det: IVEDetermination) -> list[str]:
    if not det.deadlines:
        return []
    out = ["", "Eligibility deadlines ahead (they never roll)"]
    for d in det.deadlines:
        out.append(f"  {d.due.isoformat()}  {_cite(d.citation)}: {d.what}")
        out.append(f"              if not: {d.consequence}")
    return out


def _footer(det: IVEDetermination) -> list[str]:
    out = []
    if det.missing:
        out += ["", "Facts that would settle the unknowns: " + ", ".join(det.missing)]
    overridden = det.options.overridden
    out += [
        "",
        "Options: "
        + (", ".join(f"{o.name}={o.value}" for o in overridden) if overridden else "all defaults"),
        f"Text: {CCR_7_601.cite()}, {det.text_version}; effective dating {det.effective}",
        f"Need standard: {det.need_standard}",
    ]
    return out


def _criterion_dict(c: Criterion) -> dict[str, Any]:
    return {
        "id": c.id,
        "citation": c.citation,
        "title": c.title,
        "outcome": c.outcome.value,
        "reason": c.reason,
        "missing": list(c.missing),
        "met_on": c.met_on.isoformat() if c.met_on else None,
        "parts": [_criterion_dict(p) for p in c.parts],
    }


def _counts(counts: DayCounts) -> dict[str, Any]:
    return {
        "coverage": counts.coverage.value,
        "met": counts.met,
        "not_met": counts.not_met,
        "unknown": counts.unknown,
    }


def _month_dict(m: MonthLine) -> dict[str, Any]:
    return {
        "month": str(m.month),
        "days_in_care": m.days_in_care,
        "child": _counts(m.child),
        "placement": _counts(m.placement),
        "admin": _counts(m.admin),
        "reasons": list(m.reasons),
    }


def to_dict(det: IVEDetermination) -> dict[str, Any]:
    """A JSON-ready dict of the whole determination."""
    return {
        "case_ref": det.case_ref,
        "as_of": det.as_of.isoformat(),
        "status": det.status.value,
        "eligible_from": str(det.eligible_from) if det.eligible_from else None,
        "effective_date": det.effective_date.isoformat() if det.effective_date else None,
        "eligible_now": det.eligible_now.value,
        "minor_parent_extension": (
            det.minor_parent_extension.value if det.minor_parent_extension else None
        ),
        "initial": [_criterion_dict(c) for c in det.initial],
        "continuing": [_criterion_dict(c) for c in det.continuing],
        "providers": [_criterion_dict(c) for c in det.providers],
        "months": [_month_dict(m) for m in det.months],
        "deadlines": [
            {
                "id": d.id,
                "citation": d.citation,
                "what": d.what,
                "due": d.due.isoformat(),
                "consequence": d.consequence,
            }
            for d in det.deadlines
        ],
        "missing": list(det.missing),
        "options": [
            {"name": o.name, "value": o.value, "is_default": o.is_default, "citation": o.citation}
            for o in det.options.chosen
        ],
        "text_version": det.text_version,
        "need_standard": det.need_standard,
        "effective": det.effective,
    }


def month_records(det: IVEDetermination) -> list[dict[str, Any]]:
    """One flat record per month (for ``pandas.DataFrame(det.to_records())``)."""
    out = []
    for m in det.months:
        row: dict[str, Any] = {
            "case_ref": det.case_ref,
            "month": str(m.month),
            "days_in_care": m.days_in_care,
        }
        for name, counts in (("child", m.child), ("placement", m.placement), ("admin", m.admin)):
            row[f"{name}_eligible_days" if name == "child" else f"{name}_claimable_days"] = (
                counts.met
            )
            row[f"{name}_unknown_days"] = counts.unknown
            row[f"{name}_coverage"] = counts.coverage.value
        row["reasons"] = "; ".join(m.reasons)
        out.append(row)
    return out


def html(det: IVEDetermination) -> str:
    """A compact HTML view for notebooks."""
    esc = _html.escape
    rows = "".join(
        f"<tr><td>{esc(str(m.month))}</td><td>{m.days_in_care}</td><td>{_cell(m.child)}</td>"
        f"<td>{_cell(m.placement)}</td><td>{_cell(m.admin)}</td>"
        f"<td>{esc('; '.join(m.reasons))}</td></tr>"
        for m in det.months
    )
    crits = "".join(
        f"<tr><td>{esc(_MARK[c.outcome])}</td><td>{esc(_cite(c.citation))}</td>"
        f"<td>{esc(c.title)}</td><td>{esc(c.reason)}</td></tr>"
        for c in (*det.initial, *det.continuing, *det.providers)
        if c.outcome is not Outcome.NOT_APPLICABLE
    )
    effective = det.effective_date.isoformat() if det.effective_date else "none"
    return (
        f"<div><p><b>Title IV-E determination as of {esc(det.as_of.isoformat())}</b>: "
        f"{esc(det.status.label)}, effective {esc(effective)}</p>"
        f"<table><tr><th>outcome</th><th>citation</th><th>criterion</th><th>reason</th></tr>"
        f"{crits}</table>"
        f"<table><tr><th>month</th><th>days</th><th>child</th><th>placement</th><th>admin</th>"
        f"<th>why not</th></tr>{rows}</table></div>"
    )


def render_funding(funding: FundingDetermination) -> str:
    """The funding sources as text: the Title IV-E determination, then the others."""
    out = [render(funding.iv_e), "", "Other funding sources (7.601.71.J, M; 7.601.72-74)"]
    for c in funding.sources():
        out.extend(_criterion_lines(c))
    dates = (
        ("Reasonable candidacy: next determination due", funding.candidacy_due),
        ("SSI application to begin by", funding.ssi_due),
        ("Emergency Assistance effective no earlier than", funding.ea_effective_from),
        ("Emergency Assistance determination due", funding.ea_due),
    )
    for label, day in dates:
        if day is not None:
            out.append(f"  {label} {day.isoformat()}")
    if funding.ea_maintenance_of_effort is not Outcome.NOT_APPLICABLE:
        out.append(
            "  Emergency Assistance maintenance of effort (73.B): "
            f"{_MARK[funding.ea_maintenance_of_effort]}"
        )
    return "\n".join(out)


def funding_dict(funding: FundingDetermination) -> dict[str, Any]:
    """A JSON-ready dict of every funding source."""

    def iso(day: date | None) -> str | None:
        return day.isoformat() if day else None

    return {
        "as_of": funding.as_of.isoformat(),
        "iv_e": to_dict(funding.iv_e),
        "child_support": _criterion_dict(funding.child_support),
        "candidacy": _criterion_dict(funding.candidacy),
        "candidacy_due": iso(funding.candidacy_due),
        "ssi": _criterion_dict(funding.ssi),
        "ssi_due": iso(funding.ssi_due),
        "emergency_assistance": _criterion_dict(funding.emergency_assistance),
        "ea_effective_from": iso(funding.ea_effective_from),
        "ea_due": iso(funding.ea_due),
        "ea_maintenance_of_effort": funding.ea_maintenance_of_effort.value,
        "without_regard_to_income": _criterion_dict(funding.without_regard_to_income),
    }
