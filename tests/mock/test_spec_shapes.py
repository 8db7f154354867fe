"""The mock's replies validate against the response schemas of openapi.yaml, status by status."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from iotconnect_mock import DEMO_SOLUTION_KEY

from .helpers import BASE, Session, create

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
pytestmark = pytest.mark.skipif(not SPEC_PATH.exists(), reason="openapi.yaml not written yet")
UNKNOWN = "6F0E2A47-5E8B-4C1D-9A3F-2B7C8D9E0F11"


@functools.cache
def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def check(reply: httpx.Response, path: str, method: str) -> None:
    """Validate status, content type and body against the documented response."""
    spec = _spec()
    operation = spec["paths"][path][method]
    responses = operation["responses"]
    status = str(reply.status_code)
    assert status in responses, f"{method.upper()} {path} answered undocumented {status}"
    response = responses[status]
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    if "content" not in response:
        assert reply.content == b""
        return
    assert reply.headers["content-type"].startswith("application/json")
    schema = response["content"]["application/json"]["schema"]
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    ref_schema = {"$ref": "urn:spec#" + schema["$ref"][1:]} if "$ref" in schema else schema
    validator = jsonschema.Draft202012Validator(
        ref_schema, registry=registry, format_checker=jsonschema.FormatChecker()
    )
    validator.validate(reply.json())


async def test_auth_replies(session: Session) -> None:
    c = session.client
    check(await c.get(f"{BASE}/Auth/basic-token"), "/Auth/basic-token", "get")
    check(await c.post(f"{BASE}/Auth/login", json={}), "/Auth/login", "post")
    refreshed = await c.post(
        f"{BASE}/Auth/refresh-token", json={"refreshtoken": session.tokens["refresh_token"]}
    )
    check(refreshed, "/Auth/refresh-token", "post")
    spent = await c.post(
        f"{BASE}/Auth/refresh-token", json={"refreshtoken": session.tokens["refresh_token"]}
    )
    check(spent, "/Auth/refresh-token", "post")
    check(await c.post(f"{BASE}/Auth/refresh-token", content=b"{"), "/Auth/refresh-token", "post")
    check(await c.post(f"{BASE}/Auth/refresh-token", json={}), "/Auth/refresh-token", "post")
    ok = await c.get(f"{BASE}/Auth/verify-token", headers=session.headers)
    check(ok, "/Auth/verify-token", "get")
    check(await c.get(f"{BASE}/Auth/verify-token"), "/Auth/verify-token", "get")


async def test_discovery_replies(client: httpx.AsyncClient) -> None:
    path = "/api/uisdk/solutionkey/{solutionKey}/env/{env}"
    check(await client.get(f"/api/uisdk/solutionkey/{DEMO_SOLUTION_KEY}/env/poc"), path, "get")
    check(await client.get("/api/uisdk/solutionkey/eA==/env/poc"), path, "get")
    bad = await client.get(f"/api/uisdk/solutionkey/{DEMO_SOLUTION_KEY}/env/poc?version=9")
    check(bad, path, "get")


async def test_device_replies(session: Session) -> None:
    created = await create(session, "shape-1", note="n")
    check(created, "/Device", "post")
    guid = created.json()["data"][0]["newid"]
    check(await create(session, "shape-1"), "/Device", "post")
    check(await session.post("/Device", json={}), "/Device", "post")
    check(await session.post("/Device", content=b"nope"), "/Device", "post")
    check(await session.post("/Device", content=b"x" * 70_000), "/Device", "post")
    check(await session.get("/Device"), "/Device", "get")
    check(await session.get("/Device", params={"pageNumber": 99}), "/Device", "get")
    check(await session.get("/Device", params={"sortBy": "x"}), "/Device", "get")
    check(await session.client.get(f"{BASE}/Device"), "/Device", "get")
    check(await session.get("/Device/count"), "/Device/count", "get")
    check(await session.get("/Device/uniqueId/shape-1"), "/Device/uniqueId/{uniqueId}", "get")
    check(await session.get("/Device/uniqueId/none"), "/Device/uniqueId/{uniqueId}", "get")
    check(await session.get(f"/Device/{guid}"), "/Device/{deviceGuid}", "get")
    check(await session.get(f"/Device/{UNKNOWN}"), "/Device/{deviceGuid}", "get")
    check(await session.get("/Device/not-a-guid"), "/Device/{deviceGuid}", "get")
    update = {"displayName": "New", "entityGuid": created.json()["data"][0]["entityGuid"]}
    check(await session.put(f"/Device/{guid}", json=update), "/Device/{deviceGuid}", "put")
    check(await session.put(f"/Device/{guid}", json={}), "/Device/{deviceGuid}", "put")
    status_path = "/Device/{deviceGuid}/status"
    check(await session.put(f"/Device/{guid}/status", json={"isActive": False}), status_path, "put")
    check(await session.put(f"/Device/{guid}/status", json={"isActive": False}), status_path, "put")
    check(await session.delete(f"/Device/{guid}"), "/Device/{deviceGuid}", "delete")
    check(await session.delete(f"/Device/{guid}"), "/Device/{deviceGuid}", "delete")
    check(await session.get("/device-template"), "/device-template", "get")
