"""The transport side of the error boundary: a dropped body is retried for idempotent calls, a
deadline bounds a trickling reply, httpx's errors after login are TransportErrors naming the
request, and a token or password the server sends back never reaches an error's text."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import pkgutil
import re
import time
import traceback

import httpx
import pytest

import iotconnect_client.api
from iotconnect import (
    ApiError,
    AuthenticationError,
    IoTConnect,
    MemoryTokenStore,
    Timeout,
    Token,
    TransportError,
)
from iotconnect._routes import ROUTES, SESSION_ROUTES, Route, find
from iotconnect.redaction import MASK
from iotconnect_client.api.device import list_devices

from .scripted import Loopback, RawServer, Script, mock_transport

PASSWORD = "pw-Boundary-91d2"
GOOD_LIST = b'{"data": [], "status": 200, "count": 0}'


def _grant(access: str = "eyJhbGciOi.eyJ1c2VyIjp7fX0.sig-Boundary") -> Script:
    grant = {"token_type": "bearer", "access_token": access, "refresh_token": "refresh-Boundary"}
    return Script(200, json.dumps({**grant, "expires_in": 3600, "status": 200}).encode())


def _service(device: list[Script], login: Script | None = None) -> object:
    """Token endpoints that work (or the given login reply); the device replies in order."""

    def answer(method: str, path: str, headers: httpx.Headers) -> Script:
        if path.endswith("/Auth/basic-token"):
            return Script(200, b'{"data": "YmFzaWMtQm91bmRhcnk=", "status": 200}')
        if path.endswith(("/Auth/login", "/Auth/refresh-token")):
            return login or _grant()
        return device.pop(0) if len(device) > 1 else device[0]

    return answer


def _session(base: str, transport: httpx.BaseTransport, **kwargs: object) -> IoTConnect:
    settings: dict[str, object] = {
        "username": "b@example.test",
        "password": PASSWORD,
        "solution_key": "c2stQm91bmRhcnk=",
        "auth_url": base + "/api/v2.1",
        "device_url": base + "/api/v2.1",
        "transport": transport,
        "retry_backoff": 0.0,
        "timeout": httpx.Timeout(2.0),
    }
    return IoTConnect(**(settings | kwargs))  # type: ignore[arg-type]


def _texts(error: BaseException) -> str:
    return str(error) + repr(error) + "".join(traceback.format_exception(error))


def test_a_get_whose_body_drops_is_retried() -> None:
    dropped = Script(200, GOOD_LIST, cut=5)
    answer = _service([dropped, dropped, Script(200, GOOD_LIST)])
    with _session("http://b.test", mock_transport(answer)) as iot:  # type: ignore[arg-type]
        assert list(iot.devices.list()) == []


async def test_an_async_get_whose_body_drops_is_retried() -> None:
    answer = _service([Script(200, GOOD_LIST, cut=5), Script(200, GOOD_LIST)])
    async with _session("http://b.test", mock_transport(answer)) as iot:  # type: ignore[arg-type]
        assert [device async for device in iot.aio.devices.list()] == []


def test_a_post_whose_body_drops_is_not_retried() -> None:
    created = b'{"data": [{"newid": "9DFF6B26-F845-56DD-8FF4-8CCD92600A5C"}], "status": 200}'
    answer = _service([Script(200, created, cut=5), Script(200, created)])
    template = "DCFE91B4-66CB-5A0E-BD2F-92A4ECA342AC"
    with (
        _session("http://b.test", mock_transport(answer)) as iot,  # type: ignore[arg-type]
        pytest.raises(
            TransportError, match=r"RemoteProtocolError on POST b\.test/api/v2\.1/Device"
        ),
    ):
        iot.devices.create(unique_id="x", display_name="X", template=template, entity=template)


@pytest.mark.parametrize("asynchronous", [False, True])
def test_httpx_errors_after_login_are_transport_errors(asynchronous: bool) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if "/Auth/" in request.url.path:
            body = {"data": "b", "access_token": "a.b.c", "refresh_token": "r", "expires_in": 60}
            return httpx.Response(200, json={**body, "token_type": "bearer", "status": 200})
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    iot = _session("http://b.test", httpx.MockTransport(answer))

    def call() -> object:
        if asynchronous:
            return asyncio.run(list_devices.asyncio(client=iot.device))
        return list_devices.sync(client=iot.device)

    with pytest.raises(TransportError) as caught:
        call()
    error = caught.value
    assert (error.method, error.host, error.path) == ("GET", "b.test", "/api/v2.1/Device")
    assert str(error) == (
        "ConnectError on GET b.test/api/v2.1/Device: [Errno 111] Connection refused"
    )
    assert isinstance(error.__cause__, httpx.ConnectError)


@pytest.mark.slow
def test_a_deadline_stops_a_trickling_reply() -> None:
    """One byte every 50 ms never trips the read timeout; the deadline ends it."""
    answer = _service([Script(200, b" " * 400 + GOOD_LIST, trickle=0.05)])
    with RawServer(answer) as server, _session(server.url, Loopback()) as iot:  # type: ignore[arg-type]
        started = time.monotonic()
        with pytest.raises(Timeout, match="deadline passed while the reply"):
            iot.with_options(deadline=0.5).devices.count()
        assert time.monotonic() - started < 3.0  # the whole reply would take 20 s


# In memory it is a unit of the redactor, in the fast loop; over a socket it starts a server.
@pytest.mark.parametrize("over_a_socket", [False, pytest.param(True, marks=pytest.mark.slow)])
def test_a_token_ending_in_a_newline_stays_out_of_the_error(over_a_socket: bool) -> None:
    token = "eyJhbGciOi.eyJ1c2VyIjp7fX0.sig-Newline\n"
    answer = _service([Script(200, GOOD_LIST)], login=_grant(token))
    with contextlib.ExitStack() as stack:
        if over_a_socket:
            base = stack.enter_context(RawServer(answer)).url  # type: ignore[arg-type]
            transport: httpx.BaseTransport = Loopback()
        else:
            base, transport = "http://b.test", mock_transport(answer)  # type: ignore[arg-type]
        with _session(base, transport) as iot, pytest.raises(ApiError) as caught:
            list(iot.devices.list())
    # Refused as it arrives: a token a header cannot carry is a bad token reply.
    assert "access_token (printable ASCII, to go in a header)" in str(caught.value)
    assert "sig-Newline" not in _texts(caught.value)


def test_a_stored_token_ending_in_a_newline_stays_out_of_the_error() -> None:
    # A store of the caller's own can hand over what no token reply would be let through with.
    answer = _service([Script(200, GOOD_LIST)], login=_grant())
    store = MemoryTokenStore()
    with _session("http://b.test", mock_transport(answer), token_store=store) as iot:  # type: ignore[arg-type]
        store.save(iot.token_auth.key, Token("eyJ.eyJ.sig-Newline\n", "r", 3600.0, 1e12))
        with pytest.raises(TransportError) as caught:
            list(iot.devices.list())
    assert "header holds a line break" in str(caught.value)
    assert "sig-Newline" not in _texts(caught.value)


def test_a_password_echoed_in_a_401_stays_out_of_the_error() -> None:
    echo = Script(401, b'{"status": 401, "message": "bad password pw-Boundary-91d2 for b"}')
    answer = _service([Script(200, GOOD_LIST)], login=echo)
    with (
        _session("http://b.test", mock_transport(answer)) as iot,  # type: ignore[arg-type]
        pytest.raises(AuthenticationError) as caught,
    ):
        iot.devices.count()
    assert f"bad password {MASK} for b" in str(caught.value)
    assert PASSWORD not in _texts(caught.value)


def test_every_generated_operation_has_a_route() -> None:
    """The reply checks of plain generated calls know every operation the package has."""
    operations = {
        importlib.import_module(f"{package.name}.{module.name}")
        for package in pkgutil.iter_modules(
            iotconnect_client.api.__path__, "iotconnect_client.api."
        )
        for module in pkgutil.iter_modules(importlib.import_module(package.name).__path__)
    }
    session_operations = {o for o in operations if not o.__name__.endswith("discover_services")}
    assert {route.operation for route in SESSION_ROUTES} == session_operations


def test_a_route_is_found_among_the_few_that_can_match_as_among_all() -> None:
    def linear(method: str, path: str) -> Route | None:
        matches = (r for r in ROUTES if r.info.method == method and r.pattern.fullmatch(path))
        return next(matches, None)

    for route in ROUTES:
        path = re.sub(r"\{[^}]+\}", "6f1e2a3b-0000-4000-8000-000000000001", route.info.path)
        for variant in (path, path.lower(), path.upper(), path + "/x", "/nope" + path, path[1:]):
            for method in ("GET", "POST", "PUT", "DELETE", "PATCH"):
                assert find(ROUTES, method, variant) is linear(method, variant), (method, variant)
    gets = [route for route in SESSION_ROUTES if route.info.method == "GET"]
    assert len(SESSION_ROUTES.candidates("GET", "/Device")) < len(gets) // 2
