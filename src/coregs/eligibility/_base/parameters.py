"""The AFDC need standard: a parameter table with its source and caveat, overridable.

7.601.71.D.3.b: "The household income after AFDC income tests are applied must be less than the
need standard for the household." The standard is the State's as of July 16, 1996 (42 U.S.C.
672(a)(3)). Colorado's July 1996 table was not found in any source coregs could check; the
shipped table is the current Colorado Works need standard, which Colorado is believed never to
have raised since AFDC. Pass your own :class:`NeedStandard` (``determine_iv_e(...,
need_standard=...)``) when the State's 1996 table is at hand.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field, model_validator

from coregs._errors import InputError
from coregs._model import Record

__all__ = ["COLORADO_NEED_STANDARD", "NeedStandard"]


class NeedStandard(Record):
    """A monthly AFDC need standard (7.601.71.D.3.b; 45 CFR 233.20) by number of caretakers
    (rows) and children (columns).

    Attributes:
        table: ``table[caretakers][children]`` in whole dollars: rows for 0, 1 and 2
            caretakers (a unit has at most the child's two parents), every row the same length.
        additional_child: added for each child beyond the table's last column.
        source: where the figures come from.
        caveat: what is not verified about them.
    """

    table: tuple[tuple[int, ...], ...] = Field(min_length=3, max_length=3)
    additional_child: int = Field(ge=0)
    source: str
    caveat: str = ""

    @model_validator(mode="after")
    def _rectangular(self) -> NeedStandard:
        width = len(self.table[0])
        if width < 2 or any(len(row) != width for row in self.table):
            raise ValueError("every row of the need standard must have the same length (>= 2)")
        if any(v < 0 for row in self.table for v in row):
            raise ValueError("need standard amounts must not be negative")
        return self

    def amount(self, caretakers: int, children: int) -> Decimal:
        """The standard for a unit of ``caretakers`` adults and ``children`` children.

        Raises:
            InputError: more caretakers than the table has rows, or a negative count.
        """
        if caretakers < 0 or children < 0:
            raise InputError("need_standard", "a unit cannot have a negative number of people")
        if caretakers >= len(self.table):
            raise InputError("need_standard", f"the table has no row for {caretakers} caretakers")
        row = self.table[caretakers]
        last = len(row) - 1
        if children <= last:
            return Decimal(row[children])
        return Decimal(row[last] + (children - last) * self.additional_child)


COLORADO_NEED_STANDARD = NeedStandard(
    table=(
        (0, 117, 245, 368, 490, 587, 678, 755, 830, 904, 977),
        (253, 331, 421, 510, 605, 697, 770, 844, 920, 992, 1065),
        (357, 439, 533, 628, 716, 787, 861, 937, 1009, 1082, 1155),
    ),
    additional_child=67,
    source="Colorado Works need standard, 9 CCR 2503-6 section 3.606.1.F (values dated "
    "2022-03-01), as encoded in PolicyEngine-US parameters "
    "gov/states/co/cdhs/tanf/need_standard/main.yaml and additional_child.yaml ($67 per child "
    "over 10)",
    caveat="Colorado's July 16, 1996 AFDC need standard was not found. This is the current "
    "Colorado Works need standard, assumed equal to it: Colorado is believed not to have "
    "raised its need standard since AFDC, and its 1 caretaker + 2 children figure ($421) "
    "matches the 1996 figure recalled from the 1996 Green Book, which could not be checked. "
    "Confirm with the Colorado Department of Human Services before relying on it.",
)
"""The shipped need standard, with its source and caveat."""
