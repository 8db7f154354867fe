"""``make bench``: every benchmark of this folder in one run, one table, ``results.json``.

Each row is a figure and its ratio to a baseline measured in the same run, on the same machine,
alternating with it where the measurement allows; nothing here passes or fails. The parts are
the other scripts of this folder, called as functions:

- per call (``overlay_overhead.one_by_one``): ``iot.devices.list()``, the bare generated client,
  the session's generated call and a plain ``requests`` loop against raw httpx + ``json.loads``,
  one call of each per cycle, medians over ``--cycles`` cycles at pages of 10 and 100; the
  ratio in each half of the cycles shows how noisy the run was;
- clients (``overlay_overhead.py``): the whole stack (the session's resources over the generated
  client) against raw httpx with ``json.loads``, and the overlay against the bare generated
  client, on one page of devices from the mock in its own process: page sizes 10 and 100,
  sequential and from 50 asyncio tasks;
- storm (``overlay_overhead.py``): 1,000 tasks and 64 threads through one token expiry, the
  refresh requests and failed calls counted, timed against the same herd on a fresh token;
- mock against Prism (``mock_throughput.py``): device list and login, requests per second and
  per CPU-second of each server;
- cold ``import iotconnect``, ``from iotconnect import IoTConnect`` (and a session built),
  ``iotconnect --version`` and ``--help`` in a fresh interpreter, against ``import httpx`` and an
  empty one;
- ``make generate`` (``scripts/generate.py`` into a scratch folder) against the generator alone
  with its own templates and no post hooks;
- the conformance run (``iotconnect conformance`` against the embedded mock) against the same
  command with ``--plan``, which loads everything and sends nothing;
- fleet scale (``fleet.py``): the mock's CPU per request at 100,000 devices against 1,000 (list
  page, filtered and sorted lists, count, create, get by unique id), seeding 100,000 devices,
  bulk import of 10,000 rows at concurrency 8 and 32 against 1, and the client's peak memory
  listing 100,000 devices against 1,000.

    make bench                                   # what the README's performance section shows
    .venv/bin/python benchmarks/bench.py --quick # fewer rounds, a minute or two
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import client_breakdown
import fleet
import mock_throughput
import overlay_overhead as clients
from _generator import generate_script
from _mock import ROOT, serve_mock

RESULTS = ROOT / "benchmarks" / "results.json"


@dataclass(frozen=True)
class Row:
    """One figure, its baseline from the same run, and how they compare."""

    part: str
    measured: str
    value: float
    unit: str
    baseline: str = ""
    baseline_value: float | None = None
    #: How the two compare, in words: "1.12x the time", "1.75x the req/s".
    ratio: float | None = None
    ratio_of: str = ""
    #: The ratio's range over the rounds, when there were rounds.
    spread: str = ""
    note: str = ""


def _seconds(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _alternating(runs: dict[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    """Seconds of each run per round, the order alternating (A B C, C B A, ...)."""
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for _, name in clients.interleaved(list(runs), rounds):
        samples[name].append(_seconds(runs[name]))
    return samples


def _python(code: str) -> Callable[[], object]:
    command = [sys.executable, "-c", code]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return lambda: subprocess.run(command, check=True, env=env, timeout=120)


def _command(*argv: str) -> Callable[[], object]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return lambda: subprocess.run(argv, check=True, env=env, timeout=120, stdout=subprocess.DEVNULL)


def _bytecode() -> None:
    """Write our packages' bytecode, as an install does, so that a cold start reads it instead
    of compiling every module (this environment may set PYTHONDONTWRITEBYTECODE)."""
    code = (
        "import compileall, importlib.util\n"
        "for name in ('iotconnect', 'iotconnect_client', 'iotconnect_spec'):\n"
        "    for path in importlib.util.find_spec(name).submodule_search_locations:\n"
        "        compileall.compile_dir(path, quiet=1)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=300)


# A session built, nothing sent: what a script pays before its first request.
_CONSTRUCTED = (
    "from iotconnect import IoTConnect\n"
    "IoTConnect(username='u', password='p', solution_key='k', auth_url='http://127.0.0.1:9',"
    " device_url='http://127.0.0.1:9')"
)


def cold_import(rounds: int) -> list[Row]:
    """``import iotconnect``, the session's import, a session built, ``iotconnect --version``
    and ``--help``, cold, against ``import httpx``; bytecode written first, as an install
    writes it."""
    _bytecode()
    script = str(Path(sys.executable).parent / "iotconnect")
    samples = _alternating(
        {
            "nothing": _python("pass"),
            "httpx": _python("import httpx"),
            "iotconnect": _python("import iotconnect"),
            "IoTConnect": _python("from iotconnect import IoTConnect"),
            "IoTConnect()": _python(_CONSTRUCTED),
            "--version": _command(script, "--version"),
            "--help": _command(script, "--help"),
        },
        rounds,
    )
    ms = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    own = [i - h for i, h in zip(samples["IoTConnect"], samples["httpx"], strict=True)]
    measured = {
        "iotconnect": "python -c 'import iotconnect'",
        "IoTConnect": "python -c 'from iotconnect import IoTConnect'",
        "IoTConnect()": "the same and IoTConnect(...) built (nothing sent)",
        "--version": "iotconnect --version (console script)",
        "--help": "iotconnect --help (console script)",
    }
    return [
        Row(
            "cold import",
            what,
            ms[name],
            "ms",
            "python -c 'import httpx'",
            ms["httpx"],
            _paired(samples[name], samples["httpx"]),
            "the time",
            _halves(samples[name], samples["httpx"]),
            note=f"empty interpreter {ms['nothing']:.0f} ms; the session's import beyond httpx "
            f"{statistics.median(own) * 1000:.0f} ms; medians of {rounds}, bytecode written"
            if name == "iotconnect"
            else "",
        )
        for name, what in measured.items()
    ]


def _paired(measured: list[float], baseline: list[float]) -> float:
    """The median of the ratios of samples taken side by side (the same cycle or round).

    Load from elsewhere on a shared machine moves both samples of a pair alike, so this holds
    when the medians of each side drift apart from one part of the run to the next.
    """
    return statistics.median(m / b for m, b in zip(measured, baseline, strict=True))


def _halves(measured: list[float], baseline: list[float]) -> str:
    """:func:`_paired` in the first and in the second half of the run: how noisy it was."""
    middle = len(measured) // 2
    if middle == 0:
        return ""
    halves = (slice(0, middle), slice(middle, None))
    return " / ".join(f"{_paired(measured[h], baseline[h]):.2f}" for h in halves)


#: What each per-call row measures, in the order of the table.
_PER_CALL = (clients.STACK, clients.BARE, clients.SESSION, clients.REQUESTS)


def per_call(args: argparse.Namespace) -> list[Row]:
    """``overlay_overhead.one_by_one``: each call's median time against raw httpx's."""
    with serve_mock(devices=clients.DEVICES) as origin:
        samples = clients.measure_one_by_one(origin, [10, 100], args.cycles)
    rows = []
    for size, mine in samples.items():
        raw = mine[clients.RAW]
        raw_us = statistics.median(raw) * 1e6
        for name in _PER_CALL:
            us = statistics.median(mine[name]) * 1e6
            rows.append(
                Row(
                    f"per call, page {size}",
                    name,
                    us,
                    "µs",
                    clients.RAW + " + json.loads",
                    raw_us,
                    _paired(mine[name], raw),
                    "the time",
                    _halves(mine[name], raw),
                    f"medians of {args.cycles} interleaved cycles; the ratio is the median of "
                    "each cycle's, 'rounds' the same over the first and the second half"
                    if name == _PER_CALL[0]
                    else "",
                )
            )
    return rows


def generate_time(rounds: int) -> list[Row]:
    """``make generate``'s work into a scratch folder, against the generator's bare run."""
    script = generate_script()
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as scratch:
        samples = _alternating(
            {
                "make generate": lambda: script.generate(Path(scratch) / "ours"),
                "bare": lambda: script.generate(Path(scratch) / "bare", plain=True),
            },
            rounds,
        )
    ours, bare = (statistics.median(samples[k]) for k in ("make generate", "bare"))
    return [
        Row(
            "make generate",
            "scripts/generate.py (templates, ruff hooks)",
            ours,
            "s",
            "openapi-python-client alone (its templates, no hooks)",
            bare,
            ours / bare,
            "the time",
            note=f"median of {rounds}",
        ),
    ]


def conformance_time(rounds: int) -> list[Row]:
    """``iotconnect conformance`` on the embedded mock, against its ``--plan`` start-up."""
    iotconnect = str(Path(sys.executable).parent / "iotconnect")
    with tempfile.TemporaryDirectory(prefix="bench-conformance-") as scratch:
        report = str(Path(scratch) / "conformance.xml")
        last: list[str] = []

        def full() -> None:
            done = subprocess.run(
                [iotconnect, "conformance", "--report", report],
                capture_output=True,
                text=True,
                timeout=1800,
                check=True,
            )
            last[:] = done.stdout.strip().splitlines()[-1:]

        def plan() -> None:
            subprocess.run(
                [iotconnect, "conformance", "--plan"], capture_output=True, timeout=600, check=True
            )

        samples = _alternating({"run": full, "plan": plan}, rounds)
    run, start = (statistics.median(samples[k]) for k in ("run", "plan"))
    return [
        Row(
            "conformance",
            "iotconnect conformance (embedded mock, all phases)",
            run,
            "s",
            "the same with --plan (loads, sends nothing)",
            start,
            run / start,
            "the time",
            note=(last[0] if last else "") + f"; median of {rounds}",
        ),
    ]


def mock_vs_prism(args: argparse.Namespace) -> list[Row]:
    """``mock_throughput.py``: device list and login, mock against Prism."""
    options = mock_throughput.build_parser().parse_args([])
    options.rounds = args.rounds
    options.seconds = args.prism_seconds
    options.prism_dir = args.prism_dir
    options.skip_prism = args.skip_prism
    rounds, note = mock_throughput.measure_all(options)
    rows = []
    for c in mock_throughput.comparisons(rounds):
        cpu = "" if c.cpu_ratio is None else f"; {c.cpu_ratio:.2f}x the requests per CPU-second"
        rows.append(
            Row(
                "mock vs Prism",
                f"mock, {c.scenario}",
                c.mock.rps,
                "req/s",
                f"Prism, {c.prism.scenario}",
                c.prism.rps,
                c.ratio,
                "the req/s",
                f"{min(c.per_round):.2f}-{max(c.per_round):.2f}",
                f"{options.tool}, {options.concurrency} connections{cpu}",
            )
        )
    if note:
        rows.append(Row("mock vs Prism", "Prism", 0.0, "", note=note))
    return rows


def fleet_scale(args: argparse.Namespace) -> list[Row]:
    """``fleet.py``: growth from 1,000 to 100,000 devices, import speed-ups, listing memory."""
    small, large = fleet.SIZES
    rows = []
    for g in fleet.measure_growth(args.fleet_rounds, args.fleet_calls):
        per_round = [b / a for a, b in zip(g.cpu_us[small], g.cpu_us[large], strict=True) if a]
        rows.append(
            Row(
                "fleet: mock CPU per request",
                f"{g.operation}, {large:,} devices",
                g.median(large),
                "µs",
                f"the same, {small:,} devices",
                g.median(small),
                g.ratio,
                "the CPU",
                f"{min(per_round):.2f}-{max(per_round):.2f}" if per_round else "",
                f"{g.errors} failed requests" if g.errors else "",
            )
        )
    seeded = {size: fleet.seed_seconds(size) for size in fleet.SIZES}
    rows.append(
        Row(
            "fleet: seeding",
            f"serve --seed-devices {large:,} until it answers",
            seeded[large],
            "s",
            f"--seed-devices {small:,}",
            seeded[small],
            seeded[large] / seeded[small],
            "the time",
        )
    )
    runs = [fleet.import_rows(args.fleet_rows, c) for c in fleet.CONCURRENCY]
    base = runs[0]
    for run in runs:
        rows.append(
            Row(
                f"fleet: import {run.rows:,} rows",
                f"iot.devices.import_rows, concurrency {run.concurrency}",
                run.rate,
                "rows/s",
                "concurrency 1",
                base.rate,
                run.rate / base.rate,
                "the rows/s",
                note=f"{run.seconds:.1f} s; mock CPU {run.server_cpu / run.seconds:.0%} and "
                f"client CPU {run.client_cpu / run.seconds:.0%} of the wall time "
                f"({run.server_cpu / run.rows * 1e3:.2f} and "
                f"{run.client_cpu / run.rows * 1e3:.2f} ms per row); {run.failed} failed",
            )
        )
    peaks = fleet.listing_memory()
    mb = {size: peak["max_rss_kb"] / 1024 for size, peak in peaks.items()}
    rows.append(
        Row(
            "fleet: client memory",
            f"iot.devices.list() over {large:,} devices, peak RSS",
            mb[large],
            "MB",
            f"over {small:,} devices",
            mb[small],
            mb[large] / mb[small],
            "the peak RSS",
            note="a fresh interpreter each, page_size=1000",
        )
    )
    return rows


def _time_ratio(tally: clients.Tally, baseline: clients.Tally) -> tuple[float, str]:
    # Rates per round, so the time ratio is the baseline's rate over this one's.
    rounds = [b / t for t, b in zip(tally.rates, baseline.rates, strict=True) if t]
    return baseline.rate / tally.rate, f"{min(rounds):.2f}-{max(rounds):.2f}"


#: (what is measured, against what) for every page size and both modes.
_CLIENT_ROWS = (
    (clients.STACK, clients.RAW),
    (clients.BARE, clients.RAW),
    (clients.STACK, clients.BARE),
    (clients.SESSION, clients.BARE),
)


def client_calls(args: argparse.Namespace) -> list[Row]:
    """``overlay_overhead.py``: the stack against raw httpx, the overlay against bare."""
    options = clients.build_parser().parse_args([])
    options.page_sizes = [10, 100]
    options.concurrency = 50
    options.rounds = args.client_rounds
    options.calls = options.async_calls = args.client_calls
    with serve_mock(devices=clients.DEVICES) as origin:
        tallies = {t.name: t for t in clients.measure_calls(origin, options)}
    rows = []
    for size in options.page_sizes:
        for concurrency in (None, options.concurrency):
            mode = "sequential" if concurrency is None else f"{concurrency} tasks"
            for measured, against in _CLIENT_ROWS:
                key = clients.variant(measured, size, concurrency)
                base = clients.variant(against, size, concurrency)
                if key not in tallies or base not in tallies:
                    continue  # the async rounds have no FileTokenStore or session variant
                ratio, spread = _time_ratio(tallies[key], tallies[base])
                errors = tallies[key].errors + tallies[base].errors
                rows.append(
                    Row(
                        f"client, page {size}, {mode}",
                        measured,
                        tallies[key].rate,
                        "calls/s",
                        against,
                        tallies[base].rate,
                        ratio,
                        "the time",
                        spread,
                        f"{errors} failed calls" if errors else "",
                    )
                )
    return rows


def breakdown(args: argparse.Namespace) -> list[Row]:
    """``client_breakdown.py``: CPU per call in process, and what each part of it costs."""
    with client_breakdown.upstream_models() as upstream:
        costs = client_breakdown.measure(args.breakdown_rounds, 300, upstream)
    rows = []
    for size in client_breakdown.PAGE_SIZES:
        mine = [c for c in costs if c.page_size == size]
        raw = next(c for c in mine if c.what.startswith("raw"))
        for cost in mine:
            if cost is not raw:
                rows.append(
                    Row(
                        f"client CPU in process, page {size}",
                        cost.what,
                        cost.micros,
                        "µs",
                        raw.what,
                        raw.micros,
                        cost.micros / raw.micros,
                        "raw's CPU",
                        note=f"min of {args.breakdown_rounds} rounds" if cost is mine[1] else "",
                    )
                )
    return rows


def storm(args: argparse.Namespace) -> list[Row]:
    """``overlay_overhead.py``'s herd: 1,000 tasks and 64 threads through one expiry."""
    options = clients.build_parser().parse_args([])
    options.threads, options.tasks, options.herd_rounds = 64, 1000, args.storm_rounds
    with serve_mock(devices=clients.DEVICES) as origin:
        herd = clients.measure_herd(origin, options)
    fresh = statistics.median(r.seconds for r in herd if r.kind == "fresh")
    rows = []
    for kind in dict.fromkeys(r.kind for r in herd):
        mine = [r for r in herd if r.kind == kind]
        seconds = statistics.median(r.seconds for r in mine)
        counts = {key: sorted({r.counts[key] for r in mine}) for key in ("refresh", "login", "401")}
        shown = ", ".join(
            f"{key} {'/'.join(str(n) for n in values)}" for key, values in counts.items()
        )
        failed = sum(r.errors for r in mine)
        rows.append(
            Row(
                "storm: 64 threads + 1,000 tasks",
                kind,
                seconds,
                "s",
                "fresh token, session",
                fresh,
                seconds / fresh,
                "the time",
                note=f"per herd: {shown}; {failed} failed calls over {len(mine)} herds",
            )
        )
    return rows


