"""The policy cases of tests/policy: each runs, every rule and criterion has one, and every
case quotes the sentence it checks verbatim.

The cases are YAML files a policy expert can read and extend (the format: docs/testing.md);
``coregs test tests/policy`` runs the same cases from the command line. Every expected value in
them was derived by hand from the quoted sentence, never copied from coregs' output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coregs.eligibility import CRITERIA
from coregs.rules import RULEBOOK, normalise
from coregs.testing import PolicyCase, load_policy_file, policy_files, run_policy_case
from tests._regulation import CCR_FILE, CPO_FILE, text

HERE = Path(__file__).parent
CASES: tuple[PolicyCase, ...] = tuple(
    case for path in policy_files([HERE]) for case in load_policy_file(path)
)

KNOWN_DISAGREEMENTS: dict[tuple[str, int], str] = {}
"""Cases whose hand-derived expectation coregs does not meet yet: reported, never bent. Each
runs as a strict xfail, so a fix shows up as an unexpected pass to clear from this list."""


def _id(case: PolicyCase) -> str:
    return f"{Path(case.source).stem}#{case.index}"


def _param(case: PolicyCase) -> object:
    reason = KNOWN_DISAGREEMENTS.get((Path(case.source).name, case.index))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=_id(case), marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_policy_case(case: PolicyCase) -> None:
    """Each case's expectations hold; a failure shows every mismatch and coregs' reason."""
    result = run_policy_case(case)
    assert result.passed, result.render()


def test_the_known_disagreements_name_real_cases() -> None:
    """A stale entry in KNOWN_DISAGREEMENTS would hide nothing and mislead a reader."""
    names = {(Path(c.source).name, c.index) for c in CASES}
    assert set(KNOWN_DISAGREEMENTS) <= names


def test_every_rule_has_a_case_that_cites_it() -> None:
    """At least one case per rule of the rulebook, citing the rule's own sentence."""
    covered = {
        rule for c in CASES for rule in c.rules_checked if RULEBOOK.get(rule).citation == c.citation
    }
    missing = [r.id for r in RULEBOOK if r.id not in covered]
    assert not missing, missing


def test_every_eligibility_criterion_has_a_case_that_cites_it() -> None:
    """At least one case per criterion of coregs.eligibility.CRITERIA, citing its sentence."""
    missing = [
        spec.id
        for spec in CRITERIA
        if not any(c.citation == spec.citation and spec.id in c.criteria_checked for c in CASES)
    ]
    assert not missing, missing


def _quotable(citation: str) -> tuple[str, ...] | None:
    """The text a citation's quote must appear in; ``None`` for federal text coregs does not
    ship (quoted as the criterion declares it)."""
    if citation.startswith("12 CCR 2509-"):
        return (text(CCR_FILE),)
    if citation.startswith("CPO "):
        return (text(CPO_FILE),)
    declared = [s for s in CRITERIA if s.citation == citation]
    return tuple(normalise(q) for s in declared for q in (s.quote, *s.related)) or None


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_every_case_quotes_its_sentence_verbatim(case: PolicyCase) -> None:
    """The quote is in the regulation (or, for a federal sentence, the one coregs declares)."""
    assert case.quote, "a shipped case quotes the sentence it checks"
    bodies = _quotable(case.citation)
    assert bodies is not None, f"no source text for {case.citation}"
    assert any(normalise(case.quote) in body for body in bodies), case.quote[:80]


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_every_case_says_how_it_was_derived(case: PolicyCase) -> None:
    """A reviewer can redo each case by hand from its description."""
    assert case.description and len(case.description) > 20
