"""Hypothesis strategies for Title IV-E facts.

:func:`iv_e_facts` draws a valid facts document (a JSON-like dict that passes
:meth:`coregs.eligibility.IVEFacts.parse`) with an evaluation date; :func:`iv_e_fact_pairs`
draws complete facts together with a copy in which some facts are unknown (left out), for the
property that supplying a missing fact never changes a decided criterion.
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from hypothesis import strategies as st

from coregs.eligibility import EpisodeStart, IVEFacts, IVEHistory
from coregs.testing._show import as_code, parser, shown

__all__ = ["BLANKABLE", "FactPair", "iv_e_fact_pairs", "iv_e_facts", "iv_e_histories"]

_FINDINGS = (
    "contrary_to_welfare",
    "best_interests",
    "reasonable_efforts_to_prevent_removal",
    "emergency_lack_of_services_reasonable",
    "reasonable_efforts_not_required",
    "custody_to_county",
    "continued_placement_best_interests",
    "reasonable_efforts_to_finalize",
    "abuse_or_neglect_adjudicated",
)
_MANNERS = (
    "court_order",
    "voluntary_placement_agreement",
    "voluntary_services_agreement",
    "relinquishment",
)
_SETTINGS = (
    "foster_family_home",
    "foster_family_home",
    "child_care_institution",
    "supervised_independent_living",
    "detention",
    "other_non_ive_facility",
)
_RELATIONSHIPS = (
    "parent",
    "parent",
    "stepparent",
    "grandparent",
    "sibling",
    "aunt_or_uncle",
    "other_specified_relative",
    "non_relative_guardian",
    "non_relative",
)

BLANKABLE: tuple[str, ...] = (
    "child.birth_date",
    "child.citizenship",
    "child.citizenship_verified",
    "child.colorado_resident",
    "child.fyit_participant",
    "child.education",
    "child.education.fulltime_student",
    "child.education.expected_completion",
    "removal.manner",
    "removal.removal_date",
    "removal.agreement_signed_on",
    "removal.agreement_complete",
    "removal.emergency",
    "removal.constructive_removal.resided_with_non_parent_caretaker",
    "removal.constructive_removal.remains_with_caretaker_as_provider",
    "removal.mutual_care.parent_is_minor",
    "removal.mutual_care.parent_ive_eligible",
    "removal.mutual_care.parent_in_family_treatment_facility",
    "placements[*].with_parent.parent_is_minor",
    "placements[*].with_parent.parent_in_family_treatment_facility",
    "court_orders[*].sanctions_removal",
    "court_orders[*].documentation",
    "court_orders[*].wording",
    "placements[*].setting",
    "placements[*].relative",
    "placements[*].pursuing_certification",
    "placements[*].licensing",
    "removal_home.relationship",
    "removal_home.lived_with",
    "removal_home.parents",
    "removal_home.parents[*].status",
    "removal_home.parents[*].incapacitated",
    "removal_home.parents[*].income",
    "removal_home.parents[*].income.earned",
    "removal_home.parents[*].income.unearned",
    "removal_home.members[*].receives_ssi",
    "removal_home.members[*].receives_foster_care_or_adoption_payment",
    "removal_home.members[*].income",
    "removal_home.members[*].income.earned",
    "removal_home.members[*].income.student",
    "removal_home.members[*].dependents_outside_unit",
    "removal_home.members[*].support_paid_outside",
    "removal_home.child_income",
    "removal_home.child_support_received",
    "removal_home.resources",
    "removal_home.colorado_works_in_prior_four_months",
)
"""The facts that are unknown when absent (see :mod:`coregs.eligibility._facts`): statuses,
yes/no facts, amounts and the dates of things that must have happened. Dates of events that
may not have happened (a discharge, a petition, a county act) and lists that are complete
records (court orders, placements, household members) are not among them."""

_DAY = timedelta(days=1)


def _iso(d: date) -> str:
    return d.isoformat()


@st.composite
def _money(draw: st.DrawFn, top: int = 3000) -> str:
    cents = draw(st.integers(0, top * 100))
    return str(Decimal(cents) / 100)


@st.composite
def _income(draw: st.DrawFn) -> dict[str, Any]:
    out: dict[str, Any] = {
        "earned": draw(st.sampled_from(["0", "0"]) | _money(1500)),
        "unearned": draw(st.sampled_from(["0"]) | _money(600)),
        "student": draw(st.booleans()),
    }
    if draw(st.booleans()):
        out["dependent_care"] = [
            {"amount": draw(_money(300)), "under_two": draw(st.booleans())}
            for _ in range(draw(st.integers(1, 2)))
        ]
    return out


@st.composite
def _removal_home(draw: st.DrawFn, month: date) -> dict[str, Any]:
    lived = []
    for _ in range(draw(st.integers(1, 2))):
        end = month + timedelta(days=draw(st.integers(-400, 40)))
        start = end - timedelta(days=draw(st.integers(1, 2000)))
        lived.append(
            {"start": _iso(start), "end": _iso(end)} if draw(st.booleans()) else {"end": _iso(end)}
        )
    parents = []
    for _ in range(draw(st.integers(1, 2))):
        parent: dict[str, Any] = {
            "status": draw(st.sampled_from(["in_home", "in_home", "absent", "deceased"])),
            "incapacitated": draw(st.booleans()),
            "income": draw(_income()),
        }
        if draw(st.booleans()):
            parent["unemployment"] = {
                "principal_earner": draw(st.booleans()),
                "hours_worked": draw(st.integers(0, 200)),
                "unemployed_30_days": draw(st.booleans()),
                "refused_work": draw(st.booleans()),
                "quarters_of_work": draw(st.integers(0, 13)),
                "unemployment_insurance": draw(st.booleans()),
            }
        parents.append(parent)
    members = []
    for _ in range(draw(st.integers(0, 3))):
        members.append(
            {
                "role": draw(
                    st.sampled_from(
                        ["sibling", "sibling", "stepparent", "parent_of_minor_parent", "other"]
                    )
                ),
                "receives_ssi": draw(st.booleans()),
                "receives_foster_care_or_adoption_payment": draw(st.booleans()),
                "income": draw(_income()),
                "dependents_outside_unit": draw(st.integers(0, 3)),
                "support_paid_outside": draw(_money(400)),
            }
        )
    return {
        "relationship": draw(st.sampled_from(_RELATIONSHIPS)),
        "lived_with": lived,
        "parents": parents,
        "members": members,
        "child_income": draw(_income()),
        "child_support_received": draw(_money(400)),
        "resources": draw(st.sampled_from(["10000", "9999.99", "10000.01"]) | _money(15000)),
        "colorado_works_in_prior_four_months": draw(st.booleans()),
    }


@st.composite
def _mutual_care(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "parent_is_minor": draw(st.booleans()),
        "parent_ive_eligible": draw(st.booleans()),
        "parent_in_family_treatment_facility": draw(st.booleans()),
    }


@st.composite
def _separate(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Now and then, a finding of the order documented or worded its own way."""
    if draw(st.integers(0, 4)):
        return []
    own: dict[str, Any] = {"kind": draw(st.sampled_from(_FINDINGS))}
    if draw(st.booleans()):
        own["documentation"] = draw(st.sampled_from(["transcript", "affidavit"]))
    if draw(st.booleans()):
        own["wording"] = draw(st.sampled_from(["case_specific", "funding_purposes_only"]))
    return [own]


