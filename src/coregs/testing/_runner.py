"""Running policy cases: evaluate the input, compare what the author expects, explain each
difference.

A compliance case runs :func:`coregs.check_case`; an eligibility case runs
:func:`coregs.determine_funding` (which includes the Title IV-E determination). Only the values
the author wrote are compared. Each difference is a :class:`Mismatch` that says what was
compared, what was expected, what coregs computed and why (the finding's or criterion's own
reason), so a reviewer can tell a wrong expectation from a wrong rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from coregs import CoregsError
from coregs.calendar import BusinessCalendar, calendar_named
from coregs.compliance import ComplianceReport, Finding, check_case
from coregs.eligibility import (
    Coverage,
    Criterion,
    DayCounts,
    FundingDetermination,
    HistoryMonth,
    IVEHistory,
    MonthLine,
    Outcome,
    determine_funding,
    determine_iv_e_history,
)
from coregs.rules import RULEBOOK, Rulebook
from coregs.testing._policy import Expected, PolicyCase

__all__ = ["CaseResult", "Mismatch", "run_policy_case", "run_policy_files"]


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One difference between what a policy case expects and what coregs computed.

    Attributes:
        what: what was compared (``service-request-contact #1 status``).
        expected: the author's value, as written.
        got: coregs' value.
        reason: coregs' explanation of its value (a finding's or criterion's reason).
    """

    what: str
    expected: str
    got: str
    reason: str = ""

    def __str__(self) -> str:
        text = f"{self.what}: expected {self.expected}, got {self.got}"
        return f"{text}\n  because: {self.reason}" if self.reason else text


@dataclass(frozen=True, slots=True)
class CaseResult:
    """The outcome of one policy case.

    Attributes:
        case: the case.
        mismatches: every difference found (none: the case passes).
        error: a coregs error the evaluation raised, if any (its message names fields and
            rules, never values).
    """

    case: PolicyCase
    mismatches: tuple[Mismatch, ...] = ()
    error: str | None = None

    @property
    def passed(self) -> bool:
        """No mismatch and no error."""
        return not self.mismatches and self.error is None

    def render(self) -> str:
        """``PASS``/``FAIL``, the case, and each mismatch explained."""
        case = self.case
        where = f"{case.source}:{case.line}" if case.line is not None else case.source
        head = f"{'PASS' if self.passed else 'FAIL'} {where} {case.label} ({case.citation})"
        lines = [head]
        if self.error is not None:
            lines.append(f"  error: {self.error}")
        lines.extend("  " + str(m).replace("\n", "\n  ") for m in self.mismatches)
        return "\n".join(lines)


def _text(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_text(v) for v in value) + "]"
    return str(value)


def _attribute(source: Any, key: str, _expected: Any) -> Any:
    return getattr(source, key)


def _itself(source: Any, _key: str, _expected: Any) -> Any:
    return source


def _differences(
    what: str,
    expected: Expected,
    source: Any,
    reason: str,
    read: Callable[[Any, str, Any], Any] = _attribute,
) -> list[Mismatch]:
    """A mismatch for each expected value that ``read(source, key, expected)`` does not give
    back (by default, the attribute ``key`` of ``source``)."""
    out = []
    for key, value in expected.values:
        got = read(source, key, value)
        if got != value:
            out.append(Mismatch(f"{what} {key}".strip(), _text(value), _text(got), reason))
    return out


# -- compliance ----------------------------------------------------------------------------------


def _finding_mismatches(
    rule: str, wanted: tuple[Expected, ...], found: tuple[Finding, ...]
) -> list[Mismatch]:
    out: list[Mismatch] = []
    if len(wanted) != len(found):
        got = ", ".join(f"#{f.occurrence} {f.status.value} ({f.reason})" for f in found)
        out.append(
            Mismatch(
                f"{rule} findings",
                f"{len(wanted)} finding{'s' if len(wanted) != 1 else ''}",
                f"{len(found)}" + (f": {got}" if got else " (the rule was not triggered)"),
            )
        )
    for n, (expected, finding) in enumerate(zip(wanted, found, strict=False), start=1):
        out += _differences(f"{rule} #{n}", expected, finding, finding.reason)
    return out


def _check_compliance(
    case: PolicyCase, calendar: BusinessCalendar | None, rulebook: Rulebook
) -> list[Mismatch]:
    assert case.case is not None
    report: ComplianceReport = check_case(
        case.case,
        as_of=case.as_of,
        rulebook=rulebook,
        calendar=calendar,
        options=dict(case.options) or None,
        due_soon_days=case.due_soon_days,
        effective=case.effective,
    )
    out: list[Mismatch] = []
    for rule, wanted in case.findings:
        out.extend(_finding_mismatches(rule, wanted, report.for_rule(rule)))
    return out


# -- eligibility ---------------------------------------------------------------------------------


def _criteria(funding: FundingDetermination) -> dict[str, Criterion]:
    found: dict[str, Criterion] = {}
    for c in (*funding.iv_e.criteria(), *funding.sources()):
        found.setdefault(c.id, c)
    return found


def _dues(funding: FundingDetermination) -> dict[str, date]:
    dues = {d.id: d.due for d in funding.iv_e.deadlines}
    for cid, due in (
        ("ssi-application", funding.ssi_due),
        ("emergency-assistance", funding.ea_due),
        ("reasonable-candidate", funding.candidacy_due),
    ):
        if due is not None:
            dues.setdefault(cid, due)
    return dues


