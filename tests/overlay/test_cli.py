"""The ``iotconnect`` console script: sub-commands assembled, device commands against the mock."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from iotconnect.cli import app
from iotconnect_mock import (
    DEMO_PASSWORD,
    DEMO_SOLUTION_KEY,
    DEMO_USERNAME,
    create_app,
    serve_in_thread,
)

runner = CliRunner()


def test_mock_and_device_commands_are_mounted() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("mock", "devices", "whoami", "conformance"):
        assert command in result.output


@pytest.mark.slow
def test_devices_list_and_whoami_against_the_mock() -> None:
    with serve_in_thread(create_app(demo_devices=3)) as base:
        env = {
            "IOTC_USER": DEMO_USERNAME,
            "IOTC_PASS": DEMO_PASSWORD,
            "IOTC_SKEY": DEMO_SOLUTION_KEY,
            "IOTC_AUTH_URL": f"{base}/api/v2.1",
            "IOTC_DEVICE_URL": f"{base}/api/v2.1",
        }
        listed = runner.invoke(app, ["devices", "list", "--page-size", "2"], env=env)
        who = runner.invoke(app, ["whoami"], env=env)
    assert listed.exit_code == 0, listed.output
    assert len(listed.output.splitlines()) == 3
    assert who.exit_code == 0, who.output
    assert "entity_guid\t" in who.output
    assert DEMO_PASSWORD not in listed.output + who.output


def test_missing_settings_are_a_usage_error() -> None:
    empty = {"IOTC_USER": "", "IOTC_PASS": "", "IOTC_SKEY": ""}
    for command in (["whoami"], ["conformance", "--env", "poc"]):
        result = runner.invoke(app, command, env=empty)
        assert result.exit_code == 2, command
        assert "IOTC_USER" in result.output
