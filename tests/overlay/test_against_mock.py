"""The same scenarios against the stateful mock: in-process (httpx.ASGITransport, async) and over
real HTTP (uvicorn on 127.0.0.1, a free port), sync and async."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest

from iotconnect import AuthenticationError, IoTConnect
from iotconnect_client.api.auth import refresh_token
from iotconnect_client.api.device import list_devices
from iotconnect_client.models import DeviceListResponse, RefreshTokenRequest
from iotconnect_mock import (
    DEMO_PASSWORD,
    DEMO_SOLUTION_KEY,
    DEMO_USERNAME,
    Clock,
    create_app,
    serve_in_thread,
)

from .fakes import DEADLINE, FakeClock, join_all
from .test_secrets import LOGGERS, assert_no_secret, texts_of

TTL = 300


class Counting(httpx.HTTPTransport):
    """The real network transport, counting requests per path."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.counts[request.url.path.removeprefix("/api/v2.1")] += 1
        return super().handle_request(request)


class AsyncCounting(httpx.AsyncHTTPTransport):
    def __init__(self, counts: Counter[str]) -> None:
        super().__init__()
        self.counts = counts

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.counts[request.url.path.removeprefix("/api/v2.1")] += 1
        return await super().handle_async_request(request)


class Both(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One counting transport for sync and async clients alike."""

    def __init__(self) -> None:
        self.sync = Counting()
        self.async_ = AsyncCounting(self.sync.counts)
        self.counts = self.sync.counts

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.async_.handle_async_request(request)


@pytest.fixture
def mock_clock() -> Clock:
    return Clock()


@pytest.fixture
def server(mock_clock: Clock) -> Iterator[str]:
    with serve_in_thread(create_app(clock=mock_clock, token_ttl=TTL)) as base:
        assert base.startswith("http://127.0.0.1:")
        yield base


def session(base: str, clock: FakeClock, transport: object, **kwargs: object) -> IoTConnect:
    settings: dict[str, object] = {
        "username": DEMO_USERNAME,
        "password": DEMO_PASSWORD,
        "solution_key": DEMO_SOLUTION_KEY,
        "auth_url": f"{base}/api/v2.1",
        "device_url": f"{base}/api/v2.1",
        "transport": transport,
        "clock": clock,
        "retry_backoff": 0.0,
    }
    return IoTConnect(**(settings | kwargs))  # type: ignore[arg-type]


def discovered_session(base: str, clock: FakeClock, transport: object) -> IoTConnect:
    """A session that finds its base URLs through the mock's discovery endpoint."""
    return session(
        base,
        clock,
        transport,
        auth_url=None,
        device_url=None,
        environment="poc",
        discovery_url=base,
    )


async def test_in_process_login_list_401_and_proactive_refresh() -> None:
    app = create_app(token_ttl=TTL)
    clock = FakeClock()
    transport = httpx.ASGITransport(app)
    async with session("http://mock", clock, transport) as iot:
        page = await list_devices.asyncio(client=iot.device)
        assert isinstance(page, DeviceListResponse) or page is None
        first = await iot.token_auth.atoken()
        # Reset: the server forgets every token, so the next call gets a 401; the refresh is
        # refused as well (409), so the flow logs in again, then replays once.
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as control:
            assert (await control.post("/_mock/reset", json={})).status_code == 200
        assert (await list_devices.asyncio_detailed(client=iot.device)).status_code in (200, 204)
        second = await iot.token_auth.atoken()
        assert second.access_token != first.access_token
        clock.advance(TTL - 20)  # mandatory window: proactive refresh
        assert (await list_devices.asyncio_detailed(client=iot.device)).status_code in (200, 204)
        assert (await iot.token_auth.atoken()).access_token != second.access_token
        assert (await iot.aclaims()).entity_guid


@pytest.mark.slow
def test_over_http_lazy_login_proactive_refresh_and_discovery(server: str) -> None:
    clock, transport = FakeClock(), Both()
    iot = discovered_session(server, clock, transport)
    with iot:
        assert iot.urls.device.startswith(server)
        # Entering resolved the URLs with one discovery request, and sent nothing else.
        assert list(transport.counts.values()) == [1]
        assert next(iter(transport.counts)).startswith("/api/uisdk/solutionkey/")
        assert list_devices.sync_detailed(client=iot.device).status_code in (200, 204)
        clock.advance(TTL - 20)  # mandatory window
        assert list_devices.sync_detailed(client=iot.device).status_code in (200, 204)
    assert transport.counts["/Auth/login"] == 1
    assert transport.counts["/Auth/refresh-token"] == 1


@pytest.mark.slow
def test_over_http_rotation_spent_refresh_token_means_one_login(
    server: str, mock_clock: Clock
) -> None:
    clock, transport = FakeClock(), Both()
    with session(server, clock, transport) as iot:
        spent = iot.token_auth.token().refresh_token
        # Someone else spends our refresh token; the mock rotates it and will answer 409.
        other = refresh_token.sync_detailed(
            client=iot.auth, body=RefreshTokenRequest(refreshtoken=spent)
        )
        assert other.status_code == 200
        clock.advance(TTL - 20)
        assert list_devices.sync_detailed(client=iot.device).status_code in (200, 204)
    assert transport.counts["/Auth/refresh-token"] == 2  # the other one, then ours (409)
    assert transport.counts["/Auth/login"] == 2


@pytest.mark.slow
def test_over_http_503_is_retried_with_retry_after(server: str) -> None:
    fault = {"kind": "503", "count": 2, "path": "/Device", "method": "GET", "retryAfter": 0}
    assert httpx.post(f"{server}/_mock/faults", json=fault).status_code in (200, 201)
    transport = Both()
    with session(server, FakeClock(), transport) as iot:
        assert list_devices.sync_detailed(client=iot.device).status_code in (200, 204)
    assert transport.counts["/Device"] == 3


@pytest.mark.slow
def test_over_http_refused_login(server: str) -> None:
    with (
        session(server, FakeClock(), Both(), password="wrong") as iot,
        pytest.raises(AuthenticationError, match="login refused"),
    ):
        list_devices.sync_detailed(client=iot.device)


@pytest.mark.slow
async def test_over_http_herd_of_threads_and_tasks(server: str) -> None:
    clock, transport = FakeClock(), Both()
    iot = session(server, clock, transport)
    await iot.token_auth.atoken()
    # Due for renewal on the session's clock only: the mock still takes the old token, so no
    # caller gets a 401, and single flight shows as one refresh and one request per caller.
    clock.advance(TTL - 5)
    failures: list[BaseException] = []
    start = threading.Event()

    def in_thread() -> None:
        start.wait(DEADLINE)
        try:
            assert list_devices.sync_detailed(client=iot.device).status_code in (200, 204)
        except BaseException as exc:
            failures.append(exc)

    async def in_task() -> None:
        try:
            reply = await list_devices.asyncio_detailed(client=iot.device)
            assert reply.status_code in (200, 204)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=in_thread) for _ in range(32)]
    for thread in threads:
        thread.start()
    start.set()
    async with asyncio.timeout(DEADLINE):
        await asyncio.gather(*(in_task() for _ in range(200)))
    await asyncio.to_thread(join_all, threads)
    await iot.aclose()
    print(
        f"\nherd over HTTP: 32 threads + 200 tasks -> {transport.counts['/Auth/refresh-token']} "
        f"refresh, {transport.counts['/Device']} device requests, {len(failures)} failures"
    )
    assert failures == []
    assert transport.counts["/Auth/refresh-token"] == 1
    assert transport.counts["/Device"] == 232


@pytest.mark.slow
def test_over_http_no_secret_in_logs(server: str, caplog: pytest.LogCaptureFixture) -> None:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    clock, transport = FakeClock(), Both()
    secrets = [DEMO_PASSWORD, DEMO_SOLUTION_KEY]
    with discovered_session(server, clock, transport) as iot:
        list_devices.sync_detailed(client=iot.device)
        secrets += [iot.token_auth.token().access_token, iot.token_auth.token().refresh_token]
        httpx.post(f"{server}/_mock/reset", json={})  # 401, refused refresh, login, replay
        list_devices.sync_detailed(client=iot.device)
        secrets += [iot.token_auth.token().access_token, iot.token_auth.token().refresh_token]
    assert any(r.name.startswith("httpcore") for r in caplog.records)
    assert_no_secret(texts_of(caplog, []), secrets)
