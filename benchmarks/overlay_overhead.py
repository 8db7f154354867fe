"""What the client costs per call, next to raw httpx and the bare generated client, in one run.

Every figure is one page of ``GET /Device`` (``--page-sizes``, default 10 and 100) against one
mock served in its own process (``python -m iotconnect_mock serve``, see ``_mock.py``), so the
client under test has a CPU and a GIL to itself; loopback only.

- ``raw httpx``: ``httpx.Client.get`` with a bearer token obtained once by hand, and
  ``json.loads`` of the body: the floor any Python client stands on;
- ``bare generated``: ``list_devices.sync_detailed`` on the generated ``AuthenticatedClient``
  with that token (the generated models parse the page);
- ``IoTConnect (generated)``: the same function on ``iot.device`` of an ``IoTConnect`` session
  (``TokenAuth`` per request, the error boundary: retries, deadlines, typed errors, replies
  checked against the models);
- ``IoTConnect + FileTokenStore``: the same with tokens kept in files in a temp directory;
- ``iot.devices``: the whole stack, one page of ``iot.devices.list(page_size=N)``;
- the async twins of raw, bare and ``iot.aio.devices`` from ``--concurrency`` tasks sharing one
  client.

``one_by_one`` (``bench.py``'s per-call rows) times single calls instead of rounds: each cycle
makes one call of every variant in a rotating order (raw, bare, the session's generated call,
``iot.devices``, and a plain ``requests`` loop: ``requests.Session.get`` and ``.json()``), so
load from elsewhere on a shared machine falls on every variant within milliseconds; the figure
is the median per call.

Calls per second, in ``--rounds`` interleaved rounds (A B C, then C B A, ... so that drift on a
noisy machine cancels out); each variant has its ratio to its baseline, over the whole run and
per round (min-max). Every round is capped by ``--calls`` and ``--max-seconds``.

Then the herd: ``--threads`` threads and ``--tasks`` asyncio tasks sharing one ``IoTConnect``
session each make one call at once, through a token that is still fresh, through one the mock
has expired (``POST /_mock/clock/advance``; the client learns it from the 401s) and through one
that expired on both clocks (the session's clock is pushed too, so it renews before sending).
The same fresh herd through the bare generated client (bearer set by hand) is the yardstick for
contention in the overlay. Time to get through, as a ratio to the fresh herd, the requests seen
(counted by a transport passed to ``IoTConnect(transport=...)``: single flight means one refresh
and no login per herd), and the calls that failed.

    .venv/bin/python benchmarks/overlay_overhead.py
    .venv/bin/python benchmarks/overlay_overhead.py --rounds 9 --calls 500 --concurrency 50

``bench.py`` (``make bench``) runs the same measurements with page sizes 10 and 100, 50 tasks,
and a herd of 64 threads and 1,000 tasks. Not a CI gate: the ratios are what to read; absolute
rates depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

import httpx
import requests
from _mock import serve_mock

from iotconnect import FileTokenStore, IoTConnect, IoTConnectError
from iotconnect_client import AuthenticatedClient
from iotconnect_client.api.device import list_devices
from iotconnect_client.types import Response

DEVICES = 100
PAGE_SIZE = 10
API = "/api/v2.1"
#: The most one herd may take before its stragglers count as failed.
HERD_DEADLINE = 120.0

SyncCall = Callable[[], object]
"""A generated call (a ``Response``), a resource call (a model) or a raw one; failures raise."""
AsyncCall = Callable[[], Awaitable[object]]


@dataclass
class Tally:
    """One variant's calls over every round."""

    name: str
    baseline: str | None
    calls: int = 0
    errors: int = 0
    seconds: float = 0.0
    rates: list[float] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.calls / self.seconds if self.seconds else 0.0

    def add(self, calls: int, errors: int, seconds: float) -> None:
        self.calls += calls
        self.errors += errors
        self.seconds += seconds
        self.rates.append(calls / seconds if seconds else 0.0)


# -- the clients ------------------------------------------------------------------------------


def login_by_hand(api: str) -> str:
    """The vendor's flow with plain httpx: basic token, then login; the access token."""
    from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME

    with httpx.Client(base_url=api) as http:
        basic = http.get("/Auth/basic-token").raise_for_status().json()["data"]
        reply = http.post(
            "/Auth/login",
            headers={"Authorization": f"Basic {basic}", "solution-key": DEMO_SOLUTION_KEY},
            json={"username": DEMO_USERNAME, "password": DEMO_PASSWORD},
        ).raise_for_status()
        token: str = reply.json()["access_token"]
        return token


