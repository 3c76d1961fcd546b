"""A calendar's closures as iCalendar (RFC 5545), for people who keep them in their calendars.

One all-day event per closure, each carrying its legal basis: the citation or document that
establishes it, its layer, and for an observed holiday the day it falls on and the authority
for moving it. The text follows RFC 5545: CRLF line ends, lines folded at 75 octets (never
inside a UTF-8 character), TEXT values escaped, a stable UID per closure (the same closure has
the same UID in every export, so a subscribed calendar updates rather than duplicates), and a
DTSTAMP the caller passes in: this module reads no clock.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from coregs import __version__
from coregs._errors import InputError
from coregs.calendar._dates import WEEKDAY_NAMES
from coregs.calendar._engine import BusinessCalendar
from coregs.calendar._records import Closure

__all__ = ["to_icalendar"]

_NAMESPACE = uuid.UUID("6f1f4c55-2f0e-5b8e-9a43-7b0c2e6d1a11")
"""Fixed namespace of the closures' UIDs (uuid5 of the closure's date, name, layer, source)."""
_FOLD = 75  # octets per line, CRLF excluded (RFC 5545 3.1)


def escape_text(value: str) -> str:
    """A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma and newlines."""
    out = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return out.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """One content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character;
    continuation lines start with a space. Lines are joined by CRLF."""
    pieces: list[str] = []
    current, size, limit = "", 0, _FOLD
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, _FOLD - 1  # the leading space takes one octet
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "closure"


def _uid(c: Closure) -> str:
    key = f"{c.date.isoformat()}|{c.name}|{c.layer.value}|{c.source}"
    return f"{c.date:%Y%m%d}-{_slug(c.name)}-{uuid.uuid5(_NAMESPACE, key).hex[:12]}@coregs"


def _basis(c: Closure) -> str:
    """The legal basis in words: the source, the layer, the observance, a partial day."""
    lines = [f"{c.layer.value.capitalize()}. Basis: {c.source.rstrip('.')}."]
    if c.observed:
        assert c.holiday_date is not None
        lines.append(
            f"{c.name} falls on {WEEKDAY_NAMES[c.holiday_date.weekday()]} "
            f"{c.holiday_date.isoformat()}; observed on {WEEKDAY_NAMES[c.date.weekday()]} "
            f"per {c.shift_basis}."
        )
    if c.partial:
        lines.append(
            f"{c.partial}: not a full business day (C.R.S. 24-11-110), so coregs counts the day "
            "as closed."
        )
    if c.note:
        lines.append(c.note)
    return "\n".join(lines)


def _event(c: Closure, stamp: str) -> list[str]:
    summary = (
        c.name + (" (observed)" if c.observed else "") + (f" ({c.partial})" if c.partial else "")
    )
    return [
        "BEGIN:VEVENT",
        f"UID:{_uid(c)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{c.date:%Y%m%d}",
        f"DTEND;VALUE=DATE:{c.date + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(_basis(c))}",
        f"CATEGORIES:{escape_text(c.layer.value)}",
        f"X-COREGS-BASIS:{escape_text(c.source)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def to_icalendar(calendar: BusinessCalendar, years: int | Iterable[int], *, stamp: datetime) -> str:
    """The closures of ``calendar`` in ``years`` as an iCalendar document (RFC 5545).

    Each closure is an all-day event whose description gives its legal basis (the citation or
    document, the layer, the day an observed holiday falls on and the authority for moving
    it); ``X-COREGS-BASIS`` carries the citation alone, for machines. Open commemorative days
    (Cesar Chavez Day) are not closures and are left out.

    Args:
        calendar: the business-day calendar (a shipped one, or one with a county's closures).
        years: a year, or several.
        stamp: the moment the document is produced (each event's ``DTSTAMP``), a timezone-aware
            datetime; coregs reads no clock, so the caller passes it
            (``datetime.now(UTC)``, or a fixed moment for a reproducible file).

    Returns:
        The document, with CRLF line ends, as ``str`` (write it as UTF-8).

    Raises:
        OutOfRangeError: a year outside the calendar's years.
        InputError: a naive ``stamp``.

    Example:
        >>> from datetime import UTC, datetime
        >>> from coregs.calendar import colorado_legal_holidays, to_icalendar
        >>> ics = to_icalendar(colorado_legal_holidays(), 2026,
        ...                    stamp=datetime(2026, 1, 1, tzinfo=UTC))
        >>> ics.count("BEGIN:VEVENT")
        11
        >>> "SUMMARY:Independence Day (observed)" in ics
        True
    """
    if not isinstance(stamp, datetime) or stamp.tzinfo is None:
        raise InputError("stamp", "expected a timezone-aware datetime, e.g. datetime.now(UTC)")
    wanted = [years] if isinstance(years, int) else sorted(set(years))
    closures = [c for year in wanted for c in calendar.closures_in(year)]
    dtstamp = stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//coregs//coregs {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME:{escape_text(calendar.name)}",
        f"X-WR-CALNAME:{escape_text(calendar.name)}",
    ]
    if calendar.description:
        lines.append(f"X-WR-CALDESC:{escape_text(calendar.description)}")
    for c in closures:
        lines.extend(_event(c, dtstamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
