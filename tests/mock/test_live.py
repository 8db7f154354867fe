"""The mock over real HTTP: ``serve_in_thread`` and the ``serve`` command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from iotconnect_mock import (
    DEMO_PASSWORD,
    DEMO_SOLUTION_KEY,
    DEMO_USERNAME,
    MockSettings,
    create_app,
    serve_in_thread,
)
from iotconnect_mock.cli import app as cli_app
from iotconnect_mock.cli import banner

from .helpers import lines_until

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_vendor_flow_over_http(live_url: str) -> None:
    with httpx.Client(timeout=5) as client:
        found = client.get(
            f"{live_url}/api/uisdk/solutionkey/{DEMO_SOLUTION_KEY}/env/poc",
            params={"version": "2.1", "pf": "aws"},
        ).json()["data"]
        auth, device = found["authBaseUrl"], found["deviceBaseUrl"]
        assert auth == f"{live_url}/api/v2.1"
        basic = client.get(f"{auth}/Auth/basic-token").json()["data"]
        tokens = client.post(
            f"{auth}/Auth/login",
            headers={"Authorization": f"Basic {basic}", "solution-key": DEMO_SOLUTION_KEY},
            json={"username": DEMO_USERNAME, "password": DEMO_PASSWORD},
        ).json()
        listed = client.get(
            f"{device}/Device", headers={"Authorization": f"Bearer {tokens['access_token']}"}
        )
        assert listed.status_code == 200
        assert listed.json()["count"] == -1
        assert listed.headers["content-type"] == "application/json; charset=utf-8"


@pytest.mark.slow
def test_serve_in_thread_stops_cleanly() -> None:
    with serve_in_thread(create_app()) as url:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
        assert httpx.get(f"{url}/_mock/clock", timeout=5).status_code == 200
    try:
        httpx.get(f"{url}/_mock/clock", timeout=1)
    except httpx.ConnectError:
        pass
    else:
        raise AssertionError("the server still answers after the context exited")


def test_cli_help_lists_the_options() -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in (
        "--host",
        "--port",
        "--user",
        "--solution-key",
        "--token-ttl",
        "--db",
        "--platform",
    ):
        assert option in result.output


def test_cli_rejects_a_bad_user() -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--port", "0", "--user", "no-colon"])
    assert result.exit_code != 0


@pytest.mark.slow
def test_serve_command_prints_urls_and_demo_credentials(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / p) for p in ("mock",))}
    command = [sys.executable, "-m", "iotconnect_mock", "serve", "--port", "0"]
    command += ["--platform", "az", "--db", str(tmp_path / "cli.sqlite"), "--token-ttl", "120"]
    proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    try:
        deadline = time.monotonic() + 15
        printed = lines_until(proc, "solution key", deadline)
        match = re.search(r"on (http://127\.0\.0\.1:\d+)", printed)
        assert match, printed
        assert DEMO_USERNAME in printed
        assert DEMO_PASSWORD in printed
        assert DEMO_SOLUTION_KEY in printed
        base = match.group(1)
        while True:  # until the socket answers, at most until the deadline
            try:
                reply = httpx.get(f"{base}/api/v2/Auth/basic-token", timeout=1)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the server never answered"
                time.sleep(0.05)
        assert reply.status_code == 200
        with httpx.Client(base_url=base, timeout=5) as client:
            tokens = client.post(
                "/api/v2/Auth/login",
                headers={
                    "Authorization": f"Basic {reply.json()['data']}",
                    "solution-key": DEMO_SOLUTION_KEY,
                },
                json={"username": DEMO_USERNAME, "password": DEMO_PASSWORD},
            ).json()
            assert tokens["expires_in"] == 120
            listed = client.get(
                "/api/v2/Device", headers={"Authorization": f"Bearer {tokens['access_token']}"}
            )
            assert listed.json()["count"] == 5  # az: the total
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    assert (tmp_path / "cli.sqlite").exists()


def test_serve_hides_passwords_of_custom_users() -> None:
    settings = MockSettings(users=("ann@example.com:s3cret-pass",), solution_key="c2VjcmV0LWtleQ==")
    text = banner("http://127.0.0.1:1", settings, custom_users=True)
    assert "ann@example.com" in text
    assert "s3cret-pass" not in text
    assert "c2VjcmV0LWtleQ==" not in text
