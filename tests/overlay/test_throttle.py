"""429s: the session's gate (``_throttle``) holds every worker for ``Retry-After``, with jitter."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from iotconnect import IoTConnect, RateLimited
from iotconnect._throttle import MAX_THROTTLED, Throttle
from iotconnect_client.api.device import create_device, list_devices

from .fakes import FakeClock, FakeService
from .test_retry import new_device

MakeIoT = Callable[..., IoTConnect]


def too_many(retry_after: str | None = "2") -> Callable[[httpx.Request], httpx.Response]:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    body = {"status": 429, "message": "Too many requests", "error": []}
    return lambda request: httpx.Response(429, json=body, headers=headers)


def test_the_gate_holds_for_the_longest_wait_asked_and_adds_jitter() -> None:
    clock = FakeClock()
    draws = iter([0.0, 1.0, 0.5])
    gate = Throttle(clock=clock, jitter=lambda: next(draws))
    assert gate.wait() == 0.0
    gate.hold(4.0)
    gate.hold(1.0)  # a shorter wait does not reopen it early
    assert gate.wait() == 4.0  # no jitter drawn
    assert gate.wait() == 5.0  # jitter: up to half the wait, at most a second
    clock.advance(3.5)
    assert gate.wait() == 0.5 + 0.5 * 0.25
    clock.advance(1.0)
    assert gate.wait() == 0.0


def test_a_429_is_waited_out_then_retried(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float]
) -> None:
    service.device_replies = [too_many("2"), too_many("3")]
    with make_iot(max_retries=1) as iot:  # 429s do not spend the retries
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
    assert service.counts["/Device"] == 3
    assert len(sleeps) == 2
    assert 2.0 <= sleeps[0] <= 3.0
    assert 3.0 - 2.0 <= sleeps[1] <= 3.0 + 1.0  # the gate moved on to 3 s after the second 429


def test_a_create_is_retried_after_a_429(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float]
) -> None:
    # A 429 says the request was refused before it was carried out: a POST is safe to resend.
    service.device_replies = [too_many("1")]
    with make_iot() as iot:
        assert create_device.sync_detailed(client=iot.device, body=new_device()).status_code == 200
    assert service.counts["/Device"] == 2
    assert len(sleeps) == 1
    assert sleeps[0] >= 1.0


def test_one_workers_429_holds_the_sessions_other_calls(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float]
) -> None:
    service.device_replies = [too_many("5")]
    with make_iot() as iot:
        list_devices.sync_detailed(client=iot.device)
        # The recorded sleeps do not pass time: the gate is still closed for the next call,
        # which the server would have answered at once.
        assert list_devices.sync_detailed(client=iot.device).status_code == 200
    assert service.counts["/Device"] == 3
    assert len(sleeps) == 2
    assert all(seconds >= 4.9 for seconds in sleeps)


def test_no_retries_means_a_429_raises_at_once(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float]
) -> None:
    service.device_replies = [too_many("1")]
    with make_iot(max_retries=0) as iot, pytest.raises(RateLimited) as caught:
        list_devices.sync_detailed(client=iot.device)
    assert caught.value.status == 429
    assert sleeps == []


@pytest.mark.parametrize("retry_after", ["30", "0", None, "soon"])
def test_a_server_that_only_answers_429_ends_in_rate_limited(
    make_iot: MakeIoT, service: FakeService, sleeps: list[float], retry_after: str | None
) -> None:
    service.device_replies = [too_many(retry_after)] * 5000
    with make_iot() as iot, pytest.raises(RateLimited):
        list_devices.sync_detailed(client=iot.device)
    # Bounded: the waits asked add up to MAX_THROTTLED at most (0 counts as 0.1 s, junk as 1 s).
    assert 1 < service.counts["/Device"] <= MAX_THROTTLED / 0.1 + 2
