"""The rulebook as a value: lookups, effective dating, filtering and extending without mutation."""

from __future__ import annotations

from datetime import date

import pytest

from coregs import InputError
from coregs.periods import Period, Unit
from coregs.rules import (
    RULEBOOK,
    Actor,
    AmbiguousRuleError,
    EventKind,
    Rule,
    RuleNotInForceError,
    UnknownRuleError,
    normalise,
)
from tests._regulation import CCR_FILE, text


class TestLookup:
    def test_by_id_short_citation_and_full_citation(self) -> None:
        """A rule is found by its id, its short citation or its full citation."""
        rule = RULEBOOK.get("service-request-contact")
        assert RULEBOOK.get("7.601.4.C") is rule
        assert RULEBOOK.get("12 CCR 2509-7.601.4.C") is rule
        assert rule.citation == "12 CCR 2509-7.601.4.C"

    def test_a_citation_with_two_rules_is_ambiguous_and_lists_them(self) -> None:
        """7.601.6.A.2: "... at least every six (6) months or whenever a case is transferred
        ..." is two rules: the six-month schedule and the event-driven summary."""
        with pytest.raises(AmbiguousRuleError) as caught:
            RULEBOOK.get("7.601.6.A.2")
        assert caught.value.ids == ("case-summary-six-months", "case-summary-on-change")
        assert str(caught.value) == (
            "rule: the citation names 2 rules; choose one by id: case-summary-six-months, "
            "case-summary-on-change"
        )
        ids = [r.id for r in RULEBOOK.by_citation("7.601.6.A.2")]
        assert ids == ["case-summary-six-months", "case-summary-on-change"]

    def test_an_unknown_key_raises_a_typed_error(self) -> None:
        """Nothing is guessed: an unknown id or citation is an error."""
        with pytest.raises(UnknownRuleError):
            RULEBOOK.get("7.601.99.Z")
        assert isinstance(UnknownRuleError("rule", "x"), InputError)

    @pytest.mark.parametrize("key", [None, 5, b"7.601.4.C", ["7.601.4.C"]])
    def test_a_key_that_is_not_text_is_an_input_error(self, key: object) -> None:
        """A missing or mistyped key names the argument, never an AttributeError inside."""
        with pytest.raises(InputError, match="rule id or citation"):
            RULEBOOK.get(key)  # type: ignore[arg-type]
        with pytest.raises(InputError, match="rule id or citation"):
            RULEBOOK.by_citation(key)  # type: ignore[arg-type]

    def test_by_citation_takes_a_whole_section(self) -> None:
        """'7.601.81' gives every rule of the falsification section, and nothing of 7.601.8."""
        rules = RULEBOOK.by_citation("7.601.81")
        assert len(rules) == 10
        assert all(r.short_citation.startswith("7.601.81") for r in rules)
        assert all(r.section == "7.601.8" for r in RULEBOOK.by_citation("7.601.8"))

    def test_by_trigger_event(self) -> None:
        """A placement starts the clocks of the placement-date rules."""
        ids = {r.id for r in RULEBOOK.triggered_by(EventKind.PLACED_OUT_OF_HOME)}
        assert {
            "ive-initial-determination",
            "ssi-application",
            "vpa-best-interests-order",
            "re-prevent-removal-order",
        } <= ids
        confirmed = {r.id for r in RULEBOOK.triggered_by(EventKind.FALSIFICATION_CONFIRMED)}
        assert confirmed == {
            "falsification-division-notice",
            "falsification-referral",
            "trails-correction",
        }

    def test_the_trigger_an_option_chooses_is_the_one_looked_up(self) -> None:
        """7.601.8.A states no trigger; the option decides which event starts it."""
        assert RULEBOOK.get("fraud-referral") in RULEBOOK.triggered_by(
            EventKind.DISCREPANCY_ALLEGED
        )
        suspected = RULEBOOK.options({"fraud_referral_trigger": "fraud_suspected"})
        assert RULEBOOK.get("fraud-referral") in RULEBOOK.triggered_by(
            EventKind.FRAUD_SUSPECTED, options=suspected
        )


class TestEffectiveDating:
    def test_as_of_keeps_the_rules_in_force(self) -> None:
        """Before 9/1/2024 the falsification rules of this text are not in force."""
        before = RULEBOOK.as_of(date(2024, 8, 31))
        assert not before.by_citation("7.601.81")
        assert before.get("7.601.4.C")
        assert len(RULEBOOK.as_of(date(2024, 9, 1))) == len(RULEBOOK)

    def test_get_as_of_is_strict_and_names_the_rule(self) -> None:
        """Asking for a rule outside its effective interval raises a typed error naming it."""
        with pytest.raises(RuleNotInForceError) as caught:
            RULEBOOK.get("7.601.71.I.1", as_of=date(2014, 12, 31))
        assert caught.value.rule == "ive-initial-determination"
        assert caught.value.field == "as_of"
        assert RULEBOOK.get("7.601.71.I.1", as_of=date(2015, 1, 1))


