"""Properties of the Title IV-E evaluator over facts drawn by coregs.testing's strategies."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings, strategies as st

from coregs.compliance import ComplianceStatus
from coregs.eligibility import (
    IVE_OPTIONS,
    DeterminationStatus,
    IVEFacts,
    IVEHistory,
    Outcome,
    TimeLimitStatus,
    determine_funding,
    determine_iv_e,
    determine_iv_e_history,
    iv_e_compliance,
)
from coregs.periods import first_of_month
from coregs.testing import FactPair, as_of_dates, iv_e_fact_pairs, iv_e_facts, iv_e_histories

_SETTINGS = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_HOLDS = frozenset((Outcome.MET, Outcome.NOT_APPLICABLE))


def _dated(facts: st.SearchStrategy[IVEFacts]) -> st.SearchStrategy[tuple[IVEFacts, date]]:
    """Facts and an evaluation date around them."""
    return facts.flatmap(lambda f: st.tuples(st.just(f), as_of_dates(around=f)))


def _dated_pairs() -> st.SearchStrategy[tuple[FactPair, date]]:
    return iv_e_fact_pairs().flatmap(lambda p: st.tuples(st.just(p), as_of_dates(around=p)))


@_SETTINGS
@given(_dated(iv_e_facts()))
def test_evaluation_never_raises_and_renders(drawn):
    """Any valid facts evaluate, render and serialise without raising."""
    facts, as_of = drawn
    funding = determine_funding(facts, as_of=as_of, effective="lenient")
    det = funding.iv_e
    assert det.render() and det.to_dict() and funding.render() and funding.to_dict()
    assert len(det.to_records()) == len(det.months)


@_SETTINGS
@given(_dated(iv_e_facts()))
def test_effective_date_is_later_of_first_of_month_and_placement(drawn):
    """7.601.71.A.3.a: "the first day of the month in which all eligibility criteria for the
    child are met, but can be no earlier than the first day of placement" (E.2, F.2: nor than
    the agreement's signature)."""
    facts, as_of = drawn
    det = determine_iv_e(facts, as_of=as_of, effective="lenient")
    if det.effective_date is None:
        assert det.status is not DeterminationStatus.ELIGIBLE
        return
    placement = facts.placements[0].start
    assert det.eligible_from is not None
    floors = [det.eligible_from.first_day, placement]
    if facts.removal.manner is not None and facts.removal.manner.value.startswith("voluntary"):
        assert facts.removal.agreement_signed_on is not None
        floors.append(facts.removal.agreement_signed_on)
    assert det.effective_date == max(floors)
    assert det.effective_date >= placement
    assert det.effective_date <= as_of or first_of_month(det.effective_date) <= as_of
    # no eligible day before the effective date
    for line in det.months:
        if line.month.last_day < det.effective_date:
            assert line.child.met == 0


@_SETTINGS
@given(_dated_pairs())
def test_supplying_a_missing_fact_never_flips_a_decided_criterion(drawn):
    """Unknown is never silently false or true: with some facts left out, every criterion that
    is still decided is decided the same way as with all of them (a "not met" never becomes
    "met"), and no day's eligibility or claimability flips."""
    (complete, partial), as_of = drawn
    assert_refines(complete, partial, as_of)


def assert_refines(complete: IVEFacts, partial: IVEFacts, as_of: date) -> None:
    """What the refinement property asserts of one pair (also run on the regression examples
    of tests/eligibility/test_refinement.py)."""
    full = determine_iv_e(complete, as_of=as_of, effective="lenient")
    part = determine_iv_e(partial, as_of=as_of, effective="lenient")
    by_id = {c.id: c for c in full.criteria()}
    for c in part.criteria():
        if c.outcome is Outcome.UNKNOWN or c.id not in by_id:
            continue
        assert (c.outcome in _HOLDS) == (by_id[c.id].outcome in _HOLDS), c.id
    if part.status is not DeterminationStatus.UNDETERMINED:
        # D.4.c decides who determines before anything is determined: learning that the
        # child's residency is from another state replaces any Colorado status
        assert part.status is full.status or full.status is DeterminationStatus.OTHER_STATE
    for a, b in zip(full.months, part.months, strict=False):
        for name in ("child", "placement", "admin"):
            known, guessed = getattr(a, name), getattr(b, name)
            assert guessed.met <= known.met and guessed.not_met <= known.not_met, name


@_SETTINGS
@given(_dated(iv_e_facts()))
def test_claimable_placement_cost_implies_eligible_child_and_provider(drawn):
    """7.601.71.L: "Placement costs for a Title IV-E eligible child are only Title IV-E
    claimable when a child is placed with a Title IV-E eligible provider"; administrative costs
    too need an eligible child."""
    facts, as_of = drawn
    det = determine_iv_e(facts, as_of=as_of, effective="lenient")
    for line in det.months:
        assert line.placement.met <= line.child.met
        assert line.admin.met <= line.child.met
        assert line.child.days == line.placement.days == line.admin.days == line.days_in_care
    if any(line.placement.met for line in det.months):
        assert any(p.outcome is Outcome.MET or p.outcome is Outcome.NOT_MET for p in det.providers)


