"""How a determination reads: a terminal table, JSON-ready dicts, month records, notebook HTML.

Nothing here adds a fact: it lays out what the determination already holds, which contains no
personal value.
"""

from __future__ import annotations

import html as _html
import textwrap
from typing import TYPE_CHECKING, Any

from coregs.eligibility._base.outcome import Criterion, Outcome
from coregs.eligibility._determination.determine import DeterminationStatus
from coregs.eligibility._determination.timeline import Coverage, DayCounts, MonthLine
from coregs.rules.catalog import CCR_7_601

if TYPE_CHECKING:
    from datetime import date

    from coregs._options import Options
    from coregs.eligibility._base.track import TimeLimit
    from coregs.eligibility._determination.determine import IVEDetermination
    from coregs.eligibility._funding import FundingDetermination

__all__ = [
    "MARK",
    "cell",
    "counts_dict",
    "criterion_dict",
    "criterion_lines",
    "day_columns",
    "deadline_dict",
    "episode_lines",
    "footer",
    "funding_dict",
    "funding_lines",
    "html",
    "month_records",
    "options_list",
    "render",
    "render_funding",
    "time_limit_dict",
    "to_dict",
]

MARK = {  # how an outcome is shown in a table
    Outcome.MET: "met",
    Outcome.NOT_MET: "NOT MET",
    Outcome.UNKNOWN: "unknown",
    Outcome.NOT_APPLICABLE: "n/a",
}


_cite = CCR_7_601.shorten  # a citation without the document's prefix ("7.601.71.B.3")


def cell(counts: DayCounts) -> str:
    cov = counts.coverage
    if cov is Coverage.ALL:
        return "yes"
    if cov is Coverage.NONE:
        return "no"
    if cov is Coverage.UNKNOWN:
        return "?"
    return f"{counts.met}/{counts.days}"


def criterion_lines(c: Criterion, depth: int = 0) -> list[str]:
    pad = "  " * depth
    mark = MARK[c.outcome] if depth < 2 else c.outcome.label  # a part of a part: no shouting
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
        out.extend(criterion_lines(part, depth + 1))
    return out


def render(det: IVEDetermination) -> str:
    """The determination as text."""
    return "\n".join(
        [
            *_heading(det),
            *_criteria(det),
            *_month_table(det),
            *_time_limits(det),
            *footer(det.missing, det),
        ]
    )


def episode_lines(det: IVEDetermination) -> list[str]:
    """The determination without its title, months and footer: its status, criteria and time
    limits (an episode of a history, whose months and footer are the history's)."""
    return [_status(det), *_minor_parent(det), *_criteria(det), *_time_limits(det)]


def _heading(det: IVEDetermination) -> list[str]:
    ref = f" (case {det.case_ref})" if det.case_ref else ""
    return [
        f"Title IV-E foster care determination as of {det.as_of.isoformat()}{ref}",
        _status(det),
        f"Eligible on {det.as_of.isoformat()} (or the last day in care): {MARK[det.eligible_now]}",
        *_minor_parent(det),
    ]


def _status(det: IVEDetermination) -> str:
    if det.status is DeterminationStatus.OTHER_STATE:
        return (
            "Initial determination: NONE BY COLORADO: the child's residency is from another "
            "state, which is responsible for determining Title IV-E eligibility (7.601.71.D.4.c)"
        )
    if det.effective_date is not None:
        return (
            f"Initial determination: {det.status.label.upper()}, effective "
            f"{det.effective_date.isoformat()} (all criteria met in {det.eligible_from}; "
            "7.601.71.A.3.a)"
        )
    return f"Initial determination: {det.status.label.upper()}"


def _minor_parent(det: IVEDetermination) -> list[str]:
    if det.minor_parent_extension is None:
        return []
    return [
        "Placement costs through the minor parent's eligibility (H ¶2): "
        f"{MARK[det.minor_parent_extension]}"
    ]


def _criteria(det: IVEDetermination) -> list[str]:
    out = ["", "Initial criteria"]
    for c in det.initial:
        out.extend(criterion_lines(c))
    applicable = [c for c in det.continuing if c.outcome is not Outcome.NOT_APPLICABLE]
    if applicable:
        out.append("Continuing criteria")
    for c in applicable:
        out.extend(criterion_lines(c))
    if det.providers:
        out.append("Providers")
        for c in det.providers:
            out.extend(criterion_lines(c))
    return out


