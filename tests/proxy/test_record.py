"""Recordings: a session through ``iotconnect proxy --record`` leaves HAR files without a
secret in any encoding; the mock replays them; ``iotconnect proxy diff`` checks them."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from urllib.parse import quote, quote_plus

import httpx
import pytest
from typer.testing import CliRunner

import iotconnect_mock
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, create_app
from iotconnect_proxy import create_app as create_proxy
from iotconnect_proxy import serve_in_thread
from iotconnect_proxy.cli import app as proxy_command
from iotconnect_proxy.report import write_reports

from .conftest import bearer, log_in, raw_flow, session, settings_for
from .planted import PLANTED, plant

pytestmark = pytest.mark.slow


def _forms(secret: str) -> set[str]:
    """Every way a secret may be written: raw, URL-encoded, JSON-escaped, base64 (also at the
    offsets a longer base64 text puts it), in either alphabet."""
    forms = {secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]}
    for offset in range(3):
        encoded = base64.b64encode(bytes(offset) + secret.encode()).decode()
        # The characters that depend on the secret's bytes alone.
        inner = encoded[(0, 2, 3)[offset] : (offset + len(secret)) * 8 // 6]
        forms |= {inner, inner.replace("+", "-").replace("/", "_")}
    return {form for form in forms if len(form) >= 8}


def _token_session(proxy: str) -> list[str]:
    """Basic token, login, refresh through the proxy, by hand: the secrets of the session."""
    with httpx.Client(base_url=proxy, timeout=10) as client:
        basic, tokens = log_in(client)
        refresh = {"refreshtoken": tokens["refresh_token"]}
        renewed = client.post("/auth/Auth/refresh-token", json=refresh).json()
        client.get("/auth/Auth/verify-token", headers=bearer(renewed))
    return [
        basic,
        tokens["access_token"],
        tokens["refresh_token"],
        renewed["access_token"],
        renewed["refresh_token"],
    ]


def _record(mock: str, directory: Path, **settings: object) -> tuple[list[str], object]:
    app = create_proxy(settings_for(mock, record=directory, **settings))
    with serve_in_thread(app) as proxy:
        secrets = _token_session(proxy)
        with session(proxy) as iot:
            listed = [d.unique_id for d in iot.devices.list()]
            if settings.get("allow_writes"):
                created = iot.devices.create(
                    unique_id="recorded-1", display_name="R", template="tempsensor"
                )
                iot.devices.update(created.newid, note="recorded")
                iot.devices.delete(created.newid)
            iot.entities.list()
        raw_flow(proxy)
    assert listed
    return secrets, app.state.proxy.findings


def test_every_file_the_proxy_writes_is_free_of_secrets(tmp_path: Path) -> None:
    recording = tmp_path / "recording"
    with iotconnect_mock.serve_in_thread() as mock:
        secrets, findings = _record(mock, recording, allow_writes=True)
    write_reports(findings, tmp_path / "proxy.xml", tmp_path / "proxy.html")  # type: ignore[arg-type]
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    hars = [p for p in files if p.suffix == ".har"]
    assert len(hars) > 15
    operations = {
        json.loads(p.read_text())["log"]["entries"][0]["_iotconnect"]["operation"] for p in hars
    }
    assert {
        "login",
        "refreshToken",
        "createDevice",
        "listEntities",
        "discoverServices",
    } <= operations
    text = "\n".join(p.read_text() for p in files)
    for secret in (DEMO_PASSWORD, DEMO_SOLUTION_KEY, *secrets):
        leaked = [form for form in _forms(secret) if form in text]
        assert leaked == [], f"a form of a secret is in {files}"
    for har in hars:
        entry = json.loads(har.read_text())["log"]["entries"][0]
        names = {h["name"].lower() for h in entry["request"]["headers"]}
        assert not names & {"authorization", "solution-key", "cookie"}
    assert recording.stat().st_mode & 0o777 == 0o700


def test_the_mock_replays_a_recording_and_falls_back_to_itself(tmp_path: Path) -> None:
    recording = tmp_path / "recording"
    # Recorded from a later release of the service, with the demo tenant's devices.
    with iotconnect_mock.serve_in_thread(create_app(future=True)) as mock:
        _record(mock, recording)
    page: dict[str, str | int] = {"pageSize": 2, "sortBy": "uniqueId asc"}  # raw_flow asked
    empty = create_app(replay=recording, seed=False)  # a tenant without devices
    with (
        iotconnect_mock.serve_in_thread(empty) as replaying,
        httpx.Client(base_url=f"{replaying}/api/v2.1", timeout=10) as client,
    ):
        headers = bearer(log_in(client, auth="")[1])  # the mock's own login, never replayed
        replayed = client.get("/Device", params=page, headers=headers)
        unrecorded = client.get("/Device", params={**page, "pageSize": 3}, headers=headers)
    assert replayed.status_code == 200
    assert [d["uniqueId"] for d in replayed.json()["data"]] == ["demo-gw-01", "demo-sensor-02"]
    assert unrecorded.status_code == 204  # the empty tenant's own answer


def test_diff_finds_nothing_in_a_clean_recording(tmp_path: Path) -> None:
    with iotconnect_mock.serve_in_thread() as mock:
        _record(mock, tmp_path)
    result = CliRunner().invoke(proxy_command, ["diff", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "no finding" in result.output


def test_diff_names_a_planted_deviation_in_a_recording(tmp_path: Path) -> None:
    planted = PLANTED["wrong status"]  # the Python client of the session never counts
    with iotconnect_mock.serve_in_thread(plant(create_app(), planted)) as mock:
        _record(mock, tmp_path)
    result = CliRunner().invoke(
        proxy_command, ["diff", str(tmp_path), "--junit", str(tmp_path / "d.xml")]
    )
    assert result.exit_code == 1, result.output
    assert f"{planted.operation} status /: expected a status in" in result.output
    assert (tmp_path / "d.xml").exists()


def test_diff_of_a_directory_without_recordings_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(proxy_command, ["diff", str(tmp_path)])
    assert result.exit_code == 2
    assert "no HAR file" in result.output
