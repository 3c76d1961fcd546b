"""Policy cases: test cases a policy expert writes as data, read into typed values.

A policy case (the format is ``docs/testing.md``) names the sentence it checks (``citation``,
``quote``), gives an input (a case timeline under ``case``, or Title IV-E facts under
``facts``), an evaluation date, optional interpretation options and calendar, and what the
author expects: statuses and due dates per rule occurrence, or a determination's status,
effective date, criteria, months and deadlines. Only what is written is compared, as in
OpenFisca's YAML tests.

A case whose structure is wrong raises :class:`PolicyCaseError`, which names the file, the
case, the key and (for YAML files) the line. It never quotes a value of the case's input: a
field is named, not echoed; only the author's own expectations are ever repeated back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, NoReturn

from coregs import InputError, InvalidFactsError
from coregs.calendar import CALENDARS, Closure, Layer
from coregs.compliance import Case, ComplianceStatus as FindingStatus
from coregs.eligibility import (
    ALL_OPTIONS,
    Coverage,
    DeterminationStatus,
    IVEFacts,
    IVEHistory,
    Outcome,
    parse_iv_e,
)
from coregs.periods import Month
from coregs.rules import RULEBOOK, Rulebook

__all__ = [
    "CASE_KEYS",
    "EpisodeExpected",
    "Expected",
    "PolicyCase",
    "PolicyCaseError",
    "parse_policy_cases",
]

CASE_KEYS = (
    "name",
    "citation",
    "quote",
    "description",
    "as_of",
    "options",
    "calendar",
    "closures",
    "effective",
    "due_soon_days",
    "case",
    "facts",
    "expect",
)
"""The keys a policy case may have, in the order the format documents them."""

_REQUIRED = ("name", "citation", "as_of", "expect")


class PolicyCaseError(InputError):
    """A policy case whose structure is wrong.

    Names the file, the case (its position and name), the key and, for a YAML file, the line;
    never a value of the case's input.

    Attributes:
        source: the file (or ``"<data>"`` for data passed in directly).
        case: the case, as ``case 3 "name"``; ``None`` for a problem with the whole file.
        key: the dotted key path inside the case (``expect.findings.ssi-application``).
        line: the line in the file, when known.
    """

    def __init__(
        self,
        source: str,
        case: str | None,
        key: str,
        problem: str,
        *,
        line: int | None = None,
    ) -> None:
        self.source = source
        self.case = case
        self.line = line
        super().__init__(key, problem)

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        case = f" {self.case}:" if self.case else ""
        key = f" {self.field}:" if self.field else ""
        return f"{where}:{case}{key} {self.problem}"


@dataclass(frozen=True, slots=True)
class Expected:
    """The values an author expects of one thing in a result, only the keys written.

    Attributes:
        subject: what it is about (a rule id, a criterion id, a month ``"2026-04"``, or
            ``"determination"``).
        values: ``(key, expected value)`` pairs, in the order written.
        line: where it is written, when known.
    """

    subject: str
    values: tuple[tuple[str, Any], ...]
    line: int | None = None


@dataclass(frozen=True, slots=True)
class EpisodeExpected:
    """What an author expects of one episode of a history (``expect.episodes.N``).

    Attributes:
        index: the episode (``episodes[index]`` of the facts).
        determination: expected top-level values of its determination.
        criteria: expected values per criterion id (its link criterion included).
        due: expected due dates per criterion id.
        line: where it is written, when known.
    """

    index: int
    determination: Expected | None
    criteria: tuple[Expected, ...]
    due: tuple[Expected, ...]
    line: int | None = None


@dataclass(frozen=True, slots=True)
class PolicyCase:
    """One policy case, validated.

    Attributes:
        name: what the case shows, as a sentence.
        citation: the sentence it checks (``"12 CCR 2509-7.601.4.C"``).
        quote: that sentence, verbatim.
        description: how the expected values were derived by hand.
        as_of: the evaluation date.
        options: interpretation overrides by name.
        calendar: the shipped calendar (``legal``, ``state-offices`` or ``statute``), or
            ``None`` for the default.
        closures: local closures added on top of the calendar.
        effective: ``"strict"`` or ``"lenient"`` effective dating.
        due_soon_days: the due-soon horizon of a compliance case.
        case: the timeline of a compliance case.
        facts: the facts of an eligibility case: one episode, or a child's history.
        findings: per rule id, the findings expected (in report order; empty: none).
        determination: expected top-level values of a determination.
        criteria: expected values per criterion id.
        months: expected day counts per month (of a history: the months spanning it).
        due: expected due dates per criterion id (``None``: no such deadline).
        source, index, line: the file, the case's position (from 1) and its line.
        episodes: for a history, what is expected of each episode named.
    """

    name: str
    citation: str
    quote: str | None
    description: str | None
    as_of: date
    options: tuple[tuple[str, str], ...]
    calendar: str | None
    closures: tuple[Closure, ...]
    effective: Literal["strict", "lenient"]
    due_soon_days: int
    case: Case | None
    facts: IVEFacts | IVEHistory | None
    findings: tuple[tuple[str, tuple[Expected, ...]], ...]
    determination: Expected | None
    criteria: tuple[Expected, ...]
    months: tuple[Expected, ...]
    due: tuple[Expected, ...]
    source: str
    index: int
    line: int | None = None
    episodes: tuple[EpisodeExpected, ...] = ()

    @property
    def kind(self) -> Literal["compliance", "eligibility"]:
        """``"compliance"`` (a timeline) or ``"eligibility"`` (Title IV-E facts)."""
        return "compliance" if self.case is not None else "eligibility"

    @property
    def label(self) -> str:
        """``case 3 "name"``."""
        return f'case {self.index} "{self.name}"'

    @property
    def rules_checked(self) -> frozenset[str]:
        """The rule ids whose findings the case expects (an empty list included)."""
        return frozenset(rule for rule, _ in self.findings)

    @property
    def criteria_checked(self) -> frozenset[str]:
        """The eligibility criteria the case expects something of, by the ids of
        :data:`coregs.eligibility.CRITERIA`: those named under ``criteria`` and ``due``, plus
        ``effective-date`` for an expected effective date (A.3.a), ``provider`` for an expected
        ``provider-N`` (one per placement) and ``administrative-costs`` for an expected
        ``admin`` column (C ¶3-4)."""
        expected = [(self.determination, self.criteria, self.due)]
        expected += [(e.determination, e.criteria, e.due) for e in self.episodes]
        named = {e.subject for _, criteria, due in expected for e in (*criteria, *due)}
        if any(re.fullmatch(r"provider-\d+", n) for n in named):
            named.add("provider")
        if any(
            top is not None and any(key == "effective_date" for key, _ in top.values)
            for top, _, _ in expected
        ):
            named.add("effective-date")
        if any(key == "admin" for month in self.months for key, _ in month.values):
            named.add("administrative-costs")
        return frozenset(named)

    def __repr__(self) -> str:
        return f"PolicyCase({self.source!r}, {self.label})"


# -- values ------------------------------------------------------------------------------------


def _one_of(choices: Iterable[Any], what: str) -> Callable[[Any], Any]:
    """A reader accepting one of ``choices`` (enum members, by value; or plain strings)."""
    by_value = {getattr(c, "value", c): c for c in choices}

    def read(value: Any) -> Any:
        if not isinstance(value, str) or value not in by_value:
            raise ValueError(f"expected {what}: one of {', '.join(by_value)}")
        return by_value[value]

    return read


def _date(value: Any) -> date:
    if type(value) is date:
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError("expected a date YYYY-MM-DD")


def _date_or_none(value: Any) -> date | None:
    return None if value is None else _date(value)


def _count(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("expected a whole number, zero or more")
    return value


def _count_or_none(value: Any) -> int | None:
    return None if value is None else _count(value)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected non-empty text")
    return " ".join(value.split())


def _paths(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of fact paths")
    return tuple(value)


def _days(value: Any) -> int | Coverage:
    """A month column: the days met, or how much of the month (all, part, none, unknown)."""
    if type(value) is int:
        return _count(value)
    coverage: Coverage = _one_of(Coverage, "a number of days or a coverage")(value)
    return coverage


_FINDING_KEYS: dict[str, Callable[[Any], Any]] = {
    "status": _one_of(FindingStatus, "a finding status"),
    "due": _date_or_none,
    "satisfied_on": _date_or_none,
    "late_by": _count_or_none,
    "days_late": _count_or_none,
    "trigger_date": _date_or_none,
    "occurrence": _count,
}
_DETERMINATION_KEYS: dict[str, Callable[[Any], Any]] = {
    "status": _one_of(DeterminationStatus, "a determination status"),
    "effective_date": _date_or_none,
    "eligible_now": _one_of(Outcome, "an outcome"),
}
_CRITERION_KEYS: dict[str, Callable[[Any], Any]] = {
    "outcome": _one_of(Outcome, "an outcome"),
    "met_on": _date_or_none,
    "missing": _paths,
}
_MONTH_KEYS: dict[str, Callable[[Any], Any]] = {
    "days_in_care": _count,
    "child": _days,
    "placement": _days,
    "admin": _days,
}
_HISTORY_MONTH_KEYS: dict[str, Callable[[Any], Any]] = {**_MONTH_KEYS, "candidate_days": _count}
_ELIGIBILITY_EXPECT = ("status", "effective_date", "eligible_now", "criteria", "months", "due")
_EPISODE_EXPECT = ("status", "effective_date", "eligible_now", "criteria", "due")
_HISTORY_EXPECT = ("episodes", "months")


# -- reading one case ----------------------------------------------------------------------------


def _line(node: Any, key: Any = None) -> int | None:
    """The line of ``key`` in ``node`` (or of ``node``), for mappings read from YAML."""
    lines = getattr(node, "lines", None)
    if key is not None and isinstance(lines, dict) and key in lines:
        found: int = lines[key]
        return found
    line = getattr(node, "line", None)
    return line if isinstance(line, int) else None


def _loc_parts(loc: str) -> list[str | int]:
    parts: list[str | int] = []
    for dotted in loc.split("."):
        head, *indices = dotted.split("[")
        if head:
            parts.append(head)
        parts.extend(int(i.rstrip("]")) for i in indices if i.rstrip("]").isdigit())
    return parts


class _Reader:
    """Reads one case, raising :class:`PolicyCaseError` that points at the key and line."""

    def __init__(self, source: str, index: int, data: Any) -> None:
        self.source = source
        self.index = index
        self.data = data
        name = data.get("name") if isinstance(data, Mapping) else None
        named = f' "{" ".join(name.split())}"' if isinstance(name, str) else ""
        self.label = f"case {index}{named}"

    def fail(self, key: str, problem: str, line: int | None) -> NoReturn:
        raise PolicyCaseError(self.source, self.label, key, problem, line=line)

    def mapping(self, node: Any, key: str, line: int | None) -> Mapping[Any, Any]:
        if not isinstance(node, Mapping):
            self.fail(key, "expected a mapping of keys to values", line)
        for k in node:
            if not isinstance(k, str):
                self.fail(key, "every key must be text", _line(node) or line)
        return node

    def value(
        self, node: Mapping[Any, Any], key: str, read: Callable[[Any], Any], path: str
    ) -> Any:
        try:
            return read(node[key])
        except ValueError as exc:
            self.fail(path, str(exc), _line(node, key))

    def keys(
        self, node: Mapping[str, Any], allowed: Iterable[str], path: str, hint: str = ""
    ) -> None:
        known = tuple(allowed)
        for position, key in enumerate(node, start=1):
            if key not in known:
                # an unknown key is not echoed: it may be a value pasted into the wrong place
                where = f"{path}: the key at position {position}" if path else f"key {position}"
                problem = hint or f"unknown key; expected one of {', '.join(known)}"
                self.fail(where, problem, _line(node, key))

    def checks(
        self, node: Any, readers: Mapping[str, Callable[[Any], Any]], path: str, subject: str
    ) -> Expected:
        line = _line(node)
        body = self.mapping(node, path, line)
        self.keys(body, readers, path)
        values = tuple((key, self.value(body, key, readers[key], f"{path}.{key}")) for key in body)
        return Expected(subject, values, line)

    def facts_problem(self, key: str, node: Any, exc: InvalidFactsError) -> NoReturn:
        first = exc.problems[0] if exc.problems else None
        if first is None:
            self.fail(key, "invalid", _line(node))
        target: Any = node
        line = _line(node)
        for part in _loc_parts(first.loc):
            try:
                nxt = target[part]
            except (KeyError, IndexError, TypeError):
                break
            line = _line(target, part) if isinstance(part, str) else _line(nxt) or line
            target = nxt
        more = len(exc.problems) - 1
        tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more > 0 else ""
        self.fail(f"{key}.{first.loc}" if first.loc else key, first.message + tail, line)


def _rule_findings(
    reader: _Reader, node: Any, path: str, rule: str, line: int | None
) -> tuple[Expected, ...]:
    """A status word, one finding's mapping, or a list of them (every finding, in order)."""
    items = node if isinstance(node, list) else [node]
    out = []
    for i, item in enumerate(items):
        where = f"{path}[{i}]" if isinstance(node, list) else path
        body = {"status": item} if isinstance(item, str) else item
        checks = reader.checks(body, _FINDING_KEYS, where, rule)
        out.append(Expected(rule, checks.values, checks.line or line))
    return tuple(out)


