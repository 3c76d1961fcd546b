"""Every criterion the evaluator implements, and every sentence of 7.601.7-7.601.74 it does not.

A test reads the text of 7.601.7 through 7.601.74 sentence by sentence: each must be quoted by a
criterion here (its ``quote`` or ``related``), by a rule of the catalog (the time frames of
I.1, I.2, E.3, F.3 and 7.601.73, which :func:`~coregs.eligibility.iv_e_compliance` checks), or
be listed in :data:`NOT_EVALUATED` with the reason it is not evaluated.
"""

from __future__ import annotations

from coregs.eligibility import _funding
from coregs.eligibility._base.spec import CriterionSpec
from coregs.eligibility._criteria import (
    afdc as _afdc,
    continuing as _continuing,
    need as _need,
    provider as _provider,
    removal as _removal,
)
from coregs.eligibility._determination.determine import EFFECTIVE_DATE
from coregs.eligibility._episodes import links as _links
from coregs.rules import Exclusion
from coregs.rules.catalog import CCR_7_601

__all__ = ["CRITERIA", "NOT_EVALUATED"]

CRITERIA: tuple[CriterionSpec, ...] = (
    EFFECTIVE_DATE,
    _removal.REMOVAL,
    _removal.CTW_FIRST_RULING,
    _removal.RE_PREVENT_REMOVAL,
    _removal.CUSTODY,
    _removal.AGREEMENT,
    _removal.CONSTRUCTIVE_REMOVAL,
    _removal.RELINQUISHMENT,
    _afdc.AFDC,
    _afdc.LIVING_WITH,
    _afdc.DEPRIVATION,
    _need.RESOURCES,
    _need.INCOME,
    _afdc.AGE,
    _afdc.CITIZENSHIP,
    _afdc.RESIDENCY,
    _removal.MUTUAL_CARE,
    _continuing.MUTUAL_CARE_PLACEMENTS,
    _continuing.VPA_AUTHORITY,
    _continuing.BEST_INTERESTS_180,
    _continuing.PERMANENCY,
    _continuing.TRIAL_HOME_VISITS,
    _continuing.TREATMENT_FACILITY_LIMIT,
    _provider.PROVIDER,
    _provider.ADMIN_EXCEPTIONS,
    _funding.CHILD_SUPPORT,
    _funding.CANDIDACY,
    _funding.SSI,
    _funding.EMERGENCY_ASSISTANCE,
    _funding.WITHOUT_REGARD_TO_INCOME,
    # a child's history: how each later episode begins, and what it carries over
    _links.NEW_REMOVAL,
    _links.TRIAL_HOME_VISIT_RETURN,
    _links.FYIT_CONTINUATION,
)
"""Every criterion of the evaluator, declared with its verbatim quote, in the text's order
(then the links between the episodes of a history)."""

_STATE_SYSTEM = (
    "A duty to record or document in the state's systems or case file; coregs computes the "
    "determination the county records, it does not keep the record."
)

NOT_EVALUATED: tuple[Exclusion, ...] = (
    Exclusion(
        citation=CCR_7_601.cite("7 ¶1"),
        text="If a child is determined eligible for services, the county department shall "
        "document the child's funding source eligibility on the Department's automated "
        "reporting system.",
        reason=_STATE_SYSTEM,
    ),
    Exclusion(
        citation=CCR_7_601.cite("7 ¶1"),
        text="This activity shall occur for each child opened on the department's automated "
        "reporting system.",
        reason=_STATE_SYSTEM,
    ),
    Exclusion(
        citation=CCR_7_601.cite("7 ¶1"),
        text="Eligibility shall be documented for each funding source for which the child is "
        "eligible.",
        reason=_STATE_SYSTEM + " determine_funding reports every source.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("7 ¶2"),
        text="Eligibility criteria and required time frames for determination are found in "
        "subsections 7.601.81 through 7.601.84.",
        reason="A cross-reference erratum: the subsections are 7.601.71 through 7.601.74 "
        "(recorded on the catalog's time-frame rules); it states no criterion.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71 ¶1"),
        text="Title IV-E of the Social Security Act provides federal matching funds to help pay "
        "for the cost of foster care for eligible children.",
        reason="Describes the program; no criterion.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71 ¶1"),
        text="It also pays for training and administrative costs associated with the delivery "
        "of services to Title IV-E eligible children/youth.",
        reason="Describes the program; administrative-cost claimability is the timeline's "
        "admin column (C ¶3-4).",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.A.1"),
        text="Other information received by the county department to support a Title IV-E "
        "eligibility determination does not require verification unless it conflicts with "
        "other information in the possession of the department.",
        reason="A verification procedure: coregs takes the facts as the county has resolved "
        "them; only citizenship verification is a criterion (afdc-citizenship).",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.A.1"),
        text="If such a conflict occurs, the county department shall use verification "
        "procedures provided in the rules for the Colorado Works Program to resolve the "
        "conflict (Section 3.140, et seq.; 9 CCR 2503-1).",
        reason="A procedure outside this text (9 CCR 2503-1 3.140); no criterion.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.A.2"),
        text="The county department shall document each of the eligibility factors on the "
        "state prescribed form.",
        reason=_STATE_SYSTEM + " Each factor is a criterion of the determination.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.A.2"),
        text="The county must ensure that a copy of the signed voluntary placement agreement or "
        "court order and any required verification are present in the case file.",
        reason=_STATE_SYSTEM,
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.B.3"),
        text="(See Section 7.304.53, B, 3, for circumstances in which the court may determine, "
        "that reasonable efforts to prevent removal are not required).",
        reason="Points to a section outside this text; the court's finding that efforts were "
        "not required is itself the fact (FindingKind.REASONABLE_EFFORTS_NOT_REQUIRED).",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.D.4.b"),
        text="Refer to Section 3.140 of the Income Maintenance rules (9 CCR 2503-1).",
        reason="Who is a qualified non-citizen is defined outside this text; the status is an "
        "input fact (child.citizenship).",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.K.3"),
        text="Redeterminations of AFDC requirements are not required for youth participating "
        "in the foster youth in transition program.",
        reason="coregs applies the AFDC test once, for the eligibility month, and never "
        "requires an AFDC redetermination; the redetermination schedule is compliance "
        "(ive-redetermination, which quotes this sentence).",
    ),
    Exclusion(
        citation=CCR_7_601.cite("71.M"),
        text="Reasonable efforts shall be made to prevent the removal of the child from the "
        "home until such time that pursuing removal of the child from the home becomes "
        "necessary.",
        reason="A casework duty with no computable test; the court's finding on reasonable "
        "efforts, once removed, is criterion re-prevent-removal-order.",
    ),
    Exclusion(
        citation=CCR_7_601.cite("72 ¶1"),
        text="Supplemental Security Income is a federal monthly award granted to a child 0-21 "
        "years of age who has a verified disability.",
        reason="Describes the benefit; SSI eligibility is the Social Security "
        "Administration's determination, not the county's.",
    ),
)
"""Sentences of 7.601.7-7.601.74 the evaluator does not evaluate, each with the reason."""
