"""Testing code built on coregs: hypothesis strategies and policy cases written in YAML.

**Strategies** (need the ``hypothesis`` package: ``pip install "coregs[test]"``). Each draws one
coregs value, of the type its name says, and each shows that value in full in a failing example
(a hypothesis ``note`` that only synthetic values get: a real case keeps its privacy ``repr``):

* time: :func:`periods`, :func:`closures`, :func:`calendars` (a shipped calendar plus generated
  local closures), :func:`as_of_dates` (evaluation dates, optionally around a drawn value);
* law as data: :func:`rules` (catalog rules, or county variants of them);
* evaluators' inputs: :func:`events`, :func:`cases` (:class:`~coregs.Case` timelines),
  :func:`iv_e_facts` (:class:`~coregs.IVEFacts`), :func:`iv_e_fact_pairs` (complete facts and
  a copy with some facts unknown, as a :class:`FactPair`), :func:`iv_e_histories` (a child's
  :class:`~coregs.IVEHistory` of episodes).

**Policy cases** (reading files needs ``PyYAML``: ``pip install "coregs[policy]"``): test cases
a policy expert writes in YAML, in the spirit of OpenFisca's YAML tests, run by
:func:`run_policy_files` or ``coregs test FILES...``; the format is ``docs/testing.md``.

Names are imported on first use, so the policy-case runner works without hypothesis.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, str] = {
    "BLANKABLE": "coregs.testing._eligibility",
    "FactPair": "coregs.testing._eligibility",
    "iv_e_fact_pairs": "coregs.testing._eligibility",
    "iv_e_facts": "coregs.testing._eligibility",
    "iv_e_histories": "coregs.testing._eligibility",
    "cases": "coregs.testing._compliance",
    "events": "coregs.testing._compliance",
    "as_of_dates": "coregs.testing._dates",
    "calendars": "coregs.testing._time",
    "closures": "coregs.testing._time",
    "periods": "coregs.testing._time",
    "rules": "coregs.testing._rules",
    "CaseResult": "coregs.testing._runner",
    "Mismatch": "coregs.testing._runner",
    "run_policy_case": "coregs.testing._runner",
    "run_policy_files": "coregs.testing._runner",
    "PolicyCase": "coregs.testing._policy",
    "PolicyCaseError": "coregs.testing._policy",
    "parse_policy_cases": "coregs.testing._policy",
    "load_policy_file": "coregs.testing._files",
    "policy_files": "coregs.testing._files",
}

__all__ = sorted(_EXPORTS)  # noqa: PLE0605 - one list, checked by tests

if TYPE_CHECKING:
    from coregs.testing._compliance import cases as cases, events as events
    from coregs.testing._dates import as_of_dates as as_of_dates
    from coregs.testing._eligibility import (
        BLANKABLE as BLANKABLE,
        FactPair as FactPair,
        iv_e_fact_pairs as iv_e_fact_pairs,
        iv_e_facts as iv_e_facts,
        iv_e_histories as iv_e_histories,
    )
    from coregs.testing._files import (
        load_policy_file as load_policy_file,
        policy_files as policy_files,
    )
    from coregs.testing._policy import (
        PolicyCase as PolicyCase,
        PolicyCaseError as PolicyCaseError,
        parse_policy_cases as parse_policy_cases,
    )
    from coregs.testing._rules import rules as rules
    from coregs.testing._runner import (
        CaseResult as CaseResult,
        Mismatch as Mismatch,
        run_policy_case as run_policy_case,
        run_policy_files as run_policy_files,
    )
    from coregs.testing._time import (
        calendars as calendars,
        closures as closures,
        periods as periods,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'coregs.testing' has no attribute {name!r}")
    try:
        loaded = importlib.import_module(module)
    except ImportError as exc:
        if exc.name is None or exc.name.partition(".")[0] != "hypothesis":
            raise
        raise ImportError(
            f"coregs.testing needs the hypothesis package for {name}: "
            "pip install 'coregs[test]' (or pip install hypothesis)"
        ) from exc
    value = getattr(loaded, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