def _findings(
    reader: _Reader, expect: Mapping[str, Any], rulebook: Rulebook
) -> tuple[tuple[str, tuple[Expected, ...]], ...]:
    reader.keys(
        expect,
        ("findings",),
        "expect",
        "unknown key; a compliance case (input under 'case') expects 'findings' per rule id",
    )
    if "findings" not in expect:
        reader.fail("expect", "a compliance case expects findings", _line(expect))
    body = reader.mapping(expect["findings"], "expect.findings", _line(expect, "findings"))
    out = []
    for rule, node in body.items():
        path = f"expect.findings.{rule}"
        line = _line(body, rule)
        if rule not in rulebook:
            reader.fail(path, f"no rule has the id {rule!r} (see 'coregs rules')", line)
        out.append((rule, _rule_findings(reader, node, path, rule, line)))
    if not out:
        reader.fail("expect.findings", "expects nothing: name at least one rule", _line(expect))
    return tuple(out)


def _determination(
    reader: _Reader, expect: Mapping[str, Any], path: str
) -> tuple[Expected | None, tuple[Expected, ...], tuple[Expected, ...]]:
    """A determination's expected top-level values, criteria and due dates."""
    top = {k: v for k, v in expect.items() if k in _DETERMINATION_KEYS}
    determination = None
    if top:
        values = tuple(
            (k, reader.value(expect, k, _DETERMINATION_KEYS[k], f"{path}.{k}")) for k in top
        )
        determination = Expected("determination", values, _line(expect))
    criteria: list[Expected] = []
    if "criteria" in expect:
        body = reader.mapping(expect["criteria"], f"{path}.criteria", _line(expect, "criteria"))
        for cid, node in body.items():
            where = f"{path}.criteria.{cid}"
            item = {"outcome": node} if isinstance(node, str) else node
            checks = reader.checks(item, _CRITERION_KEYS, where, cid)
            criteria.append(Expected(cid, checks.values, checks.line or _line(body, cid)))
    due: list[Expected] = []
    if "due" in expect:
        body = reader.mapping(expect["due"], f"{path}.due", _line(expect, "due"))
        for cid in body:
            when = reader.value(body, cid, _date_or_none, f"{path}.due.{cid}")
            due.append(Expected(cid, (("due", when),), _line(body, cid)))
    return determination, tuple(criteria), tuple(due)


