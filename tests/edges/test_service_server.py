"""The service over real HTTP: ``coregs serve`` on a free local port, called with urllib, and
its logs read back for any case data."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.test_repository import ROOT

CANARY = "Zebediah-Quuxington"
CASE = (ROOT / "examples" / "case-late-and-overdue.json").read_bytes()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _call(url: str, body: bytes | None = None) -> tuple[int, dict[str, object]]:
    request = urllib.request.Request(url, data=body, method="POST" if body else "GET")
    request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _wait_until_up(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server exited"
        try:
            if _call(f"{base}/health")[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("the server did not answer /health within 60 s")


def test_coregs_serve_answers_over_http_and_logs_no_case_data(tmp_path: Path) -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "coregs", "serve", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_up(base, server)
        status, report = _call(f"{base}/check?as_of=2026-12-01", CASE)
        assert status == 200 and report["case_ref"] == "EXAMPLE-2026-0233"
        bad = json.dumps({"events": [{"kind": "case_opened", "date": CANARY}], CANARY: 1})
        status, error = _call(f"{base}/check?as_of=2026-12-01", bad.encode())
        assert status == 422 and CANARY not in json.dumps(error)
        status, due = _call(f"{base}/due?date=2026-11-20&period=5%20working%20days")
        assert (status, due["due"]) == (200, "2026-11-30")
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
        log.close()
    text = (tmp_path / "server.log").read_text()
    assert '"POST /check HTTP/1.1" 200' in text and '"POST /check HTTP/1.1" 422' in text
    assert '"GET /due HTTP/1.1" 200' in text
    assert CANARY not in text
    assert "as_of=" not in text and "2026-11-20" not in text  # no query string reaches the log
