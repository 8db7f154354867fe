"""What an attacker or a flaky network found: invalid Unicode, file modes, redirects, drop-after."""

from __future__ import annotations

import json
import socket
import sqlite3
import stat
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

import iotconnect_mock
from iotconnect_mock import BASIC_TOKEN, DEMO_SOLUTION_KEY, DroppedConnection

from .helpers import (
    BASE,
    Session,
    create,
    create_body,
    first_template_and_entity,
    logged_in,
    login,
    make_app,
    params,
)

LONE = "\ud800"
PROPERTY_GUID = "00000000-0000-0000-0000-000000000001"


def _raw(value: object) -> bytes:
    # httpx's json= cannot encode a lone surrogate; json.dumps escapes it as \ud800, as an
    # attacker's client would send it.
    return json.dumps(value).encode()


async def _device_rows(s: Session) -> list[str]:
    page = await s.get("/Device", params={"pageSize": 1000})
    return sorted(json.dumps(d, sort_keys=True) for d in page.json()["data"])


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"uniqueId": f"a{LONE}"}, "uniqueId"),
        ({"displayName": LONE}, "displayName"),
        ({"note": f"x{LONE}y"}, "note"),
        ({"tag": "\udfff"}, "tag"),
        ({"entityGuid": LONE}, "entityGuid"),
        ({"properties": [{"guid": PROPERTY_GUID, "value": LONE}]}, "properties[0].value"),
        ({"properties": [{"guid": PROPERTY_GUID, LONE: "v"}]}, "properties[0].\\ud800"),
        ({"extra": {"deep": [[LONE]]}}, "extra.deep[0][0]"),
        ({LONE: 1}, "\\ud800"),
    ],
)
async def test_a_create_with_invalid_unicode_is_412_naming_the_field(
    session: Session, fields: dict[str, object], where: str
) -> None:
    before = await _device_rows(session)
    body = await create_body(session, "u-1", **fields)
    reply = await session.post(
        "/Device", content=_raw(body), headers={"Content-Type": "application/json"}
    )
    assert reply.status_code == 412, reply.text
    assert params(reply.json()) == [where]
    assert await _device_rows(session) == before


async def test_an_update_cannot_poison_a_healthy_device(session: Session) -> None:
    guid = (await create(session, "healthy")).json()["data"][0]["newid"]
    before = (await session.get(f"/Device/{guid}")).json()
    _, entity = await first_template_and_entity(session)
    for body in (
        {
            "displayName": "N",
            "entityGuid": entity,
            "properties": [{"guid": PROPERTY_GUID, "value": LONE}],
        },
        {"displayName": LONE, "entityGuid": entity},
    ):
        reply = await session.put(
            f"/Device/{guid}", content=_raw(body), headers={"Content-Type": "application/json"}
        )
        assert reply.status_code == 412, reply.text
    status = await session.put(
        f"/Device/{guid}/status",
        content=_raw({"isActive": False, "note": LONE}),
        headers={"Content-Type": "application/json"},
    )
    assert status.json()["error"][0]["param"] == "note"
    assert (await session.get(f"/Device/{guid}")).json() == before


async def test_auth_and_control_bodies_name_the_field_too(session: Session) -> None:
    client = session.client
    login = await client.post(
        f"{BASE}/Auth/login",
        content=_raw({"username": LONE, "password": "x"}),
        headers={
            "Authorization": f"Basic {BASIC_TOKEN}",
            "solution-key": DEMO_SOLUTION_KEY,
            "Content-Type": "application/json",
        },
    )
    assert login.status_code == 412
    assert login.json() == {
        "status": 412,
        "message": "username is not valid Unicode (a lone surrogate)",
        "error": None,
        "data": None,
    }
    refresh = await client.post(f"{BASE}/Auth/refresh-token", content=_raw({"refreshtoken": LONE}))
    assert refresh.status_code == 412
    fault = await client.post(
        "/_mock/faults",
        content=_raw({"kind": "503", "path": LONE}),
        headers={"Content-Type": "application/json"},
    )
    assert fault.json()["error"][0]["param"] == "path"
    assert (await client.get("/_mock/faults")).json()["count"] == 0