def _months(
    reader: _Reader, expect: Mapping[str, Any], readers: Mapping[str, Callable[[Any], Any]]
) -> tuple[Expected, ...]:
    months: list[Expected] = []
    if "months" in expect:
        body = reader.mapping(expect["months"], "expect.months", _line(expect, "months"))
        for month, node in body.items():
            path = f"expect.months.{month}"
            try:
                Month.parse(month)
            except (InputError, ValueError):
                reader.fail(path, "expected a month YYYY-MM as the key", _line(body, month))
            months.append(reader.checks(node, readers, path, month))
    return tuple(months)


def _eligibility(
    reader: _Reader, expect: Mapping[str, Any]
) -> tuple[Expected | None, tuple[Expected, ...], tuple[Expected, ...], tuple[Expected, ...]]:
    reader.keys(
        expect,
        _ELIGIBILITY_EXPECT,
        "expect",
        "unknown key; an eligibility case (input under 'facts') expects "
        + ", ".join(_ELIGIBILITY_EXPECT),
    )
    determination, criteria, due = _determination(reader, expect, "expect")
    months = _months(reader, expect, _MONTH_KEYS)
    if determination is None and not (criteria or months or due):
        reader.fail(
            "expect", "expects nothing: state a status, criteria, months or due dates", None
        )
    return determination, criteria, months, due


