"""The policy-case format and runner: mismatches explained, structure errors that point at the
file, case, key and line, and never a value of the case's input in an error."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coregs.cli import main
from coregs.testing import (
    PolicyCaseError,
    load_policy_file,
    parse_policy_cases,
    run_policy_case,
    run_policy_files,
)

CANARY = "CANARY-7f3a"
"""A value no error may repeat (it stands for a name or a note in a real file)."""

CONTACT = """\
- name: A contact over Thanksgiving
  citation: 12 CCR 2509-7.601.4.C
  as_of: 2026-12-15
  case:
    events:
      - {kind: service_request_received, date: 2026-11-20}
      - {kind: service_request_contact, date: 2026-12-01}
  expect:
    findings:
%s
"""


def _write(tmp_path: Path, text: str, name: str = "cases.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _contact(tmp_path: Path, findings: str) -> Path:
    return _write(tmp_path, CONTACT % textwrap.indent(findings, " " * 6))


def _error(path: Path) -> PolicyCaseError:
    with pytest.raises(PolicyCaseError) as info:
        load_policy_file(path)
    return info.value


# -- mismatches ----------------------------------------------------------------------------------


def test_a_mismatch_names_the_rule_the_expected_and_computed_values_and_the_reason(tmp_path):
    """Expected on time by 2026-11-27; coregs counts five working days to 2026-11-30 and the
    contact of 2026-12-01 one working day late: each difference, with the finding's reason."""
    path = _contact(tmp_path, "service-request-contact: {status: met_on_time, due: 2026-11-27}")
    (result,) = run_policy_files([path])
    assert not result.passed
    shown = result.render()
    assert shown.startswith(f'FAIL {path}:1 case 1 "A contact over Thanksgiving"')
    assert "service-request-contact #1 status: expected met_on_time, got met_late" in shown
    assert "service-request-contact #1 due: expected 2026-11-27, got 2026-11-30" in shown
    assert "because: met on 2026-12-01 (events[1]), 1 working day after" in shown


def test_a_passing_case_passes(tmp_path):
    path = _contact(tmp_path, "service-request-contact: {status: met_late, late_by: 1}")
    (result,) = run_policy_files([path])
    assert result.passed and result.render().startswith("PASS")


def test_an_empty_list_expects_no_finding_and_a_count_mismatch_lists_what_came(tmp_path):
    path = _contact(tmp_path, "service-request-contact: []")
    (result,) = run_policy_files([path])
    (mismatch,) = result.mismatches
    assert mismatch.what == "service-request-contact findings"
    assert mismatch.expected == "0 findings"
    assert mismatch.got.startswith("1: #1 met_late (met on 2026-12-01")


def test_a_rule_expected_but_not_triggered_says_so(tmp_path):
    path = _contact(tmp_path, "ssi-application: met_on_time")
    (result,) = run_policy_files([path])
    assert "ssi-application findings: expected 1 finding, got 0 (the rule was not triggered)" in (
        result.render()
    )


def test_eligibility_mismatches_name_the_criterion_and_its_reason():
    (case,) = parse_policy_cases(
        {
            "name": "No facts at all",
            "citation": "12 CCR 2509-7.601.71.B.1",
            "as_of": "2026-12-01",
            "facts": {},
            "expect": {
                "status": "eligible",
                "criteria": {"removal": "met", "no-such-criterion": "met"},
                "months": {"2026-03": {"child": 31}},
            },
        }
    )
    result = run_policy_case(case)
    shown = result.render()
    assert "status: expected eligible, got undetermined" in shown
    assert "removal outcome: expected met, got unknown" in shown
    assert "because: the manner of removal is not stated" in shown
    assert "no-such-criterion: expected a criterion, got no criterion with this id" in shown
    assert "month 2026-03: expected a month of the stay, got no such month" in shown
    assert case.line is None  # data passed in directly has no lines


def test_an_evaluation_error_fails_the_case_with_its_message(tmp_path):
    """Strict effective dating refuses a trigger before 7.601.81 took effect (2024-09-01)."""
    path = _write(
        tmp_path,
        """\
        - name: Before the section was in force
          citation: 12 CCR 2509-7.601.81.A
          as_of: 2025-01-01
          case: {events: [{kind: state_protocol_updated, date: 2024-06-03}]}
          expect: {findings: {state-protocol-update-notice: not_applicable}}
        """,
    )
    (result,) = run_policy_files([path])
    assert not result.passed
    assert result.error is not None and result.error.startswith("RuleNotInForceError:")
    assert "effective='lenient'" in result.error


def test_folders_are_searched_and_names_filtered(tmp_path):
    _contact(tmp_path, "service-request-contact: met_late")
    sub = tmp_path / "more"
    sub.mkdir()
    _write(sub, (CONTACT % "      service-request-contact: met_late").replace("Thanksgiving", "x"))
    assert len(run_policy_files([tmp_path])) == 2
    assert len(run_policy_files([tmp_path], name_filter="Thanksgiving")) == 1


# -- structure errors ----------------------------------------------------------------------------


def test_a_wrong_status_names_file_case_key_and_line(tmp_path):
    path = _contact(tmp_path, "service-request-contact: {status: met_ontime}")
    error = _error(path)
    assert str(error).startswith(
        f'{path}:10: case 1 "A contact over Thanksgiving": '
        "expect.findings.service-request-contact.status: expected a finding status: one of"
    )


def test_an_unknown_rule_id_is_named_back_as_the_author_wrote_it(tmp_path):
    error = _error(_contact(tmp_path, "service-requst-contact: met_late"))
    assert "expect.findings.service-requst-contact: no rule has the id" in str(error)
    assert error.line == 10


