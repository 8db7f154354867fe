"""The mock app in process, for sync and async sessions alike, counting requests per path."""

from __future__ import annotations

import threading
from collections import Counter

import httpx
from starlette.testclient import TestClient
from starlette.types import ASGIApp

from iotconnect import IoTConnect
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME

BASE = "http://mock.test/api/v2.1"


class InProcess(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Blocking requests through Starlette's TestClient (it runs the app on a portal), async
    ones through ``httpx.ASGITransport``."""

    def __init__(self, app: ASGIApp) -> None:
        self._client = TestClient(app)
        self._asgi = httpx.ASGITransport(app)
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._count(request)
        reply = self._client.send(request)
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._count(request)
        return await self._asgi.handle_async_request(request)

    def close(self) -> None:
        self._client.close()

    def _count(self, request: httpx.Request) -> None:
        with self._lock:
            self.counts[f"{request.method} {request.url.path.removeprefix('/api/v2.1')}"] += 1


def demo_session(transport: httpx.BaseTransport | None, **kwargs: object) -> IoTConnect:
    """The mock's demo user, on the mock's hosts."""
    settings: dict[str, object] = {
        "username": DEMO_USERNAME,
        "password": DEMO_PASSWORD,
        "solution_key": DEMO_SOLUTION_KEY,
        "auth_url": BASE,
        "device_url": BASE,
        "transport": transport,
        "retry_backoff": 0.0,
    }
    return IoTConnect(**(settings | kwargs))  # type: ignore[arg-type]
