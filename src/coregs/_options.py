"""Interpretation options: named readings of ambiguous or silent text.

Where the regulation is ambiguous, coregs picks a documented default and lets the caller choose
otherwise by name. Every result records the :class:`Options` it used, so two reviewers who
disagree can see why.

One set of options serves every entry point: a caller resolves its overrides once (against
every option, ``coregs.eligibility.ALL_OPTIONS``) and passes the same :class:`Options` value to a
compliance check, a determination and a deadline; each reads the options it declares and
records the caller's other choices as not used (:attr:`Options.not_used`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from enum import StrEnum
from functools import cached_property
from typing import Any, Generic, TypeVar

from pydantic import Field, model_validator

from coregs._errors import InputError, UnknownOptionError
from coregs._model import Record

__all__ = [
    "Choice",
    "Interpretation",
    "OptionChoice",
    "Options",
    "checked_overrides",
    "resolve_options",
]

R = TypeVar("R", bound=StrEnum)


class Choice(Record):
    """One possible reading of an ambiguous passage."""

    value: str
    meaning: str


class Interpretation(Record, Generic[R]):
    """A named interpretation option: the question, its possible readings, and the default.

    Declare one with :meth:`declare`, giving the ``StrEnum`` of its readings, so that code reads
    an option as an enum member (``UNQUALIFIED_DAYS.read(options) is UnqualifiedDays.WORKING_DAYS``)
    and a misspelt reading fails type-checking instead of silently taking the other branch.

    Attributes:
        readings: the ``StrEnum`` whose members are exactly the choices' values (not part of
            the record's data: a dump or repr shows the choices).
        name: stable identifier callers use to override it (``"unqualified_days"``).
        question: what the text leaves open, in one sentence.
        citation: where the ambiguity sits (``"12 CCR 2509-7.601.2.A.7"``).
        choices: the readings coregs can apply, each with its meaning.
        default: the reading used unless the caller chooses another.
        reason: why the default was picked.
    """

    readings: type[R] = Field(exclude=True, repr=False)

    def __class_getitem__(cls, params: Any) -> Any:
        # Generic for the type checker only: ``Interpretation[Any]`` in a field annotation is
        # the class itself at run time, so schemas and reprs keep the plain name and docstring.
        return cls

    name: str
    question: str
    citation: str
    choices: tuple[Choice, ...]
    default: str
    reason: str

    @classmethod
    def declare(cls, readings: type[R], *, default: R, **fields: Any) -> Interpretation[R]:
        """An option whose readings are the members of ``readings``, ``default`` among them."""
        return cls(readings=readings, default=default, **fields)

    @model_validator(mode="after")
    def _choices_are_the_readings(self) -> Interpretation[R]:
        values = [c.value for c in self.choices]
        if len(set(values)) != len(values):
            raise ValueError(f"option {self.name}: choices must be unique")
        if set(values) != {r.value for r in self.readings}:
            raise ValueError(f"option {self.name}: choices must be exactly its readings")
        if self.default not in values:
            raise ValueError(f"option {self.name}: default must be one of its choices")
        return self

    def read(self, options: Options) -> R:
        """The reading ``options`` gives this option, as a member of :attr:`readings`.

        Raises:
            UnknownOptionError: ``options`` was not resolved with this option.
        """
        return self._reading_of[options[self.name]]

    @cached_property
    def _reading_of(self) -> dict[str, R]:
        # value -> member, looked up once: evaluators read options on every check
        return {r.value: r for r in self.readings}

    def choice(self, value: str) -> Choice:
        """The :class:`Choice` called ``value``, or :class:`~coregs.UnknownOptionError`."""
        for c in self.choices:
            if c.value == value:
                return c
        allowed = ", ".join(c.value for c in self.choices)
        raise UnknownOptionError(
            f"options.{self.name}", f"unknown choice; expected one of {allowed}"
        )


class OptionChoice(Record):
    """The reading applied for one option, as recorded on a result."""

    name: str
    value: str
    is_default: bool
    citation: str


class Options(Record):
    """The interpretation options a result was computed with (defaults and overrides).

    Attributes:
        chosen: every option the evaluation reads, each with its reading (default or not).
        not_used: options the caller set that this evaluation does not read (a catalog option
            given to a determination that reads none, an eligibility option given to a
            compliance check): recorded, so one set of options can go to every entry point.
    """

    chosen: tuple[OptionChoice, ...] = ()
    not_used: tuple[OptionChoice, ...] = ()

    def __getitem__(self, name: str) -> str:
        for c in self.chosen:
            if c.name == name:
                return c.value
        raise UnknownOptionError(f"options.{name}", "no such option was resolved")

    def __contains__(self, name: object) -> bool:
        return any(c.name == name for c in self.chosen)

    @property
    def overridden(self) -> tuple[OptionChoice, ...]:
        """The options read that are set to something other than their default."""
        return tuple(c for c in self.chosen if not c.is_default)

    def set_by_caller(self) -> tuple[OptionChoice, ...]:
        """The choices worth carrying to another evaluation: those read that are not the
        default, and those not read (the caller set them)."""
        return (*self.overridden, *self.not_used)


def checked_overrides(overrides: object) -> dict[str, str]:
    """``overrides`` as a dict of option names to choices, or :class:`~coregs.InputError`."""
    if overrides is None:
        return {}
    if not isinstance(overrides, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in overrides.items()
    ):
        raise InputError("options", "expected a mapping of option names to choices (text)")
    return dict(overrides)


def resolve_options(
    declared: Iterable[Interpretation[Any]],
    overrides: Mapping[str, str] | Options | None = None,
    *,
    used: Collection[str] | None = None,
) -> Options:
    """Apply caller overrides to a set of declared options.

    Args:
        declared: the options accepted by name.
        overrides: a mapping of option names to choices (every name must be declared), or an
            :class:`Options` value resolved elsewhere (for one set of options passed to every
            entry point): its choices of declared options apply, and its other choices it set
            (not defaults) are recorded as not used.
        used: the names the evaluation reads (default: every declared option); an override of
            a declared option outside them is recorded in :attr:`Options.not_used`.

    Raises:
        UnknownOptionError: an override names an option that is not declared, or a choice the
            option does not offer.
        InputError: ``declared`` or ``overrides`` is not what it should be.
    """
    options = tuple(declared) if isinstance(declared, Iterable) else (None,)
    if not all(isinstance(o, Interpretation) for o in options):
        raise InputError("declared", "expected Interpretation options")
    by_name = {o.name: o for o in options}
    if isinstance(overrides, Options):
        carried = overrides.set_by_caller()
        values = {c.name: c.value for c in carried if c.name in by_name}
        foreign = tuple(c for c in carried if c.name not in by_name)
    else:
        values, foreign = checked_overrides(overrides), ()
        for name in values:
            if name not in by_name:
                known = ", ".join(sorted(by_name))
                raise UnknownOptionError(
                    f"options.{name}", f"no such option; known options: {known}"
                )
    reads = by_name.keys() if used is None else used
    chosen, not_used = [], []
    for name, option in by_name.items():
        value = values.get(name, option.default)
        option.choice(value)
        choice = OptionChoice(
            name=name, value=value, is_default=value == option.default, citation=option.citation
        )
        if name in reads:
            chosen.append(choice)
        elif name in values:
            not_used.append(choice)
    return Options(chosen=tuple(chosen), not_used=(*not_used, *foreign))
