"""Requests per second of iotconnect_mock beside Stoplight Prism, same spec, same load generator.

Scenarios, each against both servers in the same run:

- ``device list``: ``GET /Device?pageNumber=k&pageSize=50`` on a tenant of 10,000 devices, k
  cycling over all 200 pages (the mock checks the bearer and the query, then serves the page
  from its list cache or SQLite; Prism answers its static one-item example);
- ``device list, no cache`` (mock only, compared with Prism's device list): the same with
  ``--list-cache 0``, so every page is read from SQLite (stored items, see ``schema``);
- ``login``: ``POST /Auth/login`` with the basic token and solution key (the mock checks the
  password, signs a JWT and stores a refresh token; Prism validates and answers the example).

The mock runs exactly as users run it: ``python -m iotconnect_mock serve`` (the command behind
``iotconnect mock serve``), one process, access log off. Prism runs as ``prism mock -v warn``.
All three servers (mock with and without list cache, Prism) stay up for the whole run and the
measurements alternate in rounds (A B C, C B A, ...), so load from elsewhere on the machine
weighs on both sides alike; the ratios are over all rounds, with the spread per round. The load
generator is ``wrk`` when installed, else a bounded asyncio + httpx loop in a few worker
processes; loopback only, capped in requests and in seconds. Replies differ in size (the mock
sends 50 real devices, ~27 KB; Prism ~0.7 KB), so bytes per second are printed beside requests
per second.

    .venv/bin/python benchmarks/mock_throughput.py                  # Prism into a temp dir
    .venv/bin/python benchmarks/mock_throughput.py --prism-dir DIR  # reuse an npm install
    .venv/bin/python benchmarks/mock_throughput.py --skip-prism

Not a CI gate: numbers depend on the machine. Prism is pinned to PRISM_VERSION.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from _mock import HOST, ROOT, free_port, mock_command, mock_env, process

SPEC = ROOT / "openapi.yaml"
PRISM_VERSION = "5.16.0"
DEVICES = 10_000
PAGE_SIZE = 50


@dataclass
class Result:
    """One scenario against one server."""

    server: str
    scenario: str
    requests: int
    errors: int
    seconds: float
    bytes_read: int
    #: CPU time the server (and any process it started) spent meanwhile, user + system.
    cpu_seconds: float = 0.0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def per_cpu_second(self) -> float:
        """Requests per second of the server's CPU time: what load from elsewhere does not move."""
        return self.requests / self.cpu_seconds if self.cpu_seconds else 0.0

    @property
    def mb_per_second(self) -> float:
        return self.bytes_read / self.seconds / 1e6 if self.seconds else 0.0


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and its live descendants so far (Linux ``/proc``)."""
    parents: dict[int, int] = {}
    spent: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            # The fields after the command name, which may hold spaces and parentheses.
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        process_id = int(entry.name)
        parents[process_id] = int(fields[1])
        spent[process_id] = (int(fields[11]) + int(fields[12])) / tick
    tree, grown = {pid}, True
    while grown:
        grown = False
        for child, parent in parents.items():
            if parent in tree and child not in tree:
                tree.add(child)
                grown = True
    return sum(spent.get(member, 0.0) for member in tree)


def prism_version(target: Path) -> str | None:
    """The version of Prism installed under ``target``, if any."""
    manifest = target / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    try:
        version: str = json.loads(manifest.read_text())["version"]
    except (OSError, ValueError, KeyError):
        return None
    return version


def install_prism(target: Path) -> Path:
    """``npm install`` the pinned Prism into ``target``; return the ``prism`` executable."""
    binary = target / "node_modules" / ".bin" / "prism"
    if binary.exists() and prism_version(target) == PRISM_VERSION:
        return binary
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is not on PATH")
    done = subprocess.run(
        [
            npm,
            "install",
            "--no-audit",
            "--no-fund",
            "--silent",
            "--save-exact",
            f"@stoplight/prism-cli@{PRISM_VERSION}",
        ],
        cwd=target,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0 or not binary.exists():
        raise RuntimeError(f"npm install failed ({done.returncode}):\n{done.stderr[-2000:]}")
    if prism_version(target) != PRISM_VERSION:
        raise RuntimeError(f"{target} holds Prism {prism_version(target)}, not {PRISM_VERSION}")
    return binary


# -- load generator --------------------------------------------------------------------------

RequestFactory = Callable[[int], dict[str, Any]]


async def _worker_loop(
    base: str, make: RequestFactory, count: int, concurrency: int, deadline: float
) -> tuple[int, int, int]:
    done = errors = nbytes = 0
    next_index = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def one_lane() -> None:
            nonlocal done, errors, nbytes, next_index
            while next_index < count and time.monotonic() < deadline:
                index = next_index
                next_index += 1
                try:
                    reply = await client.request(**make(index))
                    nbytes += len(reply.content)
                    if reply.status_code >= 300:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                done += 1

        await asyncio.gather(*(one_lane() for _ in range(concurrency)))
    return done, errors, nbytes


def _worker(args: tuple[str, str, str, dict[str, Any], int, int, float]) -> tuple[int, int, int]:
    base, server, scenario, context, count, concurrency, seconds = args
    make = _factory(server, scenario, context)
    deadline = time.monotonic() + seconds
    return asyncio.run(_worker_loop(base, make, count, concurrency, deadline))


def _factory(server: str, scenario: str, ctx: dict[str, Any]) -> RequestFactory:
    prefix = "" if server == "prism" else "/api/v2.1"
    if scenario.startswith("device list"):
        pages = DEVICES // PAGE_SIZE
        headers = {"Authorization": f"Bearer {ctx['token']}", "Accept": "application/json"}

        def device_list(i: int) -> dict[str, Any]:
            return {
                "method": "GET",
                "url": f"{prefix}/Device",
                "params": {"pageNumber": i % pages + 1, "pageSize": PAGE_SIZE},
                "headers": headers,
            }

        return device_list
    login_headers = {"Authorization": f"Basic {ctx['basic']}", "solution-key": ctx["key"]}
    body = {"username": ctx["username"], "password": ctx["password"]}

    def login(i: int) -> dict[str, Any]:
        return {
            "method": "POST",
            "url": f"{prefix}/Auth/login",
            "headers": login_headers,
            "json": body,
        }

    return login


def run_load(
    base: str,
    server: str,
    scenario: str,
    ctx: dict[str, Any],
    *,
    total: int,
    concurrency: int,
    processes: int,
    seconds: float,
    on_start: Callable[[], None],
) -> Result:
    """Send ``total`` requests (at most ``seconds``) from ``processes`` workers; time them.

    ``on_start`` runs after the warm-up, right before the timed part.
    """
    share = [(total // processes) + (1 if i < total % processes else 0) for i in range(processes)]
    lanes = max(1, concurrency // processes)
    jobs = [(base, server, scenario, ctx, n, lanes, seconds) for n in share]
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        # Warm-up outside the clock: connection set-up, imports, first-request caches.
        pool.map(_worker, [(base, server, scenario, ctx, 50, lanes, seconds)] * processes)
        on_start()
        started = time.perf_counter()
        outcomes = pool.map(_worker, jobs)
        elapsed = time.perf_counter() - started
    return Result(
        server=server,
        scenario=scenario,
        requests=sum(d for d, _, _ in outcomes),
        errors=sum(e for _, e, _ in outcomes),
        seconds=elapsed,
        # Bodies only: httpx does not expose the bytes of the status line and headers.
        bytes_read=sum(b for _, _, b in outcomes),
    )


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _wrk_script(server: str, scenario: str, ctx: dict[str, Any]) -> str:
    prefix = "" if server == "prism" else "/api/v2.1"
    if scenario.startswith("device list"):
        pages = DEVICES // PAGE_SIZE
        return f"""
