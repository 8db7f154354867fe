"""Shared pieces of the conformance tests: the mock in process, and deviating mocks."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from starlette.testclient import TestClient
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from iotconnect_conformance import Target
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, serve_in_thread


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
Rewrite = Callable[[Scope, int, Headers, bytes], Reply]
Intercept = Callable[[Scope], Reply | None]


def deviating(
    app: ASGIApp, *, rewrite: Rewrite | None = None, intercept: Intercept | None = None
) -> ASGIApp:
    """Wrap ``app`` so a test can plant one deviation: answer some requests itself
    (``intercept`` returns a reply instead of None) or change the app's replies (``rewrite``).
    """

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        own = intercept(scope) if intercept is not None else None
        if own is not None:
            await _send(send, *own)
            return
        if rewrite is None:
            await app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        body = bytearray()

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))
                if not message.get("more_body", False):
                    headers = list(start.get("headers", []))
                    await _send(send, *rewrite(scope, start["status"], headers, bytes(body)))

        await app(scope, receive, capture)

    return wrapped


async def _send(send: Send, status: int, headers: Headers, content: bytes) -> None:
    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(content)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


def json_body(body: bytes) -> Any:
    """The parsed JSON of a reply body, or None."""
    try:
        return json.loads(body)
    except ValueError:
        return None


@contextmanager
def served(app: ASGIApp) -> Iterator[Target]:
    """Serve ``app`` on a loopback port; yield it as a tenant, with its demo user."""
    with serve_in_thread(app) as origin:
        base = f"{origin}/api/v2.1"
        yield Target(
            username=DEMO_USERNAME,
            password=DEMO_PASSWORD,
            solution_key=DEMO_SOLUTION_KEY,
            auth_url=base,
            device_url=base,
        )
