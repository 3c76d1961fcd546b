"""Hand-derived scenarios: a child's history of episodes.

One ``IVEFacts`` is one episode; an ``IVEHistory`` is the child and the episodes in date order,
each determined on its own facts, with how it begins stated and cited, and one month line
spanning them. The shapes: a re-entry after discharge; a new episode after a trial home visit
past its limit; a youth's voluntary services agreement continuing a court episode; an open case
with no placement. Every expected value is derived by hand from the facts built here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from coregs import InvalidFactsError
from coregs.eligibility import (
    DeterminationStatus,
    EpisodeStart,
    IVEFacts,
    IVEHistory,
    Outcome,
    determine_iv_e,
    determine_iv_e_history,
    parse_iv_e,
)
from tests.eligibility._cases import (
    CONTINUED_BI,
    CTW,
    CUSTODY,
    RE_FINALIZE,
    RE_PREVENT,
    eligible_facts,
    order,
    placement,
)

CHILD = {
    "birth_date": date(2014, 9, 22),
    "citizenship": "us_citizen",
    "citizenship_verified": True,
    "colorado_resident": True,
}


def episode(removed: date, **sections: Any) -> dict[str, Any]:
    """An otherwise-eligible court-ordered episode removed and placed on ``removed``, every
    finding two days later (eligible_facts without the child, which the history holds)."""
    facts = eligible_facts(removed, **sections)
    del facts["child"]
    facts["removal_home"]["lived_with"] = [{"start": date(2014, 9, 22), "end": removed}]
    return facts


def history(*episodes: dict[str, Any], **child: Any) -> dict[str, Any]:
    return {"case_ref": "H-TEST", "child": {**CHILD, **child}, "episodes": list(episodes)}


def months(h: Any) -> dict[str, Any]:
    return {str(m.month): m for m in h.months}


# -- one episode is a history of one ------------------------------------------------------------


def test_one_episode_is_a_history_of_one():
    """Today's single-episode facts, determined as a history, give that episode's
    determination unchanged, and the same months."""
    facts = eligible_facts()
    single = determine_iv_e(facts, as_of=date(2025, 8, 31))
    h = determine_iv_e_history(facts, as_of=date(2025, 8, 31))
    assert len(h.episodes) == 1
    assert h.episodes[0].determination.to_dict() == single.to_dict()
    assert [(str(m.month), tuple(m.child), tuple(m.placement)) for m in h.months] == [
        (str(m.month), tuple(m.child), tuple(m.placement)) for m in single.months
    ]
    assert h.eligible_now is single.eligible_now
    assert isinstance(parse_iv_e(facts), IVEFacts)
    assert isinstance(parse_iv_e(history(episode(date(2025, 3, 10)))), IVEHistory)


# -- a re-entry after discharge -----------------------------------------------------------------

FIRST, DISCHARGED, AGAIN = date(2025, 3, 10), date(2025, 6, 16), date(2025, 10, 6)


def reentry(**second: Any) -> dict[str, Any]:
    first = episode(FIRST, removal={"discharge_date": DISCHARGED})
    return history(first, {**episode(AGAIN), "begins": "new_removal", **second})


def test_a_re_entry_is_determined_afresh():
    """CWPM 8.3A Q1: "Unless the child was visiting his home on a trial basis, a return to
    foster care would require a new determination of eligibility based on the circumstances at
    that time."

    Episode 0: placed 2025-03-10, discharged 2025-06-16 (June: 15 days, the 1st to the 15th).
    Episode 1: removed again 2025-10-06, findings on 10-08: eligible from 2025-10-06 (26 days in
    October), its AFDC month October 2025. July to September: no day in care.
    """
    h = determine_iv_e_history(reentry(), as_of=date(2025, 12, 31))
    first, second = h.episodes
    assert first.determination.effective_date == FIRST
    assert second.link.outcome is Outcome.MET and second.link.id == "episode-new-removal"
    assert second.carried == ()
    assert second.determination.effective_date == AGAIN
    assert str(second.determination.criterion("afdc").parts[0].reason).endswith("2025-04..2025-10")
    by_month = months(h)
    assert by_month["2025-06"].days_in_care == 15 and by_month["2025-06"].episodes == (0,)
    for gap in ("2025-07", "2025-08", "2025-09"):
        assert by_month[gap].days_in_care == 0 and by_month[gap].episodes == ()
    assert by_month["2025-10"].days_in_care == 26 and by_month["2025-10"].child.met == 26
    assert h.current is second and h.eligible_now is Outcome.MET


def test_each_stay_needs_its_own_findings():
    """45 CFR 1356.21(c): "If the determination regarding contrary to the welfare is not made in
    the first court ruling pertaining to removal from the home, the child is not eligible for
    title IV-E foster care maintenance payments for the duration of that stay in foster care."

    The re-entry's first ruling (2025-10-08) has no such finding: that stay is not eligible; the
    first stay keeps its own eligibility.
    """
    h = determine_iv_e_history(
        reentry(court_orders=[order(date(2025, 10, 8), RE_PREVENT, CUSTODY)]),
        as_of=date(2025, 12, 31),
    )
    assert h.episodes[0].determination.status is DeterminationStatus.ELIGIBLE
    assert h.episodes[1].determination.status is DeterminationStatus.NOT_ELIGIBLE
    assert months(h)["2025-04"].child.met == 30
    assert months(h)["2025-11"].child.met == 0


def test_a_re_entry_follows_a_discharge():
    """A new removal presupposes a discharge: the first episode must state one (or the second
    how it continues the stay). Refused with the rule, never a value."""
    first = episode(FIRST)
    with pytest.raises(InvalidFactsError) as caught:
        IVEHistory.parse(history(first, episode(AGAIN)))
    [problem] = caught.value.problems
    assert problem.type == "episode_link"
    assert "episodes[1] is a new removal" in problem.message


def test_only_a_later_episode_says_how_it_begins():
    first = {**episode(FIRST, removal={"discharge_date": DISCHARGED}), "begins": "new_removal"}
    with pytest.raises(InvalidFactsError) as caught:
        IVEHistory.parse(history(first, episode(AGAIN)))
    assert [p.type for p in caught.value.problems] == ["episode_link"]


def test_stays_do_not_overlap():
    first = episode(FIRST, removal={"discharge_date": date(2025, 11, 1)})
    with pytest.raises(InvalidFactsError) as caught:
        IVEHistory.parse(history(first, episode(AGAIN)))
    assert [p.type for p in caught.value.problems] == ["overlap"]


# -- a new episode after a trial home visit past its limit -------------------------------------

HOME = date(2025, 6, 2)  # the visit's six months end on 2025-12-02


def returned(end: date, **visit: Any) -> dict[str, Any]:
    first = episode(
        date(2025, 1, 13),
        placements=[placement(date(2025, 1, 13), HOME)],
        trial_home_visits=[{"start": HOME, "end": end, **visit}],
    )
    return history(first, {**episode(end), "begins": "return_after_trial_home_visit"})


def test_the_return_after_an_over_long_visit_is_a_new_placement():
    """45 CFR 1356.21(e): "If a trial home visit extends beyond six months and has not been
    authorized by the court ... and the child is subsequently returned to foster care, that
    placement must then be considered a new placement and title IV-E eligibility must be newly
    established."

    At home from 2025-06-02 (six months: through 2025-12-02), back on 2026-01-05: the link is
    met. Episode 0 ends that day (no discharge was recorded; where one episode ends the next
    begins): January 2026 has 4 days of episode 0 and 27 of episode 1.
    """
    h = determine_iv_e_history(returned(date(2026, 1, 5)), as_of=date(2026, 3, 31))
    link = h.episodes[1].link
    assert link.outcome is Outcome.MET and "2025-12-02" in link.reason
    assert h.episodes[0].stay.stop == date(2026, 1, 5)
    january = months(h)["2026-01"]
    assert january.episodes == (0, 1) and january.days_in_care == 31
    assert january.placement.met == 27  # the 4 days at home are no foster care placement
    visits = h.episodes[0].determination.criterion("trial-home-visits")
    assert "exceeded its limit" in visits.reason


def test_a_visit_within_its_limit_does_not_begin_an_episode():
    """1356.21(e): "A trial home visit may not exceed six months in duration, unless a court
    orders a longer trial home visit." Back on 2025-12-01, within the six months (the last day
    at home is 11-30): the link is not met."""
    h = determine_iv_e_history(returned(date(2025, 12, 1)), as_of=date(2026, 3, 31))
    assert h.episodes[1].link.outcome is Outcome.NOT_MET
    # and a court's longer visit likewise
    h = determine_iv_e_history(
        returned(date(2026, 1, 5), court_authorized_until=date(2026, 2, 1)), as_of=date(2026, 3, 31)
    )
    assert h.episodes[1].link.outcome is Outcome.NOT_MET


def test_a_return_follows_a_visit_ending_that_day():
    with pytest.raises(InvalidFactsError) as caught:
        IVEHistory.parse(
            history(
                episode(date(2025, 1, 13)),
                {**episode(date(2026, 1, 5)), "begins": "return_after_trial_home_visit"},
            )
        )
    assert [p.type for p in caught.value.problems] == ["episode_link"]


# -- a youth's voluntary services agreement continuing a court episode -------------------------

EIGHTEEN = date(2026, 5, 20)  # born 2008-05-20


def continued(first: dict[str, Any] | None = None, **agreement: Any) -> dict[str, Any]:
    court = first or episode(
        date(2024, 3, 4),
        court_orders=[
            order(date(2024, 3, 6), CTW, RE_PREVENT, CUSTODY),
            order(date(2025, 2, 20), RE_FINALIZE, sanctions_removal=False),
            order(date(2026, 2, 10), RE_FINALIZE, sanctions_removal=False),
        ],
    )
    vsa = {
        "begins": "fyit_continuation",
        "child": {"fyit_participant": True},
        "removal": {
            "manner": "voluntary_services_agreement",
            "removal_date": EIGHTEEN,
            "agreement_signed_on": EIGHTEEN,
            "agreement_complete": True,
            **agreement,
        },
        "court_orders": [order(date(2026, 9, 15), CONTINUED_BI, sanctions_removal=False)],
        "placements": [{**placement(EIGHTEEN), "setting": "supervised_independent_living"}],
    }
    return history(court, vsa, birth_date=date(2008, 5, 20), fyit_participant=False)


def test_the_continuation_carries_the_afdc_test_over():
    """7.601.71.K.3: "Redeterminations of AFDC requirements are not required for youth
    participating in the foster youth in transition program."; C.R.S. 19-7-307(2)(a): "because
    the youth has remained in foster care continuously, a new court-ordered removal is not
    required".

    The agreement of 2026-05-20 states no removal home: its AFDC test is episode 0's (met),
    carried; the best-interests order of 2026-09-15 is by day 180 (2026-11-16). Eligible from
    the signature, 2026-05-20 (F.2). The youth is a participant in this episode only: episode
    0's deprivation test was made (D.2.e does not reach back).
    """
    h = determine_iv_e_history(continued(), as_of=date(2026, 12, 1))
    first, second = h.episodes
    assert second.link.outcome is Outcome.MET
    [carried] = second.carried
    assert carried.id == "afdc" and carried.outcome is Outcome.MET
    assert second.determination.criterion("afdc") == carried
    assert "established in episodes[0]" in carried.reason
    assert second.determination.status is DeterminationStatus.ELIGIBLE
    assert second.determination.effective_date == EIGHTEEN
    assert first.determination.criterion("afdc-deprivation").outcome is Outcome.MET
    assert first.stay.stop == EIGHTEEN  # episode 0's stay ends where the agreement begins
    may = months(h)["2026-05"]
    assert may.episodes == (0, 1) and may.child.met == 31


def test_an_unsettled_afdc_test_carries_over_unsettled():
    """K.3 carries what was established, nothing more: episode 0's removal home left its
    resources unstated, so the carried test is unknown, naming that episode's fact."""
    court = episode(date(2024, 3, 4))
    del court["removal_home"]["resources"]
    h = determine_iv_e_history(continued(court), as_of=date(2026, 12, 1))
    carried = h.episodes[1].determination.criterion("afdc")
    assert carried.outcome is Outcome.UNKNOWN
    assert "episodes[0].removal_home.resources" in carried.missing
    assert "episodes[0].removal_home.resources" in h.missing
    assert not any(m.startswith("episodes[1].episodes[") for m in h.missing)


