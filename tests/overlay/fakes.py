"""A scripted, thread-safe fake of the auth and device services, and a fake monotonic clock.

``FakeService`` is an httpx transport (sync and async) that answers the three token endpoints,
``/Device`` and discovery the way the real service does (the envelope ``{data, status, message}``,
the basic token in ``data``, tokens at the top level of a login reply), with rotating refresh
tokens (a spent one gets 409). Tests script failures with ``refresh_replies``/``login_replies``
(status codes or exceptions, consumed in order) and count requests per path.

Every wait in these tests has a deadline (``DEADLINE``): a broken lock fails a test, never hangs it.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from urllib.parse import quote, quote_plus

import httpx

AUTH = "https://auth.example.test/api/v2.1"
DEVICE = "https://device.example.test/api/v2.1"
USERNAME = "ada@example.test"
PASSWORD = "pw-Secret-7f3a"
SOLUTION_KEY = "c29sdXRpb24ta2V5LVNFQ1JFVA=="
BASIC_TOKEN = "YmFzaWMtdG9rZW4tU0VDUkVU"
ENTITY = "6F2A1C3E-0B7D-4E55-9B1A-2C3D4E5F6A7B"
DEADLINE = 10.0
"""Seconds any wait in these tests may take before the test fails instead of hanging."""


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Poll ``condition`` until it holds; fail the test once ``DEADLINE`` has passed."""
    deadline = time.monotonic() + DEADLINE
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {DEADLINE:g} s waiting until {what}")
        time.sleep(0.001)


def join_all(workers: Sequence[threading.Thread | BaseProcess], within: float = DEADLINE) -> None:
    """Join ``workers`` (threads or processes) within ``within`` seconds in all; fail the test if
    one is still running, after killing the processes among them."""
    deadline = time.monotonic() + within
    for worker in workers:
        worker.join(max(0.0, deadline - time.monotonic()))
    stuck = [worker.name for worker in workers if worker.is_alive()]
    for worker in workers:
        if isinstance(worker, BaseProcess) and worker.is_alive():
            worker.kill()
    assert not stuck, f"still running after {within:g} s: {stuck}"


