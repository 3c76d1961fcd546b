"""The public surface: every exported name resolves, is documented, and import stays cheap."""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import coregs

INIT = Path(coregs.__file__)


@pytest.mark.parametrize("name", coregs.__all__)
def test_every_public_name_resolves_and_has_a_docstring(name):
    obj = getattr(coregs, name)
    doc = inspect.getdoc(obj)
    assert doc and len(doc) > 15, f"{name} needs a docstring"


def test_all_is_sorted_and_matches_the_type_checking_block():
    """The lazy map and the static re-exports (for type checkers) must list the same names."""
    tree = ast.parse(INIT.read_text())
    static = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.If)
        for stmt in node.body
        if isinstance(stmt, ast.ImportFrom) and stmt.module != "typing"
        for alias in stmt.names
    }
    assert static == set(coregs.__all__)
    assert coregs.__all__ == sorted(coregs.__all__)


def test_unknown_attributes_raise_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        coregs.nope  # noqa: B018


def test_import_coregs_does_not_pay_for_what_it_does_not_use():
    """`import coregs` loads neither pydantic nor python-holidays; nor does the calendar."""
    code = (
        "import sys, coregs; a = {'pydantic', 'holidays'} & set(sys.modules);"
        "import coregs.calendar, coregs.periods; b = {'pydantic', 'holidays'} & set(sys.modules);"
        "print(sorted(a), sorted(b))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[] []"


@pytest.mark.parametrize("module", ["coregs.calendar", "coregs.periods"])
def test_subpackage_all_names_are_documented(module):
    mod = __import__(module, fromlist=["__all__"])
    for name in mod.__all__:
        obj = getattr(mod, name)
        if callable(obj) or inspect.isclass(obj):
            assert inspect.getdoc(obj), f"{module}.{name} needs a docstring"


@pytest.mark.parametrize(
    ("module", "old", "new"),
    [
        ("coregs", "Status", "ComplianceStatus"),
        ("coregs.compliance", "Status", "ComplianceStatus"),
        ("coregs.eligibility", "Status", "DeterminationStatus"),
        ("coregs.eligibility", "EligibilityDeadline", "TimeLimit"),
    ],
)
def test_a_renamed_name_is_the_new_object_and_warns_once_per_process(
    module: str, old: str, new: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/releases.md: an old name "warns when used: a DeprecationWarning naming the
    replacement ... (an old name resolved from coregs warns on access, once per process)", and
    "A renamed name is kept as an alias of the new one (the same object, so isinstance and is
    hold across the two names)". One mechanism for every package (coregs._deprecated)."""
    package = importlib.import_module(module)
    monkeypatch.delitem(vars(package), old, raising=False)  # as if first used here
    with pytest.warns(
        DeprecationWarning, match=rf"{module}\.{old} is deprecated; use {module}\.{new}$"
    ):
        value = getattr(package, old)
    assert value is getattr(package, new)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert getattr(package, old) is value  # the second access: no warning
    assert old not in package.__all__