wrk.headers["Authorization"] = {_lua_string("Bearer " + ctx["token"])}
wrk.headers["Accept"] = "application/json"
local n = 0
request = function()
  n = n + 1
  local path = "{prefix}/Device?pageSize={PAGE_SIZE}&pageNumber=" .. ((n % {pages}) + 1)
  return wrk.format("GET", path)
end
"""
    body = json.dumps({"username": ctx["username"], "password": ctx["password"]})
    return f"""
wrk.method = "POST"
wrk.path = "{prefix}/Auth/login"
wrk.body = {_lua_string(body)}
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = {_lua_string("Basic " + ctx["basic"])}
wrk.headers["solution-key"] = {_lua_string(ctx["key"])}
"""


def run_wrk(
    base: str,
    server: str,
    scenario: str,
    ctx: dict[str, Any],
    *,
    concurrency: int,
    seconds: float,
    threads: int,
    on_start: Callable[[], None],
) -> Result:
    """Drive ``base`` with wrk (C, keep-alive) for ``seconds``; read its totals.

    ``on_start`` runs after the warm-up, right before the timed part.
    """
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(_wrk_script(server, scenario, ctx))
    try:
        command = ["wrk", f"-t{threads}", f"-c{concurrency}", f"-d{max(1, int(seconds))}s"]
        command += ["--latency", "-s", script.name, base]
        # A one-second warm-up outside the measurement.
        subprocess.run(
            [*command[:3], "-d1s", "-s", script.name, base], capture_output=True, check=True
        )
        on_start()
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(script.name)
    total = re.search(r"(\d+) requests in ([\d.]+)(m?s)", out)
    if total is None:
        raise RuntimeError(f"cannot read wrk output:\n{out}")
    elapsed = float(total.group(2)) / (1000 if total.group(3) == "ms" else 1)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    errors = int(non_2xx.group(1)) if non_2xx else 0
    errors += sum(int(g) for g in socket_errors.groups()) if socket_errors else 0
    # Whole replies, headers included, as wrk counts them.
    read = re.search(r"([\d.]+)([KMGT]?B) read", out)
    scale = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3, "TB": 1024**4}
    nbytes = int(float(read.group(1)) * scale[read.group(2)]) if read else 0
    return Result(server, scenario, int(total.group(1)), errors, elapsed, nbytes)


def _login(base: str, ctx: dict[str, Any]) -> str:
    tokens = httpx.post(
        f"{base}/api/v2.1/Auth/login",
        headers={"Authorization": f"Basic {ctx['basic']}", "solution-key": ctx["key"]},
        json={"username": ctx["username"], "password": ctx["password"]},
    ).json()
    token: str = tokens["access_token"]  # valid for a day: the whole run
    return token


def _start_prism(stack: ExitStack, target: Path) -> tuple[int, str]:
    target.mkdir(parents=True, exist_ok=True)
    prism = install_prism(target)
    port = free_port()
    base = f"http://{HOST}:{port}"
    print(f"prism {prism_version(target)} (pinned {PRISM_VERSION}): static examples, on {base}")
    command = [str(prism), "mock", str(SPEC), "-h", HOST, "-p", str(port), "-v", "warn"]
    return stack.enter_context(process(command, f"{base}/Auth/basic-token")).pid, base


def build_parser() -> argparse.ArgumentParser:
    """The command line, also what ``bench.py`` takes the defaults from."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--requests", type=int, default=4000, help="requests per measurement (httpx loop)"
    )
    parser.add_argument("--concurrency", type=int, default=32, help="connections in flight")
    parser.add_argument(
        "--processes",
        type=int,
        default=max(1, (os.cpu_count() or 2) // 2),
        help="load-generator processes (default: half the CPUs; the servers need the rest)",
    )
    parser.add_argument(
        "--seconds",
        type=float,
        default=5.0,
        help="duration (wrk) or time cap (httpx) per measurement",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="rounds of every measurement, order alternating"
    )
    parser.add_argument(
        "--prism-dir", type=Path, help="directory with (or for) the npm install of Prism"
    )
    parser.add_argument("--skip-prism", action="store_true")
    parser.add_argument(
        "--tool",
        choices=["wrk", "httpx"],
        default="wrk" if shutil.which("wrk") else "httpx",
        help="load generator: wrk (Debian package, default when installed) or the httpx loop",
    )
    return parser


Rounds = list[dict[tuple[str, str], Result]]


def measure_all(args: argparse.Namespace) -> tuple[Rounds, str]:
    """Every measurement of every round; and why Prism was not measured, if it was not."""
    from iotconnect_mock import BASIC_TOKEN, DEMO_PASSWORD, DEMO_SOLUTION_KEY, DEMO_USERNAME
    from iotconnect_mock.server import EVENT_LOOP, HTTP_PARSER

    ctx: dict[str, Any] = {
        "basic": BASIC_TOKEN,
        "key": DEMO_SOLUTION_KEY,
        "username": DEMO_USERNAME,
        "password": DEMO_PASSWORD,
    }

    def measure(
        pid: int, base: str, server: str, scenario: str, server_ctx: dict[str, Any]
    ) -> Result:
        before: list[float] = []

        def on_start() -> None:
            before.append(cpu_seconds(pid))

        if args.tool == "wrk":
            result = run_wrk(
                base,
                server,
                scenario,
                server_ctx,
                concurrency=args.concurrency,
                seconds=args.seconds,
                threads=args.processes,
                on_start=on_start,
            )
        else:
            result = run_load(
                base,
                server,
                scenario,
                server_ctx,
                total=args.requests,
                concurrency=args.concurrency,
                processes=args.processes,
                seconds=args.seconds,
                on_start=on_start,
            )
        result.cpu_seconds = cpu_seconds(pid) - before[0]
        return result

    # Every server runs for the whole benchmark (idle while another is measured) and the
    # measurements alternate, round by round: on a shared machine, load that comes and goes
    # then weighs on the mock and on Prism alike, instead of on whichever ran at the time.
    # The two mocks are separate processes: list cache on (as users run it) and off (every
    # page from SQLite).
    env = mock_env()
    plan: list[tuple[int, str, str, str, dict[str, Any]]] = []
    prism_note = ""
    with ExitStack() as stack:
        for list_cache, scenarios in ((True, ("device list", "login")), (False, ("device list",))):
            port = free_port()
            base = f"http://{HOST}:{port}"
            note = "list cache on" if list_cache else "list cache off"
            print(
                f"mock: {DEVICES} devices, {note}, uvicorn ({HTTP_PARSER}, {EVENT_LOOP}) on {base}"
            )
            command = mock_command(port, devices=DEVICES, list_cache=list_cache)
            pid = stack.enter_context(process(command, f"{base}/_mock/clock", env)).pid
            mock_ctx = {**ctx, "token": _login(base, ctx)}
            for scenario in scenarios:
                name = scenario if list_cache else f"{scenario}, no cache"
                plan.append((pid, base, "mock", name, mock_ctx))
        if not args.skip_prism:
            try:
                scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="prism-"))
                pid, base = _start_prism(stack, args.prism_dir or Path(scratch))
                prism_ctx = {**ctx, "token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"}
                plan += [
                    (pid, base, "prism", scenario, prism_ctx)
                    for scenario in ("device list", "login")
                ]
            except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
                prism_note = f"Prism not measured: {exc}"
        rounds: Rounds = []
        for number in range(args.rounds):
            measured: dict[tuple[str, str], Result] = {}
            for pid, base, server, scenario, server_ctx in plan if number % 2 == 0 else plan[::-1]:
                result = measure(pid, base, server, scenario, server_ctx)
                measured[(server, scenario)] = result
                print(
                    f"  round {number + 1}, {server} {scenario}: {result.rps:,.0f} req/s,"
                    f" {result.per_cpu_second:,.0f} per CPU-second",
                    flush=True,
                )
            rounds.append(measured)

    return rounds, prism_note