class FakeClock:
    """A monotonic clock that only moves when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds


Reply = int | Exception | Callable[[httpx.Request], httpx.Response]


@dataclass
class FakeService(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Auth + device + discovery in one transport. Not a mock of the spec: a scripted oracle."""

    lifetime: int = 300
    login_delay: float = 0.0
    refresh_delay: float = 0.0
    refresh_replies: list[Reply] = field(default_factory=list)
    login_replies: list[Reply] = field(default_factory=list)
    device_replies: list[Reply] = field(default_factory=list)
    before_grant: Callable[[], object] | None = None
    reject_every_bearer: bool = False
    counts: Counter[str] = field(default_factory=Counter)
    issued: list[str] = field(default_factory=list)
    seen_tokens: list[str] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)
    valid_access: set[str] = field(default_factory=set)
    live_refresh: set[str] = field(default_factory=set)
    _serial: itertools.count[int] = field(default_factory=itertools.count)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # transport interface
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # Like a real transport, consume a streamed body without turning it into bytes.
        if isinstance(request.stream, httpx.ByteStream):
            request.read()
        else:
            b"".join(request.stream)  # type: ignore[arg-type]
        delay = self._delay(request)
        if delay:
            time.sleep(delay)
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if isinstance(request.stream, httpx.ByteStream):
            await request.aread()
        else:
            [chunk async for chunk in request.stream]  # type: ignore[union-attr]
        delay = self._delay(request)
        if delay:
            await asyncio.sleep(delay)
        return self._answer(request)

    # helpers for tests
    def revoke_access(self) -> None:
        """The server forgets every access token (as after a key rotation): next call is 401."""
        with self._lock:
            self.valid_access.clear()

    def spend_refresh_tokens(self) -> None:
        """Every refresh token issued so far counts as spent (used by someone else)."""
        with self._lock:
            self.live_refresh.clear()

    @property
    def secrets(self) -> list[str]:
        return [PASSWORD, SOLUTION_KEY, BASIC_TOKEN, *self.issued]

    # internals
    def _delay(self, request: httpx.Request) -> float:
        path = request.url.path
        if path.endswith("/Auth/login"):
            return self.login_delay
        if path.endswith("/Auth/refresh-token"):
            return self.refresh_delay
        return 0.0

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        with self._lock:
            self.counts[path.rsplit("/api/v2.1", 1)[-1]] += 1
            self.requests.append(request)
        if path.endswith("/Auth/basic-token"):
            # No status nor message: clients must parse replies without them (api-facts, Envelope).
            return _json(200, {"data": BASIC_TOKEN})
        if path.endswith("/Auth/login"):
            return self._scripted(self.login_replies, request) or self._login(request)
        if path.endswith("/Auth/refresh-token"):
            return self._scripted(self.refresh_replies, request) or self._refresh(request)
        if "/api/uisdk/solutionkey/" in path:
            return _json(
                200,
                {"data": {"authBaseUrl": AUTH + "/", "deviceBaseUrl": DEVICE}},
            )
        return self._device(request)

    def _scripted(self, replies: list[Reply], request: httpx.Request) -> httpx.Response | None:
        with self._lock:
            reply = replies.pop(0) if replies else None
        if reply is None:
            return None
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, int):
            body = {"status": reply, "message": f"scripted {reply}", "error": None, "data": None}
            return _json(reply, body)
        return reply(request)

    def _login(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        basic = request.headers.get("Authorization")
        key = request.headers.get("solution-key")
        if (body, basic, key) != (
            {"username": USERNAME, "password": PASSWORD},
            f"Basic {BASIC_TOKEN}",
            SOLUTION_KEY,
        ):
            return _json(
                401, {"status": 401, "message": "Invalid credentials", "error": None, "data": None}
            )
        return self._grant()

    def _refresh(self, request: httpx.Request) -> httpx.Response:
        presented = json.loads(request.content).get("refreshtoken")
        with self._lock:
            if presented not in self.live_refresh:
                return _json(
                    409,
                    {
                        "status": 409,
                        "message": "Invalid refresh token",
                        "error": None,
                        "data": None,
                    },
                )
            self.live_refresh.discard(presented)  # rotation: single use
        return self._grant()

    def _grant(self) -> httpx.Response:
        if self.before_grant is not None:
            self.before_grant()
        with self._lock:
            n = next(self._serial)
            access = _jwt(
                {
                    "exp": 2_000_000_000,
                    "user": {
                        "id": f"U{n}",
                        "companyId": "C1",
                        "entityGuid": ENTITY,
                        "solutionKey": SOLUTION_KEY,
                        "roleName": "Admin",
                    },
                },
                n,
            )
            refresh = f"refresh-SECRET-{n}-{base64.b16encode(bytes([n % 256])).decode()}"
            self.issued += [access, refresh]
            self.valid_access.add(access)
            self.live_refresh.add(refresh)
        return _json(
            200,
            {
                "token_type": "bearer",
                "access_token": access,
                "expires_in": self.lifetime,
                "refresh_token": refresh,
                "status": 200,
            },
        )

    def _device(self, request: httpx.Request) -> httpx.Response:
        header = request.headers.get("Authorization", "")
        token = header.removeprefix("Bearer ")
        with self._lock:
            self.seen_tokens.append(token)
            ok = token in self.valid_access and not self.reject_every_bearer
        if not ok:
            return _json(401, {"status": 401, "message": "Unauthorized", "error": []})
        scripted = self._scripted(self.device_replies, request)
        if scripted is not None:
            return scripted
        if request.method == "POST":
            created = [{"newid": ENTITY, "entityGuid": ENTITY, "uniqueId": "d1"}]
            return _json(200, {"data": created, "status": 200, "message": None, "count": None})
        data = [{"guid": ENTITY, "uniqueId": "dev-1", "displayName": "Device 1", "isActive": True}]
        return _json(200, {"data": data, "status": 200, "message": None, "count": -1})


def unavailable(retry_after: str | None = None) -> Callable[[httpx.Request], httpx.Response]:
    """A scripted 503 reply, with ``Retry-After`` if given."""
    headers = {"Retry-After": retry_after} if retry_after else {}
    body = {"status": 503, "message": "busy", "error": []}
    return lambda request: httpx.Response(503, json=body, headers=headers)


def encodings(secret: str) -> set[str]:
    """``secret`` as it could appear in text: plain, URL-quoted, base64, hex, JSON-escaped."""
    raw = secret.encode()
    forms = {
        secret,
        quote(secret, safe=""),
        quote_plus(secret),
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode().rstrip("="),
        raw.hex(),
        json.dumps(secret)[1:-1],
    }
    return {form for form in forms if len(form) >= 6}


def leaks(texts: list[str], secrets: list[str]) -> list[str]:
    """The texts holding one of ``secrets`` in one of its :func:`encodings`."""
    forms = {form for secret in secrets for form in encodings(secret)}
    return [text for text in texts for form in forms if form in text]


def _json(status: int, body: object) -> httpx.Response:
    return httpx.Response(status, json=body)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt(payload: dict[str, object], n: int) -> str:
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    return f"{header}.{_b64(json.dumps(payload).encode())}.sig-SECRET-{n}"
