"""The rulebook as a DataFrame: one row per rule (``RULEBOOK.to_frame()``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coregs._display.rules import describe_period
from coregs._frames import DATE, INT, Spec, frame
from coregs.periods import Roll, Unit
from coregs.rules import Actor

if TYPE_CHECKING:
    import pandas as pd

    from coregs.rules import Rule, Rulebook

__all__ = ["RULE_COLUMNS", "rulebook_frame"]

RULE_COLUMNS: Spec = {
    "actor": [a.value for a in Actor],
    "amount": INT,
    "unit": [u.value for u in Unit],
    "roll": [r.value for r in Roll],
    "effective_from": DATE,
    "effective_to": DATE,
}
"""The typed columns of a rulebook frame."""


def _record(rule: Rule, book: Rulebook) -> dict[str, Any]:
    period = rule.period
    return {
        "id": rule.id,
        "citation": rule.citation,
        "section": rule.section,
        "title": rule.title,
        "actor": rule.actor.value,
        "timing": rule.timing,
        "period": describe_period(rule),
        "amount": period.amount if period is not None and period.unit.countable else None,
        "unit": period.unit.value if period is not None else None,
        "recurs": rule.recurrence is not None,
        "trigger": rule.trigger.describe(book.options()),
        "satisfied_by": " or ".join(m.describe() for m in rule.satisfied_by),
        "roll": rule.roll.value,
        "effective_from": rule.effective_from,
        "effective_to": rule.effective_to,
        "options": ", ".join(o.name for o in rule.interpretations),
        "quote": rule.quote,
    }


def rulebook_frame(book: Rulebook) -> pd.DataFrame:
    """Every rule: id, citation, section, title, actor, period, trigger, effective dates."""
    return frame([_record(r, book) for r in book], RULE_COLUMNS)
