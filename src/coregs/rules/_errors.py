"""Errors about rules: unknown, ambiguous, or not in force on the date asked about."""

from __future__ import annotations

from coregs._errors import InputError

__all__ = ["AmbiguousRuleError", "RuleNotInForceError", "UnknownRuleError"]


class UnknownRuleError(InputError, KeyError):
    """No rule has the id or citation asked for."""

    def __str__(self) -> str:  # KeyError would quote the message
        return InputError.__str__(self)


class AmbiguousRuleError(InputError, KeyError):
    """A citation names more than one rule; the message lists their ids to choose from.

    Attributes:
        ids: the ids of the rules at the citation, in catalog order (pass one of them instead,
            or use ``Rulebook.by_citation`` for all of them).
    """

    def __init__(
        self, field: str, problem: str, *, rule: str | None = None, ids: tuple[str, ...] = ()
    ) -> None:
        self.ids = ids
        super().__init__(field, problem, rule=rule)

    def __str__(self) -> str:
        return InputError.__str__(self)


class RuleNotInForceError(InputError):
    """A rule was asked for on a date outside its effective interval (strict effective dating).

    The message names the rule and its interval (public facts), never the case date.
    """
