"""``check_cases`` and ``determine_many``: a whole caseload in one call, in input order."""

from __future__ import annotations

import copyreg
import io
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from typing import Any, Generic, Literal, TypeAlias, TypeVar, overload

from coregs._batch._failed import FailedCase
from coregs._batch._pool import Task, no_cycle_collection, ordered_map, require_jobs
from coregs._errors import InputError, require_date, require_iterable
from coregs._options import Options, checked_overrides, resolve_options
from coregs.calendar import CALENDARS, BusinessCalendar
from coregs.compliance import Case, ComplianceReport, check_case
from coregs.eligibility import (
    ALL_OPTIONS,
    IVEDetermination,
    IVEFacts,
    IVEHistory,
    IVEHistoryDetermination,
    NeedStandard,
    determine_iv_e,
    determine_iv_e_history,
    parse_iv_e,
    parse_iv_e_json,
)
from coregs.rules import RULEBOOK, Rule, Rulebook

__all__ = ["CaseInput", "CheckTask", "DetermineTask", "FactsInput", "check_cases", "determine_many"]

CaseInput: TypeAlias = Case | Mapping[str, Any] | str | bytes | FailedCase
"""A case as a batch takes it: a Case, a mapping, a JSON document, or an already failed case
(a row group :func:`coregs.cases_from_rows` could not read), which passes through in place."""
FactsInput: TypeAlias = IVEFacts | IVEHistory | Mapping[str, Any] | str | bytes | FailedCase
"""Title IV-E facts as a batch takes them, likewise: one episode, or a child's history."""
Determined: TypeAlias = IVEDetermination | IVEHistoryDetermination
"""What a batch determination gives for one child: a determination, or a history's."""

Item: TypeAlias = tuple[int, str, Any]
"""What a batch task is given: the position in the input, where it came from, the payload."""

_M = TypeVar("_M", Case, IVEFacts)
_R = TypeVar("_R")
_T = TypeVar("_T")


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


class _EvaluateTask(Task[Item, "_R | FailedCase"], Generic[_M, _R]):
    """One input parsed (``model``) and evaluated (:meth:`evaluate`) with fixed settings, or the
    :class:`FailedCase` it gives; and the rulebook and calendar its results refer to.

    A chunk's results leave a worker with each rule and calendar pickled as a reference
    (``_ref("rule", id)``), resolved on arrival to the caller's own objects: a report then
    points at the very Rule values of the caller's rulebook, and a chunk pickles in about a
    third of the time, at half the size (benchmarks/bench_batch.py).
    """

    model: type[_M]
    """The model an input is parsed into."""

    def __init__(self, *, then: Callable[[Any], Any] | None = None, **settings: Any) -> None:
        """``settings``: the keyword arguments of the evaluator (``as_of``, ``options`` ...);
        ``then``: a function applied to each result where it was computed (see
        :func:`check_cases`)."""
        self.settings = settings
        self.then = then

    @property
    def rulebook(self) -> Rulebook | None:
        """The rulebook the results refer to (``None``: the built-in one)."""
        book: Rulebook | None = self.settings.get("rulebook")
        return book

    @property
    def calendar(self) -> BusinessCalendar | None:
        """The caller's calendar, if any."""
        cal: BusinessCalendar | None = self.settings.get("calendar")
        return cal

    def __getstate__(self) -> tuple[dict[str, Any], Callable[[Any], Any] | None]:
        settings = dict(self.settings)
        book = self.rulebook
        if book is not None:  # rebuilt from its parts: its memo of compiled plans stays behind
            settings["rulebook"] = (book.rules, book.exclusions, book.name)
        return settings, self.then

    def __setstate__(self, state: tuple[dict[str, Any], Callable[[Any], Any] | None]) -> None:
        settings, self.then = state
        if settings.get("rulebook") is not None:
            rules, exclusions, name = settings["rulebook"]
            settings["rulebook"] = Rulebook(rules, exclusions=exclusions, name=name)
        self.settings = settings

    def evaluate(self, value: _M) -> _R:  # pragma: no cover - every task defines it
        """The result for one parsed input."""
        raise NotImplementedError

    def parse(self, payload: Any) -> _M:
        """One input as the model it is evaluated as."""
        return _parse(self.model, payload)

    def __call__(self, item: Item) -> _R | FailedCase:
        index, source, payload = item
        if isinstance(payload, FailedCase):  # failed upstream (an event table's rows)
            return payload if payload.index == index else replace(payload, index=index)
        try:
            result = self.evaluate(self.parse(payload))
        except Exception as exc:  # one case's failure is its own result, never the batch's
            return FailedCase.of(index, exc, source=source)
        # the caller's own function: an error in it is the caller's, and stops the batch
        return result if self.then is None else self.then(result)

    def _book(self) -> Rulebook:
        return self.rulebook if self.rulebook is not None else RULEBOOK

    def _calendar_key(self, cal: BusinessCalendar) -> str | None:
        if cal is self.calendar:
            return ""
        return next((k for k, build in CALENDARS.items() if build() is cal), None)

    def pack(self, results: list[_R | FailedCase]) -> Any:
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
        pickler.dispatch_table = {**copyreg.dispatch_table, Rule: rule, BusinessCalendar: calendar}
        pickler.dump(results)
        return out.getvalue()

    def unpack(self, packed: Any) -> list[_R | FailedCase]:
        book = self._book()

        def resolve(kind: str, key: str) -> Any:
            if kind == "rule":
                return book.get(key)
            return self.calendar if key == "" else CALENDARS[key]()

        with no_cycle_collection():
            results: list[_R | FailedCase] = _Unpickler(packed, resolve).load()
        return results


