"""Helpers shared by the mock's tests: sessions, login, app factory, device creation."""

from __future__ import annotations

import queue
import subprocess
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import jwt
from starlette.applications import Starlette

from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, create_app

BASE = "/api/v2.1"
OTHER_KEY = "b3RoZXItY29tcGFueQ=="  # base64 "other-company"
OTHER_USER = "bob@other.example"
OTHER_PASSWORD = "Bob-Password-2"
# A self-signed EC certificate (CN test-certificate; its key was thrown away): certificate
# devices must be created with one that parses.
TEST_CERTIFICATE = (
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBIzCByaADAgECAgEBMAoGCCqGSM49BAMCMBsxGTAXBgNVBAMMEHRlc3QtY2Vy\n"
    "dGlmaWNhdGUwHhcNMjYwMTAxMDAwMDAwWhcNMzUxMjMwMDAwMDAwWjAbMRkwFwYD\n"
    "VQQDDBB0ZXN0LWNlcnRpZmljYXRlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n"
    "TszXyg30GIrqiP1AUPda1ubJwpUQD6WhMOQ+3RjZ7DZSDEnLxsqLM5K5KKQD/efp\n"
    "HFTox/ZvEHCDuEdzFnw2ZTAKBggqhkjOPQQDAgNJADBGAiEAq0U2avMUGD72gSAF\n"
    "g/aeGluCWiptzPclpoJ5Frs22F8CIQC4bOxota2rlD0gJExdp3cKFRbx+64F8SKc\n"
    "TjopwMdEVg==\n"
    "-----END CERTIFICATE-----\n"
)


@dataclass
class Session:
    """A logged-in client: the httpx client plus the login reply."""

    client: httpx.AsyncClient
    tokens: dict[str, Any]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens['access_token']}"}

    async def get(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return await self.client.get(BASE + path, headers=headers, **kwargs)

    async def post(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return await self.client.post(BASE + path, headers=headers, **kwargs)

    async def put(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return await self.client.put(BASE + path, headers=headers, **kwargs)

    async def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return await self.client.delete(BASE + path, headers=headers, **kwargs)


async def login(
    client: httpx.AsyncClient,
    username: str = DEMO_USERNAME,
    password: str = DEMO_PASSWORD,
    solution_key: str = DEMO_SOLUTION_KEY,
    base: str = BASE,
) -> httpx.Response:
    """The vendor's three steps, minus the bearer use: basic token, then login."""
    basic = (await client.get(f"{base}/Auth/basic-token")).json()["data"]
    return await client.post(
        f"{base}/Auth/login",
        headers={"Authorization": f"Basic {basic}", "solution-key": solution_key},
        json={"username": username, "password": password},
    )


def make_app(**options: Any) -> Starlette:
    """The app with a second tenant, so isolation can be tested everywhere."""
    options.setdefault("tenants", {OTHER_KEY: [f"{OTHER_USER}:{OTHER_PASSWORD}"]})
    options.setdefault("fault_seed", 1)
    return create_app(**options)


async def first_template_and_entity(s: Session) -> tuple[str, str]:
    """A symmetric-key template guid and the root entity guid (from the token's claims)."""
    templates = (await s.get("/device-template")).json()["data"]
    template = next(t["guid"] for t in templates if t["authType"] == 5)
    claims = jwt.decode(s.tokens["access_token"], options={"verify_signature": False})
    return template, claims["user"]["entityGuid"]


async def create_body(s: Session, unique_id: str, **extra: Any) -> dict[str, Any]:
    """A valid ``POST /Device`` body (symmetric-key template, root entity), plus ``extra``."""
    template, entity = await first_template_and_entity(s)
    return {
        "uniqueId": unique_id,
        "deviceTemplateGuid": template,
        "displayName": f"Device {unique_id}",
        "entityGuid": entity,
        **extra,
    }


async def create(s: Session, unique_id: str, **extra: Any) -> httpx.Response:
    """``POST /Device`` with ``create_body``."""
    return await s.post("/Device", json=await create_body(s, unique_id, **extra))


def params(body: dict[str, Any]) -> list[str]:
    """The ``param`` of each entry of a Device-service error body, in order."""
    return [e["param"] for e in body["error"]]


@asynccontextmanager
async def logged_in(app: Starlette) -> AsyncIterator[Session]:
    """A demo-user session against ``app`` in process."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        reply = await login(client)
        assert reply.status_code == 200, reply.text
        yield Session(client, reply.json())


def lines_until(proc: subprocess.Popen[str], marker: str, deadline: float) -> str:
    """What the process printed up to the line holding ``marker``, or by ``deadline``."""
    # readline blocks; a reader thread and a queue with timeouts keep the wait bounded even if
    # the server hangs without printing.
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    stdout = proc.stdout

    def pump() -> None:
        for line in stdout:  # ends when the process closes its output
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    while (left := deadline - time.monotonic()) > 0:
        try:
            seen.append(lines.get(timeout=left))
        except queue.Empty:
            break
        if marker in seen[-1]:
            break
    return "".join(seen)
