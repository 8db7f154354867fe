"""CPU per request of TokenAuth next to a fixed bearer header, in process, with no network.

What the overlay's token handling itself costs, apart from the server and the loopback, so the
number holds on a busy machine: both variants send ``GET /Device`` through an ``httpx.Client``
over one ``httpx.MockTransport`` that answers 200 at once; the baseline carries a fixed
``Authorization`` header (what the bare generated client does), the other variant a logged-in
``TokenAuth`` with a fresh token (the path of nearly every call). CPU time of this process
(``time.process_time``), rounds interleaved (A B, B A, ...), minimum and median per call.

    .venv/bin/python benchmarks/auth_flow_cost.py [--rounds 9 --calls 5000]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import httpx
from overlay_overhead import interleaved

from iotconnect import TokenAuth

BASE = "http://iotconnect.test/api/v2.1"


def answer(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path.endswith("/Auth/basic-token"):
        return httpx.Response(200, json={"data": "basic", "status": 200})
    if path.endswith("/Auth/login"):
        body = {"token_type": "bearer", "access_token": "a.b.c", "refresh_token": "r"}
        return httpx.Response(200, json=body | {"expires_in": 86_400})
    return httpx.Response(200, json={"data": [], "status": 200})


def per_call(client: httpx.Client, calls: int) -> float:
    """CPU seconds per ``GET /Device`` over ``calls`` calls."""
    started = time.process_time()
    for _ in range(calls):
        client.get("/Device")
    return (time.process_time() - started) / calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--calls", type=int, default=5000)
    args = parser.parse_args()

    transport = httpx.MockTransport(answer)
    auth = TokenAuth(
        username="u",
        password="p",  # noqa: S106 - the fake service takes any credentials
        solution_key="k",
        auth_url=BASE,
        transport=transport,
    )
    auth.token()
    variants: dict[str, httpx.Client] = {
        "fixed bearer header": httpx.Client(
            base_url=BASE, transport=transport, headers={"Authorization": "Bearer a.b.c"}
        ),
        "TokenAuth": httpx.Client(base_url=BASE, transport=transport, auth=auth),
    }
    samples: dict[str, list[float]] = {name: [] for name in variants}
    names = list(variants)
    for client in variants.values():
        per_call(client, args.calls // 10)  # warm-up
    for _, name in interleaved(names, args.rounds):
        samples[name].append(per_call(variants[name], args.calls))

    pick: dict[str, Callable[[list[float]], float]] = {"min": min, "median": statistics.median}
    base = samples[names[0]]
    print(f"{args.rounds} rounds of {args.calls} calls each, CPU time of this process")
    print(f"{'variant':<22}{'min µs':>9}{'median µs':>11}{'vs baseline (min/median)':>27}")
    for name in names:
        mine = samples[name]
        ratios = "/".join(f"{pick[k](mine) / pick[k](base):.2f}x" for k in pick)
        micros = f"{min(mine) * 1e6:>9.1f}{statistics.median(mine) * 1e6:>11.1f}"
        print(f"{name:<22}{micros}{ratios:>27}")
    for client in variants.values():
        client.close()
    auth.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
