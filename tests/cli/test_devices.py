"""``iotconnect devices ...`` against the mock over real HTTP: tables, ``--json`` parsed back,
filters, paging with progress, every write saying what it touched, and a display name full of
control characters."""

from __future__ import annotations

import pytest

from iotconnect.cli import devices
from iotconnect.cli.output import escape

from .conftest import Env, Tenant, in_process, one_error_line, parsed, record

HOSTILE = "Boiler\t7\nsecond line\r\x1b[31mred\x1b[0m \u202eexe.txt"


def test_list_prints_a_table_with_a_header(tenant: Tenant) -> None:
    result = tenant.run("devices", "list")
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["UNIQUE", "ID", "DISPLAY", "NAME", "ACTIVE", "TEMPLATE", "GUID"]
    assert len(rows) == 5
    assert rows[0].split()[:4] == ["demo-gw-01", "Gateway", "1", "yes"]
    assert result.stderr == ""  # one page held everything


def test_list_json_has_the_api_field_names(tenant: Tenant) -> None:
    listed = parsed(tenant.run("devices", "list", "--json"))
    assert [d["uniqueId"] for d in listed] == [f"demo-{k}" for k in _DEMO]
    assert {"guid", "uniqueId", "displayName", "isActive", "deviceTemplateName"} <= set(listed[0])


_DEMO = ("gw-01", "sensor-02", "sensor-03", "sensor-04", "sensor-05")


@pytest.mark.parametrize(
    ("filters", "unique_ids"),
    [
        (["--unique-id", "SENSOR-0"], [f"demo-{k}" for k in _DEMO[1:]]),
        (["--status", "inactive"], ["demo-sensor-04"]),
        (["--name", "gateway"], ["demo-gw-01"]),
        (
            ["--sort", "uniqueId", "--desc", "--page-size", "2"],
            ["demo-sensor-05", "demo-sensor-04"],
        ),
    ],
)
def test_list_filters(tenant: Tenant, filters: list[str], unique_ids: list[str]) -> None:
    listed = parsed(tenant.run("devices", "list", *filters, "--json"))
    assert [d["uniqueId"] for d in listed][: len(unique_ids)] == unique_ids
    if "--page-size" not in filters:
        assert len(listed) == len(unique_ids)


def test_list_says_on_stderr_when_more_pages_are_left(tenant: Tenant) -> None:
    result = tenant.run("devices", "list", "--page-size", "2", "--json")
    assert len(parsed(result)) == 2
    assert result.stderr == "the first 2 devices only: --all lists every one\n"


@pytest.mark.parametrize(("platform", "of"), [("aws", ""), ("az", " of 250")])
def test_all_pages_through_with_progress_on_stderr(
    clean_env: Env, monkeypatch: pytest.MonkeyPatch, platform: str, of: str
) -> None:
    with in_process(clean_env, monkeypatch, demo_devices=250, platform=platform) as tenant:
        args = ("devices", "list", "--all", "--page-size", "40", "--json")
        quiet = tenant.run(*args)
        terminal = tenant.run(*args, FORCE_COLOR="1", TTY_INTERACTIVE="1")
    assert len(parsed(quiet)) == 250
    assert quiet.stderr == ""  # no terminal: no progress
    assert parsed(terminal) == parsed(quiet)  # stdout holds the data only
    assert f"listing devices: 240{of} after page 6" in terminal.stderr
    assert f"listing devices: 250{of} after page 7" in terminal.stderr


def test_get_by_guid_and_by_unique_id(tenant: Tenant) -> None:
    by_id = parsed(tenant.run("devices", "get", "--unique-id", "demo-gw-01", "--json"))
    lines = record(tenant.run("devices", "get", by_id["guid"]))
    assert f"guid          {by_id['guid']}" in lines
    assert "unique id     demo-gw-01" in lines
    assert "display name  Gateway 1" in lines


def test_a_missing_device_is_one_line_and_exit_1(tenant: Tenant) -> None:
    result = tenant.run("devices", "get", "--unique-id", "no-such-device")
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "409 Device not found" in line
    assert "'no-such-device'" in line


