"""Shared pieces of the conformance tests: the mock in process, deviating mocks, served targets."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.testclient import TestClient
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from iotconnect_conformance import Identity, Target
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, serve_in_thread

#: A second tenant for the isolation checks (``create_app(tenants=PEER_TENANT)``).
PEER = Identity("peer@second.example", "Peer-Secret-2", "c2Vjb25kLXRlbmFudC1rZXk=")
PEER_TENANT = {PEER.solution_key: [f"{PEER.username}:{PEER.password}"]}


class InProcessTransport(httpx.BaseTransport):
    """A blocking httpx transport into an ASGI app, so a sync IoTConnect can talk to it.

    httpx's own ASGITransport is async only; Starlette's TestClient runs the app on a portal.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._client = TestClient(app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._client.send(request)
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    def close(self) -> None:
        self._client.close()


Headers = list[tuple[bytes, bytes]]
Reply = tuple[int, Headers, bytes]
#: Changes a reply of the app: (request scope, status, headers, body) -> reply.
Rewrite = Callable[[Scope, int, Headers, bytes], Reply]
#: Answers a request instead of the app (returns None to let the app answer).
Intercept = Callable[[Scope, bytes], Reply | None]
#: Changes a request before the app sees it: (scope, body) -> (scope, body).
Adjust = Callable[[Scope, bytes], tuple[Scope, bytes]]


def deviating(
    app: ASGIApp,
    *,
    adjust: Adjust | None = None,
    intercept: Intercept | None = None,
    rewrite: Rewrite | None = None,
) -> ASGIApp:
    """Wrap ``app`` so a test can plant one deviation: change requests on their way in
    (``adjust``), answer some itself (``intercept``), or change the app's replies (``rewrite``).
    """

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            body.extend(message.get("body", b""))
            if not message.get("more_body", False):
                break
        request = bytes(body)
        if adjust is not None:
            scope, request = adjust(scope, request)
        own = intercept(scope, request) if intercept is not None else None
        if own is not None:
            await _send(send, *own)
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": request, "more_body": False}

        if rewrite is None:
            await app(scope, replay, send)
            return
        start: dict[str, Any] = {}
        reply = bytearray()

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                reply.extend(message.get("body", b""))
                if not message.get("more_body", False):
                    headers = list(start.get("headers", []))
                    await _send(send, *rewrite(scope, start["status"], headers, bytes(reply)))

        await app(scope, replay, capture)

    return wrapped


async def _send(send: Send, status: int, headers: Headers, content: bytes) -> None:
    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(content)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


def json_body(body: bytes) -> Any:
    """The parsed JSON of a body, or None."""
    try:
        return json.loads(body)
    except ValueError:
        return None


def reply(status: int, body: object) -> Reply:
    """A JSON reply."""
    return status, [(b"content-type", b"application/json")], json.dumps(body).encode()


def claims(token: str) -> dict[str, Any]:
    """The payload of a JWT, unverified."""
    payload = token.split(".")[1]
    return dict(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))))


@dataclass
class Issued:
    """Every token and basic token an app hands out (a ``rewrite`` that changes nothing)."""

    access: list[str] = field(default_factory=list)
    refresh: list[str] = field(default_factory=list)
    basic: set[str] = field(default_factory=set)

    def observe(self, scope: Scope, status: int, headers: Headers, body: bytes) -> Reply:
        """Note the tokens in a reply; pass it on unchanged."""
        data = json_body(body)
        if status == 200 and isinstance(data, dict):
            if isinstance(data.get("access_token"), str):
                self.access.append(data["access_token"])
            if isinstance(data.get("refresh_token"), str):
                self.refresh.append(data["refresh_token"])
            if str(scope["path"]).endswith("/Auth/basic-token") and isinstance(
                data.get("data"), str
            ):
                self.basic.add(data["data"])
        return status, headers, body

    def latest(self, solution_key: str) -> str | None:
        """The newest access token issued to a user of this tenant."""
        for token in reversed(self.access):
            if claims(token)["user"].get("solutionKey") == solution_key:
                return token
        return None


def watched(app: ASGIApp, issued: Issued) -> ASGIApp:
    """``app`` with every token it issues noted in ``issued``."""
    return deviating(app, rewrite=issued.observe)


@contextmanager
def served(app: ASGIApp, *, peer: bool = False) -> Iterator[Target]:
    """Serve ``app`` on a loopback port; yield it as a tenant, with its demo user (and, with
    ``peer``, the second tenant's user: the app must have been made with ``PEER_TENANT``)."""
    with serve_in_thread(app) as origin:
        base = f"{origin}/api/v2.1"
        yield Target(
            username=DEMO_USERNAME,
            password=DEMO_PASSWORD,
            solution_key=DEMO_SOLUTION_KEY,
            auth_url=base,
            device_url=base,
            peer=PEER if peer else None,
        )
