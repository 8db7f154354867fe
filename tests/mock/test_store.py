"""State in SQLite: a file survives restarts, and concurrent writers lose nothing."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from pathlib import Path

import httpx
import pytest

import iotconnect_mock
from iotconnect_mock import MockSettings
from iotconnect_mock.records import DuplicateUniqueId, NewDevice
from iotconnect_mock.seed import seed_store
from iotconnect_mock.store import Store

from .helpers import (
    BASE,
    Session,
    create,
    first_template_and_entity,
    logged_in,
    login,
    make_app,
)


async def test_file_state_survives_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "mock.sqlite"
    async with logged_in(make_app(db_path=db)) as s:
        guid = (await create(s, "kept-1")).json()["data"][0]["newid"]
        await s.put(f"/Device/{guid}/status", json={"isActive": False})
        await s.delete(
            "/Device/" + (await s.get("/Device/uniqueId/demo-gw-01")).json()["data"][0]["guid"]
        )
    token = s.tokens

    # A second app on the same file: same devices, no second seed, and old tokens still work
    # because the signing key lives in the file too.
    async with logged_in(make_app(db_path=db)) as s2:
        old = Session(s2.client, token)
        info = (await old.get(f"/Device/{guid}")).json()["data"][0]
        assert info["uniqueId"] == "kept-1"
        assert info["isActive"] is False
        assert (await s2.get("/Device/uniqueId/demo-gw-01")).status_code == 409
        assert (await s2.get("/Device/count")).json()["data"][0]["deviceCount"] == 5
        refreshed = await s2.client.post(
            f"{BASE}/Auth/refresh-token", json={"refreshtoken": token["refresh_token"]}
        )
        assert refreshed.status_code == 200


def test_threads_writing_through_one_store_lose_nothing(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "threads.sqlite"))
    seed_store(store, MockSettings(), now_ms=0)
    company = store.company_by_key(iotconnect_mock.DEMO_SOLUTION_KEY)
    assert company is not None
    template = store.templates(company.guid)[0].guid
    errors: list[BaseException] = []
    threads_n, per_thread = 8, 40

    def writer(n: int) -> None:
        try:
            for i in range(per_thread):
                store.create_device(
                    company.guid,
                    NewDevice(
                        unique_id=f"t{n}-{i}",
                        display_name="x",
                        template_guid=template,
                        entity_guid=company.root_entity_guid,
                        created_ms=0,
                    ),
                )
            # Everyone also races for one shared id: exactly one insert may win.
            with contextlib.suppress(DuplicateUniqueId):
                store.create_device(
                    company.guid,
                    NewDevice(
                        unique_id="shared",
                        display_name="x",
                        template_guid=template,
                        entity_guid=company.root_entity_guid,
                        created_ms=0,
                    ),
                )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(threads_n)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 30
    for t in threads:
        t.join(timeout=max(0.0, deadline - time.monotonic()))
    assert not any(t.is_alive() for t in threads), "writers still running after 30 s"
    assert errors == []
    seeded = 5
    assert store.count_devices(company.guid, None) == seeded + threads_n * per_thread + 1
    store.close()
    reopened = Store(str(tmp_path / "threads.sqlite"))
    assert reopened.count_devices(company.guid, None) == seeded + threads_n * per_thread + 1
    reopened.close()


@pytest.mark.slow
async def test_concurrent_http_writers_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "live.sqlite"
    app = make_app(db_path=db)
    clients_n, per_client = 10, 15
    with iotconnect_mock.serve_in_thread(app) as url:
        limits = httpx.Limits(max_connections=clients_n)
        async with httpx.AsyncClient(base_url=url, limits=limits, timeout=10) as client:
            s = Session(client, (await login(client)).json())
            template, entity = await first_template_and_entity(s)

            async def writer(n: int) -> list[str]:
                acknowledged: list[str] = []
                for i in range(per_client):
                    reply = await s.post(
                        "/Device",
                        json={
                            "uniqueId": f"w{n}-{i}",
                            "deviceTemplateGuid": template,
                            "displayName": "w",
                            "entityGuid": entity,
                        },
                    )
                    if reply.status_code == 200:
                        acknowledged.append(reply.json()["data"][0]["newid"])
                return acknowledged

            results = await asyncio.gather(*(writer(n) for n in range(clients_n)))
    acknowledged = {guid for batch in results for guid in batch}
    assert len(acknowledged) == clients_n * per_client

    # Every acknowledged device is in the file, read back by a fresh app.
    async with logged_in(make_app(db_path=db)) as s2:
        listed: set[str] = set()
        for page in range(1, 10):  # 155 devices: two pages, then 204
            reply = await s2.get("/Device", params={"pageNumber": page, "pageSize": 100})
            if reply.status_code != 200:
                break
            listed |= {d["guid"] for d in reply.json()["data"]}
        assert reply.status_code == 204
    assert acknowledged <= listed
    assert len(listed) == clients_n * per_client + 5
