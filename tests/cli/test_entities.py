"""``iotconnect entities ...`` against the mock over real HTTP."""

from __future__ import annotations

from .conftest import Tenant, one_error_line, parsed, record


def test_list_get_and_root(tenant: Tenant) -> None:
    result = tenant.run("entities", "list")
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["NAME", "PARENT", "DEVICES", "GUID"]
    assert [row.split("  ")[0] for row in rows] == ["Demo Company HQ", "Plant A", "Warehouse B"]
    listed = parsed(tenant.run("entities", "list", "--json"))
    plant = next(e for e in listed if e["name"] == "Plant A")
    assert "name         Plant A" in record(tenant.run("entities", "get", "plant a"))
    assert parsed(tenant.run("entities", "get", plant["guid"], "--json"))["guid"] == plant["guid"]
    root = parsed(tenant.run("entities", "root", "--json"))
    assert (root["name"], root["parentEntityGuid"]) == ("Demo Company HQ", None)
    missing = tenant.run("entities", "get", "Atlantis")
    assert missing.exit_code == 1
    assert "'Atlantis'" in one_error_line(missing)


def test_without_the_user_url_it_says_which_to_set(tenant: Tenant) -> None:
    result = tenant.run("entities", "list", IOTC_USER_URL=None)
    assert result.exit_code == 1
    assert "IOTC_USER_URL" in one_error_line(result)
