"""docs/integration.md: the example inputs it names stay the same cases as the example files
(its Python examples run in tests/test_doc_examples.py)."""

from __future__ import annotations

import json

import pytest

from tests.test_repository import ROOT


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
