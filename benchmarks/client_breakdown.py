"""Where the client's time goes on one page of devices: CPU per call, in process, no network.

The page is what the mock sends (its own list items, rendered in process), answered by an
``httpx.MockTransport``, so the figures hold on a busy machine where loopback timings scatter
(as ``auth_flow_cost.py`` does for the token flow). For each page size, CPU time of this
process per call, the minimum over ``--rounds`` interleaved rounds:

- calls: raw httpx + ``json.loads``; the bare generated client (``list_devices``); the whole
  stack (one page of ``iot.devices.list``);
- parts: ``json.loads`` of the body; ``types.parse_json`` of it (msgspec's validated decoding
  into the mirror structs, then the models: what a reply takes); ``DeviceListResponse.from_dict``
  of the decoded page (the path of a reply msgspec refuses), with this repository's templates and
  (``--upstream``) with the generator's own, generated into a scratch folder; the overlay's model
  check (``iotconnect._models.mismatch``), which a reply msgspec validated skips.

    .venv/bin/python benchmarks/client_breakdown.py [--rounds 7 --upstream]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import importlib
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from _generator import generate_script
from overlay_overhead import interleaved

from iotconnect import IoTConnect
from iotconnect._models import mismatch
from iotconnect_client import AuthenticatedClient
from iotconnect_client.api.device import list_devices
from iotconnect_client.models import DeviceListResponse
from iotconnect_client.types import parse_json

BASE = "http://iotconnect.test/api/v2.1"
PAGE_SIZES = (10, 100)


@dataclass(frozen=True)
class Cost:
    """CPU microseconds per call of one thing at one page size."""

    page_size: int
    what: str
    micros: float


def mock_items(count: int) -> list[dict[str, Any]]:
    """``count`` list items as the mock renders them (its demo tenant, in process)."""
    from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, create_app

    async def fetch() -> list[dict[str, Any]]:
        transport = httpx.ASGITransport(app=create_app(demo_devices=count))
        async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
            basic = (await client.get(f"{BASE}/Auth/basic-token")).json()["data"]
            tokens = await client.post(
                f"{BASE}/Auth/login",
                headers={"Authorization": f"Basic {basic}", "solution-key": DEMO_SOLUTION_KEY},
                json={"username": DEMO_USERNAME, "password": DEMO_PASSWORD},
            )
            headers = {"Authorization": f"Bearer {tokens.json()['access_token']}"}
            page = await client.get(f"{BASE}/Device", params={"pageSize": count}, headers=headers)
            items: list[dict[str, Any]] = page.json()["data"]
            return items

    return asyncio.run(fetch())


def _answer(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/Auth/basic-token"):
            return httpx.Response(200, json={"data": "YmFzaWM=", "status": 200})
        if path.endswith("/Auth/login"):
            part = {
                "exp": 4102444800,
                "user": {"entityGuid": "00000000-0000-0000-0000-000000000001"},
            }
            token = "e30." + _b64(json.dumps(part).encode()) + ".c2ln"
            grant = {"token_type": "bearer", "access_token": token, "refresh_token": "r"}
            return httpx.Response(200, json={**grant, "expires_in": 86400, "status": 200})
        headers = {"Content-Type": "application/json; charset=utf-8"}
        return httpx.Response(200, content=body, headers=headers)

    return answer


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@contextmanager
def upstream_models() -> Iterator[ModuleType]:
    """``iotconnect_client.models`` as the generator writes it with its own templates."""
    with tempfile.TemporaryDirectory(prefix="upstream-") as scratch:
        generate_script().generate(Path(scratch) / "upstream", plain=True)
        sys.path.insert(0, scratch)
        try:
            yield importlib.import_module("upstream.models")
        finally:
            sys.path.remove(scratch)


def _cpu_per_call(run: Callable[[], object], calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        run()
    return (time.process_time() - started) / calls * 1e6


def _runs(size: int, body: bytes, upstream: ModuleType | None) -> dict[str, Callable[[], object]]:
    decoded = json.loads(body)
    transport = httpx.MockTransport(_answer(body))
    raw = httpx.Client(base_url=BASE, transport=transport, headers={"Authorization": "x"})
    bare = AuthenticatedClient(
        base_url=BASE,
        token="x",  # noqa: S106 - the fake service takes any token
        httpx_args={"transport": transport},
    )
    iot = IoTConnect(
        username="u",
        password="p",  # noqa: S106 - the fake service takes any credentials
        solution_key="k",
        auth_url=BASE,
        device_url=BASE,
        transport=transport,
    )
    page = DeviceListResponse.from_dict(decoded)
    reply = httpx.Response(200, content=body)
    query = {"pageNumber": 1, "pageSize": size}
    runs: dict[str, Callable[[], object]] = {
        "raw httpx + json.loads": lambda: json.loads(raw.get("/Device", params=query).content),
        "bare generated": lambda: list_devices.sync_detailed(client=bare, page_size=size),
        "iot.devices": lambda: next(iot.devices.list(page_size=size).pages()),
        "part: json.loads": lambda: json.loads(body),
        "part: parse_json (msgspec)": lambda: parse_json(DeviceListResponse, reply),
        "part: from_dict (our templates)": lambda: DeviceListResponse.from_dict(decoded),
        "part: model check": lambda: mismatch(page),
    }
    if upstream is not None:
        theirs = upstream.DeviceListResponse
        runs["part: from_dict (generator's templates)"] = lambda: theirs.from_dict(decoded)
    return runs


def measure(rounds: int, calls: int, upstream: ModuleType | None) -> list[Cost]:
    """Every call and part at every page size; the minimum per call over the rounds."""
    items = mock_items(max(PAGE_SIZES))
    costs: list[Cost] = []
    for size in PAGE_SIZES:
        body = json.dumps({"data": items[:size], "status": 200, "count": -1}).encode()
        runs = _runs(size, body, upstream)
        for run in runs.values():
            _cpu_per_call(run, max(1, calls // 10))  # warm-up
        samples: dict[str, list[float]] = {name: [] for name in runs}
        for _, name in interleaved(list(runs), rounds):
            samples[name].append(_cpu_per_call(runs[name], calls))
        costs += [Cost(size, name, min(values)) for name, values in samples.items()]
    return costs


def build_parser() -> argparse.ArgumentParser:
    """The command line, also what ``bench.py`` takes the defaults from."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=300, help="calls per round and thing")
    parser.add_argument("--upstream", action="store_true", help="also the generator's templates")
    return parser


def main() -> int:
    """Measure and print one table per page size."""
    args = build_parser().parse_args()
    if args.upstream:
        with upstream_models() as models:
            costs = measure(args.rounds, args.calls, models)
    else:
        costs = measure(args.rounds, args.calls, None)
    for size in PAGE_SIZES:
        mine = [c for c in costs if c.page_size == size]
        raw = next(c.micros for c in mine if c.what.startswith("raw"))
        print(f"\npage of {size}: CPU µs per call (min of {args.rounds} rounds)")
        for cost in mine:
            print(f"  {cost.what:<42} {cost.micros:>9.1f}  {cost.micros / raw:>5.2f}x raw")
    return 0


if __name__ == "__main__":
    sys.exit(main())
