"""Future mode: replies carry fields, values and a header the spec does not know, on every
reply or on the requests a ``future`` rule picks; the future service keeps one device field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from typer.testing import CliRunner

import iotconnect_mock
from iotconnect_mock import MockSettings, create_app
from iotconnect_mock import cli as mock_cli
from iotconnect_mock.future import (
    FUTURE_AUTH_TYPE,
    FUTURE_DEVICE_FIELD,
    FUTURE_DEVICE_STATUS,
    FUTURE_FIELD,
    FUTURE_HEADER,
    FUTURE_OBJECT,
    rewrite,
)

from .helpers import BASE, Session, create, first_template_and_entity, logged_in, make_app


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for inner in value.values():
            yield from _objects(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _objects(inner)


def _is_future(body: Any) -> bool:
    objects = list(_objects(body))
    return bool(objects) and all(FUTURE_FIELD in o for o in objects)


def test_rewrite_reaches_every_object_and_names_a_page() -> None:
    page = {
        "data": [
            {"guid": "g", "authType": 2, "deviceStatus": "active", "info": {"a": [{}]}},
            {"guid": "h", "authType": 5, "deviceStatus": "inactive"},
        ],
        "count": -1,
    }
    future = rewrite(page, {"PageNumber": "3", "pageSize": "50"})
    assert _is_future(future)
    item = future["data"][0]
    assert (item["authType"], item["deviceStatus"]) == (FUTURE_AUTH_TYPE, FUTURE_DEVICE_STATUS)
    assert future["data"][1]["authType"] == 5
    assert item[FUTURE_OBJECT]["items"][0][FUTURE_FIELD]
    assert (future["pageNumber"], future["pageSize"]) == (3, 50)
    assert isinstance(future["nextPageToken"], str)
    # A boolean is no auth type; a scalar body stays as it is.
    assert rewrite({"authType": True})["authType"] is True
    assert rewrite("text") == "text"
    assert rewrite(page, {"pageNumber": "²", "pageSize": "-1"})["pageNumber"] == 1


async def test_every_reply_of_the_future_service() -> None:
    async with logged_in(make_app(future=True)) as s:
        assert FUTURE_FIELD in s.tokens  # the login reply too
        replies = [
            await s.get("/Device", params={"pageSize": 2}),
            await s.get("/Device/uniqueId/no-such-device"),
            await s.get("/device-template"),
            await s.get("/Device/count"),
        ]
        for reply in replies:
            assert reply.headers[FUTURE_HEADER] == "1"
            assert _is_future(reply.json()), reply.text
            assert int(reply.headers["content-length"]) == len(reply.content)
        page, missing, templates, _ = (r.json() for r in replies)
        assert missing["error"][0]["param"] == "DeviceNotFound"
        # The CA-signed gateway's type is the new one; the sensors' symmetric key stays.
        assert [d["authType"] for d in page["data"]] == [FUTURE_AUTH_TYPE, 5]
        assert {t["authType"] for t in templates["data"]} == {FUTURE_AUTH_TYPE, 3, 5}
        assert (page["pageNumber"], page["pageSize"]) == (1, 2)
        empty = await s.get("/Device", params={"UniqueId": "nothing-like-this"})
        assert (empty.status_code, empty.content) == (204, b"")
        assert empty.headers[FUTURE_HEADER] == "1"
        # The controls are the mock's, not the service's: never rewritten.
        clock = await s.client.get("/_mock/clock")
        assert FUTURE_HEADER not in clock.headers
        assert FUTURE_FIELD not in clock.json()


async def test_a_future_rule_picks_requests() -> None:
    async with logged_in(make_app()) as s:
        today = await s.get("/Device")
        assert FUTURE_HEADER not in today.headers
        assert FUTURE_FIELD not in today.json()
        rule = {"kind": "future", "path": "/Device", "method": "GET", "count": 1}
        assert (await s.client.post("/_mock/faults", json=rule)).status_code == 200
        picked, after = await s.get("/Device"), await s.get("/Device")
        assert _is_future(picked.json())
        assert FUTURE_HEADER not in after.headers
        assert FUTURE_FIELD not in after.json()


async def _future_setting(s: Session, guid: str) -> Any:
    return (await s.get(f"/Device/{guid}")).json()["data"][0].get(FUTURE_DEVICE_FIELD)


async def test_the_future_service_keeps_its_field_as_the_update_body_says() -> None:
    async with logged_in(make_app()) as s:
        created = await create(s, "future-1", tag="kept-tag")
        guid = created.json()["data"][0]["newid"]
        _, entity = await first_template_and_entity(s)
        # From here on every request is answered by the future service.
        await s.client.post("/_mock/faults", json={"kind": "future"})
        body = {"displayName": "Future 1", "entityGuid": entity}
        assert await _future_setting(s, guid) is None
        await s.put(f"/Device/{guid}", json={**body, FUTURE_DEVICE_FIELD: "north wing"})
        assert await _future_setting(s, guid) == "north wing"
        # A body without it clears it, as a body without a note clears the note...
        await s.put(f"/Device/{guid}", json={**body, "note": "x"})
        assert await _future_setting(s, guid) is None
        # ...while a field the update body has no place for is never touched, nor stored.
        await s.put(f"/Device/{guid}", json={**body, "tag": "other", "madeUp": 1})
        device = (await s.get(f"/Device/{guid}")).json()["data"][0]
        assert device["tag"] == "kept-tag"
        assert "madeUp" not in device


async def test_todays_service_neither_shows_nor_changes_the_future_field() -> None:
    app = make_app()
    async with logged_in(app) as s:
        guid = (await create(s, "today-1")).json()["data"][0]["newid"]
        _, entity = await first_template_and_entity(s)
        rule = {"kind": "future", "path": f"/Device/{guid}", "count": 1}
        await s.client.post("/_mock/faults", json=rule)
        body = {"displayName": "Today 1", "entityGuid": entity}
        await s.put(f"/Device/{guid}", json={**body, FUTURE_DEVICE_FIELD: "set in the future"})
        assert FUTURE_DEVICE_FIELD not in (await s.get(f"/Device/{guid}")).json()["data"][0]
        await s.put(f"/Device/{guid}", json=body)  # today's service: no such member
        await s.client.post("/_mock/faults", json=rule)
        assert await _future_setting(s, guid) == "set in the future"


@pytest.mark.slow
def test_serve_future_over_http() -> None:
    with iotconnect_mock.serve_in_thread(make_app(future=True)) as url:
        reply = httpx.get(f"{url}{BASE}/Auth/basic-token", timeout=10)
    assert reply.headers[FUTURE_HEADER] == "1"
    assert _is_future(reply.json())


def test_serve_future_sets_the_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    chosen: list[MockSettings] = []

    class _Server:
        def __init__(self, config: object) -> None:
            pass

        def run(self, sockets: object) -> None:
            pass

    def _app(settings: MockSettings) -> object:
        chosen.append(settings)
        return create_app(settings)

    monkeypatch.setattr(mock_cli, "create_app", _app)
    monkeypatch.setattr(uvicorn, "Server", _Server)
    result = CliRunner().invoke(mock_cli.app, ["serve", "--port", "0", "--future"])
    assert result.exit_code == 0, result.output
    assert "(aws, future mode)" in result.output
    assert [s.future for s in chosen] == [True]
