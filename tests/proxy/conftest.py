"""Fixtures for the proxy's tests: the mock and the proxy on real loopback sockets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from starlette.applications import Starlette

import iotconnect_mock
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


@pytest.fixture
def running() -> Iterator[Running]:
    with iotconnect_mock.serve_in_thread() as mock:
        app = create_app(settings_for(mock))
        with serve_in_thread(app) as proxy:
            yield Running(mock, proxy, app)
