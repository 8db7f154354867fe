"""A read workload through ``iot.devices`` over real HTTP while the mock drops a fifth of the
device-host GETs after their headers: every call succeeds, by retry; without retries, calls fail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest

from iotconnect import IoTConnect, TransportError
from iotconnect_mock import create_app, serve_in_thread

from .inprocess import demo_session

ROUNDS = 15
DROP_RATE = 0.2


@dataclass
class Outcome:
    calls: int = 0
    failed: int = 0


@pytest.fixture
def base() -> Iterator[str]:
    # Seeded dice: the same requests are dropped on every run.
    with serve_in_thread(create_app(fault_seed=11)) as url:
        yield url


def _drop_gets(base: str) -> None:
    rule = {"kind": "drop", "rate": DROP_RATE, "path": "/Device", "method": "GET"}
    httpx.post(f"{base}/_mock/faults", json=rule, timeout=5).raise_for_status()


def _injected(base: str) -> int:
    rules = httpx.get(f"{base}/_mock/faults", timeout=5).json()["data"]
    return sum(int(rule["injected"]) for rule in rules)


def workload(iot: IoTConnect) -> Outcome:
    """Each round: a paged listing (3 GETs), a get, a find and a count."""
    outcome = Outcome()
    calls: tuple[Callable[[], bool], ...] = (
        lambda: len(list(iot.devices.list(page_size=2))) == 5,
        lambda: iot.devices.get("9DFF6B26-F845-56DD-8FF4-8CCD92600A5C").unique_id == "demo-gw-01",
        lambda: iot.devices.find("demo-sensor-02") is not None,
        lambda: iot.devices.count() == 5,
    )
    for _ in range(ROUNDS):
        for call in calls:
            outcome.calls += 1
            try:
                assert call()
            except TransportError:
                outcome.failed += 1
    return outcome


@pytest.mark.slow
def test_reads_succeed_by_retry_through_dropped_bodies(base: str) -> None:
    settings = {"auth_url": f"{base}/api/v2.1", "device_url": f"{base}/api/v2.1"}
    with demo_session(None, **settings) as iot:
        iot.token_auth.token()  # the login is not under test
        _drop_gets(base)
        outcome = workload(iot)
    assert outcome == Outcome(calls=4 * ROUNDS, failed=0)
    assert _injected(base) >= 10


@pytest.mark.slow
def test_without_retries_the_same_drops_fail_calls(base: str) -> None:
    settings = {"auth_url": f"{base}/api/v2.1", "device_url": f"{base}/api/v2.1", "max_retries": 0}
    with demo_session(None, **settings) as iot:
        iot.token_auth.token()
        _drop_gets(base)
        outcome = workload(iot)
    assert outcome.failed >= 5