def _history(
    reader: _Reader, expect: Mapping[str, Any]
) -> tuple[tuple[EpisodeExpected, ...], tuple[Expected, ...]]:
    """A history's expectations: per episode (by index), and the months spanning them."""
    reader.keys(
        expect,
        _HISTORY_EXPECT,
        "expect",
        "unknown key; a history (facts with episodes) expects 'episodes' (by index) and 'months'",
    )
    episodes: list[EpisodeExpected] = []
    if "episodes" in expect:
        body = expect["episodes"]
        line = _line(expect, "episodes")
        if not isinstance(body, Mapping):
            reader.fail("expect.episodes", "expected a mapping of episode indexes", line)
        for position, (key, node) in enumerate(body.items(), start=1):
            index = key if type(key) is int else int(key) if str(key).isdigit() else -1
            if index < 0:
                where = f"expect.episodes: the key at position {position}"
                reader.fail(where, "expected an episode's index (0, 1, ...)", _line(body, key))
            path = f"expect.episodes.{index}"
            block = reader.mapping(node, path, _line(body, key))
            reader.keys(block, _EPISODE_EXPECT, path)
            episodes.append(
                EpisodeExpected(index, *_determination(reader, block, path), _line(body, key))
            )
    months = _months(reader, expect, _HISTORY_MONTH_KEYS)
    if not (episodes or months):
        reader.fail("expect", "expects nothing: state episodes or months", None)
    return tuple(episodes), months