def _month_table(det: IVEDetermination) -> list[str]:
    if not det.months:
        return []
    out = ["", "Month      days  child   placement  admin   why not (or unknown)"]
    for m in det.months:
        notes = "; ".join(m.reasons)
        row = (
            f"{m.month!s:<9} {m.days_in_care:>5}  {cell(m.child):<7} "
            f"{cell(m.placement):<10} {cell(m.admin):<7} "
        )
        wrapped = textwrap.wrap(notes, width=max(40, 130 - len(row))) or [""]
        out.append(row + wrapped[0])
        out.extend(" " * len(row) + w for w in wrapped[1:])
    return out


def _time_limits(det: IVEDetermination) -> list[str]:
    out = []
    if det.time_limits:
        entry = det.entered_foster_care
        out += [
            "",
            "Time limits of the stay (entered foster care: "
            + (entry.isoformat() if entry else "not settled by the facts")
            + ")",
        ]
        for t in det.time_limits:
            met = f" on {t.met_on.isoformat()}" if t.met_on is not None else ""
            kind = "" if t.keeps_eligibility else " [compliance]"
            out.append(
                f"  {t.due.isoformat()}  {t.status.label + met:<22} {_cite(t.citation)}: "
                f"{t.what}{kind}"
            )
    if det.deadlines:
        out += ["", "Eligibility deadlines ahead (they never roll)"]
        for d in det.deadlines:
            out.append(f"  {d.due.isoformat()}  {_cite(d.citation)}: {d.what}")
            out.append(f"              if not: {d.consequence}")
    return out


def footer(missing: tuple[str, ...], det: IVEDetermination) -> list[str]:
    """The facts that would settle the unknowns, then the options, text and need standard
    ``det`` was made with."""
    out = []
    if missing:
        out += ["", "Facts that would settle the unknowns: " + ", ".join(missing)]
    overridden = det.options.overridden
    unused = ", ".join(f"{o.name}={o.value}" for o in det.options.not_used)
    out += [
        "",
        "Options: "
        + (", ".join(f"{o.name}={o.value}" for o in overridden) if overridden else "all defaults")
        + (f" (not used by a determination: {unused})" if unused else ""),
        f"Text: {CCR_7_601.cite()}, {det.text_version}; effective dating {det.effective}",
        f"Need standard: {det.need_standard}",
    ]
    return out


def criterion_dict(c: Criterion) -> dict[str, Any]:
    return {
        "id": c.id,
        "citation": c.citation,
        "title": c.title,
        "outcome": c.outcome.value,
        "reason": c.reason,
        "missing": list(c.missing),
        "met_on": c.met_on.isoformat() if c.met_on else None,
        "parts": [criterion_dict(p) for p in c.parts],
    }


def counts_dict(counts: DayCounts) -> dict[str, Any]:
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
        "child": counts_dict(m.child),
        "placement": counts_dict(m.placement),
        "admin": counts_dict(m.admin),
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
        "initial": [criterion_dict(c) for c in det.initial],
        "continuing": [criterion_dict(c) for c in det.continuing],
        "providers": [criterion_dict(c) for c in det.providers],
        "months": [_month_dict(m) for m in det.months],
        "entered_foster_care": (
            det.entered_foster_care.isoformat() if det.entered_foster_care else None
        ),
        "time_limits": [time_limit_dict(t) for t in det.time_limits],
        "deadlines": [deadline_dict(d) for d in det.deadlines],
        "missing": list(det.missing),
        "options": options_list(det.options),
        "options_not_used": [
            {"name": o.name, "value": o.value, "citation": o.citation} for o in det.options.not_used
        ],
        "text_version": det.text_version,
        "need_standard": det.need_standard,
        "effective": det.effective,
    }


def deadline_dict(d: TimeLimit) -> dict[str, Any]:
    """A time limit, JSON-ready."""
    return {
        "id": d.id,
        "citation": d.citation,
        "what": d.what,
        "due": d.due.isoformat(),
        "consequence": d.consequence,
    }


def time_limit_dict(t: TimeLimit) -> dict[str, Any]:
    """A time limit of the ledger, JSON-ready: as :func:`deadline_dict`, with when it was met,
    its status and whether it keeps eligibility."""
    return {
        **deadline_dict(t),
        "met_on": t.met_on.isoformat() if t.met_on is not None else None,
        "status": t.status.value,
        "keeps_eligibility": t.keeps_eligibility,
    }


def options_list(options: Options) -> list[dict[str, Any]]:
    """Every option chosen, JSON-ready."""
    return [
        {"name": o.name, "value": o.value, "is_default": o.is_default, "citation": o.citation}
        for o in options.chosen
    ]


