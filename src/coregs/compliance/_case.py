"""A case as a typed timeline of events, with the case-level facts rules test.

Both models are :class:`~coregs._model.Facts`: frozen, ``repr`` showing field names only, and
validation errors that name the field path and what was expected, never the value
(``Case.parse(data)`` / ``Case.parse_json(text)`` raise :class:`~coregs.InvalidFactsError`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Literal

from pydantic import Field, StrictBool, field_validator, model_validator
from pydantic_core import PydanticCustomError

from coregs._model import Facts
from coregs.rules import (
    EVENT_KINDS,
    ContactMode,
    ContactParty,
    CpoChannel,
    EventKind,
    PlacementAuthority,
    RemovalAuthority,
)

__all__ = ["Case", "Event"]

_Ref = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:-]+$")]
_ATTRIBUTE_FIELDS = ("emergency", "removed_by", "authority", "mode", "party", "channel")


class Event(Facts):
    """One dated event on a case timeline.

    Attributes:
        kind: what happened (:class:`~coregs.EventKind`; each kind's meaning and attributes are
            in :data:`~coregs.rules.EVENT_KINDS`).
        date: the local date it happened (convert a timestamp to America/Denver first).
        id: an optional reference, so that another event can say which one it answers.
        responds_to: the ``id`` of the event this one answers (a contact for one of two
            requests); without it, an act meets the earliest open occurrence it can.
        emergency, removed_by, authority, mode, party, channel: the kind's attributes; a kind
            requires some, allows others and forbids the rest.
    """

    kind: EventKind
    date: dt.date
    id: _Ref | None = None
    responds_to: _Ref | None = None
    emergency: StrictBool | None = None
    removed_by: RemovalAuthority | None = None
    authority: PlacementAuthority | None = None
    mode: ContactMode | None = None
    party: ContactParty | None = None
    channel: CpoChannel | None = None

    @model_validator(mode="after")
    def _attributes_fit_the_kind(self) -> Event:
        info = EVENT_KINDS[self.kind]
        for name in _ATTRIBUTE_FIELDS:
            present = getattr(self, name) is not None
            if present and name not in info.allowed:
                raise _error(f"an event of kind {self.kind.value} has no attribute {name}")
            if not present and name in info.required:
                raise _error(f"an event of kind {self.kind.value} requires attribute {name}")
        if self.responds_to is not None and self.responds_to == self.id:
            raise _error("an event cannot respond to itself")
        return self


class Case(Facts):
    """A case: the facts some rules' applicability depends on, and the timeline of events.

    Attributes:
        case_ref: an opaque reference for the report (never a name); optional.
        program_area: the Colorado Program Area (3, 4, 5 or 6), for 7.601.6.A.3.
        dn_or_jd_case: for a falsified record, whether there is a corresponding dependency and
            neglect or juvenile delinquency case: ``"none"``, ``"open"`` or ``"closed"``
            (7.601.81.F.1 / F.2).
        ssi_application_appropriate: an SSI application is appropriate (the child is believed
            to meet SSI criteria, or is in the CHRP waiver), for 7.601.72.D.
        emergency_assistance_applies: the case is one 7.601.73 covers (services for a family
            with children at risk of placement, or an intake case transferred for on-going
            services), for 7.601.73.C.
        events: the timeline, in any order (evaluation sorts by date, then file order).

    A fact left out (``None``) is unknown: a rule that needs it is reported as indeterminate,
    never silently as not applicable.
    """

    case_ref: _Ref | None = None
    program_area: Literal[3, 4, 5, 6] | None = None
    dn_or_jd_case: Literal["none", "open", "closed"] | None = None
    ssi_application_appropriate: StrictBool | None = None
    emergency_assistance_applies: StrictBool | None = None
    events: tuple[Event, ...] = Field(default=(), max_length=10_000)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]], *, first_row: int = 1) -> Case:
        """The case whose events a flat event table's ``rows`` hold (one mapping per row:
        ``kind``, ``date``, attributes, case facts), e.g. a ``csv.DictReader`` over one case.

        Column format and cell kinds: :mod:`coregs.compliance._rows`; a whole table of many
        cases: :func:`coregs.cases_from_rows` and :func:`coregs.cases_from_frame`.

        Raises:
            RowError: names the row (``first_row`` for the first) and the column, never the
                value.
        """
        from coregs.compliance._rows import case_from_rows  # noqa: PLC0415 - an input adapter

        return case_from_rows(rows, first_row=first_row)

    @field_validator("events")
    @classmethod
    def _references_resolve(cls, events: tuple[Event, ...]) -> tuple[Event, ...]:
        ids: set[str] = set()
        for i, event in enumerate(events):
            if event.id is not None:
                if event.id in ids:
                    raise _error(f"event {i} repeats the id of an earlier event")
                ids.add(event.id)
        for i, event in enumerate(events):
            if event.responds_to is not None and event.responds_to not in ids:
                raise _error(f"event {i}: responds_to names no event id of this case")
        return events


def _error(message: str) -> PydanticCustomError:
    # a custom error type keeps pydantic from prefixing "Value error, " to the message
    return PydanticCustomError("coregs_case", message)
