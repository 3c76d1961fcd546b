"""Citations are made through their source document: the "12 CCR 2509-" prefix and the "7.601"
stem are spelled once, where the documents are declared (coregs/rules/_sources.py).

Prose (docstrings, comments, notes, reasons, quotes) names sections as the text does; what this
checks is code: no string literal outside the source documents carries the prefix, and no
citation, reference or event-kind citation is written out by hand instead of through the
document's cite() / short().
"""

from __future__ import annotations

import ast
from itertools import pairwise
from pathlib import Path

import pytest

import coregs

SRC = Path(coregs.__file__).parent
CODE = [
    *sorted((SRC / "periods").rglob("*.py")),
    *sorted((SRC / "rules").rglob("*.py")),
    *sorted((SRC / "compliance").rglob("*.py")),
    SRC / "cli" / "_rules.py",
    SRC / "cli" / "_calendar.py",
    SRC / "cli" / "_crosswalk.py",
]
DOCUMENTS = SRC / "rules" / "_sources.py"
CITING = {"citation", "ref"}  # keyword arguments that hold a citation


def _docstrings(tree: ast.Module) -> set[int]:
    """The string constants that are documentation: a body's first statement, or a bare string
    right after an assignment (an attribute docstring)."""
    ids = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for before, stmt in pairwise([None, *body]):
            documents = before is None or isinstance(before, ast.Assign | ast.AnnAssign)
            if documents and isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                ids.add(id(stmt.value))
    return ids


def _strings(node: ast.AST) -> list[str]:
    return [
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


@pytest.mark.parametrize("path", CODE, ids=lambda p: str(p.relative_to(SRC)))
def test_no_code_spells_the_document_prefix(path: Path) -> None:
    """Only the source documents spell "12 CCR 2509-"; everything else cites through them."""
    if path == DOCUMENTS:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            assert "12 CCR 2509-" not in node.value, f"{path.name}:{node.lineno}"


@pytest.mark.parametrize("path", CODE, ids=lambda p: str(p.relative_to(SRC)))
def test_no_citation_is_written_out_by_hand(path: Path) -> None:
    """A citation= or ref= argument (and an event kind's citation) is made with cite()/short()
    or is relative to its document; it never spells the "7.601" stem itself."""
    if path == DOCUMENTS:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        cited = [k.value for k in node.keywords if k.arg in CITING]
        if isinstance(node.func, ast.Name) and node.func.id == "EventKindInfo":
            cited += node.args[1:2]
        for value in cited:
            for text in _strings(value):
                assert not text.startswith("7.601"), f"{path.name}:{node.lineno}: {text!r}"
                assert "; 7.601" not in text, f"{path.name}:{node.lineno}: {text!r}"


def test_the_check_sees_the_citations_it_guards() -> None:
    """The scan reads the catalog's rule() and EventKindInfo calls (it cannot pass by seeing
    none)."""
    events = ast.parse((SRC / "rules" / "_events.py").read_text(encoding="utf-8"))
    infos = [
        n
        for n in ast.walk(events)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "EventKindInfo"
    ]
    assert len(infos) == len(coregs.EventKind)
    catalog = ast.parse((SRC / "rules" / "catalog" / "s7_601_4.py").read_text(encoding="utf-8"))
    refs = [
        k
        for n in ast.walk(catalog)
        if isinstance(n, ast.Call)
        for k in n.keywords
        if k.arg == "ref"
    ]
    assert refs