def session(api: str, **options: Any) -> IoTConnect:
    """An ``IoTConnect`` session for the demo user, bypassing discovery."""
    from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME

    return IoTConnect(
        username=DEMO_USERNAME,
        password=DEMO_PASSWORD,
        solution_key=DEMO_SOLUTION_KEY,
        auth_url=api,
        device_url=api,
        **options,
    )


class CountingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpx's own sync and async transports, counting what goes through by path and status."""

    def __init__(self) -> None:
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()
        self._lock = threading.Lock()
        self.counts: Counter[str] = Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._sync.handle_request(request)
        self._count(request, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._async.handle_async_request(request)
        self._count(request, response)
        return response

    def _count(self, request: httpx.Request, response: httpx.Response) -> None:
        path = request.url.path.lower()
        with self._lock:
            self.counts["requests"] += 1
            if path.endswith("/auth/refresh-token"):
                self.counts["refresh"] += 1
            elif path.endswith("/auth/login"):
                self.counts["login"] += 1
            if response.status_code == httpx.codes.UNAUTHORIZED:
                self.counts["401"] += 1

    def snapshot(self) -> Counter[str]:
        with self._lock:
            return Counter(self.counts)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


# -- sequential and concurrent calls ----------------------------------------------------------


def _failed(result: object) -> bool:
    # Generated functions on a bare client return a Response whatever the status; the session's
    # calls and the resources raise instead.
    return isinstance(result, Response) and result.status_code != HTTPStatus.OK


def sync_round(call: SyncCall, calls: int, max_seconds: float) -> tuple[int, int, float]:
    """``calls`` calls one after the other (at most ``max_seconds``): done, errors, seconds."""
    done = errors = 0
    started = time.perf_counter()
    deadline = started + max_seconds
    while done < calls and time.perf_counter() < deadline:
        try:
            result = call()
        except IoTConnectError:
            errors += 1
        else:
            errors += _failed(result)
        done += 1
    return done, errors, time.perf_counter() - started


async def async_round(
    call: AsyncCall, calls: int, concurrency: int, max_seconds: float
) -> tuple[int, int, float]:
    """``calls`` calls from ``concurrency`` tasks (at most ``max_seconds``)."""
    done = errors = started_calls = 0
    started = time.perf_counter()
    deadline = started + max_seconds

    async def lane() -> None:
        nonlocal done, errors, started_calls
        while started_calls < calls and time.perf_counter() < deadline:
            started_calls += 1
            try:
                result = await call()
            except IoTConnectError:
                errors += 1
            else:
                errors += _failed(result)
            done += 1

    await asyncio.gather(*(lane() for _ in range(concurrency)))
    return done, errors, time.perf_counter() - started


def interleaved(names: list[str], rounds: int) -> Iterator[tuple[int, str]]:
    """A B C, C B A, A B C, ...: linear drift weighs on every variant alike."""
    for r in range(rounds):
        for name in names if r % 2 == 0 else reversed(names):
            yield r, name


def one_by_one(variants: dict[str, SyncCall], cycles: int, warmup: int) -> dict[str, list[float]]:
    """Seconds of each single call over ``cycles`` cycles, each variant once per cycle.

    The order rotates from cycle to cycle (and reverses every other one), so no variant always
    follows the same one; a call that raises is an error of the benchmark, not a sample.
    """
    names = list(variants)
    for call in variants.values():
        for _ in range(warmup):
            call()
    samples: dict[str, list[float]] = {name: [] for name in names}
    clock = time.perf_counter
    for cycle in range(cycles):
        shift = cycle % len(names)
        order = names[shift:] + names[:shift]
        for name in order if cycle % 2 == 0 else reversed(order):
            call = variants[name]
            started = clock()
            result = call()
            samples[name].append(clock() - started)
            if _failed(result):
                raise RuntimeError(f"{name}: {result}")
    return samples


def measure_sync(
    variants: dict[str, SyncCall], tallies: dict[str, Tally], args: argparse.Namespace
) -> None:
    for call in variants.values():
        sync_round(call, args.warmup, args.max_seconds)
    for _, name in interleaved(list(variants), args.rounds):
        tallies[name].add(*sync_round(variants[name], args.calls, args.max_seconds))


async def measure_async(
    variants: dict[str, AsyncCall], tallies: dict[str, Tally], args: argparse.Namespace
) -> None:
    for call in variants.values():
        await async_round(call, args.warmup, args.concurrency, args.max_seconds)
    for _, name in interleaved(list(variants), args.rounds):
        outcome = await async_round(
            variants[name], args.async_calls, args.concurrency, args.max_seconds
        )
        tallies[name].add(*outcome)


# -- the herd ---------------------------------------------------------------------------------


@dataclass
class HerdRound:
    kind: str
    seconds: float
    counts: Counter[str]
    errors: int


class ShiftableClock:
    """``time.monotonic`` plus an offset the benchmark can push forward."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset


def herd_once(
    client: AuthenticatedClient,
    runner: asyncio.Runner,
    transport: CountingTransport,
    *,
    threads: int,
    tasks: int,
) -> tuple[float, Counter[str], int]:
    """``threads`` threads and ``tasks`` tasks make one call each, all at once."""
    go = threading.Event()
    statuses: list[int] = []
    statuses_lock = threading.Lock()

    def in_thread() -> None:
        go.wait(timeout=HERD_DEADLINE)
        status = 0  # the session raises where the bare client returns the status
        with contextlib.suppress(IoTConnectError):
            status = list_devices.sync_detailed(client=client, page_size=PAGE_SIZE).status_code
        with statuses_lock:
            statuses.append(status)

    async def in_tasks() -> tuple[float, list[int]]:
        async def one() -> int:
            try:
                reply = await list_devices.asyncio_detailed(client=client, page_size=PAGE_SIZE)
            except IoTConnectError:
                return 0
            return reply.status_code

        started = time.perf_counter()
        go.set()
        return started, list(await asyncio.gather(*(one() for _ in range(tasks))))

    workers = [threading.Thread(target=in_thread) for _ in range(threads)]
    for worker in workers:
        worker.start()
    before = transport.snapshot()
    started, task_statuses = runner.run(in_tasks())
    for worker in workers:
        worker.join(timeout=HERD_DEADLINE)
    elapsed = time.perf_counter() - started
    counts = transport.snapshot()
    counts.subtract(before)
    # A thread still running past the deadline counts as failed too.
    errors = sum(status != HTTPStatus.OK for status in [*statuses, *task_statuses])
    errors += threads - len(statuses)
    return elapsed, counts, errors


def measure_herd(origin: str, args: argparse.Namespace) -> list[HerdRound]:
    transport = CountingTransport()
    clock = ShiftableClock()
    results: list[HerdRound] = []
    with (
        asyncio.Runner() as runner,
        session(origin + API, transport=transport, clock=clock) as iot,
        httpx.Client(base_url=origin) as control,
    ):
        lifetime = iot.token_auth.token().lifetime  # logs in
        # The bare client on the same counting transport, its bearer set by hand each round.
        bare = AuthenticatedClient(
            base_url=origin + API,
            token=iot.token_auth.token().access_token,
            httpx_args={"transport": transport},
        )
        herd = {"threads": args.threads, "tasks": args.tasks}
        kinds = ["fresh, bare client", "fresh", "expired (mock clock)", "expired (both clocks)"]
        warmup = [(-1, "fresh, bare client"), (-1, "fresh")]
        for r, kind in [*warmup, *interleaved(kinds, args.herd_rounds)]:
            client = iot.device
            if kind == "fresh, bare client":
                bearer = f"Bearer {iot.token_auth.token().access_token}"
                for http in (bare.get_httpx_client(), bare.get_async_httpx_client()):
                    http.headers["Authorization"] = bearer
                client = bare
            elif kind != "fresh":
                control.post("/_mock/clock/advance", json={"seconds": lifetime + 1})
                if kind == "expired (both clocks)":
                    clock.offset += lifetime + 1
            elapsed, counts, errors = herd_once(client, runner, transport, **herd)
            if r >= 0:  # round -1 is the warm-up: connections, first-call costs
                results.append(HerdRound(kind, elapsed, counts, errors))
        runner.run(iot.aclose())
        runner.run(bare.get_async_httpx_client().aclose())
        bare.get_httpx_client().close()
    return results


# -- report -----------------------------------------------------------------------------------


def print_calls(tallies: list[Tally]) -> None:
    by_name = {t.name: t for t in tallies}
    print(
        f"{'variant':<32} {'calls':>6} {'errors':>6} {'seconds':>7} {'calls/s':>8}"
        f" {'vs baseline':>11} {'per round':>11}"
    )
    for t in tallies:
        base = by_name[t.baseline] if t.baseline else None
        ratio = per_round = ""
        if base is not None and base.rate:
            ratio = f"{t.rate / base.rate:.2f}x"
            rounds = [r / b for r, b in zip(t.rates, base.rates, strict=True) if b]
            per_round = f"{min(rounds):.2f}-{max(rounds):.2f}"
        print(
            f"{t.name:<32} {t.calls:>6} {t.errors:>6} {t.seconds:>7.2f} {t.rate:>8,.0f}"
            f" {ratio:>11} {per_round:>11}"
        )


def print_herd(rounds: list[HerdRound], threads: int, tasks: int) -> None:
    print(f"herd: {threads} threads + {tasks} asyncio tasks, one call each, one session")
    print(
        f"{'herd':<22} {'rounds':>6} {'median s':>8} {'vs fresh':>8} {'refresh':>7}"
        f" {'login':>5} {'401s':>7} {'requests':>8} {'errors':>6}"
    )
    fresh = statistics.median(r.seconds for r in rounds if r.kind == "fresh")
    for kind in dict.fromkeys(r.kind for r in rounds):
        mine = [r for r in rounds if r.kind == kind]
        median = statistics.median(r.seconds for r in mine)

        def per_round(key: str, of: list[HerdRound] = mine) -> str:
            low, high = min(r.counts[key] for r in of), max(r.counts[key] for r in of)
            return str(low) if low == high else f"{low}-{high}"

        print(
            f"{kind:<22} {len(mine):>6} {median:>8.3f} {median / fresh:>7.2f}x"
            f" {per_round('refresh'):>7} {per_round('login'):>5} {per_round('401'):>7}"
            f" {per_round('requests'):>8} {sum(r.errors for r in mine):>6}"
        )
    print("(refresh, login, 401s, requests: per herd, min-max over the rounds)")


def build_parser() -> argparse.ArgumentParser:
    """The command line, also what ``bench.py`` takes the defaults from."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds per variant")
    parser.add_argument("--calls", type=int, default=1000, help="sequential calls per sync round")
    parser.add_argument("--async-calls", type=int, default=1000, help="calls per async round")
    parser.add_argument("--concurrency", type=int, default=16, help="tasks in the async rounds")
    parser.add_argument("--warmup", type=int, default=50, help="untimed calls per variant first")
    parser.add_argument("--max-seconds", type=float, default=5.0, help="time cap per round")
    parser.add_argument(
        "--page-sizes",
        type=lambda text: [int(size) for size in text.split(",")],
        default=[PAGE_SIZE, DEVICES],
        help="comma-separated page sizes (at most the mock's devices)",
    )
    parser.add_argument("--threads", type=int, default=32, help="threads in the herd")
    parser.add_argument("--tasks", type=int, default=200, help="asyncio tasks in the herd")
    parser.add_argument("--herd-rounds", type=int, default=6, help="rounds of each herd")
    return parser


