"""Single flight: a herd of threads and asyncio tasks across one expiry sends one refresh.

Run alone to see the numbers: pytest tests/overlay/test_herd.py -s
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

import pytest

from iotconnect import IoTConnect
from iotconnect_client.api.device import list_devices

from .fakes import DEADLINE, FakeClock, FakeService, join_all

THREADS = 32
TASKS = 200


@pytest.mark.parametrize("expired", [True, False], ids=["expired", "mandatory-window"])
async def test_herd_of_threads_and_tasks_sends_exactly_one_refresh(
    make_iot: Callable[..., IoTConnect], service: FakeService, clock: FakeClock, expired: bool
) -> None:
    # A slow refresh widens the window in which everybody piles up behind the first renewer.
    service.refresh_delay = 0.05
    iot = make_iot()
    login_token = iot.token_auth.token()
    clock.advance(301 if expired else 285)

    start = threading.Event()
    failures: list[BaseException] = []
    statuses: list[int] = []
    lock = threading.Lock()

    def record(status: int | None = None, error: BaseException | None = None) -> None:
        with lock:
            if error is not None:
                failures.append(error)
            else:
                statuses.append(int(status or 0))

    def in_thread() -> None:
        start.wait(DEADLINE)
        try:
            record(list_devices.sync_detailed(client=iot.device).status_code)
        except BaseException as exc:
            record(error=exc)

    async def in_task() -> None:
        try:
            record((await list_devices.asyncio_detailed(client=iot.device)).status_code)
        except BaseException as exc:
            record(error=exc)

    threads = [threading.Thread(target=in_thread) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    start.set()
    async with asyncio.timeout(DEADLINE):
        await asyncio.gather(*(in_task() for _ in range(TASKS)))
    await asyncio.to_thread(join_all, threads)
    elapsed = time.perf_counter() - began
    await iot.aclose()

    refreshes = service.counts["/Auth/refresh-token"]
    when = "expired" if expired else "mandatory window"
    print(
        f"\nherd ({when}): {THREADS} threads + {TASKS} tasks"
        f" -> {refreshes} refresh request(s), {service.counts['/Auth/login']} login(s),"
        f" {service.counts['/Device']} device requests, {len(failures)} failures,"
        f" {elapsed:.3f} s"
    )
    assert failures == []
    assert statuses == [200] * (THREADS + TASKS)
    assert refreshes == 1
    assert service.counts["/Auth/login"] == 1
    # Nobody was rejected, so nobody replayed: each call made exactly one device request.
    assert service.counts["/Device"] == THREADS + TASKS
    # No request carried the old token once the renewal was due (expired: the old one is dead).
    if expired:
        assert login_token.access_token not in service.seen_tokens
