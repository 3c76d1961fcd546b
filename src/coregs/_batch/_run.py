"""``check_cases`` and ``determine_many``: a whole caseload in one call, in input order."""

from __future__ import annotations

import copyreg
import io
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import fields, replace
from datetime import date
from typing import Any, Literal, TypeAlias, TypeVar

from coregs._batch._failed import FailedCase
from coregs._batch._pool import Task, ordered_map, require_jobs
from coregs._errors import require_date
from coregs._options import resolve_options
from coregs.calendar import CALENDARS, BusinessCalendar
from coregs.compliance import Case, ComplianceReport, check_case
from coregs.eligibility import (
    IVE_OPTIONS,
    IVEDetermination,
    IVEFacts,
    NeedStandard,
    determine_iv_e,
)
from coregs.rules import RULEBOOK, Rule, Rulebook

__all__ = ["CaseInput", "CheckTask", "DetermineTask", "FactsInput", "check_cases", "determine_many"]

CaseInput: TypeAlias = Case | Mapping[str, Any] | str | bytes | FailedCase
"""A case as a batch takes it: a Case, a mapping, a JSON document, or an already failed case
(a row group :func:`coregs.cases_from_rows` could not read), which passes through in place."""
FactsInput: TypeAlias = IVEFacts | Mapping[str, Any] | str | bytes | FailedCase
"""Title IV-E facts as a batch takes them, likewise."""

Item: TypeAlias = tuple[int, str, Any]
"""What a batch task is given: the position in the input, where it came from, the payload."""

_M = TypeVar("_M", Case, IVEFacts)
_R = TypeVar("_R")


def _parse(model: type[_M], payload: Any) -> _M:
    if isinstance(payload, model):
        return payload
    if isinstance(payload, str | bytes):
        return model.parse_json(payload)
    return model.parse(payload)


def _ref(kind: str, key: str) -> Any:  # pragma: no cover - resolved by _Unpickler instead
    raise RuntimeError("a batch result reference is resolved only by the batch that made it")


class _Unpickler(pickle.Unpickler):
    def __init__(self, data: bytes, resolve: Callable[[str, str], Any]) -> None:
        super().__init__(io.BytesIO(data))
        self._resolve = resolve

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == "_ref":
            return self._resolve
        return super().find_class(module, name)


def _by_fields(cls: type[Any]) -> Callable[[Any], Any]:
    names = tuple(f.name for f in fields(cls))

    def reduce(obj: Any) -> Any:
        return (cls, tuple(getattr(obj, n) for n in names))

    return reduce


# Frozen slotted dataclasses pickle through dataclasses' own __getstate__/__setstate__, which
# call fields() for every object (~14 µs a report to load); rebuilt from their fields, ~3 µs.
_BY_FIELDS: dict[type, Any] = {
    cls: _by_fields(cls) for cls in (ComplianceReport, IVEDetermination, FailedCase)
}


