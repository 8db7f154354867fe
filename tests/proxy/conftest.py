"""Fixtures for the proxy's tests: the mock and the proxy on real loopback sockets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

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
    return IoTConnect(
        username=DEMO_USERNAME,
        password=DEMO_PASSWORD,
        solution_key=DEMO_SOLUTION_KEY,
        environment="poc",
        discovery_url=proxy,
    )


def raw_flow(base: str) -> list[int]:
    """The vendor's three steps and four reads, by hand: what curl or any client sends."""
    with httpx.Client(base_url=base, timeout=10) as client:
        basic = client.get("/auth/Auth/basic-token").json()["data"]
        login = client.post(
            "/auth/Auth/login",
            headers={"Authorization": f"Basic {basic}", "solution-key": DEMO_SOLUTION_KEY},
            json={"username": DEMO_USERNAME, "password": DEMO_PASSWORD},
        )
        bearer = {"Authorization": f"Bearer {login.json()['access_token']}"}
        return [
            client.get(path, headers=bearer).status_code
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
