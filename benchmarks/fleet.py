"""Fleet scale: the mock's cost per request at 100,000 devices against 1,000, bulk import at
concurrency 1, 8 and 32, and the client's peak memory listing 100,000 devices.

- **growth**: two mocks in their own processes (``iotconnect mock serve --seed-devices N
  --list-cache 0``: every page from SQLite, no cached pages), 1,000 and 100,000 demo devices.
  Each operation is sent ``--calls`` times in a row to one, then the other, alternating over
  ``--rounds``; the cost per request is the server's CPU time (``/proc``, user + system) over
  the requests, so the client's own load does not count. The operations: a list page (100
  devices, pages spread over the whole fleet), a filtered list (``Status=inactive``, pages
  1-2, and the two pages in the middle of the matches), a sorted list (``sortBy=uniqueId asc``,
  pages 1-5), the count (``status=active``), a create (new unique ids) and a get by unique id
  (ids spread over the fleet).
- **import**: ``iot.devices.import_rows`` of ``--rows`` rows (10,000) into a fresh mock with no
  devices, at each ``--concurrency`` (1, 8, 32), the client in this process, the mock in its own
  (in memory, access log off). Wall time, rows per second, the speed-up against concurrency 1,
  and where the time went: the mock's CPU and this process's CPU over the wall time.
- **memory**: ``for device in iot.devices.list(page_size=1000)`` over the 100,000-device mock in
  a fresh interpreter, its peak RSS (``ru_maxrss``) against the same loop over the 1,000-device
  mock.

    .venv/bin/python benchmarks/fleet.py
    .venv/bin/python benchmarks/fleet.py --rounds 1 --calls 100 --rows 2000

``bench.py`` (``make bench``) runs the same and adds the rows to its table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
from _mock import HOST, free_port, mock_command, mock_env, process
from mock_throughput import cpu_seconds
from overlay_overhead import interleaved, login_by_hand, session

API = "/api/v2.1"
SIZES = (1_000, 100_000)
CONCURRENCY = (1, 8, 32)
PAGE = 100

#: One request of an operation: the call number, the fleet size and what the fleet holds.
Request = Callable[[int, int, "Fleet"], httpx.Request]


@dataclass
class Fleet:
    """A mock serving ``devices`` demo devices, and what requests to it need."""

    devices: int
    origin: str
    pid: int
    client: httpx.Client
    template: str = ""
    entity: str = ""
    creates: int = 0

    def unique_id(self, n: int) -> str:
        """The demo seed's unique id of device ``n`` (1-based), as ``seed.py`` names it."""
        width = max(2, len(str(self.devices)))
        kind = "demo-gw" if n % 5 == 1 else "demo-sensor"
        return f"{kind}-{n:0{width}d}"


def _spread(i: int, pages: int) -> int:
    # Call i's page: a stride that visits pages all over the fleet, never two in a row alike.
    return 1 + (i * 7919) % max(1, pages)


