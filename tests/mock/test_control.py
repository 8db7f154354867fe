"""``/_mock/`` controls: clock, reset and fault injection (in process and over real HTTP)."""

from __future__ import annotations

import time

import httpx
import pytest

from iotconnect_mock import DroppedConnection

from .helpers import BASE, Session, create, login


async def test_clock_reads_and_refuses_bad_input(client: httpx.AsyncClient) -> None:
    now = await client.get("/_mock/clock")
    assert now.status_code == 200
    assert now.json()["data"]["offsetSeconds"] == 0
    for body in ({}, {"seconds": -1}, {"seconds": "10"}):
        reply = await client.post("/_mock/clock/advance", json=body)
        assert reply.status_code == 412
        assert reply.json()["error"][0]["param"] == "seconds"


async def test_reset_restores_the_seed_and_revokes_tokens(session: Session) -> None:
    await create(session, "gone-after-reset")
    await session.client.post("/_mock/clock/advance", json={"seconds": 10})
    reply = await session.client.post("/_mock/reset", json={})
    assert reply.status_code == 200
    assert (await session.get("/Device")).status_code == 401
    fresh = Session(session.client, (await login(session.client)).json())
    ids = {d["uniqueId"] for d in (await fresh.get("/Device")).json()["data"]}
    assert "gone-after-reset" not in ids
    assert len(ids) == 5
    assert (await session.client.get("/_mock/clock")).json()["data"]["offsetSeconds"] == 0


async def test_503_with_retry_after(session: Session) -> None:
    added = await session.client.post(
        "/_mock/faults", json={"kind": "503", "count": 2, "retryAfter": 7, "path": "/Device"}
    )
    assert added.status_code == 200
    first = await session.get("/Device")
    second = await session.get("/Device")
    third = await session.get("/Device")
    assert [first.status_code, second.status_code, third.status_code] == [503, 503, 200]
    assert first.headers["retry-after"] == "7"
    assert first.json() == {
        "status": 503,
        "message": "Service unavailable (injected fault)",
        "error": [],
    }
    rules = (await session.client.get("/_mock/faults")).json()["data"]
    assert rules[0]["injected"] == 2


async def test_500_only_hits_matching_method_and_path(session: Session) -> None:
    await session.client.post("/_mock/faults", json={"kind": "500", "method": "post"})
    assert (await session.get("/Device")).status_code == 200
    failed = await session.client.post(f"{BASE}/Auth/refresh-token", json={"refreshtoken": "x"})
    assert failed.status_code == 500
    assert failed.json()["error"] is None  # auth paths fail in the auth shape
    # Controls are never faulted, so a test can always clear the rules.
    assert (await session.client.delete("/_mock/faults")).status_code == 200
    assert (await session.client.get("/_mock/faults")).json()["data"] == []


async def test_rate_picks_a_share_of_requests(session: Session) -> None:
    await session.client.post("/_mock/faults", json={"kind": "503", "rate": 0.5})
    codes = [(await session.get("/Device/count")).status_code for _ in range(200)]
    assert 60 < codes.count(503) < 140
    assert set(codes) == {200, 503}


async def test_delay(session: Session) -> None:
    await session.client.post(
        "/_mock/faults", json={"kind": "delay", "delaySeconds": 0.2, "count": 1}
    )
    started = time.perf_counter()
    reply = await session.get("/Device/count")
    assert reply.status_code == 200
    assert time.perf_counter() - started >= 0.2


async def test_drop_in_process_raises(session: Session) -> None:
    await session.client.post("/_mock/faults", json={"kind": "drop", "count": 1})
    with pytest.raises(DroppedConnection):
        await session.get("/Device")
    assert (await session.get("/Device")).status_code == 200


async def test_bad_fault_rules_are_412(client: httpx.AsyncClient) -> None:
    reply = await client.post("/_mock/faults", json={"kind": "teapot", "rate": 2})
    assert reply.status_code == 412
    assert [e["param"] for e in reply.json()["error"]] == ["kind", "rate"]


@pytest.mark.slow
async def test_faults_over_real_http(live_url: str) -> None:
    async with httpx.AsyncClient(base_url=live_url, timeout=5) as client:
        await client.post("/_mock/faults", json={"kind": "drop", "count": 1})
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get(f"{BASE}/Auth/basic-token")
        await client.post("/_mock/faults", json={"kind": "503", "count": 1, "retryAfter": 3})
        unavailable = await client.get(f"{BASE}/Auth/basic-token")
        assert unavailable.status_code == 503
        assert unavailable.headers["retry-after"] == "3"
        assert (await client.get(f"{BASE}/Auth/basic-token")).status_code == 200