RAW = "raw httpx"
BARE = "bare generated"
SESSION = "IoTConnect (generated)"
FILE_STORE = "IoTConnect + FileTokenStore"
STACK = "iot.devices"
REQUESTS = "requests loop"
#: Each variant and the one its ratio is to.
BASELINES: dict[str, str | None] = {
    RAW: None,
    BARE: RAW,
    SESSION: BARE,
    FILE_STORE: BARE,
    STACK: RAW,
    REQUESTS: RAW,
}


def variant(name: str, page_size: int, concurrency: int | None = None) -> str:
    """A tally's name: ``page 10: iot.devices``, ``page 10, 50 tasks: iot.devices``."""
    tasks = "" if concurrency is None else f", {concurrency} tasks"
    return f"page {page_size}{tasks}: {name}"


def _sync_calls(
    raw: httpx.Client, bare: AuthenticatedClient, iot: IoTConnect, iot_file: IoTConnect, size: int
) -> dict[str, SyncCall]:
    query = {"pageNumber": 1, "pageSize": size}
    return {
        RAW: lambda: json.loads(raw.get("/Device", params=query).content),
        BARE: lambda: list_devices.sync_detailed(client=bare, page_size=size),
        SESSION: lambda: list_devices.sync_detailed(client=iot.device, page_size=size),
        FILE_STORE: lambda: list_devices.sync_detailed(client=iot_file.device, page_size=size),
        STACK: lambda: next(iot.devices.list(page_size=size).pages()),
    }


