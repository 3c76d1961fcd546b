"""The evaluator's interpretation options: each reading is typed, and each changes what it should.

Every option is resolved once into a member of its enum (``Readings``), so a criterion compares
members, never strings. Each non-default reading below has a scenario, derived by hand, in which
it changes the one result it is about; tests/property/test_eligibility_properties.py checks over
drawn facts that it changes nothing else.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any, NamedTuple

import pytest

from coregs import resolve_options
from coregs.eligibility import IVE_OPTIONS, Outcome, determine_funding, determine_iv_e
from coregs.eligibility._base.options import Readings
from tests.eligibility._cases import (
    ADJUDICATED,
    CTW,
    CUSTODY,
    RE_FINALIZE,
    RE_PREVENT,
    eligible_facts,
    order,
    placement,
)

MET, NOT_MET, NOT_APPLICABLE = Outcome.MET, Outcome.NOT_MET, Outcome.NOT_APPLICABLE


def test_readings_has_one_field_per_option_in_order() -> None:
    """Readings is the typed view of IVE_OPTIONS: the same names, in the same order."""
    assert [f.name for f in dataclasses.fields(Readings)] == [o.name for o in IVE_OPTIONS]


@pytest.mark.parametrize("option", IVE_OPTIONS, ids=lambda o: o.name)
def test_every_choice_is_read_as_its_enum_member(option: Any) -> None:
    """Each choice of each option resolves to the member of the option's enum with its value."""
    for choice in option.choices:
        readings = Readings.of(resolve_options(IVE_OPTIONS, {option.name: choice.value}))
        member = getattr(readings, option.name)
        assert type(member) is option.readings
        assert member.value == choice.value


# -- each non-default reading changes what it should ---------------------------------------------

K2_REMOVED = date(2025, 1, 14)  # removal + 60 = 2025-03-15, before the 03-20 adjudication


def _k2(*findings: date) -> dict[str, Any]:
    return eligible_facts(
        K2_REMOVED,
        court_orders=[
            order(date(2025, 1, 16), CTW, RE_PREVENT, CUSTODY),
            order(date(2025, 3, 20), ADJUDICATED),
            *(order(f, RE_FINALIZE) for f in findings),
        ],
    )


def _parent_income(**income: Any) -> dict[str, Any]:
    return {
        "parents": [
            {"status": "in_home", "incapacitated": False, "income": {"unearned": "0", **income}},
            {"status": "absent"},
        ]
    }


def _home_visit(returned: date) -> dict[str, Any]:
    return eligible_facts(
        placements=[placement(date(2025, 3, 10), date(2025, 6, 1)), placement(returned)],
        trial_home_visits=[{"start": date(2025, 6, 1), "end": returned}],
    )


def _criterion(id: str) -> Callable[[Any], Any]:
    return lambda det: det.criterion(id).outcome


def _admin(month: str) -> Callable[[Any], Any]:
    return lambda det: next(tuple(m.admin) for m in det.months if str(m.month) == month)


class Witness(NamedTuple):
    """Facts in which ``reading`` of ``option`` changes ``what`` from ``default`` to ``changed``."""

    option: str
    reading: str
    facts: dict[str, Any]
    as_of: date
    what: Callable[[Any], Any]
    default: Any
    changed: Any
    funding: bool = False


