"""Every bad reply, every kind of call, both transports: a typed error and no secret in it.

The table crosses 20 kinds of bad reply (cut-short and HTML bodies, missing fields, a bad
GUID, ``data: null``, status 520, a 200 whose envelope reports an error, stalls, drops...) with
10 calls (the resources, sync and async, and the plain generated functions). Each case runs
through ``httpx.MockTransport`` here and through a real socket (:class:`~.scripted.RawServer`)
in the reliability suite (``tests/reliability/test_bad_replies.py``, which imports this table),
and asserts the exact ``IoTConnectError`` subclass and that no password, solution key or token
is in its text, repr or traceback, although every bad body echoes the password and the bearer
token.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import itertools
import json
import traceback
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field, replace

import httpx
import pytest

from iotconnect import (
    ApiError,
    AuthenticationError,
    DecodeError,
    EndpointNotFound,
    IoTConnect,
    IoTConnectError,
    ServiceUnavailable,
    Timeout,
    TransportError,
    UnexpectedStatus,
    ValidationFailed,
)
from iotconnect_client.api.device import get_device, list_devices

from .scripted import JSON, Script, mock_transport

PASSWORD = "pw-Echoed-4c1e"
SOLUTION_KEY = "a2V5LUVjaG9lZC1TRUNSRVQ="
BASIC = "YmFzaWMtRWNob2VkLVNFQ1JFVA=="
GUID = "9DFF6B26-F845-56DD-8FF4-8CCD92600A5C"
ENTITY = "6F2A1C3E-0B7D-4E55-9B1A-2C3D4E5F6A7B"
API = "/api/v2.1"


# The calls ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One kind of call, and the body a good reply to it has."""

    run: Callable[[IoTConnect], object]
    good: dict[str, object]
    guid_path: tuple[str | int, ...] | None  # where the reply carries a GUID
    required: str  # a required field of the first item


def _sync(call: Callable[[IoTConnect], object]) -> Callable[[IoTConnect], object]:
    return call


def _async(call: Callable[[IoTConnect], Awaitable[object]]) -> Callable[[IoTConnect], object]:
    async def inside(iot: IoTConnect) -> object:
        async with iot:
            return await call(iot)

    return lambda iot: asyncio.run(inside(iot))


async def _collect(iot: IoTConnect) -> list[object]:
    return [device async for device in iot.aio.devices.list()]


ITEM = {"guid": GUID, "uniqueId": "d1", "displayName": "D 1", "isActive": True, "authType": 2}
INFO = {**ITEM, "entityGuid": ENTITY}
LIST = {"data": [ITEM], "status": 200, "message": "ok", "count": -1}
ONE = {"data": [INFO], "status": 200, "message": "ok"}
CALLS: dict[str, Call] = {
    "devices.list": Call(_sync(lambda iot: list(iot.devices.list())), LIST, ("guid",), "uniqueId"),
    "devices.get": Call(_sync(lambda iot: iot.devices.get(GUID)), ONE, ("guid",), "displayName"),
    "devices.find": Call(_sync(lambda iot: iot.devices.find("d1")), ONE, ("guid",), "isActive"),
    "devices.count": Call(
        _sync(lambda iot: iot.devices.count()),
        {"data": [{"deviceCount": 3}], "status": 200},
        None,
        "deviceCount",
    ),
    "devices.create": Call(
        _sync(lambda iot: iot.devices.create(unique_id="d1", display_name="D", template=GUID)),
        {"data": [{"newid": GUID, "uniqueId": "d1"}], "status": 200},
        ("newid",),
        "newid",
    ),
    "devices.delete": Call(
        _sync(lambda iot: iot.devices.delete(GUID)),
        {"data": [{"guid": GUID, "uniqueId": "d1"}], "status": 200},
        ("guid",),
        "data",
    ),
    "templates.list": Call(
        _sync(lambda iot: list(iot.templates.list())),
        {"data": [{"guid": GUID, "name": "T", "code": "t"}], "status": 200},
        ("guid",),
        "name",
    ),
    "aio.devices.list": Call(_async(_collect), LIST, ("guid",), "uniqueId"),
    "list_devices.sync": Call(
        _sync(lambda iot: list_devices.sync(client=iot.device)), LIST, ("guid",), "uniqueId"
    ),
    "get_device.asyncio": Call(
        _async(lambda iot: get_device.asyncio(uuid.UUID(GUID), client=iot.device)),
        ONE,
        ("guid",),
        "displayName",
    ),
}


