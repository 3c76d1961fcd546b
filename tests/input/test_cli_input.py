"""How the CLI reads a case or facts file: a path or standard input (``-``), through the gate;
an error names the path (the caller's own argument) and the cause, never the content."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from coregs.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"
CASE = EXAMPLES / "case-late-and-overdue.json"
FACTS = EXAMPLES / "iv-e-court-ordered.json"


class _Stdin(io.TextIOWrapper):
    """A standard input with a binary buffer, as a real one has."""


def run(capsys, monkeypatch, *argv: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", _Stdin(io.BytesIO(stdin), encoding="utf-8"))
    try:
        status = main(list(argv))
    except SystemExit as exc:
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("command", "path"), [("check", CASE), ("iv-e", FACTS)], ids=["check", "iv-e"]
)
def test_a_dash_reads_standard_input(capsys, monkeypatch, command, path):
    """`coregs check -` and `coregs iv-e -` give what the file gives."""
    argv = (command, "--as-of", "2026-12-01", "--json")
    _, from_file, _ = run(capsys, monkeypatch, *argv[:1], str(path), *argv[1:])
    status, from_stdin, err = run(
        capsys, monkeypatch, *argv[:1], "-", *argv[1:], stdin=path.read_bytes()
    )
    assert (status, err) == (0, "")
    assert json.loads(from_stdin) == json.loads(from_file)


def test_a_text_standard_input_is_read_too(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(CASE.read_text()))
    assert main(["check", "-", "--as-of", "2026-12-01"]) == 0
    assert "Overdue" in capsys.readouterr().out


def _error(capsys, monkeypatch, *argv: str, stdin: bytes | None = None) -> str:
    status, out, err = run(capsys, monkeypatch, *argv, stdin=stdin)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("coregs: error: ")
    return err.removeprefix("coregs: error: ").rstrip("\n")


def test_file_errors_name_the_path_and_the_cause(capsys, monkeypatch, tmp_path):
    as_of = ("--as-of", "2026-12-01")
    missing = tmp_path / "nope.json"
    assert _error(capsys, monkeypatch, "check", str(missing), *as_of) == (
        f"case file {missing}: not found"
    )
    assert _error(capsys, monkeypatch, "iv-e", str(tmp_path), *as_of) == (
        f"facts file {tmp_path}: is a directory, not a file"
    )
    latin = tmp_path / "latin1.json"
    latin.write_bytes('{"case_ref": "Zoë"}'.encode("latin-1"))
    assert _error(capsys, monkeypatch, "check", str(latin), *as_of) == (
        f"case file {latin}: not UTF-8 text (byte 16)"
    )
    broken = tmp_path / "broken.json"
    broken.write_text('{"case_ref": "Zebediah Quuxington"')
    assert _error(capsys, monkeypatch, "check", str(broken), *as_of) == (
        f"case file {broken}: not valid JSON: Expecting ',' delimiter (line 1, column 35)"
    )
    assert _error(capsys, monkeypatch, "iv-e", "-", *as_of, stdin=b"\xff") == (
        "facts file (standard input): not UTF-8 text (byte 0)"
    )


def test_an_unreadable_file_says_so(capsys, monkeypatch, tmp_path):
    """(Root reads any file, so the permission error is simulated.)"""
    path = tmp_path / "locked.json"
    path.write_text("{}")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    assert _error(capsys, monkeypatch, "check", str(path), "--as-of", "2026-12-01") == (
        f"case file {path}: not readable (permission denied)"
    )


def test_a_file_over_a_limit_is_refused_unread_and_the_flag_raises_it(
    capsys, monkeypatch, tmp_path
):
    size = CASE.stat().st_size

    def unread(self: Path) -> bytes:
        raise AssertionError("read a file over the byte limit")

    with monkeypatch.context() as patch:
        patch.setattr(Path, "read_bytes", unread)
        message = _error(
            capsys,
            monkeypatch,
            "check",
            str(CASE),
            "--as-of",
            "2026-12-01",
            "--limit",
            "max_bytes=100",
        )
    assert message == (
        f"case file {CASE}: more than 100 bytes (limit max_bytes); --limit max_bytes=N raises it"
    )
    status, _, _ = run(
        capsys,
        monkeypatch,
        "check",
        str(CASE),
        "--as-of",
        "2026-12-01",
        "--limit",
        f"max_bytes={size}",
    )
    assert status == 0
    message = _error(
        capsys, monkeypatch, "check", "-", "--as-of", "2026-12-01", "--limit", "max_items=10",
        stdin=CASE.read_bytes(),
    )  # fmt: skip
    assert message.endswith("(limit max_items); --limit max_items=N raises it")
    message = _error(
        capsys, monkeypatch, "iv-e", "-", "--as-of", "2026-12-01", "--limit", "max_bytes=10",
        stdin=FACTS.read_bytes(),
    )  # fmt: skip
    assert message.startswith("facts file (standard input): more than 10 bytes")


@pytest.mark.parametrize("flag", ["max_bytes", "max_bytes=x", "maxbytes=10", "max_bytes=0"])
def test_a_bad_limit_flag_is_a_usage_error(capsys, monkeypatch, flag):
    message = _error(
        capsys, monkeypatch, "check", str(CASE), "--as-of", "2026-12-01", "--limit", flag
    )
    assert "max_bytes" in message


def test_closures_files_go_through_the_gate_too(capsys, monkeypatch, tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 50 + "]" * 50)
    message = _error(
        capsys, monkeypatch, "due", "2026-11-20", "5 working days", "--closures", str(deep)
    )
    assert message == f"--closures {deep}: more than 32 levels of nesting (limit max_depth)"
    assert (
        _error(
            capsys,
            monkeypatch,
            "due",
            "2026-11-20",
            "5 working days",
            "--closures",
            str(tmp_path / "x"),
        )
        == f"--closures {tmp_path / 'x'}: not found"
    )
