"""examples/caseload.ipynb runs (issue 11.3): each code cell in order, in one namespace, from
the examples folder, and each cell's last expression is displayed as a notebook would."""

from __future__ import annotations

import ast
import json
from typing import Any

import pytest

from tests.test_repository import ROOT

NOTEBOOK = ROOT / "examples" / "caseload.ipynb"


def _display(value: Any) -> str:
    """What Jupyter shows for a value: its HTML if it has one, else its repr."""
    html = getattr(value, "_repr_html_", None)
    return html() if callable(html) else repr(value)


def _run(source: str, namespace: dict[str, Any]) -> Any:
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, str(NOTEBOOK), "exec"), namespace)
    if last is None:
        return None
    return eval(compile(ast.Expression(last.value), str(NOTEBOOK), "eval"), namespace)


def test_the_example_notebook_runs_and_shows_what_it_says(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPLBACKEND", "Agg")  # no screen: draw to memory
    monkeypatch.chdir(NOTEBOOK.parent)
    cells = json.loads(NOTEBOOK.read_text())["cells"]
    namespace: dict[str, Any] = {"__name__": "__main__"}
    shown = [
        _display(_run("".join(cell["source"]), namespace))
        for cell in cells
        if cell["cell_type"] == "code"
    ]
    assert all(not cell.get("outputs") for cell in cells if cell["cell_type"] == "code")
    assert namespace["failed"] == []
    assert len(namespace["cases"]) == 5
    # the report shown is a ComplianceReport's HTML view
    assert shown[3].startswith('<div class="coregs"><p><b>Compliance of case EXAMPLE-2026-0302')
    # EXAMPLE-2026-0302 (events.csv): placed 2026-10-05, SSI appropriate, no application by
    # day 45 (2026-11-19); no reasonable-efforts order by day 60 (2026-12-04)
    by_rule = namespace["by_rule"]
    assert by_rule["ssi-application"] >= 1 and by_rule["re-prevent-removal-order"] >= 1
    assert namespace["ax"].get_title().startswith("Overdue findings by rule")
    assert shown[-3].startswith("<div><p><b>Title IV-E determination as of 2026-12-01")
    assert len(namespace["months"]) == 10  # March through December 2026
