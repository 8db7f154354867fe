"""``iotconnect`` against the mock's future mode (a later release of the service), over real
HTTP: the tables print what they know and ignore the rest; ``--json`` carries the unknown
fields and values exactly as the service sent them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from iotconnect_mock.future import (
    FUTURE_AUTH_TYPE,
    FUTURE_DEVICE_STATUS,
    FUTURE_FIELD,
    FUTURE_OBJECT,
)

from .conftest import Env, Tenant, one_error_line, parsed, record, serving


@pytest.fixture
def future(clean_env: Env) -> Iterator[Tenant]:
    with serving(clean_env, future=True) as served:
        yield served


def test_tables(future: Tenant) -> None:
    listed = future.run("devices", "list")
    assert listed.exit_code == 0, listed.output
    header, *rows = listed.stdout.splitlines()
    assert header.split() == ["UNIQUE", "ID", "DISPLAY", "NAME", "ACTIVE", "TEMPLATE", "GUID"]
    assert [row.split()[0] for row in rows][:2] == ["demo-gw-01", "demo-sensor-02"]
    assert FUTURE_FIELD not in listed.stdout
    templates = future.run("templates", "list")
    assert templates.exit_code == 0, templates.output
    assert "tempsensor" in templates.stdout
    template = record(future.run("templates", "get", "--code", "edgegw"))
    assert f"auth type        {FUTURE_AUTH_TYPE}" in template
    device = record(future.run("devices", "get", "--unique-id", "demo-gw-01"))
    assert "unique id     demo-gw-01" in device


def test_json_carries_what_the_service_sent(future: Tenant) -> None:
    listed = parsed(future.run("devices", "list", "--json"))
    assert len(listed) == 5
    assert (listed[0]["authType"], listed[0]["deviceStatus"]) == (
        FUTURE_AUTH_TYPE,
        FUTURE_DEVICE_STATUS,
    )
    assert listed[0][FUTURE_OBJECT]["items"] == [{FUTURE_FIELD: "added by a later release"}]
    template = parsed(future.run("templates", "get", "--code", "edgegw", "--json"))
    assert (template["authType"], template[FUTURE_FIELD]) == (
        FUTURE_AUTH_TYPE,
        listed[0][FUTURE_FIELD],
    )
    assert parsed(future.run("devices", "count", "--json")) == {"deviceCount": 5}


def test_writes(future: Tenant) -> None:
    created = parsed(
        future.run("devices", "create", "boiler-9", "--template", "tempsensor", "--json")
    )
    guid = created["newid"]
    assert created[FUTURE_FIELD]
    named = f"boiler-9 ({guid})"
    updated = future.run("devices", "update", guid, "--note", "hot")
    assert updated.stdout == f"Updated device {named}: note '' -> 'hot'.\n"
    assert parsed(future.run("devices", "get", guid, "--json"))["note"] == "hot"
    assert future.run("devices", "deactivate", guid).stdout == f"Deactivated device {named}.\n"
    assert future.run("devices", "activate", guid).stdout == f"Activated device {named}.\n"
    deleted = future.run("devices", "delete", guid, "--yes")
    assert deleted.stdout == f"Deleted device {named}.\n"
    missing = future.run("devices", "get", guid)
    assert missing.exit_code == 1
    assert "409 Device not found" in one_error_line(missing)
