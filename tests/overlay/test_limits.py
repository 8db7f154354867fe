"""The client's limits on what a server may make it hold or do (issue 17), in memory.

Each hostile reply here also runs over a real loopback socket, with the client's peak memory
measured, in ``tests/reliability/test_hostile_server.py``; these are the fast checks of the
same rules: body size counted after decoding, JSON depth, header values, paging that never
ends, counts out of range, and secrets a header cannot carry.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import traceback
import tracemalloc
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from iotconnect import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    DecodeError,
    FileTokenStore,
    IoTConnect,
    IoTConnectError,
    ReplyTooLarge,
    Token,
)
from iotconnect._limits import (
    MAX_BODY,
    MAX_DEPTH,
    MAX_HEADER_VALUE,
    MAX_ITEMS,
    fits_header,
    too_deep,
)
from iotconnect._paging import Guids, _TokenPaging
from iotconnect._plans import Plan
from iotconnect._resource import Step
from iotconnect_client.api.device import count_devices, list_devices

from .hostile import MIB, guid, gzip_bomb, zeros

Answer = Callable[[httpx.Request], httpx.Response]
SOLUTION_KEY = "c29sdXRpb24ta2V5LUxJTUlUUw=="
ACCESS = "access-LIMITS-token"
GZIP = (("Content-Type", "application/json"), ("Content-Encoding", "gzip"))


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body as the network delivers it, chunk by chunk; counts the chunks taken."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self.taken = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks:
            self.taken += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def session(answer: Answer, **settings: object) -> IoTConnect:
    """A session whose login succeeds (unless ``answer`` says otherwise) and whose other
    requests ``answer`` answers."""
    login = {"token_type": "bearer", "refresh_token": "r", "expires_in": 3600, "status": 200}

    def route(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/Auth/basic-token"):
            return httpx.Response(200, json={"data": "YmFzaWM=", "status": 200})
        if path.endswith("/Auth/login"):
            return httpx.Response(200, json={**login, "access_token": ACCESS})
        return answer(request)

    options: dict[str, object] = {
        "username": "limits@example.test",
        "password": "Limits-Password-1",
        "solution_key": SOLUTION_KEY,
        "auth_url": "http://limits.test/api/v2.1",
        "device_url": "http://limits.test/api/v2.1",
        "transport": httpx.MockTransport(route),
        "max_retries": 0,
    }
    return IoTConnect(**(options | settings))  # type: ignore[arg-type]


def always(make: Callable[[], httpx.Response]) -> Answer:
    """Every request answered with a new ``make()``."""
    return lambda request: make()


def count_reply(count: object) -> Answer:
    return always(lambda: httpx.Response(200, json={"data": [{"deviceCount": count}]}))


# JSON depth ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "deep"),
    [
        (b"[" * MAX_DEPTH + b"]" * MAX_DEPTH, False),
        (b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1), True),
        (b'{"a":' * 1000 + b"1" + b"}" * 1000, True),
        (b"[[]," * 200 + b"[]" + b"]" * 200, True),
        (b'["' + b"[" * 500 + b'"]', False),  # brackets in a string are text
        (b'["' + b"]" * 500 + b'", ' + b"[" * 70 + b"]" * 71, True),  # closers in one too
        (b'["' + b"]" * 500 + b'", "\\\\", ' + b"[" * 70 + b"]" * 71, True),  # and a backslash
        (b'["\\"' + b"[" * 500 + b'"]', False),  # an escaped quote does not end the string
        (b"[" + b'{"a": [1, 2, {"b": []}]}, ' * 1000 + b"{}]", False),  # wide, not deep
        (b'"' + b"\\" * 10_000 + b"[" * 100, False),  # a string cut short, in one pass
    ],
)
def test_json_depth_is_measured_without_recursion(body: bytes, deep: bool) -> None:
    assert too_deep(body) is deep
    assert too_deep(b" \n" + body) is deep


def test_deep_json_is_a_decode_error_not_a_recursion_error() -> None:
    deep = b"[" * 1000 + b"]" * 1000
    listing = b'{"data": ' + deep + b', "status": 200, "count": -1}'
    with session(always(lambda: httpx.Response(200, content=listing))) as iot:
        with pytest.raises(DecodeError, match=f"nested deeper than {MAX_DEPTH} levels"):
            list(iot.devices.list())
        with pytest.raises(DecodeError, match="nested deeper"):
            list_devices.sync(client=iot.device)
    error = b'{"status": 500, "message": ' + deep + b"}"
    answer = always(lambda: httpx.Response(500, content=error))
    with session(answer) as iot, pytest.raises(DecodeError, match="nested deeper"):
        iot.devices.count()


def test_a_reply_msgspec_validates_is_not_scanned_for_depth_and_a_deep_one_still_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanned: list[bytes] = []

    def counting(body: bytes, limit: int = MAX_DEPTH) -> bool:
        scanned.append(body)
        return too_deep(body, limit)

    monkeypatch.setattr("iotconnect._transport.too_deep", counting)
    items = [
        {"guid": guid(n), "uniqueId": f"d{n}", "displayName": f"D {n}", "isActive": True}
        for n in range(70)  # more brackets than MAX_DEPTH: a scan would be a real one
    ]
    page = {"data": items, "status": 200, "count": 70}
    with session(always(lambda: httpx.Response(200, json=page))) as iot:
        assert len(next(iot.devices.list(page_size=100).pages()).data) == 70
        assert len(list_devices.sync(client=iot.device).data) == 70  # type: ignore[union-attr]
        assert scanned  # the login replies: the boundary parses no token reply
        assert not [body for body in scanned if b"uniqueId" in body]
    deep: object = 1
    for _ in range(MAX_DEPTH):
        deep = {"a": deep}
    page = {"data": [{**items[0], "deviceInfo": deep}], "status": 200, "count": 1}
    with session(always(lambda: httpx.Response(200, json=page))) as iot:
        with pytest.raises(DecodeError, match=f"nested deeper than {MAX_DEPTH} levels"):
            list(iot.devices.list())
        with pytest.raises(DecodeError, match="nested deeper"):
            list_devices.sync(client=iot.device)


# Body size -----------------------------------------------------------------------------------


def test_a_gzip_bomb_stops_at_max_body_counted_decoded() -> None:
    bomb = Chunks(gzip_bomb(1024 * MIB))
    answer = always(lambda: httpx.Response(200, headers=GZIP, stream=bomb))
    with session(answer, max_body=2 * MIB) as iot, pytest.raises(ReplyTooLarge) as raised:
        iot.devices.count()
    assert raised.value.limit == 2 * MIB
    assert "limit of 2,097,152 bytes (max_body)" in str(raised.value)
    assert "GET limits.test/api/v2.1/Device/count" in str(raised.value)
    # About 1 KiB of gzip a MiB: it stopped within a few chunks of the cap, not the gigabyte.
    assert bomb.taken < 10


def test_an_async_gzip_bomb_stops_too() -> None:
    bomb = Chunks(gzip_bomb(1024 * MIB))
    answer = always(lambda: httpx.Response(200, headers=GZIP, stream=bomb))

    async def main() -> None:
        async with session(answer, max_body=MIB) as iot:
            await iot.aio.devices.count()

    with pytest.raises(ReplyTooLarge):
        asyncio.run(main())
    assert bomb.taken < 10


def test_a_plain_body_stops_at_max_body_and_a_long_content_length_before_any_byte() -> None:
    endless = Chunks(zeros(300 * MIB))
    answer = always(lambda: httpx.Response(200, stream=endless))
    with session(answer) as iot, pytest.raises(ReplyTooLarge):
        iot.with_options(max_body=MIB).devices.count()
    assert endless.taken == 2  # the first MiB, and the byte past it

    announced = Chunks(zeros(300 * MIB))
    headers = {"Content-Length": str(300 * MIB)}
    answer = always(lambda: httpx.Response(200, headers=headers, stream=announced))
    with session(answer) as iot, pytest.raises(ReplyTooLarge, match="67,108,864 bytes"):
        iot.devices.count()
    assert announced.taken == 0
    assert MAX_BODY == 64 * MIB


def test_a_compressed_body_within_the_limit_reads_as_before() -> None:
    body = gzip.compress(json.dumps({"data": [{"deviceCount": 7}], "status": 200}).encode())
    answer = always(lambda: httpx.Response(200, headers=GZIP, stream=Chunks([body])))
    with session(answer) as iot:
        assert iot.devices.count() == 7
        reply = count_devices.sync_detailed(client=iot.device)
    assert "Content-Encoding" not in reply.headers  # the body it holds is the decoded one


def test_max_body_must_be_positive() -> None:
    with pytest.raises(ConfigurationError, match="max_body"):
        session(count_reply(1), max_body=0)


# Header values -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fits"),
    [
        ("Bearer eyJhbGciOi.eyJzdWIi.c2ln", True),
        ("a\tb", True),
        ("x" * MAX_HEADER_VALUE, True),
        ("x" * (MAX_HEADER_VALUE + 1), False),
        ("cl\u00e9", False),
        ("line\nbreak", False),
        ("del\x7f", False),
    ],
)
def test_what_a_header_can_carry(value: str, fits: bool) -> None:
    assert fits_header(value) is fits


def test_a_reply_header_longer_than_the_cap_is_a_decode_error() -> None:
    headers = {"X-Padding": "a" * (MAX_HEADER_VALUE + 1)}
    answer = always(lambda: httpx.Response(200, headers=headers, json={"data": []}))
    with session(answer) as iot, pytest.raises(DecodeError, match="'X-Padding' header is longer"):
        iot.devices.count()


# Secrets a header cannot carry ---------------------------------------------------------------


def _scrubbed(error: BaseException, secret: str) -> None:
    assert isinstance(error, IoTConnectError)
    text = "".join(traceback.format_exception(error)) + repr(error)
    assert secret not in text


def test_a_solution_key_a_header_cannot_carry_is_named_never_shown() -> None:
    secret = "cl\u00e9-de-solution-SECRET"
    refused = pytest.raises(AuthenticationError, match="the solution key cannot be sent")
    with session(count_reply(1), solution_key=secret) as iot, refused as raised:
        iot.devices.count()
    _scrubbed(raised.value, secret)


@pytest.mark.parametrize(
    ("path", "field", "named"),
    [("/Auth/basic-token", "data", "basic-token reply"), ("/Auth/login", "access_token", "")],
)
def test_a_token_a_header_cannot_carry_is_a_bad_reply(path: str, field: str, named: str) -> None:
    secret = "t\u00f6ken-SECRET"
    grant = {"token_type": "bearer", "refresh_token": "r", "expires_in": 60, "status": 200}
    replies = {
        "/Auth/basic-token": {"data": "YmFzaWM=", "status": 200},
        "/Auth/login": {**grant, "access_token": ACCESS},
    }
    replies[path] = {**replies[path], field: secret}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=replies[request.url.path.removeprefix("/api/v2.1")])

    transport = httpx.MockTransport(answer)
    refused = pytest.raises(ApiError, match=f"{named}.*a header can|{field}")
    with session(count_reply(1), transport=transport) as iot, refused as raised:
        iot.devices.count()
    _scrubbed(raised.value, secret)


def test_a_stored_token_a_header_cannot_carry_is_a_damaged_file(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    store.save("k", Token("acc\u00e8s", "r", 60.0, 60.0))
    assert store.load("k") is None
    store.save("k", Token("access", "r", 60.0, 60.0))
    assert store.load("k") is not None


# Paging that never ends -----------------------------------------------------------------------


PAGES_AT_MOST = 20


def _pages(pick: Callable[[int], range], calls: list[int]) -> Answer:
    """Pages of 100 devices that ignore pageNumber: the n-th request gets ``pick(n)``."""

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(int(request.url.params["pageNumber"]))
        if len(calls) > PAGES_AT_MOST:  # without the check, the listing would never end
            return httpx.Response(418)
        data = [
            {"guid": guid(n % 200), "uniqueId": f"d{n}", "displayName": "D", "isActive": True}
            for n in pick(len(calls))
        ]
        return httpx.Response(200, json={"data": data, "status": 200, "count": -1})

    return answer


ROTATING = lambda n: range(n, n + 100)  # noqa: E731 - a window that moves by one each time
ALTERNATING = lambda n: range(100 * (n % 2), 100 * (n % 2) + 100)  # noqa: E731


@pytest.mark.parametrize(("pick", "pages"), [(ROTATING, 2), (ALTERNATING, 3)])
def test_pages_that_repeat_a_guid_end_the_listing(pick: Callable[[int], range], pages: int) -> None:
    calls: list[int] = []
    seen: list[object] = []
    with session(_pages(pick, calls)) as iot, pytest.raises(DecodeError, match="repeats device"):
        seen.extend(iot.devices.list())
    assert calls == list(range(1, pages + 1))
    assert len(seen) == 100 * (pages - 1)  # every item yielded is a new one


@pytest.mark.parametrize(("pick", "pages"), [(ROTATING, 2), (ALTERNATING, 3)])
def test_async_pages_that_repeat_a_guid_end_the_listing(
    pick: Callable[[int], range], pages: int
) -> None:
    calls: list[int] = []

    async def main() -> None:
        async with session(_pages(pick, calls)) as iot:
            async for _ in iot.aio.devices.list():
                pass

    with pytest.raises(DecodeError, match="repeats device"):
        asyncio.run(main())
    assert len(calls) == pages


def test_a_listing_stops_past_max_items() -> None:
    calls: list[int] = []
    fresh = lambda n: range(100 * n, 100 * n + 100)  # noqa: E731 - never a repeat (mod 200 aside)
    answer = _pages(fresh, calls)

    def distinct(request: httpx.Request) -> httpx.Response:
        reply = answer(request)
        body = json.loads(reply.content)
        for offset, item in enumerate(body["data"]):
            item["guid"] = str(uuid.UUID(int=100 * len(calls) + offset + 1))
        return httpx.Response(200, json=body)

    with session(distinct) as iot, pytest.raises(DecodeError, match="passes 250 items"):
        list(iot.with_options(max_items=250).devices.list())
    assert len(calls) == 3


def test_a_repeated_continuation_token_ends_the_listing() -> None:
    # The history's POST form pages by token: a server that gives one token again (here, the
    # two in turn) would be listed forever.
    calls: list[object] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(json.loads(request.content).get("continuationToken"))
        if len(calls) > PAGES_AT_MOST:
            return httpx.Response(418)
        token = "AB"[len(calls) % 2]
        item = {"commandHistoryGuid": str(guid(len(calls))), "cmdText": "reboot"}
        return httpx.Response(200, json={"data": [item], "continuationToken": token})

    with session(answer) as iot, pytest.raises(DecodeError, match="repeats the continuation"):
        list(iot.commands.history(capability=1))
    assert calls == [None, "B", "A"]


def test_a_token_listing_keeps_no_copy_of_the_servers_tokens() -> None:
    # The server sizes its tokens; one per page is remembered, to find a repeat, so a copy of
    # each would be a page count of them, however large.
    def unused(token: str | None) -> Plan[Step, Any]:
        raise AssertionError(token)

    paging = _TokenPaging(unused, limit=MAX_ITEMS)
    tracemalloc.start()
    try:
        for n in range(64):
            page = SimpleNamespace(data=[n], continuation_token=f"{n:08}" + "t" * (64 * 1024))
            paging.saw(page)
            del page
        retained, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert retained < 512 * 1024  # 64 tokens of 64 KiB would be 4 MiB; the last one is kept
    with pytest.raises(DecodeError, match="repeats the continuation token"):
        paging.saw(SimpleNamespace(data=[0], continuation_token="00000000" + "t" * (64 * 1024)))


@pytest.mark.parametrize("few", [100_000, 1000])  # the set of integers, the compact table past it
def test_guids_are_remembered_exactly_and_compactly(few: int) -> None:
    guids = Guids(few)
    many = [uuid.UUID(int=n) for n in range(5000)]  # the nil GUID among them; and no randomness
    assert all(guids.add(g) for g in many)
    assert not any(guids.add(g) for g in many)
    assert len(guids) == 5000
    assert not guids.add(uuid.UUID(int=0))
    assert guids.add(uuid.UUID(int=5000))


@pytest.mark.parametrize("few", [100_000, 250, 50])
def test_a_page_of_guids_is_added_at_once_up_to_the_first_repeat(few: int) -> None:
    guids = Guids(few)
    page = [uuid.UUID(int=n) for n in range(100)]
    assert guids.repeated(page) is None
    assert guids.repeated(page[:0]) is None
    assert guids.repeated([uuid.UUID(int=n) for n in range(100, 200)]) is None
    assert len(guids) == 200
    again = [uuid.UUID(int=n) for n in (300, 301, 150, 302)]
    assert guids.repeated(again) == uuid.UUID(int=150)
    assert guids.repeated([uuid.UUID(int=400), uuid.UUID(int=401), uuid.UUID(int=400)]) == (
        uuid.UUID(int=400)
    )


# Counts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [-5, -1, 10**9 + 1, 10**30])
def test_a_count_out_of_range_is_a_decode_error(count: int) -> None:
    with session(count_reply(count)) as iot, pytest.raises(DecodeError, match="outside 0"):
        iot.devices.count()


@pytest.mark.parametrize("count", [0, 10**9])
def test_a_count_in_range_is_the_count(count: int) -> None:
    with session(count_reply(count)) as iot:
        assert iot.devices.count() == count


# GUIDs ----------------------------------------------------------------------------------------


def test_a_property_guid_that_is_no_guid_is_a_decode_error_and_nothing_is_sent() -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        return httpx.Response(200, json={"data": [{"guid": "floor-1", "name": "floor"}]})

    with session(answer) as iot, pytest.raises(DecodeError, match="not a GUID"):
        iot.devices.set_properties(uuid.uuid4(), {"floor": "3"})
    assert sent == ["GET"]


def test_a_caller_guid_that_is_no_guid_is_a_configuration_error(iot: IoTConnect) -> None:
    """A typo in a GUID argument is typed like every failure (and still a ValueError)."""
    for call in (
        lambda: iot.devices.get("not-a-guid"),
        lambda: iot.entities.get("not-a-guid"),
        lambda: iot.commands.resend("not-a-guid"),
    ):
        with pytest.raises(ConfigurationError, match="is not a GUID") as raised:
            call()
        assert isinstance(raised.value, ValueError)
        assert "not-a-guid" not in str(raised.value)