def month_records(det: IVEDetermination) -> list[dict[str, Any]]:
    """One flat record per month (for ``pandas.DataFrame(det.to_records())``)."""
    out = []
    for m in det.months:
        row: dict[str, Any] = {
            "case_ref": det.case_ref,
            "month": str(m.month),
            "days_in_care": m.days_in_care,
            **day_columns(m.child, m.placement, m.admin),
        }
        row["reasons"] = "; ".join(m.reasons)
        out.append(row)
    return out


def day_columns(child: DayCounts, placement: DayCounts, admin: DayCounts) -> dict[str, Any]:
    """A month's day counts as flat columns: eligible / claimable days, unknown days and
    coverage of the child, the placement costs and the administrative costs."""
    row: dict[str, Any] = {}
    for name, counts in (("child", child), ("placement", placement), ("admin", admin)):
        row[f"{name}_eligible_days" if name == "child" else f"{name}_claimable_days"] = counts.met
        row[f"{name}_unknown_days"] = counts.unknown
        row[f"{name}_coverage"] = counts.coverage.value
    return row


def html(det: IVEDetermination) -> str:
    """A compact HTML view for notebooks."""
    esc = _html.escape
    rows = "".join(
        f"<tr><td>{esc(str(m.month))}</td><td>{m.days_in_care}</td><td>{cell(m.child)}</td>"
        f"<td>{cell(m.placement)}</td><td>{cell(m.admin)}</td>"
        f"<td>{esc('; '.join(m.reasons))}</td></tr>"
        for m in det.months
    )
    crits = "".join(
        f"<tr><td>{esc(MARK[c.outcome])}</td><td>{esc(_cite(c.citation))}</td>"
        f"<td>{esc(c.title)}</td><td>{esc(c.reason)}</td></tr>"
        for c in (*det.initial, *det.continuing, *det.providers)
        if c.outcome is not Outcome.NOT_APPLICABLE
    )
    limits = "".join(
        f"<tr><td>{esc(t.due.isoformat())}</td><td>{esc(t.status.label)}</td>"
        f"<td>{esc(t.met_on.isoformat() if t.met_on else '')}</td>"
        f"<td>{esc(_cite(t.citation))}</td><td>{esc(t.what)}</td></tr>"
        for t in det.time_limits
    )
    effective = det.effective_date.isoformat() if det.effective_date else "none"
    return (
        f"<div><p><b>Title IV-E determination as of {esc(det.as_of.isoformat())}</b>: "
        f"{esc(det.status.label)}, effective {esc(effective)}</p>"
        f"<table><tr><th>outcome</th><th>citation</th><th>criterion</th><th>reason</th></tr>"
        f"{crits}</table>"
        f"<table><tr><th>due</th><th>status</th><th>met on</th><th>citation</th>"
        f"<th>time limit</th></tr>{limits}</table>"
        f"<table><tr><th>month</th><th>days</th><th>child</th><th>placement</th><th>admin</th>"
        f"<th>why not</th></tr>{rows}</table></div>"
    )


def render_funding(funding: FundingDetermination) -> str:
    """The funding sources as text: the Title IV-E determination, then the others."""
    return "\n".join([render(funding.iv_e), *funding_lines(funding)])


def funding_lines(funding: FundingDetermination) -> list[str]:
    """The funding sources other than Title IV-E, and their dates, as lines of text."""
    out = ["", "Other funding sources (7.601.71.J, M; 7.601.72-74)"]
    for c in funding.sources():
        out.extend(criterion_lines(c))
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
            f"{MARK[funding.ea_maintenance_of_effort]}"
        )
    return out


def funding_dict(funding: FundingDetermination) -> dict[str, Any]:
    """A JSON-ready dict of every funding source."""

    def iso(day: date | None) -> str | None:
        return day.isoformat() if day else None

    return {
        "as_of": funding.as_of.isoformat(),
        "iv_e": to_dict(funding.iv_e),
        "child_support": criterion_dict(funding.child_support),
        "candidacy": criterion_dict(funding.candidacy),
        "candidacy_due": iso(funding.candidacy_due),
        "ssi": criterion_dict(funding.ssi),
        "ssi_due": iso(funding.ssi_due),
        "emergency_assistance": criterion_dict(funding.emergency_assistance),
        "ea_effective_from": iso(funding.ea_effective_from),
        "ea_due": iso(funding.ea_due),
        "ea_maintenance_of_effort": funding.ea_maintenance_of_effort.value,
        "without_regard_to_income": criterion_dict(funding.without_regard_to_income),
    }
