"""The proxy on a real socket in front of the mock on another: clients through it find nothing
where the mock keeps to the spec, and each planted deviation is named once."""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
from http.server import BaseHTTPRequestHandler

import httpx
import pytest

import iotconnect_mock
from iotconnect import ApiError
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, create_app
from iotconnect_proxy import LOCAL_HEADER, ProxySettings, serve_in_thread
from iotconnect_proxy import create_app as create_proxy
from tests.loopback import serving

from .conftest import Running, bearer, log_in, raw_flow, session, settings_for
from .planted import PLANTED, plant

pytestmark = pytest.mark.slow

SECRETS = (DEMO_PASSWORD, DEMO_SOLUTION_KEY)


def test_the_python_client_reads_and_writes_through_it_with_no_finding() -> None:
    with iotconnect_mock.serve_in_thread() as mock:
        app = create_proxy(settings_for(mock, allow_writes=True))
        with serve_in_thread(app) as proxy, session(proxy) as iot:
            assert iot.devices.count() == 5
            listed = [d.unique_id for d in iot.devices.list(page_size=2)]
            assert [t.code for t in iot.templates.list()] == ["edgegw", "camera", "tempsensor"]
            assert iot.entities.root().name
            created = iot.devices.create(
                unique_id="through-proxy", display_name="P", template="tempsensor"
            )
            iot.devices.update(created.newid, note="seen by the proxy")
            iot.devices.deactivate(created.newid)
            assert iot.devices.find("through-proxy") is not None
            iot.devices.delete(created.newid)
            assert iot.devices.find("through-proxy") is None
    found = app.state.proxy.findings
    assert len(listed) == 5
    assert found.distinct == {}
    assert {
        "discoverServices",
        "login",
        "listDevices",
        "createDevice",
        "updateDevice",
        "updateDeviceStatus",
        "deleteDevice",
        "getDeviceByUniqueId",
        "listDeviceTemplates",
        "listEntities",
    } <= found.exchanges.keys()


def test_curl_through_it_finds_nothing(running: Running) -> None:
    """The vendor's flow with plain curl (an httpx request by hand where curl is absent)."""
    curl = shutil.which("curl")
    statuses = [_curl(curl, running.proxy)] if curl else raw_flow(running.proxy)
    assert statuses
    assert running.state.findings.distinct == {}
    assert running.state.findings.exchanges.keys() >= {"getBasicToken", "login", "listDevices"}


def _curl(executable: str, proxy: str) -> int:
    def curl(*args: str) -> dict[str, object]:
        done = subprocess.run(  # noqa: S603 - fixed arguments, loopback
            [executable, "-s", "--max-time", "10", *args],
            capture_output=True,
            check=True,
            text=True,
        )
        result: dict[str, object] = json.loads(done.stdout)
        return result

    basic = curl(f"{proxy}/auth/Auth/basic-token")["data"]
    tokens = curl(
        "-X", "POST", f"{proxy}/auth/Auth/login",
        "-H", f"Authorization: Basic {basic}", "-H", f"solution-key: {DEMO_SOLUTION_KEY}",
        "-H", "Content-Type: application/json",
        "-d", json.dumps({"username": DEMO_USERNAME, "password": DEMO_PASSWORD}),
    )  # fmt: skip
    listed = curl(
        f"{proxy}/device/Device?pageSize=2&sortBy=uniqueId%20asc",
        "-H", f"Authorization: Bearer {tokens['access_token']}",
    )  # fmt: skip
    status = listed["status"]
    assert isinstance(status, int)
    return status


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_a_planted_deviation_is_reported_once_by_operation_and_pointer(name: str) -> None:
    planted = PLANTED[name]
    with iotconnect_mock.serve_in_thread(plant(create_app(), planted)) as mock:
        app = create_proxy(settings_for(mock))
        with serve_in_thread(app) as proxy:
            raw_flow(proxy)
            raw_flow(proxy)  # twice: reported once, counted twice
    found = app.state.proxy.findings
    # The expected and found words are the checker's; the test pins operation, check, pointer.
    assert [(f.operation, f.check, f.pointer) for f in found.distinct] == [
        (planted.operation, planted.check, planted.pointer)
    ]
    assert found.counts == {(planted.operation, planted.check): 2}


