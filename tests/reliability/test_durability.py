"""Durability: SIGKILL the mock mid write burst, restart it on its file, and find every write.

The mock runs as users run it (``python -m iotconnect_mock serve --db FILE``). Writers create
devices, rename them and delete every fifth; what the mock acknowledged (a 200) is recorded.
After a SIGKILL at a seeded moment, ``PRAGMA integrity_check`` reads the file, the mock starts
again on it, and every acknowledged create, update and delete must be there. A write in flight
at the kill may or may not have landed; either is fine.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from iotconnect_mock.server import bind_socket

from ..mock.helpers import Session, first_template_and_entity, login
from .conftest import Figures
from .corpus import BASE
from .state import integrity

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 3
WRITERS = 12
STARTUP_DEADLINE = 30.0
REQUEST_DEADLINE = 10.0


def _free_port() -> int:
    with bind_socket() as sock:
        port: int = sock.getsockname()[1]
    return port


@contextmanager
def _mock_process(db: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """The mock's own ``serve`` on ``db``; always gone (SIGKILL if need be) after the block."""
    port = _free_port()
    command = [sys.executable, "-m", "iotconnect_mock", "serve", "--port", str(port)]
    command += ["--db", str(db), "--no-access-log"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "mock")}
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            command, stdout=subprocess.DEVNULL, stderr=log, env=env, cwd=ROOT
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + STARTUP_DEADLINE
            while True:
                try:
                    httpx.get(f"{url}/_mock/clock", timeout=1)
                    break
                except httpx.TransportError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        log.seek(0)
                        raise RuntimeError(log.read().decode(errors="replace")[-2000:]) from None
                    time.sleep(0.05)
            yield proc, url
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=STARTUP_DEADLINE)


@dataclass
class Acknowledged:
    """What the mock said 200 to, by unique id."""

    created: set[str] = field(default_factory=set)
    renamed: dict[str, str] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    #: Acknowledged creates whose delete was in flight at the kill: gone or not, both are fine.
    maybe_deleted: set[str] = field(default_factory=set)
    in_flight: int = 0


async def _writer(
    client: httpx.AsyncClient, body: dict[str, str], prefix: str, seen: Acknowledged
) -> None:
    for n in range(10_000):  # ended by the kill long before
        unique_id = f"{prefix}-{n}"
        try:
            created = await client.post(f"{BASE}/Device", json={**body, "uniqueId": unique_id})
            if created.status_code != 200:
                raise AssertionError(created.text)
            seen.created.add(unique_id)
            guid = created.json()["data"][0]["newid"]
            name = f"renamed {n}"
            update = {"displayName": name, "entityGuid": body["entityGuid"]}
            if (await client.put(f"{BASE}/Device/{guid}", json=update)).status_code == 200:
                seen.renamed[unique_id] = name
            if n % 5 == 0:
                seen.maybe_deleted.add(unique_id)
                if (await client.delete(f"{BASE}/Device/{guid}")).status_code == 200:
                    seen.deleted.add(unique_id)
                seen.maybe_deleted.discard(unique_id)
        except httpx.TransportError:
            seen.in_flight += 1
            return


async def _burst(
    url: str, round_: int, kill_after: float, proc: subprocess.Popen[bytes]
) -> Acknowledged:
    seen = Acknowledged()
    async with httpx.AsyncClient(base_url=url, timeout=REQUEST_DEADLINE) as client:
        s = Session(client, (await login(client)).json())
        client.headers.update(s.headers)
        template, entity = await first_template_and_entity(s)
        body = {"deviceTemplateGuid": template, "displayName": "burst", "entityGuid": entity}
        writers = [
            asyncio.create_task(_writer(client, body, f"r{round_}-w{w}", seen))
            for w in range(WRITERS)
        ]
        await asyncio.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
        async with asyncio.timeout(REQUEST_DEADLINE * 2):
            await asyncio.gather(*writers)
    return seen


async def _devices(url: str) -> dict[str, str]:
    """Every device of the demo tenant: unique id -> display name."""
    found: dict[str, str] = {}
    async with httpx.AsyncClient(base_url=url, timeout=REQUEST_DEADLINE) as client:
        token = (await login(client)).json()["access_token"]
        client.headers["Authorization"] = f"Bearer {token}"
        for page in range(1, 1_000):
            params = {"pageNumber": page, "pageSize": 1000}
            reply = await client.get(f"{BASE}/Device", params=params)
            if reply.status_code == 204:
                break
            items = reply.json()["data"]
            found.update({d["uniqueId"]: d["displayName"] for d in items})
            if len(items) < 1000:
                break
    return found


def test_every_acknowledged_write_survives_sigkill(tmp_path: Path, figures: Figures) -> None:
    db = tmp_path / "state" / "mock.sqlite"
    rng = random.Random(14)  # picks kill moments, guards nothing
    part = "durability"
    for round_ in range(1, ROUNDS + 1):
        kill_after = rng.uniform(0.4, 1.2)
        with _mock_process(db) as (proc, url):
            seen = asyncio.run(_burst(url, round_, kill_after, proc))
            assert proc.wait(timeout=REQUEST_DEADLINE) == -signal.SIGKILL
        check = integrity(db)
        with _mock_process(db) as (_, url):
            found = asyncio.run(_devices(url))
        lost = sorted(u for u in seen.created - seen.deleted - seen.maybe_deleted if u not in found)
        stale = sorted(u for u, name in seen.renamed.items() if u in found and found[u] != name)
        revived = sorted(u for u in seen.deleted if u in found)
        figures.add(
            part,
            f"round {round_}: killed after",
            f"{kill_after:.2f} s; acknowledged {len(seen.created)} creates, "
            f"{len(seen.renamed)} updates, {len(seen.deleted)} deletes; "
            f"{seen.in_flight} in flight",
        )
        figures.add(
            part,
            f"round {round_}: after restart",
            f"integrity_check {check}; lost {len(lost)}, stale {len(stale)}, "
            f"revived {len(revived)}",
        )
        assert check == "ok"
        assert seen.created, "no write was acknowledged before the kill"
        # Else the stale and revived checks below would have nothing to look at.
        assert seen.renamed, "no update was acknowledged before the kill"
        assert seen.deleted, "no delete was acknowledged before the kill"
        assert not lost, lost[:10]
        assert not stale, stale[:10]
        assert not revived, revived[:10]
