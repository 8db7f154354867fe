"""The client against a hostile server on a real loopback socket (issue 17): bounded memory,
bounded loops, typed errors, no secret in any of them.

The server (:mod:`tests.overlay.hostile`) produces its bodies as it sends them: a 1 GiB gzip bomb
or a 300 MB body costs it kilobytes. The memory cases run the client in a process of its own and
read its peak RSS (``getrusage``), which must stay under 200 MB; the rest run here. The same
rules run in memory, fast, in ``tests/overlay/test_limits.py``.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from iotconnect import (
    ApiError,
    AuthenticationError,
    DecodeError,
    IoTConnect,
    IoTConnectError,
    ReplyTooLarge,
)

from ..overlay.hostile import (
    CLIENT,
    GUID,
    MIB,
    PASSWORD,
    SOLUTION_KEY,
    USERNAME,
    Answer,
    Reply,
    document,
    guid,
    gzip_bomb,
    hostile,
    page,
    zeros,
)
from .conftest import Figures

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PEAK_MB = 200
PART = "hostile server"
PAGES_AT_MOST = 20


def always(reply: Callable[[], Reply]) -> Answer:
    """Every request but the login answered with a new ``reply()``."""
    return lambda method, path, query: reply()


def session(url: str, solution_key: str = SOLUTION_KEY) -> IoTConnect:
    return IoTConnect(
        username=USERNAME,
        password=PASSWORD,
        solution_key=solution_key,
        auth_url=url,
        device_url=url,
        max_retries=0,
    )


def client_process(answer: Answer) -> dict[str, object]:
    """What ``iot.devices.get`` in a fresh process did against ``answer``, and its peak RSS."""
    with hostile(answer) as (url, _):
        done = subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-c", CLIENT, url, "get"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize(
    ("case", "reply"),
    [
        (
            "1 GiB gzip bomb (1 MiB of gzip)",
            lambda: Reply(200, gzip_bomb(1024 * MIB), (("Content-Encoding", "gzip"),)),
        ),
        ("300 MB body, no Content-Length", lambda: Reply(200, zeros(300 * MIB))),
    ],
)
def test_a_huge_reply_costs_the_client_max_body_not_the_reply(
    case: str, reply: Callable[[], Reply], figures: Figures
) -> None:
    # Before the cap: 2,088 MB for the bomb (4 MiB of gzip: a raw MemoryError), 637 MB here.
    baseline = client_process(always(lambda: document({"data": [], "status": 200})))
    result = client_process(always(reply))
    figures.add(PART, f"{case}: client peak RSS (MB)", f"{result['peak_mb']} ({result['outcome']})")
    figures.add(PART, "same client, an empty reply: peak RSS (MB)", baseline["peak_mb"])
    assert result["outcome"] == ReplyTooLarge.__name__
    assert isinstance(result["peak_mb"], int)
    assert result["peak_mb"] < PEAK_MB


DEEP = b"[" * 1000 + b"]" * 1000


@pytest.mark.parametrize(
    ("case", "reply", "call", "error"),
    [
        (
            "list, JSON 1,000 deep",
            lambda: Reply(200, [b'{"data": ' + DEEP + b', "status": 200, "count": -1}']),
            lambda iot: list(iot.devices.list()),
            "nested deeper than 64 levels",
        ),
        (
            "500, JSON 1,000 deep",
            lambda: Reply(500, [b'{"message": ' + DEEP + b"}"]),
            lambda iot: iot.devices.get(GUID),
            "nested deeper than 64 levels",
        ),
        (
            "a 60 KB header value",
            lambda: Reply(200, [b'{"data": []}'], (("X-Padding", "a" * 60_000),)),
            lambda iot: iot.devices.count(),
            "'X-Padding' header is longer than 16,384 bytes",
        ),
        (
            "count -5",
            lambda: document({"data": [{"deviceCount": -5}], "status": 200}),
            lambda iot: iot.devices.count(),
            "the device count -5 is outside 0..1,000,000,000",
        ),
        (
            "count 10**30",
            lambda: document({"data": [{"deviceCount": 10**30}], "status": 200}),
            lambda iot: iot.devices.count(),
            "the device count 1e[+]30 is outside",
        ),
    ],
)
def test_a_hostile_reply_is_a_decode_error(
    case: str,
    reply: Callable[[], Reply],
    call: Callable[[IoTConnect], object],
    error: str,
    figures: Figures,
) -> None:
    # Before: RecursionError for the deep ones, the header taken, the counts returned as sent.
    refused = pytest.raises(DecodeError, match=error)
    with hostile(always(reply)) as (url, _), session(url) as iot, refused as raised:
        call(iot)
    figures.add(PART, case, type(raised.value).__name__)


ROTATING: Callable[[int], range] = lambda n: range(n, n + 100)  # noqa: E731
ALTERNATING: Callable[[int], range] = lambda n: range(100 * (n % 2), 100 * (n % 2) + 100)  # noqa: E731


def ignoring_page_number(pick: Callable[[int], range], calls: list[int]) -> Answer:
    """Full pages of 200 devices, whatever pageNumber says: ``pick(n)`` for the n-th request."""

    def answer(method: str, path: str, query: dict[str, list[str]]) -> Reply:
        calls.append(int(query["pageNumber"][0]))
        if len(calls) > PAGES_AT_MOST:  # without the check, the listing would never end
            return document({"status": 418, "message": "listed for ever"}, status=418)
        return page(guid(n % 200) for n in pick(len(calls)))

    return answer


@pytest.mark.parametrize(("name", "pick"), [("rotating", ROTATING), ("alternating", ALTERNATING)])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_pages_that_ignore_page_number_end_the_listing(
    name: str, pick: Callable[[int], range], mode: str, figures: Figures
) -> None:
    # Before: never ended (249,101 items in 10 s rotating, 222,801 alternating).
    calls: list[int] = []
    read: list[object] = []
    started = time.monotonic()
    with hostile(ignoring_page_number(pick, calls)) as (url, _):
        iot = session(url)

        def collect() -> None:
            with iot:
                read.extend(iot.devices.list())

        async def acollect() -> None:
            async with iot:
                async for device in iot.aio.devices.list():
                    read.append(device)

        run = collect if mode == "sync" else lambda: asyncio.run(acollect())
        with pytest.raises(DecodeError, match="repeats device"):
            run()
    seconds = time.monotonic() - started
    figures.add(
        PART, f"{name} pages ({mode}): items read, pages asked", f"{len(read)}, {len(calls)}"
    )
    assert len(read) == len({device.guid for device in read})  # type: ignore[attr-defined]
    assert len(calls) <= 3
    assert seconds < 10


def secrets_cases() -> Iterator[tuple[str, dict[str, str], str, type[IoTConnectError]]]:
    yield "solution key", {"solution_key": "cl\u00e9-SECRET-skey"}, "cl\u00e9", AuthenticationError
    yield "basic token", {"basic_token": "b\u00e4sic-SECRET"}, "b\u00e4sic", ApiError
    yield "access token", {"access_token": "acc\u00e8ss-SECRET"}, "acc\u00e8ss", ApiError


@pytest.mark.parametrize(("case", "script", "secret", "kind"), list(secrets_cases()))
def test_a_secret_a_header_cannot_carry_is_a_typed_error_without_it(
    case: str, script: dict[str, str], secret: str, kind: type[IoTConnectError], figures: Figures
) -> None:
    # Before: a raw UnicodeEncodeError whose args held the whole key or token.
    key = script.pop("solution_key", SOLUTION_KEY)
    reply = always(lambda: document({"data": [{"deviceCount": 1}], "status": 200}))
    with (
        hostile(reply, **script) as (url, _),
        session(url, key) as iot,
        pytest.raises(kind) as raised,
    ):
        iot.devices.count()
    shown = "".join(traceback.format_exception(raised.value)) + repr(raised.value)
    assert secret not in shown
    assert "SECRET" not in shown
    figures.add(PART, f"non-ASCII {case}", type(raised.value).__name__)
