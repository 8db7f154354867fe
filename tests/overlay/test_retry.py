"""Retries under IoTConnect's clients (the Boundary transport): idempotent methods on connection
errors and 502/503/504 with bounded attempts and Retry-After; POST only when it never reached the
server."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import httpx
import pytest

from iotconnect import IoTConnect, ServiceUnavailable, Timeout
from iotconnect_client.api.device import create_device, list_devices
from iotconnect_client.models import DeviceCreate

from .fakes import ENTITY, FakeService, unavailable

MakeIoT = Callable[..., IoTConnect]


def new_device() -> DeviceCreate:
    template = uuid.UUID(int=1)
    return DeviceCreate(
        unique_id="d1",
        device_template_guid=template,
        display_name="D",
        entity_guid=uuid.UUID(ENTITY),
    )


def test_get_is_retried_on_503_and_honours_retry_after(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float]
) -> None:
    service.device_replies = [unavailable("7"), unavailable()]
    with make_iot(retry_backoff=0.5) as iot:
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
    assert service.counts["/Device"] == 3
    assert sleeps[0] == 7.0
    assert 0.0 <= sleeps[1] <= 0.5 * 2**2  # exponential backoff with full jitter


def test_retries_are_bounded(make_iot: MakeIoT, service: FakeService, sleeps: list[float]) -> None:
    service.device_replies = [unavailable()] * 10
    with make_iot(max_retries=2) as iot, pytest.raises(ServiceUnavailable):
        list_devices.sync_detailed(client=iot.device)
    assert service.counts["/Device"] == 3


def test_total_sleep_is_bounded(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float]
) -> None:
    service.device_replies = [unavailable("50")] * 10
    with make_iot(max_retries=5) as iot, pytest.raises(ServiceUnavailable):
        list_devices.sync_detailed(client=iot.device)
    assert sum(sleeps) <= 60.0
    assert max(sleeps) <= 30.0


@pytest.mark.parametrize("error", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow")])
def test_get_is_retried_on_connection_errors(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float], error: Exception
) -> None:
    service.device_replies = [error]
    with make_iot() as iot:
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
    assert service.counts["/Device"] == 2


def test_post_is_not_retried_once_the_server_answered(
    make_iot: MakeIoT, service: FakeService
) -> None:
    service.device_replies = [unavailable()]
    with make_iot() as iot, pytest.raises(ServiceUnavailable):
        create_device.sync_detailed(client=iot.device, body=new_device())
    assert service.counts["/Device"] == 1


def test_post_is_not_retried_after_a_read_timeout(make_iot: MakeIoT, service: FakeService) -> None:
    service.device_replies = [httpx.ReadTimeout("maybe it arrived")]
    with make_iot() as iot, pytest.raises(Timeout, match=r"ReadTimeout on POST device\.example"):
        create_device.sync_detailed(client=iot.device, body=new_device())
    assert service.counts["/Device"] == 1


def test_post_is_retried_when_it_never_left(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float]
) -> None:
    service.device_replies = [httpx.ConnectError("refused")]
    with make_iot() as iot:
        assert create_device.sync_detailed(client=iot.device, body=new_device()).status_code == 200
    assert service.counts["/Device"] == 2


def test_token_requests_are_retried_too(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float]
) -> None:
    service.login_replies = [httpx.ConnectError("refused")]
    with make_iot() as iot:
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
    assert service.counts["/Auth/login"] == 2


async def test_async_get_is_retried(make_iot: MakeIoT, service: FakeService) -> None:
    service.device_replies = [unavailable(), unavailable()]
    async with make_iot(retry_backoff=0.0) as iot:
        assert (await list_devices.asyncio_detailed(client=iot.device)).status_code == 200
    assert service.counts["/Device"] == 3
