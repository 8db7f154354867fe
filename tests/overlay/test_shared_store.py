"""Sessions sharing a token store across an expiry renew once: the store's lock is held from
re-reading the store to saving the renewal, so the others adopt the new token instead of
spending the rotated refresh token again (409) and logging in. Four processes over real HTTP,
sessions in one process (threads and tasks), and a store that cannot be used."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from iotconnect import (
    FileTokenStore,
    IoTConnect,
    MemoryTokenStore,
    TokenAuth,
    TokenStore,
    TokenStoreError,
)
from iotconnect_mock import create_app, serve_in_thread

from .fakes import FakeClock, FakeService, join_all
from .inprocess import demo_session

PROCESSES = 4
# The children's wall clock runs this far ahead: the token the parent stored (300 s) has expired
# for them, while the mock still takes it; the renewal is what is under test.
AHEAD = 400.0


class _Counting(httpx.HTTPTransport):
    """The network transport, counting requests per path and status."""

    def __init__(self) -> None:
        super().__init__(verify=False)
        self.counts: Counter[str] = Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        path = request.url.path.removeprefix("/api/v2.1")
        self.counts[path] += 1
        self.counts[f"status {response.status_code}"] += 1
        return response


def _child(base: str, directory: str, start: float, out: str) -> None:
    transport = _Counting()
    store = FileTokenStore(directory, wall_clock=lambda: time.time() + AHEAD)
    settings = {"auth_url": f"{base}/api/v2.1", "device_url": f"{base}/api/v2.1"}
    with demo_session(transport, token_store=store, **settings) as iot:
        while time.time() < start:  # all four set off together (start is a few seconds away)
            time.sleep(0.001)
        devices = iot.devices.count()
    Path(out).write_text(json.dumps({"devices": devices, **transport.counts}))


@pytest.mark.slow
def test_four_processes_renew_once(tmp_path: Path) -> None:
    directory = tmp_path / "tokens"
    with serve_in_thread(create_app(token_ttl=300)) as base:
        settings = {"auth_url": f"{base}/api/v2.1", "device_url": f"{base}/api/v2.1"}
        with demo_session(None, token_store=FileTokenStore(directory), **settings) as iot:
            iot.token_auth.token()  # the parent logs in once and stores the token
        context = multiprocessing.get_context("spawn")
        start = time.time() + 4.0
        outs = [tmp_path / f"child-{n}.json" for n in range(PROCESSES)]
        children = [
            context.Process(target=_child, args=(base, str(directory), start, str(out)))
            for out in outs
        ]
        for child in children:
            child.start()
        join_all(children, within=60)
    assert [child.exitcode for child in children] == [0] * PROCESSES
    totals: Counter[str] = Counter()
    for out in outs:
        totals.update(json.loads(out.read_text()))
    assert totals["devices"] == 5 * PROCESSES
    assert totals["/Auth/refresh-token"] == 1
    assert totals["/Auth/login"] == totals["/Auth/basic-token"] == 0
    assert totals["status 409"] == totals["status 401"] == 0


def test_threads_of_two_sessions_renew_once(
    make_auth: Callable[..., TokenAuth], service: FakeService, clock: FakeClock
) -> None:
    store = MemoryTokenStore()
    sessions = [make_auth(store=store) for _ in range(2)]
    sessions[0].token()
    sessions[1].token()  # adopted from the store
    clock.advance(301)
    service.refresh_delay = 0.05  # long enough for every thread to arrive during the renewal
    barrier = threading.Barrier(8)

    def renew(auth: TokenAuth) -> None:
        barrier.wait(timeout=10)
        auth.token()

    threads = [threading.Thread(target=renew, args=(sessions[n % 2],)) for n in range(8)]
    for thread in threads:
        thread.start()
    join_all(threads)
    assert service.counts["/Auth/refresh-token"] == 1
    assert service.counts["/Auth/login"] == 1
    assert sessions[0].token().access_token == sessions[1].token().access_token


async def test_tasks_of_two_sessions_sharing_a_file_store_renew_once(
    make_auth: Callable[..., TokenAuth], service: FakeService, clock: FakeClock, tmp_path: Path
) -> None:
    def wall() -> float:
        return clock.now + 1.7e9

    sessions = [
        make_auth(store=FileTokenStore(tmp_path, clock=clock, wall_clock=wall)) for _ in range(2)
    ]
    await sessions[0].atoken()
    await sessions[1].atoken()
    clock.advance(301)
    service.refresh_delay = 0.05
    await asyncio.wait_for(
        asyncio.gather(*(sessions[n % 2].atoken() for n in range(20))), timeout=20
    )
    assert service.counts["/Auth/refresh-token"] == 1
    assert service.counts["/Auth/login"] == 1


class _WithoutLock:
    """A store with no lock of its own: sessions sharing it renew independently."""

    def __init__(self) -> None:
        self._inner = MemoryTokenStore()
        self.load, self.save, self.delete = self._inner.load, self._inner.save, self._inner.delete


def test_a_store_without_a_lock_still_works(
    make_auth: Callable[..., TokenAuth], service: FakeService, clock: FakeClock
) -> None:
    store: TokenStore = _WithoutLock()
    first = make_auth(store=store).token()
    assert make_auth(store=store).token().access_token == first.access_token
    assert service.counts["/Auth/login"] == 1


def test_an_unusable_store_fails_before_any_login(tmp_path: Path, service: FakeService) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    store = FileTokenStore(blocker / "tokens")
    iot: IoTConnect = demo_session(service, token_store=store)
    with iot, pytest.raises(TokenStoreError, match=r"a-file/tokens' is unusable: Not a directory"):
        iot.devices.count()
    assert service.counts == {}
