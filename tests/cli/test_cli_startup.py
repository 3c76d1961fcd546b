"""Start-up: each command imports only what it uses (issue 8: "a CLI that starts at once").

No timing here (speed targets live in benchmarks/bench_startup.py); these tests pin the cause
of a slow start instead: which modules a command loads.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from coregs.cli import COMMANDS, build_parser, main
from tests.test_repository import ROOT

HEAVY = ("pydantic", "holidays", "coregs.rules", "coregs.compliance", "coregs.eligibility")


def _loaded_after(argv: list[str]) -> set[str]:
    code = (
        "import sys, contextlib, io\n"
        "from coregs.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main({argv!r})\n"
        "assert status == 0, status\n"
        f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(eval(out.stdout))


@pytest.mark.parametrize(
    "argv",
    [
        ["is-business-day", "2026-03-31"],
        ["due", "2026-11-20", "5 working days"],
        ["calendar", "2026"],
    ],
)
def test_calendar_commands_load_no_pydantic_and_no_rule_catalog(argv: list[str]) -> None:
    assert _loaded_after(argv) == set()


def test_check_loads_the_rules_but_not_the_eligibility_evaluator() -> None:
    loaded = _loaded_after(
        ["check", str(ROOT / "examples" / "case-on-time.json"), "--as-of", "2026-12-01"]
    )
    assert "coregs.compliance" in loaded
    assert "coregs.eligibility" not in loaded


def test_every_command_is_listed_and_registers_its_own_parser() -> None:
    """Each command's module registers exactly the command the table names."""
    for name in COMMANDS:
        parser = build_parser(name)
        sub = next(a for a in parser._actions if a.dest == "command")
        registered = sub.choices[name]  # type: ignore[index]
        others = [sub.choices[n] for n in COMMANDS if n != name]  # type: ignore[index]
        # only the command asked for is a real parser (with --help); the others are names
        assert any(a.dest == "help" for a in registered._actions)
        assert not any(a.dest == "help" for p in others for a in p._actions)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from coregs import __version__

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"coregs {__version__}\n"


def test_an_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["no-such-command"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