def _list_page(i: int, n: int, fleet: Fleet) -> httpx.Request:
    params: dict[str, str | int] = {"pageSize": PAGE, "pageNumber": _spread(i, n // PAGE)}
    return fleet.client.build_request("GET", f"{API}/Device", params=params)


def _filtered(i: int, n: int, fleet: Fleet) -> httpx.Request:
    # A quarter of the demo devices are inactive: 250 of 1,000, so pages 1 and 2 are full.
    params: dict[str, str | int] = {"pageSize": PAGE, "Status": "inactive", "pageNumber": 1 + i % 2}
    return fleet.client.build_request("GET", f"{API}/Device", params=params)


def _filtered_deep(i: int, n: int, fleet: Fleet) -> httpx.Request:
    # The two pages in the middle of the inactive devices (pages 1-2 of 1,000 devices).
    middle = max(1, n // 4 // PAGE // 2)
    params: dict[str, str | int] = {
        "pageSize": PAGE,
        "Status": "inactive",
        "pageNumber": middle + i % 2,
    }
    return fleet.client.build_request("GET", f"{API}/Device", params=params)


def _sorted(i: int, n: int, fleet: Fleet) -> httpx.Request:
    params: dict[str, str | int] = {
        "pageSize": PAGE,
        "sortBy": "uniqueId asc",
        "pageNumber": 1 + i % 5,
    }
    return fleet.client.build_request("GET", f"{API}/Device", params=params)


def _count(i: int, n: int, fleet: Fleet) -> httpx.Request:
    return fleet.client.build_request("GET", f"{API}/Device/count", params={"status": "active"})


def _create(i: int, n: int, fleet: Fleet) -> httpx.Request:
    fleet.creates += 1
    body = {
        "uniqueId": f"bench-new-{fleet.creates}",
        "displayName": "Bench",
        "deviceTemplateGuid": fleet.template,
        "entityGuid": fleet.entity,
    }
    return fleet.client.build_request("POST", f"{API}/Device", json=body)


def _by_unique_id(i: int, n: int, fleet: Fleet) -> httpx.Request:
    unique_id = fleet.unique_id(_spread(i, n))
    return fleet.client.build_request("GET", f"{API}/Device/uniqueId/{unique_id}")


OPERATIONS: dict[str, Request] = {
    "list page (100, anywhere in the fleet)": _list_page,
    "filtered list (Status=inactive, pages 1-2)": _filtered,
    "filtered list (Status=inactive, middle pages)": _filtered_deep,
    "sorted list (uniqueId asc, pages 1-5)": _sorted,
    "count (status=active)": _count,
    "create": _create,
    "get by unique id": _by_unique_id,
}


@dataclass
class Growth:
    """One operation's cost per request at each fleet size."""

    operation: str
    cpu_us: dict[int, list[float]] = field(default_factory=dict)
    wall_us: dict[int, list[float]] = field(default_factory=dict)
    errors: int = 0

    def median(self, size: int) -> float:
        return statistics.median(self.cpu_us[size])

    @property
    def ratio(self) -> float:
        small, large = SIZES
        return self.median(large) / self.median(small)


@contextmanager
def fleet_mock(devices: int, *, list_cache: bool = False) -> Iterator[Fleet]:
    """A mock with ``devices`` demo devices in its own process, logged in."""
    port = free_port()
    origin = f"http://{HOST}:{port}"
    command = mock_command(port, devices=devices, list_cache=list_cache)
    # Seeding 100,000 devices takes seconds on an idle machine, a good deal more on a busy one.
    with process(command, f"{origin}/_mock/clock", mock_env(), start=600) as proc:
        api = f"{origin}{API}"
        token = login_by_hand(api)
        client = httpx.Client(
            base_url=origin, headers={"Authorization": f"Bearer {token}"}, timeout=60
        )
        with client:
            fleet = Fleet(devices, origin, proc.pid, client)
            templates = client.get(f"{API}/device-template").raise_for_status().json()["data"]
            fleet.template = next(t["guid"] for t in templates if t["code"] == "tempsensor")
            if devices:
                first = client.get(f"{API}/Device/uniqueId/{fleet.unique_id(1)}")
                fleet.entity = first.raise_for_status().json()["data"][0]["entityGuid"]
            yield fleet


def measure_growth(rounds: int, calls: int) -> list[Growth]:
    """Each operation's server CPU per request at both sizes, alternating between them."""
    results = {name: Growth(name) for name in OPERATIONS}
    with ExitStack() as stack:
        fleets = {size: stack.enter_context(fleet_mock(size)) for size in SIZES}
        for name, make in OPERATIONS.items():
            for _, label in interleaved([str(size) for size in SIZES], rounds):
                size = int(label)
                cpu, wall, errors = _batch(fleets[size], make, calls)
                results[name].cpu_us.setdefault(size, []).append(cpu)
                results[name].wall_us.setdefault(size, []).append(wall)
                results[name].errors += errors
    return list(results.values())


def _batch(fleet: Fleet, make: Request, calls: int) -> tuple[float, float, int]:
    # Warm the path (and SQLite's page cache) first: the first request of a kind is no sample.
    fleet.client.send(make(-1, fleet.devices, fleet))
    errors = 0
    cpu_before, started = cpu_seconds(fleet.pid), time.perf_counter()
    for i in range(calls):
        reply = fleet.client.send(make(i, fleet.devices, fleet))
        errors += reply.status_code not in (200, 204)
    wall = time.perf_counter() - started
    cpu = cpu_seconds(fleet.pid) - cpu_before
    return cpu / calls * 1e6, wall / calls * 1e6, errors


@dataclass
class ImportRun:
    """One import: rows, concurrency, wall time and where the CPU time went."""

    concurrency: int
    rows: int
    seconds: float
    server_cpu: float
    client_cpu: float
    created: int
    failed: int

    @property
    def rate(self) -> float:
        return self.rows / self.seconds


def import_rows(rows: int, concurrency: int) -> ImportRun:
    """``rows`` rows through ``iot.devices.import_rows`` into a fresh, empty mock."""
    data = [
        {"uniqueId": f"import-{n:06d}", "displayName": f"Imported {n}", "template": "tempsensor"}
        for n in range(rows)
    ]
    with fleet_mock(0) as fleet, session(f"{fleet.origin}{API}") as iot:
        iot.devices.count()  # log in before the clock starts
        cpu_before, client_before = cpu_seconds(fleet.pid), time.process_time()
        started = time.perf_counter()
        summary = iot.devices.import_rows(data, concurrency=concurrency)
        seconds = time.perf_counter() - started
        server_cpu = cpu_seconds(fleet.pid) - cpu_before
        client_cpu = time.process_time() - client_before
        assert iot.devices.count() == rows - len(summary.failed)
    return ImportRun(
        concurrency, rows, seconds, server_cpu, client_cpu, summary.created, len(summary.failed)
    )


_LISTING = """
import json, resource, sys
from iotconnect import IoTConnect
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME
api = sys.argv[1]
with IoTConnect(username=DEMO_USERNAME, password=DEMO_PASSWORD, solution_key=DEMO_SOLUTION_KEY,
                auth_url=api, device_url=api) as iot:
    seen = sum(1 for _ in iot.devices.list(page_size=1000))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"devices": seen, "max_rss_kb": peak}))
"""


def listing_memory() -> dict[int, dict[str, int]]:
    """Peak RSS of a fresh interpreter listing every device, at each fleet size."""
    peaks: dict[int, dict[str, int]] = {}
    for size in SIZES:
        with fleet_mock(size, list_cache=True) as fleet:
            done = subprocess.run(
                [sys.executable, "-c", _LISTING, f"{fleet.origin}{API}"],
                capture_output=True,
                text=True,
                timeout=600,
                check=True,
                env=mock_env(),
            )
        peaks[size] = json.loads(done.stdout)
    return peaks


def seed_seconds(devices: int) -> float:
    """How long ``serve --seed-devices N`` takes until it answers."""
    started = time.perf_counter()
    with fleet_mock(devices):
        return time.perf_counter() - started


def _print(
    growth: list[Growth], imports: list[ImportRun], memory: dict[int, dict[str, Any]]
) -> None:
    small, large = SIZES
    print(f"{'operation':48} {small:>9,} {large:>9,}  growth  (server CPU µs per request)")
    for g in growth:
        print(f"{g.operation:48} {g.median(small):9.0f} {g.median(large):9.0f}  {g.ratio:5.2f}x")
    base = imports[0]
    for run in imports:
        print(
            f"import {run.rows:,} rows, concurrency {run.concurrency:>2}: {run.seconds:6.1f} s, "
            f"{run.rate:6.0f} rows/s, {base.seconds / run.seconds:4.2f}x; mock CPU "
            f"{run.server_cpu / run.seconds:4.0%} of the wall time, client CPU "
            f"{run.client_cpu / run.seconds:4.0%}; failed {run.failed}"
        )
    for peak in memory.values():
        print(f"list {peak['devices']:,} devices: peak RSS {peak['max_rss_kb'] / 1024:.1f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, nargs="+", default=list(CONCURRENCY))
    args = parser.parse_args()
    growth = measure_growth(args.rounds, args.calls)
    imports = [import_rows(args.rows, c) for c in args.concurrency]
    _print(growth, imports, listing_memory())
    return 0


if __name__ == "__main__":
    sys.exit(main())