@st.composite
def _facts(draw: st.DrawFn) -> dict[str, Any]:
    base = draw(st.dates(date(2015, 6, 1), date(2026, 6, 1)))
    manner = draw(st.sampled_from(_MANNERS))
    voluntary = manner.startswith("voluntary")
    first = base + timedelta(days=draw(st.integers(0, 3)))
    # placements, with trial home visits in some of the gaps between them
    placements: list[dict[str, Any]] = []
    visits: list[dict[str, Any]] = []
    start = first
    for k in range(draw(st.integers(1, 4))):
        length = draw(st.integers(5, 500))
        end = start + timedelta(days=length)
        licensing = []
        since = start - timedelta(days=draw(st.integers(0, 400)))
        for _ in range(draw(st.integers(0, 3))):
            licensing.append(
                {
                    "status": draw(st.sampled_from(["full", "full", "provisional", "none"])),
                    "since": _iso(since),
                }
            )
            since += timedelta(days=draw(st.integers(1, 200)))
        placements.append(
            {
                "start": _iso(start),
                "end": _iso(end),
                "setting": draw(st.sampled_from(_SETTINGS)),
                "relative": draw(st.booleans()),
                "pursuing_certification": draw(st.booleans()),
                "licensing": licensing,
            }
        )
        if k > 0 and draw(st.integers(0, 6)) == 0:  # mutual care from a later placement
            placements[-1]["with_parent"] = draw(_mutual_care())
        start = end
        if k < 3 and draw(st.booleans()):
            visit_end = start + timedelta(days=draw(st.integers(20, 260)))
            visit: dict[str, Any] = {"start": _iso(start), "end": _iso(visit_end)}
            if draw(st.booleans()):
                visit["court_authorized_until"] = _iso(
                    start + timedelta(days=draw(st.integers(150, 300)))
                )
            visits.append(visit)
            start = visit_end
    discharged = draw(st.booleans())
    if not discharged:
        placements[-1].pop("end")
        if visits and visits[-1]["end"] > placements[-1]["start"]:
            visits.pop()
    signed = base - timedelta(days=draw(st.integers(0, 5)))
    petition = (
        _iso(base + timedelta(days=draw(st.integers(-3, 200)))) if draw(st.booleans()) else None
    )
    orders = []
    for _ in range(draw(st.integers(0 if voluntary else 1, 6))):
        orders.append(
            {
                "date": _iso(base + timedelta(days=draw(st.integers(-2, 900)))),
                "sanctions_removal": draw(st.booleans()),
                "documentation": draw(
                    st.sampled_from(
                        ["signed_order", "signed_order", "transcript", "nunc_pro_tunc", "affidavit"]
                    )
                ),
                "wording": draw(
                    st.sampled_from(
                        [
                            "case_specific",
                            "case_specific",
                            "funding_purposes_only",
                            "state_law_reference_only",
                        ]
                    )
                ),
                "findings": draw(st.lists(st.sampled_from(_FINDINGS), max_size=4, unique=True)),
                "separate_findings": draw(_separate()),
            }
        )
    removal: dict[str, Any] = {
        "manner": manner,
        "removal_date": _iso(base),
        "emergency": draw(st.booleans()),
        "agreement_signed_on": _iso(signed),
        "agreement_complete": draw(st.booleans()),
    }
    if petition is not None:
        removal["petition_filed_on"] = petition
    if draw(st.integers(0, 5)) == 0:
        removal["constructive_removal"] = {
            "resided_with_non_parent_caretaker": draw(st.booleans()),
            "remains_with_caretaker_as_provider": draw(st.booleans()),
        }
    if draw(st.integers(0, 8)) == 0:
        removal["mutual_care"] = draw(_mutual_care())
    if discharged:
        removal["discharge_date"] = placements[-1]["end"]
    born = base - timedelta(days=draw(st.integers(0, 20 * 366)))
    child: dict[str, Any] = {
        "birth_date": _iso(born),
        "citizenship": draw(
            st.sampled_from(
                [
                    "us_citizen",
                    "us_citizen",
                    "naturalized_citizen",
                    "qualified_non_citizen",
                    "other_non_citizen",
                ]
            )
        ),
        "citizenship_verified": draw(st.booleans()),
        "colorado_resident": draw(st.booleans()),
        "fyit_participant": draw(st.booleans()),
        "education": {
            "fulltime_student": draw(st.booleans()),
            "expected_completion": _iso(
                born + timedelta(days=draw(st.integers(17 * 365, 20 * 365)))
            ),
        },
    }
    facts: dict[str, Any] = {
        "child": child,
        "removal": removal,
        "court_orders": orders,
        "placements": placements,
        "trial_home_visits": visits,
        "removal_home": draw(_removal_home(base)),
        "county": {
            "determined_on": _iso(first + timedelta(days=draw(st.integers(0, 90)))),
            "absent_parent_unknown": draw(st.booleans()),
            "referral_not_in_best_interests": draw(st.booleans()),
        },
        "ssi": {"believed_eligible": draw(st.booleans()), "chrp_waiver": draw(st.booleans())},
        "emergency_assistance": {
            "case_opened_on": _iso(base),
            "emergency": draw(st.booleans()),
            "lived_with_relative_within_six_months": draw(st.booleans()),
            "family_gross_annual_income": draw(_money(90000)),
        },
    }
    if draw(st.booleans()):
        facts = _healthy(draw, facts, base, first)
    return facts


