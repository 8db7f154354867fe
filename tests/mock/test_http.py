"""HTTP hygiene: versions, routing errors, 405 Allow, 413, CORS, content types, no stack traces."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from iotconnect_mock import DEMO_SOLUTION_KEY

from .helpers import BASE, Session, login

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


@pytest.mark.parametrize("prefix", ["/api/v2.1", "/api/v2", "/api/v1.1", "/API/V2.1"])
async def test_every_version_prefix_serves_the_services(
    client: httpx.AsyncClient, prefix: str
) -> None:
    reply = await login(client, base=prefix)
    assert reply.status_code == 200
    token = reply.json()["access_token"]
    devices = await client.get(f"{prefix}/Device", headers={"Authorization": f"Bearer {token}"})
    assert devices.status_code == 200


async def test_paths_ignore_case_and_trailing_slash(session: Session) -> None:
    for path in ("/device", "/DEVICE/", "/Device/Count", "/DEVICE-TEMPLATE"):
        reply = await session.client.get(BASE + path, headers=session.headers)
        assert reply.status_code == 200, path


async def test_json_replies_say_utf8(session: Session) -> None:
    for reply in (await session.get("/Device"), await session.get("/nope")):
        assert reply.headers["content-type"] == "application/json; charset=utf-8"


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PATCH", "/Device", "GET, HEAD, POST"),
        ("DELETE", "/Device", "GET, HEAD, POST"),
        ("POST", "/Device/8B1F3C0E-1111-4222-8333-944455556666", "DELETE, GET, HEAD, PUT"),
        ("GET", "/Device/8B1F3C0E-1111-4222-8333-944455556666/status", "PUT"),
        ("POST", "/Device/count", "GET, HEAD"),
        ("PUT", "/Device/uniqueId/abc", "GET, HEAD"),
        ("GET", "/Auth/login", "POST"),
        ("OPTIONS", "/device-template", "GET, HEAD"),
        # A concrete path wins over a templated one: not PUT /Device/{deviceGuid} with "count".
        ("PUT", "/Device/count", "GET, HEAD"),
        ("DELETE", "/Device/count", "GET, HEAD"),
    ],
)
async def test_405_lists_every_method_of_the_path(
    session: Session, method: str, path: str, allow: str
) -> None:
    reply = await session.client.request(method, BASE + path, headers=session.headers)
    assert reply.status_code == 405
    assert reply.headers["allow"] == allow
    body = reply.json()
    assert body["status"] == 405
    if path.startswith("/Auth"):
        assert body == {"status": 405, "message": body["message"], "error": None, "data": None}
    else:
        assert body["error"] == []


async def test_405_at_the_discovery_root(client: httpx.AsyncClient) -> None:
    reply = await client.post(f"/api/uisdk/solutionkey/{DEMO_SOLUTION_KEY}/env/poc")
    assert reply.status_code == 405
    assert reply.headers["allow"] == "GET, HEAD"
    assert reply.json()["data"] is None


@pytest.mark.parametrize(
    "path", ["/", "/api", f"{BASE}/Nothing", f"{BASE}/Device/a/b/c", "/api/v3/Device"]
)
async def test_unknown_routes_are_404(client: httpx.AsyncClient, path: str) -> None:
    reply = await client.get(path)
    assert reply.status_code == 404
    body = reply.json()
    assert body["status"] == 404
    assert body["error"] == []


async def test_unknown_auth_route_has_the_auth_shape(client: httpx.AsyncClient) -> None:
    reply = await client.get(f"{BASE}/Auth/logout")
    assert reply.status_code == 404
    assert reply.json() == {
        "status": 404,
        "message": reply.json()["message"],
        "error": None,
        "data": None,
    }


async def test_body_over_64_kib_is_413(session: Session) -> None:
    big = b'{"uniqueId": "' + b"x" * (64 * 1024) + b'"}'
    reply = await session.post("/Device", content=big)
    assert reply.status_code == 413
    assert reply.json()["status"] == 413
    assert reply.json()["error"][0]["param"] == "body"

    async def chunks() -> AsyncIterator[bytes]:
        # No Content-Length: the limit must hold while the body streams in.
        for _ in range(20):
            yield b" " * 4096

    streamed = await session.post("/Device", content=chunks())
    assert streamed.status_code == 413
    login_reply = await session.client.post(f"{BASE}/Auth/login", content=big)
    assert login_reply.status_code == 413
    assert login_reply.json()["error"] is None


async def test_body_of_exactly_64_kib_is_read(session: Session) -> None:
    body = b'{"uniqueId": 1}'
    padded = body[:-1] + b" " * (64 * 1024 - len(body)) + b"}"
    assert len(padded) == 64 * 1024
    reply = await session.post("/Device", content=padded)
    assert reply.status_code == 412


async def test_cors(session: Session) -> None:
    origin = {"Origin": "http://localhost:3000"}
    simple = await session.get("/Device", headers=origin)
    assert simple.headers["access-control-allow-origin"] == "*"
    error = await session.client.get(f"{BASE}/Device", headers=origin)
    assert error.status_code == 401
    assert error.headers["access-control-allow-origin"] == "*"
    preflight = await session.client.options(
        f"{BASE}/Device",
        headers={
            **origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type, solution-key",
        },
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]
    allowed = preflight.headers["access-control-allow-headers"].lower()
    assert "authorization" in allowed
    assert "solution-key" in allowed


@pytest.mark.skipif(not SPEC.exists(), reason="openapi.yaml not written yet")
async def test_openapi_yaml_is_served(client: httpx.AsyncClient) -> None:
    reply = await client.get("/openapi.yaml")
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("application/yaml")
    assert reply.content == SPEC.read_bytes()


async def test_a_bug_answers_500_without_a_trace(
    app: Starlette, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(app.state.mock.store, "templates", broken)
    reply = await session.get("/device-template")
    assert reply.status_code == 500
    assert reply.json() == {"status": 500, "message": "Internal server error", "error": []}
    assert "secret" not in reply.text
    assert "Traceback" not in reply.text


async def test_discovery_points_back_at_this_server(client: httpx.AsyncClient) -> None:
    reply = await client.get(
        f"/api/uisdk/solutionkey/{DEMO_SOLUTION_KEY}/env/poc", params={"version": "2", "pf": "az"}
    )
    assert reply.status_code == 200
    body = reply.json()
    assert body["status"] == 200
    assert body["message"] == "Success"
    urls = body["data"]
    assert set(urls) == {
        "authBaseUrl",
        "userBaseUrl",
        "deviceBaseUrl",
        "masterBaseUrl",
        "firmwareBaseUrl",
        "eventBaseUrl",
        "telemetryBaseUrl",
        "fileBaseUrl",
    }
    assert urls["authBaseUrl"] == "http://testserver/api/v2"
    default = await client.get(f"/api/uisdk/solutionkey/{DEMO_SOLUTION_KEY}/env/prod")
    assert default.json()["data"]["deviceBaseUrl"] == "http://testserver/api/v2.1"


async def test_discovery_failures(client: httpx.AsyncClient) -> None:
    unknown = await client.get("/api/uisdk/solutionkey/bm9uZQ==/env/poc")
    assert unknown.status_code == 404
    assert unknown.json() == {"status": 404, "message": "Solution not found", "data": None}
    bad = await client.get(
        f"/api/uisdk/solutionkey/{DEMO_SOLUTION_KEY}/env/poc", params={"pf": "gcp"}
    )
    assert bad.status_code == 400
    assert bad.json()["data"] is None
