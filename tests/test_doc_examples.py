"""Every Python example in the README, in docs/ and in the docstrings runs as written.

A ```pycon block (``>>>`` prompts) is a doctest: its output is checked (``...`` elides).
A ```python block is run as a script. The blocks of one file run in order in one namespace,
from the repository's root (so ``examples/...`` paths resolve). A block preceded by
``<!-- not run: why -->`` is an excerpt, not an example, and says so.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest

import coregs

ROOT = Path(__file__).parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"^```(python|pycon)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_NOT_RUN = "<!-- not run:"
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _blocks(path: Path) -> list[tuple[int, str, str, bool]]:
    """(line, language, code, run?) of each Python block of ``path``."""
    text = path.read_text()
    out = []
    for m in _FENCE.finditer(text):
        before = text[: m.start()].rstrip().splitlines()
        run = not (before and before[-1].startswith(_NOT_RUN))
        out.append((text.count("\n", 0, m.start()) + 2, m.group(1), m.group(2), run))
    return out


def _run_document(path: Path) -> int:
    namespace: dict[str, Any] = {"__name__": f"doc:{path.name}"}
    parser, ran = doctest.DocTestParser(), 0
    for line, language, code, run in _blocks(path):
        if not run:
            continue
        where = f"{path.relative_to(ROOT)}:{line}"
        if language == "pycon":
            test = parser.get_doctest(code, namespace, where, str(path), line - 1)
            runner = doctest.DocTestRunner(optionflags=_FLAGS)
            runner.run(test, clear_globs=False)
            assert runner.failures == 0, f"{where}: the output differs (see the report above)"
            namespace.update(test.globs)  # the doctest ran on a copy
        else:
            exec(compile(code, where, "exec"), namespace)
        ran += 1
    return ran


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_the_examples_of_a_document_run(path, monkeypatch):
    monkeypatch.chdir(ROOT)
    ran = _run_document(path)
    assert ran == sum(1 for *_, run in _blocks(path) if run)


def test_the_readme_examples_check_their_output():
    """The README shows values, so its examples are doctests, not just scripts."""
    languages = {language for _, language, _, _ in _blocks(ROOT / "README.md")}
    assert languages == {"pycon"}


def test_only_marked_excerpts_are_skipped():
    skipped = [
        (path.name, line) for path in DOCUMENTS for line, _, _, run in _blocks(path) if not run
    ]
    assert len(skipped) <= 2, skipped  # the rule declaration in docs/rules.md is an excerpt


def _modules() -> list[str]:
    return [
        m.name
        for m in pkgutil.walk_packages(coregs.__path__, "coregs.")
        if not m.name.endswith("__main__")
    ]


@pytest.mark.parametrize("name", _modules())
def test_the_docstring_examples_of_a_module_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=_FLAGS, verbose=False)
    assert result.failed == 0
