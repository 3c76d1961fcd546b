"""Rules in a notebook and a console: one rule's facts, a deadline, a rulebook as a table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coregs._display._html import definitions, esc, items, table, view
from coregs.periods import Period, Unit
from coregs.rules import normalise

if TYPE_CHECKING:
    from coregs._options import Options
    from coregs.rules import Deadline, Rule, Rulebook

__all__ = [
    "deadline_html",
    "describe_period",
    "rule_facts",
    "rule_html",
    "rule_repr",
    "rulebook_html",
]


def describe_period(rule: Rule) -> str:
    """The period in words: as written, and as coregs counts it."""
    period: Period | None = rule.period
    if period is None:
        return f'"{rule.timing}" (no period stated: no fixed deadline)'
    if period.unit is Unit.PROMPTLY:
        return f'"{rule.timing}" (no fixed deadline)'
    if period.unit is Unit.AT_THE_TIME_OF:
        return f'"{rule.timing}" = due on the trigger day'
    r = rule.recurrence
    if r is None:
        return f'"{rule.timing}" = {period}'
    if normalise(r.phrase) == normalise(rule.timing):
        return f'"{rule.timing}" = {r.every}'
    return f'"{rule.timing}" = {period}, then "{r.phrase}" = {r.every}'


def rule_repr(rule: Rule) -> str:
    """``Rule('service-request-contact', 7.601.4.C, "within five (5) working days")``."""
    return f"Rule({rule.id!r}, {rule.short_citation}, {rule.timing!r})"


def rule_facts(rule: Rule, options: Options) -> list[tuple[str, str]]:
    """What a rule says beyond its quote, as (label, text) pairs, in reading order.

    ``options`` decides how an option-dependent trigger is described (the defaults, usually).
    The terminal view (``coregs rules show``) and the notebook view both lay these out.
    """
    out = [("period", describe_period(rule))]
    if rule.recurrence is not None:
        r = rule.recurrence
        how = f"counted from the {r.anchor.value}"
        option = f" (option {r.anchor_option.name})" if r.anchor_option else ""
        out.append(("recurs", how + option))
    out.append(("trigger", rule.trigger.describe(options)))
    out.append(("satisfied by", " or ".join(m.describe() for m in rule.satisfied_by)))
    out.append(("actor", rule.actor.value + (f" ({rule.actor_note})" if rule.actor_note else "")))
    out += [("applies if", f'{a.description} ("{a.quote}")') for a in rule.applies_if]
    out += [("exception", f'"{e.quote}" ({e.citation}) {e.note}') for e in rule.exceptions]
    out.append(("consequence", f'"{rule.consequence.text}"' if rule.consequence else "none stated"))
    if rule.ends is not None:
        ends = " or ".join(m.describe() for m in rule.ends.any_of)
        out.append(("ends when", f"{ends}: {rule.ends.reason}"))
    out.append(("roll", rule.roll.value + (f": {rule.roll_basis}" if rule.roll_basis else "")))
    out.append(("effective", f"{rule.effective_text()} ({rule.effective_basis})"))
    out.append(("source", f"{rule.source.title}, {rule.source.version}"))
    out += [("related", f'{q.citation}: "{q.text}"') for q in rule.related]
    for err in rule.errata:
        target = (
            f"; cited as {err.cited_as!r}, resolves to {err.resolves_to}" if err.cited_as else ""
        )
        out.append(("erratum", f'{err.citation}: "{err.text}"{target}. {err.note}'))
    out += [("note", n) for n in rule.notes]
    return out


def rule_html(rule: Rule) -> str:
    """The rule: its quote, then its facts and options."""
    options = [f"{o.name} (default {o.default!r}): {o.question}" for o in rule.interpretations]
    return view(
        f"{rule.citation} ({rule.id}): {rule.title}",
        f"<blockquote>{esc(rule.quote)}</blockquote>",
        definitions(rule_facts(rule, rule.resolve())),
        items(options) if options else "",
    )


def deadline_html(deadline: Deadline) -> str:
    """The deadline in one line, then its counting steps."""
    return view(str(deadline), items(deadline.steps(), ordered=True))


def rulebook_html(book: Rulebook) -> str:
    """Every rule in one table: citation, id, title, period, actor."""
    rows = ((r.short_citation, r.id, r.title, describe_period(r), r.actor.value) for r in book)
    return view(
        f"{book.name}: {len(book)} rules",
        table(("citation", "id", "title", "period", "actor"), rows),
    )
