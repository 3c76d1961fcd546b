"""tools/mutate.py's own rule for ``@overload`` stubs (docs/mutation.md): a stub's defaults and
body never run, so no mutant is made there; the implementation's are mutated as usual."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SOURCE = """\
import typing
from typing import overload

@overload
def f(x: int, *, errors: str = "raise") -> int: ...
@typing.overload
def f(x: str, *, errors: str = "raise", n: int = 1) -> str: ...
def f(x, *, errors="coerce", n=1):
    return x
"""


def _tool(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "tools" / "mutate.py"
    spec = importlib.util.spec_from_file_location("coregs_mutate_tool", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_no_mutant_inside_an_overload_stub(monkeypatch):
    made = {(m.line, m.description) for m in _tool(monkeypatch).mutants(SOURCE)}
    assert made == {(8, "'coerce' changed"), (8, "1 -> 2"), (9, "return None")}
