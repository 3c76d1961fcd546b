"""Test configuration: make tests/_regulation.py importable and keep hypothesis modest."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import settings

sys.path.insert(0, str(Path(__file__).parent))

settings.register_profile("ci", max_examples=100, deadline=None)
settings.load_profile("ci")