def test_a_continuation_is_a_youths_agreement():
    """B.1.b: "A voluntary services agreement entered into by a youth who is participating in
    the foster youth in transition program"; a continuation by any other manner carries
    nothing, and its own AFDC test is asked."""
    h = determine_iv_e_history(
        continued(manner="voluntary_placement_agreement"), as_of=date(2026, 12, 1)
    )
    assert h.episodes[1].link.outcome is Outcome.NOT_MET
    assert h.episodes[1].carried == ()


def test_nothing_to_carry_from_another_states_episode():
    """D.4.c: another state determined episode 0, so Colorado established no AFDC test."""
    data = continued()
    data["episodes"][0]["child"] = {"colorado_resident": False}
    h = determine_iv_e_history(data, as_of=date(2026, 12, 1))
    assert h.episodes[0].determination.status is DeterminationStatus.OTHER_STATE
    assert h.episodes[1].link.outcome is Outcome.NOT_MET and h.episodes[1].carried == ()


# -- an open case with no placement --------------------------------------------------------------


def test_an_open_case_is_a_reasonable_candidate():
    """7.601.71.M: "Administrative costs may be claimed for children who are determined to be
    at imminent risk of removal from the home"; "A determination must be made ... no less
    frequently than every six (6) months."

    Determined on 2025-07-15: a candidate through 2026-01-15, six months to the same day. As of
    2025-12-31: July 17 candidate days (15th to 31st), August to November whole, December 31.
    Not in care: eligible_now is not applicable.
    """
    h = determine_iv_e_history(
        history({"candidacy_determined_on": [date(2025, 7, 15)]}), as_of=date(2025, 12, 31)
    )
    [case] = h.episodes
    assert case.open_case and case.stay is None
    assert case.funding.candidacy.outcome is Outcome.MET
    assert case.funding.candidacy_due == date(2026, 1, 15)
    candidates = {str(m.month): m.candidate_days for m in h.months}
    assert candidates == {
        "2025-07": 17, "2025-08": 31, "2025-09": 30, "2025-10": 31, "2025-11": 30, "2025-12": 31,
    }  # fmt: skip
    assert h.eligible_now is Outcome.NOT_APPLICABLE
    assert h.missing == ()  # an open case lacks a removal, which is no missing fact