WITNESSES = [
    # K.2: entry = removal + 60 = 2025-03-15, first finding due 2026-03-15 (met on 02-15); from
    # the removal (or the same-day placement) it was due 2026-01-14: a lapse from 2026-02-01
    Witness(
        "entered_foster_care_date",
        "removal",
        _k2(),
        date(2026, 2, 15),
        _criterion("permanency-re-finding"),
        MET,
        NOT_MET,
    ),
    Witness(
        "entered_foster_care_date",
        "placement",
        _k2(),
        date(2026, 2, 15),
        _criterion("permanency-re-finding"),
        MET,
        NOT_MET,
    ),
    # B.3: placed 2025-04-09, 30 days after the removal; the finding on 2025-05-20 is day 41
    # after the placement but day 71 after the removal
    Witness(
        "re_prevent_removal_trigger",
        "removal",
        eligible_facts(
            date(2025, 3, 10),
            placements=[placement(date(2025, 4, 9))],
            court_orders=[order(date(2025, 5, 20), CTW, RE_PREVENT, CUSTODY)],
        ),
        date(2025, 7, 31),
        _criterion("re-prevent-removal-order"),
        MET,
        NOT_MET,
    ),
    # K.2: a finding on 2025-11-20; the next is due 2026-11-20 from it (missed: a lapse from
    # 2026-12-01), or 2027-03-15 from the entry anniversary
    Witness(
        "re_finalize_interval_from",
        "entry-anniversary",
        _k2(date(2025, 11, 20)),
        date(2026, 12, 15),
        _criterion("permanency-re-finding"),
        NOT_MET,
        MET,
    ),
    # K.2: due 2026-03-15 and missed; a lapse from 2026-04-01, or from 2026-03-16
    Witness(
        "re_finalize_lapse_start",
        "day-after-due",
        _k2(),
        date(2026, 3, 20),
        _criterion("permanency-re-finding"),
        MET,
        NOT_MET,
    ),
    # E.3: signed 2025-03-10, no petition; day 91 is 2025-06-09, day 180 after placement 09-06
    Witness(
        "vpa_day_90_breach",
        "no-effect-until-180",
        eligible_facts(
            removal={
                "manner": "voluntary_placement_agreement",
                "agreement_signed_on": date(2025, 3, 10),
                "agreement_complete": True,
                "petition_filed_on": None,
            },
            court_orders=[],
        ),
        date(2025, 6, 15),
        _criterion("vpa-legal-authority"),
        NOT_MET,
        MET,
    ),
    # D.3.a: exactly $10,000
    Witness(
        "resource_comparison",
        "not-more-than",
        eligible_facts(removal_home={"resources": "10000"}),
        date(2025, 6, 30),
        _criterion("afdc-resources"),
        NOT_MET,
        MET,
    ),
    # one caretaker, one child: need $331, 185% is $612.35 (round down: $612); gross $612.20;
    # countable 612.20 - 90 - 200 (care of a child under two) = $322.20, under the need
    Witness(
        "gross_limit_rounding",
        "exact",
        eligible_facts(
            removal_home=_parent_income(
                earned="612.20", dependent_care=[{"amount": "200", "under_two": True}]
            )
        ),
        date(2025, 6, 30),
        _criterion("afdc-income"),
        NOT_MET,
        MET,
    ),
    # earned $500: countable 500 - 90 = $410, not under $331; with $30 + 1/3 of the remaining
    # $380 ($126.67), $253.33
    Witness(
        "thirty_and_one_third",
        "colorado-works-counts",
        eligible_facts(
            removal_home={
                **_parent_income(earned="500"),
                "colorado_works_in_prior_four_months": True,
            }
        ),
        date(2025, 6, 30),
        _criterion("afdc-income"),
        NOT_MET,
        MET,
    ),
    # both parents at home with no income (need $439 for two caretakers and a child): deprived
    # by unemployment under D.2.d; not under the 1996 test, 120 hours worked being 100 or more
    Witness(
        "unemployment_deprivation",
        "afdc-up-1996",
        eligible_facts(
            child={"fyit_participant": False},
            removal_home={
                "parents": [
                    {
                        "status": "in_home",
                        "incapacitated": False,
                        "income": {"earned": "0", "unearned": "0"},
                        "unemployment": {
                            "principal_earner": True,
                            "hours_worked": 120,
                            "unemployed_30_days": True,
                            "refused_work": False,
                            "quarters_of_work": 8,
                        },
                    },
                    {
                        "status": "in_home",
                        "incapacitated": False,
                        "income": {"earned": "0", "unearned": "0"},
                    },
                ]
            },
        ),
        date(2025, 6, 30),
        _criterion("afdc-deprivation"),
        MET,
        NOT_MET,
    ),
    # D.4.a: 18 on 2026-07-20, neither a student nor a foster youth in transition
    Witness(
        "age_18_end",
        "end-of-birthday-month",
        eligible_facts(
            child={
                "birth_date": date(2008, 7, 20),
                "education": {"fulltime_student": False},
                "fyit_participant": False,
            }
        ),
        date(2026, 7, 25),
        _criterion("afdc-age"),
        NOT_MET,
        MET,
    ),
    # G.1: proceedings initiated 2025-03-10; the child last lived with the parent to 2024-09-05,
    # before 2024-09-10 (six months before the date) but in September 2024 (six months before
    # the month)
    Witness(
        "relinquishment_living_with",
        "month-based",
        eligible_facts(
            removal={"manner": "relinquishment"},
            removal_home={"lived_with": [{"start": date(2017, 6, 15), "end": date(2024, 9, 5)}]},
        ),
        date(2025, 6, 30),
        _criterion("relinquishment-living-with"),
        NOT_MET,
        MET,
    ),
    # G, B.3: relinquished and placed 2025-03-10; the first ruling sanctioning the removal on
    # 2025-05-05, the reasonable-efforts finding on 2025-06-20: day 46 from the ruling (day 60
    # is 2025-07-04), day 102 from the placement (day 60 was 2025-05-09)
    Witness(
        "relinquishment_removal",
        "placement",
        eligible_facts(
            removal={"manner": "relinquishment", "petition_filed_on": date(2025, 5, 1)},
            court_orders=[
                order(date(2025, 5, 5), CTW, CUSTODY),
                order(date(2025, 6, 20), RE_PREVENT, sanctions_removal=False),
            ],
        ),
        date(2025, 8, 31),
        _criterion("re-prevent-removal-order"),
        MET,
        NOT_MET,
    ),
    # H: with the adult parent from 2025-05-01 to 2025-08-01, then apart again: eligible on
    # the original removal after it, or not (the separation a new removal)
    Witness(
        "mutual_care_interruption",
        "discharge",
        eligible_facts(
            placements=[
                placement(date(2025, 3, 10), date(2025, 5, 1)),
                {
                    **placement(date(2025, 5, 1), date(2025, 8, 1)),
                    "with_parent": {"parent_is_minor": False},
                },
                placement(date(2025, 8, 1)),
            ]
        ),
        date(2025, 9, 30),
        _criterion("mutual-care-placements"),
        MET,
        NOT_MET,
    ),
    # H: with an adult parent in a family-based treatment facility
    Witness(
        "mutual_care_treatment_facility",
        "federal-672(j)",
        eligible_facts(
            removal={
                "mutual_care": {
                    "parent_is_minor": False,
                    "parent_in_family_treatment_facility": True,
                }
            }
        ),
        date(2025, 6, 30),
        _criterion("mutual-care"),
        NOT_MET,
        MET,
    ),
    # A.3.b: provisional from the placement, fully licensed from 2025-05-20
    Witness(
        "provider_claim_start",
        "licence-date",
        eligible_facts(
            placements=[
                {
                    "start": date(2025, 3, 10),
                    "setting": "foster_family_home",
                    "licensing": [
                        {"status": "provisional", "since": date(2025, 3, 10)},
                        {"status": "full", "since": date(2025, 5, 20)},
                    ],
                }
            ]
        ),
        date(2025, 6, 30),
        lambda det: det.criterion("provider-0").met_on,
        date(2025, 5, 1),
        date(2025, 5, 20),
    ),
    # C ¶3: a provisionally certified relative from 2025-03-10: six months run to 2025-09-10
    # (September: 9 days of administrative costs), six calendar months March to August (none)
    Witness(
        "provisional_relative_admin_window",
        "six-calendar-months",
        eligible_facts(
            placements=[
                {
                    "start": date(2025, 3, 10),
                    "setting": "foster_family_home",
                    "relative": True,
                    "pursuing_certification": True,
                    "licensing": [{"status": "provisional", "since": date(2025, 3, 10)}],
                }
            ]
        ),
        date(2025, 9, 30),
        _admin("2025-09"),
        (9, 21, 0),
        (0, 30, 0),
    ),
    # 1356.21(e): at home 2025-06-01 .. 2026-01-14, over six months without the court
    Witness(
        "trial_home_visit_limit",
        "none",
        _home_visit(date(2026, 1, 15)),
        date(2026, 2, 28),
        _criterion("trial-home-visits"),
        NOT_MET,
        NOT_APPLICABLE,
    ),
    # at home on a trial home visit for all of July 2025
    Witness(
        "trial_home_visit_admin",
        "claimable",
        _home_visit(date(2025, 11, 15)),
        date(2025, 12, 31),
        _admin("2025-07"),
        (0, 31, 0),
        (31, 0, 0),
    ),
    # CWPM 8.1 Q6: a provisionally certified non-relative home (no administrative costs, C ¶3)
    # to 2025-05-20, then a fully licensed home: May has 12 claimable days by day (20th-31st);
    # the whole month's 31 eligible days under whole-month
    Witness(
        "admin_cost_partial_month",
        "whole-month",
        eligible_facts(
            placements=[
                {
                    "start": date(2025, 3, 10),
                    "end": date(2025, 5, 20),
                    "setting": "foster_family_home",
                    "relative": False,
                    "pursuing_certification": False,
                    "licensing": [{"status": "provisional", "since": date(2025, 3, 10)}],
                },
                placement(date(2025, 5, 20)),
            ]
        ),
        date(2025, 6, 30),
        _admin("2025-05"),
        (12, 19, 0),
        (31, 0, 0),
    ),
    # J.1: placed 2025-03-10, discharged 2025-04-09: 30 nights in care, 31 days inclusive
    Witness(
        "child_support_placement_days",
        "inclusive",
        eligible_facts(
            child={"fyit_participant": False},
            removal={"discharge_date": date(2025, 4, 9)},
            county={"absent_parent_unknown": False, "referral_not_in_best_interests": False},
        ),
        date(2025, 4, 30),
        lambda funding: funding.child_support.outcome,
        NOT_MET,
        MET,
        funding=True,
    ),
]


def test_every_non_default_reading_has_a_witness() -> None:
    """No option (nor a reading added to one) goes without a scenario showing what it changes."""
    readings = {(o.name, c.value) for o in IVE_OPTIONS for c in o.choices if c.value != o.default}
    assert {(w.option, w.reading) for w in WITNESSES} == readings


@pytest.mark.parametrize("w", WITNESSES, ids=lambda w: f"{w.option}={w.reading}")
def test_the_reading_changes_what_it_is_about(w: Witness) -> None:
    """Under the default the result is ``w.default``; under the reading, ``w.changed``."""
    evaluate = determine_funding if w.funding else determine_iv_e
    assert w.what(evaluate(w.facts, as_of=w.as_of)) == w.default
    assert w.what(evaluate(w.facts, as_of=w.as_of, options={w.option: w.reading})) == w.changed
