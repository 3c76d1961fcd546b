"""How an episode begins, and what carries over from the one before: stated and cited.

Each later episode's ``begins`` is a claim about the record (a new removal, a return after a
trial home visit past its limit, a youth's agreement that continues the stay); its link
criterion says whether the facts bear it out, under which text, and what it carries over.
Only the continuation carries anything: the AFDC test established in the episode it continues
(7.601.71.K.3). Everything else is determined afresh, as the federal rule requires of every new
removal and every new placement after an over-long trial home visit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from coregs.eligibility._base.options import TRIAL_HOME_VISIT_LIMIT, TrialHomeVisitLimit
from coregs.eligibility._base.outcome import Criterion, Outcome
from coregs.eligibility._base.spec import CriterionSpec
from coregs.eligibility._criteria.continuing import visit_limit
from coregs.eligibility._determination.determine import DeterminationStatus, IVEDetermination
from coregs.eligibility._episodes.facts import Episode, EpisodeStart
from coregs.eligibility._facts import RemovalManner
from coregs.rules.catalog import CCR_7_601

__all__ = ["LINKS", "Link", "Previous", "link"]

NEW_REMOVAL = CriterionSpec(
    id="episode-new-removal",
    citation="CWPM 8.3A Q1 (ACYF-CB-PIQ-86-03)",
    title="A new removal: eligibility determined afresh",
    quote="Such a determination is necessary at any time (or every time) that a child is removed "
    "from his home, because each situation involves different circumstances and reasons for "
    "placement. Unless the child was visiting his home on a trial basis, a return to foster "
    "care would require a new determination of eligibility based on the circumstances at that "
    "time.",
    note="The episode's own removal, findings (45 CFR 1356.21(b), (c): each 'for the duration "
    "of that stay') and AFDC month (the month of its petition or agreement, CWPM 8.3A Q2); "
    "nothing carries over but the child.",
)

TRIAL_HOME_VISIT_RETURN = CriterionSpec(
    id="episode-return-after-trial-home-visit",
    citation="45 CFR 1356.21(e)",
    title="A return after a trial home visit past its limit: a new placement",
    quote="If a trial home visit extends beyond six months and has not been authorized by the "
    "court, or exceeds the time period the court has deemed appropriate, and the child is "
    "subsequently returned to foster care, that placement must then be considered a new "
    "placement and title IV-E eligibility must be newly established. Under these circumstances "
    "the judicial determinations regarding contrary to the welfare and reasonable efforts to "
    "prevent removal are required.",
    note="Met when the previous episode's last trial home visit, ending on this episode's "
    "first day, exceeded its limit (option trial_home_visit_limit); a visit within it keeps "
    "the child in the previous episode, whose record the return then belongs to.",
)

FYIT_CONTINUATION = CriterionSpec(
    id="episode-fyit-continuation",
    citation=CCR_7_601.cite("71.K.3"),
    title="A youth's agreement continuing the stay: the AFDC test carries over",
    quote="Redeterminations of AFDC requirements are not required for youth participating in "
    "the foster youth in transition program.",
    note="C.R.S. 19-7-307(2)(a): 'because the youth has remained in foster care continuously, "
    "a new court-ordered removal is not required'. The continuation is the youth's voluntary "
    "services agreement (B.1.b), beginning the day the previous episode's stay ends; the AFDC "
    "test (B.7, D) established in that episode is not made again. The agreement's own "
    "criteria (F.1, F.2, F.4) apply.",
)

LINKS: dict[EpisodeStart, CriterionSpec] = {
    EpisodeStart.NEW_REMOVAL: NEW_REMOVAL,
    EpisodeStart.RETURN_AFTER_TRIAL_HOME_VISIT: TRIAL_HOME_VISIT_RETURN,
    EpisodeStart.FYIT_CONTINUATION: FYIT_CONTINUATION,
}
"""The link criterion of each way an episode begins."""


@dataclass(frozen=True, slots=True)
class Previous:
    """The episode whose stay came last before: its index, facts and determination, and the
    AFDC test it carried (if it did)."""

    index: int
    episode: Episode
    determination: IVEDetermination
    carried_afdc: Criterion | None


class Link(NamedTuple):
    """How an episode begins (its link criterion) and the AFDC test it carries over."""

    criterion: Criterion
    afdc: Criterion | None = None


def link(index: int, episode: Episode, previous: Previous | None) -> Link:
    """The link of ``episodes[index]`` to the stay before it (``None``: none before)."""
    begins = episode.begins or EpisodeStart.NEW_REMOVAL
    spec = LINKS[begins]
    if not episode.placements:
        return Link(spec.not_applicable("no placement in out-of-home care: no stay begins"))
    if previous is None:
        return Link(spec.result(Outcome.MET, "the first stay of the history"))
    if begins is EpisodeStart.RETURN_AFTER_TRIAL_HOME_VISIT:
        return Link(_returned(spec, previous))
    if begins is EpisodeStart.FYIT_CONTINUATION:
        return _continued(spec, index, episode, previous)
    return Link(
        spec.result(
            Outcome.MET,
            f"a new removal after the discharge of episodes[{previous.index}]: its own findings "
            "and AFDC month; nothing carries over but the child",
        )
    )


def _returned(spec: CriterionSpec, previous: Previous) -> Criterion:
    """1356.21(e): the previous episode's last visit (ending on this first day) past its limit."""
    j = previous.index
    k = len(previous.episode.trial_home_visits) - 1
    visit = previous.episode.trial_home_visits[k]
    where = f"trial_home_visits[{k}] of episodes[{j}]"
    if TRIAL_HOME_VISIT_LIMIT.read(previous.determination.options) is TrialHomeVisitLimit.NONE:
        return spec.result(
            Outcome.NOT_MET,
            f"no limit is applied (option trial_home_visit_limit): the return after {where} "
            f"continues episodes[{j}]",
        )
    limit = visit_limit(visit)
    assert visit.end is not None  # checked by the history: it ends on this episode's first day
    if visit.end.toordinal() - 1 > limit.toordinal():
        return spec.result(
            Outcome.MET,
            f"{where} lasted beyond {limit.isoformat()} without the court's authority: the "
            "return is a new placement, whose eligibility is newly established (new "
            "contrary-to-the-welfare and reasonable-efforts findings, a new AFDC month)",
        )
    return spec.result(
        Outcome.NOT_MET,
        f"{where} ended within its limit ({limit.isoformat()}): the return continues "
        f"episodes[{j}], whose record it belongs to; determined here as a new placement anyway",
    )


