"""Synthetic values show themselves in a failing example; real data never does.

Case facts hide their values in every ``repr`` (C.R.S. 19-1-307), so a failing property would
print ``Case(case_ref=…, events=…)`` and leave a reviewer guessing. Values drawn by a coregs
strategy are synthetic, and two things show them:

* a strategy builds its value last through a function named like the call that rebuilds it
  (``Case.parse``), so hypothesis prints the failing argument as ``Case.parse({...})``, code a
  reviewer can paste into a regression test;
* a hypothesis ``note`` spells the value out the same way, for when it is nested in a tuple or
  drawn inside another strategy, where hypothesis cannot show the call.

Notes are printed only for the failing example (or with verbose output), and their text is
built only then. A value that did not come from a strategy (a real case) gets neither, and its
``repr`` stays private.
"""

from __future__ import annotations

import pprint
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from hypothesis import currently_in_test_context, note

__all__ = ["as_code", "parser", "shown"]

_T = TypeVar("_T")


class _Deferred:
    """Renders its text only when hypothesis prints the note (the failing example)."""

    __slots__ = ("_text",)

    def __init__(self, text: Callable[[], str]) -> None:
        self._text = text

    def __repr__(self) -> str:
        return self._text()


def as_code(constructor: str, data: Any) -> str:
    """``Case.parse({...})``: a call that rebuilds a value from its plain data."""
    body = pprint.pformat(data, width=96, sort_dicts=False)
    return f"{constructor}({body})"


def shown(label: str, code: Callable[[_T], str]) -> Callable[[_T], _T]:
    """A ``strategy.map`` function that notes the drawn value as ``label: <code>``."""

    def attach(value: _T) -> _T:
        if currently_in_test_context():
            note(_Deferred(lambda: f"{label} (synthetic, drawn by coregs.testing): {code(value)}"))
        return value

    return attach


def parser(
    model: str, parse: Callable[[Mapping[str, Any]], _T], label: str
) -> Callable[[Mapping[str, Any]], _T]:
    """``parse`` (a model's ``parse``, e.g. ``Case.parse``) as a ``strategy.map`` function that
    hypothesis prints as ``Case.parse({...})``, and that notes the parsed value the same way."""
    constructor = f"{model}.parse"

    def code(value: Any) -> str:
        return as_code(constructor, value.model_dump(mode="json", exclude_none=True))

    note_it: Callable[[_T], _T] = shown(label, code)

    def build(data: Mapping[str, Any]) -> _T:
        return note_it(parse(data))

    build.__name__ = build.__qualname__ = constructor
    return build