def _table(rows: list[Row]) -> Iterator[str]:
    def number(value: float | None, unit: str) -> str:
        if value is None:
            return ""
        if unit in ("s",):
            return f"{value:.2f} {unit}"
        if unit in ("ms", "µs", "MB"):
            return f"{value:,.1f} {unit}"
        return f"{value:,.0f} {unit}".strip()

    header = ("part", "measured", "value", "baseline (same run)", "value", "ratio", "rounds")
    cells = [
        (
            r.part,
            r.measured,
            number(r.value, r.unit),
            r.baseline,
            number(r.baseline_value, r.unit),
            "" if r.ratio is None else f"{r.ratio:.2f}x {r.ratio_of}",
            r.spread,
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(header)]
    yield "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    yield "  ".join("-" * w for w in widths)
    for row, cell in zip(rows, cells, strict=True):
        yield "  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True))
        if row.note:
            yield f"    {row.note}"


def _machine() -> dict[str, Any]:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    ).stdout.strip()
    return {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "commit": commit,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load average before": os.getloadavg(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer rounds and shorter ones")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the throughput parts")
    parser.add_argument("--prism-seconds", type=float, default=5.0)
    parser.add_argument(
        "--prism-dir", type=Path, help="an npm install of Prism (make bench: benchmarks)"
    )
    parser.add_argument("--skip-prism", action="store_true")
    parser.add_argument("--client-rounds", type=int, default=5)
    parser.add_argument("--client-calls", type=int, default=500)
    parser.add_argument("--storm-rounds", type=int, default=3)
    parser.add_argument("--breakdown-rounds", type=int, default=7)
    parser.add_argument("--fleet-rounds", type=int, default=3)
    parser.add_argument("--fleet-calls", type=int, default=300)
    parser.add_argument("--fleet-rows", type=int, default=10_000)
    parser.add_argument(
        "--part", action="append", help="run only this part (repeatable; default: every one)"
    )
    parser.add_argument("--cycles", type=int, default=1200, help="cycles of the per-call rows")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    if args.quick:
        args.cycles = 300
        args.rounds, args.prism_seconds = 1, 2.0
        args.client_rounds, args.client_calls, args.storm_rounds = 2, 150, 1
        args.breakdown_rounds = 3
        args.fleet_rounds, args.fleet_calls, args.fleet_rows = 1, 100, 2000
    machine = _machine()
    rows: list[Row] = []
    parts: list[tuple[str, Callable[[], list[Row]]]] = [
        ("per call", lambda: per_call(args)),
        ("clients", lambda: client_calls(args)),
        ("client CPU in process", lambda: breakdown(args)),
        ("storm", lambda: storm(args)),
        ("mock vs Prism", lambda: mock_vs_prism(args)),
        ("cold import", lambda: cold_import(5 if args.quick else 15)),
        ("make generate", lambda: generate_time(1 if args.quick else 3)),
        ("conformance", lambda: conformance_time(1)),
        ("fleet", lambda: fleet_scale(args)),
    ]
    for name, part in parts:
        if args.part and name not in args.part:
            continue
        print(f"== {name}", flush=True)
        started = time.monotonic()
        rows += part()
        print(f"   ({time.monotonic() - started:.0f} s)", flush=True)
    machine["load average after"] = os.getloadavg()
    print()
    for line in _table(rows):
        print(line)
    args.out.write_text(
        json.dumps({"machine": machine, "rows": [asdict(r) for r in rows]}, indent=2) + "\n"
    )
    print(f"\nwritten: {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
