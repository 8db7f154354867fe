"""``iotconnect templates ...`` against the mock over real HTTP."""

from __future__ import annotations

import json
from pathlib import Path

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


TEMPLATE = {
    "code": "boiler1",
    "name": "Boiler",
    "authType": 5,
    "attributes": [{"name": "pressure", "type": "DECIMAL", "unit": "bar"}],
    "commands": [{"name": "Purge", "command": "purge", "requiredAck": True}],
}


def test_create_list_parts_and_delete(tenant: Tenant, tmp_path: Path) -> None:
    path = tmp_path / "boiler.json"
    path.write_text(json.dumps(TEMPLATE))
    created = tenant.run("templates", "create", "--file", str(path), "--code", "boiler2")
    assert created.exit_code == 0, created.output
    assert created.stdout.startswith("Created template boiler2 (")
    commands = parsed(tenant.run("templates", "commands", "--code", "boiler2", "--json"))
    assert [(c["command"], c["requiredAck"]) for c in commands] == [("purge", True)]
    table = tenant.run("templates", "attributes", "--code", "boiler2")
    assert table.stdout.splitlines()[1].split()[:3] == ["pressure", "DECIMAL", "bar"]
    empty = tenant.run("templates", "commands", "--code", "camera", "--json")
    assert parsed(empty) == []
    refused = tenant.run("templates", "delete", "--code", "boiler2")  # no terminal to ask on
    assert refused.exit_code == 2
    deleted = tenant.run("templates", "delete", "--code", "boiler2", "--yes")
    assert deleted.exit_code == 0, deleted.output
    assert deleted.stdout.startswith("Deleted template boiler2 (")
    in_use = tenant.run("templates", "delete", "--code", "tempsensor", "--yes")
    assert in_use.exit_code == 1
    assert "TemplateInUse" in one_error_line(in_use)
    bad = tenant.run("templates", "create", "--file", str(path), "--code", "no way!")
    assert bad.exit_code == 1
    assert "412" in one_error_line(bad)
    assert "code" in bad.stderr
