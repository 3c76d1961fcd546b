"""Release hygiene (issue 11.5): one version everywhere, project URLs, a changelog section per
version, and every optional extra installed where the tests run."""

from __future__ import annotations

import importlib
import importlib.metadata
import re
import tomllib

import pytest

import coregs
from tests.test_repository import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
EXTRA_MODULES = {
    "notebook": ["matplotlib"],
    "pandas": ["pandas"],
    "policy": ["yaml"],
    "serve": ["fastapi", "uvicorn"],
}


def test_the_version_is_set_in_one_place() -> None:
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert importlib.metadata.version("coregs") == coregs.__version__


def test_the_project_claims_no_address_it_does_not_have() -> None:
    """A package index shows `[project.urls]` as links: until coregs has a public home, none is
    listed (a placeholder such as a reserved `.example` domain would be a dead link), and once
    one is, every address is https."""
    urls = PYPROJECT["project"].get("urls", {})
    for url in urls.values():
        host = re.match(r"https://([^/]+)/", url + "/")
        assert host is not None, url
        assert not re.search(
            r"(^|\.)(example|invalid|test|localhost)$|example\.(com|org|net)$", host[1]
        )


def test_the_changelog_has_a_section_per_version_in_keep_a_changelog_form() -> None:
    text = (ROOT / "CHANGELOG.md").read_text()
    versions = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert versions[0] == "[Unreleased]"
    for heading in versions[1:]:
        assert re.fullmatch(r"\[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}", heading), heading
    kinds = set(re.findall(r"^### (.+)$", text, flags=re.MULTILINE))
    assert kinds <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


@pytest.mark.parametrize("extra", sorted(EXTRA_MODULES))
def test_every_optional_extra_is_installed_where_the_tests_run(extra: str) -> None:
    """The test extra pulls every optional extra, so no test skips for a missing package: a
    missing one fails here, loudly, instead."""
    assert (
        f"coregs[{','.join(sorted(EXTRA_MODULES))}]"
        in PYPROJECT["project"]["optional-dependencies"]["test"]
    )
    assert extra in PYPROJECT["project"]["optional-dependencies"]
    for module in EXTRA_MODULES[extra]:
        importlib.import_module(module)
