"""``iotconnect templates ...`` against the mock over real HTTP."""

from __future__ import annotations

from .conftest import Tenant, one_error_line, parsed, record


def test_list(tenant: Tenant) -> None:
    result = tenant.run("templates", "list")
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["CODE", "NAME", "AUTH", "TYPE", "DEVICES", "GUID"]
    assert sorted(row.split()[0] for row in rows) == ["camera", "edgegw", "tempsensor"]
    listed = parsed(tenant.run("templates", "list", "--name", "sensor", "--json"))
    assert [t["code"] for t in listed] == ["tempsensor"]
    assert {"guid", "name", "code", "authType"} <= set(listed[0])


def test_get_by_guid_and_by_code(tenant: Tenant) -> None:
    by_code = parsed(tenant.run("templates", "get", "--code", "edgegw", "--json"))
    assert by_code["templateCode"] == "edgegw"
    assert "code             edgegw" in record(tenant.run("templates", "get", by_code["guid"]))
    missing = tenant.run("templates", "get", "--code", "nope")
    assert missing.exit_code == 1
    assert "'nope'" in one_error_line(missing)