def _month_value(line: MonthLine | HistoryMonth, key: str, expected: Any) -> Any:
    """Days in care or candidate days; or a column's met days, or its coverage when a coverage
    is expected."""
    if key in ("days_in_care", "candidate_days"):
        return getattr(line, key)
    counts: DayCounts = getattr(line, key)
    return counts.coverage if isinstance(expected, Coverage) else counts.met


def _compare_determination(
    funding: FundingDetermination,
    top: Expected | None,
    criteria: tuple[Expected, ...],
    due: tuple[Expected, ...],
    *,
    also: tuple[Criterion, ...] = (),
    label: str = "",
) -> list[Mismatch]:
    """The differences in one determination: its top-level values, criteria (and ``also``:
    an episode's link and what it carried) and due dates; ``label`` names the episode."""
    det = funding.iv_e
    out: list[Mismatch] = []
    if top is not None:
        failed = "; ".join(c.reason for c in det.initial if c.outcome is Outcome.NOT_MET)
        out += _differences(label.strip(), top, det, failed)
    found = {c.id: c for c in also} | _criteria(funding)
    for expected in criteria:
        criterion = found.get(expected.subject)
        what = f"{label}{expected.subject}"
        if criterion is None:
            out.append(Mismatch(what, "a criterion", "no criterion with this id"))
            continue
        out += _differences(what, expected, criterion, criterion.reason)
    dues = _dues(funding)
    for expected in due:
        criterion = found.get(expected.subject)
        reason = criterion.reason if criterion is not None else ""
        what = f"{label}{expected.subject}"
        out += _differences(what, expected, dues.get(expected.subject), reason, _itself)
    return out


def _compare_months(
    lines: tuple[MonthLine, ...] | tuple[HistoryMonth, ...], wanted: tuple[Expected, ...]
) -> list[Mismatch]:
    months = {str(line.month): line for line in lines}
    out: list[Mismatch] = []
    for expected in wanted:
        line = months.get(expected.subject)
        what = f"month {expected.subject}"
        if line is None:
            out.append(Mismatch(what, "a month of the stay", "no such month"))
            continue
        reason = "; ".join(line.reasons)
        out += _differences(what, expected, line, reason, _month_value)
    return out


def _check_eligibility(case: PolicyCase, calendar: BusinessCalendar | None) -> list[Mismatch]:
    settings: dict[str, Any] = {
        "as_of": case.as_of,
        "options": dict(case.options) or None,
        "calendar": calendar,
        "effective": case.effective,
    }
    if isinstance(case.facts, IVEHistory):
        return _check_history(case, case.facts, settings)
    assert case.facts is not None
    funding = determine_funding(case.facts, **settings)
    out = _compare_determination(funding, case.determination, case.criteria, case.due)
    return out + _compare_months(funding.iv_e.months, case.months)


def _check_history(case: PolicyCase, facts: IVEHistory, settings: dict[str, Any]) -> list[Mismatch]:
    history = determine_iv_e_history(facts, **settings)
    out: list[Mismatch] = []
    for wanted in case.episodes:
        label = f"episodes[{wanted.index}] "
        if wanted.index >= len(history.episodes):
            out.append(Mismatch(label.strip(), "an episode", "no such episode"))
            continue
        e = history.episodes[wanted.index]
        out += _compare_determination(
            e.funding,
            wanted.determination,
            wanted.criteria,
            wanted.due,
            also=(e.link, *e.carried),
            label=label,
        )
    return out + _compare_months(history.months, case.months)


# -- running -------------------------------------------------------------------------------------


def _calendar(case: PolicyCase) -> BusinessCalendar | None:
    if case.calendar is None and not case.closures:
        return None
    cal = calendar_named(case.calendar or "legal")
    if case.closures:
        cal = cal.with_closures(case.closures, name=f"{cal.name} + the case's closures")
    return cal


def run_policy_case(case: PolicyCase, *, rulebook: Rulebook = RULEBOOK) -> CaseResult:
    """Evaluate one policy case and compare every value its author expects.

    A coregs error raised by the evaluation (a trigger before a rule took effect, under strict
    effective dating) fails the case with the error's message.
    """
    calendar = _calendar(case)
    try:
        if case.kind == "compliance":
            found = _check_compliance(case, calendar, rulebook)
        else:
            found = _check_eligibility(case, calendar)
    except CoregsError as exc:
        return CaseResult(case, error=f"{type(exc).__name__}: {exc}")
    return CaseResult(case, tuple(found))


def run_policy_files(
    paths: Sequence[str | Path] | Iterable[str | Path],
    *,
    name_filter: str | None = None,
    rulebook: Rulebook = RULEBOOK,
) -> tuple[CaseResult, ...]:
    """Load and run every policy case in ``paths`` (files, or folders searched for ``*.yaml``
    and ``*.yml``), in file order.

    Args:
        paths: the files and folders.
        name_filter: run only the cases whose name contains this text.
        rulebook: the rules a compliance case is checked against.

    Raises:
        PolicyCaseError: a file that cannot be read or whose structure is wrong.
    """
    from coregs.testing._files import load_policy_file, policy_files  # noqa: PLC0415

    results = []
    for path in policy_files(paths):
        for case in load_policy_file(path, rulebook=rulebook):
            if name_filter is None or name_filter in case.name:
                results.append(run_policy_case(case, rulebook=rulebook))
    return tuple(results)
