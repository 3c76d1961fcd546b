"""The repository's promises: README's two commands, CI running the same one, source texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import OMBUDSMAN, REGULATION

ROOT = Path(__file__).parent.parent
SHARED = ROOT.parent / "shared" / "regulation"


def setup_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_exactly_two_setup_commands():
    commands = setup_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text()
    assert setup_commands()[1] in ci.splitlines()


@pytest.mark.parametrize("copy", [REGULATION, OMBUDSMAN])
def test_the_vendored_source_texts_match_the_shared_ones(copy):
    original = SHARED / copy.name
    if not original.exists():
        pytest.skip("../shared is not present (a clean CI checkout)")
    assert copy.read_bytes() == original.read_bytes()
