"""coregs: Colorado's child-welfare county-responsibility rules (12 CCR 2509-7.601) as code.

The public API is re-exported here; everything in an underscored module is private. Names are
imported lazily on first use, so ``import coregs`` costs almost nothing and a caller pays only
for the parts it touches (pydantic, python-holidays).

Layers (imports point down):

* time: :mod:`coregs.calendar` (Colorado business days), :mod:`coregs.periods` (counting);
* law as data: :mod:`coregs.rules` (the Rule model and the 7.601 + CPO catalog);
* evaluators: :mod:`coregs.compliance` (a case timeline checked against the rulebook),
  :mod:`coregs.eligibility` (Title IV-E and the other funding sources of 7.601.71-74);
* shared: errors that never echo case values, interpretation options.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # not `from typing import ...`: keeps `import coregs` nearly free

__version__ = "0.2.2"

_EXPORTS: dict[str, str] = {
    # errors
    "CoregsError": "coregs._errors",
    "FieldProblem": "coregs._errors",
    "InputError": "coregs._errors",
    "InvalidFactsError": "coregs._errors",
    "LimitError": "coregs._errors",
    "MissingDependencyError": "coregs._errors",
    "OutOfRangeError": "coregs._errors",
    "PeriodSyntaxError": "coregs._errors",
    "UnknownOptionError": "coregs._errors",
    # the gate: how large an input coregs reads
    "Limits": "coregs._gate",
    # interpretation options
    "Choice": "coregs._options",
    "Interpretation": "coregs._options",
    "OptionChoice": "coregs._options",
    "Options": "coregs._options",
    "resolve_options": "coregs._options",
    # calendar
    "BusinessCalendar": "coregs.calendar",
    "Closure": "coregs.calendar",
    "DayExplanation": "coregs.calendar",
    "Layer": "coregs.calendar",
    "NonBusinessDay": "coregs.calendar",
    "colorado_legal_holidays": "coregs.calendar",
    "colorado_state_offices": "coregs.calendar",
    "default_calendar": "coregs.calendar",
    "to_icalendar": "coregs.calendar",
    # periods
    "DueDate": "coregs.periods",
    "Month": "coregs.periods",
    "MonthWindow": "coregs.periods",
    "Period": "coregs.periods",
    "Roll": "coregs.periods",
    "Unit": "coregs.periods",
    "add_months": "coregs.periods",
    "count_due": "coregs.periods",
    "due_date": "coregs.periods",
    "first_of_month": "coregs.periods",
    "occurrences": "coregs.periods",
    # rules (law as data)
    "RULEBOOK": "coregs.rules",
    "Actor": "coregs.rules",
    "AmbiguousRuleError": "coregs.rules",
    "Deadline": "coregs.rules",
    "EventKind": "coregs.rules",
    "Rule": "coregs.rules",
    "RuleNotInForceError": "coregs.rules",
    "Rulebook": "coregs.rules",
    "UnknownRuleError": "coregs.rules",
    "entered_foster_care_date": "coregs.rules",
    # eligibility (Title IV-E and the other funding sources)
    "ALL_OPTIONS": "coregs.eligibility",  # every option: one set for every entry point
    "Criterion": "coregs.eligibility",
    "DeterminationStatus": "coregs.eligibility",
    "FundingDetermination": "coregs.eligibility",
    "IVEDetermination": "coregs.eligibility",
    "IVEFacts": "coregs.eligibility",
    "IVEHistory": "coregs.eligibility",
    "IVEHistoryDetermination": "coregs.eligibility",
    "NeedStandard": "coregs.eligibility",
    "Outcome": "coregs.eligibility",
    "afdc_budget": "coregs.eligibility",
    "determine_funding": "coregs.eligibility",
    "determine_iv_e": "coregs.eligibility",
    "determine_iv_e_history": "coregs.eligibility",
    "iv_e_compliance": "coregs.eligibility",
    "parse_iv_e": "coregs.eligibility",
    "parse_iv_e_json": "coregs.eligibility",
    # compliance (case timeline -> findings)
    "Case": "coregs.compliance",
    "ComplianceReport": "coregs.compliance",
    "ComplianceStatus": "coregs.compliance",
    "Event": "coregs.compliance",
    "Finding": "coregs.compliance",
    "check_case": "coregs.compliance",
    "RowError": "coregs.compliance._rows",
    # whole caseloads and event tables
    "FailedCase": "coregs._batch._failed",
    "cases_from_frame": "coregs._frames.events",
    "cases_from_rows": "coregs._batch._events",
    "check_cases": "coregs._batch._run",
    "determine_many": "coregs._batch._run",
}

__all__ = sorted(_EXPORTS)  # noqa: PLE0605 - one list, checked by tests/test_public_api.py

if TYPE_CHECKING:
    from typing import Any

    from coregs._batch._events import cases_from_rows as cases_from_rows
    from coregs._batch._failed import FailedCase as FailedCase
    from coregs._batch._run import check_cases as check_cases, determine_many as determine_many
    from coregs._errors import (
        CoregsError as CoregsError,
        FieldProblem as FieldProblem,
        InputError as InputError,
        InvalidFactsError as InvalidFactsError,
        LimitError as LimitError,
        MissingDependencyError as MissingDependencyError,
        OutOfRangeError as OutOfRangeError,
        PeriodSyntaxError as PeriodSyntaxError,
        UnknownOptionError as UnknownOptionError,
    )
    from coregs._frames.events import cases_from_frame as cases_from_frame
    from coregs._gate import Limits as Limits
    from coregs._options import (
        Choice as Choice,
        Interpretation as Interpretation,
        OptionChoice as OptionChoice,
        Options as Options,
        resolve_options as resolve_options,
    )
    from coregs.calendar import (
        BusinessCalendar as BusinessCalendar,
        Closure as Closure,
        DayExplanation as DayExplanation,
        Layer as Layer,
        NonBusinessDay as NonBusinessDay,
        colorado_legal_holidays as colorado_legal_holidays,
        colorado_state_offices as colorado_state_offices,
        default_calendar as default_calendar,
        to_icalendar as to_icalendar,
    )
    from coregs.compliance import (
        Case as Case,
        ComplianceReport as ComplianceReport,
        ComplianceStatus as ComplianceStatus,
        Event as Event,
        Finding as Finding,
        check_case as check_case,
    )
    from coregs.compliance._rows import RowError as RowError
    from coregs.eligibility import (
        ALL_OPTIONS as ALL_OPTIONS,
        Criterion as Criterion,
        DeterminationStatus as DeterminationStatus,
        FundingDetermination as FundingDetermination,
        IVEDetermination as IVEDetermination,
        IVEFacts as IVEFacts,
        IVEHistory as IVEHistory,
        IVEHistoryDetermination as IVEHistoryDetermination,
        NeedStandard as NeedStandard,
        Outcome as Outcome,
        afdc_budget as afdc_budget,
        determine_funding as determine_funding,
        determine_iv_e as determine_iv_e,
        determine_iv_e_history as determine_iv_e_history,
        iv_e_compliance as iv_e_compliance,
        parse_iv_e as parse_iv_e,
        parse_iv_e_json as parse_iv_e_json,
    )
    from coregs.periods import (
        DueDate as DueDate,
        Month as Month,
        MonthWindow as MonthWindow,
        Period as Period,
        Roll as Roll,
        Unit as Unit,
        add_months as add_months,
        count_due as count_due,
        due_date as due_date,
        first_of_month as first_of_month,
        occurrences as occurrences,
    )
    from coregs.rules import (
        RULEBOOK as RULEBOOK,
        Actor as Actor,
        AmbiguousRuleError as AmbiguousRuleError,
        Deadline as Deadline,
        EventKind as EventKind,
        Rule as Rule,
        Rulebook as Rulebook,
        RuleNotInForceError as RuleNotInForceError,
        UnknownRuleError as UnknownRuleError,
        entered_foster_care_date as entered_foster_care_date,
    )


_RENAMED = {"Status": "ComplianceStatus"}  # old name -> new name, each kept for one release


def _renamed(name: str) -> Any:
    from coregs._deprecated import Renamed  # noqa: PLC0415 - only an old name pays for it

    return Renamed(__name__, _RENAMED).resolve(globals(), name, depth=1)


def __getattr__(name: str) -> Any:
    if name in _RENAMED:
        return _renamed(name)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'coregs' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
