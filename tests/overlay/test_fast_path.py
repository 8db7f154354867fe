"""The happy path costs nothing it does not need. The boundary: a reply that ends the call is the
network's own response object, sent without a retry plan or a copy of the retry policy; the
first failure (a retryable status or error) starts the plan from that attempt, so the attempts
and their count are what they were. The session's plain generated calls: the reply is parsed
once, by the boundary that checks it, and the reply it came in does not keep it alive. A
resource's request carries its query in its URL, as httpx would have written it from the
parameters."""

from __future__ import annotations

import asyncio
import gc
import time
import uuid
import weakref
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest
from httpx_retries import Retry

from iotconnect import IoTConnect, TransportError
from iotconnect import _transport as transport_module
from iotconnect._observe import Observer
from iotconnect._resource import Call
from iotconnect._routes import Operation
from iotconnect._transport import Boundary, CallOptions, Network
from iotconnect_client import AuthenticatedClient, types
from iotconnect_client.api.device import (
    get_device_by_unique_id,
    list_device_templates,
    list_devices,
)
from iotconnect_client.models import DeviceListResponse

BODY = b'{"data": [], "status": 200}'


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives in two pieces, as from a socket (not yet read)."""

    def __iter__(self) -> Iterator[bytes]:
        yield BODY[:5]
        yield BODY[5:]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in (BODY[:5], BODY[5:]):
            yield chunk


class _Network(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers with each outcome in turn (the last one for ever): a status or an exception."""

    def __init__(self, *outcomes: int | type[httpx.TransportError]) -> None:
        self._outcomes = list(outcomes)
        self.made: list[httpx.Response] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        outcome = self._outcomes.pop(0) if len(self._outcomes) > 1 else self._outcomes[0]
        if not isinstance(outcome, int):
            raise outcome("refused", request=request)
        self.made.append(httpx.Response(outcome, stream=_Chunks()))
        return self.made[-1]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


def _boundary(network: _Network) -> Boundary:
    return Boundary(
        Network(network, network),
        defaults=CallOptions(timeout=httpx.Timeout(2.0), max_retries=2),
        backoff=0.0,
        observer=Observer(clock=time.monotonic),
        user_agent="iotconnect-test",
    )


def _send(boundary: Boundary, asynchronous: bool, method: str = "GET") -> httpx.Response:
    request = httpx.Request(method, "http://fast.test/api/v2.1/Device")
    if asynchronous:
        return asyncio.run(boundary.handle_async_request(request))
    return boundary.handle_request(request)


