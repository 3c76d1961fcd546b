"""The README's main job runs, and its quickstart snippets say what the code does."""

from __future__ import annotations

import shlex

from coregs.cli import main
from tests.test_repository import ROOT, setup_commands


def test_the_main_job_command_runs(capsys, monkeypatch):
    """The first set-up command ends by running coregs; that run succeeds from the repo root."""
    command = setup_commands()[0].split("&& .venv/bin/coregs ", 1)[1]
    monkeypatch.chdir(ROOT)
    assert main(shlex.split(command)) == 0
    out = capsys.readouterr().out
    assert "Overdue" in out and "Next due" in out
