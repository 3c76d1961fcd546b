"""A case a batch could not evaluate: where it is, which field, why. Never a value from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coregs._errors import CoregsError, FieldProblem, InputError, InvalidFactsError

__all__ = ["FailedCase", "safe_problems"]

_UNKNOWN_KEY = "extra_forbidden"


def _without_key(problem: FieldProblem) -> FieldProblem:
    # the last step of the path is a key the caller invented: it may be a value (a name)
    loc = problem.loc
    parent = loc[: max(loc.rfind("."), 0)] if not loc.endswith("]") else loc
    message = "an unknown field: this model does not have it"
    return FieldProblem(parent, problem.type, message)


def safe_problems(problems: tuple[FieldProblem, ...]) -> tuple[FieldProblem, ...]:
    """``problems`` without the names of unknown keys (an unknown key's name may be a case
    value: ``{"Jane Doe": ...}``); the path stops at the object that has the unknown key."""
    return tuple(_without_key(p) if p.type == _UNKNOWN_KEY else p for p in problems)


@dataclass(frozen=True, slots=True)
class FailedCase:
    """A case (or facts) in a batch that could not be evaluated, in its place in the output.

    It is built from the error, never from the input, so it holds no case value: it is safe to
    log, to write next to the results, to send back over HTTP.

    Attributes:
        index: the case's position in the input (0 for the first).
        error: the error's class name (``"InvalidFactsError"``, ``"RuleNotInForceError"``,
            ``"RowError"``); ``"InternalError"`` for a failure of coregs itself.
        field: the field path (``"events[3].date"``, ``"row 12, column date"``) or argument
            the error is about; empty for an internal error.
        problem: what is wrong, in words that contain no input value.
        rule: the rule or citation whose requirement the case fails, if any.
        problems: for invalid facts, every failing field.
        source: where the case came from in a file (``"line 12"``, ``"rows 40-52"``, a file
            name), when a reader knows it.
    """

    index: int
    error: str
    field: str
    problem: str
    rule: str | None = None
    problems: tuple[FieldProblem, ...] = ()
    source: str = ""

    @classmethod
    def of(cls, index: int, exc: BaseException, *, source: str = "") -> FailedCase:
        """The failed case for ``exc``: a coregs error's field and problem, or, for any other
        exception, only its type (its message might hold a value)."""
        if isinstance(exc, InvalidFactsError):
            problems = safe_problems(exc.problems)
            first = problems[0] if problems else FieldProblem(exc.model, "invalid", exc.problem)
            more = len(problems) - 1
            problem = first.message + (f" (and {more} more)" if more > 0 else "")
            field = first.loc or exc.model
            return cls(index, type(exc).__name__, field, problem, exc.rule, problems, source)
        if isinstance(exc, InputError):
            return cls(index, type(exc).__name__, exc.field, exc.problem, exc.rule, (), source)
        if isinstance(exc, CoregsError):
            return cls(index, type(exc).__name__, "", str(exc), source=source)
        problem = f"internal error ({type(exc).__name__}); please report it"
        return cls(index, "InternalError", "", problem, source=source)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (what ``coregs batch`` writes for the case)."""
        return {
            "index": self.index,
            "source": self.source or None,
            "error": self.error,
            "field": self.field,
            "problem": self.problem,
            "rule": self.rule,
            "problems": [
                {"loc": p.loc, "type": p.type, "message": p.message} for p in self.problems
            ],
        }

    def __str__(self) -> str:
        where = f" ({self.source})" if self.source else ""
        about = f"{self.field}: " if self.field else ""
        rule = f" ({self.rule})" if self.rule else ""
        return f"case {self.index}{where}: {about}{self.problem}{rule} [{self.error}]"
