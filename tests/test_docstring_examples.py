"""Every ``>>>`` example in a docstring of coregs runs and prints what it says."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

import coregs

SRC = Path(coregs.__file__).parent
MODULES = sorted(
    ".".join(("coregs", *path.relative_to(SRC).with_suffix("").parts)).removesuffix(".__init__")
    for path in SRC.rglob("*.py")
    if ">>>" in path.read_text(encoding="utf-8")
)


def test_the_scan_finds_examples():
    assert "coregs.calendar._ical" in MODULES and "coregs.rules" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted and not result.failed