def _continued(spec: CriterionSpec, index: int, episode: Episode, previous: Previous) -> Link:
    """K.3 with C.R.S. 19-7-307(2)(a): a youth's agreement continuing the stay carries the
    AFDC test established before."""
    j = previous.index
    manner = episode.removal.manner
    if manner is None:
        return Link(
            spec.unknown("the manner of removal is not stated", f"episodes[{index}].removal.manner")
        )
    if manner is not RemovalManner.VOLUNTARY_SERVICES_AGREEMENT:
        return Link(
            spec.result(
                Outcome.NOT_MET,
                "a continuation is a youth's voluntary services agreement (B.1.b), and this "
                f"episode's removal is by {manner.value.replace('_', ' ')}: nothing carries over",
            )
        )
    if previous.determination.status is DeterminationStatus.OTHER_STATE:
        return Link(
            spec.result(
                Outcome.NOT_MET,
                f"another state determined episodes[{j}]: Colorado established no AFDC test "
                "to carry over",
            )
        )
    afdc = previous.carried_afdc or _established(previous)
    return Link(
        spec.result(
            Outcome.MET,
            "the youth stayed in care and entered a voluntary services agreement: no new "
            "removal (C.R.S. 19-7-307(2)(a)), and the AFDC test is not made again (K.3)",
        ),
        afdc,
    )


def _established(previous: Previous) -> Criterion:
    """The previous episode's AFDC test, as this one carries it: its outcome, said to be
    carried, with the facts that would settle it named in that episode."""
    found = previous.determination.criterion("afdc")
    j = previous.index
    return found._replace(
        reason=f"established in episodes[{j}], not made again (7.601.71.K.3): {found.reason}",
        missing=tuple(f"episodes[{j}].{m}" for m in found.missing),
        parts=(),
    )
