"""Title IV-E foster care eligibility (12 CCR 2509-7.601.71), and the other funding sources.

Facts in (:class:`IVEFacts`, validated, never echoed), an explainable determination out
(:func:`determine_iv_e`): every criterion met / not met / unknown with its citation and reason,
the effective date, a month-by-month timeline of eligibility and claimability, and the time
limits ahead. Unknown is never silently false. A child's history of episodes
(:class:`IVEHistory`) is determined episode by episode, with what carries over stated, and one
month line spanning them (:func:`determine_iv_e_history`).

``Status`` and ``EligibilityDeadline`` are deprecated aliases of :class:`DeterminationStatus`
and :class:`TimeLimit`, kept for one release.
"""

from typing import Any

from coregs._deprecated import Renamed
from coregs.eligibility._base.options import ALL_OPTIONS, IVE_OPTIONS
from coregs.eligibility._base.outcome import Criterion, Outcome, all_of, any_of
from coregs.eligibility._base.parameters import COLORADO_NEED_STANDARD, IVE_PARAMETERS, NeedStandard
from coregs.eligibility._base.spec import CriterionSpec
from coregs.eligibility._base.track import TimeLimit, TimeLimitStatus
from coregs.eligibility._catalog import CRITERIA, NOT_EVALUATED
from coregs.eligibility._compliance import IVE_RULEBOOK, iv_e_case, iv_e_compliance
from coregs.eligibility._criteria.need import Budget, BudgetLine, afdc_budget
from coregs.eligibility._determination.determine import (
    DeterminationStatus,
    IVEDetermination,
    determine_iv_e,
)
from coregs.eligibility._determination.timeline import Coverage, DayCounts, MonthLine
from coregs.eligibility._episodes.facts import (
    Episode,
    EpisodeStart,
    IVEHistory,
    parse_iv_e,
    parse_iv_e_json,
)
from coregs.eligibility._episodes.history import (
    EpisodeDetermination,
    IVEHistoryDetermination,
    determine_iv_e_history,
)
from coregs.eligibility._episodes.months import HistoryMonth
from coregs.eligibility._facts import (
    Child,
    Citizenship,
    ConstructiveRemoval,
    CountyActions,
    CourtOrder,
    DependentCare,
    Documentation,
    Education,
    EmergencyAssistanceFacts,
    FindingKind,
    Income,
    IVEFacts,
    LicenceStatus,
    Licensing,
    LivedWith,
    Member,
    MemberRole,
    MutualCare,
    OrderFinding,
    Parent,
    ParentStatus,
    Placement,
    Relationship,
    Removal,
    RemovalHome,
    RemovalManner,
    Setting,
    SsiFacts,
    TrialHomeVisit,
    Unemployment,
    Wording,
)
from coregs.eligibility._funding import FundingDetermination, determine_funding

__all__ = [
    "ALL_OPTIONS",
    "COLORADO_NEED_STANDARD",
    "CRITERIA",
    "IVE_OPTIONS",
    "IVE_PARAMETERS",
    "IVE_RULEBOOK",
    "NOT_EVALUATED",
    "Budget",
    "BudgetLine",
    "Child",
    "Citizenship",
    "ConstructiveRemoval",
    "CountyActions",
    "CourtOrder",
    "Coverage",
    "Criterion",
    "CriterionSpec",
    "DayCounts",
    "DependentCare",
    "DeterminationStatus",
    "Documentation",
    "Education",
    "EmergencyAssistanceFacts",
    "Episode",
    "EpisodeDetermination",
    "EpisodeStart",
    "FindingKind",
    "FundingDetermination",
    "HistoryMonth",
    "IVEDetermination",
    "IVEFacts",
    "IVEHistory",
    "IVEHistoryDetermination",
    "Income",
    "LicenceStatus",
    "Licensing",
    "LivedWith",
    "Member",
    "MemberRole",
    "MonthLine",
    "MutualCare",
    "NeedStandard",
    "OrderFinding",
    "Outcome",
    "Parent",
    "ParentStatus",
    "Placement",
    "Relationship",
    "Removal",
    "RemovalHome",
    "RemovalManner",
    "Setting",
    "SsiFacts",
    "TimeLimit",
    "TimeLimitStatus",
    "TrialHomeVisit",
    "Unemployment",
    "Wording",
    "afdc_budget",
    "all_of",
    "any_of",
    "determine_funding",
    "determine_iv_e",
    "determine_iv_e_history",
    "iv_e_case",
    "iv_e_compliance",
    "parse_iv_e",
    "parse_iv_e_json",
]

_RENAMED = Renamed(__name__, {"Status": "DeterminationStatus", "EligibilityDeadline": "TimeLimit"})


def __getattr__(name: str) -> Any:
    return _RENAMED.resolve(globals(), name)
