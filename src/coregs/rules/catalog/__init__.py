"""The catalog: every time-bound obligation of 12 CCR 2509-7.601 and the Ombudsman's case process.

One module per regulation section, each rule declared next to the words it implements:

* :mod:`~coregs.rules.catalog.s7_601_2` cooperative agreements with law enforcement
* :mod:`~coregs.rules.catalog.s7_601_3` advising clients
* :mod:`~coregs.rules.catalog.s7_601_31` the Notice of Rights and Remedies at removal
* :mod:`~coregs.rules.catalog.s7_601_4` responding to requests for services
* :mod:`~coregs.rules.catalog.s7_601_6` case documentation
* :mod:`~coregs.rules.catalog.s7_601_71` Title IV-E foster care
* :mod:`~coregs.rules.catalog.s7_601_72` Supplemental Security Income
* :mod:`~coregs.rules.catalog.s7_601_73` Title IV-A Emergency Assistance
* :mod:`~coregs.rules.catalog.s7_601_8` fraud referrals
* :mod:`~coregs.rules.catalog.s7_601_81` falsification of child welfare records
* :mod:`~coregs.rules.catalog.cpo_case_process` the Ombudsman's intake and closure

Sentences with a period or timing phrase that are deliberately not rules are in
:data:`EXCLUSIONS`, each with its reason; every defect of the text is in :data:`ERRATA`. The
interpretation options the rules declare are exported here with the ``StrEnum`` of each
option's readings (``SIX_MONTH_ANCHOR`` and ``SixMonthAnchor``), for code that reads an option
as a typed value.
"""

from __future__ import annotations

from coregs.rules._model import Rule
from coregs.rules._rulebook import Rulebook
from coregs.rules.catalog import (
    cpo_case_process,
    s7_601_2,
    s7_601_3,
    s7_601_4,
    s7_601_6,
    s7_601_8,
    s7_601_31,
    s7_601_71,
    s7_601_72,
    s7_601_73,
    s7_601_81,
)
from coregs.rules.catalog._errata import ERRATA
from coregs.rules.catalog._exclusions import EXCLUSIONS
from coregs.rules.catalog._options import (
    AGREEMENT_REVIEW_ANCHOR,
    CALENDAR_DAY_ROLL,
    CORRECTION_LETTER_TRIGGER,
    ENTERED_FOSTER_CARE_DATE,
    FRAUD_REFERRAL_TRIGGER,
    RE_FINALIZE_INTERVAL_FROM,
    RE_PREVENT_REMOVAL_TRIGGER,
    REDETERMINATION_ANCHOR,
    SIX_MONTH_ANCHOR,
    UNQUALIFIED_DAYS,
    WORKING_DAYS_CALENDAR,
    AgreementReviewAnchor,
    CalendarDayRoll,
    CorrectionLetterTrigger,
    EnteredFosterCareDate,
    FraudReferralTrigger,
    RedeterminationAnchor,
    ReFinalizeIntervalFrom,
    RePreventRemovalTrigger,
    SixMonthAnchor,
    UnqualifiedDays,
    WorkingDaysCalendar,
)
from coregs.rules.catalog._sources import (
    CCR_7_601,
    CPO_CASE_PROCESS,
    EFFECTIVE_FYIT,
    TEXT_VERSION,
)

__all__ = [
    "AGREEMENT_REVIEW_ANCHOR",
    "CALENDAR_DAY_ROLL",
    "CCR_7_601",
    "CORRECTION_LETTER_TRIGGER",
    "CPO_CASE_PROCESS",
    "EFFECTIVE_FYIT",
    "ENTERED_FOSTER_CARE_DATE",
    "ERRATA",
    "EXCLUSIONS",
    "FRAUD_REFERRAL_TRIGGER",
    "REDETERMINATION_ANCHOR",
    "RE_FINALIZE_INTERVAL_FROM",
    "RE_PREVENT_REMOVAL_TRIGGER",
    "RULEBOOK",
    "RULES",
    "SIX_MONTH_ANCHOR",
    "TEXT_VERSION",
    "UNQUALIFIED_DAYS",
    "WORKING_DAYS_CALENDAR",
    "AgreementReviewAnchor",
    "CalendarDayRoll",
    "CorrectionLetterTrigger",
    "EnteredFosterCareDate",
    "FraudReferralTrigger",
    "ReFinalizeIntervalFrom",
    "RePreventRemovalTrigger",
    "RedeterminationAnchor",
    "SixMonthAnchor",
    "UnqualifiedDays",
    "WorkingDaysCalendar",
]

RULES: tuple[Rule, ...] = (
    *s7_601_2.RULES,
    *s7_601_3.RULES,
    *s7_601_31.RULES,
    *s7_601_4.RULES,
    *s7_601_6.RULES,
    *s7_601_71.RULES,
    *s7_601_72.RULES,
    *s7_601_73.RULES,
    *s7_601_8.RULES,
    *s7_601_81.RULES,
    *cpo_case_process.RULES,
)
"""Every built-in rule, in the order of the text."""

RULEBOOK = Rulebook(
    RULES,
    exclusions=EXCLUSIONS,
    errata=ERRATA,
    name=f"{CCR_7_601.cite()} ({TEXT_VERSION}) + CPO case process",
)
"""The built-in rulebook. It never changes: derive a county's own with ``extend``/``replace``."""
