"""A criterion's declaration: its id, citation, title and the words it implements, verbatim.

Each criterion module declares its :class:`CriterionSpec` values next to the function that
evaluates them, so that reading a module reads the regulation; a test checks that every quote
of 12 CCR 2509-7.601 appears verbatim in the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coregs.eligibility._base.outcome import MET, NOT_APPLICABLE, UNKNOWN, Criterion, Outcome

__all__ = ["CriterionSpec"]

_new = tuple.__new__


@dataclass(frozen=True, slots=True)
class CriterionSpec:
    """A declared eligibility criterion.

    Attributes:
        id: stable slug (``"re-prevent-removal-order"``).
        citation: full citation (``"12 CCR 2509-7.601.71.B.3"``, ``"45 CFR 1356.21(e)"``).
        title: a short name.
        quote: the sentence(s) it implements, verbatim (for 12 CCR, checked against the text).
        related: other sentences of the text it also implements (evidence rules, definitions,
            the parts of a list), each verbatim and checked like ``quote``.
        note: how coregs reads it, where that needs saying.
    """

    id: str
    citation: str
    title: str
    quote: str
    related: tuple[str, ...] = ()
    note: str = ""

    def result(
        self,
        outcome: Outcome,
        reason: str,
        *,
        missing: tuple[str, ...] = (),
        met_on: date | None = None,
        parts: tuple[Criterion, ...] = (),
    ) -> Criterion:
        """This criterion's :class:`Criterion` result."""
        # the tuple made in C: a NamedTuple's own __new__ is a Python frame (18 a determination)
        return _new(
            Criterion,
            (
                self.id,
                self.citation,
                self.title,
                outcome,
                reason,
                missing if outcome is UNKNOWN else (),
                met_on if outcome is MET else None,
                parts,
            ),
        )

    def unknown(self, reason: str, *missing: str) -> Criterion:
        """An unknown result naming the facts that would settle it."""
        return self.result(UNKNOWN, reason, missing=missing)

    def not_applicable(self, reason: str) -> Criterion:
        """A not-applicable result."""
        return self.result(NOT_APPLICABLE, reason)
