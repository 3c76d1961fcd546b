"""Law as data: the Rule model, the event vocabulary, the rulebook and the catalog.

Every time-bound obligation of 12 CCR 2509-7.601 (current through Register Vol. 47, No. 22,
November 25, 2024) and the Child Protection Ombudsman's two-business-day intake is a
:class:`Rule` in :data:`RULEBOOK`, declared in :mod:`coregs.rules.catalog` next to the sentence
it implements. Figures the law states (amounts, shares, tables) are :class:`Parameter` records,
a value per effective date.

Example:
    >>> from datetime import date
    >>> from coregs.rules import RULEBOOK
    >>> rule = RULEBOOK.get("7.601.71.I.1")
    >>> rule.id
    'ive-initial-determination'
    >>> rule.due(date(2026, 11, 20)).due       # 45 calendar days; Jan 4, 2027 is a Monday
    datetime.date(2027, 1, 4)
    >>> RULEBOOK.get("7.601.4.C").due(date(2026, 11, 20)).due   # over Thanksgiving
    datetime.date(2026, 11, 30)
"""

from coregs.rules._deadline import Deadline
from coregs.rules._errors import AmbiguousRuleError, RuleNotInForceError, UnknownRuleError
from coregs.rules._events import (
    ATTRIBUTES,
    EVENT_KINDS,
    ContactMode,
    ContactParty,
    CpoChannel,
    EventKind,
    EventKindInfo,
    PlacementAuthority,
    RemovalAuthority,
)
from coregs.rules._foster_care import ENTRY_READINGS, entered_foster_care_date
from coregs.rules._model import (
    Actor,
    Anchor,
    AnchorChoice,
    AppliesIf,
    AttributeIs,
    EndsWhen,
    EnteredFosterCare,
    Erratum,
    EventMatch,
    Exclusion,
    OnEvents,
    OnOption,
    Quoted,
    Recurrence,
    Rule,
    SourceDocument,
    StatedException,
    Trigger,
    TriggerChoice,
    normalise,
)
from coregs.rules._parameter import DatedValue, Parameter, ParameterUnit, Share
from coregs.rules._reading import RuleReading, named_calendar
from coregs.rules._rulebook import Rulebook, trigger_matches
from coregs.rules.catalog import (
    CCR_7_601,
    CPO_CASE_PROCESS,
    EXCLUSIONS,
    RULEBOOK,
    RULES,
    TEXT_VERSION,
)

__all__ = [
    "ATTRIBUTES",
    "CCR_7_601",
    "CPO_CASE_PROCESS",
    "ENTRY_READINGS",
    "EVENT_KINDS",
    "EXCLUSIONS",
    "RULEBOOK",
    "RULES",
    "TEXT_VERSION",
    "Actor",
    "AmbiguousRuleError",
    "Anchor",
    "AnchorChoice",
    "AppliesIf",
    "AttributeIs",
    "ContactMode",
    "ContactParty",
    "CpoChannel",
    "DatedValue",
    "Deadline",
    "EndsWhen",
    "EnteredFosterCare",
    "Erratum",
    "EventKind",
    "EventKindInfo",
    "EventMatch",
    "Exclusion",
    "OnEvents",
    "OnOption",
    "Parameter",
    "ParameterUnit",
    "PlacementAuthority",
    "Quoted",
    "Recurrence",
    "RemovalAuthority",
    "Rule",
    "RuleNotInForceError",
    "RuleReading",
    "Rulebook",
    "Share",
    "SourceDocument",
    "StatedException",
    "Trigger",
    "TriggerChoice",
    "UnknownRuleError",
    "entered_foster_care_date",
    "named_calendar",
    "normalise",
    "trigger_matches",
]