def _options(reader: _Reader, node: Any, kind: str) -> tuple[tuple[str, str], ...]:
    line = _line(node)
    body = reader.mapping(node, "options", line)
    declared = {o.name: o for o in (RULEBOOK.interpretations if kind == "case" else ALL_OPTIONS)}
    out = []
    for position, (name, value) in enumerate(body.items(), start=1):
        option = declared.get(name)
        if option is None:
            reader.fail(
                f"options: the option at position {position}",
                "no such option for this kind of case; list them with 'coregs rules options' "
                "or 'coregs iv-e --list-options'",
                _line(body, name),
            )
        if not isinstance(value, str) or value not in {c.value for c in option.choices}:
            allowed = ", ".join(c.value for c in option.choices)
            reader.fail(f"options.{name}", f"expected one of {allowed}", _line(body, name))
        out.append((name, value))
    return tuple(out)


def _closures(reader: _Reader, node: Any) -> tuple[Closure, ...]:
    if not isinstance(node, list):
        reader.fail("closures", "expected a list of closures", None)
    out = []
    for i, item in enumerate(node):
        path = f"closures[{i}]"
        body = reader.mapping(item, path, _line(item))
        reader.keys(body, ("date", "name", "source"), path)
        day = reader.value(body, "date", _date, f"{path}.date") if "date" in body else None
        name = reader.value(body, "name", _text, f"{path}.name") if "name" in body else None
        if day is None or name is None:
            reader.fail(path, "a closure needs a date and a name", _line(body))
        source = body.get("source", "policy case")
        out.append(Closure(day, name, Layer.LOCAL, str(source)))
    return tuple(out)


