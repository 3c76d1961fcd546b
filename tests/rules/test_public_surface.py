"""The rules, compliance and testing subpackages document every public name."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import pytest

import coregs


@pytest.mark.parametrize(
    "module", ["coregs.rules", "coregs.compliance", "coregs.eligibility", "coregs.testing"]
)
def test_every_public_name_is_documented(module: str) -> None:
    """Each class and function a subpackage exports has a real docstring."""
    mod = importlib.import_module(module)
    for name in mod.__all__:
        obj = getattr(mod, name)
        if callable(obj) or inspect.isclass(obj):
            doc = inspect.getdoc(obj)
            assert doc and len(doc) > 15, f"{module}.{name} needs a docstring"


@pytest.mark.parametrize(
    "name",
    [
        "Rule",
        "Rulebook",
        "Deadline",
        "Case",
        "Finding",
        "check_case",
        "entered_foster_care_date",
        "IVEFacts",
        "IVEDetermination",
        "FundingDetermination",
        "NeedStandard",
        "determine_iv_e",
        "determine_funding",
        "afdc_budget",
        "iv_e_compliance",
    ],
)
def test_rule_facing_names_cite_what_they_implement_or_point_to_it(name: str) -> None:
    """Public names that implement the regulation say where (a citation) or how to read it."""
    doc = inspect.getdoc(getattr(coregs, name)) or ""
    assert any(word in doc for word in ("7.601", "CFR", "rule", "Rule")), name


def test_the_top_level_exports_the_main_job() -> None:
    """``from coregs import RULEBOOK, Case, check_case`` is all a county system needs."""
    assert coregs.RULEBOOK.get("7.601.71.I.1").id == "ive-initial-determination"
    assert coregs.check_case is importlib.import_module("coregs.compliance").check_case


def test_testing_needs_hypothesis_and_says_so() -> None:
    """Without hypothesis, the strategies say what to install; the policy-case runner, which
    needs no hypothesis, still imports."""
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "from coregs.testing import run_policy_case, parse_policy_cases\n"
        "try:\n    from coregs.testing import cases\n"
        "except ImportError as e:\n    print(e)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "coregs.testing needs the hypothesis package" in out.stdout
    assert "pip install" in out.stdout
