"""``iotconnect devices status | twin | children | acquire | release`` against the mock."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import Tenant, one_error_line, parsed


def _create(tenant: Tenant, unique_id: str, *extra: str) -> str:
    result = tenant.run("devices", "create", unique_id, "--template", "tempsensor", *extra)
    assert result.exit_code == 0, result.output
    created = parsed(tenant.run("devices", "get", "--unique-id", unique_id, "--json"))
    return str(created["guid"])


def test_acquire_connect_status_release(tenant: Tenant) -> None:
    guid = _create(tenant, "cli-hub")
    before = tenant.run("devices", "status", "cli-hub")
    assert (before.exit_code, before.stdout) == (0, "Device cli-hub is not connected.\n")
    acquired = tenant.run("devices", "acquire", "cli-hub")
    assert (acquired.exit_code, acquired.stdout) == (0, "Acquired device cli-hub.\n")
    again = tenant.run("devices", "acquire", "cli-hub")
    assert again.exit_code == 1
    assert "DeviceAlreadyAcquired" in one_error_line(again)
    tenant.control(f"/_mock/devices/{guid}", {"connected": True})
    by_guid = parsed(tenant.run("devices", "status", "--guid", guid, "--json"))
    assert by_guid == {"uniqueId": None, "guid": guid.lower(), "isConnected": True}
    released = tenant.run("devices", "release", "cli-hub", "--json")
    assert parsed(released) == {"uniqueId": "cli-hub", "isAcquired": False}
    assert tenant.run("devices", "status", "cli-hub").stdout.endswith("is not connected.\n")


def test_status_needs_one_device(tenant: Tenant) -> None:
    neither = tenant.run("devices", "status")
    assert neither.exit_code == 2
    assert "UNIQUE_ID" in one_error_line(neither)


def test_twin_sets_and_shows(tenant: Tenant) -> None:
    _create(tenant, "cli-twin")
    tenant.run("devices", "acquire", "cli-twin")
    result = tenant.run(
        "devices", "twin", "cli-twin", "--set", "reportingInterval=30", "--set", "ledOn=true"
    )
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["NAME", "TYPE", "DESIRED", "VERSION", "REPORTED", "REPORTED", "AT"]
    assert rows[0].split()[:4] == ["reportingInterval", "INTEGER", "30", "1"]
    assert "Set reportingInterval, ledOn on device cli-twin." in result.stderr
    shown = parsed(tenant.run("devices", "twin", "cli-twin", "--json"))
    assert {item["localName"]: item["desiredValue"] for item in shown}["ledOn"] == "true"
    bad = tenant.run("devices", "twin", "cli-twin", "--set", "noequals")
    assert bad.exit_code == 2
    unknown = tenant.run("devices", "twin", "cli-twin", "--set", "colour=red")
    assert unknown.exit_code == 1
    assert "'colour'" in one_error_line(unknown)


def test_children_by_guid_or_unique_id(tenant: Tenant) -> None:
    gateway = _create(tenant, "cli-gw")
    for n in (1, 2):
        _create(tenant, f"cli-kid-{n}", "--parent", gateway)
    by_id = tenant.run("devices", "children", "--unique-id", "cli-gw")
    assert by_id.exit_code == 0, by_id.output
    header, *rows = by_id.stdout.splitlines()
    assert header.split()[:2] == ["UNIQUE", "ID"]
    assert sorted(row.split()[0] for row in rows) == ["cli-kid-1", "cli-kid-2"]
    by_guid = parsed(tenant.run("devices", "children", gateway, "--json"))
    assert sorted(kid["uniqueId"] for kid in by_guid) == ["cli-kid-1", "cli-kid-2"]


def test_onboard_writes_the_files_and_names_them(tenant: Tenant, tmp_path: Path) -> None:
    out = tmp_path / "cam"
    result = tenant.run(
        "devices", "onboard", "cli-cam", "--template", "camera", "--out", str(out), "--env", "poc"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Onboarded device cli-cam (")
    assert "(key, mode 0600)" in result.stdout
    config = json.loads((out / "iotcDeviceConfig.json").read_text())
    assert (config["uid"], config["env"], config["at"]) == ("cli-cam", "poc", 3)
    assert config["did"].endswith("-cli-cam")
    key = (out / "cli-cam.key.pem").read_text()
    assert key.splitlines()[1] not in result.output
    again = tenant.run(
        "devices", "onboard", "cli-cam", "--template", "camera", "--out", str(out), "--env", "poc"
    )
    assert again.exit_code == 1
    assert "exists on the tenant" in one_error_line(again)
    shown = parsed(
        tenant.run(
            "devices",
            "onboard",
            "cli-cam-2",
            "--template",
            "camera",
            "--out",
            str(out),
            "--env",
            "poc",
            "--overwrite",
            "--json",
        )
    )
    assert shown["config"]["uid"] == "cli-cam-2"
    assert shown["keyFile"] == str(out / "cli-cam-2.key.pem")


def test_onboard_needs_the_environment(tenant: Tenant, tmp_path: Path) -> None:
    result = tenant.run("devices", "onboard", "cli-cam-3", "--template", "camera", "--out", ".")
    assert result.exit_code == 2
    assert "--env" in one_error_line(result)