def main() -> int:
    """Measure, then print the table and the ratios."""
    rounds, prism_note = measure_all(build_parser().parse_args())
    report(rounds)
    if prism_note:
        print(prism_note)
    return 0


def totals(rounds: Rounds) -> dict[tuple[str, str], Result]:
    """Each server and scenario summed over all rounds."""
    return {
        key: Result(
            key[0],
            key[1],
            sum(r[key].requests for r in rounds),
            sum(r[key].errors for r in rounds),
            sum(r[key].seconds for r in rounds),
            sum(r[key].bytes_read for r in rounds),
            sum(r[key].cpu_seconds for r in rounds),
        )
        for key in rounds[0]
    }


@dataclass(frozen=True)
class Comparison:
    """One mock scenario against Prism's, over all rounds."""

    scenario: str
    mock: Result
    prism: Result
    #: mock/Prism req/s in each round.
    per_round: tuple[float, ...]

    @property
    def ratio(self) -> float:
        """mock/Prism requests per second."""
        return self.mock.rps / self.prism.rps

    @property
    def cpu_ratio(self) -> float | None:
        """mock/Prism requests per CPU-second of the server, when both were read."""
        if not (self.mock.per_cpu_second and self.prism.per_cpu_second):
            return None
        return self.mock.per_cpu_second / self.prism.per_cpu_second


