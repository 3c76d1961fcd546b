"""Shared test configuration: hypothesis profile and small helpers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

# Slow shared CI machines: no per-example deadline; counts stay modest so the suite stays fast.
settings.register_profile("coregs", deadline=None, max_examples=150)
# A reviewer's deeper search, not run by CI: pytest tests/property --hypothesis-profile=deep
settings.register_profile("deep", deadline=None, max_examples=2000)
settings.load_profile("coregs")

DATA = Path(__file__).parent / "data"
REGULATION = DATA / "12-CCR-2509-7.601.txt"
OMBUDSMAN = DATA / "ombudsman-case-process.txt"


def d(text: str) -> date:
    """``d("2026-11-20")`` -> ``date(2026, 11, 20)``: keeps tables readable."""
    return date.fromisoformat(text)


@pytest.fixture(scope="session")
def legal():
    from coregs.calendar import colorado_legal_holidays

    return colorado_legal_holidays()


@pytest.fixture(scope="session")
def offices():
    from coregs.calendar import colorado_state_offices

    return colorado_state_offices()
