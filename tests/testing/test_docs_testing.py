"""docs/testing.md runs as written: its YAML cases pass, its property tests hold, and what it
says about the shipped cases is true."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from coregs.testing import load_policy_file, parse_policy_cases, policy_files, run_policy_case

ROOT = Path(__file__).parent.parent.parent
PAGE = (ROOT / "docs" / "testing.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", PAGE, re.DOTALL)


@pytest.mark.parametrize("block", _blocks("yaml"), ids=lambda b: b.split("\n")[0][8:60])
def test_the_yaml_examples_are_valid_passing_cases(block: str) -> None:
    for case in parse_policy_cases(yaml.safe_load(block), source="docs/testing.md"):
        result = run_policy_case(case)
        assert result.passed, result.render()


@pytest.mark.parametrize("block", _blocks("python"), ids=lambda b: b.split("def ")[1][:50])
def test_the_property_examples_hold(block: str) -> None:
    namespace: dict[str, object] = {}
    exec(compile(block, "docs/testing.md", "exec"), namespace)
    tests = [f for name, f in namespace.items() if name.startswith("test_") and callable(f)]
    assert len(tests) == 1
    tests[0]()


def test_the_failure_shown_is_what_coregs_test_prints(tmp_path, capsys) -> None:
    """The FAIL example: the first case with the author expecting the contact on time."""
    from coregs.cli import main

    first = _blocks("yaml")[0].replace(
        "{status: met_late, due: 2026-11-30, late_by: 1}", "{status: met_on_time, due: 2026-11-27}"
    )
    (tmp_path / "my-cases.yaml").write_text(first, encoding="utf-8")
    main(["test", str(tmp_path / "my-cases.yaml")])
    shown = capsys.readouterr()
    printed = (shown.out + shown.err).replace(str(tmp_path) + "/", "")
    (expected,) = re.findall(r"```text\n(FAIL.*?)```", PAGE, re.DOTALL)
    head, *rest = expected.strip().splitlines()
    assert printed.splitlines()[0].startswith(head.removesuffix('..." (12 CCR 2509-7.601.4.C)'))
    assert printed.splitlines()[1:] == rest


def test_the_page_counts_the_shipped_cases_right() -> None:
    shipped = [c for p in policy_files([ROOT / "tests" / "policy"]) for c in load_policy_file(p)]
    assert f"`tests/policy/` holds {len(shipped)} cases" in PAGE