# The bad replies ---------------------------------------------------------------------------

ECHO = "{echo}"  # replaced by the password and the Authorization header the server received


def _json(body: object, status: int = 200) -> Script:
    return Script(status, json.dumps(body).encode())


def _first_item(good: dict[str, object]) -> dict[str, object]:
    data = good["data"]
    assert isinstance(data, list)
    return {**good, "message": ECHO, "data": [dict(data[0])]}


def _without(call: Call) -> Script:
    body = _first_item(call.good)
    if call.required == "data":
        del body["data"]
    else:
        del body["data"][0][call.required]  # type: ignore[index]
    return _json(body)


def _bad_guid(call: Call) -> Script | None:
    if call.guid_path is None:
        return None
    body = _first_item(call.good)
    body["data"][0][call.guid_path[0]] = "not-a-guid-" + ECHO  # type: ignore[index]
    return _json(body)


def _wrong_type(call: Call) -> Script:
    body = _first_item(call.good)
    item = body["data"][0]  # type: ignore[index]
    flags = [name for name, value in item.items() if isinstance(value, bool | int)]
    if flags:
        item[flags[0]] = "yes " + ECHO  # a string where a bool or int belongs
    else:
        item[next(iter(item))] = 12345  # a number where a string belongs
    return _json(body)


HTML = f"<html><body><h1>Gateway error</h1><p>{ECHO}</p></body></html>".encode()
ERROR_ENVELOPE = {
    "data": [],
    "status": 412,
    "message": f"Validation failed {ECHO}",
    "error": [{"param": "pageSize", "message": ECHO}],
}