def requests_session(token: str) -> requests.Session:
    """A plain ``requests`` session with the bearer set by hand: the everyday baseline."""
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    return http


def _requests_call(http: requests.Session, api: str, size: int) -> SyncCall:
    query = {"pageNumber": 1, "pageSize": size}
    return lambda: http.get(api + "/Device", params=query).json()


def measure_one_by_one(
    origin: str, page_sizes: list[int], cycles: int, warmup: int = 20
) -> dict[int, dict[str, list[float]]]:
    """``one_by_one`` at each page size: raw, bare, session, ``iot.devices``, ``requests``."""
    api = origin + API
    token = login_by_hand(api)
    samples: dict[int, dict[str, list[float]]] = {}
    with ExitStack() as stack:
        raw = stack.enter_context(
            httpx.Client(base_url=api, headers={"Authorization": f"Bearer {token}"})
        )
        bare = stack.enter_context(AuthenticatedClient(base_url=api, token=token))
        iot = stack.enter_context(session(api))
        plain = stack.enter_context(requests_session(token))
        for size in page_sizes:
            calls = _sync_calls(raw, bare, iot, iot, size)
            del calls[FILE_STORE]  # a token store changes nothing per call (see the rounds)
            calls[REQUESTS] = _requests_call(plain, api, size)
            print(f"page {size}: {cycles} cycles, one call of each variant per cycle", flush=True)
            samples[size] = one_by_one(calls, cycles, warmup)
    return samples


