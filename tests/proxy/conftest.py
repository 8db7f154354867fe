"""Fixtures for the proxy's tests: the mock and the proxy on real loopback sockets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

import iotconnect_mock
from iotconnect import IoTConnect
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME
from iotconnect_proxy import Proxy, ProxySettings, create_app, serve_in_thread


@dataclass
class Running:
    """A mock and a proxy in front of it, both served on loopback."""

    mock: str
    proxy: str
    app: Starlette

    @property
    def state(self) -> Proxy:
        proxy: Proxy = self.app.state.proxy
        return proxy


def settings_for(mock: str, **changes: object) -> ProxySettings:
    """The settings of ``iotconnect proxy --target <mock>/api/v2.1``."""
    base = f"{mock}/api/v2.1"
    return ProxySettings(
        services={"auth": base, "device": base, "user": base},
        discovery_url=mock,
        **changes,  # type: ignore[arg-type]
    )


def session(proxy: str) -> IoTConnect:
    """The Python client, finding its services through the proxy's discovery."""
    return IoTConnect(
        username=DEMO_USERNAME,
        password=DEMO_PASSWORD,
        solution_key=DEMO_SOLUTION_KEY,
        environment="poc",
        discovery_url=proxy,
    )


def log_in(client: httpx.Client, auth: str = "/auth") -> tuple[str, dict[str, Any]]:
    """The basic token and the login reply of the demo user, by hand, below ``auth``."""
    basic = str(client.get(f"{auth}/Auth/basic-token").json()["data"])
    login = client.post(
        f"{auth}/Auth/login",
        headers={"Authorization": f"Basic {basic}", "solution-key": DEMO_SOLUTION_KEY},
        json={"username": DEMO_USERNAME, "password": DEMO_PASSWORD},
    )
    assert login.status_code == 200, login.text
    tokens: dict[str, Any] = login.json()
    return basic, tokens


def bearer(tokens: dict[str, Any]) -> dict[str, str]:
    """The header that carries the access token of a login reply."""
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def raw_flow(base: str) -> list[int]:
    """The vendor's three steps and four reads, by hand: what curl or any client sends."""
    with httpx.Client(base_url=base, timeout=10) as client:
        headers = bearer(log_in(client)[1])
        return [
            client.get(path, headers=headers).status_code
            for path in (
                "/device/Device?pageSize=2&sortBy=uniqueId%20asc",
                "/device/Device/count?status=active",
                "/device/device-template",
                "/device/Device/uniqueId/no-such-device",
            )
        ]


@pytest.fixture
def running() -> Iterator[Running]:
    with iotconnect_mock.serve_in_thread() as mock:
        app = create_app(settings_for(mock))
        with serve_in_thread(app) as proxy:
            yield Running(mock, proxy, app)