def _healthy(draw: st.DrawFn, facts: dict[str, Any], base: date, first: date) -> dict[str, Any]:
    """The same facts made eligible on their face, then a few sections put back as drawn, so
    that eligible, ineligible and undetermined cases are all common."""
    good = copy.deepcopy(facts)
    manner = good["removal"]["manner"]
    good["removal"]["agreement_complete"] = True
    good["removal"].pop("constructive_removal", None)
    good["removal"].pop("mutual_care", None)
    if manner.startswith("voluntary"):
        good["removal"]["petition_filed_on"] = _iso(base + timedelta(days=draw(st.integers(1, 90))))
    ok = {"documentation": "signed_order", "wording": "case_specific"}
    orders = [
        {
            "date": _iso(first),
            "sanctions_removal": not manner.startswith("voluntary"),
            **ok,
            "findings": ["contrary_to_welfare", "custody_to_county"],
        },
        {
            "date": _iso(first + timedelta(days=draw(st.integers(0, 60)))),
            "sanctions_removal": False,
            **ok,
            "findings": [
                "reasonable_efforts_to_prevent_removal",
                "continued_placement_best_interests",
                "abuse_or_neglect_adjudicated",
            ],
        },
    ]
    day = first
    for _ in range(draw(st.integers(0, 4))):
        day += timedelta(days=draw(st.integers(200, 420)))
        orders.append(
            {
                "date": _iso(day),
                "sanctions_removal": False,
                **ok,
                "findings": ["reasonable_efforts_to_finalize"],
            }
        )
    good["court_orders"] = orders
    born = base - timedelta(days=draw(st.integers(365, 15 * 365)))
    good["child"].update(
        birth_date=_iso(born),
        citizenship="us_citizen",
        citizenship_verified=True,
        colorado_resident=True,
    )
    for p in good["placements"]:
        p.pop("with_parent", None)
        p["setting"] = draw(st.sampled_from(["foster_family_home", "child_care_institution"]))
        p["licensing"] = [
            {"status": "full", "since": _iso(date.fromisoformat(p["start"]) - timedelta(days=30))}
        ]
    zero = {"earned": "0", "unearned": "0", "student": False}
    good["removal_home"] = {
        "relationship": "parent",
        "lived_with": [{"end": _iso(base)}],
        "parents": [
            {
                "status": "in_home",
                "incapacitated": False,
                "income": dict(zero, earned=draw(_money(300))),
            },
            {"status": "absent"},
        ],
        "members": [],
        "child_income": zero,
        "child_support_received": "0",
        "resources": draw(_money(9000)),
        "colorado_works_in_prior_four_months": False,
    }
    for section in draw(
        st.lists(
            st.sampled_from(["child", "court_orders", "removal_home"]),
            max_size=2,
            unique=True,
        )
    ):
        good[section] = facts[section]
    return good


