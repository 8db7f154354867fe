"""Bad input to the mock: thousands of malformed requests, no server error, no hang, no change.

The corpus (``corpus.py``) covers broken JSON, wrong types in every field, invalid Unicode,
NULs, huge and deeply nested bodies, long query strings and headers, odd methods and paths, and
negative and huge paging numbers, plus framing only a raw socket sends. The mock keeps its
state in a file; every table, the fault rules and the clock are compared before and after.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx
import pytest

from ..mock.helpers import Session, first_template_and_entity, login
from .conftest import Figures, Served
from .corpus import RAW, Known, Probe, kinds
from .state import snapshot

pytestmark = pytest.mark.slow

#: A reply slower than this is a hang.
REQUEST_DEADLINE = 10.0
#: The whole corpus, sent 8 at a time, must be through by then.
RUN_DEADLINE = 240.0
CONCURRENCY = 8


@dataclass(frozen=True)
class Outcome:
    """What came back for one probe."""

    probe: Probe
    status: int | None
    body: bytes
    error: str | None = None
    location: str | None = None


async def _chunks(body: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(body), 16_384):
        yield body[start : start + 16_384]


async def _send(client: httpx.AsyncClient, probe: Probe) -> Outcome:
    content = _chunks(probe.body) if probe.chunked and probe.body is not None else probe.body
    try:
        reply = await client.request(
            probe.method, probe.path, headers=probe.wire_headers(), content=content
        )
    except httpx.TimeoutException:
        return Outcome(probe, None, b"", "hang")
    except httpx.TransportError as exc:
        return Outcome(probe, None, b"", f"{type(exc).__name__}: {exc}")
    return Outcome(probe, reply.status_code, reply.content, location=reply.headers.get("location"))


async def _known(client: httpx.AsyncClient) -> Known:
    s = Session(client, (await login(client)).json())
    template, entity = await first_template_and_entity(s)
    device = (await s.get("/Device")).json()["data"][0]["guid"]
    return Known(token=s.tokens["access_token"], device=device, template=template, entity=entity)


async def _run(url: str, probes: list[Probe]) -> list[Outcome]:
    gate = asyncio.Semaphore(CONCURRENCY)
    limits = httpx.Limits(max_connections=CONCURRENCY)
    timeout = httpx.Timeout(REQUEST_DEADLINE)

    async def one(client: httpx.AsyncClient, probe: Probe) -> Outcome:
        async with gate:
            return await _send(client, probe)

    async with (
        httpx.AsyncClient(base_url=url, timeout=timeout, limits=limits) as client,
        asyncio.timeout(RUN_DEADLINE),
    ):
        return await asyncio.gather(*(one(client, p) for p in probes))


def _raw(url: str, request: bytes) -> str:
    """The status line's code, ``closed`` (no reply), or ``hang``."""
    host, port = url.removeprefix("http://").rsplit(":", 1)
    received = b""
    with socket.create_connection((host, int(port)), timeout=REQUEST_DEADLINE) as sock:
        deadline = time.monotonic() + REQUEST_DEADLINE
        with contextlib.suppress(OSError):  # the server may close mid-request
            sock.sendall(request)
        while time.monotonic() < deadline and b"\r\n" not in received:
            sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                chunk = sock.recv(65_536)
            except TimeoutError:
                return "hang"
            except OSError:
                break
            if not chunk:
                break
            received += chunk
    if not received:
        return "closed"
    if b"\r\n" not in received:
        return "hang"
    return received.split(b" ", 2)[1].decode()


#: What uvicorn's HTTP parser answers to a request it cannot parse (an unknown method, say),
#: before the app sees it.
PARSER_REFUSAL = b"Invalid HTTP request received."


def _documented(outcome: Outcome) -> bool:
    # The app's errors carry {"status": n, ...} matching the HTTP status; HEAD has no body.
    if outcome.probe.method == "HEAD" or outcome.status is None or outcome.status < 400:
        return True
    if outcome.status == 400 and outcome.body == PARSER_REFUSAL:
        return True
    try:
        body = json.loads(outcome.body)
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("status") == outcome.status


@contextlib.contextmanager
def _server_log(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Let ``caplog`` see the server's error log while the block runs.

    uvicorn's loggers do not propagate to the root logger, where ``caplog`` listens; without
    this, no error the server logged would ever reach the test.
    """
    server = logging.getLogger("uvicorn.error")
    server.addHandler(caplog.handler)
    try:
        yield
    finally:
        server.removeHandler(caplog.handler)


def test_malformed_requests_get_no_server_error_no_hang_and_change_nothing(
    served: Served, figures: Figures, caplog: pytest.LogCaptureFixture
) -> None:
    async def known() -> Known:
        async with httpx.AsyncClient(base_url=served.url, timeout=REQUEST_DEADLINE) as client:
            return await _known(client)

    k = asyncio.run(known())
    probes = kinds(k)
    before = snapshot(served.db, served.url)
    started = time.monotonic()
    with _server_log(caplog):
        outcomes = asyncio.run(_run(served.url, probes))
        raw = {name: _raw(served.url, request) for name, request in RAW}
    elapsed = time.monotonic() - started
    after = snapshot(served.db, served.url)

    server_errors = [o for o in outcomes if o.status is not None and o.status >= 500]
    server_errors += [o for o in outcomes if o.error is not None and o.error != "hang"]
    # A bug the client never saw (its connection was gone) still shows in the server's log.
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    hangs = [o for o in outcomes if o.error == "hang"]
    accepted_writes = [
        o for o in outcomes if o.probe.writes and o.status is not None and o.status < 400
    ]
    undocumented = [o for o in outcomes if not _documented(o)]
    redirects = [o for o in outcomes if o.location is not None]
    by_kind = Counter(p.kind for p in probes)
    statuses = Counter(o.status for o in outcomes)
    part = "bad input"
    figures.add(part, "requests (HTTP client)", len(outcomes))
    for kind, count in by_kind.items():
        figures.add(part, f"  {kind}", count)
    figures.add(part, "raw-socket requests", len(raw))
    figures.add(
        part, "statuses", ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items(), key=str))
    )
    figures.add(
        part,
        "raw-socket outcomes",
        ", ".join(f"{k}: {v}" for k, v in sorted(Counter(raw.values()).items())),
    )
    figures.add(part, "server errors (5xx or broken connection)", len(server_errors))
    figures.add(part, "errors in the server's log", len(logged))
    figures.add(part, "hangs (no reply in 10 s)", len(hangs) + list(raw.values()).count("hang"))
    figures.add(part, "writes accepted", len(accepted_writes))
    figures.add(part, "replies with a Location header", len(redirects))
    figures.add(part, "state changed", before != after)
    figures.add(part, "seconds", f"{elapsed:.1f}")

    def show(items: list[Outcome]) -> list[str]:
        return [
            f"{o.probe.kind}: {o.probe.method} {o.probe.path[:80]} -> {o.status} "
            f"{o.error or o.body[:120]!r}"
            for o in items[:10]
        ]

    assert len(outcomes) + len(raw) >= 2000
    assert not server_errors, show(server_errors)
    assert not logged, logged[:10]
    assert not hangs, show(hangs)
    assert not [
        name for name, status in raw.items() if status == "hang" or status.startswith("5")
    ], raw
    assert not accepted_writes, show(accepted_writes)
    assert not undocumented, show(undocumented)
    assert not redirects, show(redirects)
    assert after == before