@_SETTINGS
@given(_dated(iv_e_facts()))
def test_results_never_precede_their_triggers(drawn):
    """Deadlines lie ahead of the evaluation date; months run from the placement month to the
    evaluation (or discharge) month, each day counted once."""
    facts, as_of = drawn
    det = determine_iv_e(facts, as_of=as_of, effective="lenient")
    assert all(d.due >= as_of for d in det.deadlines)
    # the ledger: every time limit, by due date, each status what its dates say; the forward
    # view is a filter of it
    assert set(det.deadlines) <= set(det.time_limits)
    assert [t.due for t in det.time_limits] == sorted(t.due for t in det.time_limits)
    for t in det.time_limits:
        assert t.met_on is None or t.met_on <= as_of
        if t.status is TimeLimitStatus.MET:
            assert t.met_on is not None and t.met_on <= t.due
        elif t.status is TimeLimitStatus.LATE:
            assert t.met_on is not None and t.met_on > t.due
        elif t.status is TimeLimitStatus.PENDING:
            assert t.met_on is None and t.due >= as_of
        elif t.status is TimeLimitStatus.MISSED:
            assert t.met_on is None and t.due < as_of
    if det.months:
        start = facts.placements[0].start
        assert det.months[0].month.first_day <= start <= det.months[0].month.last_day
        assert det.months[-1].month.first_day <= as_of
        stop = as_of + timedelta(days=1)
        discharge = facts.removal.discharge_date
        if discharge is not None and discharge < stop:
            stop = discharge
        assert sum(m.days_in_care for m in det.months) == (stop - start).days


_AFDC_PARTS = frozenset(
    (
        "afdc",
        "living-with-relative",
        "afdc-deprivation",
        "afdc-deprivation-death",
        "afdc-deprivation-incapacity",
        "afdc-deprivation-continued-absence",
        "afdc-deprivation-unemployment",
        "afdc-resources",
        "afdc-income",
        "afdc-age-at-placement",
        "afdc-citizenship",
        "afdc-residency",
    )
)
_INCOME = frozenset(("afdc", "afdc-income", "afdc-deprivation", "afdc-deprivation-unemployment"))
_ABOUT: dict[str, frozenset[str]] = {
    "entered_foster_care_date": frozenset(("permanency-re-finding",)),
    "re_prevent_removal_trigger": frozenset(("re-prevent-removal-order",)),
    "re_finalize_interval_from": frozenset(("permanency-re-finding",)),
    "re_finalize_lapse_start": frozenset(("permanency-re-finding",)),
    "vpa_day_90_breach": frozenset(("vpa-legal-authority",)),
    "resource_comparison": frozenset(("afdc", "afdc-resources")),
    "gross_limit_rounding": _INCOME,
    "thirty_and_one_third": _INCOME,
    "unemployment_deprivation": frozenset(
        ("afdc", "afdc-deprivation", "afdc-deprivation-unemployment")
    ),
    "age_18_end": frozenset(("afdc", "afdc-age", "afdc-age-at-placement")),
    "relinquishment_living_with": frozenset(("relinquishment-living-with",)),
    "relinquishment_removal": frozenset(("re-prevent-removal-order", "permanency-re-finding")),
    # 672(j) waives the whole AFDC test: its parts are not evaluated
    "mutual_care_treatment_facility": _AFDC_PARTS
    | {"mutual-care", "treatment-facility-limit", "mutual-care-placements"},
    "mutual_care_interruption": frozenset(("mutual-care-placements",)),
    "provider_claim_start": frozenset(),  # and the providers' dates (provider-N)
    "provisional_relative_admin_window": frozenset(),  # the administrative-costs days only
    "trial_home_visit_limit": frozenset(("trial-home-visits",)),
    "trial_home_visit_admin": frozenset(),  # the administrative-costs days only
    "admin_cost_partial_month": frozenset(),  # the administrative-costs days only
    "child_support_placement_days": frozenset(),  # the child support referral only
}
"""What each option's readings may change: these criteria and the results built on them."""
_ADMIN_ONLY = (
    "provisional_relative_admin_window",
    "trial_home_visit_admin",
    "admin_cost_partial_month",
)
_READINGS = [(o.name, c.value) for o in IVE_OPTIONS for c in o.choices if c.value != o.default]


def test_every_option_says_what_it_changes():
    assert set(_ABOUT) == {o.name for o in IVE_OPTIONS}


