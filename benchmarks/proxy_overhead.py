"""What ``iotconnect proxy`` adds to a request, and what it finds on a session of everyday flows.

Latency: the mock and the proxy each in a process of their own (as users run them), one httpx
client with keep-alive. Each round sends ``--calls`` GET requests for a page of ``--page``
devices straight to the mock, then the same through the proxy (the order alternates between
rounds); the figure is the median time per request of each and their ratio, over all rounds,
with the range of the per-round ratios. Every proxied request is checked against the spec
(operation, parameters, credentials, status, content type, schema, envelope).

Findings: the everyday flows of the README's session through the proxy (discovery, login,
list, count, templates, entities, find, and with writes create, update, deactivate, delete),
with the Python client, against today's mock and against its future mode (a later release:
unknown fields and values, which are additions, not findings).

    .venv/bin/python benchmarks/proxy_overhead.py
    .venv/bin/python benchmarks/proxy_overhead.py --rounds 9 --calls 300 --page 100

Not a CI gate: the ratio is what to read; absolute times depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
from _mock import HOST, free_port, mock_env, process, serve_mock

from iotconnect import IoTConnect
from iotconnect_mock import DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME, create_app
from iotconnect_mock import serve_in_thread as serve_mock_in_thread
from iotconnect_proxy import Findings, ProxySettings, serve_in_thread
from iotconnect_proxy import create_app as create_proxy


@contextmanager
def _proxy_process(target: str) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "iotconnect", "proxy", "--target", target]
    with process(
        [*command, "--port", str(port)], f"http://{HOST}:{port}/_proxy/findings", mock_env()
    ):
        yield f"http://{HOST}:{port}"


def _bearer(client: httpx.Client, base: str) -> dict[str, str]:
    basic = client.get(f"{base}/Auth/basic-token").json()["data"]
    login = client.post(
        f"{base}/Auth/login",
        headers={"Authorization": f"Basic {basic}", "solution-key": DEMO_SOLUTION_KEY},
        json={"username": DEMO_USERNAME, "password": DEMO_PASSWORD},
    )
    return {"Authorization": f"Bearer {login.json()['access_token']}"}


def _per_request(client: httpx.Client, url: str, headers: dict[str, str], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        reply = client.get(url, headers=headers)
        assert reply.status_code == 200, reply.status_code
    return (time.perf_counter() - started) / calls


def latency(rounds: int, calls: int, page: int) -> None:
    with (
        serve_mock(devices=max(page, 10)) as mock,
        _proxy_process(f"{mock}/api/v2.1") as proxy,
        httpx.Client(timeout=30) as client,
    ):
        headers = _bearer(client, f"{mock}/api/v2.1")
        direct_url = f"{mock}/api/v2.1/Device?pageSize={page}"
        proxied_url = f"{proxy}/device/Device?pageSize={page}"
        for url in (direct_url, proxied_url):  # warm up: connections, caches
            _per_request(client, url, headers, 20)
        direct: list[float] = []
        proxied: list[float] = []
        for number in range(rounds):
            order = [(direct, direct_url), (proxied, proxied_url)]
            for times, url in order if number % 2 == 0 else order[::-1]:
                times.append(_per_request(client, url, headers, calls))
        found = client.get(f"{proxy}/_proxy/findings").json()
    ratios = [p / d for p, d in zip(proxied, direct, strict=True)]
    d, p = statistics.median(direct), statistics.median(proxied)
    print(f"page of {page}, {rounds} rounds x {calls} calls, interleaved:")
    print(f"  direct to the mock: {d * 1000:.2f} ms per request")
    print(f"  through the proxy:  {p * 1000:.2f} ms per request (+{(p - d) * 1000:.2f} ms)")
    print(f"  ratio {p / d:.2f}x the time (rounds {min(ratios):.2f}-{max(ratios):.2f})")
    exchanges = sum(found["exchanges"].values())
    print(f"  findings over {exchanges} proxied exchanges: {len(found['findings'])}")


def everyday(future: bool) -> Findings:
    with serve_mock_in_thread(create_app(future=future)) as mock:
        base = f"{mock}/api/v2.1"
        app = create_proxy(
            ProxySettings(
                services={"auth": base, "device": base, "user": base},
                discovery_url=mock,
                allow_writes=True,
            )
        )
        with (
            serve_in_thread(app) as proxy,
            IoTConnect(
                username=DEMO_USERNAME,
                password=DEMO_PASSWORD,
                solution_key=DEMO_SOLUTION_KEY,
                environment="poc",
                discovery_url=proxy,
            ) as iot,
        ):
            list(iot.devices.list(page_size=3))
            iot.devices.count()
            iot.devices.count("inactive")
            list(iot.templates.list())
            iot.templates.get_by_code("tempsensor")
            list(iot.entities.list())
            iot.entities.root()
            iot.devices.find("demo-gw-01")
            iot.devices.find("no-such-device")
            created = iot.devices.create(
                unique_id="everyday-1", display_name="E", template="tempsensor"
            )
            iot.devices.get(created.newid)
            iot.devices.update(created.newid, note="everyday")
            iot.devices.deactivate(created.newid)
            iot.devices.activate(created.newid)
            iot.devices.delete(created.newid)
    findings: Findings = app.state.proxy.findings
    return findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--page", type=int, default=10)
    args = parser.parse_args()
    latency(args.rounds, args.calls, args.page)
    for future in (False, True):
        findings = everyday(future)
        exchanges = findings.exchanges
        label = "the future mock (a later release)" if future else "today's mock"
        print(
            f"everyday flows against {label}: {sum(exchanges.values())} exchanges, "
            f"{len(exchanges)} operations, {len(findings.distinct)} distinct findings"
        )
        for finding, example in findings.distinct.items():
            print(f"  {finding}  e.g. {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
