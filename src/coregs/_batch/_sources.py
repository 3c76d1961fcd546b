"""Where a batch's cases come from: a JSON Lines file, a folder of JSON files, an event table.

Each reader yields ``(index, source, payload)`` items lazily, so a file of any size is read
as the batch consumes it; ``source`` says where in the input the case is (``"line 12"``, a file
name, ``"rows 40-52"``) and never holds a value from it. :class:`Progress` counts what has been
read, for a progress line.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from coregs._batch._events import cases_from_rows
from coregs._batch._failed import FailedCase
from coregs._errors import InputError
from coregs.compliance._rows import TABLE_COLUMNS

__all__ = ["Progress", "event_table", "json_documents"]

Item = tuple[int, str, Any]


class Progress:
    """How much of the input has been read: items, and bytes out of a total when known."""

    def __init__(self, total_bytes: int | None = None, total_items: int | None = None) -> None:
        self.items = 0
        self.bytes = 0
        self.total_bytes = total_bytes
        self.total_items = total_items

    @property
    def fraction(self) -> float | None:
        """The share of the input read, if its size is known."""
        if self.total_items:
            return min(1.0, self.items / self.total_items)
        if self.total_bytes:
            return min(1.0, self.bytes / self.total_bytes)
        return None


def _open(path: Path, what: str) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError:
        raise InputError(what, "cannot read the file") from None


def _lines(stream: BinaryIO, progress: Progress) -> Iterator[Item]:
    index = 0
    try:
        for number, line in enumerate(stream, start=1):
            progress.bytes += len(line)
            if line.strip():
                progress.items += 1
                yield index, f"line {number}", line
                index += 1
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _files(folder: Path, progress: Progress) -> Iterator[Item]:
    for index, path in enumerate(sorted(folder.glob("*.json"))):
        try:
            payload: Any = path.read_bytes()
        except OSError:  # that case's error, not the batch's
            payload = FailedCase.of(index, InputError("file", "cannot read it"), source=path.name)
        progress.items += 1
        yield index, path.name, payload


def json_documents(path: str, progress: Progress, what: str = "cases") -> Iterator[Item]:
    """The JSON documents of a JSON Lines file (one per non-blank line; ``-`` for stdin) or of
    a folder (each ``*.json`` file, in name order).

    Raises:
        InputError: the path does not exist or cannot be read.
    """
    if path == "-":
        return _lines(sys.stdin.buffer, progress)
    p = Path(path)
    if p.is_dir():
        progress.total_items = sum(1 for _ in p.glob("*.json"))
        return _files(p, progress)
    stream = _open(p, what)
    progress.total_bytes = p.stat().st_size
    return _lines(stream, progress)


class _Counted(io.RawIOBase):
    """A binary stream that adds what is read to a :class:`Progress`."""

    def __init__(self, raw: Any, progress: Progress) -> None:
        self.raw, self.progress = raw, progress

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.raw.readinto(buffer)
        self.progress.bytes += n or 0
        return n or 0


def event_table(path: str, progress: Progress) -> Iterator[Item]:
    """The cases of a CSV event table (header row first; ``-`` for stdin), grouped by
    ``case_ref``: a :class:`~coregs.Case` or :class:`~coregs.FailedCase` per case.

    Raises:
        InputError: the file cannot be read, or its header names a column an event table
            does not have (by position, never by name) or lacks ``case_ref``.
    """
    if path == "-":
        raw: BinaryIO = sys.stdin.buffer
    else:
        raw = _open(Path(path), "--events")
        progress.total_bytes = Path(path).stat().st_size
    # utf-8-sig: a spreadsheet's CSV export often starts with a byte-order mark
    text = io.TextIOWrapper(io.BufferedReader(_Counted(raw, progress)), "utf-8-sig", newline="")
    rows = csv.DictReader(text)
    header = rows.fieldnames or []
    for position, name in enumerate(header, start=1):
        if name not in TABLE_COLUMNS:
            known = ", ".join(sorted(TABLE_COLUMNS))
            raise InputError("--events", f"header column {position} is unknown; known: {known}")
    if "case_ref" not in header:
        raise InputError("--events", "the header needs a case_ref column")
    return _cases(rows, progress)


def _cases(rows: csv.DictReader[str], progress: Progress) -> Iterator[Item]:
    for index, case in enumerate(cases_from_rows(rows)):
        progress.items += 1
        yield index, "", case
