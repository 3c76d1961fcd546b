"""Public names of the evaluator: distinct names for distinct things, and the renamed ones."""

from __future__ import annotations

import importlib

import pytest

import coregs
from coregs import eligibility
from coregs.eligibility import FindingKind, RemovalManner
from coregs.eligibility._compliance import FINDING_EVENTS, authorities
from coregs.rules import PlacementAuthority, RemovalAuthority

_SUBPACKAGES = (
    "coregs.calendar",
    "coregs.periods",
    "coregs.rules",
    "coregs.rules.catalog",
    "coregs.compliance",
    "coregs.eligibility",
)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        eligibility.nope  # noqa: B018


def test_the_determination_status_is_exported_from_the_top() -> None:
    assert coregs.DeterminationStatus is eligibility.DeterminationStatus


def test_no_two_public_names_of_the_subpackages_name_different_things() -> None:
    """A name exported by two subpackages is the same object in both (the evaluator's status is
    DeterminationStatus; the compliance finding's status has its own enum)."""
    seen: dict[str, tuple[str, object]] = {}
    for module in _SUBPACKAGES:
        mod = importlib.import_module(module)
        for name in mod.__all__:
            value = getattr(mod, name)
            first = seen.setdefault(name, (module, value))
            assert first[1] is value, f"{name}: {first[0]} and {module} differ"


# -- one vocabulary: the facts' terms mapped enum to enum onto the rules' ----------------------


@pytest.mark.parametrize(
    ("manner", "removed_by", "placed_under"),
    [
        (RemovalManner.COURT_ORDER, RemovalAuthority.COURT_ORDER, PlacementAuthority.COURT_ORDER),
        # 7.601.71.G: "the county shall petition the court to judicially remove the child"
        (
            RemovalManner.RELINQUISHMENT,
            RemovalAuthority.COURT_ORDER,
            PlacementAuthority.COURT_ORDER,
        ),
        (
            RemovalManner.VOLUNTARY_PLACEMENT_AGREEMENT,
            RemovalAuthority.VOLUNTARY_PLACEMENT_AGREEMENT,
            PlacementAuthority.VOLUNTARY_PLACEMENT_AGREEMENT,
        ),
        (
            RemovalManner.VOLUNTARY_SERVICES_AGREEMENT,
            RemovalAuthority.VOLUNTARY_SERVICES_AGREEMENT,
            PlacementAuthority.VOLUNTARY_SERVICES_AGREEMENT,
        ),
    ],
)
def test_each_manner_of_removal_has_its_authorities_in_the_rules_vocabulary(
    manner: RemovalManner, removed_by: RemovalAuthority, placed_under: PlacementAuthority
) -> None:
    assert authorities(manner) == (removed_by, placed_under)


def test_every_finding_kind_is_recorded_as_exactly_one_event() -> None:
    kinds = [k for group, _ in FINDING_EVENTS for k in group]
    assert sorted(kinds) == sorted(FindingKind)
