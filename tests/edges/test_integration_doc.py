"""docs/integration.md: its Python examples run and print what they show, and the example
inputs it names stay the same cases as the example files."""

from __future__ import annotations

import doctest
import json

import pytest

from tests.test_repository import ROOT


def test_the_examples_in_integration_md_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(
        str(ROOT / "docs" / "integration.md"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS,
        raise_on_error=False,
    )
    assert result.attempted >= 8
    assert result.failed == 0


@pytest.mark.parametrize(
    ("lines", "files"),
    [
        ("cases.jsonl", ["case-on-time.json", "case-late-and-overdue.json"]),
        (
            "iv-e-facts.jsonl",
            ["iv-e-court-ordered.json", "iv-e-voluntary-lapsed.json", "iv-e-undetermined.json"],
        ),
    ],
)
def test_the_json_lines_examples_are_the_example_files(lines: str, files: list[str]) -> None:
    examples = ROOT / "examples"
    got = [json.loads(x) for x in (examples / lines).read_text().splitlines()]
    assert got == [json.loads((examples / f).read_text()) for f in files]