class TestFilterAndExtend:
    def test_filter_by_section_actor_and_unit(self) -> None:
        """Filters compose: the county's working-day duties of 7.601.81."""
        book = RULEBOOK.filter(section="7.601.81", actor=Actor.COUNTY, unit=Unit.WORKING_DAYS)
        assert {r.id for r in book} == {
            "trails-suspension-request",
            "falsification-division-notice",
            "falsification-referral",
            "correction-letters-no-court-case",
            "court-correction-notice",
            "correction-letters-court-case",
        }
        court = RULEBOOK.filter(actor="court")
        assert all(r.actor is Actor.COURT for r in court)
        no_period = RULEBOOK.filter(unit="none")
        assert all(r.period is None for r in no_period)
        assert len(no_period) == 7

    def test_a_county_extends_without_changing_the_builtin_rulebook(self) -> None:
        """A county adds its own rule; the built-in rulebook is unchanged."""
        base = RULEBOOK.get("service-request-contact")
        county_rule = base.revise(
            id="county-service-request-contact-3-days", period=Period(3, Unit.WORKING_DAYS)
        )
        before = len(RULEBOOK)
        county = RULEBOOK.extend(county_rule, name="Example County")
        assert len(county) == before + 1
        assert len(RULEBOOK) == before
        assert "county-service-request-contact-3-days" not in RULEBOOK
        assert county.name == "Example County"

    def test_replace_and_without(self) -> None:
        """A county may replace a rule (same id) or drop one, in its own rulebook."""
        base = RULEBOOK.get("emergency-removal-order-copy")
        two_days = base.revise(period=Period(2, Unit.WORKING_DAYS))
        county = RULEBOOK.replace(two_days)
        assert county.get(base.id).period == Period(2, Unit.WORKING_DAYS)
        assert RULEBOOK.get(base.id).period == Period(0, Unit.PROMPTLY)
        assert base.id not in RULEBOOK.without(base.id)
        with pytest.raises(UnknownRuleError):
            RULEBOOK.without("no-such-rule")

    def test_a_revised_rule_is_validated_like_any_rule(self) -> None:
        """A county variant whose timing words are not in its quote is refused."""
        with pytest.raises(ValueError, match="timing words"):
            RULEBOOK.get("closing-summary").revise(timing="within ten (10) calendar days")

    def test_duplicate_ids_are_refused(self) -> None:
        """Two rules with one id would make lookups ambiguous."""
        with pytest.raises(InputError, match="duplicate rule id"):
            RULEBOOK.extend(RULEBOOK.get("service-request-contact"))

    def test_the_rulebook_is_immutable(self) -> None:
        """Rules are frozen values."""
        rule: Rule = RULEBOOK.get("closing-summary")
        with pytest.raises(Exception, match="frozen"):
            rule.id = "x"  # type: ignore[misc]


class TestErrata:
    def test_the_wrong_cross_references_are_recorded(self) -> None:
        """7.601.7 ¶2 cites "7.601.81 through 7.601.84" for the funding sections numbered
        7.601.71-74; 7.601.71.G.2 cites "7.601.81, B, 2" for 7.601.71.B.2."""
        by_cited = {e.cited_as: e for e in RULEBOOK.errata if e.kind == "cross-reference"}
        assert by_cited["7.601.81 through 7.601.84"].resolves_to == "7.601.71 through 7.601.74"
        assert by_cited["7.601.81, B, 2"].resolves_to == "7.601.71.B.2"
        ctw = RULEBOOK.get("7.601.71.B.2")
        assert by_cited["7.601.81, B, 2"] in ctw.errata
        for rule_id in ("ive-initial-determination", "ssi-application", "ea-determination"):
            assert by_cited["7.601.81 through 7.601.84"] in RULEBOOK.get(rule_id).errata

    def test_every_defect_of_the_text_is_listed_in_one_place(self) -> None:
        """Issue 14 §8: RULEBOOK.errata had the three errata on rules, while 6.D's missing word
        ("shall be prepared and prior to"), D.4.a's "though the month of completion", D.4.a(i)'s
        "12 CCR 2509-037.203.4" and 4.B.3's "as outlined in described in" were noted elsewhere
        or nowhere. All seven are in RULEBOOK.errata, in the text's order, each verbatim."""
        body = text(CCR_FILE)
        listed = RULEBOOK.errata
        assert [e.citation.removeprefix("12 CCR 2509-") for e in listed] == [
            "7.601.4.B.3",
            "7.601.6.D",
            "7.601.7 ¶2",
            "7.601.71.G.2",
            "7.601.71.D.4.a",
            "7.601.71.D.4.a(i)",
            "7.601.71.F.4",
        ]
        for e in listed:
            assert normalise(e.text) in body, e.citation
        assert {e.cited_as: e.resolves_to for e in listed if e.kind == "cross-reference"}[
            "12 CCR 2509-037.203.4"
        ] == "12 CCR 2509-3, 7.203.4"
        on_rules = {e for r in RULEBOOK for e in r.errata}
        assert on_rules <= set(listed)
        assert len(RULEBOOK.filter(section="7.601.4").errata) == len(listed)  # kept when derived

    def test_errata_are_never_followed(self) -> None:
        """Looking up 7.601.81.B.2 finds the falsification rule that really is there, not the
        court findings of 7.601.71.B.2 the erratum means."""
        assert RULEBOOK.get("7.601.81.B.2").id == "preserve-falsification-evidence"
        assert RULEBOOK.get("7.601.71.B.2").id == "first-ruling-ctw-finding"
