"""A child's history at every edge (issue 13): the CLI, the batch, the HTTP service, the frames
and the notebook view take a history of episodes where they took one episode's facts, and give
what determine_iv_e_history gives; one episode's facts keep giving what they gave."""

from __future__ import annotations

import io
import json
from datetime import date

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from coregs import (
    FailedCase,
    IVEDetermination,
    IVEHistory,
    IVEHistoryDetermination,
    determine_iv_e,
    determine_iv_e_history,
    determine_many,
)
from coregs.cli import main
from coregs.service import create_app
from tests.test_repository import ROOT

EXAMPLES = ROOT / "examples"
AS_OF = date(2026, 12, 1)
HISTORY_FILE = EXAMPLES / "iv-e-history-trial-home-visit.json"
HISTORY = HISTORY_FILE.read_text()
FACTS = (EXAMPLES / "iv-e-court-ordered.json").read_text()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_coregs_iv_e_json_carries_each_episode_and_the_months_that_span_them(capsys):
    status, out, _ = _run(capsys, "iv-e", str(HISTORY_FILE), "--as-of", "2026-12-01", "--json")
    assert status == 0
    got = json.loads(out)
    expected = determine_iv_e_history(IVEHistory.parse_json(HISTORY), as_of=AS_OF).to_dict()
    assert got == json.loads(json.dumps(expected))
    assert [e["begins"] for e in got["episodes"]] == [None, "return_after_trial_home_visit"]
    assert got["months"][0]["month"] == "2025-01" and got["months"][-1]["month"] == "2026-12"


def test_coregs_iv_e_with_funding_and_compliance_per_episode(capsys):
    argv = ["iv-e", str(HISTORY_FILE), "--as-of", "2026-12-01"]
    status, out, _ = _run(capsys, *argv, "--funding", "--compliance", "--json")
    got = json.loads(out)
    assert status == 0
    for episode in got["episodes"]:
        assert "child_support" in episode["funding"]
        assert {"findings", "counts"} <= set(episode["compliance"])
    status, out, _ = _run(capsys, *argv, "--funding", "--compliance")
    assert status == 0 and "Other funding sources" in out and "Compliance of case" in out
    status, out, _ = _run(capsys, *argv, "--csv")
    assert status == 0 and out.splitlines()[0].split(",")[2] == "episodes"


def test_one_episodes_file_gives_what_it_gave(capsys):
    status, out, _ = _run(
        capsys, "iv-e", str(EXAMPLES / "iv-e-court-ordered.json"), "--as-of", "2026-12-01", "--json"
    )
    assert status == 0
    assert json.loads(out) == json.loads(
        json.dumps(determine_iv_e(json.loads(FACTS), as_of=AS_OF).to_dict())
    )


def test_a_bad_history_is_one_line_naming_the_episode(capsys, tmp_path):
    doc = json.loads(HISTORY)
    doc["episodes"][1]["begins"] = "re_entry"
    path = tmp_path / "h.json"
    path.write_text(json.dumps(doc))
    status, out, err = _run(capsys, "iv-e", str(path), "--as-of", "2026-12-01")
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "episodes[1].begins" in err and "re_entry" not in err


def test_determine_many_takes_histories_beside_single_episodes():
    inputs = [json.loads(FACTS), HISTORY, IVEHistory.parse_json(HISTORY), {"episodes": []}]
    results = list(determine_many(inputs, AS_OF))
    assert isinstance(results[0], IVEDetermination)
    assert isinstance(results[1], IVEHistoryDetermination)
    assert results[1].to_dict() == results[2].to_dict()
    assert isinstance(results[3], FailedCase) and results[3].field == "episodes"


def test_coregs_batch_iv_e_writes_a_history_line(capsys, monkeypatch):
    lines = FACTS.replace("\n", "") + "\n" + HISTORY.replace("\n", "") + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    status, out, _ = _run(capsys, "batch", "iv-e", "-", "--as-of", "2026-12-01")
    assert status == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert "episodes" not in first["determination"]
    assert len(second["determination"]["episodes"]) == 2


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(max_body_bytes=64 * 1024))


def test_post_iv_e_and_funding_take_a_history(client):
    history = IVEHistory.parse_json(HISTORY)
    response = client.post("/iv-e", params={"as_of": "2026-12-01"}, content=HISTORY)
    assert response.status_code == 200
    expected = determine_iv_e_history(history, as_of=AS_OF).to_dict()
    assert response.json() == json.loads(json.dumps(expected))
    response = client.post("/funding", params={"as_of": "2026-12-01"}, content=HISTORY)
    assert response.status_code == 200
    assert all("ssi" in e["funding"] for e in response.json()["episodes"])
    # one episode's facts answer as before
    response = client.post("/iv-e", params={"as_of": "2026-12-01"}, content=FACTS)
    assert "episodes" not in response.json()


def test_a_bad_history_over_http_is_422_naming_the_field(client):
    doc = json.loads(HISTORY)
    doc["episodes"][0]["placements"][0]["start"] = "Zebediah"
    response = client.post("/iv-e", params={"as_of": "2026-12-01"}, content=json.dumps(doc))
    assert response.status_code == 422 and "Zebediah" not in response.text
    assert response.json()["problems"][0]["loc"] == "episodes[0].placements[0].start"


def test_the_openapi_document_describes_both_shapes(client):
    body = client.get("/openapi.json").json()
    schema = body["paths"]["/iv-e"]["post"]["requestBody"]["content"]["application/json"]
    assert schema["schema"] == {
        "anyOf": [
            {"$ref": "#/components/schemas/IVEFacts"},
            {"$ref": "#/components/schemas/IVEHistory"},
        ]
    }
    assert "episodes" in body["components"]["schemas"]["IVEHistory"]["properties"]


def test_the_history_frame_and_notebook_view():
    det = determine_iv_e_history(IVEHistory.parse_json(HISTORY), as_of=AS_OF)
    frame = det.to_frame()
    assert len(frame) == len(det.months)
    assert isinstance(frame["month"].dtype, pd.PeriodDtype)
    assert str(frame["candidate_days"].dtype) == "Int64"
    january = frame[frame["month"] == pd.Period("2026-01", "M")].iloc[0]
    assert january["episodes"] == "0 1" and january["placement_claimable_days"] == 27
    html = det._repr_html_()
    assert "Episode 1" in html and "return after trial home visit" in html