def iv_e_facts() -> st.SearchStrategy[IVEFacts]:
    """Valid :class:`~coregs.IVEFacts`: one removal episode, every fact known.

    Orders, placements, visits and the removal home vary widely, including findings documented
    unacceptably, provisional licences, detention stays and long visits; about half the episodes
    are made eligible on their face and then have a section or two put back as drawn, so that
    eligible, ineligible and undetermined determinations are all common. Evaluate them on
    ``as_of_dates(around=facts)``.
    """
    return _facts().map(parser("IVEFacts", IVEFacts.parse, "facts"))


def _paths(doc: dict[str, Any], pattern: str) -> list[tuple[Any, str]]:
    """The (container, key) pairs ``pattern`` names in ``doc`` (``[*]``: every list item)."""
    found: list[tuple[Any, str]] = [(doc, "")]
    parts = pattern.split(".")
    for depth, part in enumerate(parts):
        many = part.endswith("[*]")
        key = part.removesuffix("[*]")
        last = depth == len(parts) - 1
        nxt: list[tuple[Any, str]] = []
        for node, _ in found:
            if not isinstance(node, dict) or key not in node:
                continue
            if last and not many:
                nxt.append((node, key))
            elif many:
                items = node[key]
                nxt.extend((item, "") for item in items if isinstance(item, dict))
            else:
                nxt.append((node[key], ""))
        found = nxt
    return [(node, key) for node, key in found if key]


class FactPair(NamedTuple):
    """Complete facts and a copy of them with some facts left out (unknown).

    Attributes:
        complete: every fact known.
        partial: the same episode with some :data:`BLANKABLE` facts left out.
    """

    complete: IVEFacts
    partial: IVEFacts