def measure_calls(origin: str, args: argparse.Namespace) -> list[Tally]:
    """Every variant at every page size, sequential and concurrent; the tallies in order."""
    api = origin + API
    token = login_by_hand(api)
    tallies: dict[str, Tally] = {}
    with ExitStack() as stack:
        raw = stack.enter_context(
            httpx.Client(base_url=api, headers={"Authorization": f"Bearer {token}"})
        )
        bare = stack.enter_context(AuthenticatedClient(base_url=api, token=token))
        iot = stack.enter_context(session(api))
        token_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix="iotc-tokens-"))
        iot_file = stack.enter_context(session(api, token_store=FileTokenStore(token_dir)))
        for size in args.page_sizes:
            sync = _sync_calls(raw, bare, iot, iot_file, size)
            named = {variant(name, size): call for name, call in sync.items()}
            for name in sync:
                baseline = BASELINES[name]
                tallies[variant(name, size)] = Tally(
                    variant(name, size), None if baseline is None else variant(baseline, size)
                )
            print(f"page {size}: {args.rounds} rounds of {args.calls} calls each", flush=True)
            measure_sync(named, tallies, args)
            print(f"page {size}, {args.concurrency} tasks: {args.rounds} rounds", flush=True)
            asyncio.run(_measure_async_calls(api, token, size, tallies, args))
    return list(tallies.values())


async def _measure_async_calls(
    api: str, token: str, size: int, tallies: dict[str, Tally], args: argparse.Namespace
) -> None:
    query = {"pageNumber": 1, "pageSize": size}

    async def raw_call() -> object:
        return json.loads((await raw.get("/Device", params=query)).content)

    async def stack_call() -> object:
        async for page in aiot.aio.devices.list(page_size=size).pages():
            return page
        return None

    async with (
        httpx.AsyncClient(base_url=api, headers={"Authorization": f"Bearer {token}"}) as raw,
        AuthenticatedClient(base_url=api, token=token) as bare,
        session(api) as aiot,
    ):
        calls: dict[str, AsyncCall] = {
            RAW: raw_call,
            BARE: lambda: list_devices.asyncio_detailed(client=bare, page_size=size),
            STACK: stack_call,
        }
        for name in calls:
            baseline = BASELINES[name]
            key = variant(name, size, args.concurrency)
            tallies[key] = Tally(
                key, None if baseline is None else variant(baseline, size, args.concurrency)
            )
        await measure_async(
            {variant(name, size, args.concurrency): call for name, call in calls.items()},
            tallies,
            args,
        )


def main() -> int:
    """Measure the calls and the herd against one mock; print both tables."""
    args = build_parser().parse_args()
    from iotconnect_mock.server import EVENT_LOOP, HTTP_PARSER

    with serve_mock(devices=DEVICES) as origin:
        print(
            f"mock: {DEVICES} devices, uvicorn ({HTTP_PARSER}, {EVENT_LOOP}) on {origin},"
            " in its own process",
            flush=True,
        )
        tallies = measure_calls(origin, args)
        print(f"herd: {args.herd_rounds} rounds of each", flush=True)
        herd = measure_herd(origin, args)

    print()
    print_calls(tallies)
    print()
    print_herd(herd, args.threads, args.tasks)
    errors = sum(t.errors for t in tallies) + sum(r.errors for r in herd)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
