"""The evaluator against the text: every quote verbatim, every funding sentence accounted for."""

from __future__ import annotations

import re

import pytest

from coregs.eligibility import CRITERIA, NOT_EVALUATED, determine_iv_e
from coregs.rules import RULEBOOK, normalise
from tests._regulation import CCR_FILE, text

_CCR_SPECS = [c for c in CRITERIA if c.citation.startswith("12 CCR")]


@pytest.mark.parametrize("spec", _CCR_SPECS, ids=lambda c: c.id)
def test_every_quote_is_verbatim(spec):
    """Each criterion quotes 12 CCR 2509-7.601 word for word (whitespace aside)."""
    body = text(CCR_FILE)
    for sentence in (spec.quote, *spec.related):
        assert normalise(sentence) in body, sentence[:80]


def test_criterion_ids_are_unique_slugs():
    ids = [c.id for c in CRITERIA]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)


def test_not_evaluated_quotes_are_verbatim():
    body = text(CCR_FILE)
    for entry in NOT_EVALUATED:
        assert normalise(entry.text) in body, entry.text[:80]
        assert entry.reason


_SPLIT = re.compile(r'(?<=[.!?:])\s+(?=[A-Z"(0-9])')


def _funding_sentences() -> list[str]:
    """Every sentence of 7.601.7 through 7.601.74 (headings and list labels aside)."""
    lines = CCR_FILE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("7.601.7COUNTY"))
    end = next(i for i, ln in enumerate(lines) if ln.startswith("7.601.8COUNTY"))
    out = []
    for line in lines[start + 1 : end]:
        for part in _SPLIT.split(line):
            s = normalise(re.sub(r"^(?:[A-Z]|\d+|[a-z]|\d\)|\(i\))\.?\s+", "", part.strip()))
            if len(s) >= 30 and s[-1] in ".:;" and not s.startswith("7.601"):
                out.append(s)
    return out


def test_every_sentence_of_the_funding_sections_is_implemented_or_excluded():
    """ "Every criterion and time frame of 7.601.71-74 is implemented or listed as deliberately
    out of scope with a reason": each sentence is quoted by a criterion, by a catalog rule, or
    by the NOT_EVALUATED table."""
    claimed = " || ".join(
        normalise(s)
        for s in (
            *(q for c in CRITERIA for q in (c.quote, *c.related)),
            *(r.quote for r in RULEBOOK),
            *(q.text for r in RULEBOOK for q in r.related),
            *(e.text for e in NOT_EVALUATED),
        )
    )
    sentences = _funding_sentences()
    assert len(sentences) > 60  # the scan reads the sections, not nothing
    unclaimed = [s for s in sentences if s.rstrip(".:;") not in claimed]
    assert not unclaimed, unclaimed


def test_every_criterion_a_determination_reports_is_declared():
    """A determination's criteria all come from CRITERIA (or are its parts and providers)."""
    det = determine_iv_e({}, as_of=__import__("datetime").date(2026, 12, 1))
    declared = {c.id for c in CRITERIA}
    for c in det.criteria():
        assert c.id in declared or c.id.startswith(("afdc-deprivation-", "afdc-age")), c.id
        assert c.citation and c.reason
