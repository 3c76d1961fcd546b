"""A hypothesis strategy for rules: the catalog's, or county variants of them."""

from __future__ import annotations

from hypothesis import strategies as st

from coregs.periods import Unit
from coregs.rules import RULEBOOK, Rule, Rulebook
from coregs.testing._show import shown
from coregs.testing._time import periods

__all__ = ["rules"]


def _variable(rule: Rule) -> bool:
    """A one-off rule with a stated period that no option re-reads can take another period."""
    return (
        rule.period is not None
        and rule.recurrence is None
        and "unqualified_days" not in rule.option_names
    )


def _variant_code(rule: Rule) -> str:
    base = rule.id.removesuffix("-variant")
    return f"RULEBOOK.get({base!r}).revise(id={rule.id!r}, period={rule.period!r})"


def rules(
    rulebook: Rulebook = RULEBOOK,
    *,
    fixed_deadline: bool | None = None,
    variants: bool = False,
) -> st.SearchStrategy[Rule]:
    """A :class:`~coregs.Rule` of ``rulebook`` (default: the built-in catalog).

    Args:
        rulebook: the rules to draw from.
        fixed_deadline: ``True`` only rules with a computable due date, ``False`` only rules
            without one ("promptly", "whenever"), ``None`` (default) any.
        variants: also draw county variants: a one-off rule revised (:meth:`Rule.revise`,
            validated like any rule) to another period, with the id ``<id>-variant``. A
            failing example shows the variant as code.
    """
    pool = [r for r in rulebook if fixed_deadline is None or r.has_fixed_deadline is fixed_deadline]
    if not pool:
        raise ValueError("rules(): no rule of the rulebook matches")
    catalog: st.SearchStrategy[Rule] = st.sampled_from(pool)
    changeable = [r for r in pool if _variable(r)]
    if not variants or not changeable:
        return catalog
    units = [
        u for u in Unit if fixed_deadline is None or (u is not Unit.PROMPTLY) is fixed_deadline
    ]
    one_off = periods(units, recurring=False)

    @st.composite
    def variant(draw: st.DrawFn) -> Rule:
        rule = draw(st.sampled_from(changeable))
        return rule.revise(id=f"{rule.id}-variant", period=draw(one_off))

    return catalog | variant().map(shown("rule", _variant_code))