def test_count(tenant: Tenant) -> None:
    plain = tenant.run("devices", "count")
    assert (plain.exit_code, plain.stdout) == (0, "5\n")
    assert parsed(tenant.run("devices", "count", "--status", "active", "--json")) == {
        "deviceCount": 4
    }


def test_writes_say_what_they_touched(tenant: Tenant) -> None:
    created = parsed(
        tenant.run("devices", "create", "boiler-7", "--template", "tempsensor", "--json")
    )
    guid = created["newid"]
    assert created["uniqueId"] == "boiler-7"
    named = f"boiler-7 ({guid})"

    updated = tenant.run("devices", "update", guid, "--display-name", "Boiler 7", "--note", "hot")
    assert updated.stdout == (
        f"Updated device {named}: display name 'boiler-7' -> 'Boiler 7', note '' -> 'hot'.\n"
    )
    device = parsed(tenant.run("devices", "get", guid, "--json"))
    assert (device["displayName"], device["note"]) == ("Boiler 7", "hot")

    off = tenant.run("devices", "deactivate", "--unique-id", "boiler-7")
    assert off.stdout == f"Deactivated device {named}.\n"
    again = tenant.run("devices", "deactivate", "--unique-id", "boiler-7", "--json")
    assert parsed(again) == {"guid": guid, "uniqueId": "boiler-7", "isActive": False}
    assert "already" in tenant.run("devices", "deactivate", guid).stdout
    assert tenant.run("devices", "activate", guid).stdout == f"Activated device {named}.\n"
    assert parsed(tenant.run("devices", "get", guid, "--json"))["isActive"] is True

    deleted = tenant.run("devices", "delete", "--unique-id", "boiler-7", "--yes")
    assert deleted.stdout == f"Deleted device {named}.\n"
    assert tenant.run("devices", "get", guid).exit_code == 1


def test_delete_asks_first(tenant: Tenant, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(devices, "can_ask", lambda: True)
    declined = tenant.run("devices", "delete", "--unique-id", "demo-gw-01", input="n\n")
    assert declined.exit_code == 1
    assert "Delete device demo-gw-01 (" in declined.stderr
    assert "Nothing deleted." in declined.stderr
    assert declined.stdout.strip() == "n"  # the runner echoes what was typed
    assert tenant.run("devices", "get", "--unique-id", "demo-gw-01").exit_code == 0
    accepted = tenant.run("devices", "delete", "--unique-id", "demo-gw-01", input="y\n")
    assert accepted.stdout.splitlines()[-1].startswith("Deleted device demo-gw-01 (")
    assert tenant.run("devices", "get", "--unique-id", "demo-gw-01").exit_code == 1


def test_a_display_name_with_control_characters(tenant: Tenant) -> None:
    args = ("devices", "create", "hostile-1", "--template", "tempsensor", "--display-name")
    created = tenant.run(*args, HOSTILE)
    assert created.exit_code == 0, created.output

    table = tenant.run("devices", "list")
    _header, *rows = table.stdout.splitlines()
    assert len(rows) == 6  # one row each, the hostile one included
    (row,) = [r for r in rows if r.startswith("hostile-1")]
    assert escape(HOSTILE) in row
    assert row.endswith(
        parsed(tenant.run("devices", "get", "--unique-id", "hostile-1", "--json"))["guid"]
    )
    assert not any(char in table.stdout for char in "\t\r\x1b\u202e")

    shown = record(tenant.run("devices", "get", "--unique-id", "hostile-1"))
    assert f"display name  {escape(HOSTILE)}" in shown

    listed = parsed(tenant.run("devices", "list", "--unique-id", "hostile", "--json"))
    assert listed[0]["displayName"] == HOSTILE  # JSON: the exact value

    update = tenant.run("devices", "update", "--unique-id", "hostile-1", "--note", HOSTILE)
    assert update.stdout.count("\n") == 1
    assert escape(HOSTILE) in update.stdout
