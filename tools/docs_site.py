"""The documentation site's generated pages, built from the declarations the code uses.

``mkdocs.yml`` loads this file as a hook. At build time it adds pages that are never written
by hand, so they cannot drift from the code:

* the home page, from ``README.md`` (its links rewritten for the site);
* the legislation explorer: one page per rule of ``coregs.RULEBOOK`` (quote, period, trigger,
  what satisfies it, options, exceptions, consequence, worked due-date examples computed by
  ``Rule.due``) and per criterion of ``coregs.eligibility.CRITERIA``, each listing the policy
  cases of ``tests/policy`` that check it;
* the Python API reference: one mkdocstrings entry per name of ``coregs.__all__`` and
  ``coregs.testing.__all__``.

The render functions are plain functions of coregs values (the test suite calls them); only
the two hook functions touch mkdocs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import coregs
import coregs.testing
from coregs import RULEBOOK, Rule
from coregs.eligibility import CRITERIA, CriterionSpec
from coregs.rules import Anchor
from coregs.testing import PolicyCase, load_policy_file, policy_files

ROOT = Path(__file__).resolve().parent.parent
EXPLORER = "explorer"
EXAMPLE_TRIGGERS = (date(2026, 11, 20), date(2026, 8, 31), date(2026, 12, 23))
"""Day 0 of the worked examples: a Friday before Thanksgiving week, a month's last day, and
the day before Christmas Eve (Christmas and New Year's Day ahead)."""


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _quote(text: str) -> list[str]:
    return [f"> {' '.join(text.split())}", ""]


def rule_path(rule: Rule) -> str:
    """The rule's page, relative to the docs folder."""
    return f"{EXPLORER}/rules/{rule.id}.md"


def criterion_path(spec: CriterionSpec) -> str:
    """The criterion's page, relative to the docs folder."""
    return f"{EXPLORER}/criteria/{spec.id}.md"


# -- policy cases ---------------------------------------------------------------------------------


def load_cases(folder: Path = ROOT / "tests" / "policy") -> tuple[PolicyCase, ...]:
    """The shipped policy cases (none when the folder is absent, as in an installed package)."""
    if not folder.is_dir():
        return ()
    return tuple(case for path in policy_files([folder]) for case in load_policy_file(path))


def _cases_section(cases: Iterable[PolicyCase]) -> list[str]:
    found = list(cases)
    out = ["## Policy cases", ""]
    if not found:
        return [*out, "No policy case checks this yet.", ""]
    one = len(found) == 1
    out.append(
        f"{len(found)} hand-derived case{'' if one else 's'} in `tests/policy` "
        f"check{'s' if one else ''} this (run them with `coregs test tests/policy`; the format "
        "is [Testing](../../testing.md)):"
    )
    out.append("")
    for case in found:
        where = f"{Path(case.source).name}:{case.line}" if case.line else Path(case.source).name
        out.append(f"- {case.name} (`{where}`)")
    out.append("")
    return out


# -- rules ----------------------------------------------------------------------------------------


def _period(rule: Rule) -> str:
    if rule.period is None:
        return f'"{rule.timing}": no period is stated, so there is no fixed deadline'
    text = f'"{rule.timing}": {rule.period}'
    if rule.recurrence is not None:
        source = (
            "from the trigger (a fixed schedule)"
            if rule.recurrence.anchor is Anchor.TRIGGER
            else "from the act that met the previous one"
        )
        option = (
            f" (option `{rule.recurrence.anchor_option}`)" if rule.recurrence.anchor_option else ""
        )
        text += f', recurring "{rule.recurrence.phrase}", each counted {source}{option}'
    return text


def _examples(rule: Rule) -> list[str]:
    out = ["## Worked due dates", ""]
    if not rule.has_fixed_deadline:
        return [
            *out,
            "The text states no computable period: a finding records whether and when "
            "the act was done, with no due date.",
            "",
        ]
    out += [
        "Computed by `Rule.due` with the default options and calendar when this page was built "
        "(day 0 is the trigger's date):",
        "",
    ]
    occurrences = (1,)
    if rule.recurrence is not None:
        if rule.recurrence.anchor is Anchor.TRIGGER:
            occurrences = (1, 2)  # a fixed schedule: trigger + k x period
        else:
            out += [
                "Each later occurrence is counted the same way from the act that met the "
                "previous one (by default; see the options above).",
                "",
            ]
    for trigger in EXAMPLE_TRIGGERS:
        for k in occurrences:
            deadline = rule.due(trigger, occurrence=k)
            assert deadline.due is not None
            label = f", occurrence {k}" if rule.recurrence is not None else ""
            out += [
                f"### From {trigger:%A %Y-%m-%d}{label}: due {deadline.due:%A %Y-%m-%d}",
                "",
                "```text",
                *deadline.steps()[2:],  # the citation and the quote head the page already
                "```",
                "",
            ]
    return out


def _options(rule: Rule) -> list[str]:
    out = ["## Interpretation options", ""]
    if not rule.interpretations:
        return [*out, "None: the text is read one way.", ""]
    for option in rule.interpretations:
        out += [f"### `{option.name}`", "", f"{option.question} ({option.citation})", ""]
        out += [
            f"- `{c.value}`{' (default)' if c.value == option.default else ''}: {c.meaning}"
            for c in option.choices
        ]
        out += ["", f"Why the default: {option.reason}", ""]
    return out


def render_rule(rule: Rule, cases: Sequence[PolicyCase] = ()) -> str:
    """One rule's page: everything the rule declares, worked due dates, the cases checking it."""
    defaults = RULEBOOK.options()
    facts = [
        f"- **Citation**: {rule.citation}",
        f"- **Rule id**: `{rule.id}`",
        f"- **Period**: {_period(rule)}",
        f"- **Trigger**: {rule.trigger.describe(defaults)}",
        f"- **Satisfied by**: {' or '.join(m.describe() for m in rule.satisfied_by)}",
        f"- **Actor**: {rule.actor.value}" + (f" ({rule.actor_note})" if rule.actor_note else ""),
        f"- **Roll**: {rule.roll.value}" + (f" ({rule.roll_basis})" if rule.roll_basis else ""),
        f"- **In force**: {rule.effective_text()} ({rule.effective_basis})",
        f"- **Source**: {rule.source.title}, {rule.source.version}",
    ]
    facts += [f'- **Applies if** {a.description} ("{a.quote}")' for a in rule.applies_if]
    if rule.ends is not None:
        ends = " or ".join(m.describe() for m in rule.ends.any_of)
        facts.append(f"- **Ends when**: {ends}: {rule.ends.reason}")
    out = [f"# {rule.short_citation}: {rule.title}", "", *_quote(rule.quote), *facts, ""]
    if rule.exceptions:
        out += ["## Stated exceptions", ""]
        for e in rule.exceptions:
            how = f"documented by `{e.documented_by.value}`" if e.documented_by else "not evaluated"
            out += [*_quote(e.quote), f"{e.citation}; {how}. {e.note}".strip(), ""]
    out += ["## Consequence", ""]
    out += _quote(rule.consequence.text) if rule.consequence else ["None stated.", ""]
    if rule.related:
        out += ["## Related sentences", ""]
        for q in rule.related:
            out += [f"{q.citation}:", "", *_quote(q.text)]
    if rule.errata:
        out += ["## Errata", ""]
        out += [f'- {e.citation}: "{e.text}" ({e.note})' for e in rule.errata]
        out.append("")
    if rule.notes:
        out += ["## How coregs reads it", "", *(f"- {n}" for n in rule.notes), ""]
    out += _options(rule)
    out += _examples(rule)
    out += _cases_section(c for c in cases if rule.id in c.rules_checked)
    return "\n".join(out)


# -- criteria -------------------------------------------------------------------------------------


def render_criterion(spec: CriterionSpec, cases: Sequence[PolicyCase] = ()) -> str:
    """One criterion's page: its citation, quote, related sentences, reading, cases."""
    out = [
        f"# {spec.title}",
        "",
        f"- **Citation**: {spec.citation}",
        f"- **Criterion id**: `{spec.id}`",
        "",
        *_quote(spec.quote),
    ]
    if spec.related:
        out += ["## Related sentences", ""]
        for text in spec.related:
            out += _quote(text)
    if spec.note:
        out += ["## How coregs reads it", "", spec.note, ""]
    out += _cases_section(c for c in cases if spec.id in c.criteria_checked)
    return "\n".join(out)


def render_explorer(rules: Iterable[Rule], criteria: Iterable[CriterionSpec]) -> str:
    """The explorer's index: every rule and criterion, with a link to its page."""
    out = [
        "# Legislation explorer",
        "",
        "A page per rule of 12 CCR 2509-7.601 and the Ombudsman's case process, and per Title "
        "IV-E eligibility criterion, generated from the declarations coregs evaluates: what "
        "you read here is what the code does.",
        "",
        "## Rules",
        "",
        "| Citation | Rule | Period |",
        "|---|---|---|",
    ]
    out += [
        f"| {_cell(r.short_citation)} | [{_cell(r.title)}](rules/{r.id}.md) | "
        f"{_cell(str(r.period) if r.period else 'none stated')} |"
        for r in rules
    ]
    out += ["", "## Title IV-E and funding criteria", "", "| Citation | Criterion |", "|---|---|"]
    out += [f"| {_cell(s.citation)} | [{_cell(s.title)}](criteria/{s.id}.md) |" for s in criteria]
    out.append("")
    return "\n".join(out)


# -- the API reference and the home page ------------------------------------------------------


def render_api() -> str:
    """The Python API: every public name, documented from its docstring by mkdocstrings."""
    out = [
        "# Python API",
        "",
        "Every name `coregs` exports (`coregs.__all__`), then the testing helpers "
        "(`coregs.testing`).",
        "",
        "## coregs",
        "",
    ]
    out += [f"::: coregs.{name}\n" for name in coregs.__all__]
    out += ["## coregs.testing", ""]
    out += [f"::: coregs.testing.{name}\n" for name in coregs.testing.__all__]
    return "\n".join(out)


_LINK = re.compile(r"\]\(([^)#]+)(#[^)]*)?\)")


def render_home(readme: str) -> str:
    """The README as the site's home page: links into ``docs/`` point at the pages, links to
    other files of the repository become plain text."""

    def fix(match: re.Match[str]) -> str:
        target, anchor = match.group(1), match.group(2) or ""
        if target.startswith(("http://", "https://")):
            return match.group(0)
        if target.startswith("docs/"):
            return f"]({target.removeprefix('docs/')}{anchor})"
        return f"]({_DROP})"

    text = _LINK.sub(fix, readme)
    return re.sub(rf"\[([^\]]+)\]\({_DROP}\)", r"`\1`", text)


_DROP = "coregs-not-in-site"


def generated_pages(cases: Sequence[PolicyCase] | None = None) -> dict[str, str]:
    """Every generated page, by its path in the docs folder."""
    found = load_cases() if cases is None else cases
    pages = {
        "index.md": render_home((ROOT / "README.md").read_text(encoding="utf-8")),
        f"{EXPLORER}/index.md": render_explorer(RULEBOOK, CRITERIA),
        "reference/api.md": render_api(),
    }
    pages.update({rule_path(r): render_rule(r, found) for r in RULEBOOK})
    pages.update({criterion_path(s): render_criterion(s, found) for s in CRITERIA})
    return pages


def explorer_nav() -> list[Any]:
    """The explorer's navigation: its index, then a page per rule and per criterion."""
    return [
        f"{EXPLORER}/index.md",
        {"Rules": [{f"{r.short_citation} {r.id}": rule_path(r)} for r in RULEBOOK]},
        {"Criteria": [{s.title: criterion_path(s)} for s in CRITERIA]},
    ]


# -- mkdocs hooks ---------------------------------------------------------------------------------


def _expand(nav: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in nav:
        if isinstance(item, dict):
            ((title, value),) = item.items()
            if value == f"{EXPLORER}/index.md":
                out.append({title: explorer_nav()})
            elif isinstance(value, list):
                out.append({title: _expand(value)})
            else:
                out.append(item)
        else:
            out.append(item)
    return out


def on_config(config: Any) -> Any:
    """Expand the nav's explorer entry into a page per rule and per criterion."""
    config["nav"] = _expand(config["nav"])
    return config


def on_files(files: Any, config: Any) -> Any:
    """Add the generated pages to the site."""
    from mkdocs.structure.files import File  # noqa: PLC0415 - mkdocs only at build time

    for path, content in generated_pages().items():
        files.append(File.generated(config, path, content=content))
    return files
