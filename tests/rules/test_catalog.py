"""The catalog against the regulation text: every quote verbatim, every timed sentence claimed.

The texts are the repository's copies (tests/data), identical to ../shared/regulation.
"""

from __future__ import annotations

import pytest

from coregs.rules import EVENT_KINDS, EXCLUSIONS, RULEBOOK, EventKind, Rule, normalise
from coregs.rules._model import EnteredFosterCare, OnEvents, OnOption
from tests._regulation import CCR_FILE, CPO_FILE, text, text_for, timed_sentences

RULES = list(RULEBOOK)


def _quotes(rule: Rule) -> list[tuple[str, str]]:
    out = [("quote", rule.quote), ("timing", rule.timing)]
    if rule.consequence is not None:
        out.append(("consequence", rule.consequence.text))
    out += [("related", q.text) for q in rule.related]
    out += [("exception", e.quote) for e in rule.exceptions]
    out += [("applies_if", a.quote) for a in rule.applies_if]
    if rule.ends is not None and rule.ends.quote is not None:
        out.append(("ends", rule.ends.quote))
    if rule.recurrence is not None:
        out.append(("recurrence", rule.recurrence.phrase))
    out += [("erratum", e.text) for e in rule.errata]
    return out


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_quote_appears_verbatim_in_the_regulation(rule: Rule) -> None:
    """Each quoted passage occurs in the text exactly, whitespace normalised and nothing else."""
    source = text_for(rule)
    for what, quoted in _quotes(rule):
        assert normalise(quoted) in source, f"{rule.id}: {what} is not verbatim"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_the_timing_words_are_inside_the_rules_own_quote(rule: Rule) -> None:
    """The period a rule counts is read from words of the sentence it quotes."""
    assert normalise(rule.timing) in normalise(rule.quote)


def test_every_exclusion_is_verbatim_and_still_needed() -> None:
    """An exclusion quotes the text, and claims a sentence the scan finds (none is stale)."""
    timed = timed_sentences(CCR_FILE) + timed_sentences(CPO_FILE)
    for x in EXCLUSIONS:
        source = text(CPO_FILE) if x.citation.startswith("CPO") else text(CCR_FILE)
        assert normalise(x.text) in source, x.citation
        assert any(_overlaps(s, x.text) for s in timed), f"stale exclusion {x.citation}"


def _overlaps(sentence: str, quoted: str) -> bool:
    q = normalise(quoted)
    return sentence in q or q in sentence


def _claims() -> list[str]:
    out: list[str] = []
    for rule in RULES:
        out.append(rule.quote)
        if rule.consequence is not None:
            out.append(rule.consequence.text)
        out.extend(q.text for q in rule.related)
    out.extend(x.text for x in EXCLUSIONS)
    return out


@pytest.mark.parametrize("path", [CCR_FILE, CPO_FILE], ids=["7.601", "cpo"])
def test_every_sentence_with_a_period_or_timing_phrase_is_a_rule_or_excluded(path: object) -> None:
    """Coverage: each sentence with "(N) ... days", months, years, "working", "business",
    "promptly", "at the time of", "every ... months" ... is quoted by a rule or excluded."""
    claims = _claims()
    unclaimed = [s for s in timed_sentences(path) if not any(_overlaps(s, c) for c in claims)]  # type: ignore[arg-type]
    assert unclaimed == []


def test_the_scan_finds_the_sentences_it_should() -> None:
    """The coverage scan is not vacuous: it finds the known timed sentences."""
    timed = " ".join(timed_sentences(CCR_FILE))
    for phrase in (
        "within five (5) working days",
        "every four years",
        "at the time of a child's removal",
        "promptly upon its availability",
        "within thirty (30) business days",
        "twenty-four (24) hours a day",
        "When a client leaves the original county of residence",  # issue 14: once missed
    ):
        assert phrase in timed
    cpo = " ".join(timed_sentences(CPO_FILE))
    assert "within two-business days" in cpo
    assert "Upon resolution of the case" in cpo


def test_rule_ids_are_unique_slugs() -> None:
    """Ids are stable slugs, one per rule."""
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))


def test_every_event_kind_is_documented_and_used() -> None:
    """The event vocabulary is closed and documented; no kind is dead weight."""
    used: set[EventKind] = {EventKind.ADJUDICATION}  # read by "the date the child enters..."
    for r in RULES:
        used |= {m.kind for m in r.satisfied_by}
        if isinstance(r.trigger, OnEvents):
            used |= {m.kind for m in r.trigger.any_of}
        elif isinstance(r.trigger, OnOption):
            used |= {m.kind for c in r.trigger.choices for m in c.any_of}
        elif isinstance(r.trigger, EnteredFosterCare):
            used |= {EventKind.REMOVAL, EventKind.PLACED_OUT_OF_HOME}
        if r.ends is not None:
            used |= {m.kind for m in r.ends.any_of}
        used |= {e.documented_by for e in r.exceptions if e.documented_by is not None}
    assert set(EVENT_KINDS) == set(EventKind)
    assert used == set(EventKind)
    for info in EVENT_KINDS.values():
        assert info.description
        assert info.citation


def test_every_rule_records_its_source_version_and_effective_basis() -> None:
    """The text version ("Current through Register Vol. 47, No. 22, November 25, 2024") and
    the basis of each effective date are on every rule."""
    for r in RULES:
        assert r.effective_basis
        if r.source.key == "12 CCR 2509-":
            assert r.source.version == "Current through Register Vol. 47, No. 22, November 25, 2024"
            assert r.effective_from is not None


def test_the_text_version_is_the_one_in_the_file() -> None:
    """The recorded version statement is the file's own."""
    assert "Current through Register Vol. 47, No. 22, November 25, 2024" in text(CCR_FILE)


def test_rules_that_roll_say_why() -> None:
    """A roll policy is a choice with a basis; court-order deadlines never roll."""
    for r in RULES:
        if r.roll.value != "none" or r.actor.value == "court":
            assert r.roll_basis, r.id
        if r.actor.value == "court":
            assert r.roll.value == "none", r.id