def comparisons(rounds: Rounds) -> list[Comparison]:
    """The mock's scenarios against Prism's (the no-cache list against Prism's list)."""
    summed = totals(rounds)
    found: list[Comparison] = []
    for scenario, against in (
        ("device list", "device list"),
        ("device list, no cache", "device list"),
        ("login", "login"),
    ):
        mock, prism = summed.get(("mock", scenario)), summed.get(("prism", against))
        if mock and prism and prism.rps:
            per_round = tuple(r[("mock", scenario)].rps / r[("prism", against)].rps for r in rounds)
            found.append(Comparison(scenario, mock, prism, per_round))
    return found


def report(rounds: Rounds) -> None:
    """Totals per server and scenario over all rounds, and the ratios to Prism."""
    print()
    header = f"{'scenario':<23} {'server':<6} {'requests':>8} {'errors':>6} {'seconds':>8}"
    print(f"{header} {'req/s':>9} {'MB/s':>8} {'CPU-s':>6} {'req/CPU-s':>9}")
    for r in totals(rounds).values():
        counts = f"{r.requests:>8} {r.errors:>6} {r.seconds:>8.2f} {r.rps:>9,.0f}"
        cpu = f"{r.cpu_seconds:>6.1f} {r.per_cpu_second:>9,.0f}"
        print(f"{r.scenario:<23} {r.server:<6} {counts} {r.mb_per_second:>8.1f} {cpu}")
    # The replies are unlike: a page of 50 real devices against Prism's static one-item
    # example. The MB/s ratio says how much more the mock delivers.
    for c in comparisons(rounds):
        ratio = f"ratio mock/prism, {c.scenario}: {c.ratio:.2f}x req/s"
        ratio += f" (rounds {min(c.per_round):.2f}-{max(c.per_round):.2f})"
        if c.prism.bytes_read:
            ratio += f", {c.mock.mb_per_second / c.prism.mb_per_second:.1f}x bytes/s"
        if c.cpu_ratio is not None:
            ratio += f", {c.cpu_ratio:.2f}x req/CPU-s"
        print(ratio)


if __name__ == "__main__":
    sys.exit(main())
