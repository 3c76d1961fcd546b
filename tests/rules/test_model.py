"""The Rule model refuses inconsistent declarations, for built-in and county rules alike."""

from __future__ import annotations

import pytest

from coregs.periods import Period, Unit
from coregs.rules import RULEBOOK, AttributeIs, EventKind, EventMatch


def test_timing_words_must_be_in_the_quote() -> None:
    """A rule whose period is not read from its own sentence is refused."""
    with pytest.raises(ValueError, match="timing words"):
        RULEBOOK.get("closing-summary").revise(timing="within ten (10) calendar days")


def test_an_option_used_must_be_declared() -> None:
    """A trigger that depends on an option the rule does not declare is refused."""
    rule = RULEBOOK.get("fraud-referral")
    with pytest.raises(ValueError, match="not declared"):
        rule.revise(interpretations=())


def test_a_recurring_rule_counts_its_first_period_in_the_same_unit() -> None:
    """'every six (6) months' needs a six-month first period."""
    rule = RULEBOOK.get("case-summary-six-months")
    with pytest.raises(ValueError, match="first period"):
        rule.revise(period=Period(5, Unit.MONTHS))


def test_event_matches_check_their_attributes() -> None:
    """Attribute tests name attributes the kind has, with valid values."""
    with pytest.raises(ValueError, match="has no attribute"):
        EventMatch(
            kind=EventKind.CASE_OPENED, where=(AttributeIs(name="emergency", one_of=(True,)),)
        )
    with pytest.raises(ValueError, match="invalid value"):
        AttributeIs(name="authority", one_of=("grandparent",))
    with pytest.raises(ValueError, match="unknown event attribute"):
        AttributeIs(name="colour", one_of=("red",))


def test_ids_are_slugs() -> None:
    """Ids are stable lower-case slugs."""
    with pytest.raises(ValueError, match="slug"):
        RULEBOOK.get("closing-summary").revise(id="Closing Summary")


def test_rule_repr_and_str_are_public_values() -> None:
    """A rule is public data: its str names the citation, id and title."""
    rule = RULEBOOK.get("7.601.6.F")
    assert str(rule) == "7.601.6.F closing-summary: Complete the written summary at closure"
    assert rule.section == "7.601.6"
    assert (
        RULEBOOK.get("cpo-intake").section
        == "Colorado Child Protection Ombudsman: CPO Case Process"
    )


def test_deadline_repr_shows_no_dates() -> None:
    """A deadline may be computed from a case date, so its repr names only the rule."""
    from datetime import date

    d = RULEBOOK.get("7.601.6.F").due(date(2026, 10, 27))
    assert repr(d) == "Deadline(rule='closing-summary', period=30 calendar days, occurrence=1)"
    assert "2026" not in repr(d)


def test_citations_are_made_and_read_through_their_document() -> None:
    """The "12 CCR 2509-" prefix and the "7.601" stem are spelled once, on the document."""
    from coregs.rules import CCR_7_601, CPO_CASE_PROCESS

    assert CCR_7_601.cite("71.B.3") == "12 CCR 2509-7.601.71.B.3"
    assert CCR_7_601.cite() == "12 CCR 2509-7.601"
    assert CCR_7_601.shorten("12 CCR 2509-7.601.6.B ¶2") == "7.601.6.B ¶2"
    assert CCR_7_601.shorten("45 CFR 1356.21(e)") == "45 CFR 1356.21(e)"
    assert CCR_7_601.section("12 CCR 2509-7.601.6.B ¶2") == "7.601.6"
    assert CCR_7_601.section("12 CCR 2509-7.601.71") == "7.601.71"
    assert CPO_CASE_PROCESS.cite("1 (Intake)") == "CPO Case Process 1 (Intake)"
    assert CPO_CASE_PROCESS.section("CPO Case Process 1 (Intake)") == CPO_CASE_PROCESS.title
    for rule in RULEBOOK:
        if rule.source == CCR_7_601:
            ref = rule.short_citation.removeprefix("7.601.")
        else:
            ref = rule.citation.removeprefix(f"{rule.source.key} ")
        assert rule.source.cite(ref) == rule.citation


def test_a_short_citation_is_cited_through_the_document_too() -> None:
    """Event kinds cite 7.601 as the text's own cross-references do: "7.601.6.A, 7.601.73.C"."""
    from coregs.rules import CCR_7_601, CPO_CASE_PROCESS

    assert CCR_7_601.short("71.B.3") == "7.601.71.B.3"
    assert CCR_7_601.short("6.A", "73.C") == "7.601.6.A, 7.601.73.C"
    assert CPO_CASE_PROCESS.short("1") == "CPO Case Process 1"
    assert EventKind.CASE_OPENED.info.citation == "7.601.6.A, 7.601.73.C"


def test_each_event_kind_is_declared_once_with_its_meaning() -> None:
    """EVENT_KINDS is read off the members: no kind can lack a meaning or have two."""
    from coregs.rules import EVENT_KINDS

    assert list(EVENT_KINDS) == list(EventKind)
    assert all(EVENT_KINDS[k] is k.info for k in EventKind)
    assert EventKind("removal").info.required == ("emergency", "removed_by")


def test_an_option_chosen_anchor_is_the_one_its_default_reading_selects() -> None:
    """'anchor' cannot say one thing while the option's default says another."""
    from coregs.rules import Anchor

    rule = RULEBOOK.get("case-summary-six-months")
    assert rule.recurrence is not None
    assert rule.recurrence.anchor is Anchor.PREVIOUS_ACT
    with pytest.raises(ValueError, match="default reading"):
        rule.recurrence.model_validate({**dict(rule.recurrence), "anchor": Anchor.TRIGGER})


def test_an_option_chooses_among_exactly_its_readings() -> None:
    """A trigger or an anchor chosen by an option gives one choice per reading, no more."""
    from coregs.rules import OnOption

    rule = RULEBOOK.get("fraud-referral")
    assert isinstance(rule.trigger, OnOption)
    with pytest.raises(ValueError, match="one choice per reading"):
        OnOption(option=rule.trigger.option, choices=rule.trigger.choices[:1])
    recurrence = RULEBOOK.get("le-agreement-review").recurrence
    assert recurrence is not None
    with pytest.raises(ValueError, match="one choice per reading"):
        recurrence.model_validate({**dict(recurrence), "anchor_choices": ()})


def test_the_builder_refuses_an_anchor_on_a_one_off_rule() -> None:
    """An anchor only means something for a recurring rule: passing one elsewhere is refused,
    never silently ignored."""
    from coregs.rules import Actor, Anchor
    from coregs.rules.catalog._declare import on, rule

    with pytest.raises(ValueError, match="only for a recurring rule"):
        rule(
            id="county-one-off",
            ref="6.F",
            title="t",
            quote="within thirty (30) calendar days",
            timing="within thirty (30) calendar days",
            trigger=on(EventKind.CASE_CLOSED),
            satisfied_by=(EventKind.CLOSING_SUMMARY_COMPLETED,),
            actor=Actor.COUNTY,
            anchor=Anchor.TRIGGER,
        )
