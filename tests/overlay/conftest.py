"""Fixtures for the overlay tests: a fake clock, a fake service, and sessions wired to them; the
mock app in process (``mock``) and a demo session on it (``iot``), which a module may override."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from iotconnect import IoTConnect, TokenAuth
from iotconnect_mock import create_app

from .fakes import AUTH, DEVICE, PASSWORD, SOLUTION_KEY, USERNAME, FakeClock, FakeService
from .inprocess import InProcess, demo_session


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def service() -> FakeService:
    return FakeService()


@pytest.fixture
def make_auth(service: FakeService, clock: FakeClock) -> Callable[..., TokenAuth]:
    def make(**kwargs: Any) -> TokenAuth:
        settings: dict[str, Any] = {
            "username": USERNAME,
            "password": PASSWORD,
            "solution_key": SOLUTION_KEY,
            "auth_url": AUTH,
            "transport": service,
            "clock": clock,
        }
        return TokenAuth(**(settings | kwargs))

    return make


@pytest.fixture
def make_iot(service: FakeService, clock: FakeClock) -> Callable[..., IoTConnect]:
    def make(**kwargs: Any) -> IoTConnect:
        settings: dict[str, Any] = {
            "username": USERNAME,
            "password": PASSWORD,
            "solution_key": SOLUTION_KEY,
            "auth_url": AUTH,
            "device_url": DEVICE,
            "transport": service,
            "clock": clock,
            "retry_backoff": 0.0,
        }
        return IoTConnect(**(settings | kwargs))

    return make


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the transport's sleeps (retries, the 429 gate) instead of sleeping."""
    recorded: list[float] = []
    monkeypatch.setattr(time, "sleep", recorded.append)
    return recorded


@pytest.fixture
def mock() -> Iterator[InProcess]:
    transport = InProcess(create_app())
    yield transport
    transport.close()


@pytest.fixture
def iot(mock: InProcess) -> Iterator[IoTConnect]:
    with demo_session(mock) as session:
        yield session
