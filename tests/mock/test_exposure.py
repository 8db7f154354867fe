"""What the mock exposes: cross-site control requests, spoofed Hosts, idle sockets, warnings.

Each case was found open (issue 17): a browser page on another site could reset the tenant
(``--db`` file included) with a ``text/plain`` POST, ``Host: evil.example`` sent discovery's
URLs elsewhere, and idle half-requests took every file descriptor.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from iotconnect_mock import DEMO_SOLUTION_KEY, MockSettings, serve_in_thread
from iotconnect_mock.cli import app as cli_app
from iotconnect_mock.cli import banner
from iotconnect_mock.exposure import exposure_warning, is_loopback
from iotconnect_mock.server import default_max_connections

from .helpers import Session, create, lines_until, login, make_app

ROOT = Path(__file__).resolve().parents[2]
EVIL = "https://evil.example"
DISCOVERY = f"/api/uisdk/solutionkey/{DEMO_SOLUTION_KEY}/env/poc"
#: The POSTs a page on another site can send with no preflight: each changes state.
CONTROL_POSTS = [
    ("/_mock/clock/advance", b'{"seconds": 3600}'),
    ("/_mock/faults", b'{"kind": "500"}'),
    ("/_mock/reset", b"{}"),
    ("/_mock/rate-limit", b'{"perSecond": 0.001, "burst": 1}'),
]
#: Content types of a "simple" cross-site request (fetch with no-cors, a form), and none.
SIMPLE_TYPES = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", None]


async def _state(s: Session) -> tuple[Any, ...]:
    """Clock offset, fault rules, rate limit, unique ids: what a control could change."""
    offset = (await s.client.get("/_mock/clock")).json()["data"]["offsetSeconds"]
    rules = (await s.client.get("/_mock/faults")).json()["count"]
    limit = (await s.client.get("/_mock/rate-limit")).json()["data"]
    devices = (await s.get("/Device", params={"pageSize": 100})).json()["data"]
    return offset, rules, limit, sorted(d["uniqueId"] for d in devices)


@pytest.mark.parametrize("content_type", SIMPLE_TYPES)
async def test_a_cross_site_simple_post_to_the_controls_changes_nothing(
    session: Session, content_type: str | None
) -> None:
    assert (await create(session, "kept")).status_code == 200
    before = await _state(session)
    headers = {"Origin": EVIL, "Sec-Fetch-Site": "cross-site"}
    if content_type is not None:
        headers["Content-Type"] = content_type
    for path, body in CONTROL_POSTS:
        reply = await session.client.post(path, content=body, headers=headers)
        assert reply.status_code == 415, (path, reply.text)
        assert reply.json()["error"] == [
            {
                "param": "Content-Type",
                "message": "The /_mock controls take Content-Type: application/json only",
            }
        ]
        assert "access-control-allow-origin" not in reply.headers
    assert await _state(session) == before
    assert "kept" in before[-1]


async def test_the_controls_still_take_json(session: Session) -> None:
    json_type = {"Content-Type": "application/json; charset=utf-8"}
    advanced = await session.client.post(
        "/_mock/clock/advance", content=b'{"seconds": 5}', headers=json_type
    )
    assert advanced.status_code == 200
    assert (await session.client.post("/_mock/reset", headers=json_type)).status_code == 200
    assert (await session.client.delete("/_mock/faults")).status_code == 200
    refused = await session.client.delete("/_mock/faults", headers={"Content-Type": "text/plain"})
    assert refused.status_code == 415


@pytest.mark.parametrize("path", ["/_mock/clock", "/_mock/clock/advance", "/_mock/reset"])
async def test_the_controls_send_no_cors_headers(client: httpx.AsyncClient, path: str) -> None:
    preflight = await client.options(
        path,
        headers={
            "Origin": EVIL,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    read = await client.get(path, headers={"Origin": EVIL})
    for reply in (preflight, read):
        assert not [h for h in reply.headers if h.lower().startswith("access-control-")]
    assert preflight.status_code == 405
    # The services keep theirs: the real one serves browser clients (api-facts).
    service = await client.get("/api/v2.1/Auth/basic-token", headers={"Origin": EVIL})
    assert service.headers["access-control-allow-origin"] == "*"


async def test_no_controls_makes_them_unknown_paths() -> None:
    transport = httpx.ASGITransport(app=make_app(controls=False))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        unknown = await client.get("/_mock/nothing-here")
        assert unknown.status_code == 404
        for method, path in [
            ("GET", "/_mock/clock"),
            ("POST", "/_mock/clock/advance"),
            ("POST", "/_mock/reset"),
            ("GET", "/_mock/faults"),
            ("POST", "/_mock/faults"),
            ("DELETE", "/_mock/faults"),
            ("POST", "/_mock/rate-limit"),
        ]:
            reply = await client.request(method, path, json={"seconds": 1})
            assert (reply.status_code, reply.json()) == (404, unknown.json()), (method, path)
        s = Session(client, (await login(client)).json())
        assert (await s.get("/Device")).status_code == 200


def test_the_cli_offers_the_switches_and_the_banner_says_what_is_open() -> None:
    shown = CliRunner().invoke(cli_app, ["serve", "--help"], terminal_width=200).output
    for option in ("--no-controls", "--public-url", "--header-timeout", "--max-connections"):
        assert option in shown
    on = banner("http://127.0.0.1:1", MockSettings(), custom_users=False)
    assert "/_mock/reset, /_mock/faults, /_mock/rate-limit (unauthenticated)" in on
    off = banner("http://127.0.0.1:1", MockSettings(controls=False), custom_users=False)
    assert "controls  : off (--no-controls)" in off
    assert "/_mock" not in off


@pytest.mark.slow
async def test_a_cross_site_reset_over_a_socket_keeps_the_db_file(tmp_path: Path) -> None:
    db = tmp_path / "kept.sqlite"
    with serve_in_thread(make_app(db_path=db)) as url:
        async with httpx.AsyncClient(base_url=url, timeout=5) as client:
            s = Session(client, (await login(client)).json())
            assert (await create(s, "kept-in-the-file")).status_code == 200
            reply = await client.post(
                "/_mock/reset",
                content=b"",
                headers={"Origin": EVIL, "Content-Type": "text/plain;charset=UTF-8"},
            )
            assert reply.status_code == 415
            assert "access-control-allow-origin" not in reply.headers
    # Reset wipes the file for good; a server started on it again still has the device.
    with serve_in_thread(make_app(db_path=db)) as url:
        async with httpx.AsyncClient(base_url=url, timeout=5) as client:
            s = Session(client, (await login(client)).json())
            assert (await s.get("/Device/uniqueId/kept-in-the-file")).status_code == 200


async def test_discovery_ignores_a_spoofed_host(client: httpx.AsyncClient) -> None:
    reply = await client.get(DISCOVERY, headers={"Host": "evil.example:8080"})
    assert reply.status_code == 200
    urls = reply.json()["data"]
    assert len(urls) == 8
    # In process the "bound address" is the transport's server, http://testserver.
    assert set(urls.values()) == {"http://testserver/api/v2.1"}


def _public_app(url: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=make_app(public_url=url))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def test_a_public_url_is_what_discovery_names_and_the_only_host_answered() -> None:
    async with _public_app("HTTPS://Mock.Example:443/") as client:
        right = await client.get(DISCOVERY, headers={"Host": "mock.example"})
        assert right.status_code == 200
        assert set(right.json()["data"].values()) == {"https://mock.example/api/v2.1"}
        also = await client.get(DISCOVERY, headers={"Host": "MOCK.example:443"})
        assert also.status_code == 200
        for host in ("evil.example:8080", "mock.example:8443", "mock.example.evil", "[::1"):
            wrong = await client.get(DISCOVERY, headers={"Host": host})
            assert wrong.status_code == 421, host
            assert wrong.json()["status"] == 421
            assert wrong.json()["data"] is None  # discovery's error shape
        device = await client.get("/api/v2.1/Device", headers={"Host": "evil.example"})
        assert device.status_code == 421
        assert device.json()["error"] == []  # the device service's shape
        assert (await client.get("/_mock/clock", headers={"Host": "evil"})).status_code == 421


@pytest.mark.parametrize(
    "url",
    ["mock.example", "ftp://mock.example", "http://mock.example/api", "http://a@b", "http://"],
)
def test_a_public_url_must_be_an_origin(url: str) -> None:
    with pytest.raises(ValueError, match="public_url"):
        MockSettings(public_url=url)


@pytest.mark.slow
def test_a_loopback_server_refuses_a_rebound_host() -> None:
    with serve_in_thread(make_app()) as url, httpx.Client(base_url=url, timeout=5) as client:
        port = url.rsplit(":", 1)[1]
        rebound = client.get(DISCOVERY, headers={"Host": f"evil.example:{port}"})
        assert rebound.status_code == 421
        assert "loopback" in rebound.json()["message"]
        reset = client.post("/_mock/reset", json={}, headers={"Host": f"evil.example:{port}"})
        assert reset.status_code == 421
        for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"app.localhost:{port}"):
            found = client.get(DISCOVERY, headers={"Host": host})
            assert found.status_code == 200, host
            assert set(found.json()["data"].values()) == {f"{url}/api/v2.1"}


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "::1", "[::1]", "localhost", "a.localhost", "127.9.0.1"]
)
def test_loopback_names(host: str) -> None:
    assert is_loopback(host)
    assert exposure_warning(host, MockSettings(), custom_users=False) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "evil.example"])  # noqa: S104
def test_listening_beyond_loopback_warns_of_what_is_open(host: str) -> None:
    warning = exposure_warning(host, MockSettings(db_path="state.db"), custom_users=False)
    assert warning is not None
    assert f"listening on {host}, beyond loopback" in warning
    for named in ("/_mock controls", "state.db", "published credentials", "--no-controls"):
        assert named in warning
    quieter = exposure_warning(
        host,
        MockSettings(controls=False, public_url="http://mock.example", users=["a@b.c:pw"]),
        custom_users=True,
    )
    assert quieter is not None
    assert "/_mock" not in quieter
    assert "credentials" not in quieter


#: A lowered descriptor limit for the served process, so that the test needs few sockets.
FD_LIMIT = 128
IDLE_SOCKETS = 160
HALF_REQUEST = b"GET /api/v2.1/Auth/basic-token HTTP/1.1\r\nHost: 127.0.0.1\r\n"


def _serve_with_fd_limit(*options: str) -> subprocess.Popen[str]:
    code = (
        "import resource, sys\n"
        "_, hard = resource.getrlimit(resource.RLIMIT_NOFILE)\n"
        f"resource.setrlimit(resource.RLIMIT_NOFILE, ({FD_LIMIT}, hard))\n"
        "from iotconnect_mock.cli import main\n"
        "sys.argv = ['iotconnect-mock', *sys.argv[1:]]\n"
        "main()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "mock")}
    command = [sys.executable, "-c", code, "serve", "--port", "0", "--no-access-log", *options]
    return subprocess.Popen(  # noqa: S603 - our own interpreter and module
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )


def _open_idle(port: int, count: int) -> list[socket.socket]:
    opened: list[socket.socket] = []
    for _ in range(count):
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=1)
            sock.sendall(HALF_REQUEST)
        except OSError:
            continue  # the backlog is full: this one never got in
        opened.append(sock)
    return opened


def _reply_or_close(sock: socket.socket, deadline: float) -> bytes | None:
    """What the server sent before closing ``sock``, or ``None`` if it was still open."""
    received = b""
    while (left := deadline - time.monotonic()) > 0:
        sock.settimeout(left)
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            return None
        except OSError:
            return received
        if not chunk:
            return received
        received += chunk
    return None


def _first_normal_reply(url: str, deadline: float) -> httpx.Response | None:
    while time.monotonic() < deadline:
        try:
            reply = httpx.get(f"{url}/api/v2.1/Auth/basic-token", timeout=1)
        except httpx.HTTPError:
            reply = None
        if reply is not None and reply.status_code == 200:
            return reply
        time.sleep(0.1)
    return None


@pytest.mark.slow
def test_idle_half_requests_cannot_take_every_descriptor() -> None:
    proc = _serve_with_fd_limit("--header-timeout", "1")
    idle: list[socket.socket] = []
    try:
        printed = lines_until(proc, "solution key", time.monotonic() + 15)
        match = re.search(r"on (http://127\.0\.0\.1:(\d+))", printed)
        assert match, printed
        url, port = match.group(1), int(match.group(2))
        assert _first_normal_reply(url, time.monotonic() + 10) is not None
        idle = _open_idle(port, IDLE_SOCKETS)
        assert len(idle) > FD_LIMIT  # more than the server could hold at once
        # Past the cap, connections get the documented 503 at once; the rest are closed when
        # their head is overdue. Every one ends, and the server serves again.
        deadline = time.monotonic() + 10
        endings: list[Any] = [_reply_or_close(sock, deadline) for sock in idle]
        assert None not in endings, f"{endings.count(None)} idle sockets still open"
        busy = [e for e in endings if e.startswith(b"HTTP/1.1 503")]
        assert busy, "no connection was refused at the cap"
        body = json.loads(busy[0].partition(b"\r\n\r\n")[2])
        assert body == {"status": 503, "message": "Too many open connections", "error": []}
        assert _first_normal_reply(url, time.monotonic() + 10) is not None
    finally:
        for sock in idle:
            sock.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def test_the_default_connection_cap_stays_below_the_descriptor_limit() -> None:
    resource = pytest.importorskip("resource")
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    cap = default_max_connections()
    assert cap > 0
    if soft != resource.RLIM_INFINITY:
        assert cap <= soft - 32