def _parse_case(reader: _Reader, rulebook: Rulebook) -> PolicyCase:
    data = reader.mapping(reader.data, "", _line(reader.data))
    reader.keys(data, CASE_KEYS, "")
    for key in _REQUIRED:
        if key not in data:
            reader.fail(
                key, "missing: every case needs name, citation, as_of and expect", _line(data)
            )
    if ("case" in data) == ("facts" in data):
        reader.fail(
            "case/facts",
            "give exactly one input: a timeline under 'case' or Title IV-E facts under 'facts'",
            _line(data),
        )
    kind = "case" if "case" in data else "facts"
    text = {
        k: reader.value(data, k, _text, k)
        for k in ("name", "citation", "quote", "description")
        if k in data
    }
    as_of = reader.value(data, "as_of", _date, "as_of")
    calendar = None
    if "calendar" in data:
        calendar = reader.value(data, "calendar", _one_of(CALENDARS, "a calendar"), "calendar")
    effective: Literal["strict", "lenient"] = "strict"
    if "effective" in data:
        effective = reader.value(
            data, "effective", _one_of(("strict", "lenient"), "a dating mode"), "effective"
        )
    due_soon = 7
    if "due_soon_days" in data:
        due_soon = reader.value(data, "due_soon_days", _count, "due_soon_days")
    options = _options(reader, data["options"], kind) if "options" in data else ()
    closures = _closures(reader, data["closures"]) if "closures" in data else ()
    source = reader.mapping(data[kind], kind, _line(data, kind))
    expect = reader.mapping(data["expect"], "expect", _line(data, "expect"))
    case: Case | None = None
    facts: IVEFacts | IVEHistory | None = None
    try:
        if kind == "case":
            case = Case.parse(source)
        else:
            facts = parse_iv_e(source)
    except InvalidFactsError as exc:
        reader.facts_problem(kind, source, exc)
    findings: tuple[tuple[str, tuple[Expected, ...]], ...] = ()
    determination: Expected | None = None
    criteria: tuple[Expected, ...] = ()
    months: tuple[Expected, ...] = ()
    due: tuple[Expected, ...] = ()
    episodes: tuple[EpisodeExpected, ...] = ()
    if kind == "case":
        findings = _findings(reader, expect, rulebook)
    elif isinstance(facts, IVEHistory):
        episodes, months = _history(reader, expect)
    else:
        determination, criteria, months, due = _eligibility(reader, expect)
    return PolicyCase(
        name=text["name"],
        citation=text["citation"],
        quote=text.get("quote"),
        description=text.get("description"),
        as_of=as_of,
        options=options,
        calendar=calendar,
        closures=closures,
        effective=effective,
        due_soon_days=due_soon,
        case=case,
        facts=facts,
        findings=findings,
        determination=determination,
        criteria=criteria,
        months=months,
        due=due,
        source=reader.source,
        index=reader.index,
        line=_line(data),
        episodes=episodes,
    )


def parse_policy_cases(
    data: Any, *, source: str = "<data>", rulebook: Rulebook = RULEBOOK
) -> tuple[PolicyCase, ...]:
    """Validate a policy-case document (a list of cases, or one case) into :class:`PolicyCase`
    values.

    Args:
        data: the document as plain data (as a YAML or JSON parser returns it).
        source: the file it came from, named in errors.
        rulebook: the rules whose ids a compliance case may expect findings of.

    Raises:
        PolicyCaseError: the first structural problem, naming the file, the case, the key and
            the line; never a value of a case's input.
    """
    items = data if isinstance(data, list) else [data]
    if not items:
        raise PolicyCaseError(source, None, "", "no cases: expected a list of cases", line=None)
    return tuple(
        _parse_case(_Reader(source, i, item), rulebook) for i, item in enumerate(items, start=1)
    )