def test_candidacy_ends_at_placement_and_lapses_without_a_redetermination():
    """71.M, with the placement that ends candidacy: determined 2025-01-06 (current through
    2025-07-06), removed 2025-03-10: January 26 candidate days (6th to 31st), February 28,
    March 9 (1st to 9th); after the discharge of 2025-06-16 no determination is current again,
    so June and July have none."""
    first = episode(FIRST, removal={"discharge_date": DISCHARGED})
    first["candidacy_determined_on"] = [date(2025, 1, 6)]
    h = determine_iv_e_history(history(first), as_of=date(2025, 7, 31))
    candidates = {str(m.month): m.candidate_days for m in h.months}
    assert candidates["2025-01"] == 26 and candidates["2025-02"] == 28
    assert candidates["2025-03"] == 9 and months(h)["2025-03"].days_in_care == 22
    assert candidates.get("2025-06", 0) == 0 and candidates.get("2025-07", 0) == 0


# -- what the history shows -----------------------------------------------------------------------


def test_the_history_json_carries_each_episode_and_the_months_that_span_them():
    h = determine_iv_e_history(reentry(), as_of=date(2025, 12, 31))
    out = h.to_dict(funding=True)
    assert [e["index"] for e in out["episodes"]] == [0, 1]
    assert out["episodes"][1]["begins"] == "new_removal"
    assert out["episodes"][1]["link"]["id"] == "episode-new-removal"
    assert out["episodes"][0]["determination"]["status"] == "eligible"
    assert "child_support" in out["episodes"][0]["funding"]
    assert [m["month"] for m in out["months"]][:2] == ["2025-03", "2025-04"]
    assert out["months"][-1]["month"] == "2025-12"
    assert out["current_episode"] == 1
    assert len(h.to_records()) == len(h.months)
    text = h.render()
    assert "Episode 1: new removal" in text and "Months of the history" in text


