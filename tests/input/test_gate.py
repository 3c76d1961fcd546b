"""The gate (design.md, "One gate in"): limits first, checked on the raw text before anything
is parsed, then parsing, then validation. Every refusal is a CoregsError that names the limit or
the position, never the content."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from coregs import Case, InvalidFactsError, IVEFacts, LimitError, Limits
from coregs._gate import DEFAULT_LIMITS, read_json

SECRET = "Zebediah Quuxington"


def _refused(data: str | bytes, limits: Limits = DEFAULT_LIMITS) -> LimitError:
    with pytest.raises(LimitError) as caught:
        read_json(data, limits=limits)
    return caught.value


def _invalid(data: str | bytes) -> InvalidFactsError:
    with pytest.raises(InvalidFactsError) as caught:
        read_json(data, what="Case", locate=Case._locate)
    return caught.value


# -- limits ------------------------------------------------------------------------------------


def test_the_limits_are_documented_defaults():
    """The defaults the docs state (docs/input.md) are the ones in force."""
    assert Limits(max_bytes=8 * 1024 * 1024, max_depth=32, max_items=200_000) == DEFAULT_LIMITS


@pytest.mark.parametrize(
    ("doc", "limits", "name"),
    [
        ('{"case_ref": "A"}', Limits(max_bytes=16), "max_bytes"),
        ('[[["x"]]]', Limits(max_depth=2), "max_depth"),
        ('{"events": [{}, {}, {}]}', Limits(max_items=3), "max_items"),
    ],
)
def test_each_limit_is_named_and_adjustable(doc, limits, name):
    """A document one over a limit is refused, naming it; at the limit it is read."""
    err = _refused(doc, limits)
    assert (err.limit, err.maximum) == (name, getattr(limits, name))
    assert f"(limit {name})" in str(err)
    raised = Limits(**{name: getattr(limits, name) + 1})
    assert read_json(doc, limits=raised) == json.loads(doc)


def test_limits_count_exactly():
    """max_bytes in UTF-8 bytes; depth counts arrays and objects; items count array items and
    object members, both nested."""
    _refused('"éé"', Limits(max_bytes=5))  # 2 quotes + 2 two-byte characters = 6 bytes
    assert read_json('"éé"', limits=Limits(max_bytes=6)) == "éé"
    doc = '{"a": [1, {"b": ""}], "c": [], "d": {}}'  # members a, b, c, d; items 1, {...}
    assert read_json(doc, limits=Limits(max_items=6, max_depth=3))
    _refused(doc, Limits(max_items=5))
    _refused(doc, Limits(max_depth=2))


def test_brackets_and_commas_inside_strings_count_for_nothing():
    doc = json.dumps({"a": ["[[[[,,,,{{{{" * 50, '\\"[,', "\\\\[,"]})
    assert read_json(doc, limits=Limits(max_depth=2, max_items=4)) == json.loads(doc)


def test_a_million_events_are_refused_before_parsing(monkeypatch):
    """The 2 MB file of issue 10: refused on the count, and no JSON parser ever runs."""
    doc = b'{"events": [' + b"{}," * 999_999 + b"{}]}"

    def no_parsing(*_args, **_kwargs):
        raise AssertionError("parsed a document over a limit")

    monkeypatch.setattr(json, "loads", no_parsing)
    err = _refused(doc)
    assert err.limit == "max_items"


def test_deep_nesting_is_refused_before_parsing():
    """1,000 levels made json.loads raise RecursionError; now the depth limit refuses it."""
    assert _refused("[" * 1000 + "]" * 1000).limit == "max_depth"
    assert _refused("[" * 100_000).limit == "max_depth"  # unbalanced, still refused


def test_many_strings_are_refused_before_they_are_blanked():
    doc = "[" + '"",' * 1_000_000 + '""]'
    assert _refused(doc).limit == "max_items"


@pytest.mark.parametrize("bad", [0, -1, "8", 1.5, True])
def test_limits_themselves_are_checked(bad):
    from coregs import InputError

    with pytest.raises(InputError) as caught:
        Limits(max_depth=bad)
    assert caught.value.field == "limits.max_depth"


# -- parsing -----------------------------------------------------------------------------------


def test_numbers_are_read_exactly_and_a_bom_is_skipped():
    assert read_json(b"\xef\xbb\xbf[0.1, 2, 1e3]") == [Decimal("0.1"), 2, Decimal("1e3")]


@pytest.mark.parametrize(
    ("data", "kind", "message"),
    [
        (b'{"case_ref": "\xff' + SECRET.encode() + b'"}', "utf8_invalid", "(byte 14)"),
        ('{"case_ref": "' + SECRET + '"', "json_invalid", "Expecting ',' delimiter"),
        ('{"case_ref": NaN}', "json_invalid", "NaN and Infinity are not JSON numbers"),
        ('{"program_area": ' + "7" * 5000 + "}", "json_invalid", "a number has too many digits"),
        ("\ud800" + SECRET, "utf8_invalid", "not UTF-8 text (byte 0)"),
    ],
)  # fmt: skip
def test_what_is_not_json_is_refused_by_position_never_content(data, kind, message):
    err = _invalid(data)
    (problem,) = err.problems
    assert (problem.loc, problem.type) == ("", kind)
    assert message in problem.message
    assert SECRET not in str(err) and "7777" not in str(err)


def test_a_duplicate_key_is_refused_at_the_object_holding_it():
    """JSON parsers disagree on which of two equal keys wins: coregs takes neither. The error
    names the object by the format's own field names, cut before a key the caller invented."""
    doc = '{"events": [{"kind": "removal"}, {"kind": "removal", "kind": "case_opened"}]}'
    assert _invalid(doc).problems[0].loc == "events[1]"
    doc = '{"' + SECRET + '": {"x": 1, "x": 2}}'
    err = _invalid(doc)
    assert (err.problems[0].loc, err.problems[0].type) == ("", "duplicate_key")
    assert SECRET not in str(err)
    doc = '{"child": {"birth_date": null, "birth_date": null}}'
    with pytest.raises(InvalidFactsError) as caught:
        IVEFacts.parse_json(doc)
    assert str(caught.value) == "invalid IVEFacts: child: a key is given more than once"


def test_parse_json_takes_limits():
    text = '{"events": [{"kind": "case_opened", "date": "2026-01-02"}]}'
    with pytest.raises(LimitError):
        Case.parse_json(text, limits=Limits(max_items=1))
    assert Case.parse_json(text, limits=Limits(max_items=4)).events[0].kind == "case_opened"


def test_only_text_is_read():
    from coregs import InputError

    with pytest.raises(InputError):
        read_json(42)  # type: ignore[arg-type]


def _facts_models() -> list[type]:
    from coregs._model import Facts

    found, todo = [], [Facts]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub.__module__.startswith("coregs."):
                found.append(sub)
            todo.append(sub)
    return found


def test_every_facts_model_reads_json_through_the_gate():
    """model_validate_json and TypeAdapter(...).validate_json reach the gate: limits hold, and a
    document that is not JSON is reported by position, its text hidden."""
    from pydantic import TypeAdapter, ValidationError

    models = _facts_models()
    assert len(models) > 20  # the case, the event, and the facts' parts
    for model in models:
        for validate in (model.model_validate_json, TypeAdapter(model).validate_json):
            with pytest.raises(ValidationError) as caught:
                validate("[" * 40 + SECRET)
            (error,) = caught.value.errors()
            assert (error["type"], error["input"]) == ("limit_exceeded", "<hidden>")
            assert "max_depth" in error["msg"]
