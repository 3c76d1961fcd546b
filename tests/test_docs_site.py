"""The documentation site: every rule and criterion has a generated page built from its
declaration, every hand-written page is in the navigation, and the API reference lists every
public name. (``mkdocs build --strict`` itself runs in CI, with the docs extra.)"""

from __future__ import annotations

import importlib.util
import re

import pytest
import yaml

import coregs
from coregs import RULEBOOK
from coregs.eligibility import CRITERIA
from tests.test_repository import ROOT

_SPEC = importlib.util.spec_from_file_location("docs_site", ROOT / "tools" / "docs_site.py")
assert _SPEC is not None and _SPEC.loader is not None
site = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(site)

PAGES: dict[str, str] = site.generated_pages()
CONFIG = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def _nav_paths(nav: object) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [p for item in nav for p in _nav_paths(item)]
    if isinstance(nav, dict):
        return [p for value in nav.values() for p in _nav_paths(value)]
    return []


@pytest.mark.parametrize("rule", list(RULEBOOK), ids=lambda r: r.id)
def test_every_rule_has_a_page_built_from_its_declaration(rule):
    page = PAGES[site.rule_path(rule)]
    assert f"> {' '.join(rule.quote.split())}" in page
    assert f'**Period**: "{rule.timing}"' in page
    assert "**Trigger**:" in page and "**Satisfied by**:" in page
    for option in rule.interpretations:
        assert f"### `{option.name}`" in page
    if rule.has_fixed_deadline:
        trigger = site.EXAMPLE_TRIGGERS[0]
        due = rule.due(trigger).due
        assert f"### From {trigger:%A %Y-%m-%d}" in page and f"due {due:%A %Y-%m-%d}" in page
    assert "## Policy cases" in page and "No policy case checks this yet." not in page


def test_a_worked_example_says_what_the_text_gives():
    """7.601.4.C: five working days from Friday 2026-11-20 skip Thanksgiving: Monday
    2026-11-30 (worked by hand)."""
    page = PAGES["explorer/rules/service-request-contact.md"]
    assert "### From Friday 2026-11-20: due Monday 2026-11-30" in page
    assert "2026-11-26 Thursday: Thanksgiving Day" in page


@pytest.mark.parametrize("spec", CRITERIA, ids=lambda s: s.id)
def test_every_criterion_has_a_page_with_its_quote_and_cases(spec):
    page = PAGES[site.criterion_path(spec)]
    assert spec.citation in page and f"> {' '.join(spec.quote.split())}" in page
    assert "No policy case checks this yet." not in page


def test_the_explorer_navigation_lists_every_generated_page():
    nav = _nav_paths(site._expand(CONFIG["nav"]))
    generated = [p for p in PAGES if p.startswith("explorer/")]
    assert sorted(p for p in nav if p.startswith("explorer/")) == sorted(generated)


def test_every_hand_written_page_is_in_the_navigation():
    """calendar.md, counting.md, rules.md, crosswalk.md, eligibility*.md, testing.md ..."""
    written = {p.name for p in (ROOT / "docs").glob("*.md")}
    assert written <= set(_nav_paths(CONFIG["nav"]))
    assert not written & set(PAGES), "a generated page would overwrite a written one"


def test_the_api_reference_documents_every_public_name():
    api = PAGES["reference/api.md"]
    for name in coregs.__all__:
        assert f"::: coregs.{name}\n" in api
    assert "::: coregs.testing.run_policy_files" in api


def test_the_home_page_is_the_readme_with_site_links():
    home = PAGES["index.md"]
    assert home.splitlines()[0] == "# coregs"
    assert "](rules.md)" in home and "](docs/" not in home
    assert "`CHANGELOG.md`" in home  # a file outside the site becomes text, not a dead link
    for target in re.findall(r"\]\((?!https?://)([^)#]*\.(?:txt|json|py))\)", home):
        assert (ROOT / "docs" / target).is_file(), target  # a file the site itself serves