class CheckTask(_EvaluateTask[Case, ComplianceReport]):
    """A case checked with the keyword arguments of :func:`~coregs.check_case` (``as_of``,
    ``rulebook``, ``calendar``, ``options``, ``due_soon_days``, ``effective``)."""

    model = Case

    def evaluate(self, value: Case) -> ComplianceReport:
        """``check_case(value, **settings)``."""
        return check_case(value, **self.settings)


class DetermineTask(_EvaluateTask[IVEFacts | IVEHistory, Determined]):  # type: ignore[type-var]  # parse() reads either shape
    """Title IV-E facts determined with the keyword arguments of
    :func:`~coregs.determine_iv_e` (``as_of``, ``options``, ``need_standard``, ``effective``):
    one episode's facts by it, a child's history by :func:`~coregs.determine_iv_e_history`."""

    model = IVEFacts

    def parse(self, payload: Any) -> IVEFacts | IVEHistory:
        """Either shape (:func:`~coregs.parse_iv_e`)."""
        if isinstance(payload, str | bytes):
            return parse_iv_e_json(payload)
        return parse_iv_e(payload)

    def evaluate(self, value: IVEFacts | IVEHistory) -> Determined:
        """``determine_iv_e(value, **settings)``, or ``determine_iv_e_history`` for a history."""
        if isinstance(value, IVEHistory):
            return determine_iv_e_history(value, **self.settings)
        return determine_iv_e(value, **self.settings)


def _items(inputs: Iterable[Any], field: str) -> Iterator[Item]:
    return ((i, "", payload) for i, payload in enumerate(require_iterable(inputs, field)))


def _require_then(then: object, jobs: int) -> None:
    """``then`` must be callable, and picklable when it goes to worker processes."""
    if then is None:
        return
    if not callable(then):
        raise InputError("then", "expected a function of one result")
    if jobs > 1:
        try:
            pickle.dumps(then)
        except (pickle.PicklingError, AttributeError, TypeError):
            raise InputError(
                "then",
                "expected a function worker processes can receive: a module-level function "
                "or a method such as ComplianceReport.to_records, not a lambda",
            ) from None


def _carried(options: object) -> dict[str, str] | Options:
    """The caller's options as each case's evaluation takes them: one :class:`~coregs.Options`
    value as it is (the choices it records as not used travel with it), a mapping checked."""
    return options if isinstance(options, Options) else checked_overrides(options)