def test_writes_are_refused_in_read_only_mode(running: Running) -> None:
    with session(running.proxy) as iot:
        before = iot.devices.count()
        with pytest.raises(ApiError) as refused:
            iot.devices.create(unique_id="refused", display_name="R", template="tempsensor")
        guid = next(iter(iot.devices.list())).guid
        with pytest.raises(ApiError, match="read-only"):
            iot.devices.deactivate(guid)
        with pytest.raises(ApiError, match="read-only"):
            iot.devices.delete(guid)
        assert iot.devices.count() == before
    assert refused.value.status == 403
    assert "--allow-writes" in str(refused.value)
    with httpx.Client(base_url=running.proxy) as client:
        reply = client.delete(f"/device/Device/{guid}")
    assert reply.status_code == 403
    assert reply.headers[LOCAL_HEADER] == "local"
    with httpx.Client(base_url=f"{running.mock}/api/v2.1") as client:
        count = client.get("/Device/count", headers=bearer(log_in(client, auth="")[1]))
    assert count.json()["data"][0]["deviceCount"] == before


class _Endless(BaseHTTPRequestHandler):
    """Answers every GET with a JSON reply that never ends (until the reader hangs up)."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        chunk = b'{"data": [' + b'{"guid": "x"},' * 10_000
        try:
            for _ in range(10_000):  # 1.4 GB at most: bounded, and far over any cap
                self.wfile.write(chunk)
        except OSError:
            return

    def log_message(self, *args: object) -> None:
        """Quiet."""


def test_a_reply_over_the_size_cap_is_a_local_502_and_a_finding() -> None:
    with serving(_Endless) as upstream:
        app = create_proxy(ProxySettings(services={"device": upstream}, max_body=1 << 20))
        with serve_in_thread(app) as proxy, httpx.Client(timeout=30) as client:
            reply = client.get(f"{proxy}/device/Device", headers={"Authorization": "Bearer x"})
    assert reply.status_code == 502
    assert reply.headers[LOCAL_HEADER] == "local"
    assert "reply too large" in reply.json()["message"]
    found = app.state.proxy.findings.distinct
    assert [(f.operation, f.check) for f in found] == [("listDevices", "size")]


def test_nothing_it_prints_holds_a_secret(caplog: pytest.LogCaptureFixture) -> None:
    planted = PLANTED["missing envelope member"]
    caplog.set_level(logging.DEBUG)
    with iotconnect_mock.serve_in_thread(plant(create_app(), planted)) as mock:
        app = create_proxy(settings_for(mock))
        with serve_in_thread(app) as proxy:
            with session(proxy) as iot:
                iot.devices.count()
                tokens = [iot.device.token]
            with httpx.Client() as client:
                dumped = client.get(f"{proxy}/_proxy/findings").text
            raw_flow(proxy)
    assert app.state.proxy.findings.distinct
    text = caplog.text + dumped + json.dumps(app.state.proxy.findings.as_json())
    for secret in (*SECRETS, *tokens):
        assert secret not in text


def test_a_body_of_any_shape_is_checked_not_fatal(running: Running) -> None:
    """Numbers where the spec wants text, in members that hold secrets: a request finding,
    the service's own answer passed on, and the proxy keeps serving."""
    with httpx.Client(base_url=running.proxy, timeout=10) as client:
        reply = client.post("/auth/Auth/login", json={"username": 1, "password": 1.5})
        again = client.get("/auth/Auth/basic-token")
    assert reply.headers.get(LOCAL_HEADER) is None
    assert again.status_code == 200
    found = {(f.operation, f.check, f.pointer) for f in running.state.findings.distinct}
    assert ("login", "request", "/body/password") in found