def _truncated(call: Call) -> Script:
    text = json.dumps({"message": ECHO, **{**call.good, "message": ECHO}}).encode()
    return Script(200, text[: len(text) // 2])


@dataclass(frozen=True)
class Kind:
    """A kind of bad reply: how to make it for a call, and the error it must raise."""

    make: Callable[[Call], Script | None]
    error: type[IoTConnectError]


KINDS: dict[str, Kind] = {
    "cut-short JSON": Kind(_truncated, DecodeError),
    "HTML body on 200": Kind(
        lambda c: Script(200, HTML, (("Content-Type", "text/html"),)), DecodeError
    ),
    "empty body on 200": Kind(lambda c: Script(200, b""), DecodeError),
    "array, no envelope": Kind(lambda c: _json([ECHO]), DecodeError),
    "data: null": Kind(lambda c: _json({**c.good, "data": None, "message": ECHO}), DecodeError),
    "data missing": Kind(lambda c: _json({"status": 200, "message": ECHO}), DecodeError),
    "required field missing": Kind(_without, DecodeError),
    "bad GUID": Kind(_bad_guid, DecodeError),
    "wrong type": Kind(_wrong_type, DecodeError),
    "invalid UTF-8": Kind(
        lambda c: Script(200, b'{"data": [\xff\xfe' + ECHO.encode()), DecodeError
    ),
    "broken gzip": Kind(
        lambda c: Script(
            200, gzip.compress(b"{}")[:12] + ECHO.encode(), (*JSON, ("Content-Encoding", "gzip"))
        ),
        DecodeError,
    ),
    "status 520": Kind(
        lambda c: Script(520, HTML, (("Content-Type", "text/html"),)), UnexpectedStatus
    ),
    "302 to a login page": Kind(
        lambda c: Script(302, b"", (("Location", "/login"),)), UnexpectedStatus
    ),
    "200 with an error envelope": Kind(lambda c: _json(ERROR_ENVELOPE), ValidationFailed),
    "404 HTML (no such endpoint)": Kind(
        lambda c: Script(404, HTML, (("Content-Type", "text/html"),)), EndpointNotFound
    ),
    "500 HTML": Kind(lambda c: Script(500, HTML, (("Content-Type", "text/html"),)), ApiError),
    "503 until the retries end": Kind(
        lambda c: _json({"status": 503, "message": ECHO}, 503), ServiceUnavailable
    ),
    "401 echoing the token, twice": Kind(
        lambda c: _json({"status": 401, "message": f"bad token {ECHO}"}, 401), AuthenticationError
    ),
    "stall after the headers": Kind(lambda c: Script(200, b"{}", stall=True), Timeout),
    "dropped mid-body": Kind(
        lambda c: Script(200, json.dumps({"message": ECHO, **c.good}).encode(), cut=20),
        TransportError,
    ),
}

CASES = [
    (kind, call)
    for kind, call in itertools.product(KINDS, CALLS)
    if KINDS[kind].make(CALLS[call]) is not None
]


# The service ------------------------------------------------------------------------------


def _jwt(n: int) -> str:
    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    claims = {"exp": 4102444800, "user": {"entityGuid": ENTITY, "companyId": "c"}}
    return f"{part({'alg': 'HS256'})}.{part(claims)}.sig-Echoed-{n}"


@dataclass
class Service:
    """Good token endpoints; every device-host request gets the case's bad reply."""

    bad: Script
    issued: list[str] = field(default_factory=list)
    serial: Iterator[int] = field(default_factory=itertools.count)

    def __call__(self, method: str, path: str, headers: httpx.Headers) -> Script:
        path = path.removeprefix(API)
        if path == "/Auth/basic-token":
            return _json({"data": BASIC, "status": 200})
        if path in ("/Auth/login", "/Auth/refresh-token"):
            n = next(self.serial)
            access, refresh = _jwt(n), f"refresh-Echoed-{n}"
            self.issued += [access, refresh]
            grant = {"token_type": "bearer", "access_token": access, "refresh_token": refresh}
            return _json({**grant, "expires_in": 3600, "status": 200})
        echo = f"{PASSWORD} {headers.get('Authorization', '')}"
        return replace(self.bad, body=self.bad.body.replace(ECHO.encode(), echo.encode()))


def _session(base: str, transport: httpx.BaseTransport, *, read: float, retries: int) -> IoTConnect:
    return IoTConnect(
        username="echo@example.test",
        password=PASSWORD,
        solution_key=SOLUTION_KEY,
        auth_url=base + API,
        device_url=base + API,
        transport=transport,
        timeout=httpx.Timeout(5.0, read=read),
        max_retries=retries,
        retry_backoff=0.0,
    )


def _check(kind: str, call: str, service: Service, iot: IoTConnect) -> IoTConnectError:
    with pytest.raises(IoTConnectError) as caught:
        CALLS[call].run(iot)
    error = caught.value
    assert type(error) is KINDS[kind].error, f"{kind} / {call}: {type(error).__name__}: {error}"
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for secret in (PASSWORD, SOLUTION_KEY, BASIC, *service.issued):
        for text in texts:
            assert secret not in text, f"{kind} / {call} leaked a secret: {text[:300]}"
    return error


@pytest.mark.parametrize(("kind", "call"), CASES)
def test_bad_reply_in_memory(kind: str, call: str) -> None:
    service = Service(KINDS[kind].make(CALLS[call]))  # type: ignore[arg-type]
    transport = mock_transport(service)
    with _session("http://bad.example.test", transport, read=5.0, retries=1) as iot:
        _check(kind, call, service, iot)


def test_the_table_is_the_issue_s() -> None:
    assert len(KINDS) == 20
    assert len(CASES) >= 190