@overload
def check_cases(
    cases: Iterable[CaseInput],
    as_of: date,
    *,
    rulebook: Rulebook | None = None,
    calendar: BusinessCalendar | None = None,
    options: Mapping[str, str] | Options | None = None,
    due_soon_days: int = 7,
    effective: Literal["strict", "lenient"] = "strict",
    jobs: int = 1,
    then: None = None,
) -> Iterator[ComplianceReport | FailedCase]: ...
@overload
def check_cases(
    cases: Iterable[CaseInput],
    as_of: date,
    *,
    rulebook: Rulebook | None = None,
    calendar: BusinessCalendar | None = None,
    options: Mapping[str, str] | Options | None = None,
    due_soon_days: int = 7,
    effective: Literal["strict", "lenient"] = "strict",
    jobs: int = 1,
    then: Callable[[ComplianceReport], _T],
) -> Iterator[_T | FailedCase]: ...


def check_cases(
    cases: Iterable[CaseInput],
    as_of: date,
    *,
    rulebook: Rulebook | None = None,
    calendar: BusinessCalendar | None = None,
    options: Mapping[str, str] | Options | None = None,
    due_soon_days: int = 7,
    effective: Literal["strict", "lenient"] = "strict",
    jobs: int = 1,
    then: Callable[[ComplianceReport], Any] | None = None,
) -> Iterator[Any]:
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
            processes (each imports coregs once).
        then: a function applied to each report where it was computed, whose result is
            yielded instead (a failed case is yielded as it is): what you would do with each
            report anyway, such as ``ComplianceReport.to_records`` or ``.counts``. With
            ``jobs > 1`` it runs in the workers and only its result travels back, so the
            batch scales with the cores (a whole report costs about a third of its check to
            send back and rebuild: ``benchmarks/bench_batch.py``). It must be a module-level
            function or a method, not a lambda, to reach the workers; an error it raises stops
            the batch.

    Raises:
        InputError: a setting is wrong (checked once, before any case: an unknown option, an
            ``as_of`` outside the calendar, ``jobs`` below 1, a ``then`` that is not a
            function workers can receive); never for a single case.
    """
    require_jobs(jobs)
    _require_then(then, jobs)
    task = CheckTask(
        as_of=as_of,
        rulebook=rulebook,
        calendar=calendar,
        options=_carried(options),
        due_soon_days=due_soon_days,
        effective=effective,
        then=then,
    )
    task.evaluate(Case())  # the settings, checked once: an error here is no case's fault
    return ordered_map(task, _items(cases, "cases"), jobs=jobs)


@overload
def determine_many(
    facts: Iterable[FactsInput],
    as_of: date,
    *,
    options: Mapping[str, str] | Options | None = None,
    need_standard: NeedStandard | None = None,
    effective: Literal["strict", "lenient"] = "strict",
    jobs: int = 1,
) -> Iterator[Determined | FailedCase]: ...
@overload
def determine_many(
    facts: Iterable[FactsInput],
    as_of: date,
    *,
    options: Mapping[str, str] | Options | None = None,
    need_standard: NeedStandard | None = None,
    effective: Literal["strict", "lenient"] = "strict",
    jobs: int = 1,
    then: Callable[[Determined], _T],
) -> Iterator[_T | FailedCase]: ...
def determine_many(
    facts: Iterable[FactsInput],
    as_of: date,
    *,
    options: Mapping[str, str] | Options | None = None,
    need_standard: NeedStandard | None = None,
    effective: Literal["strict", "lenient"] = "strict",
    jobs: int = 1,
    then: Callable[[Determined], Any] | None = None,
) -> Iterator[Any]:
    """Determine Title IV-E eligibility for every child as of ``as_of``, in input order.

    As :func:`check_cases`, for :func:`~coregs.determine_iv_e`: one determination (or
    :class:`~coregs.FailedCase`) per facts value, streamed, on ``jobs`` processes, with
    ``then`` applied to each determination where it was made. A child's history
    (:class:`~coregs.IVEHistory`, or a document with ``episodes``) gives its
    :class:`~coregs.IVEHistoryDetermination` (:func:`~coregs.determine_iv_e_history`).

    Raises:
        InputError: a setting is wrong (an unknown option, ``jobs`` below 1, ``then``),
            checked once.
    """
    require_jobs(jobs)
    _require_then(then, jobs)
    require_date(as_of, "as_of")
    overrides = _carried(options)
    resolve_options(ALL_OPTIONS, overrides)  # the settings, checked once
    task = DetermineTask(
        as_of=as_of, options=overrides, need_standard=need_standard, effective=effective, then=then
    )
    return ordered_map(task, _items(facts, "facts"), jobs=jobs)
