"""A case as a typed timeline of events, with the case-level facts rules test.

Both models are :class:`~coregs._model.Facts`: frozen, ``repr`` showing field names only, and
validation errors that name the field path and what was expected, never the value
(``Case.parse(data)`` / ``Case.parse_json(text)`` raise :class:`~coregs.InvalidFactsError`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Literal

from pydantic import Field, StrictBool, field_validator
from pydantic.json_schema import JsonSchemaValue

from coregs._model import Date, Facts, Ref, Whole, facts_error
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

_ATTRIBUTE_FIELDS = ("emergency", "removed_by", "authority", "mode", "party", "channel")
_ATTRIBUTES = frozenset(_ATTRIBUTE_FIELDS)


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
    date: Date
    id: Ref | None = None
    responds_to: Ref | None = None
    emergency: StrictBool | None = None
    removed_by: RemovalAuthority | None = None
    authority: PlacementAuthority | None = None
    mode: ContactMode | None = None
    party: ContactParty | None = None
    channel: CpoChannel | None = None

    _cross_field_rules = ("responds_to is not the event's own id",)

    def _check_whole(self) -> None:
        info = EVENT_KINDS[self.kind]
        # most events name no attribute, and most kinds require none: nothing to compare
        given = self.model_fields_set & _ATTRIBUTES
        for name in _ATTRIBUTE_FIELDS if given or info.required else ():
            present = getattr(self, name) is not None
            if present and name not in info.allowed:
                message = f"an event of kind {self.kind.value} has no attribute {name}"
                raise facts_error("event_attribute", message)
            if not present and name in info.required:
                message = f"an event of kind {self.kind.value} requires attribute {name}"
                raise facts_error("event_attribute", message)
        if self.responds_to is not None and self.responds_to == self.id:
            raise facts_error("self_reference", "an event cannot respond to itself")

    @classmethod
    def _json_schema_rules(cls) -> list[JsonSchemaValue]:
        # the kinds that share attribute rules, one subschema each: a required attribute is
        # present and not null, a foreign one absent or null
        groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = {}
        for kind, info in EVENT_KINDS.items():
            foreign = tuple(n for n in _ATTRIBUTE_FIELDS if n not in info.allowed)
            groups.setdefault((tuple(info.required), foreign), []).append(kind.value)
        rules: list[JsonSchemaValue] = []
        for (required, foreign), kinds in groups.items():
            then: JsonSchemaValue = {"properties": {}}
            if required:
                then["required"] = list(required)
            then["properties"].update({n: {"not": {"type": "null"}} for n in required})
            then["properties"].update({n: {"type": "null"} for n in foreign})
            rules.append({"if": {"properties": {"kind": {"enum": kinds}}}, "then": then})
        return rules


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

    case_ref: Ref | None = None
    program_area: Annotated[Literal[3, 4, 5, 6], Whole] | None = None
    dn_or_jd_case: Literal["none", "open", "closed"] | None = None
    ssi_application_appropriate: StrictBool | None = None
    emergency_assistance_applies: StrictBool | None = None
    events: tuple[Event, ...] = Field(default=(), max_length=10_000)

    _cross_field_rules = (
        "event ids are unique",
        "every responds_to names the id of an event of the case",
    )

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
                    message = f"event {i} repeats the id of an earlier event"
                    raise facts_error("duplicate_id", message)
                ids.add(event.id)
        for i, event in enumerate(events):
            if event.responds_to is not None and event.responds_to not in ids:
                message = f"event {i}: responds_to names no event id of this case"
                raise facts_error("unresolved_reference", message)
        return events