def test_an_unknown_key_is_pointed_at_not_echoed(tmp_path):
    path = _write(
        tmp_path, CONTACT % "      service-request-contact: met_late" + f"  {CANARY}: 1\n"
    )
    error = _error(path)
    assert CANARY not in str(error)
    assert error.line == 11 and "key 6: unknown key" in str(error)


def test_an_invalid_event_names_the_field_and_line_never_the_value(tmp_path):
    text = (CONTACT % "      service-request-contact: met_late").replace(
        "date: 2026-12-01}", f"date: 2026-12-01, mode: {CANARY}}}"
    )
    error = _error(_write(tmp_path, text))
    assert CANARY not in str(error) and CANARY not in repr(error.args)
    assert "case.events[1].mode: expected one of 'in_person', 'telephone' or 'written'" in str(
        error
    )
    assert error.line == 7


def test_invalid_facts_are_named_not_echoed(tmp_path):
    path = _write(
        tmp_path,
        f"""\
        - name: Bad facts
          citation: 12 CCR 2509-7.601.71.B.1
          as_of: 2026-12-01
          facts:
            child: {{citizenship: {CANARY}}}
          expect: {{status: eligible}}
        """,
    )
    error = _error(path)
    assert CANARY not in str(error)
    assert "facts.child.citizenship:" in str(error) and error.line == 5


def test_an_option_unknown_for_the_kind_of_case_is_pointed_at(tmp_path):
    text = (CONTACT % "      service-request-contact: met_late") + f"  options: {{{CANARY}: x}}\n"
    error = _error(_write(tmp_path, text))
    assert CANARY not in str(error)
    assert "options: the option at position 1: no such option" in str(error)


def test_a_choice_an_option_does_not_offer_lists_the_choices(tmp_path):
    text = (
        CONTACT % "      service-request-contact: met_late"
    ) + "  options: {unqualified_days: weeks}\n"
    error = _error(_write(tmp_path, text))
    assert "options.unqualified_days: expected one of calendar days, working days" in str(error)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- name: x\n  name: y\n", "this key is written twice in the same mapping"),
        ("- {name: x, as_of: 2026-02-30}\n", "a date that does not exist on the calendar"),
        ("- name: [x\n", "not valid YAML"),
    ],
)
def test_yaml_problems_give_the_line(tmp_path, text, problem):
    error = _error(_write(tmp_path, text))
    assert problem in str(error) and error.line is not None


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"name": "x"}, "citation: missing"),
        (
            {"name": "x", "citation": "c", "as_of": "2026-01-01", "expect": {}},
            "give exactly one input",
        ),
        (
            {"name": "x", "citation": "c", "as_of": "2026-01-01", "case": {}, "expect": {}},
            "a compliance case expects findings",
        ),
        (
            {"name": "x", "citation": "c", "as_of": "2026-01-01", "facts": {}, "expect": {}},
            "expects nothing",
        ),
        (
            {
                "name": "x",
                "citation": "c",
                "as_of": "2026-01-01",
                "facts": {},
                "case": {},
                "expect": {},
            },
            "give exactly one input",
        ),
        (
            {
                "name": "x",
                "citation": "c",
                "as_of": "2026-01-01",
                "facts": {},
                "expect": {"findings": {}},
            },
            "an eligibility case (input under 'facts') expects status",
        ),
        (
            {
                "name": "x",
                "citation": "c",
                "as_of": "2026-01-01",
                "facts": {},
                "expect": {"months": {"March": {"child": 1}}},
            },
            "expected a month YYYY-MM as the key",
        ),
    ],
)
def test_structure_problems_are_named(data, problem):
    with pytest.raises(PolicyCaseError, match=re.escape(problem)):
        parse_policy_cases([data])


def test_a_missing_file_is_an_error_naming_it(tmp_path):
    with pytest.raises(PolicyCaseError, match="no such file or folder"):
        run_policy_files([tmp_path / "nope.yaml"])


# -- the command line ----------------------------------------------------------------------------


def test_coregs_test_exits_0_when_every_case_passes(tmp_path, capsys):
    path = _contact(tmp_path, "service-request-contact: met_late")
    assert main(["test", str(path), "-v"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("PASS") and "1 case in 1 file: 1 passed, 0 failed" in out


def test_coregs_test_exits_1_and_explains_a_failure(tmp_path, capsys):
    path = _contact(tmp_path, "service-request-contact: met_on_time")
    assert main(["test", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert f"FAIL {path}:1" in captured.out
    assert "1 passed" not in captured.out and "0 passed, 1 failed" in captured.err


def test_coregs_test_exits_2_on_a_malformed_file(tmp_path, capsys):
    _contact(tmp_path, f"service-request-contact: {{status: {CANARY}}}")
    assert main(["test", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("coregs: error: ") and err.count("\n") == 1


def test_coregs_test_with_no_matching_case_is_bad_input(tmp_path, capsys):
    _contact(tmp_path, "service-request-contact: met_late")
    assert main(["test", str(tmp_path), "-k", "nothing like it"]) == 2


def test_without_pyyaml_coregs_test_says_what_to_install(tmp_path):
    path = _contact(tmp_path, "service-request-contact: met_late")
    code = (
        "import sys; sys.modules['yaml'] = None\n"
        f"from coregs.cli import main; sys.exit(main(['test', {str(path)!r}]))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert out.returncode == 2
    assert "needs PyYAML: pip install 'coregs[policy]'" in out.stderr
