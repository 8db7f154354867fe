"""What ``IoTConnect(check_replies="warn")`` costs per call, next to the same session without it.

Every call is ``list_devices`` through ``iot.device`` with ``pageSize`` items, answered in
process by an ``httpx.MockTransport`` that replays one page the mock rendered (so the network and
the mock's own work are out of the figure and the check's share is as large as it can be):

- ``off``: ``IoTConnect`` as usual;
- ``warn``: the same with every reply validated against the spec (no drift, so no log).

Sequential calls per second in ``--rounds`` interleaved rounds (off, warn, then warn, off ...),
each capped by ``--calls``; the ratio warn/off over the whole run and per round (min-max), for
each page size. Then the check alone: microseconds per reply for the same pages.

    .venv/bin/python benchmarks/check_replies.py
    .venv/bin/python benchmarks/check_replies.py --rounds 7 --calls 400 --sizes 10 50 1000

Not a CI gate: the ratios are what to read; absolute rates depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Callable
from functools import partial

import httpx

from iotconnect import IoTConnect
from iotconnect.replies import ReplyChecker
from iotconnect_client.api.device import list_devices
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, create_app

BASE = "http://mock/api/v2.1"


async def _page_from_mock(size: int) -> bytes:
    """One page of ``size`` devices, as the mock renders it."""
    async with IoTConnect(
        username=DEMO_USERNAME,
        password=DEMO_PASSWORD,
        solution_key=DEMO_SOLUTION_KEY,
        auth_url=BASE,
        device_url=BASE,
        transport=httpx.ASGITransport(create_app(demo_devices=size)),
    ) as iot:
        reply = await list_devices.asyncio_detailed(client=iot.device, page_size=size)
        assert reply.status_code == 200
        return reply.content


def _replaying(page: bytes) -> httpx.MockTransport:
    token = {"token_type": "bearer", "access_token": "a.b.c", "expires_in": 86400}
    token |= {"refresh_token": "r", "status": 200}
    basic = {"data": "YmFzaWM=", "status": 200, "message": "ok", "count": None}

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/Auth/basic-token"):
            return httpx.Response(200, json=basic)
        if path.endswith("/Auth/login"):
            return httpx.Response(200, json=token)
        return httpx.Response(200, content=page, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(answer)


def _session(page: bytes, check: bool) -> IoTConnect:
    return IoTConnect(
        username=DEMO_USERNAME,
        password=DEMO_PASSWORD,
        solution_key=DEMO_SOLUTION_KEY,
        auth_url=BASE,
        device_url=BASE,
        transport=_replaying(page),
        check_replies="warn" if check else None,
    )


def _rate(call: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        call()
    return calls / (time.perf_counter() - start)


def _measure(page: bytes, size: int, rounds: int, calls: int) -> None:
    rates: dict[bool, list[float]] = {False: [], True: []}
    sessions = {check: _session(page, check) for check in (False, True)}
    for iot in sessions.values():
        list_devices.sync_detailed(client=iot.device, page_size=size)  # log in, warm up
    for index in range(rounds):
        order = (False, True) if index % 2 == 0 else (True, False)
        for check in order:
            call = partial(
                list_devices.sync_detailed, client=sessions[check].device, page_size=size
            )
            rates[check].append(_rate(call, calls))
    for iot in sessions.values():
        assert iot.reply_drifts == ()
        iot.close()
    per_round = [on / off for on, off in zip(rates[True], rates[False], strict=True)]
    off, on = statistics.median(rates[False]), statistics.median(rates[True])
    print(
        f"pageSize {size:>5}: off {off:8.0f}/s  warn {on:8.0f}/s  "
        f"ratio warn/off {on / off:.3f} (rounds {min(per_round):.3f}-{max(per_round):.3f})"
    )


def _check_alone(page: bytes, size: int, calls: int) -> None:
    checker = ReplyChecker("warn")
    start = time.perf_counter()
    for _ in range(calls):
        checker.check("GET", "/Device", 200, page)
    micros = (time.perf_counter() - start) / calls * 1e6
    print(f"pageSize {size:>5}: the check alone {micros:8.1f} us per reply ({len(page)} bytes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 1000])
    args = parser.parse_args()
    start = time.perf_counter()
    ReplyChecker("warn")
    print(f"compiling every reply schema of the spec: {(time.perf_counter() - start) * 1e3:.1f} ms")
    for size in args.sizes:
        page = asyncio.run(_page_from_mock(size))
        calls = max(10, args.calls * 10 // max(size, 10))
        _measure(page, size, args.rounds, calls)
        _check_alone(page, size, calls)


if __name__ == "__main__":
    main()
