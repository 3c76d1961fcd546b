"""7.601.71.D.3: need. Resources under $10,000, and the two-step AFDC income test of 1996.

"The income and resources of the household members of the removal home must be within the
allowable standards for an AFDC assistance unit. Refer to the AFDC rules from July 16, 1996, to
determine which members of the household are considered in the determination of income and
resources."

The 1996 rules applied (45 CFR, unamended since):

* **Who counts** (206.10(a)(1)(vii), 233.20(a)(1)(ii)): the child, the child's natural or
  adoptive parents in the home (the caretakers), and the child's blood-related or adoptive
  brothers and sisters in the home, except anyone receiving SSI or a foster care or adoption
  payment. A stepparent's, or a minor parent's parent's, income is deemed after the (a)(3)(xiv)
  disregards; no contribution is assumed from anyone else (233.20(a)(2)(viii)).
* **Step 1, gross** (233.20(a)(3)(xiii)): income may not exceed 185 percent of the need
  standard, before the earned-income disregards.
* **Step 2, net** (233.20(a)(11)(i)): each earner's gross earnings less a dependent child's
  student earnings, the first $90, $30 plus one-third where it applies, and dependent care up to
  $175 a child ($200 under age two); plus unearned and deemed income; the first $50 of child
  support is not income (233.20(a)(3)(iv)(G)). Colorado: it "must be less than the need
  standard" (71.D.3.b).

Missing amounts are not guessed: the test is computed with each unknown at both ends of its
range, and decided only when both ends agree.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import product
from typing import Any, NamedTuple

from coregs._errors import require_date
from coregs._model import safe_validate
from coregs._options import Options
from coregs.eligibility._base.context import Context, build_context, resolve_ive_options
from coregs.eligibility._base.options import (
    IVE_OPTIONS,
    GrossLimitRounding,
    ResourceComparison,
    ThirtyAndOneThird,
)
from coregs.eligibility._base.outcome import MET, NOT_MET, UNKNOWN, Criterion, Outcome, all_of
from coregs.eligibility._base.parameters import (
    AFDC_DAY,
    CHILD_SUPPORT_DISREGARD,
    DEPENDENT_CARE_CAP,
    DEPENDENT_CARE_CAP_UNDER_TWO,
    GROSS_INCOME_LIMIT,
    ONE_THIRD_DISREGARD,
    RESOURCE_LIMIT,
    TEXT_DAY,
    THIRTY_DISREGARD,
    WORK_EXPENSE_DISREGARD,
    NeedStandard,
)
from coregs.eligibility._base.spec import CriterionSpec
from coregs.eligibility._facts import (
    DependentCare,
    Income,
    IVEFacts,
    Member,
    MemberRole,
    Parent,
    ParentStatus,
)
from coregs.rules.catalog import CCR_7_601

__all__ = [
    "INCOME",
    "RESOURCES",
    "Budget",
    "BudgetLine",
    "afdc_budget",
    "budget",
    "income",
    "resources",
]

_ZERO = Decimal(0)
_INF = Decimal("Infinity")

# the figures, read once from their dated records (coregs.eligibility._base.parameters)
_WORK_EXPENSE = WORK_EXPENSE_DISREGARD.at(AFDC_DAY)
_THIRTY = THIRTY_DISREGARD.at(AFDC_DAY)
_ONE_THIRD = ONE_THIRD_DISREGARD.at(AFDC_DAY)
_CARE_CAP = DEPENDENT_CARE_CAP.at(AFDC_DAY)
_CARE_CAP_UNDER_TWO = DEPENDENT_CARE_CAP_UNDER_TWO.at(AFDC_DAY)
_SUPPORT_DISREGARD = CHILD_SUPPORT_DISREGARD.at(AFDC_DAY)
_SUPPORT_ITEM = f"child support received, less the first ${_SUPPORT_DISREGARD}"
_GROSS_LIMIT = GROSS_INCOME_LIMIT.at(AFDC_DAY)
_GROSS_SHARE = str(_GROSS_LIMIT)  # "185%"
_RESOURCE_LIMIT = RESOURCE_LIMIT.at(TEXT_DAY)
_LESS_THAN_LIMIT = f"less than ${_RESOURCE_LIMIT:,}"
_NOT_MORE_THAN_LIMIT = f"not more than ${_RESOURCE_LIMIT:,}"

RESOURCES = CriterionSpec(
    id="afdc-resources",
    citation=CCR_7_601.cite("71.D.3.a"),
    title=f"Countable resources under ${_RESOURCE_LIMIT:,}",
    quote="Resources - The family must have less than $10,000 in countable resources.",
    note="Option resource_comparison: 'not more than $10,000' (42 U.S.C. 672(a)(3)(B)) lets "
    "exactly $10,000 pass.",
)


def resources(ctx: Context) -> Criterion:
    """D.3.a: the family's countable resources are under the limit."""
    amount = ctx.facts.removal_home.resources
    if amount is None:
        return RESOURCES.unknown(
            "the removal home's countable resources are not stated", "removal_home.resources"
        )
    if ctx.readings.resource_comparison is ResourceComparison.NOT_MORE_THAN:
        ok, limit = amount <= _RESOURCE_LIMIT, _NOT_MORE_THAN_LIMIT
    else:
        ok, limit = amount < _RESOURCE_LIMIT, _LESS_THAN_LIMIT
    return RESOURCES.result(
        MET if ok else NOT_MET,
        f"countable resources are {'' if ok else 'not '}{limit}",
    )