def _plant(db: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


async def test_no_stored_value_makes_a_read_fail(tmp_path: Path) -> None:
    # What an older version could store (a lone surrogate escaped in the properties JSON) and
    # what only a hand-edited file holds (bytes that are not UTF-8) both read back as U+FFFD.
    db = tmp_path / "old.sqlite"
    async with logged_in(make_app(db_path=db)) as s:
        guid = (await create(s, "poisoned")).json()["data"][0]["newid"]
    _plant(
        db,
        "UPDATE devices SET properties = ?, note = CAST(? AS TEXT) WHERE guid = ?",
        json.dumps([{"guid": PROPERTY_GUID, "value": f"a{LONE}b"}]),
        b"n\xff\xfe",
        guid,
    )
    _plant(db, "UPDATE device_list_items SET item = CAST(? AS TEXT)", b'{"uniqueId":"\xc3"}')
    async with logged_in(make_app(db_path=db, list_cache_pages=0)) as s:
        for path in (f"/Device/{guid}", "/Device/uniqueId/poisoned"):
            reply = await s.get(path)
            assert reply.status_code == 200, reply.text
            device = reply.json()["data"][0]
            assert device["properties"] == [{"guid": PROPERTY_GUID, "value": "a\ufffdb"}]
            assert device["note"] == "n\ufffd\ufffd"
        listed = await s.get("/Device")
        assert listed.status_code == 200
        assert listed.json()["data"][0] == {"uniqueId": "\ufffd"}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_the_database_and_its_directory_are_private(tmp_path: Path) -> None:
    db = tmp_path / "state" / "mock.sqlite"
    async with logged_in(make_app(db_path=db)) as s:
        assert (await create(s, "written")).status_code == 200
        assert _mode(db.parent) == 0o700
        for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            assert _mode(path) == 0o600, path


async def test_a_world_readable_file_of_an_older_version_is_made_private(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    async with logged_in(make_app(db_path=db)):
        pass
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        if path.exists():
            path.chmod(0o644)
    async with logged_in(make_app(db_path=db)):
        assert _mode(db) == 0o600
    assert not any(
        _mode(p) & 0o077 for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists()
    )


@pytest.mark.parametrize(
    "path", ["/api/v2.1", "/api/v2", "/api/v1.1", "/API/V2.1", "/_mock", "/api/v2.1/Device/%2F"]
)
async def test_no_redirect_takes_its_host_from_the_request(
    client: httpx.AsyncClient, path: str
) -> None:
    reply = await client.get(path, headers={"Host": "evil.example"})
    assert reply.status_code == 404
    assert "location" not in reply.headers
    assert reply.json()["message"] == "Resource not found"


async def test_drop_after_stores_the_create_and_sends_no_reply_in_process(
    session: Session,
) -> None:
    await session.client.post(
        "/_mock/faults", json={"kind": "drop-after", "method": "POST", "count": 1}
    )
    with pytest.raises(DroppedConnection):
        await create(session, "processed")
    stored = await session.get("/Device/uniqueId/processed")
    assert stored.status_code == 200
    assert (await create(session, "answered")).status_code == 200


def _post_and_read_all(url: str, path: str, headers: dict[str, str], body: bytes) -> bytes:
    host, port = url.removeprefix("http://").rsplit(":", 1)
    lines = [f"POST {path} HTTP/1.1", f"Host: {host}", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return received


@pytest.mark.slow
async def test_drop_after_over_a_socket_closes_with_no_byte_of_the_reply() -> None:
    with iotconnect_mock.serve_in_thread(make_app()) as url:
        async with httpx.AsyncClient(base_url=url, timeout=5) as client:
            s = Session(client, (await login(client)).json())
            body = await create_body(s, "cut-after")
            rule = {"kind": "drop-after", "method": "POST", "path": "/Device", "count": 1}
            assert (await client.post("/_mock/faults", json=rule)).status_code == 200
            headers = {**s.headers, "Content-Type": "application/json"}
            received = _post_and_read_all(url, f"{BASE}/Device", headers, _raw(body))
            assert received == b""
            assert (await s.get("/Device/uniqueId/cut-after")).status_code == 200
            rules = (await client.get("/_mock/faults")).json()["data"]
            assert rules[0]["injected"] == 1


#: Unique ids a URL path segment cannot carry as they are: each was created (200) and then
#: could never be read, updated or deleted by its unique id ('..' made the client GET /Device).
UNREACHABLE_IDS = [
    "a/b", "/", "..", ".", ".hidden", "what?", "a?b=c", "100%", "a%2Fb", "a#b", "a b",
    "line\nbreak", "trailing\n", "tab\t", "a:b", "a\\b", "a&b", "a*b", "a+b", "é", "a;b",
]  # fmt: skip


async def _device_count(s: Session) -> int:
    return len((await s.get("/Device", params={"pageSize": 1000})).json()["data"])


@pytest.mark.parametrize("unique_id", UNREACHABLE_IDS)
async def test_a_unique_id_a_path_cannot_carry_is_refused(session: Session, unique_id: str) -> None:
    before = await _device_count(session)
    reply = await create(session, unique_id)
    assert reply.status_code == 412, reply.text
    assert reply.json()["status"] == 412
    assert params(reply.json()) == ["uniqueId"]
    assert "letters" in reply.json()["error"][0]["message"]
    assert await _device_count(session) == before


@pytest.mark.parametrize("unique_id", ["sensor-01", "a.b", "x..y", "A_b~C-9", "-", "~"])
async def test_a_unique_id_of_unreserved_characters_reads_back_by_itself(
    session: Session, unique_id: str
) -> None:
    assert (await create(session, unique_id)).status_code == 200
    reply = await session.get(f"/Device/uniqueId/{unique_id}")
    assert reply.status_code == 200, reply.text
    assert reply.json()["data"][0]["uniqueId"] == unique_id


async def test_a_read_by_unique_id_with_a_trailing_newline_is_not_another_device(
    session: Session,
) -> None:
    # Route patterns used to stop at a newline: "trailing\n" could read as "trailing".
    assert (await create(session, "trailing")).status_code == 200
    missing = await session.get("/Device/uniqueId/" + quote("trailing\n", safe=""))
    assert missing.status_code == 409
