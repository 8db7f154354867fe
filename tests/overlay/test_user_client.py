"""``IoTConnect(http_client=...)``: requests go through the user's own httpx client (its
transport, mounts, default headers, hooks), with the session's token, User-Agent, retries and
typed errors around it; the session never closes it."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from iotconnect import ConfigurationError, IoTConnect, TransportError, default_user_agent
from iotconnect_client.api.device import list_devices

from .fakes import AUTH, DEVICE, FakeService, unavailable

MakeIoT = Callable[..., IoTConnect]


def refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("no route to this host", request=request)


def test_requests_go_through_the_users_client(make_iot: MakeIoT, service: FakeService) -> None:
    client = httpx.Client(transport=service, headers={"X-Team": "fleet-ops"})
    with make_iot(transport=None, http_client=client) as iot:
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
    assert [r.url.path.rsplit("/", 1)[-1] for r in service.requests] == [
        "basic-token",
        "login",
        "Device",
    ]
    assert {r.headers["X-Team"] for r in service.requests} == {"fleet-ops"}
    assert {r.headers["User-Agent"] for r in service.requests} == {default_user_agent()}
    assert service.requests[-1].headers["Authorization"] == f"Bearer {service.issued[0]}"
    assert not client.is_closed  # the session closed, the client is its owner's
    assert client.get(f"{DEVICE}/Device").status_code == 401  # and still works
    client.close()


def test_the_clients_mounts_choose_the_transport(make_iot: MakeIoT, service: FakeService) -> None:
    client = httpx.Client(
        transport=httpx.MockTransport(refused),
        mounts={
            "https://auth.example.test": service,
            "https://device.example.test": service,
            "https://discovery.example.test": service,
        },
    )
    with (
        client,
        make_iot(
            transport=None,
            http_client=client,
            auth_url=None,
            device_url=None,
            environment="poc",
            discovery_url="https://discovery.example.test",
        ) as iot,
    ):
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
        assert service.counts["/Device"] == 1
        assert "/api/uisdk/solutionkey/" in service.requests[0].url.path  # discovery too


def test_retries_and_typed_errors_wrap_the_client(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float]
) -> None:
    seen: list[str] = []
    client = httpx.Client(
        transport=service, event_hooks={"request": [lambda r: seen.append(r.url.path)]}
    )
    with client, make_iot(transport=None, http_client=client, max_retries=2) as iot:
        service.device_replies = [unavailable(), httpx.ConnectError("refused")]
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
        assert service.counts["/Device"] == 3
        service.device_replies = [httpx.ConnectError("refused")] * 3
        with pytest.raises(TransportError, match=r"ConnectError on GET device\.example\.test"):
            list_devices.sync_detailed(client=iot.device)
    assert seen.count("/api/v2.1/Device") == 6  # the client's own hooks, once per attempt


def test_the_clients_headers_yield_to_the_sessions_token_only(
    make_iot: MakeIoT, service: FakeService
) -> None:
    headers = {"User-Agent": "corp-fleet/7", "Authorization": "Bearer not-this-one"}
    with (
        httpx.Client(transport=service, headers=headers) as client,
        make_iot(transport=None, http_client=client) as iot,
    ):
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
    assert {r.headers["User-Agent"] for r in service.requests} == {"corp-fleet/7"}
    assert service.requests[-1].headers["Authorization"] == f"Bearer {service.issued[0]}"


def test_a_closed_client_is_a_typed_error(make_iot: MakeIoT, service: FakeService) -> None:
    client = httpx.Client(transport=service)
    client.close()
    with (
        make_iot(transport=None, http_client=client) as iot,
        pytest.raises(TransportError) as caught,
    ):
        list_devices.sync_detailed(client=iot.device)
    assert "the http_client given to IoTConnect was closed" in str(caught.value)


async def test_an_async_client_serves_the_async_calls(
    make_iot: MakeIoT, service: FakeService
) -> None:
    async with (
        httpx.AsyncClient(transport=service, headers={"X-Team": "fleet-ops"}) as client,
        make_iot(transport=None, async_http_client=client) as iot,
    ):
        names = [device.unique_id async for device in iot.aio.devices.list()]
    assert names == ["dev-1"]
    assert {r.headers["X-Team"] for r in service.requests} == {"fleet-ops"}
    assert {r.headers["User-Agent"] for r in service.requests} == {default_user_agent()}


async def test_the_session_leaves_an_async_client_open(
    make_iot: MakeIoT, service: FakeService
) -> None:
    client = httpx.AsyncClient(transport=service)
    async with make_iot(transport=None, async_http_client=client) as iot:
        await list_devices.asyncio_detailed(client=iot.device)
    assert not client.is_closed
    await client.aclose()


def test_a_transport_and_a_client_are_one_too_many(service: FakeService) -> None:
    with pytest.raises(ConfigurationError, match="transport or http_client"):
        IoTConnect(
            username="u",
            password="p",
            solution_key="k",
            auth_url=AUTH,
            device_url=DEVICE,
            transport=service,
            http_client=httpx.Client(),
        )