def _no_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, any use of the retry plan or of a copy of the retry policy fails the test."""

    def forbidden(*args: object, **kwargs: object) -> object:
        raise AssertionError("the happy path used the retry machinery")

    monkeypatch.setattr(Retry, "copy_with", forbidden)
    monkeypatch.setattr(transport_module, "run", forbidden)
    monkeypatch.setattr(transport_module, "arun", forbidden)


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.parametrize("status", [200, 404])
def test_a_final_reply_is_the_networks_own_response_read_whole(
    asynchronous: bool, status: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = _Network(status)
    boundary = _boundary(network)
    _no_plan(monkeypatch)
    reply = _send(boundary, asynchronous)
    assert reply is network.made[0]
    assert reply.content == BODY
    assert reply.status_code == status


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_503_starts_the_plan_from_the_first_attempt(asynchronous: bool) -> None:
    network = _Network(503, 200)
    reply = _send(_boundary(network), asynchronous)
    assert [r.status_code for r in network.made] == [503, 200]
    assert reply is network.made[-1]
    assert reply.content == BODY


@pytest.mark.parametrize("asynchronous", [False, True])
def test_retries_after_a_first_failure_are_bounded_as_before(asynchronous: bool) -> None:
    network = _Network(503)
    reply = _send(_boundary(network), asynchronous)
    assert len(network.made) == 3  # the first attempt and max_retries=2
    assert reply.status_code == 503  # the last reply ends the call


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_connect_error_first_is_retried_then_answered(asynchronous: bool) -> None:
    network = _Network(httpx.ConnectError, 200)
    reply = _send(_boundary(network), asynchronous, method="POST")
    assert reply.status_code == 200
    assert len(network.made) == 1


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_read_error_on_a_post_ends_the_call_at_once(asynchronous: bool) -> None:
    network = _Network(httpx.ReadError, 200)
    boundary = _boundary(network)
    with pytest.raises(TransportError):
        _send(boundary, asynchronous, method="POST")
    assert network.made == []


# Parse once ----------------------------------------------------------------------------------

ITEM = {
    "guid": "7d7d2f5e-57f1-4a36-a7e4-3c4e1e5a9b10",
    "uniqueId": "fast-1",
    "displayName": "Fast",
    "isActive": True,
}


def _service(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path.endswith("/Auth/basic-token"):
        return httpx.Response(200, json={"data": "YmFzaWM=", "status": 200})
    if path.endswith("/Auth/login"):
        grant = {"token_type": "bearer", "refresh_token": "r", "expires_in": 3600, "status": 200}
        return httpx.Response(200, json={**grant, "access_token": "eyJhbGciOi.e30.c2ln"})
    return httpx.Response(200, json={"data": [ITEM], "status": 200, "count": 1})


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_plain_generated_call_on_the_session_parses_its_reply_once(
    asynchronous: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[object] = []
    # list_devices reads its reply with types.parse_json (msgspec, from_dict for what it refuses)
    parse_json = types.parse_json

    def counting(model: type[DeviceListResponse], response: httpx.Response) -> DeviceListResponse:
        parsed.append(response)
        return parse_json(model, response)

    monkeypatch.setattr(list_devices, "parse_json", counting)
    with _session("http://fast.test/api/v2.1") as iot:
        if asynchronous:
            reply = asyncio.run(list_devices.asyncio_detailed(client=iot.device, page_size=1))
        else:
            reply = list_devices.sync_detailed(client=iot.device, page_size=1)
    assert isinstance(reply.parsed, DeviceListResponse)
    assert reply.parsed.data[0].unique_id == "fast-1"
    assert len(parsed) == 1  # the boundary's parse, which it checked; not a second one


def _session(base: str) -> IoTConnect:
    return IoTConnect(
        username="u@example.test",
        password="Fast-Password-1",
        solution_key="fast-key",
        auth_url=base,
        device_url=base,
        transport=httpx.MockTransport(_service),
    )


_READS: dict[str, Callable[[IoTConnect, AuthenticatedClient], object]] = {
    "bare generated": lambda iot, bare: list_devices.sync_detailed(client=bare).parsed,
    "the session's generated call": lambda iot, bare: list_devices.sync(client=iot.device),
    "a resource": lambda iot, bare: next(iot.devices.list().pages()),
}


@pytest.mark.parametrize("read", _READS.values(), ids=list(_READS))
def test_a_parsed_reply_is_freed_with_the_callers_last_reference(
    read: Callable[[IoTConnect, AuthenticatedClient], object],
) -> None:
    # httpx leaves every reply in a reference cycle (its stream refers back to it) that only the
    # collector frees: a model the reply held would live until the collector ran, which a page
    # of 100 devices paid for with a third more time per call.
    base = "http://fast.test/api/v2.1"
    transport = httpx.MockTransport(_service)
    bare = AuthenticatedClient(base, token="t", httpx_args={"transport": transport})
    with _session(base) as iot:
        read(iot, bare)  # the first call logs in
        gc.collect()
        gc.disable()
        try:
            page = read(iot, bare)
            assert isinstance(page, DeviceListResponse)
            item = weakref.ref(page.data[0])
            del page
            assert item() is None
        finally:
            gc.enable()


@pytest.mark.parametrize(
    ("operation", "query"),
    [
        (list_devices, {"page_size": 10}),
        (
            list_devices,
            {
                "name": "a b&c=d/é+%",
                "is_edge": True,
                "wireless": False,
                "template_guid": uuid.UUID(int=7),
                "sort_by": "uniqueId desc",
                "page_number": 3,
            },
        ),
        (list_device_templates, {"device_template_name": "#1 ?x~*", "auth_type": 2}),
        (get_device_by_unique_id, {"unique_id": ".."}),
        (get_device_by_unique_id, {"unique_id": "a b/é#?%", "parent_device_unique_id": "./x"}),
    ],
)
@pytest.mark.parametrize(
    "base", ["https://device.example.test/api/v2.1", "https://device.example.test/api/v2.1/"]
)
def test_a_resource_request_has_the_url_httpx_builds_from_its_parameters(
    operation: Operation, query: dict[str, object], base: str
) -> None:
    request = operation.request_kwargs(**query)
    http = AuthenticatedClient(base, token="t").get_httpx_client()
    sent = Call(operation, DeviceListResponse, request).send_kwargs(CallOptions(), http.base_url)
    assert "params" not in sent
    assert httpx.URL(sent["url"]).is_absolute_url
    assert (
        http.build_request(sent["method"], sent["url"]).url
        == http.build_request(request["method"], request["url"], params=request.get("params")).url
    )
