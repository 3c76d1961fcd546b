"""The examples run and say what they claim."""

from __future__ import annotations

import runpy
from pathlib import Path

from coregs.cli import main

EXAMPLES = Path(__file__).parent.parent / "examples"


def test_calendar_walkthrough_runs(capsys):
    runpy.run_path(str(EXAMPLES / "calendar_walkthrough.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "Cesar Chavez Day (C.R.S. 24-11-112)" in out
    assert "Snow closure [local closure; county emergency notice]" in out
    assert "Due 2026-12-04 (Friday)." in out


def test_county_closures_file_is_a_valid_layer(capsys):
    status = main(
        [
            "due",
            "2026-11-25",
            "5 working days",
            "--closures",
            str(EXAMPLES / "county-closures.json"),
        ]
    )
    out = capsys.readouterr().out
    assert status == 0
    assert "Day after Thanksgiving (county offices closed)" in out
    assert out.strip().endswith("Due 2026-12-04 (Friday).")  # Fri 27th closed too
