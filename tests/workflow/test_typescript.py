"""The TypeScript client (clients/typescript, compiled by `make ts-build`) against the mock.

It performs the vendor's three-step login (discovery, basic token, login), lists the devices and
the templates and, with --allow-writes, creates one device and deletes it: all over real HTTP on
loopback, against today's mock and its future mode (a later release of the service).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from iotconnect_mock import (
    DEMO_PASSWORD,
    DEMO_SOLUTION_KEY,
    DEMO_USERNAME,
    create_app,
    serve_in_thread,
)
from iotconnect_mock.future import FUTURE_AUTH_TYPE
from iotconnect_proxy import create_app as create_proxy
from iotconnect_proxy import serve_in_thread as serve_in_thread_proxy
from tests.proxy.conftest import settings_for

from .conftest import DEMO_ENV, node_json, run_node

pytestmark = [pytest.mark.node, pytest.mark.slow]


@pytest.fixture
def mock_url() -> Iterator[str]:
    with serve_in_thread(create_app()) as url:
        yield url


def _unique_ids(url: str) -> list[str]:
    """The mock's devices, seen through Python (not through the client under test)."""
    with httpx.Client(base_url=f"{url}/api/v2.1", timeout=5) as client:
        basic = client.get("/Auth/basic-token").json()["data"]
        tokens = client.post(
            "/Auth/login",
            headers={"Authorization": f"Basic {basic}", "solution-key": DEMO_SOLUTION_KEY},
            json={"username": DEMO_USERNAME, "password": DEMO_PASSWORD},
        ).json()
        listed = client.get(
            "/Device",
            params={"pageSize": 1000},
            headers={"Authorization": f"Bearer {tokens['access_token']}"},
        )
    return sorted(device["uniqueId"] for device in listed.json()["data"])


def _cli(url: str, *flags: str) -> list[str]:
    return ["cli.js", "--discovery", url, "--env", "poc", "--platform", "aws", *flags]


def test_lists_creates_and_deletes(ts_site: Path, mock_url: str) -> None:
    before = _unique_ids(mock_url)
    report = node_json(*_cli(mock_url, "--allow-writes"), cwd=ts_site, env=DEMO_ENV)
    assert report["deviceBaseUrl"] == f"{mock_url}/api/v2.1"
    assert sorted(report["listed"]) == before
    created = report["created"]["uniqueId"]
    assert created.startswith("ts-client-")
    assert sorted(report["listedAfterCreate"]) == sorted([*before, created])
    assert report["deleted"] == report["created"]
    assert _unique_ids(mock_url) == before


def test_read_only_by_default(ts_site: Path, mock_url: str) -> None:
    before = _unique_ids(mock_url)
    report = node_json(*_cli(mock_url), cwd=ts_site, env=DEMO_ENV)
    assert sorted(report["listed"]) == before
    assert "created" not in report
    assert "deleted" not in report
    assert _unique_ids(mock_url) == before


def test_a_refused_login_is_one_line_without_secrets(ts_site: Path, mock_url: str) -> None:
    run = run_node(*_cli(mock_url), cwd=ts_site, env={**DEMO_ENV, "IOTC_PASS": "wrong-Passw0rd"})
    assert run.returncode == 1
    assert run.stderr.startswith("iotconnect-ts: login: HTTP 401")
    assert run.stderr.count("\n") == 1
    for secret in ("wrong-Passw0rd", DEMO_SOLUTION_KEY):
        assert secret not in run.stderr + run.stdout


def test_a_later_release_of_the_service(ts_site: Path) -> None:
    # Unknown fields at every level, auth type 7, an unknown header and paging fields: the
    # same flow passes, and the new auth type comes through as the number the service sent.
    with serve_in_thread(create_app(future=True)) as url:
        before = _unique_ids(url)
        report = node_json(*_cli(url, "--allow-writes"), cwd=ts_site, env=DEMO_ENV)
        after = _unique_ids(url)
    assert sorted(report["listed"]) == before
    assert {"code": "edgegw", "authType": FUTURE_AUTH_TYPE} in report["templates"]
    assert {"code": "tempsensor", "authType": 5} in report["templates"]
    assert report["created"]["uniqueId"] in report["listedAfterCreate"]
    assert report["deleted"] == report["created"]
    assert after == before


def test_through_the_validating_proxy_with_no_finding(ts_site: Path, mock_url: str) -> None:
    """The whole flow, a create and a delete too, through ``iotconnect proxy``: every
    request and reply of the TypeScript client matches the spec."""
    app = create_proxy(settings_for(mock_url, allow_writes=True))
    with serve_in_thread_proxy(app) as proxy:
        report = node_json(*_cli(proxy, "--allow-writes"), cwd=ts_site, env=DEMO_ENV)
    assert report["deviceBaseUrl"] == f"{proxy}/device"
    assert report["deleted"] == report["created"]
    findings = app.state.proxy.findings
    assert findings.distinct == {}
    assert {"discoverServices", "login", "createDevice", "deleteDevice"} <= set(findings.exchanges)