@st.composite
def _pairs(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    complete = draw(_facts())
    partial = copy.deepcopy(complete)
    for pattern in draw(st.lists(st.sampled_from(BLANKABLE), min_size=1, max_size=4, unique=True)):
        for node, key in _paths(partial, pattern):
            if draw(st.booleans()):
                node.pop(key, None)
    return complete, partial


def _facts_code(facts: IVEFacts) -> str:
    return as_code("IVEFacts.parse", facts.model_dump(mode="json", exclude_none=True))


def _pair_code(pair: FactPair) -> str:
    return f"FactPair(\n{_facts_code(pair.complete)},\n{_facts_code(pair.partial)},\n)"


def _pair(data: tuple[dict[str, Any], dict[str, Any]]) -> FactPair:
    return FactPair(IVEFacts.parse(data[0]), IVEFacts.parse(data[1]))


def iv_e_fact_pairs() -> st.SearchStrategy[FactPair]:
    """A :class:`FactPair`: facts, and the same facts with some left out (unknown). Only
    :data:`BLANKABLE` facts are left out; evaluate both on ``as_of_dates(around=pair)``."""
    return _pairs().map(_pair).map(shown("facts pair", _pair_code))


# -- histories ------------------------------------------------------------------------------------


def _shifted(doc: Any, days: int) -> Any:
    """``doc`` with every date (an ISO string) moved by ``days``."""
    if isinstance(doc, dict):
        return {k: _shifted(v, days) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_shifted(v, days) for v in doc]
    if isinstance(doc, str) and len(doc) == 10 and doc[4] == doc[7] == "-":
        return _iso(date.fromisoformat(doc) + timedelta(days=days))
    return doc


def _first(episode: dict[str, Any]) -> date:
    return date.fromisoformat(episode["placements"][0]["start"])


def _end_stay(episode: dict[str, Any], draw: st.DrawFn) -> date:
    """Close the episode's last placement (if open) and drop what follows it; its last day."""
    last = episode["placements"][-1]
    if "end" not in last:
        last["end"] = _iso(
            date.fromisoformat(last["start"]) + timedelta(days=draw(st.integers(5, 400)))
        )
    end = last["end"]
    episode["trial_home_visits"] = [v for v in episode["trial_home_visits"] if v["end"] <= end]
    episode["removal"].pop("discharge_date", None)
    return date.fromisoformat(end)


@st.composite
def _next(draw: st.DrawFn, before: dict[str, Any]) -> dict[str, Any]:
    """An episode after ``before`` (changed in place to lead to it): a new removal after a
    discharge, a return after a trial home visit past six months, or a youth's agreement."""
    begins = draw(st.sampled_from(list(EpisodeStart)))
    ended = _end_stay(before, draw)
    if begins is EpisodeStart.NEW_REMOVAL:
        before["removal"]["discharge_date"] = _iso(ended)
        first = ended + timedelta(days=draw(st.integers(1, 400)))
    elif begins is EpisodeStart.RETURN_AFTER_TRIAL_HOME_VISIT:
        first = ended + timedelta(days=draw(st.integers(150, 300)))  # past six months, or not
        before["trial_home_visits"].append({"start": _iso(ended), "end": _iso(first)})
    else:
        first = ended
    drawn = draw(_facts())
    after: dict[str, Any] = _shifted(drawn, (first - _first(drawn)).days)
    after.pop("child")
    after.pop("emergency_assistance", None)
    if begins is EpisodeStart.FYIT_CONTINUATION:
        after["removal"]["manner"] = "voluntary_services_agreement"
        after["child"] = {"fyit_participant": True}
        if draw(st.booleans()):
            after.pop("removal_home")  # carried over, not asked again
    after["begins"] = begins.value
    return after


@st.composite
def _history(draw: st.DrawFn) -> dict[str, Any]:
    first = draw(_facts())
    child = first.pop("child")
    first.pop("emergency_assistance", None)
    episodes = [first]
    for _ in range(draw(st.integers(0, 2))):
        episodes.append(draw(_next(episodes[-1])))
    if draw(st.integers(0, 3)) == 0:  # an open case before the first removal
        day = _first(first) - timedelta(days=draw(st.integers(1, 300)))
        episodes.insert(0, {"candidacy_determined_on": [_iso(day)]})
    return {"case_ref": "HIST-1", "child": child, "episodes": episodes}


def iv_e_histories() -> st.SearchStrategy[IVEHistory]:
    """Valid :class:`~coregs.IVEHistory` values: a child and one to three removal episodes, as
    :func:`iv_e_facts` draws them, each later one a new removal after a discharge, a return
    after a trial home visit (past its six months, or not), or a youth's voluntary services
    agreement continuing the stay (its removal home sometimes left out, to be carried over);
    now and then an open case with a candidacy determination first. Evaluate them on
    ``as_of_dates(around=history)``."""
    return _history().map(parser("IVEHistory", IVEHistory.parse, "history"))
