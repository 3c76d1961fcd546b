"""How a history reads: a terminal report, a JSON-ready dict, month records, notebook HTML.

Each episode is laid out as a single determination is (its status, criteria and time limits),
under a line saying how it begins and what it carried over; the months are the history's, one
line spanning every episode. Nothing here adds a fact.
"""

from __future__ import annotations

import html as _html
import textwrap
from datetime import date
from typing import TYPE_CHECKING, Any

from coregs.eligibility._render import (
    MARK,
    cell,
    counts_dict,
    criterion_dict,
    criterion_lines,
    day_columns,
    deadline_dict,
    episode_lines,
    footer,
    funding_dict,
    funding_lines,
    html,
    options_list,
    to_dict,
)

if TYPE_CHECKING:
    from coregs.eligibility._episodes.history import EpisodeDetermination, IVEHistoryDetermination
    from coregs.eligibility._episodes.months import HistoryMonth

__all__ = ["history_dict", "history_html", "history_records", "render_history"]


def _stay_words(e: EpisodeDetermination) -> str:
    if e.open_case:
        return "an open case: no removal, no placement"
    if e.stay is None:
        return "no placement in out-of-home care"
    stop = e.stay.stop
    det = e.determination
    if stop <= det.as_of:
        return f"in care {e.stay.first.isoformat()} to {stop.isoformat()}"
    return f"in care since {e.stay.first.isoformat()}"


def _begins(e: EpisodeDetermination) -> str:
    return (e.begins.value if e.begins else "first episode").replace("_", " ")


def render_history(history: IVEHistoryDetermination, *, funding: bool = False) -> str:
    """The history as text: each episode (with ``funding``, its other funding sources too),
    the spanning months, what would settle unknowns."""
    ref = f" (case {history.case_ref})" if history.case_ref else ""
    n = len(history.episodes)
    out = [
        f"Title IV-E history as of {history.as_of.isoformat()}{ref}: {n} episode"
        + ("s" if n != 1 else ""),
        f"Eligible on {history.as_of.isoformat()}: {MARK[history.eligible_now]}"
        + (f" (episodes[{history.current.index}])" if history.current else " (not in care)"),
    ]
    for e in history.episodes:
        out += ["", f"Episode {e.index}: {_begins(e)}; {_stay_words(e)}"]
        if e.open_case:  # at home: no Title IV-E foster care determination to show
            out += ["  Reasonable candidacy", *criterion_lines(e.funding.candidacy, 1)]
            continue
        out += ["  How it begins", *criterion_lines(e.link, 1)]
        if e.carried:
            out.append("  Carried over")
            for c in e.carried:
                out += criterion_lines(c, 1)
        lines = episode_lines(e.determination) + (funding_lines(e.funding) if funding else [])
        out += ["  " + line if line else line for line in lines]
    out += _months(history.months)
    out += footer(history.missing, history.episodes[0].determination)
    return "\n".join(out)


def _months(months: tuple[HistoryMonth, ...]) -> list[str]:
    if not months:
        return []
    out = [
        "",
        "Months of the history",
        "Month     episodes  days  child   placement  admin   candidate  why not (or unknown)",
    ]
    for m in months:
        row = (
            f"{m.month!s:<9} {','.join(map(str, m.episodes)) or '-':<9} {m.days_in_care:>4}  "
            f"{_cell(m.child, m.days_in_care):<7} {_cell(m.placement, m.days_in_care):<10} "
            f"{_cell(m.admin, m.days_in_care):<7} {m.candidate_days or '':<10} "
        )
        wrapped = textwrap.wrap("; ".join(m.reasons), width=max(40, 140 - len(row))) or [""]
        out.append(row + wrapped[0])
        out.extend(" " * len(row) + w for w in wrapped[1:])
    return out


def _cell(counts: Any, days: int) -> str:
    return cell(counts) if days else "-"


def _month_dict(m: HistoryMonth) -> dict[str, Any]:
    return {
        "month": str(m.month),
        "episodes": list(m.episodes),
        "days_in_care": m.days_in_care,
        "child": counts_dict(m.child),
        "placement": counts_dict(m.placement),
        "admin": counts_dict(m.admin),
        "candidate_days": m.candidate_days,
        "reasons": list(m.reasons),
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _episode_dict(e: EpisodeDetermination, *, funding: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "index": e.index,
        "begins": e.begins.value if e.begins else None,
        "open_case": e.open_case,
        "stay": (
            {"first_day": e.stay.first.isoformat(), "stop": e.stay.stop.isoformat()}
            if e.stay
            else None
        ),
        "link": criterion_dict(e.link),
        "carried": [criterion_dict(c) for c in e.carried],
        "determination": to_dict(e.determination),
    }
    if funding:
        out["funding"] = {k: v for k, v in funding_dict(e.funding).items() if k != "iv_e"}
    return out


def history_dict(history: IVEHistoryDetermination, *, funding: bool = False) -> dict[str, Any]:
    """A JSON-ready dict of the whole history."""
    first = history.episodes[0].determination
    return {
        "case_ref": history.case_ref,
        "as_of": history.as_of.isoformat(),
        "eligible_now": history.eligible_now.value,
        "current_episode": history.current.index if history.current else None,
        "episodes": [_episode_dict(e, funding=funding) for e in history.episodes],
        "months": [_month_dict(m) for m in history.months],
        "deadlines": [{"episode": i, **deadline_dict(d)} for i, d in history.deadlines],
        "missing": list(history.missing),
        "options": options_list(history.options),
        "text_version": first.text_version,
        "need_standard": first.need_standard,
        "effective": first.effective,
    }


def history_records(history: IVEHistoryDetermination) -> list[dict[str, Any]]:
    """One flat record per month of the history (for ``pandas.DataFrame``)."""
    out = []
    for m in history.months:
        row: dict[str, Any] = {
            "case_ref": history.case_ref,
            "month": str(m.month),
            "episodes": " ".join(map(str, m.episodes)),
            "days_in_care": m.days_in_care,
            **day_columns(m.child, m.placement, m.admin),
        }
        row["candidate_days"] = m.candidate_days
        row["reasons"] = "; ".join(m.reasons)
        out.append(row)
    return out


def history_html(history: IVEHistoryDetermination) -> str:
    """A compact HTML view for notebooks: each episode's view under how it begins, then the
    spanning months."""
    esc = _html.escape
    parts = [
        f"<p><b>Episode {e.index}</b>: {esc(_begins(e))}; {esc(_stay_words(e))} "
        f"({esc(MARK[e.link.outcome])}: {esc(e.link.reason)})</p>{html(e.determination)}"
        for e in history.episodes
    ]
    rows = "".join(
        f"<tr><td>{esc(str(m.month))}</td><td>{esc(' '.join(map(str, m.episodes)))}</td>"
        f"<td>{m.days_in_care}</td><td>{_cell(m.child, m.days_in_care)}</td>"
        f"<td>{_cell(m.placement, m.days_in_care)}</td><td>{_cell(m.admin, m.days_in_care)}</td>"
        f"<td>{m.candidate_days}</td><td>{esc('; '.join(m.reasons))}</td></tr>"
        for m in history.months
    )
    return (
        f"<div><p><b>Title IV-E history as of {esc(history.as_of.isoformat())}</b>: "
        f"{len(history.episodes)} episode(s)</p>{''.join(parts)}"
        "<table><tr><th>month</th><th>episodes</th><th>days</th><th>child</th>"
        "<th>placement</th><th>admin</th><th>candidate</th><th>why not</th></tr>"
        f"{rows}</table></div>"
    )
