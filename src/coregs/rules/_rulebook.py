"""The Rulebook: an immutable collection of rules you can look up, filter and extend.

Every operation returns a new rulebook; the built-in :data:`coregs.RULEBOOK` never changes, so a
county that adds its own rule (``RULEBOOK.extend(county_rule)``) affects no one else.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from coregs._errors import InputError
from coregs._options import Interpretation, Options
from coregs.periods import Unit
from coregs.rules._deadline import require_in_force, resolve_rule_options
from coregs.rules._errors import AmbiguousRuleError, UnknownRuleError
from coregs.rules._events import EventKind
from coregs.rules._interpretations import ENTERED_FOSTER_CARE_DATE, EnteredFosterCareDate
from coregs.rules._model import (
    Actor,
    Erratum,
    EventMatch,
    Exclusion,
    OnEvents,
    OnOption,
    Rule,
    SourceDocument,
    normalise,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Rulebook", "trigger_matches"]

_T = TypeVar("_T")


class Rulebook:
    """An immutable, ordered collection of :class:`Rule` values with lookups.

    Lookups: :meth:`get` (by id or citation), :meth:`by_citation`, :meth:`triggered_by` (event
    kind), :meth:`as_of` (effective dating). Derivations (:meth:`filter`, :meth:`extend`,
    :meth:`replace`, :meth:`without`) return new rulebooks.

    Args:
        rules: the rules; ids must be unique, and an option declared by several rules must be
            declared identically.
        exclusions: sentences with a timing phrase that are deliberately not rules.
        errata: defects of the text the rules' errata do not already list (an excluded
            sentence's, a criterion's): every erratum is then in :attr:`errata`.
        name: a name recorded on results.
    """

    __slots__ = (
        "_by_id",
        "_default_options",
        "_documents",
        "_errata",
        "_interpretations",
        "_memo",
        "_rules",
        "exclusions",
        "name",
    )

    def __init__(
        self,
        rules: Iterable[Rule],
        *,
        exclusions: Iterable[Exclusion] = (),
        errata: Iterable[Erratum] = (),
        name: str = "coregs rulebook",
    ) -> None:
        self._rules = tuple(rules)
        self.exclusions = tuple(exclusions)
        self._errata = tuple(errata)
        self.name = name
        by_id: dict[str, Rule] = {}
        options: dict[str, Interpretation[Any]] = {}
        for i, rule in enumerate(self._rules):
            if not isinstance(rule, Rule):
                raise InputError(f"rules[{i}]", "expected a Rule")
            if rule.id in by_id:
                raise InputError(f"rules[{i}].id", "duplicate rule id", rule=rule.id)
            by_id[rule.id] = rule
            for option in rule.interpretations:
                seen = options.setdefault(option.name, option)
                if seen != option:
                    raise InputError(
                        f"rules[{i}].interpretations",
                        f"option {option.name!r} is declared differently by another rule",
                        rule=rule.id,
                    )
        self._by_id = by_id
        self._interpretations = tuple(options[k] for k in sorted(options))
        self._default_options = resolve_rule_options(self._interpretations, None)
        self._memo: dict[Hashable, Any] = {}
        self._documents = tuple(dict.fromkeys(r.source for r in self._rules))

    # -- collection -----------------------------------------------------------------------

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The rules, in catalog order."""
        return self._rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Rule):
            return self._by_id.get(item.id) == item
        return isinstance(item, str) and item in self._by_id

    def __repr__(self) -> str:
        return f"Rulebook({self.name!r}, {len(self._rules)} rules)"

    def to_frame(self) -> pd.DataFrame:
        """One row per rule as a pandas DataFrame (needs ``coregs[pandas]``): id, citation,
        section, title, actor, period (amount, unit), trigger, roll, effective dates."""
        from coregs._frames.rules import rulebook_frame  # noqa: PLC0415 - optional pandas

        return rulebook_frame(self)

    def _repr_html_(self) -> str:
        from coregs._display.rules import rulebook_html  # noqa: PLC0415 - display, on demand

        return rulebook_html(self)

    # -- lookups --------------------------------------------------------------------------

    def get(self, key: str, *, as_of: date | None = None) -> Rule:
        """The rule with id ``key``, or the only rule with citation ``key``.

        Citations may be full (``"12 CCR 2509-7.601.4.C"``) or short (``"7.601.4.C"``).

        Args:
            key: a rule id or citation.
            as_of: if given, the rule must be in force on this date.

        Raises:
            InputError: ``key`` is not text.
            UnknownRuleError: no rule has that id or citation.
            AmbiguousRuleError: the citation names several rules (the message lists them).
            RuleNotInForceError: the rule is not in force on ``as_of``.
        """
        rule = self._by_id.get(_text(key, "rule"))
        if rule is None:
            found = self._exact_citation(key)
            if not found:
                raise UnknownRuleError("rule", "no rule has this id or citation")
            if len(found) > 1:
                ids = tuple(r.id for r in found)
                raise AmbiguousRuleError(
                    "rule",
                    f"the citation names {len(ids)} rules; choose one by id: {', '.join(ids)}",
                    ids=ids,
                )
            rule = found[0]
        if as_of is not None:
            require_in_force(rule, as_of, "as_of")
        return rule

    def _short(self, citation: str) -> str:
        """``citation`` as the rules' short citations write it, through their documents."""
        text = normalise(citation)
        for document in self._documents:
            text = document.shorten(text)
        return text

    def _exact_citation(self, citation: str) -> tuple[Rule, ...]:
        short = self._short(citation)
        return tuple(r for r in self._rules if r.short_citation == short)

    def by_citation(self, citation: str) -> tuple[Rule, ...]:
        """Rules at ``citation`` or inside it (``"7.601.71"`` gives the whole section).

        Raises:
            InputError: ``citation`` is not text.
        """
        short = self._short(_text(citation, "citation"))
        exact = self._exact_citation(citation)
        if exact:
            return exact
        return tuple(
            r
            for r in self._rules
            if r.short_citation.startswith(short + ".") or r.short_citation.startswith(short + " ")
        )

    def triggered_by(self, kind: EventKind, *, options: Options | None = None) -> tuple[Rule, ...]:
        """Rules whose clock an event of ``kind`` starts (under ``options``, else defaults)."""
        opts = options if options is not None else self._default_options
        return tuple(r for r in self._rules if kind in _trigger_kinds(r, opts))

    def as_of(self, day: date) -> Rulebook:
        """The rules in force on ``day``."""
        return self._derive(r for r in self._rules if r.in_force_on(day))

    # -- derivations ----------------------------------------------------------------------

    def _derive(self, rules: Iterable[Rule], name: str | None = None) -> Rulebook:
        return Rulebook(
            rules, exclusions=self.exclusions, errata=self._errata, name=name or self.name
        )

    def filter(
        self,
        *,
        section: str | None = None,
        actor: Actor | str | None = None,
        unit: Unit | str | None = None,
        where: Callable[[Rule], bool] | None = None,
    ) -> Rulebook:
        """The rules matching every criterion given.

        Args:
            section: a citation prefix (``"7.601.81"``, ``"7.601.6.A"``) or a source title.
            actor: who must act.
            unit: the period's unit; ``"none"`` selects rules with no stated period.
            where: any predicate.
        """
        actor_value = Actor(actor) if actor is not None else None
        out = []
        for r in self._rules:
            if section is not None and r not in self.by_citation(section) and r.section != section:
                continue
            if actor_value is not None and r.actor is not actor_value:
                continue
            if unit is not None:
                if unit == "none":
                    if r.period is not None:
                        continue
                elif r.period is None or r.period.unit is not Unit(unit):
                    continue
            if where is not None and not where(r):
                continue
            out.append(r)
        return self._derive(out)

    def extend(self, *rules: Rule, name: str | None = None) -> Rulebook:
        """A new rulebook with ``rules`` added (a county's own rules); ids must be new."""
        return self._derive((*self._rules, *rules), name)

    def replace(self, *rules: Rule, name: str | None = None) -> Rulebook:
        """A new rulebook in which each rule of ``rules`` replaces the rule with its id."""
        new = {r.id: r for r in rules}
        for rule_id in new:
            if rule_id not in self._by_id:
                raise UnknownRuleError("rule", "no rule with this id to replace")
        return self._derive((new.get(r.id, r) for r in self._rules), name)

    def without(self, *ids: str, name: str | None = None) -> Rulebook:
        """A new rulebook without the rules with these ids."""
        for rule_id in ids:
            if rule_id not in self._by_id:
                raise UnknownRuleError("rule", "no rule with this id to remove")
        drop = frozenset(ids)
        return self._derive((r for r in self._rules if r.id not in drop), name)

    def memo(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """``compute()``, remembered under ``key`` for this rulebook.

        For pure derivations of the rulebook only (an evaluator's resolved plan for a set of
        options): the rulebook's rules never change, so neither does the answer. The memo never
        changes what any lookup returns.
        """
        try:
            value: _T = self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
        return value

    # -- options, errata, sources ----------------------------------------------------------

    @property
    def interpretations(self) -> tuple[Interpretation[Any], ...]:
        """Every interpretation option any rule declares, by name."""
        return self._interpretations

    def options(
        self,
        overrides: Mapping[str, str] | Options | None = None,
        *,
        calendar_given: bool = False,
    ) -> Options:
        """The options for a whole-rulebook evaluation: defaults plus ``overrides`` (a mapping,
        or an :class:`~coregs.Options` value whose other choices are recorded as not used).

        Raises:
            UnknownOptionError: an override names no declared option, or no such choice.
        """
        if not overrides and not calendar_given:
            return self._default_options
        return resolve_rule_options(self._interpretations, overrides, calendar_given=calendar_given)

    @property
    def errata(self) -> tuple[Erratum, ...]:
        """Every defect of the text: the rulebook's list, then any other erratum recorded on a
        rule (a county's), once each."""
        seen: dict[Erratum, None] = dict.fromkeys(self._errata)
        for r in self._rules:
            for e in r.errata:
                seen.setdefault(e, None)
        return tuple(seen)

    @property
    def sources(self) -> tuple[SourceDocument, ...]:
        """The documents the rules quote, once each."""
        return self._documents


def trigger_matches(rule: Rule, options: Options) -> tuple[EventMatch, ...]:
    """The event matches that start ``rule``'s clock under ``options``.

    For "the date the child enters foster care" these are the reference events the date is
    derived from (removal, or placement under the "placement" reading).
    """
    trigger = rule.trigger
    if isinstance(trigger, OnEvents):
        return trigger.any_of
    if isinstance(trigger, OnOption):
        return trigger.events_for(trigger.option.read(options))
    return _ENTRY_REFERENCE[ENTERED_FOSTER_CARE_DATE.read(options)]


_ENTRY_REFERENCE = {
    EnteredFosterCareDate.CFR_1355_20: (EventMatch(kind=EventKind.REMOVAL),),
    EnteredFosterCareDate.REMOVAL: (EventMatch(kind=EventKind.REMOVAL),),
    EnteredFosterCareDate.PLACEMENT: (EventMatch(kind=EventKind.PLACED_OUT_OF_HOME),),
}
"""The event each reading of ``entered_foster_care_date`` derives the entry date from."""


def _trigger_kinds(rule: Rule, options: Options) -> frozenset[EventKind]:
    return frozenset(m.kind for m in trigger_matches(rule, options))


def _text(key: object, field: str) -> str:
    """``key`` if it is text, else an :class:`~coregs.InputError` naming ``field``."""
    if not isinstance(key, str):
        raise InputError(field, "expected a rule id or citation (text)")
    return key