@_SETTINGS
@given(_dated(iv_e_facts()))
def test_a_reading_changes_nothing_but_what_it_is_about(drawn):
    """An option is a reading of one passage: choosing another reading may change the criteria
    that passage decides (and what is built on them: the status, the months), never another
    criterion, nor another funding source. Every non-default reading of every option is tried
    on each drawn case (tests/eligibility/test_options.py shows each one changing what it is
    about)."""
    facts, as_of = drawn
    base = determine_funding(facts, as_of=as_of, effective="lenient")
    for name, value in _READINGS:
        other = determine_funding(facts, as_of=as_of, options={name: value}, effective="lenient")
        _changes_only_what_it_is_about(name, base, other)


def _changes_only_what_it_is_about(name, base, other):
    about = _ABOUT[name]

    def kept(funding):
        return {
            c.id: c
            for c in funding.iv_e.criteria()
            if c.id not in about
            and not (name == "provider_claim_start" and c.id.startswith("provider-"))
        }

    assert kept(other) == kept(base), name
    assert other.sources()[1:] == base.sources()[1:], name
    if name == "child_support_placement_days":
        assert other.iv_e.to_dict() | {"options": ()} == base.iv_e.to_dict() | {"options": ()}
    if name in _ADMIN_ONLY or name == "provider_claim_start":
        assert [m.child for m in other.iv_e.months] == [m.child for m in base.iv_e.months], name
    if name in _ADMIN_ONLY:
        assert [m.placement for m in other.iv_e.months] == [m.placement for m in base.iv_e.months]
    assert [c.name for c in other.iv_e.options.overridden] == [name]


def test_strategies_reach_every_status():
    """The strategies are not degenerate: they produce eligible, ineligible and undetermined."""
    seen: set[DeterminationStatus] = set()

    @settings(max_examples=300, suppress_health_check=list(HealthCheck), database=None)
    @given(_dated_pairs())
    def collect(drawn):
        (complete, partial), as_of = drawn
        for facts in (complete, partial):
            seen.add(determine_iv_e(facts, as_of=as_of, effective="lenient").status)

    collect()
    assert seen == set(DeterminationStatus), seen


@_SETTINGS
@given(_dated(iv_e_facts()))
def test_the_ledgers_redeterminations_are_the_compliance_findings(drawn):
    """7.601.71.I.2's redeterminations are counted twice, by design: in a determination's
    ledger (from the entry date it derives) and by the compliance check of the same rule (from
    the case timeline). Where both see the same entry date they agree occurrence by occurrence:
    due date and the redetermination that met it."""
    facts, as_of = drawn
    det = determine_iv_e(facts, as_of=as_of, effective="lenient")
    if det.entered_foster_care is None or facts.removal.emergency is None or not det.months:
        return  # the entry date is open, the timeline has no removal event, or no stay yet
    ledger = [(t.due, t.met_on) for t in det.time_limits if t.id == "ive-redetermination"]
    report = iv_e_compliance(facts, as_of=as_of, effective="lenient")
    found = [
        (f.due, f.satisfied_on)
        for f in report.for_rule("ive-redetermination")
        if f.status is not ComplianceStatus.NOT_APPLICABLE
    ]
    assert ledger == found


# -- histories -------------------------------------------------------------------------------------


def _dated_histories() -> st.SearchStrategy[tuple[IVEHistory, date]]:
    return iv_e_histories().flatmap(lambda h: st.tuples(st.just(h), as_of_dates(around=h)))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_dated_histories())
def test_a_history_is_its_episodes_determinations_composed(drawn):
    """Each episode is determined as determine_iv_e determines that episode's facts (but for
    the AFDC test a continuation carries); the month line adds the episodes' months up, and a
    candidate day is never a day in care."""
    history, as_of = drawn
    result = determine_iv_e_history(history, as_of=as_of, effective="lenient")
    assert result.render() and result.to_dict(funding=True) and result._repr_html_()
    for e in result.episodes:
        alone = determine_iv_e(history.episode_facts(e.index), as_of=as_of, effective="lenient")
        if e.carried:
            assert e.determination.criterion("afdc") == e.carried[0]
        else:
            assert e.determination.to_dict() == alone.to_dict()
    by_month: dict[str, int] = {}
    for e in result.episodes:
        for line in e.determination.months:
            by_month[str(line.month)] = by_month.get(str(line.month), 0) + line.days_in_care
    for m in result.months:
        assert m.days_in_care == by_month.get(str(m.month), 0)
        assert m.child.days == m.placement.days == m.days_in_care
        assert m.days_in_care + m.candidate_days <= m.month.days
        assert m.placement.met <= m.child.met


@_SETTINGS
@given(_dated(iv_e_facts()))
def test_one_episode_is_a_history_of_one(drawn):
    """Today's single-episode facts, determined as a history, give the same determination."""
    facts, as_of = drawn
    single = determine_iv_e(facts, as_of=as_of, effective="lenient")
    [episode] = determine_iv_e_history(facts, as_of=as_of, effective="lenient").episodes
    assert episode.determination.to_dict() == single.to_dict()