INCOME = CriterionSpec(
    id="afdc-income",
    citation=CCR_7_601.cite("71.D.3.b"),
    title="Income under the need standard (1996 gross and net tests)",
    quote="Income Test - The household income after AFDC income tests are applied must be less "
    "than the need standard for the household.",
    related=(
        "The income and resources of the household members of the removal home must be within "
        "the allowable standards for an AFDC assistance unit.",
        "Refer to the AFDC rules from July 16, 1996, to determine which members of the "
        "household are considered in the determination of income and resources.",
    ),
    note="The need standard is a parameter (coregs.eligibility.COLORADO_NEED_STANDARD, with its "
    "source and caveat); pass need_standard= to use another.",
)


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One line of the AFDC budget: who, what, and the amount (or its range when unknown)."""

    who: str
    item: str
    lo: Decimal
    hi: Decimal

    @property
    def known(self) -> bool:
        """Whether the amount is known exactly."""
        return self.lo == self.hi


@dataclass(frozen=True, slots=True, repr=False)
class Budget:
    """The AFDC income budget of the removal home in the eligibility month.

    Confidential: it holds income figures, so its ``repr`` shows none; read the fields or
    :meth:`render` deliberately.

    Attributes:
        caretakers, children: the assistance unit's size for the need standard.
        need: the need standard for the unit.
        gross_limit: 185 percent of it (rounded per the option ``gross_limit_rounding``).
        gross: the unit's gross income, as a range when some amount is unknown.
        countable: its countable income after the disregards, likewise.
        lines: each amount and disregard, by person.
        missing: the facts whose absence leaves a range.
        composition_missing: facts without which the unit itself is unknown (the budget is
            then not computed: ``need`` is ``None``).
    """

    caretakers: int
    children: int
    need: Decimal | None
    gross_limit: Decimal | None
    gross_lo: Decimal
    gross_hi: Decimal
    countable_lo: Decimal
    countable_hi: Decimal
    lines: tuple[BudgetLine, ...]
    missing: tuple[str, ...]
    composition_missing: tuple[str, ...]

    def __repr__(self) -> str:
        return "Budget(…)"

    def render(self) -> str:
        """The budget as a worksheet (contains income figures: for the technician only)."""

        def money(lo: Decimal, hi: Decimal) -> str:
            if lo == hi:
                return f"${lo:,.2f}"
            return f"${lo:,.2f} .. " + ("unknown" if hi == _INF else f"${hi:,.2f}")

        if self.need is None:
            return "AFDC budget: the assistance unit is unknown; missing " + ", ".join(
                self.composition_missing
            )
        out = [
            f"Assistance unit: {self.caretakers} caretaker(s), {self.children} child(ren)",
            f"Need standard: ${self.need:,.2f}; {_GROSS_SHARE} gross limit: "
            f"${self.gross_limit:,.2f}",
        ]
        out.extend(f"  {ln.who}: {ln.item}: {money(ln.lo, ln.hi)}" for ln in self.lines)
        out.append(f"Gross income: {money(self.gross_lo, self.gross_hi)}")
        out.append(f"Countable income: {money(self.countable_lo, self.countable_hi)}")
        if self.missing:
            out.append("Missing: " + ", ".join(self.missing))
        return "\n".join(out)


@dataclass(slots=True)
class _Sheet:
    """One worksheet being filled in, amount by amount in the worksheet's order: gross and
    countable income as ranges [lo, hi] (``hi`` infinite while an amount is unknown), each line
    when ``lines`` is kept, and the facts whose absence leaves a range."""

    thirty_third: tuple[bool, bool]  # whether $30 + 1/3 applies: (at the low, the high end)
    thirty_third_unknown: bool  # ... because whether Colorado Works was received is not stated
    lines: list[BudgetLine] | None
    missing: list[str] = field(default_factory=list)
    gross_lo: Decimal = _ZERO
    gross_hi: Decimal = _ZERO
    countable_lo: Decimal = _ZERO
    countable_hi: Decimal = _ZERO

    def counted(self, who: str, item: str, lo: Decimal, hi: Decimal) -> None:
        """An amount that is both gross and countable income (the worksheet's line)."""
        self.gross_lo += lo
        self.gross_hi += hi
        self.countable_lo += lo
        self.countable_hi += hi
        if self.lines is not None:
            self.lines.append(BudgetLine(who, item, lo, hi))

    def amount(self, value: Decimal | None, path: str, name: str) -> tuple[Decimal, Decimal]:
        """A stated amount as the range [value, value]; one not stated as [0, infinity], with
        ``path.name`` among the missing facts (the path made only then)."""
        if value is None:
            self.missing.append(f"{path}.{name}")
            return _ZERO, _INF
        return value, value

    def earner(self, who: str, path: str, income: Income | None, child: bool) -> None:
        """Add one unit member's income, with the net-test disregards on earnings."""
        if income is None:
            self.missing.append(path)
            self.counted(who, "income", _ZERO, _INF)
            return
        e_lo, e_hi = self.amount(income.earned, path, "earned")
        u_lo, u_hi = self.amount(income.unearned, path, "unearned")
        self.gross_lo += e_lo + u_lo
        self.gross_hi += e_hi + u_hi
        self.countable_lo += u_lo
        self.countable_hi += u_hi
        if self.lines is not None:
            self.lines.append(BudgetLine(who, "gross earnings", e_lo, e_hi))
            self.lines.append(BudgetLine(who, "unearned income", u_lo, u_hi))
        if e_hi == _ZERO:
            return
        student_lo, student_hi = False, False
        if child:
            if income.student is None:
                self.missing.append(f"{path}.student")
                student_lo, student_hi = True, False
            else:
                student_lo = student_hi = income.student
        if self.thirty_third_unknown:
            self.missing.append("removal_home.colorado_works_in_prior_four_months")
        apply_lo, apply_hi = self.thirty_third
        care_lo, care_hi = self.dependent_care(path, income.dependent_care)
        lo = _net_earnings(e_lo, student=student_lo, thirty_third=apply_lo, care=care_lo)
        hi = _net_earnings(e_hi, student=student_hi, thirty_third=apply_hi, care=care_hi)
        self.countable_lo += lo
        self.countable_hi += hi
        if self.lines is not None:
            self.lines.append(BudgetLine(who, "countable earnings after disregards", lo, hi))

    def dependent_care(
        self, path: str, cares: tuple[DependentCare, ...]
    ) -> tuple[Decimal, Decimal]:
        """The dependent care deduction: the range of it (largest at the low end of income)."""
        care_lo, care_hi = _ZERO, _ZERO
        for j, care in enumerate(cares):
            if care.under_two is None:
                if care.amount > _CARE_CAP:
                    self.missing.append(f"{path}.dependent_care[{j}].under_two")
                care_lo += min(care.amount, _CARE_CAP_UNDER_TWO)
                care_hi += min(care.amount, _CARE_CAP)
            else:
                capped = min(care.amount, _CARE_CAP_UNDER_TWO if care.under_two else _CARE_CAP)
                care_lo += capped
                care_hi += capped
        return care_lo, care_hi

    def deemed(self, who: str, path: str, member: Member, standard: NeedStandard) -> None:
        """Deem a stepparent's (or a minor parent's parent's) income (233.20(a)(3)(xiv))."""
        if member.income is None:
            self.missing.append(f"{path}.income")
            self.counted(who, "deemed income", _ZERO, _INF)
            return
        e_lo, e_hi = self.amount(member.income.earned, path, "income.earned")
        u_lo, u_hi = self.amount(member.income.unearned, path, "income.unearned")
        deps, paid = member.dependents_outside_unit, member.support_paid_outside
        if deps is None:
            self.missing.append(f"{path}.dependents_outside_unit")
        if paid is None:
            self.missing.append(f"{path}.support_paid_outside")
        # "the income of the stepparent ... after deducting": (A) the first $90 of earnings,
        # (B) the need standard of the member and dependents (as one adult and children),
        # (C)-(D) payments out, all from the member's whole income; unknown allowances could
        # absorb everything at the low end
        allowance = standard.amount(1, deps or 0) + (paid or _ZERO)
        lo = (
            _ZERO
            if deps is None or paid is None
            else max(_ZERO, e_lo - min(_WORK_EXPENSE, e_lo) + u_lo - allowance)
        )
        hi = max(_ZERO, e_hi - min(_WORK_EXPENSE, e_hi) + u_hi - allowance)
        self.counted(who, "deemed income", lo, hi)


def _thirty_third(ctx: Context) -> tuple[tuple[bool, bool], bool]:
    """Whether $30 + 1/3 applies (at the low end, at the high end of income), and whether that
    is unknown for want of the Colorado Works fact."""
    if ctx.readings.thirty_and_one_third is ThirtyAndOneThird.NEVER:
        return (False, False), False
    received = ctx.facts.removal_home.colorado_works_in_prior_four_months
    if received is None:
        return (True, False), True
    return (received, received), False


def _net_earnings(earned: Decimal, *, student: bool, thirty_third: bool, care: Decimal) -> Decimal:
    if earned == _INF:
        return _INF
    if student:
        return _ZERO
    rest = earned - min(_WORK_EXPENSE, earned)
    if thirty_third and rest > _ZERO:
        rest -= min(rest, _THIRTY + _ONE_THIRD.of(rest - min(rest, _THIRTY)))
    return max(_ZERO, rest - care)


_Earner = tuple[str, str, Income | None, bool]  # who, path, income, a dependent child?
_MAX_OPEN = 8  # members whose place in the unit is unknown: 2**8 units at most are tried


class _Open(NamedTuple):
    """Someone who may or may not be in the assistance unit, and the facts that would say."""

    caretaker: bool  # a parent (a caretaker) or a brother or sister (a child)
    earner: _Earner
    missing: tuple[str, ...]


class _Unit(NamedTuple):
    """Who is in the assistance unit, who is deemed, and who may or may not be in it."""

    caretakers: int
    children: int
    earners: list[_Earner]
    deemed: list[tuple[str, str, Member]]
    open: list[_Open]

    @property
    def missing(self) -> tuple[str, ...]:
        """The facts that would settle the composition."""
        return tuple(dict.fromkeys(m for o in self.open for m in o.missing))

    def units(self) -> list[tuple[int, int, list[_Earner]]]:
        """Every possible composition: caretakers, children and earners of each."""
        out = []
        for chosen in product((False, True), repeat=len(self.open)):
            caretakers, children, earners = self.caretakers, self.children, list(self.earners)
            for member, included in zip(self.open, chosen, strict=True):
                if included:
                    caretakers += member.caretaker
                    children += not member.caretaker
                    earners.append(member.earner)
            out.append((caretakers, children, earners))
        return out


def _parent(i: int, parent: Parent) -> _Earner:
    """A parent as an earner of the unit."""
    return (f"parent {i}", f"removal_home.parents[{i}].income", parent.income, False)


def _unit(ctx: Context) -> _Unit:
    """The assistance unit (45 CFR 206.10(a)(1)(vii), 233.20(a)(1)(ii)): the child, the parents
    in the home, the brothers and sisters in the home who receive neither SSI nor a foster care
    or adoption payment; and who may or may not be in it when a fact is missing."""
    home = ctx.facts.removal_home
    earners: list[_Earner] = [("child", "removal_home.child_income", home.child_income, True)]
    deemed: list[tuple[str, str, Member]] = []
    open_: list[_Open] = []
    caretakers, children = 0, 1
    if not home.parents:  # no parent is listed: none, one or both may be in the home
        open_ += [
            _Open(
                True,
                (f"parent {i}", "removal_home.parents", None, False),
                ("removal_home.parents",),
            )
            for i in range(2)
        ]
    for i, parent in enumerate(home.parents):
        if parent.status is ParentStatus.IN_HOME:
            caretakers += 1
            earners.append(_parent(i, parent))
        elif parent.status is None:
            open_.append(_Open(True, _parent(i, parent), (f"removal_home.parents[{i}].status",)))
    for i, member in enumerate(home.members):
        role = member.role
        if role is MemberRole.OTHER:
            continue
        path = f"removal_home.members[{i}]"
        if role is not MemberRole.SIBLING:  # a stepparent or a minor parent's parent
            deemed.append((f"member {i} ({role.value})", path, member))
            continue
        ssi, payment = member.receives_ssi, member.receives_foster_care_or_adoption_payment
        if ssi or payment:  # on SSI or a foster care or adoption payment: out, whatever the other
            continue
        earner = (f"member {i} (sibling)", f"{path}.income", member.income, True)
        if ssi is None or payment is None:
            unknown: tuple[str, ...] = (f"{path}.receives_ssi",) if ssi is None else ()
            if payment is None:
                unknown += (f"{path}.receives_foster_care_or_adoption_payment",)
            open_.append(_Open(False, earner, unknown))
        else:
            children += 1
            earners.append(earner)
    return _Unit(caretakers, children, earners, deemed, open_)


def _standard(ctx: Context, caretakers: int, children: int) -> tuple[Decimal, Decimal]:
    """The need standard of a unit, and its 185 percent gross limit."""
    need = ctx.need_standard.amount(caretakers, children)
    limit = _GROSS_LIMIT.of(need)
    if ctx.readings.gross_limit_rounding is GrossLimitRounding.ROUND_DOWN:
        limit = Decimal(math.floor(limit))
    return need, limit


def _worksheet(
    ctx: Context, earners: list[_Earner], deemed: list[tuple[str, str, Member]], *, detail: bool
) -> _Sheet:
    """The income of one composition of the unit, every unknown amount carried as a range."""
    home = ctx.facts.removal_home
    sheet = _Sheet(*_thirty_third(ctx), [] if detail else None)
    for who, path, earner_income, child in earners:
        sheet.earner(who, path, earner_income, child)
    for who, path, member in deemed:
        sheet.deemed(who, path, member, ctx.need_standard)
    support = home.child_support_received
    if support is None:
        sheet.missing.append("removal_home.child_support_received")
        counted_lo, counted_hi = _ZERO, _INF
    else:
        counted_lo = counted_hi = max(_ZERO, support - _SUPPORT_DISREGARD)
    sheet.counted("unit", _SUPPORT_ITEM, counted_lo, counted_hi)
    return sheet


def budget(ctx: Context, *, detail: bool = True) -> Budget:
    """The AFDC budget of the removal home, with every unknown carried as a range (and, with
    ``detail``, each line of it); when who is in the unit is not known, no need standard
    (``need`` is ``None``) and the facts that would settle it."""
    unit = _unit(ctx)
    if unit.open:
        return Budget(
            unit.caretakers,
            unit.children,
            None,
            None,
            _ZERO,
            _INF,
            _ZERO,
            _INF,
            (),
            (),
            unit.missing,
        )
    sheet = _worksheet(ctx, unit.earners, unit.deemed, detail=detail)
    need, limit = _standard(ctx, unit.caretakers, unit.children)
    return Budget(
        unit.caretakers,
        unit.children,
        need,
        limit,
        sheet.gross_lo,
        sheet.gross_hi,
        sheet.countable_lo,
        sheet.countable_hi,
        tuple(sheet.lines or ()),
        tuple(dict.fromkeys(sheet.missing)),
        (),
    )


def _decide(ok_if_hi: bool, fails_if_lo: bool) -> Outcome:
    if ok_if_hi:
        return MET
    if fails_if_lo:
        return NOT_MET
    return UNKNOWN


def _test(ctx: Context, caretakers: int, children: int, sheet: _Sheet) -> tuple[Outcome, str]:
    """D.3.b for one composition: the 185% gross test and the net test, and why."""
    need, limit = _standard(ctx, caretakers, children)
    unit = f"{caretakers} caretaker(s) and {children} child(ren)"
    gross = _decide(sheet.gross_hi <= limit, sheet.gross_lo > limit)
    net = _decide(sheet.countable_hi < need, sheet.countable_lo >= need)
    result = all_of((gross, net))
    if result is MET:
        return result, (
            f"gross income is within {_GROSS_SHARE} of the need standard (${limit:,.0f}) and "
            f"countable income is less than the need standard (${need:,.0f}) for {unit}"
        )
    if result is NOT_MET:
        return result, (
            f"gross income exceeds {_GROSS_SHARE} of the need standard (${limit:,.0f}) for {unit}"
            if gross is NOT_MET
            else f"countable income is not less than the need standard (${need:,.0f}) for {unit}"
        )
    return result, "the income of the removal home is not fully stated"


def income(ctx: Context) -> Criterion:
    """D.3.b: the 185% gross test and the net test against the need standard, under every
    possible composition of the unit when who is in it is not known (decided only when they
    all agree)."""
    unit = _unit(ctx)
    if not unit.open:  # the unit is known: one worksheet
        sheet = _worksheet(ctx, unit.earners, unit.deemed, detail=False)
        outcome, reason = _test(ctx, unit.caretakers, unit.children, sheet)
        return INCOME.result(outcome, reason, missing=tuple(dict.fromkeys(sheet.missing)))
    if len(unit.open) > _MAX_OPEN:
        return INCOME.unknown("who is in the assistance unit is not known", *unit.missing)
    tried = [
        (caretakers, children, _worksheet(ctx, earners, unit.deemed, detail=False))
        for caretakers, children, earners in unit.units()
    ]
    results = [_test(ctx, *composition) for composition in tried]
    outcomes = {o for o, _ in results}
    if len(outcomes) == 1 and UNKNOWN not in outcomes:
        outcome = outcomes.pop()
        reason = "met" if outcome is MET else "not met"
        return INCOME.result(
            outcome,
            f"{reason} whoever of those whose place is not known is in the assistance unit "
            f"(each of the {len(tried)} possible units tried); for example, {results[0][1]}",
        )
    return INCOME.unknown(
        "who is in the assistance unit is not known, and the possible units do not agree",
        *unit.missing,
        *dict.fromkeys(m for _, _, sheet in tried for m in sheet.missing),
    )


def afdc_budget(
    facts: IVEFacts | Mapping[str, Any],
    *,
    as_of: date,
    options: Mapping[str, str] | Options | None = None,
    need_standard: NeedStandard | None = None,
) -> Budget:
    """The AFDC income budget of the removal home (7.601.71.D.3; 45 CFR 233.20), figure by
    figure, for a technician to check.

    Unlike a determination, the budget contains income figures: it is confidential, its
    ``repr`` shows none, and it is produced only when asked for.
    """
    if not isinstance(facts, IVEFacts):
        facts = safe_validate(IVEFacts, facts)
    require_date(as_of, "as_of")
    reads = frozenset(o.name for o in IVE_OPTIONS)
    ctx = build_context(facts, as_of, resolve_ive_options(options, reads), need_standard)
    return budget(ctx)
