"""No password, solution key, basic token, access or refresh token in any log line (DEBUG, httpx,
httpcore and httpx-retries included), exception text or repr, over a full eventful session."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator

import httpx
import pytest

from iotconnect import (
    AuthenticationError,
    DiscoveryError,
    IoTConnect,
    IoTConnectError,
    MemoryTokenStore,
    discover,
)
from iotconnect_client.api.device import list_devices

from .fakes import SOLUTION_KEY, FakeClock, FakeService

LOGGERS = ("", "iotconnect", "httpx", "httpcore", "httpx_retries")


def texts_of(caplog: pytest.LogCaptureFixture, errors: list[BaseException]) -> Iterator[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in caplog.records:
        yield formatter.format(record)
        yield repr(record.args)
    for error in errors:
        yield str(error)
        yield repr(error)
        yield "".join(traceback.format_exception(error))


def assert_no_secret(texts: Iterator[str], secrets: list[str]) -> int:
    checked = 0
    for text in texts:
        checked += 1
        for secret in secrets:
            assert secret not in text, f"a secret leaked into: {text[:200]}"
    return checked


def test_full_session_leaks_no_secret(
    make_iot: Callable[..., IoTConnect],
    service: FakeService,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    errors: list[BaseException] = []
    store = MemoryTokenStore()
    iot = make_iot(
        auth_url=None,
        device_url=None,
        environment="poc",
        discovery_url="https://discovery.example.test",
        token_store=store,
    )
    reprs = [repr(iot)]
    with iot:
        list_devices.sync(client=iot.device)  # basic token, login
        reprs += [
            repr(iot),
            repr(iot.device),
            repr(iot.auth),
            repr(iot.token_auth),
            repr(iot.claims),
        ]
        reprs += [repr(iot.token_auth.token()), repr(store), repr(iot.urls)]
        clock.advance(250)  # advisory: refresh
        list_devices.sync(client=iot.device)
        service.revoke_access()  # 401: renew, replay
        list_devices.sync(client=iot.device)
        clock.advance(290)  # mandatory window, refresh fails, token still valid: warning
        service.refresh_replies = [503]
        list_devices.sync(client=iot.device)
        clock.advance(60)  # expired, refresh unreachable
        service.refresh_replies = [httpx.ConnectError("refused")] * 4
        with pytest.raises(IoTConnectError) as caught:
            list_devices.sync(client=iot.device)
        errors.append(caught.value)
        service.refresh_replies = [409]  # spent refresh token, then the login is refused
        service.login_replies = [401]
        with pytest.raises(AuthenticationError) as refused:
            list_devices.sync(client=iot.device)
        errors.append(refused.value)
        service.reject_every_bearer = True  # 401 twice
        with pytest.raises(AuthenticationError) as twice:
            list_devices.sync(client=iot.device)
        errors.append(twice.value)
    missing = httpx.MockTransport(
        lambda r: httpx.Response(404, json={"status": 404, "message": "Solution not found"})
    )
    with pytest.raises(DiscoveryError) as undiscovered:
        discover(SOLUTION_KEY, "poc", transport=missing)
    errors.append(undiscovered.value)

    assert service.counts["/Auth/refresh-token"] >= 4
    assert service.counts["/Auth/login"] >= 2
    assert any(r.name.startswith("httpx") for r in caplog.records)
    assert any(r.levelno == logging.WARNING for r in caplog.records)
    with pytest.raises(AssertionError):  # the scan does catch a leak
        assert_no_secret(iter([f"x {service.issued[-1]} y"]), service.secrets)
    checked = assert_no_secret(iter([*texts_of(caplog, errors), *reprs]), service.secrets)
    assert checked > 50