class _EvaluateTask(Task[Item, _R]):
    """Settings shared by the batch tasks: the rulebook and calendar results refer to.

    A chunk's results leave a worker with each rule and calendar pickled as a reference
    (``_ref("rule", id)``), resolved on arrival to the caller's own objects: a report then
    points at the very Rule values of the caller's rulebook, and a chunk pickles in about a
    quarter of the time (benchmarks/bench_batch.py).
    """

    def __init__(self, rulebook: Rulebook | None, calendar: BusinessCalendar | None) -> None:
        self.rulebook = rulebook
        self.calendar = calendar

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        book = self.rulebook
        if book is not None:  # rebuilt from its parts: its memo of compiled plans stays behind
            state["rulebook"] = (book.rules, book.exclusions, book.name)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        book = state["rulebook"]
        if book is not None:
            rules, exclusions, name = book
            state["rulebook"] = Rulebook(rules, exclusions=exclusions, name=name)
        self.__dict__.update(state)

    def _book(self) -> Rulebook:
        return self.rulebook if self.rulebook is not None else RULEBOOK

    def _calendar_key(self, cal: BusinessCalendar) -> str | None:
        if cal is self.calendar:
            return ""
        return next((k for k, build in CALENDARS.items() if build() is cal), None)

    def pack(self, results: list[_R]) -> Any:
        book = self._book()

        def rule(r: Rule) -> Any:
            if r.id in book and book.get(r.id) is r:
                return (_ref, ("rule", r.id))
            return r.__reduce_ex__(pickle.HIGHEST_PROTOCOL)

        def calendar(c: BusinessCalendar) -> Any:
            key = self._calendar_key(c)
            return (_ref, ("calendar", key)) if key is not None else c.__reduce__()

        out = io.BytesIO()
        pickler = pickle.Pickler(out, pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = {
            **copyreg.dispatch_table,
            **_BY_FIELDS,
            Rule: rule,
            BusinessCalendar: calendar,
        }
        pickler.dump(results)
        return out.getvalue()

    def unpack(self, packed: Any) -> list[_R]:
        book = self._book()

        def resolve(kind: str, key: str) -> Any:
            if kind == "rule":
                return book.get(key)
            return self.calendar if key == "" else CALENDARS[key]()

        results: list[_R] = _Unpickler(packed, resolve).load()
        return results


class CheckTask(_EvaluateTask[ComplianceReport | FailedCase]):
    """One case checked with fixed settings, or the :class:`FailedCase` it gives."""

    def __init__(
        self,
        as_of: date,
        *,
        rulebook: Rulebook | None = None,
        calendar: BusinessCalendar | None = None,
        options: Mapping[str, str] | None = None,
        due_soon_days: int = 7,
        effective: Literal["strict", "lenient"] = "strict",
    ) -> None:
        super().__init__(rulebook, calendar)
        self.as_of = as_of
        self.options = dict(options or {})
        self.due_soon_days = due_soon_days
        self.effective: Literal["strict", "lenient"] = effective

    def check(self, case: Case) -> ComplianceReport:
        """``check_case`` with this task's settings."""
        return check_case(
            case,
            as_of=self.as_of,
            rulebook=self.rulebook,
            calendar=self.calendar,
            options=self.options,
            due_soon_days=self.due_soon_days,
            effective=self.effective,
        )

    def __call__(self, item: Item) -> ComplianceReport | FailedCase:
        index, source, payload = item
        if isinstance(payload, FailedCase):
            return payload if payload.index == index else replace(payload, index=index)
        try:
            return self.check(_parse(Case, payload))
        except Exception as exc:  # one case's failure is its own result, never the batch's
            return FailedCase.of(index, exc, source=source)


class DetermineTask(_EvaluateTask[IVEDetermination | FailedCase]):
    """One child's Title IV-E facts determined with fixed settings, or a :class:`FailedCase`."""

    def __init__(
        self,
        as_of: date,
        *,
        options: Mapping[str, str] | None = None,
        need_standard: NeedStandard | None = None,
        effective: Literal["strict", "lenient"] = "strict",
    ) -> None:
        super().__init__(None, None)
        self.as_of = as_of
        self.options = dict(options or {})
        self.need_standard = need_standard
        self.effective: Literal["strict", "lenient"] = effective

    def determine(self, facts: IVEFacts) -> IVEDetermination:
        """``determine_iv_e`` with this task's settings."""
        return determine_iv_e(
            facts,
            as_of=self.as_of,
            options=self.options,
            need_standard=self.need_standard,
            effective=self.effective,
        )

    def __call__(self, item: Item) -> IVEDetermination | FailedCase:
        index, source, payload = item
        if isinstance(payload, FailedCase):
            return payload if payload.index == index else replace(payload, index=index)
        try:
            return self.determine(_parse(IVEFacts, payload))
        except Exception as exc:  # one child's failure is its own result, never the batch's
            return FailedCase.of(index, exc, source=source)


def _items(inputs: Iterable[Any]) -> Iterator[Item]:
    return ((i, "", payload) for i, payload in enumerate(inputs))


def check_cases(
    cases: Iterable[CaseInput],
    as_of: date,
    *,
    rulebook: Rulebook | None = None,
    calendar: BusinessCalendar | None = None,
    options: Mapping[str, str] | None = None,
    due_soon_days: int = 7,
    effective: Literal["strict", "lenient"] = "strict",
    jobs: int = 1,
) -> Iterator[ComplianceReport | FailedCase]:
    """Check every case as of ``as_of``: one result per case, in input order.

    Each case gets what :func:`~coregs.check_case` would give it with the same settings. A case
    that cannot be checked (invalid, a rule not in force on one of its triggers, a date outside
    the calendar) gives a :class:`~coregs.FailedCase` in its place, naming the field and the
    rule but no value, and the batch goes on.

    Results are yielded as they are ready and the input is read as they are needed, so a
    caseload of any size runs in flat memory if the caller consumes the results as they come.

    Args:
        cases: :class:`~coregs.Case` values, mappings, JSON documents (``str``/``bytes``: the
            lines of a JSON Lines file), or failed cases passed through (from
            :func:`~coregs.cases_from_rows`).
        as_of, rulebook, calendar, options, due_soon_days, effective: as for
            :func:`~coregs.check_case`, the same for every case.
        jobs: processes to use; ``1`` (the default) runs in this process, more start worker
            processes (each imports coregs once) and scale with the cores available.

    Raises:
        InputError: a setting is wrong (checked once, before any case: an unknown option, an
            ``as_of`` outside the calendar, ``jobs`` below 1); never for a single case.
    """
    require_jobs(jobs)
    task = CheckTask(
        as_of,
        rulebook=rulebook,
        calendar=calendar,
        options=options,
        due_soon_days=due_soon_days,
        effective=effective,
    )
    task.check(Case())  # the settings, checked once: an error here is no case's fault
    return ordered_map(task, _items(cases), jobs=jobs)


def determine_many(
    facts: Iterable[FactsInput],
    as_of: date,
    *,
    options: Mapping[str, str] | None = None,
    need_standard: NeedStandard | None = None,
    effective: Literal["strict", "lenient"] = "strict",
    jobs: int = 1,
) -> Iterator[IVEDetermination | FailedCase]:
    """Determine Title IV-E eligibility for every child as of ``as_of``, in input order.

    As :func:`check_cases`, for :func:`~coregs.determine_iv_e`: one determination (or
    :class:`~coregs.FailedCase`) per facts value, streamed, on ``jobs`` processes.

    Raises:
        InputError: a setting is wrong (an unknown option, ``jobs`` below 1), checked once.
    """
    require_jobs(jobs)
    require_date(as_of, "as_of")
    resolve_options(IVE_OPTIONS, options)  # the settings, checked once
    task = DetermineTask(as_of, options=options, need_standard=need_standard, effective=effective)
    return ordered_map(task, _items(facts), jobs=jobs)
