"""The source documents: the texts the rules quote, and how they are cited.

Citations are made and read only through a :class:`SourceDocument`, so a document's prefix
("12 CCR 2509-") and its numbering stem ("7.601") are spelled here and nowhere else:
``CCR_7_601.cite("71.B.3")`` is ``"12 CCR 2509-7.601.71.B.3"``, ``CCR_7_601.short("71.B.3")``
is ``"7.601.71.B.3"`` (as the text's own cross-references write it), and
``CCR_7_601.shorten("12 CCR 2509-7.601.71.B.3")`` goes back from the one to the other.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field

from coregs._model import Record

__all__ = ["CCR_7_601", "CPO_CASE_PROCESS", "TEXT_VERSION", "SourceDocument"]


class SourceDocument(Record):
    """A text rules are quoted from, and which version of it.

    Citations are made and read through the document, so its prefix is spelled in one place:
    ``CCR_7_601.cite("71.B.3")`` is ``"12 CCR 2509-7.601.71.B.3"`` and
    ``CCR_7_601.shorten("12 CCR 2509-7.601.71.B.3")`` is ``"7.601.71.B.3"``.

    Attributes:
        key: the citation prefix (``"12 CCR 2509-"``); a rule's citation starts with it.
        title: the document's name.
        version: the version statement, as the text gives it.
        version_date: the date the version statement names, if any.
        stem: the number the document's own references continue (``"7.601"``), or ``""`` for a
            document whose parts are cited after its key with a space (``"CPO Case Process 1"``).
    """

    key: str
    title: str
    version: str
    version_date: date | None = None
    stem: str = Field(default="", exclude=True, repr=False)

    def cite(self, ref: str = "") -> str:
        """The full citation of ``ref``, a reference within this document.

        ``ref`` continues the stem (``"71.B.3"``, ``"6.B ¶2"``, ``"2.A.7, A.8"``); ``""`` cites
        the whole document (``"12 CCR 2509-7.601"``).
        """
        if not self.stem:
            return f"{self.key} {ref}" if ref else self.key
        return f"{self.key}{self.stem}.{ref}" if ref else f"{self.key}{self.stem}"

    def short(self, *refs: str) -> str:
        """The short citation of each of ``refs``, as the text's own cross-references write them:
        ``short("71.B.3")`` is ``"7.601.71.B.3"``, ``short("6.A", "73.C")`` is
        ``"7.601.6.A, 7.601.73.C"``."""
        return ", ".join(self.shorten(self.cite(ref)) for ref in refs)

    def shorten(self, citation: str) -> str:
        """``citation`` without this document's prefix (``"7.601.71.B.3"``), or unchanged when it
        cites another document or the document has no numbering stem."""
        return citation.removeprefix(self.key) if self.stem else citation

    def section(self, citation: str) -> str:
        """The section ``citation`` sits in (``"7.601.71"``), or this document's title when it
        has no numbered sections."""
        short = self.shorten(citation)
        if self.stem and short.startswith(self.stem):
            depth = self.stem.count(".") + 2
            return ".".join(short.split(" ")[0].split(".")[:depth])
        return self.title


TEXT_VERSION = "Current through Register Vol. 47, No. 22, November 25, 2024"
"""The version statement of the 12 CCR 2509-7.601 text every quote is checked against."""

CCR_7_601 = SourceDocument(
    key="12 CCR 2509-",
    title="12 CCR 2509-7.601 County Responsibilities",
    version=TEXT_VERSION,
    version_date=date(2024, 11, 25),
    stem="7.601",
)
"""Colorado's county-responsibility rules for child welfare (Volume 7)."""

CPO_CASE_PROCESS = SourceDocument(
    key="CPO Case Process",
    title="Colorado Child Protection Ombudsman: CPO Case Process",
    version="the Ombudsman's web page as stored in tests/data/ombudsman-case-process.txt (undated)",
)
"""The Child Protection Ombudsman's published case process (Intake, Review, Closure, Trends)."""