def test_the_episodes_child_is_the_historys_with_what_the_episode_states():
    data = continued()
    facts = IVEHistory.parse(data).episode_facts(1)
    assert facts.child.fyit_participant is True
    assert facts.child.birth_date == date(2008, 5, 20)
    assert facts.case_ref == "H-TEST"
    first = IVEHistory.parse(data).episode_facts(0)
    assert first.child.fyit_participant is False
    assert first.removal.discharge_date == EIGHTEEN


def test_strict_dating_names_the_episode():
    from coregs import OutOfRangeError

    old = episode(date(2014, 6, 2), removal={"discharge_date": date(2014, 9, 1)})
    old["removal_home"]["lived_with"] = [{"end": date(2014, 6, 2)}]
    data = history(old, {**episode(date(2025, 3, 10)), "begins": EpisodeStart.NEW_REMOVAL})
    data["child"]["birth_date"] = date(2010, 1, 1)
    with pytest.raises(OutOfRangeError) as caught:
        determine_iv_e_history(data, as_of=date(2025, 6, 30))
    assert caught.value.field == "episodes[0].placements[0].start"
    lenient = determine_iv_e_history(data, as_of=date(2025, 6, 30), effective="lenient")
    assert lenient.episodes[1].determination.status is DeterminationStatus.ELIGIBLE
