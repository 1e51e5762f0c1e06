"""`python -m clientgen.testing`: loopback by default, prints where it listens and the demo
credentials."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from clientgen.testing.__main__ import describe, main
from clientgen.testing.auth import DEMO_CREDENTIALS

REPO = Path(__file__).resolve().parents[2]


def test_banner_names_url_and_every_demo_credential() -> None:
    banner = describe("duoplane", "http://127.0.0.1:8080")
    assert "http://127.0.0.1:8080" in banner
    assert "demo-key / password demo-password" in banner
    assert "other-key / password other-password" in banner
    duel = describe("duel", "http://127.0.0.1:1")
    assert all(c.tenant in duel for c in DEMO_CREDENTIALS["duel"])
    assert "Bearer token demo-token" in duel


def test_refuses_a_non_loopback_host(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["duda", "--host", "0.0.0.0"]) == 2
    assert "not loopback" in capsys.readouterr().err


def test_bad_fault_setting_is_an_error_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["duda", "--faults", "error_rate=5"]) == 2
    assert "error_rate" in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_cli_serves_over_http() -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": f"{REPO / 'scripts'}{os.pathsep}{REPO / 'tests'}"}
    process = subprocess.Popen(
        [sys.executable, "-m", "clientgen.testing", "duoplane", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert f"http://127.0.0.1:{port}" in first
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        assert response.status_code == 200
        assert response.json()["openapi"].startswith("3.1")
        unauthenticated = httpx.get(f"http://127.0.0.1:{port}/api/orders", timeout=5)
        assert unauthenticated.status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=10)
